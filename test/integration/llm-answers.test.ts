/**
 * LLM-written passage answers with the real engine and the fake OpenAI-compatible server: what is sent (only
 * passages; facts never), what survives the guard for each kind of model, the fallbacks, and the streaming card
 * through the real app (placeholder at once, in-place updates, final answer) with the webhook ack not waiting.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import type { Answer } from "../../src/answer/types.ts";
import { parseArticle } from "../../src/knowledge/load.ts";
import { createChatClient, type LlmSettings } from "../../src/llm/client.ts";
import { createLlmComposer, withLlm } from "../../src/llm/compose.ts";
import { createLogger } from "../../src/log.ts";
import {
  type Behaviour,
  type ChatRequest,
  FakeOpenAI,
  faithful,
  ignoresCitations,
  inventsMember,
  inventsNumber,
  inventsPerson,
  negatesPassage,
  obeysInjection,
  phishingLink,
  swapsRole,
} from "../fakes/openai-server.ts";
import { startHarness, visibleText } from "../injection/harness.ts";

const KEY = "sk-canary-answers-1a2b3c4d5e6f";
const OPEN = "集成电路产业链上下游是如何分工的";
const dataDir = mkdtempSync(join(tmpdir(), "llm-answers-"));
let engine: Engine;
let fake: FakeOpenAI;
let extractive: Answer;

beforeAll(async () => {
  [engine, fake] = await Promise.all([createEngine({ dataDir }), FakeOpenAI.start()]);
  extractive = await engine.answer(OPEN);
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function llmEngine(over: Partial<LlmSettings> = {}) {
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", sink: (l) => logs.push(l), secrets: [KEY] });
  const client = createChatClient({
    settings: { baseUrl: fake.url, apiKey: KEY, model: "fake-model", timeoutMs: 2000, stream: false, ...over },
    logger,
    sleep: async () => {},
  });
  return { engine: withLlm(engine, createLlmComposer({ client, logger, secrets: [KEY] })), logs };
}

function model(write: (r: ChatRequest) => string, extra: Partial<Behaviour> = {}) {
  fake.behave = (r) => ({ kind: "answer", text: write(r), ...extra }) as Behaviour;
}

/** Every citation quote stands word for word in its article. */
function quotesAreExact(answer: Answer) {
  for (const c of answer.citations) {
    const file = engine.knowledge.articles.get(c.articleId)?.file ?? "";
    expect(parseArticle(readFileSync(file, "utf8"), file).body).toContain(c.quote);
  }
}

describe("LLM passage answers", () => {
  it("precondition: the open question has an extractive passage answer with several quotes", () => {
    expect(extractive.kind).toBe("passage");
    expect(extractive.citations.length).toBeGreaterThanOrEqual(1);
  });

  it("a faithful model: generated text with [n] markers, citations renumbered, quotes exact", async () => {
    fake.behave = (r) => ({ kind: "answer", text: faithful(r) });
    const { engine: e } = llmEngine();
    const before = fake.requests.length;
    const a = await e.answer(OPEN);
    expect(fake.requests.length - before).toBe(1);
    expect(a.generated).toMatchObject({ model: "fake-model", dropped: 0 });
    expect(a.answer).toMatch(/\[1\]/);
    const markers = [...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(Math.max(...markers)).toBe(a.citations.length);
    quotesAreExact(a);
    // The prompt carried the passages and the question, and nothing about facts or configuration.
    const sent = fake.requests.at(-1);
    expect(sent?.user).toContain(OPEN);
    expect(sent?.user).toContain(`[1] 《${extractive.citations[0]?.title}》`);
    expect(sent?.user).not.toContain(KEY);
  });

  it("facts and refusals never reach the model", async () => {
    const { engine: e } = llmEngine();
    const before = fake.requests.length;
    const fact = await e.answer("物联网网络有哪些成员");
    const none = await e.answer("今天北京天气怎么样");
    expect(fact.kind).toBe("fact");
    expect(fact.generated).toBeUndefined();
    expect(none.kind).toBe("none");
    expect(fake.requests.length).toBe(before);
  });

  it("a model inventing a member: that sentence is dropped, the rest is kept", async () => {
    model(inventsMember);
    const a = await llmEngine().engine.answer(OPEN);
    expect(a.answer).not.toContain("拉萨");
    if (a.generated) expect(a.generated.dropped).toBeGreaterThanOrEqual(1);
    quotesAreExact(a);
  });

  it("a model inventing a number: never shown (dropped, or the extractive answer)", async () => {
    model(inventsNumber);
    const a = await llmEngine().engine.answer(OPEN);
    expect(a.answer).not.toContain("987");
    quotesAreExact(a);
  });

  // Issue 16.2: fabrications whose every word stands in some passage; each must be dropped (or the whole
  // answer fall back to the extractive one), never shown.
  it.each<[string, (r: ChatRequest) => string, RegExp]>([
    ["swaps a role (无锡 leading the IC network)", swapsRole, /无锡高新区牵头建设国家高新区集成电路/],
    ["negates what a passage says", negatesPassage, /并未认为|并非/],
    ["invents a person", inventsPerson, /王小明/],
    ["adds a phishing link", phishingLink, /点击领取补贴|https?:|example\.com/],
  ])("a model that %s: never shown", async (_name, write, fabricated) => {
    model(write);
    const a = await llmEngine().engine.answer(OPEN);
    expect(a.answer).not.toMatch(fabricated);
    if (a.generated) expect(a.generated.dropped).toBeGreaterThanOrEqual(1);
    quotesAreExact(a);
  });

  it.each<[string, () => void]>([
    ["ignores the citation format", () => model(ignoresCitations)],
    ["obeys injected instructions (echoes prompt and env)", () => model(obeysInjection({ LLM_API_KEY: KEY }))],
    ["answers 429 three times", () => fake.sequence([429, 429, 429].map((s) => ({ kind: "status", status: s })))],
    ["answers 500 three times", () => fake.sequence([500, 500, 500].map((s) => ({ kind: "status", status: s })))],
    ["answers malformed JSON", () => fake.sequence([{ kind: "malformed" }])],
    ["is too slow", () => fake.sequence([{ kind: "answer", text: "迟到。[1]", delayMs: 800 }])],
  ])("a model that %s → the extractive answer, unchanged", async (_name, arrange) => {
    arrange();
    const { engine: e, logs } = llmEngine({ timeoutMs: 400 });
    const a = await e.answer(OPEN);
    expect(a).toEqual(extractive);
    expect(logs.join("\n")).not.toContain(KEY);
    fake.behave = (r) => ({ kind: "answer", text: faithful(r) });
  });

  it("streaming: partial answers carry only guarded sentences; the final one is complete", async () => {
    model((r) => `${inventsMember(r)}`, { chunkChars: 4, chunkDelayMs: 1 });
    const { engine: e } = llmEngine({ stream: true });
    const partials: Answer[] = [];
    const a = await e.answer(OPEN, { onProgress: (p) => partials.push(p) });
    expect(partials.length).toBeGreaterThanOrEqual(2);
    expect(partials[0]?.generated).toMatchObject({ sentences: 0, partial: true }); // the "writing…" signal
    for (const p of partials) {
      expect(p.generated?.partial).toBe(true);
      expect(p.answer).not.toContain("拉萨");
    }
    expect(a.generated?.partial).toBeUndefined();
    expect(a.answer).not.toContain("拉萨");
  });
});

describe("the streaming card through the bot", () => {
  it("ack at once; a card right away, updated in place while the model writes, then the final answer", async () => {
    model(faithful, { delayMs: 300, chunkChars: 3, chunkDelayMs: 40 });
    const { engine: e } = llmEngine({ stream: true });
    const h = await startHarness({
      engine: e,
      progress: { slowAfterMs: 1000, minUpdateIntervalMs: 50 },
      secrets: [KEY],
    });
    try {
      const { status, ackMs, messageId } = await h.send({ text: OPEN });
      expect(status).toBe(200);
      expect(ackMs).toBeLessThan(300); // the model's first byte takes 300 ms; the ack did not wait for it
      await h.bot.idle();
      await h.fake.settled();
      const replies = h.fake.replies().filter((p) => p.target === messageId);
      expect(replies).toHaveLength(1); // one message, updated in place
      const updates = h.fake.updates.filter((u) => u.messageId === replies[0]?.messageId);
      expect(updates.length).toBeGreaterThanOrEqual(2);
      const first = visibleText(replies[0]?.content ?? "{}");
      expect(first).toContain("[1]");
      expect(first).toContain("根据引文写成"); // marked as generated
      expect(first).not.toContain("生成中");
      const placeholder = h.fake.calls.find((c) => c.route === "reply")?.body as { content?: string } | undefined;
      expect(visibleText(placeholder?.content ?? "{}")).toContain("正在根据引文生成摘要");
      expect(visibleText(updates[0]?.content ?? "{}")).toContain("生成中");
      expect(h.logs.join("\n")).not.toContain(KEY);
    } finally {
      await h.close();
    }
  });

  it("if the card cannot be updated, the final answer arrives as a new reply (own uuid)", async () => {
    model(faithful, { delayMs: 50 });
    const { engine: e } = llmEngine({ stream: true });
    const h = await startHarness({ engine: e, progress: { slowAfterMs: 1000, minUpdateIntervalMs: 0 } });
    h.fake.fail({ route: "update", times: 100, status: 400, body: { code: 230099, msg: "card refused" } });
    try {
      const { messageId } = await h.send({ text: OPEN });
      await h.bot.idle();
      const replies = h.fake.replies().filter((p) => p.target === messageId);
      expect(replies).toHaveLength(2);
      expect(replies[0]?.uuid).not.toBe(replies[1]?.uuid);
      expect(visibleText(replies[0]?.content ?? "{}")).toContain("正在根据引文生成摘要");
      expect(visibleText(replies[1]?.content ?? "{}")).toContain("根据引文写成");
    } finally {
      await h.close();
    }
  });

  it("a fast extractive answer is one plain reply, no placeholder, no update", async () => {
    const h = await startHarness({ engine, progress: { slowAfterMs: 1000 } });
    try {
      const { messageId } = await h.send({ text: "物联网网络有哪些成员" });
      await h.bot.idle();
      expect(h.fake.replies().filter((p) => p.target === messageId)).toHaveLength(1);
      expect(h.fake.updates).toHaveLength(0);
    } finally {
      await h.close();
    }
  });

  it("a slow engine without an LLM: 正在检索… after slowAfterMs, then replaced by the answer", async () => {
    const slow = {
      get knowledge() {
        return engine.knowledge;
      },
      briefing: (s?: string) => engine.briefing(s),
      answer: async (q: string) => {
        await new Promise((r) => setTimeout(r, 250));
        return engine.answer(q);
      },
    };
    const h = await startHarness({ engine: slow, progress: { slowAfterMs: 50, minUpdateIntervalMs: 10 } });
    try {
      const { messageId } = await h.send({ text: "物联网网络有哪些成员" });
      await h.bot.idle();
      const replies = h.fake.replies().filter((p) => p.target === messageId);
      expect(replies).toHaveLength(1);
      expect(h.fake.calls.find((c) => c.route === "reply")?.body).toMatchObject({
        content: expect.stringContaining("正在检索"),
      });
      expect(h.fake.updates).toHaveLength(1);
      expect(visibleText(replies[0]?.content ?? "{}")).toContain("鹰潭");
    } finally {
      await h.close();
    }
  });
});
