/**
 * A province asked in English ("How many zones in Sichuan are members of …"): its pinyin is read as the province's
 * Chinese name, which the question readers know, and two joined by "and" as two ("河南和山东"). The names are the
 * provinces' own pinyin (陕西 is spelled Shaanxi, as in English; 山西 keeps Shanxi).
 */
import { pinyin } from "pinyin-pro";
import { PROVINCES } from "../knowledge/extract/names.ts";

/** The provinces by their pinyin, and the pattern that finds them: built once. */
let read: { byPinyin: Map<string, string>; names: RegExp } | undefined;

function provinces(): { byPinyin: Map<string, string>; names: RegExp } {
  if (!read) {
    const byPinyin = new Map(
      PROVINCES.map((p) => [pinyin(p, { toneType: "none", type: "array" }).join("").toLowerCase(), p] as const),
    );
    byPinyin.set("shanxi", "山西");
    byPinyin.set("shaanxi", "陕西");
    byPinyin.set("inner mongolia", "内蒙古");
    // (Not a zone's own name, "Chongqing High-tech Zone": the zone readers know it; nor a part of a region's name,
    // "Beijing-Tianjin-Hebei".)
    const names = new RegExp(
      `(?<![-‐])\\b(${[...byPinyin.keys()].join("|")})\\b(?![-‐])(?! (?:high|hi-tech|national|zone|network|alliance))`,
      "gi",
    );
    read = { byPinyin, names };
  }
  return read;
}

export function englishProvinceRead(text: string): string | null {
  const { byPinyin, names } = provinces();
  const out = text
    .replace(names, (name: string) => byPinyin.get(name.toLowerCase()) ?? name)
    .replace(/(?<=[\u4e00-\u9fff]) (?:and|or|&) (?=[\u4e00-\u9fff])/g, "和");
  return out === text ? null : out;
}
