/**
 * One zone said to be a member of a group: "我区已是…4个…网络的成员单位，同时也是长三角国家高新区联盟成员单位" on the
 * zone's own page, "合肥高新区是长三角国家高新区联盟成员单位" (the subject nearest before the group, else the sentence's;
 * not one said not to be a member), "…，并是长三角国家高新区联盟成员单位". The group's list is then partial with that zone in it; a longer list another article gives completes
 * it (learn.ts), and a list the group has already stands.
 */
import type { Doc } from "./context.ts";
import type { GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** What follows the group: its members ("成员单位", "首批11家成员单位之一"). */
// ("…A网络和B网络这2个国家级产业协同创新网络的成员单位": the run counted again before the members' word.)
const MEMBER_AFTER =
  /^(?:(?:这|等)?[\d一二两三四五六七八九十]{1,2}个[\u3400-\u9fff]{0,14}?(?:网络|联盟|组织))?的?(?:首批)?(?:\d{1,2}家)?(?:正式)?成员(?:单位)?(?:之一)?(?=[，,。；;]|$)/;
/** What stands before the group in its clause: "是", "同时也是", "还是由A牵头的", "还是2024年9月8日成立的". */
// (From the clause's start, its own subject first or none: "但目前还不是…成员单位" says it is not one.)
const IS_BEFORE =
  /^(?:我区|本区|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))?(?:并|且)?(?:已|已经|目前|现在)?(?:同时|此外)?(?:也|还|亦)?(?:已|已经)?是(?:由[\u3400-\u9fff]{2,16}?牵头的)?(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:成立|启动|组建)的)?$/;
/** "作为" opening the clause before the group: the zone is the subject of the clause after it. */
const AS_BEFORE = /^(?:同时|此外)?(?:也|还)?作为$/;
/** …that subject: "，我区与…", "，A高新区…". */
const SUBJECT_AFTER = /^[，,](我区|本区|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))/;
/** A zone that is the subject: 我区 on its own page, or a zone named at the sentence's (or clause's) start. */
const SUBJECT =
  /(?:^|[，,；;])(?:截至[^，,]{2,14}[，,])?(我区|本区|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?:已|已经|目前|现在)?(?:同时)?(?:也|还|亦)?是/g;

/** A sentence that opens with its subject: "目前，我区同时参与…", "截至…，A高新区已…". */
const OPENS_WITH =
  /^(?:目前|当前|现在|截至[^，,]{2,14}|近年来)?[，,]?(我区|本区|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?=已|已经|目前|同时|也|还|共|先后|参与|参加|加入|是)/;

/** What joins groups named in a run ("A网络、B网络和C联盟的成员单位"). */
const JOINED = /^(?:、|和|及|以及|与)$/;

/**
 * The clause after a group's that makes a zone its member: "2024年9月8日长三角国家高新区联盟成立，我区为成员单位" (the
 * group's own clause names no other group).
 */
const MEMBER_CLAUSE =
  /^[，,](我区|本区|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?:为|是|系)(?:其|该联盟|该网络)?(?:首批)?(?:\d{1,2}家)?(?:正式)?成员(?:单位)?(?:之一)?(?=[，,。；;]|$)/;

function memberOfClause(doc: Doc, s: Sentence): void {
  const t = s.text;
  const mentions = doc.mentions[s.index] ?? [];
  for (const m of mentions) {
    const end = t.slice(m.end).search(/[，,。；;]/);
    if (end < 0 || mentions.some((x) => x !== m && x.start >= m.end && x.start < m.end + end)) continue;
    const said = MEMBER_CLAUSE.exec(t.slice(m.end + end));
    const evidence = doc.ev(s);
    const zone = said?.[1] ? doc.names.zone(said[1], { evidence }) : undefined;
    if (!zone) continue;
    doc.claims.push({
      type: "members",
      group: { kind: m.kind, id: m.id },
      zones: [zone],
      others: [],
      partial: true,
      evidence,
    });
  }
}

/** A zone's joining said before a run of groups: "目前，我区已加入A网络、B网络和C联盟三个跨区域协同组织". */
// (Not one only meant or asked for: "申请加入", "拟加入", "尚未加入".)
const JOINED_BEFORE =
  /(?<!申请|拟|将|计划|准备|未|没有|不|尚未|有意|希望|愿意|争取|积极)(?:已|已经|先后|正式|陆续)?加入(?:了)?$/;

function joinedRun(doc: Doc, s: Sentence): void {
  const t = s.text;
  const mentions = doc.mentions[s.index] ?? [];
  const first = mentions.find((m) => JOINED_BEFORE.test(t.slice(0, m.start)));
  if (!first) return;
  const run = [first];
  for (let last = first; ; ) {
    const next = mentions.find((x) => x.start >= last.end && JOINED.test(t.slice(last.end, x.start)));
    if (!next) break;
    run.push(next);
    last = next;
  }
  // (The subject of the clause that joins: "我区已加入…", "截至…，A高新区已先后加入…".)
  const clause = t.slice(clauseStart(t, first.start), first.start);
  const subject =
    /^(?:目前|当前|现在|近年来)?(我区|本区|[\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?:已|已经|目前|先后|正式|陆续)?(?:已|已经|先后|正式|陆续)?加入(?:了)?$/.exec(
      clause,
    ) ?? (/^(?:已|已经|先后|正式|陆续)?加入(?:了)?$/.test(clause) ? OPENS_WITH.exec(t) : null);
  memberOfEach(doc, s, run, subject?.[1]);
}

/** `name`'s zone, a member of each group (a partial list with it), as the sentence says. */
function memberOfEach(doc: Doc, s: Sentence, groups: GroupRef[], name: string | undefined) {
  const evidence = doc.ev(s);
  const zone = name ? doc.names.zone(name, { evidence }) : undefined;
  if (!zone) return;
  for (const g of groups)
    doc.claims.push({
      type: "members",
      group: { kind: g.kind, id: g.id },
      zones: [zone],
      others: [],
      partial: true,
      evidence,
    });
}

/** Where the clause holding position `at` starts. */
const clauseStart = (t: string, at: number) =>
  Math.max(...["，", ",", "；", ";"].map((c) => t.lastIndexOf(c, at - 1))) + 1;

export function memberOf(doc: Doc, s: Sentence): void {
  memberOfClause(doc, s);
  joinedRun(doc, s);
  const t = s.text;
  const mentions = doc.mentions[s.index] ?? [];
  for (const m of mentions) {
    if (!MEMBER_AFTER.test(t.slice(m.end))) continue;
    // ("我区已是A网络、B网络和C联盟的成员单位": every group of the run the members' words end.)
    const run = [m];
    for (let first = m; ; ) {
      const before = mentions.find((x) => x.end <= first.start && JOINED.test(t.slice(x.end, first.start)));
      if (!before) break;
      run.unshift(before);
      first = before;
    }
    const start = (run[0] as typeof m).start;
    // ("作为长三角国家高新区联盟成员单位，我区与…共建…": the subject of the clause after.)
    if (AS_BEFORE.test(t.slice(clauseStart(t, start), start))) {
      const after = t.slice(m.end + (MEMBER_AFTER.exec(t.slice(m.end))?.[0].length ?? 0));
      memberOfEach(doc, s, run, SUBJECT_AFTER.exec(after)?.[1]);
      continue;
    }
    if (!IS_BEFORE.test(t.slice(clauseStart(t, start), start))) continue;
    // (The subject nearest before the group: "A是X网络的成员单位，B也是Y联盟成员单位" makes B Y's.)
    // (…else the sentence's own subject, "目前，我区同时参与…2个…网络，并是长三角…联盟成员单位".)
    const subject = [...t.slice(0, start).matchAll(SUBJECT)].at(-1) ?? OPENS_WITH.exec(t) ?? undefined;
    memberOfEach(doc, s, run, subject?.[1]);
  }
}
