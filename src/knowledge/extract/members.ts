/**
 * Member lists and counts, in the phrasings the articles use:
 *   "X(牵头)联合A、B、C等N家国家高新区,共同成立Y"     lead + list (N with or without the lead)
 *   "A、B、C等N家国家高新区联合发起成立Y"              list as subject
 *   "(首批)成员(单位)包括：A、B、C(等N家…)"            list of the group the item is about
 *   "N家高新区(在V)成立Y", "M月D日,N家高新区。Y…"      count only
 * Membership changes ("吸纳A、B为新成员", "成员由12家增至15家", "A退出网络") are membership-change.ts's; lists written
 * by province or region are members-by-place.ts's.
 */

import { lexicon } from "../lexicon.ts";
import { ofBodyInside } from "./body-inside.ts";
import { type Claim, type Doc, NAME_STOP, PLANNED } from "./context.ts";
import { countedList, isPlaceLabel } from "./counted-list.ts";
import { dropTelling } from "./harvest.ts";
import {
  COUNT,
  countedSo,
  countOf,
  countsClaimed,
  leadMarked,
  levelOf,
  provinceGrouped,
  pushWholeList,
  resolveList,
  splitItems,
} from "./lists.ts";
import { memberOf } from "./member-of.ts";
import { membersByChainPart } from "./members-by-part.ts";
import {
  firstMembersByPlace,
  memberBlockByProvince,
  membersByProvince,
  provinceChunks,
  provincesCounted,
  provincesHave,
} from "./members-by-place.ts";
import { membersByRuns, membersListedBelow } from "./members-by-runs.ts";
import { membersBySeat } from "./members-by-seat.ts";
import { change } from "./membership-change.ts";
import { joinedInClause } from "./membership-subject.ts";
import { type GroupRef, groupKey, PROVINCES } from "./names.ts";
import type { Sentence } from "./sentences.ts";

const CJK_RUN_END = /[\u3400-\u9fff]+$/;
/** What a group's name may be part of, written right after it: a fund, a platform, a document … */
const THING_NAMED =
  /^(?:产业)?(?:协同创新|发展)?(?:基金|平台|中心|联合体|实验室|项目|资金|协议|章程|倡议|备忘录|计划|方案|报告)/;
const FOUNDING = /(成立|启动|建立|组建|发起|共建)/;

export function members(doc: Doc): void {
  for (const s of doc.sentences) {
    if (ofBodyInside(doc, s)) continue;
    unitedWith(doc, s);
    listAsSubject(doc, s);
    memberList(doc, s);
    leadAndTheRest(doc, s);
    countedList(doc, s);
    firstMembersByPlace(doc, s);
    membersByProvince(doc, s);
    membersByChainPart(doc, s);
    memberBlockByProvince(doc, s);
    provinceChunks(doc, s);
    provincesHave(doc, s);
    provincesCounted(doc, s);
    composedOf(doc, s);
    ledWithParticipants(doc, s);
    besidesTheRest(doc, s);
    ledAndInitiators(doc, s);
    countThenList(doc, s);
    firstTakenIn(doc, s);
    moreMembers(doc, s);
    countFounding(doc, s);
    countHeadline(doc, s);
    regionCount(doc, s);
    currentCount(doc, s);
    othersCounted(doc, s);
    membersBySeat(doc, s);
    change(doc, s);
    joinedInClause(doc, s);
    memberOf(doc, s);
  }
  // (Last, for a group no reader gave a whole list of: the zones a sentence names, as many as its count.)
  for (const s of doc.sentences) {
    membersListedBelow(doc, s);
    membersByRuns(doc, s);
  }
  for (const told of doc.tellings) dropTelling(doc, told.sentences, told.zones);
}

function push(doc: Doc, c: Claim) {
  doc.claims.push(c);
}

/** A list of the group with the count said of it (the lead among them), some of the members when it counts more. */
function pushCounted(
  doc: Doc,
  group: GroupRef,
  zones: string[],
  count: number | undefined,
  evidence: ReturnType<Doc["ev"]>,
  partial = count !== undefined && count > zones.length,
) {
  push(doc, { type: "members", group, zones, others: [], count, countIncludesLead: true, partial, evidence });
}

/** The first group named after `from` in the sentence, when only founding words stand between. */
function groupAfter(doc: Doc, s: Sentence, from: number, maxGap = 40): { ref: GroupRef; end: number } | undefined {
  const found = (doc.mentions[s.index] ?? []).find((x) => x.start >= from);
  // A group's name inside another thing's ("共同发起设立稀土新材料产业协同创新基金") is not the group founded.
  const m = found && !THING_NAMED.test(s.text.slice(found.end)) ? found : undefined;
  const between = m ? s.text.slice(from, m.start) : "";
  if (PLANNED.test(between)) return undefined;
  if (m && m.start - from <= maxGap && FOUNDING.test(between)) return { ref: m, end: m.end };
  // "…等共10家国家高新区，现场签署《Y共建协议》": the group whose founding agreement they signed.
  if (
    m &&
    m.start - from <= maxGap &&
    /^[，,]?(?:现场|共同|一起|联合)?签署《$/.test(between) &&
    /^共建|^合作|^章程/.test(s.text.slice(m.end))
  )
    return { ref: m, end: m.end };
  // "…共同发起成立该联盟", "…共同组建这一网络"
  const ana = /^[^。]{0,12}?(成立|启动|组建)(该|了该|这一|这个|这张|了这一)?(联盟|网络)/.exec(s.text.slice(from));
  if (ana && !m) {
    const ref = doc.anaphor(s, ana[3] === "联盟" ? "alliance" : "network");
    if (ref) return { ref, end: from + ana[0].length };
  }
  return undefined;
}

/** "X(牵头)联合A、B、C等N家…高新区，…共同成立Y". */
function unitedWith(doc: Doc, s: Sentence) {
  const t = s.text;
  for (const m of t.matchAll(
    // ("A与B、C…等11家国家高新区共同签署《Y共建协议》": A signs with the others, as it would bring them together.)
    /(?:牵头)?(?:联合|携手)|(?<=由[\u3400-\u9fff]{2,16}?)牵头[，,](?=[^，,。]{2,80}?等[\u3400-\u9fff]{0,6}高新区共同)|与(?=[^。；;]{2,120}?家(?:国家)?高新区共同签署《)/g,
  )) {
    const at = m.index ?? 0;
    // "由佛山高新区牵头，联合…": the lead stands before a comma; "由X牵头，A、B等高新区共同参与": the list follows it.
    const ledBy =
      /由([\u3400-\u9fff]{2,16}?)牵头[，,]$/.exec(t.slice(0, at)) ??
      // "2025年4月18日，A牵头，联合B、C…": the lead as the clause's subject.
      /(?:^|[，,])([\u3400-\u9fff]{2,16}?)牵头[，,]$/.exec(t.slice(0, at)) ??
      // (A zone's district in brackets after its name, "杭州高新区（滨江）作为牵头单位，", is not part of it.)
      /([\u3400-\u9fff]{2,16}?)(?:（[\u3400-\u9fff]{1,6}）)?作为牵头单位[，,]$/.exec(t.slice(0, at)) ??
      // "由包头稀土高新区（牵头单位）联合…": the lead marked in brackets.
      /(?:^|由|[，,])([\u3400-\u9fff]{2,16}?)[（(]牵头(?:单位)?[）)]$/.exec(t.slice(0, at)) ??
      (m[0].startsWith("牵头") ? /由([\u3400-\u9fff]{2,16}?)$/.exec(t.slice(0, at)) : null);
    const run = ledBy ? ledBy[1] : CJK_RUN_END.exec(t.slice(0, at))?.[0];
    if (!run) continue;
    // "由重庆高新区、成都高新区联合A、B…": two who lead together, not one lead and the rest; left to other readers.
    if (!ledBy && /[、和与及]$/.test(t.slice(0, at - run.length))) continue;
    const listFrom = at + m[0].length;
    // ("…、江门高新区、烟台高新区共同组建": the list ends where they act together; "…、西安高新区成立该网络" too.)
    let listEnd =
      listFrom +
      (/[等，,。；;]|共\d|共同|(?:组建|发起|成立)了?(?:这一|该|这个|本)(?:网络|联盟)/.exec(t.slice(listFrom))?.index ??
        t.length - listFrom);
    let listText = t.slice(listFrom, listEnd);
    // ("联合A，江西B、C高新区，福建D、E高新区…": groups by province, apart by commas.)
    const grouped = /[，,]/.test(t[listEnd] ?? "") ? provinceGrouped(t.slice(listFrom)) : undefined;
    if (grouped) {
      listEnd = listFrom + grouped.length;
      listText = grouped.list;
    }
    const tail = t.slice(listEnd);
    // ("…、青岛等，共12家国家高新区": a comma may stand between 等 and the count.)
    // ("…等黄河流域8省区18家国家高新区": where they are may stand before the count.)
    const counted = new RegExp(
      `^等?[，,]?(?:[\\u3400-\\u9fff]{0,8}?\\d+个?(?:省区|省份|省市|省|城市|市))?(共)?${COUNT}家([\\u3400-\\u9fff]{0,6}?)高新区`,
    ).exec(tail);
    const uncounted = counted ? null : /^等([\u3400-\u9fff]{0,6}?)高新区/.exec(tail);
    const qualifier = counted?.[3] ?? uncounted?.[1] ?? "";
    const bare = Boolean(counted || uncounted);
    const rollback = doc.names.mark();
    const lead = doc.names.zoneEnding(run, { evidence: doc.ev(s), level: "national" }, NAME_STOP);
    if (!lead) continue;
    const level = levelOf(qualifier) ?? "national";
    const list = resolveList(doc, s, listText, { bare, level });
    if (!list || list.zones.includes(lead)) {
      rollback();
      continue;
    }
    let end = listEnd + (counted?.[0].length ?? uncounted?.[0].length ?? 0);
    // "…,以及合肥新站高新区1家安徽省级高新区"
    const extra = new RegExp(`^[,，]?以及([\\u3400-\\u9fff、]+?)${COUNT}家([\\u3400-\\u9fff]{0,8}?)高新区`).exec(
      t.slice(end),
    );
    let extraZones: string[] = [];
    if (extra) {
      const more = resolveList(doc, s, extra[1] ?? "", { bare: true, level: levelOf(extra[3] ?? "") });
      if (!more || countOf(extra[2] ?? "") !== more.zones.length) {
        rollback();
        continue;
      }
      extraZones = more.zones;
      end += extra[0].length;
    }
    // "携手A、B等高新区，搭起一张…网络": the network the item is about, named by its kind alone.
    // Only when no group is named after the list and nothing says it is a plan.
    const builtAt =
      /^[，,][^。；;]{0,60}?(?:网络|联盟)(?=[。；;]|$)/.exec(t.slice(end)) ??
      // (Acting together ends the clause, or its object is the group: not "共同发起设立…基金".)
      /^[，,]?共同(?:参与|参加|加入|组建|发起)(?:成立|组建|建设)?(?:了)?(?:(?:该|本|这一|这个)?(?:网络|联盟))?(?=[，,。；;]|$)/.exec(
        t.slice(end),
      ) ??
      // "…共12家国家高新区组建这一网络".
      /^(?:组建|发起|成立)(?:了)?(?:这一|该|这个|本)(?:网络|联盟)/.exec(t.slice(end));
    const namedAfter = (doc.mentions[s.index] ?? []).some((x) => x.start >= end);
    const built = builtAt && !namedAfter && !PLANNED.test(builtAt[0]) ? builtAt : null;
    const group =
      groupAfter(doc, s, end) ??
      (built ? { ref: doc.anaphor(s, kindOf(built[0])), end: end + built[0].length } : undefined);
    if (!group?.ref) {
      rollback();
      continue;
    }
    // "…共同组建该网络，成员共10家": a total stated after the group counts everyone, the lead included.
    // ("…共同组建，11家成员单位覆盖…": the count first.)
    const after = counted
      ? null
      : // ("…共同组建，覆盖…全链条，成员单位共11家": a clause may stand between.)
        (new RegExp(`^[，,](?:[^，,。；;]{2,30}[，,])?(?:网络|联盟)?成员(?:单位)?(?:共计|共|总数为?)${COUNT}家`).exec(
          t.slice(group.end),
        ) ?? new RegExp(`^[，,](?:共|全部)?${COUNT}家成员(?:单位)?`).exec(t.slice(group.end)));
    // "…等高新区，共14家国家高新区携手组建这一网络": the total said between the list and the group.
    const between = counted
      ? null
      : new RegExp(`^[，,](?:共|合计|一共)${COUNT}家(?:国家|省级)?高新区`).exec(t.slice(end));
    const named = list.zones.length;
    const total = after ? countOf(after[1] ?? "") : between ? countOf(between[1] ?? "") : undefined;
    // Such a total is taken only when it is exactly the lead plus the list.
    const n = counted ? countOf(counted[2] ?? "") : total === named + 1 ? total : undefined;
    let count: number | undefined;
    let includesLead: boolean | undefined;
    // (A list that ends in 等 without a count it can be checked against may be some of the members only…
    let partial = !counted && (Boolean(uncounted) || tail.startsWith("等")) && n === undefined;
    // …unless the article counts the members as the lead and the list: "联合A、B…等高新区，共同成立Y。…十二家成员
    // 高新区共同签署…".)
    if (partial && countedSo(doc, groupKey(group.ref), named + 1)) {
      partial = false;
      count = named + 1;
      includesLead = true;
    }
    if (n !== undefined) {
      if (n === named + 1) {
        count = n;
        includesLead = true;
      } else if (n === named) {
        count = n;
        includesLead = false;
      } else if (n > named + 1) {
        // Some of the members: the count is kept for a list read elsewhere, whether or not it counts the lead.
        partial = true;
        count = n;
      } else {
        rollback();
        continue;
      }
    }
    if (extraZones.length > 0) {
      // The count covers the first list only; with more members after it, no count is a total.
      count = undefined;
      includesLead = undefined;
    }
    const from = ledBy ? (ledBy.index ?? 0) : at - runTail(run, doc, lead);
    push(doc, {
      type: "members",
      group: group.ref,
      lead,
      zones: [lead, ...list.zones, ...extraZones],
      others: [],
      count,
      countIncludesLead: includesLead,
      partial,
      evidence: doc.ev(s, Math.max(0, from), group.end),
    });
    push(doc, { type: "lead", group: group.ref, zone: lead, evidence: doc.ev(s, Math.max(0, from), group.end) });
  }
}

/** The kind of group a phrase ends with ("…协作网络" → network); none said: either. */
function kindOf(phrase: string): "network" | "alliance" | undefined {
  return phrase.endsWith("联盟") ? "alliance" : phrase.endsWith("网络") ? "network" : undefined;
}

/** How many characters at the end of `run` name the lead zone (for the quote's start). */
function runTail(run: string, doc: Doc, lead: string): number {
  for (let len = Math.min(run.length, 16); len >= 2; len--) {
    if (doc.names.knownZone(run.slice(run.length - len)) === lead) return len;
  }
  return run.length;
}

/** "A、B、C等N家国家高新区(联合)(发起)成立Y". */
function listAsSubject(doc: Doc, s: Sentence) {
  const t = s.text;
  // ("A（牵头单位）、B…共14家国家高新区签署…": 共 closes a whole list, and the lead may be marked in it.)
  for (const m of t.matchAll(new RegExp(`(?:等|共)?${COUNT}家([\\u3400-\\u9fff]{0,6}?)高新区`, "g"))) {
    const at = m.index ?? 0;
    const start = lastBoundary(t, at);
    // "沿黄的郑州、西安…": a qualifier before the list is not a name.
    // "来自广西、广东、海南三省区的南宁、北海…": a longer one names where they come from.
    // "联盟由A、B、C三家…共同发起", "首批加入网络的有A、B…N家": words that announce the members.
    // "由…共同(倡议)发起" names the initiators, who may be fewer than the members: only 组成/组建 is the membership.
    const composed = /^(?:共同)?(?:组成|组建|构成)/.test(t.slice(at + m[0].length));
    const announced =
      (composed ? /^(?:该|这一)?(?:联盟|网络)?由(?=[\u3400-\u9fff]{2})/.exec(t.slice(start, at))?.[0] : undefined) ??
      /^[\u3400-\u9fff]{0,6}?(?:加入|参与|参加)(?:该|这一)?(?:联盟|网络)?的(?:高新区)?(?:有|是|为|包括)[：:]?/.exec(
        t.slice(start, at),
      )?.[0];
    const qualifier =
      announced ??
      /^[\u3400-\u9fff]{1,6}的(?=[\u3400-\u9fff]{2})/.exec(t.slice(start, at))?.[0] ??
      /^来自[\u3400-\u9fff、]{2,20}?的(?=[\u3400-\u9fff]{2})/.exec(t.slice(start, at))?.[0] ??
      "";
    const marked = leadMarked(t.slice(start + qualifier.length, at));
    const listText = marked.text;
    if (/联合|包括|吸纳|新增/.test(listText)) continue;
    // "湖北、湖南、江西三省16家国家高新区": provinces the zones come from, counted, are not the zones.
    if (/[一二两三四五六七八九十\d](?:个)?(?:省|省区|省市|市|地)$/.test(listText)) continue;
    // "由X牵头，A、B等N家高新区共同参与": the participants besides the lead (ledWithParticipants reads it).
    if (/牵头[，,]$/.test(t.slice(0, start))) continue;
    // Without 等 ("A、B、C三家国家高新区联合发起成立Y") the list must name at least two.
    if (!m[0].startsWith("等") && (splitItems(listText).length < 2 || /^(以及|及|和|与)/.test(listText))) continue;
    // "…等12家国家高新区作为发起单位": the group the item is about.
    // ("A、B、C3家高新区共同发起设立…基金": the fund's founders, not the group's members.)
    const asFounders =
      /^(?:作为(?:联盟|网络)?(?:发起单位|首批成员(?:单位)?|成员单位)|共同(?:发起|参与|组建|签署)(?![^，,。；;]{0,24}?(?:基金|平台|中心|联合体|实验室|项目|资金)))/.test(
        t.slice(at + m[0].length),
      );
    const group =
      groupAfter(doc, s, at + m[0].length, 12) ??
      (asFounders || announced ? anaphorRef(doc, s, at + m[0].length) : undefined);
    if (!group) continue;
    const list = resolveList(doc, s, listText, { bare: true, level: levelOf(m[2] ?? "") ?? "national" });
    if (!list) continue;
    const n = countOf(m[1] ?? "");
    if (n === undefined || n < list.zones.length || (m[0].startsWith("共") && n !== list.zones.length)) continue;
    const lead = marked.lead === undefined ? undefined : list.zones[marked.lead];
    if (lead) doc.claims.push({ type: "lead", group: group.ref, zone: lead, evidence: doc.ev(s) });
    pushCounted(doc, group.ref, list.zones, n, doc.ev(s, start + qualifier.length, group.end));
  }
}

/** "网络首批吸纳了A、B、C、D、E5家成员": the founding members, taken in, counted. */
function firstTakenIn(doc: Doc, s: Sentence) {
  const m = new RegExp(
    `首批(?:吸纳|接纳|吸收|纳入)了?([\\u3400-\\u9fff、和]+?)(等)?${COUNT}家(?:国家高新区|高新区|成员(?:单位)?)`,
  ).exec(s.text);
  if (!m || PLANNED.test(s.text)) return;
  const at = m.index ?? 0;
  const group = doc.groupBefore(s, at) ?? doc.anaphor(s);
  const n = countOf(m[3] ?? "");
  if (!group || n === undefined) return;
  const rollback = doc.names.mark();
  const list = resolveList(doc, s, m[1] ?? "", { bare: true, level: "national" });
  // The count is the proof that the list was read whole (or, after 等, that it is some of them).
  if (!list || (m[2] ? n <= list.zones.length : n !== list.zones.length)) {
    rollback();
    return;
  }
  pushCounted(doc, group, list.zones, n, doc.ev(s, at, at + m[0].length));
}

/** "网络成员还包括C、D高新区": more members than an earlier sentence named (a part of the list). */
function moreMembers(doc: Doc, s: Sentence) {
  const m = /成员(?:单位)?还(?:包括|有)[：:]?([\u3400-\u9fff、]+?(?:高新区|园区|示范区))(?=[，,。；;]|$)/.exec(s.text);
  if (!m || PLANNED.test(s.text)) return;
  const at = m.index ?? 0;
  const group = doc.groupBefore(s, at);
  if (!group) return;
  const list = resolveList(doc, s, m[1] ?? "", { bare: true, level: "national" });
  if (!list) return;
  push(doc, {
    type: "members",
    group,
    zones: list.zones,
    others: [],
    partial: true,
    evidence: doc.ev(s, at, at + m[0].length),
  });
  // "…，成员共9家": the whole count, said right after.
  const total = new RegExp(`^[，,](?:网络|联盟)?成员(?:单位)?(?:共|总数为?|合计)${COUNT}家`).exec(
    s.text.slice(at + m[0].length),
  );
  const n = total ? countOf(total[1] ?? "") : undefined;
  if (total && n !== undefined)
    push(doc, { type: "count", group, count: n, evidence: doc.ev(s, at, at + m[0].length + total[0].length) });
}

/** "成员覆盖…的N家国家高新区，分别是A、B、C": the count, then the list it announces (of the group the item is about). */
function countThenList(doc: Doc, s: Sentence) {
  const t = s.text;
  // ("该网络共有12家成员单位，分别为A（牵头单位）、B…": members counted as 成员单位, the lead marked.)
  const m = new RegExp(
    `(?:成员|覆盖|包括|涵盖|共有)[^。；;]{0,16}?${COUNT}家(?:([\\u3400-\\u9fff]{0,6}?)高新区|成员单位|成员)[，,](?:分别|依次)?(?:是|为|包括)[：:]?([\\u3400-\\u9fff、（）()]+)`,
  ).exec(t);
  if (!m || PLANNED.test(t)) return;
  const at = m.index ?? 0;
  const group = doc.groupBefore(s, at + m[0].length);
  if (!group) return;
  const rollback = doc.names.mark();
  const marked = leadMarked(m[3] ?? "");
  const list = resolveList(doc, s, marked.text, { bare: true, level: levelOf(m[2] ?? "") ?? "national" });
  const n = countOf(m[1] ?? "");
  // The count is the proof that the list was read whole.
  if (!list || n !== list.zones.length) {
    rollback();
    return;
  }
  const evidence = doc.ev(s, at, at + m[0].length);
  pushWholeList(doc, group, list.zones, evidence);
  const lead = marked.lead === undefined ? undefined : list.zones[marked.lead];
  if (lead) push(doc, { type: "lead", group, zone: lead, evidence });
}

/** The group the item is about, as a reference ending where the sentence's own words end. */
function anaphorRef(doc: Doc, s: Sentence, end: number): { ref: GroupRef; end: number } | undefined {
  const ref = doc.anaphor(s);
  return ref ? { ref, end: Math.max(end, lastEnd(s.text, end)) } : undefined;
}

/** The end of the clause that starts at `from` (the next comma or stop). */
function lastEnd(t: string, from: number): number {
  const next = /[，,。；;]/.exec(t.slice(from));
  return from + (next?.index ?? t.length - from);
}

function lastBoundary(t: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && !/[，,：:。；;！？”“"（(）)]/.test(t[i] as string)) i--;
  return i + 1;
}

/** The words before a list's 成员 name a body inside the group ("工作组", "专委会", "首届理事会"), whose members they
 *  are: a council's members are some of the group's, beside its own list. */
function ofSubBody(before: string): boolean {
  const said = before.replace(/[的之]$/, "");
  return /理事会$/.test(said) || lexicon.subBodies.some((b) => /[\u3400-\u9fff]$/.test(b) && said.endsWith(b));
}

/** "(首批)成员(单位)包括：A、B、C(等N家国家高新区)。" */
function memberList(doc: Doc, s: Sentence) {
  const t = s.text;
  const m = new RegExp(`(首批)?成员(?:单位)?(?:共${COUNT}家[，,]?)?(?:(?:包括|有|为|分别是|分别为)[：:]?|[：:])`).exec(
    t,
  );
  if (!m) return;
  const at = m.index ?? 0;
  // ("东北地区的成员为长春高新区": a region's or a province's members are a part of the list, not all of it.)
  const owner = /([\u3400-\u9fff]{2,6}?)的$/.exec(t.slice(0, at))?.[1] ?? "";
  if (isPlaceLabel(owner)) return;
  // ("按省份看，湖北省成员为A、B…，共6家；…": a province's members, said without 的.)
  const place = /([\u3400-\u9fff]{2,3}?)(?:省|市|自治区)$/.exec(t.slice(0, at))?.[1];
  if (place && PROVINCES.includes(place)) return;
  // ("…整机研制板块，板块成员为：A、B": a part's members, not the whole list.)
  if (/(?:板块|环节|专业组|分组|小组)的?$/.test(t.slice(0, at))) return;
  // ("新增成员单位：A、B", "此次新加入的2家成员单位为A和B": the newcomers, a change, not the list.)
  if (
    /新增(?:\d{1,2}家|[两二三四五六七八九十]{1,2}家)?$|新(?:加入|入网|入盟|吸纳)(?:网络|联盟)?的?(?:\d{1,2}家|[两二三四五六七八九十]{1,2}家)?$/.test(
      t.slice(0, at),
    )
  )
    return;
  // ("我区牵头成立网络…场景工作组，工作组成员包括A、B": the members of a body inside the group, not the group's.)
  if (ofSubBody(t.slice(0, at))) return;
  const listFrom = at + m[0].length;
  const rest = t.slice(listFrom);
  // ("…、石家庄高新区6家。": a count right after the last name closes the list too.)
  const tailAt =
    /等|共\d|(?<=高新区|园区|示范区)(?:\d{1,3}|[一二三四五六七八九十两]{1,3})家(?=[。，,；;]|$)|[。；;]|$/.exec(rest)
      ?.index ?? rest.length;
  // ("…、厦门火炬高新区，共13家": the comma before the count is not part of the last name.)
  const listText = rest.slice(0, tailAt).replace(/[，,]$/, "");
  const tail = rest.slice(tailAt);
  // The list may go on with a clause ("…等14家国家高新区，覆盖整车制造…").
  const counted = new RegExp(`^(?:等|共)?${COUNT}家([\\u3400-\\u9fff]{0,6}?)(?:高新区)?(?=[。，,；;]|$)`).exec(tail);
  const uncounted = counted ? null : /^等([\u3400-\u9fff]{0,6}?)(高新区)?(?=[。，,；;]|$)/.exec(tail);
  if (!counted && !uncounted && !/^[。]?$/.test(tail)) return;
  const mentions = (doc.mentions[s.index] ?? []).filter((x) => x.end <= at);
  const group: GroupRef | undefined = mentions[mentions.length - 1] ?? doc.anaphor(s);
  if (!group) return;
  const bare = Boolean(counted || uncounted?.[2]);
  const list = resolveList(doc, s, listText, {
    bare,
    level: levelOf(counted?.[2] ?? uncounted?.[1] ?? "") ?? "national",
  });
  if (!list) return;
  let n = counted ? countOf(counted[1] ?? "") : m[2] ? countOf(m[2]) : undefined;
  if (n !== undefined && n < list.zones.length) return;
  // ("…等11家国家高新区，以及A、B2家省级高新区": the provincial zones counted after, members too.)
  const more = counted
    ? new RegExp(`^[，,]?(?:以及|和|及|另有|还有)([\\u3400-\\u9fff、]+?)${COUNT}家省级高新区(?=[。，,；;]|$)`).exec(
        tail.slice(counted[0].length),
      )
    : null;
  const provincial = more ? resolveList(doc, s, more[1] ?? "", { bare: true, level: "provincial" }) : undefined;
  if (more && provincial && provincial.zones.length === countOf(more[2] ?? "") && n === list.zones.length) {
    list.zones.push(...provincial.zones.filter((z) => !list.zones.includes(z)));
    n = list.zones.length;
  }
  // A part, not the whole: a list said of one segment ("在整机研发制造环节，成员包括A、B和C"), or an uncounted
  // list well short of every count the article states for the group ("首批成员共11家", then three named).
  const segment = /(?:^|[，,])在[^，,。；;]{2,16}(?:环节|方面|领域|板块)[，,]$/.test(t.slice(0, at));
  const claimed = countsClaimed(doc, groupKey(group));
  const short = n === undefined && claimed.length > 0 && claimed.every((c) => c > list.zones.length + 1);
  pushCounted(
    doc,
    group,
    list.zones,
    n,
    doc.ev(s),
    n !== undefined ? n > list.zones.length : Boolean(uncounted) || segment || short,
  );
}

/**
 * "牵头单位为X，其余N家分别是：A、B…和C": the lead and the rest of the list, of the group the item is about. The
 * rest must be exactly N zones, so the whole list is known (N + 1 members).
 */
function leadAndTheRest(doc: Doc, s: Sentence) {
  const t = s.text;
  const m = new RegExp(
    `牵头(?:单位|方)?(?:为|是)([\\u3400-\\u9fff（）()]{2,16}?)[，,](?:其余|其他|另外)${COUNT}家(?:成员(?:单位)?)?(?:分别)?(?:是|为|包括|有)[：:]?`,
  ).exec(t);
  if (!m) return;
  const at = m.index ?? 0;
  const mentions = (doc.mentions[s.index] ?? []).filter((x) => x.end <= at);
  const group: GroupRef | undefined = mentions[mentions.length - 1] ?? doc.anaphor(s);
  const lead = doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) });
  const n = countOf(m[2] ?? "");
  if (!group || !lead || n === undefined) return;
  const rest = t.slice(at + m[0].length);
  const end = /[。；;]/.exec(rest)?.index ?? rest.length;
  const list = resolveList(doc, s, rest.slice(0, end), { bare: false, level: "national" });
  if (!list || list.zones.length !== n || list.zones.includes(lead)) return;
  push(doc, { type: "lead", group, zone: lead, evidence: doc.ev(s) });
  pushWholeList(doc, group, [lead, ...list.zones], doc.ev(s));
}

/** "(网络|联盟)(成员)由A、B、C(等N家国家高新区)(共同)组成". */
function composedOf(doc: Doc, s: Sentence) {
  const t = s.text;
  const m = new RegExp(
    `(网络|联盟)?(?:成员(?:单位)?)?由([\\u3400-\\u9fff、]+?)(?:等${COUNT}家([\\u3400-\\u9fff]{0,6}?)高新区)?(?:共同)?(?:组成|构成)`,
  ).exec(t);
  if (!m) return;
  const at = m.index ?? 0;
  const prior = (doc.mentions[s.index] ?? []).filter((x) => x.end <= at);
  const group =
    prior[prior.length - 1] ?? (m[1] ? doc.anaphor(s, m[1] === "联盟" ? "alliance" : "network") : undefined);
  if (!group) return;
  const list = resolveList(doc, s, m[2] ?? "", { bare: Boolean(m[3]), level: levelOf(m[4] ?? "") ?? "national" });
  if (!list) return;
  const n = m[3] ? countOf(m[3]) : undefined;
  if (n !== undefined && n < list.zones.length) return;
  pushCounted(
    doc,
    group,
    list.zones,
    n,
    doc.ev(s, prior.length > 0 ? (prior[prior.length - 1]?.start ?? at) : at, at + m[0].length),
  );
}

/** "(Y)由X牵头，A、B、C等N家高新区(共同)参与(建设)". */
function ledWithParticipants(doc: Doc, s: Sentence) {
  const t = s.text;
  const m = new RegExp(
    `由([\\u3400-\\u9fff]{2,16}?)牵头[，,]([\\u3400-\\u9fff、]+?)等${COUNT}家([\\u3400-\\u9fff]{0,6}?)高新区(?:共同)?参与`,
  ).exec(t);
  if (!m) return;
  const at = m.index ?? 0;
  const group = doc.groupBefore(s, at);
  if (!group) return;
  const rollback = doc.names.mark();
  const lead = doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) });
  const list = lead
    ? resolveList(doc, s, m[2] ?? "", { bare: true, level: levelOf(m[4] ?? "") ?? "national" })
    : undefined;
  const n = countOf(m[3] ?? "");
  if (!lead || !list || list.zones.includes(lead) || n === undefined || n < list.zones.length) {
    rollback();
    return;
  }
  push(doc, {
    type: "members",
    group,
    lead,
    zones: [lead, ...list.zones],
    others: [],
    count: n === list.zones.length + 1 || n === list.zones.length ? n : undefined,
    countIncludesLead: n === list.zones.length + 1 ? true : n === list.zones.length ? false : undefined,
    partial: n > list.zones.length + 1,
    evidence: doc.ev(s, at, at + m[0].length),
  });
  push(doc, { type: "lead", group, zone: lead, evidence: doc.ev(s, at, at + m[0].length) });
}

/** "除X外，首批成员还有A、B…等N家国家高新区": X and the N others (N counts the others only). */
function besidesTheRest(doc: Doc, s: Sentence) {
  const t = s.text;
  const m = new RegExp(
    `除([\\u3400-\\u9fff]{2,16}?)(?:之)?外[，,][\\u3400-\\u9fff]{0,8}?(?:首批|创始)?(?:成员|发起)(?:单位)?(?:还有|还包括|包括|有)([\\u3400-\\u9fff、]+?)等?${COUNT}家([\\u3400-\\u9fff]{0,6}?)高新区`,
  ).exec(t);
  if (!m || PLANNED.test(t)) return;
  const at = m.index ?? 0;
  const group = doc.groupBefore(s, at);
  if (!group) return;
  const rollback = doc.names.mark();
  const first = doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) });
  const list = first
    ? resolveList(doc, s, m[2] ?? "", { bare: true, level: levelOf(m[4] ?? "") ?? "national" })
    : undefined;
  const n = countOf(m[3] ?? "");
  // The count is the proof that the list was read whole.
  if (!first || !list || list.zones.includes(first) || n !== list.zones.length) {
    rollback();
    return;
  }
  pushCounted(doc, group, [first, ...list.zones], n + 1, doc.ev(s, at, at + m[0].length));
}

/** "由X牵头，A高新区、B高新区…共同发起，成员共N家": the lead, the others in full names, and the whole count. */
function ledAndInitiators(doc: Doc, s: Sentence) {
  const m = new RegExp(
    `由([\\u3400-\\u9fff]{2,16}?)牵头[，,]([\\u3400-\\u9fff、]+?(?:高新区|示范区|园区))共同(?:发起|组建|参与)[^。；;，,]{0,6}[，,](?:网络|联盟)?成员(?:单位)?(?:共|合计)${COUNT}家`,
  ).exec(s.text);
  if (!m || PLANNED.test(s.text)) return;
  const at = m.index ?? 0;
  const group = doc.groupBefore(s, at);
  if (!group) return;
  const rollback = doc.names.mark();
  const lead = doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) });
  const list = lead ? resolveList(doc, s, m[2] ?? "", { bare: false, level: "national" }) : undefined;
  const n = countOf(m[3] ?? "");
  // The count is the proof: the lead and the others make it.
  if (!lead || !list || list.zones.includes(lead) || n !== list.zones.length + 1) {
    rollback();
    return;
  }
  pushWholeList(doc, group, [lead, ...list.zones], doc.ev(s, at, at + m[0].length));
  push(doc, { type: "lead", group, zone: lead, evidence: doc.ev(s, at, at + m[0].length) });
}

/** "N家(国家)高新区(共同)(在V)成立Y" and "…发起成立该联盟". */
function countFounding(doc: Doc, s: Sentence) {
  const t = s.text;
  const re = new RegExp(`${COUNT}家([\\u3400-\\u9fff]{0,6}?)高新区`, "g");
  for (const m of t.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > 0 && /[等\d]/.test(t[at - 1] as string)) continue;
    // "A联合10家国家高新区共同成立…": the others; with the one zone that leads (said right before), the members are
    // one more. Two who lead ("A、B共同倡议，联合…其他14家"): not counted here.
    const allied = /(?:联合|携手)[\u3400-\u9fff]{0,4}$/.test(t.slice(0, at));
    const lead = allied ? ALLYING_LEAD.exec(t.slice(0, at)) : null;
    if (allied && !lead) continue;
    const after = at + m[0].length;
    const between = /^(?:共同|联合)?(?:在[\u3400-\u9fff]{2,16}?)?(?:发起)?(?:成立|启动|组建)/.exec(t.slice(after));
    if (!between) continue;
    const group = groupAfter(doc, s, after, between[0].length + 2);
    if (!group) continue;
    const counted = countOf(m[1] ?? "");
    if (counted === undefined) continue;
    const n = allied ? counted + 1 : counted;
    const from = lead ? lead.index + (lead[0].length - lead[0].replace(/^[，,：:]/, "").length) : lastBoundary(t, at);
    push(doc, { type: "count", group: group.ref, count: n, evidence: doc.ev(s, from, group.end) });
  }
}
/** The one zone that brings the counted others together, right before them ("郑州高新区作为牵头单位，联合沿黄"). */
const ALLYING_LEAD =
  /(?:^|[，,：:])[\u3400-\u9fff]{2,16}?(?:高新区|示范区|工业园区)(?:作为牵头单位[，,]|牵头[，,]?)?(?:联合|携手)[\u3400-\u9fff]{0,4}$/;

/**
 * "包头稀土高新区作为牵头单位，与其他9家国家高新区共同签署网络共建协议": the lead and the others it acts with,
 * counted: the members are one more than the others (其他 says the lead is not among them).
 */
function othersCounted(doc: Doc, s: Sentence) {
  const m = new RegExp(
    `(?:^|[，,：:])([\\u3400-\\u9fff]{2,16}?(?:高新区|示范区|工业园区))(?:作为(?:联盟|网络)?牵头单位[，,])?(?:与|和|联合|携手)其他${COUNT}家(?:国家)?高新区(?:共同|一起)?(?:签署|发起|成立|组建)`,
  ).exec(s.text);
  if (!m || PLANNED.test(s.text.slice(0, m.index + m[0].length))) return;
  const others = countOf(m[2] ?? "");
  const lead = doc.names.knownZone(m[1] ?? "") ?? doc.names.zoneEnding(m[1] ?? "", { evidence: doc.ev(s) }, NAME_STOP);
  const group = doc.groupBefore(s, m.index) ?? doc.anaphor(s);
  if (others === undefined || !lead || !group) return;
  const from = m.index + (m[0].length - m[0].replace(/^[，,：:]/, "").length);
  const evidence = doc.ev(s, from, m.index + m[0].length);
  push(doc, { type: "count", group, count: others + 1, evidence });
  push(doc, { type: "lead", group, zone: lead, evidence });
}

/** A headline line "10月23日,9家高新区。" followed by the sentence that names the group. */
function countHeadline(doc: Doc, s: Sentence) {
  const m = new RegExp(`^\\d{1,2}月\\d{1,2}日[,，]${COUNT}家高新区[。.]$`).exec(s.text);
  if (!m) return;
  const next = doc.sentences[s.index + 1];
  if (!next || next.paragraph !== s.paragraph) return;
  const first = (doc.mentions[next.index] ?? [])[0];
  if (!first || first.start > 0) return;
  const n = countOf(m[1] ?? "");
  if (n !== undefined) push(doc, { type: "count", group: first, count: n, evidence: doc.ev(s) });
}

/**
 * "2023年11月29日,京津冀国家高新区联盟成立。两年多来,京津冀9家国家高新区…": right after the sentence that
 * names an alliance, "<its region>N家国家高新区" counts its members.
 */
function regionCount(doc: Doc, s: Sentence) {
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return;
  for (const g of doc.mentions[prev.index] ?? []) {
    if (g.kind !== "alliance") continue;
    const region = doc.names.regionOf(g.id)?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (!region) continue;
    const m = new RegExp(`(?:^|[，,])(?:[\\u3400-\\u9fff]{0,6}[，,])?${region}${COUNT}家国家高新区`).exec(s.text);
    const n = m ? countOf(m[1] ?? "") : undefined;
    if (!m || n === undefined) continue;
    doc.claims.push({
      type: "count",
      group: g,
      count: n,
      evidence: doc.ev(s, m.index ?? 0, (m.index ?? 0) + m[0].length),
    });
  }
}

/**
 * "(Y)现有成员(单位)N家", "首批成员单位共14家", "该网络由X牵头，成员共3家": the count, for the group the sentence (or
 * the item) is about.
 */
function currentCount(doc: Doc, s: Sentence) {
  // ("首批加入网络的国家高新区共12家", "首批加入联盟的19家国家高新区", "首批参与网络建设的共有十三家国家高新区",
  // "该网络由A牵头，首批共有十四家国家高新区加入", "这一网络由A牵头、十二家国家高新区共同组建" (the lead among them),
  // "19家成员单位分布在…": the members, counted.)
  // ("…的16家国家高新区成为首批成员单位", "调整后，网络共有14家成员单位"; not "共有9家成员单位参加".)
  // ("由A牵头，联合14家…共同组建，成员单位共计15家": 共计 too; "由A牵头，共有14家国家高新区参与组建".)
  // (Not those who attended or spoke, "作交流发言的成员单位共计3家", nor those who join in building a thing, "…参与建设的
  // 共性技术平台".)
  const m = new RegExp(
    `(?:现有|目前共有|目前有|共有)成员(?:单位)?${COUNT}家|(?<!的|出席|参会|参加|发言|签约|获评)(?:首批)?成员(?:单位)?[，,]?共(?:计)?${COUNT}家|首批(?:加入|入网|入盟|参与|参加)[\\u3400-\\u9fff]{0,6}?的(?:(?:国家)?高新区(?:共|有|共有)${COUNT}家|(?:共有|共)?${COUNT}家(?:国家)?高新区)|^${COUNT}家成员(?:单位)?(?:分布|覆盖|来自)|(?<!(?:之初|成立时|起初|最初|当初|相比|相较|比)[^，,。；;]{0,8})首批${COUNT}家成员(?:单位)?(?=[。，,；;]|$)|${COUNT}家(?:国家)?高新区(?:成为|为)(?:联盟|网络)?(?:的)?首批成员|(?:现有|目前共有|目前有|目前已有|现已有|共有)${COUNT}家成员(?:单位)?(?![^，,。；;]{0,6}(?:参加|参与|出席|到会))|首批(?:共有|共)${COUNT}家(?:国家)?高新区(?:加入|入网|入盟)|由[\\u3400-\\u9fff]{2,16}?牵头[、，,](?:共有)?${COUNT}家(?:国家)?高新区(?:共同(?:组建|发起|成立|建设)|(?:参与|参加)(?:组建|发起|成立))(?!的)`,
  ).exec(s.text);
  if (!m) return;
  const at = m.index ?? 0;
  // ("两个网络共有成员单位16家": several groups' members together are no one group's count.)
  if (/(?:两|二|三|几|多|各)(?:个|张|家)?(?:网络|联盟)[^，,。；;]{0,4}$/.test(s.text.slice(0, at))) return;
  const group = doc.groupBefore(s, at);
  // (Whichever wording counted: the first group that took part.)
  const n = countOf(m.slice(1).find((x) => x !== undefined) ?? "");
  if (!group || n === undefined) return;
  doc.claims.push({ type: "count", group, count: n, evidence: doc.ev(s, lastBoundary(s.text, at), at + m[0].length) });
}
