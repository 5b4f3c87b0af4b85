/**
 * A member list told one province per sentence, each its own paragraph or clause ("十六家成员高新区按省份划分如下。" then
 * "湖北方面，除…武汉东湖新技术开发区外，还有…襄阳高新区、…，共六家。", "湖南方面共五家，分别是…。", "江西方面同样是五家：…。"):
 * each province's sentence names exactly as many zones as it counts, the provinces differ, and together they are
 * exactly as many as the members counted before them. The zones keep their province. Any other outcome reads nothing.
 */
import type { Doc } from "./context.ts";
import { gather } from "./harvest.ts";
import { COUNT, countOf, membersNamed, pushWholeList } from "./lists.ts";
import { groupKey, PROVINCES } from "./names.ts";
import { foundingTotal } from "./part-sections.ts";
import type { Sentence } from "./sentences.ts";

/** A sentence that opens on a province's side of the list: "湖北方面，…", "湖南方面共五家", "江西省的成员有…". */
export const PROVINCE_SIDE = new RegExp(
  `^(?:其中[，,]?)?(${PROVINCES.join("|")})(?:省|市|自治区)?(?:方面|那边|的成员(?:单位)?|成员(?:单位)?)`,
);
/** The side's count: "共六家", "同样是五家", "也是5家", "有7家". */
const SIDE_COUNT = new RegExp(`(?:共|同样是|也是|有|计)${COUNT}家`);

export function provinceSections(doc: Doc): void {
  const sides = doc.sentences.filter((s) => PROVINCE_SIDE.test(s.text) && SIDE_COUNT.test(s.text));
  if (sides.length < 2) return;
  const first = sides[0] as Sentence;
  const provinces = sides.map((s) => PROVINCE_SIDE.exec(s.text)?.[1] ?? "");
  if (sides.some((s) => s.item !== first.item) || new Set(provinces).size !== provinces.length) return;
  const group = doc.groupBefore(first, 0) ?? doc.anaphor(first);
  const total = group ? foundingTotal(doc, first) : undefined;
  if (!group || total === undefined || total === null) return;
  const key = groupKey(group);
  const rollback = doc.names.mark();
  const zones: string[] = [];
  for (const [i, s] of sides.entries()) {
    const found = gather(doc, [s], s.item, key, true).zones;
    const n = countOf(SIDE_COUNT.exec(s.text)?.[1] ?? "");
    if (found.length !== n || found.some((z) => zones.includes(z))) {
      rollback();
      return;
    }
    for (const z of found) doc.names.place(z, provinces[i], undefined);
    zones.push(...found);
  }
  // (Every member the article names elsewhere must be among them: else the sections are not the whole list.)
  if (zones.length !== total || membersNamed(doc, key).some((z) => !zones.includes(z))) {
    rollback();
    return;
  }
  const last = sides.at(-1) as Sentence;
  pushWholeList(doc, group, zones, doc.evSpan(first, 0, last, last.text.length));
}
