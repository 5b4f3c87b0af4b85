/**
 * A member list told one part per section, each heading naming its part and counting it ("■整机研制（五家）：“把飞机造出来”",
 * "■核心部件（四家）：…", "■运营与场景（五家）：…"): the zones each section names, exactly as many as its heading says,
 * and the parts together exactly as many as the members the item counts before them ("由…的十四家国家高新区共同发起",
 * or the title's "十四家高新区“组网”"); a list another reader took whole, the same zones, gains the parts. Any other
 * outcome reads nothing.
 */
import { isHeadingLine } from "../heading.ts";
import type { ListPart } from "../schema.ts";
import type { Doc } from "./context.ts";
import { dropTelling, gather } from "./harvest.ts";
import { COUNT, countOf, membersNamed, pushWholeList } from "./lists.ts";
import { groupKey, PROVINCES } from "./names.ts";
import { type Sentence, sectionAfter } from "./sentences.ts";

/** A heading that names a part and counts it: "■整机研制（五家）：…", "■核心部件（4家）". */
export const PART_HEADING = new RegExp(`^[■●◆▲□]?([\\u3400-\\u9fff与和、]{2,12})[（(]${COUNT}家[）)]`);
/** Newcomers told: the parts are theirs, not the whole list's. */
const NEWCOMERS = /新加入|新增|新吸纳|新入网|新入盟|扩容|增至|增加到/;
/** The members counted before the parts: "十四家国家高新区共同发起", "首批成员共十四家"; or in the title. */
const TOTAL = new RegExp(
  `${COUNT}家(?:国家)?高新区(?:共同)?(?:发起|组建|签署|参与|加入|组成)|(?:首批|创始)?成员(?:单位)?共有?${COUNT}家|^${COUNT}家(?:国家)?高新区`,
);

export function partSections(doc: Doc): void {
  const headings = doc.sentences.filter((s) => isHeadingLine(s.text) && PART_HEADING.test(s.text));
  if (headings.length < 2) return;
  // (Parts of the chain, not provinces or regions: "■江苏（两家）" of newcomers by province is no list of all.)
  const labels = headings.map((h) => PART_HEADING.exec(h.text)?.[1] ?? "");
  if (labels.some((l) => PROVINCES.some((p) => l.startsWith(p)) || /地区|片区|区域|省|市/.test(l))) return;
  const first = headings[0] as Sentence;
  if (headings.some((h) => h.item !== first.item)) return;
  const group = doc.groupBefore(first, 0) ?? doc.anaphor(first);
  if (!group) return;
  const key = groupKey(group);
  // (A list another reader took whole, the same zones, gains the parts.)
  const whole = doc.claims.find(
    (c): c is Extract<typeof c, { type: "members" }> => c.type === "members" && groupKey(c.group) === key && !c.partial,
  );
  const before = doc.sentences.filter((x) => x.item === first.item && x.index < first.index).map((x) => x.text);
  // (Not newcomers: "五家高新区新加入…".)
  if ([...before, doc.article.title ?? ""].some((t) => NEWCOMERS.test(t))) return;
  // (The title's count only when the title tells the founding: "十四家高新区“组网”…在合肥启动".)
  const title = /组网|启动|成立|组建|发起/.test(doc.article.title ?? "") ? (doc.article.title ?? "") : "";
  const totals = [...before, title]
    .map((t) => TOTAL.exec(t))
    .flatMap((m) => (m ? [countOf(m[1] ?? m[2] ?? m[3] ?? "")] : []));
  const total = totals.find((n) => n !== undefined);
  const rollback = doc.names.mark();
  const parts: ListPart[] = [];
  const sections: Sentence[][] = [];
  for (const h of headings) {
    const m = PART_HEADING.exec(h.text);
    const section = sectionAfter(doc.sentences, h, 8);
    const zones = gather(doc, section, h.item, key, true).zones.filter((z) => !parts.some((p) => p.zones.includes(z)));
    if (!m || zones.length !== countOf(m[2] ?? "")) {
      rollback();
      return;
    }
    // (The part's word as its section says it: "整机研制板块".)
    const word = /板块/.test(section.map((x) => x.text).join(""))
      ? "板块"
      : /环节/.test(section.map((x) => x.text).join(""))
        ? "环节"
        : "";
    parts.push({ label: `${m[1] ?? ""}${word}`, zones });
    sections.push(section);
  }
  const zones = parts.flatMap((p) => p.zones);
  if (whole) {
    rollback();
    const same = whole.zones.length === zones.length && zones.every((z) => whole.zones.includes(z));
    if (same && !whole.parts) whole.parts = parts;
    return;
  }
  if (total === undefined || zones.length !== total || membersNamed(doc, key).some((z) => !zones.includes(z))) {
    rollback();
    return;
  }
  const all = sections.flat();
  const last = all.at(-1) as Sentence;
  dropTelling(doc, all, zones);
  pushWholeList(doc, group, zones, doc.evSpan(all[0] as Sentence, 0, last, last.text.length), parts);
}
