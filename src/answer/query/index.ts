/**
 * Answering through the query algebra: read the question, check what it takes for granted, execute, render.
 *   premise false  → the correction first (with its evidence); then the answer to what can still be asked
 *                    (nothing, when the false premise is the zone's membership itself)
 *   query read     → executed and rendered
 *   otherwise      → the fallback (the fact engine's lookups), on the question without the parts read here
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Evidence, Figure } from "../../knowledge/schema.ts";
import { ASKS_WHY, PREMISE, SPEECH } from "../facts/cues.ts";
import { SECRETARIAT_HEAD } from "../facts/group.ts";
import { citationsFor, type Found } from "../facts.ts";
import { type Parsed, parseQuestion } from "../parse.ts";
import type { Answer } from "../types.ts";
import type { Claim, Query, Reading, SetExpr } from "./algebra.ts";
import { CUES } from "./cues.ts";
import { answerDatedActs } from "./dated-acts.ts";
import { checkClaim, countedAmong, execute, uncounted } from "./execute.ts";
import { group as groupOf, listCount } from "./graph.ts";
import { answerPerson, asksWords, MINISTRY, ZONE_TITLED } from "./people.ts";
import { readQuestion } from "./read.ts";
import { answerRejoin } from "./rejoin.ts";
import { correction, renderResult } from "./render.ts";
import { answerWhoSaid } from "./who-said.ts";

export type { Claim, Query, SetExpr } from "./algebra.ts";

/** Asks who did an act at a meeting: only a person answers it, no set or summary. */
const ASKS_ACTOR = new RegExp(
  `(?:谁|哪位)[^，,。？?]{0,4}(?:主持|出席|${SPEECH})|(?:主持|出席|${SPEECH})的?(?:是谁|是哪位|人是谁)`,
);
/** Asks for a person: by name, or by what they did ("谁代表新成员发言"). */
const ASKS_PERSON = new RegExp(
  `是谁|哪位|叫什么名字|叫啥名|(?:领导|负责人|官员|嘉宾|代表|人|主任|书记|局长|厅长|部长|司长|处长|秘书长|理事长)(?:叫|姓)(?:什么|啥)|谁[^，,。？?]{0,8}(?:代表|主持|出席|${SPEECH})|(?:哪些|哪几位|有谁)(?:领导|嘉宾|负责人|官员|人)?[^，,。？?]{0,6}(?:${SPEECH})|(?:出席|参加|主持|${SPEECH})[^，,。？?]{0,16}?的(?:领导|嘉宾|负责人|官员)(?:都)?(?:有哪些|有谁|是谁|是哪些)`,
);
/** A seat and the person of the same post asked together: "理事长单位和理事长", "秘书长单位与秘书长". */
const SEAT_AND_PERSON = /(理事长|主席|秘书长)单位(?:和|与|及|、|跟)\1(?!单位)/;

/** "工信部规划司的": a body a question gives a person before their name. */
const CLAIMED_BODY = new RegExp(`(?:${MINISTRY.source})[\\u4e00-\\u9fff]{0,8}?的`);

/** A body and a title written right before a name ("工信部规划司负责人"). */
const TITLED_BY_BODY = new RegExp(`(?:${MINISTRY.source})[\\u4e00-\\u9fff]{0,12}$`);

/** The question without a zone's title the question gave a person ("江阴高新区书记崔荣国" → "崔荣国"). */
function withoutClaimedTitle(k: Knowledge, text: string): string {
  for (const o of k.officials) {
    const at = text.indexOf(o.name);
    if (at <= 0) continue;
    // (…or a body's, "工信部规划司负责人贾敬敦".)
    const claimed = ZONE_TITLED.exec(text.slice(Math.max(0, at - 12), at)) ?? TITLED_BY_BODY.exec(text.slice(0, at));
    if (!claimed) continue;
    // ("江阴高新区党工委书记崔荣国说他们去年新培育了几家…": "他们" is the person's own zone, which the title took the
    // place of.)
    const own = o.org ? k.zones.get(o.org)?.name : undefined;
    const after = own
      ? text.slice(at).replace(/(?<=说|讲|介绍|表示)(?:他们|他|她)(?:那里|那边|这边|高新区|区)?/, own)
      : text.slice(at);
    return `${text.slice(0, at - claimed[0].length)}${after}`;
  }
  return text;
}

/** A correction, then the answer to what can still be asked. */
/** A second question after a person's title is asked: "…position, and how many …". */
const ANOTHER_ASKED = /(?:[,，]\s*|\band\s+)((?:how|what|when|where|which|who)\b)/i;

function joined(first: Answer, then: Answer): Answer {
  return {
    ...first,
    answer: `${first.answer}${then.answer}`,
    citations: [...first.citations, ...then.citations],
  };
}

/** "A高新区为什么退出X": the question asked of the zones that left a group (its last change). */
function whyLeftAsked(k: Knowledge, groupId: string): string | undefined {
  const g = k.networks.get(groupId) ?? k.alliances.get(groupId);
  const before = g?.memberHistory.at(-1)?.zones ?? [];
  const left = before.filter((z) => !(g?.members?.zones ?? []).includes(z));
  if (!g || left.length === 0) return undefined;
  return `${left.map((z) => k.zones.get(z)?.name ?? z).join("、")}为什么退出${g.name}`;
}

/** The question as the lookup reads it: the stripped spans left out, the renamed ones read as their names. */
function readRest(text: string, reading: Reading): string {
  const renames = reading.renames ?? [];
  if (reading.strip.length === 0 && renames.length === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const renamed = renames.find((r) => r.start === i);
    if (renamed) {
      out += renamed.to;
      i = renamed.end - 1;
    } else if (!reading.strip.some(([a, b]) => i >= a && i < b)) out += text[i];
  }
  return out;
}

/**
 * The answer, and whether it only summarises what the question names (a supporting passage is then preferred);
 * `fallback` is the fact engine's lookup.
 */
export function answerByQuery(k: Knowledge, p: Parsed, fallback: (text: string) => Found | null): Found | null {
  const reading = readQuestion(p, k);
  const rest = readRest(p.text, reading);
  const results = reading.premises.map((c) => checkClaim(k, c));
  // (A count the group had is no wrong premise: "长江中游联盟16家成员2025年营业收入合计多少" of 16 at its founding, 19
  // now; the figure is of those 16.)
  const wrong = results.filter(
    (r) =>
      r.holds === false && !(r.claim.is === "count" && hadCount(k, r.claim.group, r.claim.n) && !NOW_SAID.test(p.text)),
  );
  const main = (): Found | null => {
    // A person asked for ("代表某省政府讲话的是哪位") is looked up before a set the question's words also read as
    // (a province's members).
    // "是谁说…的": the speaker of the words the question repeats; "A和B谁先…": the two dated sentences.
    const said = answerWhoSaid(k, p) ?? answerDatedActs(k, p) ?? answerRejoin(k, p);
    if (said) return { answer: said, summaryOnly: false };
    // (A person named with a wrong title is corrected whatever else is asked: "上海市科委副主任张宇蕾是怎么评价…".)
    const personAsked = !reading.query || ASKS_PERSON.test(p.text);
    const namesOfficial = k.officials.some((o) => p.text.includes(o.name));
    // ("秘书处在哪，谁当秘书长": where the secretariat sits and who heads it, both of the group.)
    // (Only the secretariat's head asked: "年会上谁致辞" is another person.)
    const seatToo =
      /秘书处[^，,。？?]{0,6}在哪/.test(p.text) && SECRETARIAT_HEAD.test(p.text) ? fallback(p.text)?.answer : undefined;
    if (seatToo?.kind === "fact" && personAsked) return { answer: seatToo, summaryOnly: false };
    // ("理事长单位和理事长分别是": the seat's holder, then the person who holds the post.)
    const both = SEAT_AND_PERSON.exec(p.text);
    if (both) {
      const seat = fallback(p.text.replace(both[0], `${both[1]}单位`))?.answer;
      const person = answerPerson(k, parseQuestion(`${p.text.slice(0, both.index)}${both[1]}是谁`, k));
      if (seat?.kind === "fact" && person?.kind === "fact") return { answer: joined(seat, person), summaryOnly: false };
    }
    if (personAsked || namesOfficial) {
      // ("纳米新材料网络在中关村启动那天，谁代表牵头单位讲的话": a place claimed wrongly is no place the person is of; the
      // question is asked without it.)
      const person = answerPerson(k, wrong.length > 0 && rest !== p.text ? parseQuestion(rest, k) : p);
      // A wrong title taken for granted is corrected, and what was asked is still answered after it.
      if (person?.answer.startsWith(PREMISE)) {
        const asked = withoutClaimedTitle(k, p.text.replace(CLAIMED_BODY, ""));
        const rest = fallback(asked)?.answer;
        if (rest && rest.kind === "fact") return { answer: joined(person, rest), summaryOnly: false };
        // Else the passages may answer the rest ("…怎么看X"), asked without the body the question gave the person.
        return {
          answer: person,
          summaryOnly: false,
          restOpen: true,
          rest: asked,
        };
      }
      if (person && personAsked) {
        // "What is X's position, and how many …": a question of its own after the title, answered after it (by the
        // facts, else the passages).
        const other = ANOTHER_ASKED.exec(p.text);
        const asked = other ? p.text.slice(other.index + other[0].length - (other[1]?.length ?? 0)) : undefined;
        const then = asked ? fallback(asked)?.answer : undefined;
        if (then?.kind === "fact") return { answer: joined(person, then), summaryOnly: false };
        if (asked) return { answer: person, summaryOnly: false, restOpen: true, rest: asked };
        // (Asked too what the person said: the passages add it after the title.)
        return {
          answer: person,
          summaryOnly: false,
          ...(asksWords(
            p.text,
            k.officials.some((o) => p.text.includes(o.name)),
          )
            ? { restOpen: true, rest: p.text }
            : {}),
        };
      }
    }
    // "谁主持的", "致辞的是哪位": only a person answers; no set or summary of what the question names does.
    if (ASKS_ACTOR.test(p.text)) return null;
    // ("以后会不会吸收安徽的高新区加入": what is asked of the future is not the list now; the facts say so.)
    // "谁退出了…？为啥退": asked again with the leavers named ("芜湖高新区为什么退出X"), the leave is told with
    // the reason its sentence states and the one another sentence gives at length.
    const whyLeft = /退出|退了|离开|不在/.test(p.text) && /为啥|为什么|为何|原因|怎么回事/.test(p.text);
    // ("为啥湖北湖南江西的高新区要组这个联盟": why, which the passages tell, not the provinces' members.)
    // ("江苏有哪些高新区在物联网网络里，为什么江苏这么多": the list asked too.)
    const listToo = /哪些|哪几|几家|多少|有谁/.test(p.text);
    if (reading.query && !(p.future && WILL_IT.test(p.text)) && (whyLeft || listToo || !ASKS_WHY.test(p.text))) {
      const named = whyLeft && reading.query.q === "history" ? whyLeftAsked(k, reading.query.group) : undefined;
      const why = named ? fallback(named)?.answer : undefined;
      if (why?.kind === "fact") return { answer: why, summaryOnly: false };
      const answer = renderResult(k, execute(k, reading.query), {
        ...countingScope(k, reading.query),
        ...(byProvinces(reading.query) ? { byProvince: true } : {}),
        ...setAside(reading.query),
      });
      if (answer) return { answer: withProvinceFigures(k, reading.query, answer), summaryOnly: false };
    }
    // An open question about named entities (what they did, why, which aspects): the lookup is only a summary,
    // and a supporting passage answers better.
    const found = fallback(rest);
    // (Not a correction of what the question takes for granted: "光电子网络是张江牵头的，为啥放在东湖启动" is told
    // 不是 first.)
    if (found && !found.explains && CUES.openAbout.test(p.text) && !/^不是/.test(found.answer.answer))
      return { answer: found.answer, summaryOnly: true };
    return found;
  };
  if (wrong.length === 0) return mirrored(p.text, main());
  const corrections = wrong.map((r) => correction(k, r.claim)).join("");
  const aboutMembership = wrong.some((r) => r.claim.is === "member");
  // ("听说淮河联盟首届秘书处设在随州高新区，秘书处牵头修订了哪些制度？": a claim, then a question of its own, asked of
  // the group the claim names; the claim's own answer is the correction.)
  // (Not when the reading took the claim out already: "那个推介会是在西安开的吧，谁上台讲了话".)
  const asking = reading.strip.length ? undefined : askedAfterClaim(p, wrong[0]?.claim);
  const evidence = wrong.flatMap((r) => r.evidence);
  // (…else the whole question's; neither when it only says again what the correction cites.)
  const news = (a: Answer | null | undefined) => (a && !(asking && saysAgain(k, a, corrections, evidence)) ? a : null);
  const after = aboutMembership ? null : (news(asking ? fallback(asking)?.answer : null) ?? news(main()?.answer));
  const useful = after && after.kind !== "none" ? after : null;
  // "…设在随州高新区，没错吧？": a question that asks to confirm what is false is answered 不是 first.
  const verdict = CUES.yesNo.test(p.text) ? "不是。" : "";
  // ("合肥是哪天加入物联网网络的" of a zone whose application is pending: no day exists yet, which is what is asked.)
  const pendingJoin =
    aboutMembership &&
    wrong.every((r) => r.claim.is === "member") &&
    /哪天|哪一天|什么时候|啥时候|何时|哪年|哪一年|几月/.test(p.text) &&
    /目前不在/.test(corrections);
  const answer: Answer = {
    kind: pendingJoin ? "none" : "fact",
    // (The verdict is the whole question's: the rest's own 是/不是 is not repeated after the correction.)
    // (…nor a leading sentence of it the correction says already: "不是4个省。".)
    answer: `${verdict}${PREMISE}${corrections}${useful ? withoutRepeat(useful.answer.replace(/^(?:是|不是)。/, ""), corrections) : ""}`,
    citations: [...citationsFor(k, evidence), ...(useful ? useful.citations : [])].filter(
      (c, i, all) => all.findIndex((x) => x.articleId === c.articleId && x.quote === c.quote) === i,
    ),
    ...(useful?.items ? { items: useful.items } : {}),
  };
  // Nothing else the facts answer, after a correction that leaves the question standing: the passages may.
  return {
    answer,
    summaryOnly: false,
    ...(!useful && !aboutMembership ? { restOpen: true, rest: asking ?? rest } : {}),
  };
}

/** An answer that cites only what a correction cites, and names no zone or number the correction does not. */
function saysAgain(k: Knowledge, a: Answer, correction: string, evidence: Evidence[]): boolean {
  const cited = new Set(citationsFor(k, evidence).map((c) => c.quote));
  const named = [
    ...[...k.zones.values()].map((z) => z.name).filter((n) => a.answer.includes(n)),
    ...(a.answer.match(/\d+/g) ?? []),
  ];
  return a.citations.every((c) => cited.has(c.quote)) && named.every((x) => correction.includes(x));
}

/** The clause that asks after one that states ("听说X设在A，Y是什么"), with the group the question names. */
function askedAfterClaim(p: Parsed, claim: Claim | undefined): string | undefined {
  const asked = p.lastClause;
  const at = asked ? p.text.lastIndexOf(asked) : -1;
  if (!asked || at <= 0 || QUESTION_WORD.test(p.text.slice(0, at)) || !QUESTION_WORD.test(asked)) return undefined;
  // (Not one that asks the claim's own thing again, "…设在随州高新区，现在在哪": the claim's answer is its answer.)
  if (asked.replace(ELLIPTICAL, "").length < 4) return undefined;
  // (Its group: the first the claim names, when the clause names none.)
  const group = p.mentions.find((m) => m.type === "entity" && m.ref.kind !== "zone" && m.end <= at);
  const named = p.mentions.some((m) => m.start >= at);
  // ("…秘书处在徐州高新区，它牵头修订了哪些制度": the claim's subject said again, the secretariat of a claim of where it
  // sits.)
  const own = asked.replace(/^(?:它们?|其|他们|该(?:联盟|网络|秘书处)?)/, claim?.is === "secretariat" ? "秘书处" : "");
  return named || !group ? own : `${p.text.slice(group.start, group.end)}${own}`;
}
const ELLIPTICAL = /现在|目前|当时|后来|到底|究竟|其实|实际|真正|[那这在是的了吗呢哪里儿什么啥谁多少几个家\s]/g;
const QUESTION_WORD = /哪|什么|啥|多少|几|谁|怎么|如何|为什么|吗|呢|是否|有没有/;

/** Asks what will be: "以后会不会", "将来会", "明年是否会". */
const WILL_IT = /以后|将来|今后|未来|明年|会不会|会否|是否会|下一批|下批|下一轮|下轮/;

/** A province's brief (its zones' memberships) carries the figures the articles give for the province as a whole. */
const RANKING = /前\d+强|前[三五十]名|前\d+名|排名|第一/;

function withProvinceFigures(k: Knowledge, q: Query, answer: Answer): Answer {
  const province = q.q === "memberships" && q.set.op === "where" ? q.set.province : undefined;
  // Rankings first (前50强, 前三名), then the other figures of the province.
  const ranked = (f: Figure) => (RANKING.test(f.label) ? 0 : 1);
  const figures = province
    ? k.figures
        .filter((f) => f.scope === province)
        .sort((a, b) => ranked(a) - ranked(b))
        .slice(0, 6)
    : [];
  if (figures.length === 0) return answer;
  const lines = figures.map((f) => `${f.label}：${f.value}${f.unit ?? ""}${f.period ? `（${f.period}）` : ""}`);
  return {
    ...answer,
    answer: `${answer.answer}\n${province}的主要数字：\n${lines.join("\n")}`,
    citations: [
      ...answer.citations,
      ...citationsFor(
        k,
        figures.flatMap((f) => f.evidence.slice(0, 1)),
      ),
    ],
  };
}

/** What a query counts memberships among (complete lists only), and the groups left out of the count. */
/** "甲省和乙省各有哪些": members in several provinces, answered province by province. */
function byProvinces(q: Query): boolean {
  return q.q === "list" && q.set.op === "or" && q.set.args.every((a) => a.op === "where" && a.province !== undefined);
}

function countingScope(k: Knowledge, q: Query): { among?: string[]; leftOut?: string[] } {
  const find = (e: SetExpr): { of?: "network" | "alliance" | "pilot" } | null => {
    if (e.op === "where" && e.minMemberships !== undefined) return { of: e.among };
    if (e.op === "where") return find(e.set);
    if (e.op === "minus") return find(e.a) ?? find(e.b);
    if (e.op === "and" || e.op === "or") return e.args.map(find).find((x) => x) ?? null;
    return null;
  };
  const scope = q.q === "extreme" && q.by === "memberships" ? { of: q.among } : "set" in q ? find(q.set) : null;
  if (!scope) return {};
  return { among: countedAmong(k, scope.of), leftOut: uncounted(k, scope.of) };
}

/**
 * A yes/no answer in the question's own verb: "…在物联网网络里吗" → "在。"/"不在。", "…里有南京吗" → "有。"/"没有。"
 * (a bare "是" answers a 是-question).
 */
/** The question's own verb for yes and for no ("有没有参加…": 有，参加了 / 没有参加), or null to say 是 / 不是. */
function verbPair(question: string): [string, string] | null {
  const acted = /有没有(参加|加入|参与|入选|进入)/.exec(question)?.[1];
  if (acted) return [`有，${acted}了`, `没有${acted}`];
  if (/有没有|有[^，,。？?]*吗|里有/.test(question)) return ["有", "没有"];
  // ("…还是牵头单位吗": 还是 / 不再是.)
  if (/还是[^，,。？?]*吗/.test(question)) return ["还是", "不再是"];
  if (/在不在|在[^，,。？?]*(?:里|中|内)吗/.test(question)) return ["在", "不在"];
  // ("…也换了吗", "换到杭州了吗", "迁走了吗": 换了 / 没有换.)
  const changed = /(换|变|改)了?吗|(迁|搬|换)(?:到|至|去|往|走)[^，,。？?吗]{0,10}?了?吗|(换|变|改)没(?:换|变|改)/.exec(
    question,
  );
  const act = changed ? (changed[1] ?? changed[2] ?? changed[3]) : undefined;
  return act ? [`${act}了`, `没有${act}`] : null;
}

function mirrored(question: string, found: Found | null): Found | null {
  const answer = found?.answer;
  if (!found || !answer || answer.kind !== "fact") return found;
  // "是同一天启动的吗": the dates compared answer yes or no first.
  // ("…是同一天成立的？": a statement asked to be confirmed, with no word that asks which or when.)
  const confirm =
    /吗|是否|是不是/.test(question) || (/是同一/.test(question) && !/哪|什么|谁|几|多少|何/.test(question));
  if (/同一天|同一日|同日|同一时间/.test(question) && confirm) {
    const same = /^两者同一天成立/.test(answer.answer);
    if (same || /^[^。]*先成立（/.test(answer.answer))
      return { answer: { ...answer, answer: `${same ? "是" : "不是"}。${answer.answer}` }, summaryOnly: false };
  }
  // ("是的，…" is a yes too.)
  const verdict = /^(?:是。|是的，|不是。)/.exec(answer.answer)?.[0];
  if (!verdict) return found;
  const yes = verdict !== "不是。";
  const verb = verbPair(question);
  if (!verb || /是不是|是否|是吗/.test(question)) return found;
  const rest = answer.answer.slice(verdict.length);
  return { answer: { ...answer, answer: `${yes ? verb[0] : verb[1]}。${rest}` }, summaryOnly: false };
}

/** An answer without its first sentence when `said` holds it already. */
function withoutRepeat(answer: string, said: string): string {
  const first = /^[^。]{1,20}。/.exec(answer)?.[0];
  return first && said.includes(first) ? answer.slice(first.length) : answer;
}

/** The groups a list sets aside ("除了牵头物联网网络，还参加了哪些"), to be said with it. */
function setAside(query: Query): { except?: string[] } {
  if (query.q !== "list" || query.set.op !== "minus") return {};
  const b = query.set.b;
  return b.op === "ids" && b.of === "group" ? { except: b.ids } : {};
}

/** The count said of now ("现在有15家成员"), which an earlier count does not make right. */
const NOW_SAID = /现在|目前|如今|当前|至今|眼下/;

/** Whether a group's member list had `n` members at some time the articles record. */
function hadCount(k: Knowledge, id: string, n: number): boolean {
  return (groupOf(k, id)?.memberHistory ?? []).some((h) => listCount(h) === n);
}
