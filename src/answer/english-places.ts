/**
 * A province asked in English ("How many zones in Sichuan are members of …"): its pinyin is read as the province's
 * Chinese name, which the question readers know, and two joined by "and" as two ("河南和山东"). The names are the
 * provinces' own pinyin (陕西 is spelled Shaanxi, as in English; 山西 keeps Shanxi).
 */
import { pinyin } from "pinyin-pro";
import { PROVINCES } from "../knowledge/extract/names.ts";

let byPinyin: Map<string, string> | undefined;

function provinces(): Map<string, string> {
  if (!byPinyin) {
    byPinyin = new Map(
      PROVINCES.map((p) => [pinyin(p, { toneType: "none", type: "array" }).join("").toLowerCase(), p] as const),
    );
    byPinyin.set("shanxi", "山西");
    byPinyin.set("shaanxi", "陕西");
    byPinyin.set("inner mongolia", "内蒙古");
  }
  return byPinyin;
}

export function englishProvinceRead(text: string): string | null {
  const names = [...provinces().keys()].join("|");
  // (Not a zone's own name, "Chongqing High-tech Zone": the zone readers know it; nor a part of a region's name,
  // "Beijing-Tianjin-Hebei".)
  const re = new RegExp(`(?<![-‐])\\b(${names})\\b(?![-‐])(?! (?:high|hi-tech|national|zone|network|alliance))`, "gi");
  const read = text
    .replace(re, (name: string) => provinces().get(name.toLowerCase()) ?? name)
    .replace(/(?<=[\u4e00-\u9fff]) (?:and|or|&) (?=[\u4e00-\u9fff])/g, "和");
  return read === text ? null : read;
}
