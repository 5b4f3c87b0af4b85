/**
 * Questions about several networks or alliances: common members, differences, union, sizes and dates compared.
 */
import { findTerm, hasTerm } from "../../knowledge/normalize.ts";
import type { Evidence } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import { daysBetween as dayCount } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { type FactContext, type Found, fact, formatDate, type Group, none } from "./context.ts";
import { groupAttribute } from "./group.ts";

/** Several networks or alliances named together: compared, combined, or each answered in turn. */
export function multiGroup(c: FactContext, p: Parsed, groups: Group[]): Found {
  const compared = compareGroups(c, p, groups);
  if (compared) return { answer: compared, summaryOnly: false };
  // Same attribute for each group, answered one after the other. Without an attribute (or with one a group
  // lacks) this is only a summary of each: a passage about the two together answers better, if there is one.
  // "分别是哪家牵头、哪天启动的": every attribute asked, for each group.
  const asked = p.attributes.length > 1 ? p.attributes : [p.attribute];
  const answers = groups.flatMap((g) => asked.map((attribute) => groupAttribute(c, { ...p, attribute }, g)));
  const answer: Answer = {
    kind: answers.every((a) => a.kind === "none") ? "none" : "fact",
    answer: answers.map((a) => a.answer).join("\n"),
    citations: answers.flatMap((a) => a.citations),
    notes: answers.flatMap((a) => a.notes ?? []),
  };
  const asksSomethingOfThem = /哪|谁|多|少|几|有没有|是否|吗|比/.test(p.text);
  const summaryOnly = !asksSomethingOfThem && (p.attribute === null || answers.some((a) => a.kind === "none"));
  return { answer, summaryOnly };
}

/** Sizes or dates compared, days between, difference or common members: null when the question asks none. */
function compareGroups(c: FactContext, p: Parsed, groups: Group[]): Answer | null {
  if (p.compare === "most" || p.compare === "least") return compareSize(c, groups, p.compare);
  if (p.compare === "earliest" || p.compare === "latest") return compareDate(c, groups, p.compare);
  if (/几天|多少天|相隔|相差|间隔|隔了|days/.test(p.text)) return daysBetween(c, groups);
  if (p.setOp || hasTerm(p.text, "和") || hasTerm(p.text, "与")) {
    const [a, b] = groups as [Group, Group];
    if (p.setOp === "difference") return difference(c, a, b, p);
    if (p.setOp === "intersection" || p.attribute === "members" || p.attribute === null || p.attribute === "count") {
      if (p.setOp === "intersection" || /(?:都|共同|同时|共有的|重合|交集|both)/.test(p.text))
        return intersection(c, groups);
    }
  }
  return null;
}

/** The days between two launch or founding dates, and which came first. */
function daysBetween(c: FactContext, groups: Group[]): Answer {
  const dated = groups.flatMap((g) => {
    const date = "field" in g ? g.launch?.date : g.founded?.date;
    const ev = "field" in g ? g.launch?.evidence : g.founded?.evidence;
    return date && ev && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [{ g, date, ev }] : [];
  });
  if (dated.length < 2) return none("文章没有给出这些网络或联盟的完整成立日期，无法计算相隔天数。");
  const [a, b] = dated as [(typeof dated)[number], (typeof dated)[number]];
  const days = dayCount(a.date, b.date);
  const [early, late] = a.date <= b.date ? [a, b] : [b, a];
  const answer =
    days === 0
      ? `${early.g.name}和${late.g.name}是同一天成立的（${formatDate(early.date)}），没有先后。`
      : `${early.g.name}于${formatDate(early.date)}成立，${late.g.name}于${formatDate(late.date)}成立，相隔${days}天（${c.shortName(late.g)}晚${days}天）。`;
  return fact(c.k, answer, [...early.ev.slice(0, 1), ...late.ev.slice(0, 1)], { title: "成立时间相隔" });
}

/** A note naming the groups whose member lists are incomplete. */
function partialNote(groups: Group[]): string[] {
  const partial = groups.filter((g) => g.members?.partial);
  return partial.length ? [`${partial.map((g) => g.name).join("、")}的名单不完整，结果只基于文章点名的成员。`] : [];
}

/** The zones that are members of every one of the groups. */
export function intersection(c: FactContext, groups: Group[]): Answer {
  const lists = groups.map((g) => g.members?.zones ?? []);
  const common = (lists[0] ?? []).filter((z) => lists.every((l) => l.includes(z)));
  const label = groups.map((g) => c.shortName(g)).join("和");
  const items = common.map((id) => ({ name: c.zoneName(id) }));
  // (With a list the articles only sample, the answer says it is as far as the named members go.)
  const some = partialNote(groups)[0] ?? "";
  const answer = common.length
    ? `同时在${label}中的高新区有${common.length}家：${items.map((i) => i.name).join("、")}。${some}`
    : `文章所列名单中，没有同时在${label}中的高新区。${some}`;
  return fact(
    c.k,
    answer,
    groups.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    {
      title: `${label} · 共同成员`,
      items,
      notes: partialNote(groups),
    },
  );
}

/** The zones of one group that are not in the other ("A有但B没有"). */
function difference(c: FactContext, a: Group, b: Group, p: Parsed): Answer {
  // "A有但B没有": keep the order the question names them; "不在A…在B" is rare enough to read as A − B.
  const [first, second] = orderForDifference(a, b, p);
  const inSecond = new Set(second.members?.zones ?? []);
  const only = (first.members?.zones ?? []).filter((z) => !inSecond.has(z));
  const items = only.map((id) => ({ name: c.zoneName(id) }));
  const some = partialNote([first, second])[0] ?? "";
  const answer = only.length
    ? `在${c.shortName(first)}中、但不在${c.shortName(second)}中的高新区有${only.length}家：${items.map((i) => i.name).join("、")}。${some}`
    : `${c.shortName(first)}的成员都在${c.shortName(second)}中。${some}`;
  return fact(
    c.k,
    answer,
    [first, second].flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    {
      title: `${c.shortName(first)} − ${c.shortName(second)}`,
      items,
      notes: partialNote([first, second]),
    },
  );
}

/** Which group is subtracted from which, by where the negation stands. */
function orderForDifference(a: Group, b: Group, p: Parsed): [Group, Group] {
  // The group named right after a negation ("不在B", "没有…B" before it) is the one subtracted.
  const negAt = ["不在", "没有", "未加入", "没加入", "不是", "but not", "not in", "except", "除了"]
    .map((t) => findTerm(p.text, t))
    .filter((i) => i >= 0);
  const neg = negAt.length ? Math.min(...negAt) : -1;
  const pos = (g: Group) => p.mentions.find((m) => m.type === "entity" && m.ref.id === g.id)?.start ?? 0;
  if (neg < 0) return [a, b];
  if (hasTerm(p.text, "除了") || hasTerm(p.text, "except")) {
    // "除了A以外B还有谁" → B − A
    return pos(a) < pos(b) ? [b, a] : [a, b];
  }
  const before = [a, b].filter((g) => pos(g) < neg);
  const after = [a, b].filter((g) => pos(g) > neg);
  if (before.length === 1 && after.length === 1) return [before[0] as Group, after[0] as Group];
  return [a, b];
}

/** The group with the most (or fewest) members, among those with a complete list. */
export function compareSize(c: FactContext, groups: Group[], dir: "most" | "least"): Answer {
  const complete = groups.filter((g) => g.members && !g.members.partial && g.members.zones.length > 0);
  if (complete.length === 0) return none("文章没有给出这些网络或联盟的完整成员数，无法比较。");
  const sorted = [...complete].sort((x, y) => (y.members?.zones.length ?? 0) - (x.members?.zones.length ?? 0));
  if (dir === "least") sorted.reverse();
  const top = sorted[0] as Group;
  const n = top.members?.zones.length ?? 0;
  const ties = sorted.filter((g) => g.members?.zones.length === n);
  const items = sorted.map((g) => ({ name: g.name, note: `${g.members?.zones.length}家` }));
  const word = dir === "most" ? "最多" : "最少";
  const lead = ties.map((g) => g.name).join("、");
  const answer = `成员${word}的是${lead}（${n}家）。各自的成员数：${items.map((i) => `${i.name}${i.note}`).join("，")}。`;
  const left = groups.filter((g) => !complete.includes(g));
  return fact(
    c.k,
    answer,
    sorted.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    {
      title: `成员数比较`,
      items,
      notes: left.length ? [`${left.map((g) => g.name).join("、")}的成员数文章未完整给出，未参与比较。`] : undefined,
    },
  );
}

/** The group launched or founded first (or last), with every date. */
export function compareDate(c: FactContext, groups: Group[], dir: "earliest" | "latest"): Answer {
  const dated = groups
    .map((g) => ({
      g,
      date: "field" in g ? g.launch?.date : g.founded?.date,
      ev: "field" in g ? g.launch?.evidence : g.founded?.evidence,
    }))
    .filter((x): x is { g: Group; date: string; ev: Evidence[] } => !!x.date && !!x.ev);
  if (dated.length === 0) return none("文章没有给出这些网络或联盟的成立日期，无法比较。");
  dated.sort((x, y) => x.date.localeCompare(y.date));
  if (dir === "latest") dated.reverse();
  const first = dated[0] as (typeof dated)[number];
  const ties = dated.filter((d) => d.date === first.date);
  const items = dated.map((d) => ({ name: d.g.name, note: formatDate(d.date) }));
  const word = dir === "earliest" ? "最早" : "最晚";
  const answer = `成立${word}的是${ties.map((t) => t.g.name).join("、")}（${formatDate(first.date)}）。按时间：${items
    .map((i) => `${i.name}（${i.note}）`)
    .join("，")}。`;
  return fact(
    c.k,
    answer,
    dated.flatMap((d) => d.ev.slice(0, 1)),
    { title: `成立时间比较`, items },
  );
}

/** "A联盟和B联盟是否同日成立": yes or no, with each date. */
/** The part of a date two foundings are compared by, and how it is said. */
const SAME = {
  day: { length: 10, word: "同一天" },
  month: { length: 7, word: "同一个月" },
  year: { length: 4, word: "同一年" },
};

export function sameDayOf(c: FactContext, groups: Group[], by: keyof typeof SAME = "day"): Answer {
  const dated = groups.map((g) => ({ g, when: "field" in g ? g.launch : g.founded }));
  const missing = dated.filter((d) => !d.when);
  if (missing.length > 0) {
    return none(`文章没有记载${missing.map((d) => d.g.name).join("、")}的成立日期，无法比较。`);
  }
  // ("是同一年成立的吗": the years compared, each date said.)
  const { length, word } = SAME[by];
  const dates = new Set(dated.map((d) => d.when?.date?.slice(0, length)));
  const each = dated.map((d) => `${d.g.name}${formatDate(d.when?.date ?? "")}成立`).join("；");
  const answer = dates.size === 1 ? `是的，是${word}：${each}。` : `不是${word}：${each}。`;
  return fact(
    c.k,
    answer,
    dated.flatMap((d) => d.when?.evidence.slice(0, 1) ?? []),
    { title: "成立日期比较" },
  );
}

/** "五个网络一共覆盖多少家不同的高新区": the union of complete member lists, each zone once. */
export function union(c: FactContext, groups: Group[]): Answer {
  const complete = groups.filter((g) => g.members && !g.members.partial && g.members.zones.length > 0);
  const zones = [...new Set(complete.flatMap((g) => g.members?.zones ?? []))];
  const items = zones.map((id) => ({ name: c.zoneName(id) }));
  const answer = `${complete.map((g) => c.shortName(g)).join("、")}合计覆盖${zones.length}家不同的高新区（同一高新区只计一次）：${items.map((i) => i.name).join("、")}。`;
  return fact(
    c.k,
    answer,
    complete.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    { title: "网络覆盖的高新区（去重）", items, notes: ["只计成员名单完整的网络；苏州高新区与苏州工业园区是两家。"] },
  );
}

/**
 * "5个网络的成员数加起来一共多少家次": each group's count, summed (a zone in two groups counts twice), and how many
 * different zones that is. Only groups whose list is complete.
 */
export function sumSizes(c: FactContext, groups: Group[]): Answer {
  const complete = groups.filter((g) => g.members && !g.members.partial && g.members.zones.length > 0);
  if (complete.length === 0) return none("文章没有给出这些网络或联盟的完整成员数，无法相加。");
  const sizes = complete.map((g) => ({ name: c.shortName(g), n: g.members?.zones.length ?? 0 }));
  const total = sizes.reduce((sum, x) => sum + x.n, 0);
  const distinct = new Set(complete.flatMap((g) => g.members?.zones ?? [])).size;
  const left = groups.filter((g) => !complete.includes(g));
  return fact(
    c.k,
    `${complete.length}个${complete.every((g) => "field" in g) ? "网络" : complete.every((g) => !("field" in g)) ? "联盟" : "网络和联盟"}的成员数加起来共${total}家次（${sizes.map((x) => `${x.name}${x.n}家`).join(" + ")}）；同一高新区只计一次则是${distinct}家。`,
    complete.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    {
      title: "成员数合计",
      notes: left.length ? [`${left.map((g) => g.name).join("、")}的成员名单文章未完整给出，未计入。`] : undefined,
    },
  );
}
