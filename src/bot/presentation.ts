/**
 * What the bot adds to an answer for showing it, and the texts it writes from the knowledge:
 *  - the question an answer card answers (its feedback buttons carry it);
 *  - the briefing's tables (networks, alliances, key figures), built from the same facts as the briefing;
 *  - the /帮助 text and the example questions, generated from the knowledge: no count or name is typed by hand,
 *    so they cannot drift from what /简报 shows.
 * Nothing here computes an answer: the engine's Answer is passed through, with these fields added.
 */
import { FactEngine, formatDate } from "../answer/facts.ts";
import type { Answer } from "../answer/types.ts";
import type { AnswerTable, CardAnswer } from "../feishu/render.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Evidence } from "../knowledge/schema.ts";

const compact = (text: string) => text.replace(/\s+/g, "");

/** Indexes of the answer's citations that quote one of `evidence`. */
function citesOf(answer: Answer, evidence: readonly Evidence[]): number[] {
  const wanted = evidence.map((e) => ({ article: e.article, quote: compact(e.quote) }));
  return answer.citations.flatMap((c, i) => {
    const quote = compact(c.quote);
    const hit = wanted.some(
      (w) => w.article === c.articleId && w.quote.length > 0 && (quote.includes(w.quote) || w.quote.includes(quote)),
    );
    return hit ? [i] : [];
  });
}

/**
 * The whole-knowledge briefing as tables: one row per network and alliance the briefing lists (in its order),
 * and the key figures it quotes. Empty when the answer names none of them.
 */
export function briefingTables(answer: Answer, knowledge: Knowledge): AnswerTable[] {
  const facts = new FactEngine(knowledge);
  const byName = <T extends { name: string }>(values: Iterable<T>) => new Map([...values].map((v) => [v.name, v]));
  const networks = byName(knowledge.networks.values());
  const alliances = byName(knowledge.alliances.values());
  const networkTable: AnswerTable = {
    title: "产业协同创新网络",
    columns: [
      { key: "name", label: "网络" },
      { key: "launch", label: "成立" },
      { key: "venue", label: "地点" },
      { key: "lead", label: "牵头" },
      { key: "members", label: "成员" },
    ],
    rows: [],
  };
  const allianceTable: AnswerTable = {
    title: "高新区联盟",
    columns: [
      { key: "name", label: "联盟" },
      { key: "founded", label: "成立" },
      { key: "members", label: "成员" },
      { key: "secretariat", label: "秘书处" },
    ],
    rows: [],
  };
  for (const item of answer.items ?? []) {
    const n = networks.get(item.name);
    if (n) {
      const evidence = [...(n.launch?.evidence ?? []), ...(n.lead?.evidence ?? []), ...(n.members?.evidence ?? [])];
      networkTable.rows.push({
        cells: {
          // The table's title says "产业协同创新网络": the field is the name users know (人工智能, 新型显示 …).
          name: n.field,
          launch: n.launch?.date ? formatDate(n.launch.date) : "—",
          venue: n.launch?.venue ? facts.zoneName(n.launch.venue) : "—",
          lead: n.lead ? facts.zoneName(n.lead.zone) : "—",
          members: n.members ? (n.members.partial ? "名单不完整" : `${n.members.zones.length}家`) : "—",
        },
        cites: item.cites ?? citesOf(answer, evidence),
      });
      continue;
    }
    const a = alliances.get(item.name);
    if (a) {
      const evidence = [
        ...(a.founded?.evidence ?? []),
        ...(a.members?.evidence ?? []),
        ...(a.initiator?.evidence ?? []),
        ...(a.secretariat?.evidence ?? []),
      ];
      const stated = a.members?.statedCount;
      allianceTable.rows.push({
        cells: {
          name: a.name,
          founded: a.founded ? formatDate(a.founded.date) : "—",
          members: stated ? `${stated}家${a.members?.partial ? "（未全部点名）" : ""}` : "—",
          secretariat: a.secretariat ? facts.zoneName(a.secretariat.zone) : "—",
        },
        cites: item.cites ?? citesOf(answer, evidence),
      });
    }
  }
  // The key figures the briefing states ("label：value…"), in its order.
  const figures = knowledge.figures
    .map((f) => ({ f, at: answer.answer.indexOf(`${f.label}：`) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at);
  const figureTable: AnswerTable = {
    title: "关键数据",
    columns: [
      { key: "label", label: "指标" },
      { key: "value", label: "数值" },
    ],
    rows: figures.map(({ f }) => ({
      cells: { label: f.label, value: `${f.value}${f.unit}${f.note ? `（${f.note}）` : ""}` },
      cites: citesOf(answer, f.evidence),
    })),
  };
  return [networkTable, allianceTable, figureTable].filter((t) => t.rows.length > 0);
}

/** The answer with what its card needs: the question (feedback buttons) and, for the briefing, its tables. */
export function presentAnswer(
  answer: Answer,
  context: { question: string; briefing?: boolean; knowledge?: Knowledge | undefined },
): CardAnswer {
  const out: CardAnswer = { ...answer, question: context.question };
  if (context.briefing && context.knowledge && answer.kind !== "none") {
    const tables = briefingTables(answer, context.knowledge);
    // Only when every listed network and alliance found its row: otherwise the list stays as it is.
    const rows = tables.filter((t) => t.title !== "关键数据").reduce((s, t) => s + t.rows.length, 0);
    if (tables.length > 0 && rows === (answer.items?.length ?? 0)) out.tables = tables;
  }
  return out;
}

/** A few questions the bot answers, made from the knowledge (names as users type them). */
export function exampleQuestions(knowledge: Knowledge | undefined): string[] {
  if (!knowledge) return ["有哪些产业协同创新网络", "有哪些高新区联盟"];
  const facts = new FactEngine(knowledge);
  const networks = [...knowledge.networks.values()];
  const alliances = [...knowledge.alliances.values()];
  const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
  const out: string[] = [];
  const n0 = pick(networks, 0);
  if (n0) out.push(`${n0.field}网络有哪些成员`);
  const dated = networks.filter((n) => n.launch?.date);
  const n1 = pick(dated, 1);
  if (n1) out.push(`${n1.field}网络是哪天成立的`);
  const counted = networks.filter((n) => n.members && !n.members.partial);
  const n2 = pick(counted, 2);
  if (n2) out.push(`${n2.field}网络有多少家高新区`);
  const led = networks.filter((n) => n.lead);
  const n3 = pick(led, 4);
  if (n3) out.push(`${n3.field}网络的牵头单位是谁`);
  const placed = networks.filter((n) => n.launch?.venue);
  const n4 = pick(placed, 1);
  if (n4 && n4 !== n1) out.push(`${n4.field}网络在哪里启动`);
  // The zone in the most networks.
  const busiest = [...knowledge.memberships.entries()].sort((a, b) => b[1].networks.length - a[1].networks.length)[0];
  if (busiest && busiest[1].networks.length > 1) out.push(`${facts.zoneName(busiest[0])}参加了哪些协同创新网络`);
  const a0 = alliances.find((a) => a.founded);
  if (a0) out.push(`${a0.name}什么时候成立`);
  return [...new Set(out)];
}

/** The /帮助 text: what the bot knows (counted and named from the knowledge), example questions and commands. */
export function helpText(botName: string, knowledge: Knowledge | undefined): string {
  const networks = knowledge ? [...knowledge.networks.values()] : [];
  const alliances = knowledge ? [...knowledge.alliances.values()] : [];
  const first = networks[0];
  const scopeExample = first ? first.field : "网络名";
  const covers = knowledge
    ? `${networks.length}个产业协同创新网络（${networks.map((n) => n.field).join("、")}）和${alliances.length}个高新区联盟（${alliances
        .map((a) => a.name)
        .join("、")}）`
    : "国家高新区产业协同创新网络和高新区联盟";
  return [
    `我是${botName}，回答${covers}的问题，每个答案都附原文出处。`,
    "",
    "可以这样问：",
    ...exampleQuestions(knowledge).map((q) => `• ${q}`),
    "",
    "命令：",
    `• /简报 — ${knowledge ? `${networks.length}个网络（成立日期、地点、牵头单位、成员数）、${alliances.length}个联盟` : "网络、联盟"}和关键数据一览`,
    `• /简报 ${scopeExample} — 只看一个网络、联盟或高新区`,
    `• /订阅 ${scopeExample} — 有新动态（新成员、会议、签约等）时通知这个会话；/订阅 订阅全部；加“每日”改为每天 09:00 摘要`,
    `• /订阅列表、/退订 ${scopeExample} — 查看或取消订阅`,
    "• /帮助 — 显示这段说明",
    "",
    "在群里请先 @我 再提问；私聊直接问即可。",
  ].join("\n");
}
