/**
 * "长三角集成电路联盟那8家都是哪些", "人工智能网络为啥有16家高新区": a member count the question states for the one
 * group it names that no article gives the group (not its count now, nor any count it had). The answer begins with
 * the correction, the count and the sentence that states it; what is asked is answered after.
 */
import { countOf } from "../knowledge/extract/lists.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Evidence } from "../knowledge/schema.ts";
import { citationsFor } from "./facts/context.ts";
import { PREMISE } from "./facts/cues.ts";
import { parseQuestion } from "./parse.ts";
import { type Group, group as groupOf, groups, listCount, memberCount } from "./query/graph.ts";
import type { Answer } from "./types.ts";

/** A count of the members the question takes for granted: "那8家都是哪些", "为啥有16家高新区", "这12家成员里". */
const COUNT_STATED =
  /(?:那|这|为啥有|为什么有|为何有|有|的)((?:\d{1,2}|十[一二三四五六七八九]|[一二两三四五六七八九十]))家(?:首批|现有|新)?(?:成员|高新区|单位|国家高新区)?(?:都|分别|具体|各|里|中|是|为|有|的|呢|吧|吗|嘛|？|\?|$)/;

/** The first members asked: "首批", "成立时". */
const FIRST_ASKED = /首批|成立时|启动时|最初|一开始/;

export function countCorrected(k: Knowledge, question: string, a: Answer): Answer {
  // (No question is read again unless it says a count: most do not.)
  // (An answer that corrects another claim first, "不是。…牵头单位是…", is corrected for the count too.)
  if (a.answer.startsWith(PREMISE) || !/[\d一二两三四五六七八九十]家/.test(question)) return a;
  // (The count said right after the group's name, "X联盟那8家", "X网络为啥有16家", "X联盟的9家成员": not some of
  // its members, "物联网新进的三家", "江苏的3家成员".)
  const parsed = parseQuestion(question, k);
  const stated = COUNT_STATED.exec(parsed.text);
  const n = stated ? countOf(stated[1] ?? "") : undefined;
  const named = parsed.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
  const [mention] = named;
  if (n === undefined || !stated || named.length !== 1 || mention?.type !== "entity") return a;
  // ("光电子网络是中关村牵头的那16家吧": a claim about it between; "纳米网络不是有12家成员嘛": the count said as what
  // everyone knows.)
  const between = parsed.text.slice(mention.end, stated.index);
  if (
    !/^(?:产业)?(?:协同创新)?(?:网络|联盟)?(?:现在|目前)?(?:不是|不就是|难道不是)?(?:是[^，,。？?]{1,12}?的)?$/.test(
      between,
    )
  )
    return a;
  const g = groupOf(k, mention.ref.id);
  const now = g ? memberCount(g) : undefined;
  // ("东北地区国家高新区联盟的9家成员": no count of its own written, and the one group of that count is another.)
  if (g && now === undefined) return elsewhere(k, g, n, a);
  if (!g?.members || now === undefined || now === n || a.answer.includes(`不是${n}家`)) return a;
  // (Any count it had is no mistake: "成立时12家" of a network with 14 now.)
  const history = g.memberHistory.map((h) => ({ n: listCount(h), h }));
  if (history.some((x) => x.n === n)) return a;
  // ("那15家首批成员": the first count is the one to set it against.)
  const first = FIRST_ASKED.test(question) ? history[0] : undefined;
  const right = first?.n ?? now;
  // (The sentence that states the count said: the first list's only when it counts.)
  const evidence = (first?.n !== undefined ? first.h : g.members).evidence[0];
  if (!evidence) return a;
  return corrected(k, `${PREMISE}文章写${g.name}${first?.n ? "首批" : ""}有${right}家成员，不是${n}家。`, evidence, a);
}

/** Newcomers counted as the question takes for granted: "年会上又加了4家", "新增了5家以后". */
// (Only newcomers said as more: "加入了12家" may be the founding count, "吸纳了2家湖南的" some of them.)
const NEWCOMERS_STATED =
  /(?:又|再)(?:新)?(?:加了|增加了|增了|加入了?|吸纳了?|进了|扩了)((?:\d{1,2}|[一二两三四五六七八九十]))家(?![\u4e00-\u9fff]{1,3}的)/;

/**
 * "X联盟年会上又加了4家，现在一共多少家" when the last change added 3: the newcomers as many as the articles say,
 * said first (the one group named, its list now and the one before the last change both whole).
 */
export function newcomersCorrected(k: Knowledge, question: string, a: Answer): Answer {
  if (a.answer.startsWith(PREMISE)) return a;
  const stated = NEWCOMERS_STATED.exec(question);
  const n = stated ? countOf(stated[1] ?? "") : undefined;
  if (n === undefined) return a;
  const parsed = parseQuestion(question, k);
  const named = parsed.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
  const [mention] = named;
  if (named.length !== 1 || mention?.type !== "entity") return a;
  const g = groupOf(k, mention.ref.id);
  const [before, now] = [g?.memberHistory.at(-1), g?.members];
  if (!g || !before || !now || before.partial || now.partial) return a;
  const added = now.zones.filter((z) => !before.zones.includes(z));
  // (Any change that added as many is no mistake: "新增了5家以后" may be of an earlier one.)
  const lists = [...g.memberHistory, now];
  const counts = lists.slice(1).map((l, i) => l.zones.filter((z) => !lists[i]?.zones.includes(z)).length);
  if (added.length === 0 || counts.includes(n)) return a;
  const evidence = now.evidence[0];
  if (!evidence) return a;
  const names = added.map((z) => k.zones.get(z)?.name ?? z).join("、");
  return corrected(k, `${PREMISE}最近一次新增的是${added.length}家（${names}），不是${n}家。`, evidence, a);
}

/** "…的9家成员" of a group no article counts, when one other group has that many: whose count it is. */
function elsewhere(k: Knowledge, g: Group, n: number, a: Answer): Answer {
  // (Of the same kind: an alliance's count is set against the alliances'.)
  const others = groups(k).filter((x) => x.id !== g.id && "field" in x === "field" in g && memberCount(x) === n);
  const [other] = others;
  const evidence = other?.members?.evidence[0];
  if (others.length !== 1 || !other || !evidence) return a;
  const correction = `${PREMISE}文章没有写${g.name}有${n}家成员；有${n}家成员的是${other.name}。`;
  return corrected(k, correction, evidence, a);
}

/** The answer after the correction, with the sentence that states the count cited first. */
export function corrected(k: Knowledge, correction: string, evidence: Evidence, a: Answer): Answer {
  return {
    ...a,
    kind: a.kind === "none" ? "fact" : a.kind,
    answer: `${correction}\n${a.answer}`,
    citations: a.citations.some((c) => c.quote === evidence.quote)
      ? a.citations
      : [...citationsFor(k, [evidence]), ...a.citations],
  };
}
