/**
 * A membership change in words no wording reader knows, read by its count: "新吸收成员2家，分别是A和B，成员总数达到14
 * 家", "批准A、B、C等3家高新区入网，网络成员单位达到15家", "A由观察员单位转为正式成员单位，网络成员单位增至13家", "A已不
 * 再参与网络工作，网络成员单位由12家减少为11家".
 *
 * The zones named before the count (in its sentence, or in the sentence before when the count opens its own, "至此，
 * …") are the ones that joined, or left when their clause says so; they are taken only when the count before (as the
 * sentence says, else the members the group has so far) changed by exactly them to the count after. Zones already
 * members are not newcomers (the venue, the lead who speaks).
 */
import type { Evidence } from "../schema.ts";
import type { Doc } from "./context.ts";
import type { GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A clause that tells a member left. */
const LEAVES = /退出|退网|退盟|不再|离开|移出|除名|转为观察员|调整为(?:联络|联系|观察员)/;
/** Words of a join, in the clause that names the zone (批准 and 通过 only with what they let in). */
const JOINS =
  /加入|入网|入盟|加盟|吸收|吸纳|接纳|新增|新成员|转为正式|(?:批准|通过)[^，,。；;]*(?:入网|入盟|加入|成员)/;
/** A count that opens its sentence and sums up what the sentence before told: "至此，", "调整后，". */
// ("一进一出之后，网络成员单位由成立时的12家调整为十五家": after the joins and the leaving told before it.)
const SUMS_UP = /^(?:至此|调整后|变动后|这样|由此|一进一出(?:之)?后|(?:调整|变动|增减)之后)[，,]/;
/** A zone named as where a meeting is held, not one that joins ("…在福州高新区召开"). */
const VENUE_AFTER = /^[^，,。；;]{0,12}?(?:召开|举行|举办|承办)/;
/** A full name's end, where a zone's name can be read back from. */
const NAME_END = /高新区|示范区|工业园区/g;

export type CountedChange = { added: string[]; removed: string[]; evidence?: Evidence };

export function countedChange(
  doc: Doc,
  s: Sentence,
  group: GroupRef,
  at: number,
  counts: { before?: number; after: number },
): CountedChange | undefined {
  let told = s.text.slice(0, at);
  let from: Sentence = s;
  const previous = doc.sentences[s.index - 1];
  // ("■ 三张新面孔" … "至此，网络成员由启动时的十四家增至17家。" in a paragraph of its own: the section told them, a
  // sentence each, "随后获批的是山东的烟台高新区。")
  const section =
    SUMS_UP.test(s.text) && s.text.length <= 40 && previous?.paragraph !== s.paragraph ? doc.sectionBefore(s) : [];
  if (SUMS_UP.test(s.text) && previous && previous.paragraph === s.paragraph) {
    told = previous.text;
    from = previous;
  } else if (section[0]) {
    from = section[0];
  }
  const known = doc.names.knownGroup(group.id);
  const before = counts.before ?? (known?.members && !known.members.partial ? known.members.zones.length : undefined);
  const members = known?.members?.zones ?? [];
  if (before === undefined) return undefined;
  const rollback = doc.names.mark();
  const added: string[] = [];
  const removed: string[] = [];
  // Each zone by its own clause: a join or a leaving said there, not a meeting held there.
  // ("新吸收成员2家，分别是A和B": a clause that only names them goes on from the one that tells the join.)
  // ("…新增成员4家:A,B,C,D;", one name a clause: the run of names goes on from it.)
  let announced = false;
  // (A section's sentence is told whole: its join may be said in a clause apart from the name, "…的大庆高新区，是此次
  // 第一个获批加入的新成员".)
  const units = section.length > 0 ? section.map((x) => x.text) : told.split(/[，,；;：:。]/);
  for (const clause of units) {
    const leaves = LEAVES.test(clause);
    const onlyNames =
      /^(?:分别是|分别为|即|包括|为|是)?(?:[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区)(?:、|和|及|以及)?)+$/.test(
        clause,
      );
    const joins: boolean =
      JOINS.test(clause) || (announced && onlyNames) || (section.length > 0 && /(?<![未没不])获(?:批|准)/.test(clause));
    announced = joins && (onlyNames || clause.search(NAME_END) < 0);
    if (!leaves && !joins) continue;
    for (const m of clause.matchAll(NAME_END)) {
      const end = (m.index ?? 0) + m[0].length;
      if (VENUE_AFTER.test(clause.slice(end))) continue;
      // (In a section's sentence, a zone whose own clause says no: "与它一同提交申请的鞍山高新区则未获批准".)
      const own = section.length > 0 ? (clause.slice(end).split(/[，,；;。]/)[0] ?? "") : "";
      if (/未|没有|不予|拒绝|落选/.test(own)) continue;
      // (A known zone, or a new one by a plain short name after the verb, "同意福州高新区由观察员…"; none from the words
      // before a name, "第二家加入联盟的湖北省国家高新区".)
      const run = clause.slice(0, end);
      const plain =
        /(?:^|[^\u3400-\u9fff]|同意|批准|新增|吸收|吸纳|接纳|是|为|和|、|(?<=[\u3400-\u9fff]{2,3}的))([\u3400-\u9fff]{2,4}(?:高新区|示范区))$/.exec(
          run,
        )?.[1];
      const zone =
        doc.names.knownZoneEnding(run) ??
        (plain && !/省|市|国家|家/.test(plain) ? doc.names.zone(plain, { evidence: doc.ev(from) }) : undefined);
      if (!zone || added.includes(zone) || removed.includes(zone)) continue;
      if (leaves) {
        if (members.length === 0 || members.includes(zone)) removed.push(zone);
      } else if (!members.includes(zone)) added.push(zone);
    }
  }
  if (added.length + removed.length === 0 || before + added.length - removed.length !== counts.after) {
    rollback();
    return undefined;
  }
  return { added, removed, ...(from !== s ? { evidence: doc.evSpan(from, 0, s, s.text.length) } : {}) };
}
