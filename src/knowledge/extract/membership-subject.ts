/**
 * A join told in a clause that goes on from the sentence's subject ("目前，我区已加入…3个网络，并于今年5月正式加入
 * 淮河…联盟"): the zone that opens the sentence joined the group named right after 加入, on the day the clause gives.
 * Read only when no other reader read a change from the sentence.
 */
import type { Doc } from "./context.ts";
import { PLANNED } from "./context.ts";
import { changeDate } from "./membership-change.ts";
import type { Sentence } from "./sentences.ts";

/** "，并于今年5月正式加入", "，还加入了", "，同时加入": a clause with no subject of its own that tells a join. */
const GOES_ON_JOINING = /[，,](?:并|还|又|也|同时)(?:于[^，,。；;]{1,12}?)?(?:已|已经)?(?:正式)?(?:加入|加盟)(?:了)?/g;
/** The subject that opens the sentence: a zone, or 我区 on a zone's own page (a time word may come first). */
// ("合肥高新区牵头组建的量子网络运行良好，并于…加入…": a zone that only describes the subject is not it.)
const OPENING_SUBJECT =
  /^(?:[^，,。；;]{0,10}[，,])?((?:我区|本区)|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?=已|目前|先后|于|还|正式|此前|也|积极|在)/;

export function joinedInClause(doc: Doc, s: Sentence): void {
  if (doc.claims.some((c) => c.type === "change" && c.evidence.quote === doc.ev(s).quote)) return;
  const joins = [...s.text.matchAll(GOES_ON_JOINING)];
  if (joins.length === 0) return;
  // (A zone the gazetteer knows, or 我区: no new zone is proposed from the words that open a sentence.)
  const subject = OPENING_SUBJECT.exec(s.text)?.[1] ?? "";
  const zone = /^(?:我区|本区)$/.test(subject) ? doc.names.home : doc.names.knownZoneEnding(subject);
  if (!zone) return;
  for (const m of joins) {
    const end = (m.index ?? 0) + m[0].length;
    // (Not a join planned or applied for: "并计划加入", "并将申请加入".)
    if (PLANNED.test(m[0]) || /申请|争取/.test(m[0])) continue;
    const group = (doc.mentions[s.index] ?? []).find((x) => x.start === end);
    if (!group) continue;
    const dated = changeDate(doc, s, group.start);
    doc.claims.push({
      type: "change",
      group,
      added: [zone],
      removed: [],
      date: dated?.date,
      evidence: doc.ev(s, (m.index ?? 0) + 1, group.end),
      dateEvidence: dated?.evidence,
    });
  }
}
