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
import { NAME_STOP } from "./context.ts";
import type { GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A clause that tells a member left. */
const LEAVES = /退出|退网|退盟|不再|离开|移出|除名|转为观察员|调整为(?:联络|联系|观察员)/;
/** Words that tell of a join somewhere before the count. */
const JOINS = /加入|入网|入盟|加盟|吸收|吸纳|接纳|新增|新成员|成为|转为正式|批准|通过/;
/** A count that opens its sentence and sums up what the sentence before told: "至此，", "调整后，". */
const SUMS_UP = /^(?:至此|调整后|变动后|这样|由此|目前|截至目前)[，,]/;
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
  if (SUMS_UP.test(s.text) && previous && previous.paragraph === s.paragraph) {
    told = previous.text;
    from = previous;
  }
  if (!JOINS.test(told) && !LEAVES.test(told)) return undefined;
  const known = [...doc.names.known.networks, ...doc.names.known.alliances].find((g) => g.id === group.id);
  const before = counts.before ?? (known?.members && !known.members.partial ? known.members.zones.length : undefined);
  const members = known?.members?.zones ?? [];
  if (before === undefined) return undefined;
  const rollback = doc.names.mark();
  const added: string[] = [];
  const removed: string[] = [];
  for (const clause of told.split(/[，,；;：:。]/)) {
    for (const m of clause.matchAll(NAME_END)) {
      const zone = doc.names.zoneEnding(
        clause.slice(0, (m.index ?? 0) + m[0].length),
        { evidence: doc.ev(from) },
        NAME_STOP,
      );
      if (!zone || added.includes(zone) || removed.includes(zone)) continue;
      if (LEAVES.test(clause)) {
        if (members.length === 0 || members.includes(zone)) removed.push(zone);
      } else if (JOINS.test(told) && !members.includes(zone)) added.push(zone);
    }
  }
  if (added.length + removed.length === 0 || before + added.length - removed.length !== counts.after) {
    rollback();
    return undefined;
  }
  return { added, removed, ...(from !== s ? { evidence: doc.evSpan(from, 0, s, s.text.length) } : {}) };
}
