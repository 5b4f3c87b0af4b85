/**
 * The cards of real answers (the real engine and knowledge, through the bot's own respond()), for every question
 * of the golden and blind sets, the briefing and the help's examples:
 *  - every card is valid card JSON 2.0 (test/helpers/card-json-v2.ts) and its send request is under 30 KB;
 *  - a member list names each member once: in the list, never again in the lead above it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { BOT_NAME, exampleQuestions, helpText, respond } from "../../src/bot/handle.ts";
import { FEISHU_BODY_MAX_BYTES, renderCard, requestBodyBytes } from "../../src/feishu/render.ts";
import { decodeEntities } from "../../src/playground/markdown.ts";
import { assertCardJsonV2 } from "../helpers/card-json-v2.ts";

const OPTIONS = { defaultTitle: "高新区协同助手", sourcesLabel: "来源" };
const SETS = ["fact-questions.json", "holdout-questions.json", "blind-1-questions.json"];
const questions = SETS.flatMap(
  (file) => JSON.parse(readFileSync(join(import.meta.dirname, "../golden", file), "utf8")) as Array<{ q: string }>,
).map((x) => x.q);

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

type El = Record<string, unknown>;

async function cardFor(question: string) {
  const decision = question.startsWith("/简报")
    ? ({ action: "briefing", scope: question.slice(3).trim() || undefined } as const)
    : ({ action: "question", text: question } as const);
  const reply = await respond(decision, engine);
  if (reply?.kind !== "answer") throw new Error(`no answer for ${question}`);
  return { answer: reply.answer, card: renderCard(reply.answer, OPTIONS) };
}

describe("cards of real answers", () => {
  it(`every card (${questions.length} questions, the briefing, the examples) is valid card JSON 2.0 and under 30 KB as sent`, async () => {
    const all = [...questions, "/简报", "/简报 物联网", ...exampleQuestions(engine.knowledge)];
    let largest = 0;
    for (const q of all) {
      const { card } = await cardFor(q);
      try {
        assertCardJsonV2(card);
      } catch (error) {
        throw new Error(`${q}: ${String(error)}`);
      }
      largest = Math.max(largest, requestBodyBytes(card));
    }
    console.info(`largest card request body: ${largest} bytes of ${all.length} cards`);
    expect(largest).toBeLessThan(FEISHU_BODY_MAX_BYTES);
  });

  it("a member list names each member once: in the list, not in the lead", async () => {
    let lists = 0;
    for (const q of questions) {
      const { answer, card } = await cardFor(q);
      if (!answer.items?.length || !answer.title?.endsWith("· 成员")) continue;
      lists++;
      // The answer part of the card: everything but the notes, the sources panel and the buttons.
      const shown = card.body.elements
        .filter((e: El) => e.tag === "div" || (e.tag === "markdown" && e.text_size !== "notation"))
        .map((e: El) => decodeEntities(e.tag === "div" ? ((e.text as El).content as string) : (e.content as string)))
        .join("\n");
      for (const item of answer.items) {
        // Count the name where it is not part of a longer member name (上海紫竹高新区 ⊃ 紫竹高新区).
        const longer = answer.items.filter((o) => o.name !== item.name && o.name.includes(item.name));
        let rest = shown;
        for (const o of longer) rest = rest.split(o.name).join("");
        const count = rest.split(item.name).length - 1;
        expect(count, `${q}: ${item.name} in\n${shown}`).toBe(1);
      }
    }
    console.info(`member lists checked: ${lists}`);
    expect(lists).toBeGreaterThan(10);
  });
});

describe("/帮助 from the knowledge", () => {
  it("counts and names what /简报 shows, and every example question is answered", async () => {
    const k = engine.knowledge;
    const help = helpText(BOT_NAME, k);
    const briefing = await respond({ action: "briefing", scope: undefined }, engine);
    if (briefing?.kind !== "answer") throw new Error("no briefing");
    const tables =
      (briefing.answer as { tables?: Array<{ title: string; rows: Array<{ cites?: number[] }> }> }).tables ?? [];
    // Every row of the briefing is tied to at least one of its quotes.
    for (const t of tables) for (const row of t.rows) expect(row.cites?.length, t.title).toBeGreaterThan(0);
    const networks = tables.find((t) => t.title === "产业协同创新网络")?.rows.length;
    const alliances = tables.find((t) => t.title === "高新区联盟")?.rows.length;
    expect(networks).toBe(k.networks.size);
    expect(alliances).toBe(k.alliances.size);
    expect(help).toContain(`/简报 — ${networks}个网络`);
    expect(help).toContain(`${alliances}个联盟`);
    for (const n of k.networks.values()) expect(help).toContain(n.field);
    for (const a of k.alliances.values()) expect(help).toContain(a.name);
    const examples = exampleQuestions(k);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const q of examples) {
      expect(help).toContain(`• ${q}`);
      expect((await engine.answer(q)).kind, q).toBe("fact");
    }
  });
});
