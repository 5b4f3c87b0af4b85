/**
 * A member list told over a section whose heading says it names the members ("■按链条“组网”：首批成员都有谁", "■三省十五家：
 * 名单分三段“写”"), counted by the heading or before it ("首批十四家国家高新区的代表共同签署了…", "三省的十五家国家高新区成为
 * 联盟首批成员"): the zones the section's paragraphs name, taken only when they are exactly as many as that count (the
 * lead, said bare "除牵头的西安之外", added when they are one short). A heading about some of the members (a seat, a batch,
 * newcomers) is never such a list. Any other outcome reads nothing.
 */
import { isHeadingLine } from "../heading.ts";
import type { Doc } from "./context.ts";
import { dropTelling, gather, partsOf } from "./harvest.ts";
import { COUNT, countOf, membersNamed, pushWholeList } from "./lists.ts";
import { groupKey } from "./names.ts";
import { PART_HEADING } from "./part-sections.ts";
import { type Sentence, sectionAfter } from "./sentences.ts";

/** A heading about the members: "首批成员都有谁", "名单分三段“写”", "三省十五家". */
const MEMBERS_HEADING = new RegExp(`成员|名单|${COUNT}家`);

/** A heading that counts the members it goes on to name: "■十四家，谁在网中", "■三省十五家：名单分三段“写”". */
// ("■14家按环节“对号入座”", "■成员：三省15家".)
const HEADING_COUNT = new RegExp(`${COUNT}家`);

/** A heading about newcomers, or about some of the members: a seat, a later batch, observers, a body. */
// ("■五家成员当选理事单位", "■首届理事会：五家单位", "■第二批：三家高新区".)
const NEWCOMERS =
  /新成员|新面孔|新增|新添|各添|加入|入网|入盟|扩容|退出|理事|当选|副|秘书|(?<!首)批|观察员|工作组|专委会/;

/** The founding count, said before the section: "首批十四家国家高新区", "十五家国家高新区成为联盟首批成员". */
const FOUNDING_COUNT = new RegExp(
  `(?:首批|创始)(?:成员)?(?:共有?)?${COUNT}家(?:国家)?高新区|${COUNT}家(?:国家)?高新区(?:成为|作为)[^。；;]{0,8}?(?:首批|创始)成员`,
  "g",
);

export function sectionLists(doc: Doc): void {
  for (const h of doc.sentences) {
    if (!isHeadingLine(h.text) || !MEMBERS_HEADING.test(h.text) || NEWCOMERS.test(h.text)) continue;
    // ("■整机研制（五家）：…": a part's heading, part-sections.ts's.)
    if (!/成员|名单/.test(PART_HEADING.exec(h.text)?.[1] ?? "成员")) continue;
    if (doc.sentences.some((y) => y.paragraph === h.paragraph && y !== h)) continue;
    const section = sectionAfter(doc.sentences, h, 16);
    const first = section[0];
    const group = first ? (doc.groupBefore(first, 0) ?? doc.anaphor(first)) : undefined;
    if (!first || !group) continue;
    const key = groupKey(group);
    // (A list another reader took whole from the section, by its layout, gains the parts its paragraphs label.)
    const whole = doc.claims.find(
      (c): c is Extract<typeof c, { type: "members" }> =>
        c.type === "members" && groupKey(c.group) === key && !c.partial,
    );
    if (whole) {
      if (!whole.parts && section.some((x) => whole.evidence.quote.includes(x.text)))
        whole.parts = partsOf(doc, section, h.item, key, whole.zones[0]);
      continue;
    }
    // (Counted by the heading itself, "■十四家，谁在网中", or before the section.)
    const headed = HEADING_COUNT.exec(h.text)?.[1];
    const counts = (
      headed
        ? [countOf(headed)]
        : doc.sentences
            .filter((x) => x.item === h.item && x.index < h.index)
            .flatMap((x) => [...x.text.matchAll(FOUNDING_COUNT)].map((m) => countOf(m[1] ?? m[2] ?? "")))
    ).filter((n): n is number => n !== undefined);
    if (counts.length === 0 || new Set(counts).size > 1) continue;
    const n = counts[0] as number;
    if (n < 3) continue;
    const rollback = doc.names.mark();
    const gathered = gather(doc, section, h.item, key, true).zones;
    const lead = doc.claims.find(
      (x): x is Extract<typeof x, { type: "lead" }> => x.type === "lead" && groupKey(x.group) === key,
    )?.zone;
    const zones = gathered.length === n - 1 && lead && !gathered.includes(lead) ? [lead, ...gathered] : gathered;
    if (zones.length !== n || membersNamed(doc, key).some((z) => !zones.includes(z))) {
      rollback();
      continue;
    }
    const last = section.at(-1) as Sentence;
    dropTelling(doc, section, zones);
    // (Parts by the paragraphs' labels, "火箭整箭与动力系统环节，除牵头的西安之外，还有…", when every one has one.)
    const parts = partsOf(doc, section, h.item, key, zones === gathered ? undefined : lead);
    pushWholeList(doc, group, zones, doc.evSpan(first, 0, last, last.text.length), parts);
  }
}
