/**
 * Optional model extraction (issue 14 item 8) against the fake OpenAI-compatible server, through the real add path
 * (src/admin/add.ts over in-memory stores) and the real learning pipeline: a checked proposal is kept and stored
 * with the article, so loading again never calls the model; a quote not in the article, a value not in its quote,
 * an unknown name, a malformed reply, a timeout and an open circuit each leave the patterns' facts unchanged, and
 * what was dropped is reported with the reason. Pattern facts win over a model's different value.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addArticle, loadAdded, previewArticle } from "../../src/admin/add.ts";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { chineseNumber, createModelExtractor, dateIn, type ModelExtractor } from "../../src/knowledge/extract/llm.ts";
import { readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { createChatClient } from "../../src/llm/client.ts";
import { silentLogger } from "../../src/log.ts";
import { createMemoryNoticeStores } from "../../src/store/subscriptions-memory.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import { type Behaviour, FakeOpenAI } from "../fakes/openai-server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SECRETARIAT = "生物医药网络秘书处的日常工作交由西安高新区承担";
const BODY = `国家高新区生物医药产业协同创新网络在成都高新区启动
本报讯 11月20日，国家高新区生物医药产业协同创新网络启动大会在成都高新区举行。成都高新区联合武汉东湖高新区、苏州工业园区、西安高新区等7家国家高新区，共同成立国家高新区生物医药产业协同创新网络。
${SECRETARIAT}。会上，成都高新区管委会主任王建国介绍了三年目标。`;
const ARTICLE = { id: "bio-net", title: "生物医药网络启动", date: "2025-11-21", body: BODY };

const reply = (facts: unknown[]): Behaviour => ({ kind: "answer", text: JSON.stringify({ facts }) });
const secretariat = { fact: "secretariat", group: "生物医药网络", zone: "西安高新区", quote: SECRETARIAT };

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await FakeOpenAI.start();
});
afterAll(async () => {
  await fake.close();
});

function extractor(timeoutMs = 3000): ModelExtractor {
  const client = createChatClient({
    settings: { baseUrl: fake.url, apiKey: undefined, model: "fake-model", timeoutMs, stream: false },
    logger: silentLogger(),
    maxAttempts: 1,
  });
  return createModelExtractor({ client, logger: silentLogger() });
}

function deps(modelFacts?: ModelExtractor) {
  const stores = createMemoryNoticeStores();
  return { stores, deps: { added: stores.added, outbox: stores.outbox, baseFiles: readKnowledgeFiles, modelFacts } };
}

type Body = {
  learned: { networks: Array<{ id: string; secretariat?: string; lead?: string }> };
  dropped: Array<{ entity: string; article: string; reason: string }>;
  model?: { model: string; kept?: number; error?: string };
};

async function preview(behaviour: Behaviour | undefined, ex: ModelExtractor | null = extractor()): Promise<Body> {
  if (behaviour) fake.behave = () => behaviour;
  const outcome = await previewArticle(deps(ex ?? undefined).deps, ARTICLE);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.body as Body;
}

const bio = (b: Body) => b.learned.networks.find((n) => n.id === "shengwuyiyao");

describe("model extraction: off by default", () => {
  it("without a model the patterns alone learn, and they miss the secretariat", async () => {
    const before = fake.requests.length;
    const body = await preview(undefined, null);
    expect(bio(body)?.lead).toBe("成都高新区");
    expect(bio(body)?.secretariat).toBeUndefined();
    expect(body.model).toBeUndefined();
    expect(fake.requests.length).toBe(before);
  });
});

describe("model extraction: what is kept", () => {
  it("keeps a proposal whose quote stands in the article and whose values stand in the quote", async () => {
    const body = await preview(reply([secretariat]));
    expect(bio(body)?.secretariat).toBe("西安高新区");
    expect(body.model).toMatchObject({ model: "fake-model", kept: 1 });
    expect(body.dropped).toEqual([]);
    // The model saw the cleaned article and the known group names, as one non-streamed JSON request.
    const sent = fake.requests.at(-1);
    expect(sent?.user).toContain(SECRETARIAT);
    expect(sent?.user).toContain("国家高新区物联网产业协同创新网络");
  });

  it("stores what it kept with the article: loading again answers from it without calling the model", async () => {
    fake.behave = () => reply([secretariat]);
    const { stores, deps: d } = deps(extractor());
    const outcome = await addArticle(d, ARTICLE);
    expect(outcome).toMatchObject({ ok: true, status: 201 });
    const calls = fake.requests.length;
    const k = loadKnowledge(undefined, await loadAdded(stores.added));
    expect(k.networks.get("shengwuyiyao")?.secretariat).toMatchObject({
      zone: "xian",
      evidence: [{ article: "bio-net", quote: SECRETARIAT }],
    });
    expect(k.learning.learned.get("bio-net")?.inferences).toContainEqual({
      path: "networks.shengwuyiyao.secretariat",
      note: "由模型 fake-model 提议，引文与数值已核对",
    });
    expect(fake.requests.length).toBe(calls);
  });

  it("the same article posted again is not sent to the model a second time", async () => {
    fake.behave = () => reply([secretariat]);
    const { deps: d } = deps(extractor());
    await addArticle(d, ARTICLE);
    const calls = fake.requests.length;
    expect(await addArticle(d, ARTICLE)).toMatchObject({ ok: true, status: 200 });
    expect(fake.requests.length).toBe(calls);
  });
});

describe("model extraction: what is dropped, and why", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      "a quote that is not in the article",
      { ...secretariat, quote: "生物医药网络秘书处设在西安高新区" },
      /quote does not stand in the article/,
    ],
    ["a zone that is not in its quote", { ...secretariat, zone: "无锡高新区" }, /not in its quote: 无锡高新区/],
    [
      "a count that is not in its quote",
      { fact: "count", group: "生物医药网络", count: 9, quote: SECRETARIAT },
      /not in its quote: 9/,
    ],
    [
      "a date that is not in its quote",
      { fact: "launch", group: "生物医药网络", date: "2025-11-20", quote: SECRETARIAT },
      /not in its quote: 2025-11-20/,
    ],
    [
      "a group the knowledge does not name",
      { fact: "secretariat", group: "日常工作", zone: "西安高新区", quote: SECRETARIAT },
      /no network or alliance is named "日常工作"/,
    ],
    [
      "a proposal of another shape (an answer, extra fields)",
      { fact: "answer", text: "生物医药网络有100家成员", quote: SECRETARIAT },
      /no known shape/,
    ],
  ];
  for (const [what, proposal, reason] of cases) {
    it(`drops ${what}`, async () => {
      const body = await preview(reply([proposal]));
      expect(bio(body)?.secretariat).toBeUndefined();
      expect(body.dropped).toHaveLength(1);
      expect(body.dropped[0]).toMatchObject({ article: "bio-net" });
      expect(body.dropped[0]?.reason).toMatch(reason);
    });
  }

  it("the curated files win: a model's different lead for a curated network is dropped and reported", async () => {
    const quote = "人工智能网络的日常协调工作交由西安高新区承担";
    fake.behave = () => reply([{ fact: "lead", group: "人工智能网络", zone: "西安高新区", quote }]);
    const outcome = await previewArticle(deps(extractor()).deps, { ...ARTICLE, body: `${BODY}\n${quote}。` });
    if (!outcome.ok) throw new Error(outcome.message);
    const body = outcome.body as Body & { conflicts: unknown[] };
    expect(body.dropped.map((d) => d.reason)).toEqual([
      "model proposal: the knowledge already states lead differently; it is kept",
    ]);
    expect(body.conflicts).toEqual([]);
  });

  it("the patterns win: a model's different lead is dropped and reported, theirs kept", async () => {
    const quote = "成都高新区联合武汉东湖高新区、苏州工业园区、西安高新区等7家国家高新区";
    const body = await preview(
      reply([
        {
          fact: "lead",
          group: "国家高新区生物医药产业协同创新网络",
          zone: "武汉东湖高新区",
          quote: `${quote}，共同成立国家高新区生物医药产业协同创新网络`,
        },
      ]),
    );
    expect(bio(body)?.lead).toBe("成都高新区");
    expect(body.dropped[0]?.reason).toMatch(/patterns state lead differently/);
  });
});

describe("model extraction: failures leave the patterns' result unchanged", () => {
  const failures: Array<[string, Behaviour, string]> = [
    ["a reply that is not JSON", { kind: "answer", text: "好的，以下是事实：秘书处在西安。" }, "E_LLM_BAD_RESPONSE"],
    ["a malformed HTTP body", { kind: "malformed" }, "E_LLM_BAD_RESPONSE"],
    ["JSON of another shape", { kind: "answer", text: '{"answer": "秘书处在西安高新区"}' }, "E_LLM_BAD_RESPONSE"],
    ["a server error", { kind: "status", status: 500 }, "E_LLM_HTTP"],
    ["a timeout", { kind: "hang" }, "E_LLM_TIMEOUT"],
  ];
  for (const [what, behaviour, code] of failures) {
    it(`${what} → the article is learned from patterns only (${code})`, async () => {
      const body = await preview(behaviour, extractor(300));
      expect(body.model).toEqual({ model: "fake-model", error: code });
      expect(bio(body)?.lead).toBe("成都高新区");
      expect(bio(body)?.secretariat).toBeUndefined();
    });
  }

  it("an open circuit does not call the model at all", async () => {
    fake.behave = () => ({ kind: "status", status: 500 });
    const ex = extractor();
    for (let i = 0; i < 3; i++) await preview(undefined, ex);
    const calls = fake.requests.length;
    const body = await preview(reply([secretariat]), ex);
    expect(body.model).toEqual({ model: "fake-model", error: "E_LLM_CIRCUIT_OPEN" });
    expect(fake.requests.length).toBe(calls);
  });
});

describe("npm run knowledge -- extract with LLM_* set", () => {
  it("prints the model's kept fact and its report, and stores nothing", async () => {
    fake.behave = () => reply([secretariat]);
    const dir = mkdtempSync(join(tmpdir(), "llm-extract-cli-"));
    try {
      writeFileSync(join(dir, "bio.txt"), BODY);
      const env = {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DATA_DIR: dir,
        LLM_BASE_URL: fake.url,
        LLM_MODEL: "fake-model",
        LLM_STREAM: "0",
      };
      const args = [
        "extract",
        join(dir, "bio.txt"),
        "--id",
        "bio-net",
        "--title",
        "生物医药网络启动",
        "--date",
        "2025-11-21",
      ];
      const out = await new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(
          process.execPath,
          ["--import", "tsx", "scripts/knowledge.ts", ...args],
          { cwd: ROOT, env, encoding: "utf8" },
          (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
        ),
      );
      expect(out.code).toBe(0);
      const body = JSON.parse(out.stdout) as Body;
      expect(bio(body)?.secretariat).toBe("西安高新区");
      expect(body.model).toEqual({ model: "fake-model", proposed: 1, kept: 1 });
      const stores = openSqliteNoticeStores(join(dir, "state.sqlite"));
      expect(await stores.added.articles()).toEqual([]);
      await stores.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("model extraction: value rules", () => {
  it("counts in Chinese numerals and dates given as 月日 in the article's year", () => {
    expect([chineseNumber(7), chineseNumber(12), chineseNumber(20), chineseNumber(23)]).toEqual([
      "七",
      "十二",
      "二十",
      "二十三",
    ]);
    expect(dateIn("2025-11-20", "11月20日，大会举行", "2025-11-21")).toBe("inferred");
    expect(dateIn("2025-11-20", "2025年11月20日，大会举行", null)).toBe("full");
    expect(dateIn("2024-11-20", "11月20日，大会举行", "2025-11-21")).toBeUndefined();
    expect(dateIn("2025-11-20", "2023年11月20日，大会举行", "2025-11-21")).toBeUndefined();
    expect(dateIn("2025-01-02", "11月20日", "2025-11-21")).toBeUndefined();
    // A day after the article's date is last year's, as the patterns read it.
    expect(dateIn("2024-12-28", "12月28日，大会举行", "2025-01-05")).toBe("inferred");
    expect(dateIn("2025-12-28", "12月28日，大会举行", "2025-01-05")).toBeUndefined();
  });
});
