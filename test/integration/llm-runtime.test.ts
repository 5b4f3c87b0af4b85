/**
 * Both optional model steps through the real entry point (`npm start` = src/runtime/node.ts) with LLM_* pointing at
 * the fake OpenAI-compatible server: an article posted to /admin/articles is learned with the model's checked
 * proposal, the answer threads read a question the parser cannot through a proposed query, and after a restart on
 * the same DATA_DIR the stored model facts still answer without the extraction being asked again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READ_SYSTEM_PROMPT } from "../../src/answer/query/llm-read.ts";
import { EXTRACT_SYSTEM_PROMPT } from "../../src/knowledge/extract/llm.ts";
import { type ChatRequest, FakeOpenAI, faithful } from "../fakes/openai-server.ts";
import { spawnRuntime, until } from "../helpers/runtime-process.ts";

const ADMIN_TOKEN = "admin-token-llm-runtime-0123456789";
const SECRETARIAT = "生物医药网络秘书处的日常工作交由西安高新区承担";
const ARTICLE = {
  id: "bio-net",
  title: "生物医药网络启动",
  date: "2025-11-21",
  body: `本报讯 11月20日，国家高新区生物医药产业协同创新网络启动大会在成都高新区举行。成都高新区联合武汉东湖高新区、苏州工业园区、西安高新区等7家国家高新区，共同成立国家高新区生物医药产业协同创新网络。
${SECRETARIAT}。`,
};

let fake: FakeOpenAI;
const dataDir = mkdtempSync(join(tmpdir(), "llm-runtime-"));
const kind = (r: ChatRequest) =>
  r.system.startsWith(EXTRACT_SYSTEM_PROMPT) ? "extract" : r.system.startsWith(READ_SYSTEM_PROMPT) ? "read" : "compose";

beforeAll(async () => {
  fake = await FakeOpenAI.start();
  fake.behave = (r) => {
    if (kind(r) === "extract") {
      const facts = [{ fact: "secretariat", group: "生物医药网络", zone: "西安高新区", quote: SECRETARIAT }];
      return { kind: "answer", text: JSON.stringify({ facts }) };
    }
    if (kind(r) === "read")
      return { kind: "answer", text: JSON.stringify({ query: { q: "list", set: { op: "members", group: "ic" } } }) };
    return { kind: "answer", text: faithful(r) };
  };
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start() {
  const runtime = spawnRuntime({
    DATA_DIR: dataDir,
    ADMIN_TOKEN,
    LLM_BASE_URL: fake.url,
    LLM_MODEL: "fake-model",
    LLM_STREAM: "0",
  });
  const ready = (async () => {
    const base = await until(
      "banner",
      () => /Health: {3}(http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(runtime.stdout())?.[1],
      60_000,
    );
    await until(
      "healthz 200",
      async () => ((await fetch(`${base}/healthz`)).status === 200 ? true : undefined),
      90_000,
    );
    return base;
  })();
  return { runtime, ready };
}

async function ask(base: string, question: string) {
  const r = await fetch(`${base}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question }),
  });
  return (await r.json()) as { answer: string; kind: string; notes?: string[] };
}

describe("npm start with LLM_* set", () => {
  it("learns a model's checked fact when an article is added, reads an unread question, and keeps both across a restart", async () => {
    const first = start();
    let secretariat: Awaited<ReturnType<typeof ask>> | undefined;
    try {
      const base = await first.ready;
      const posted = await fetch(`${base}/admin/articles`, {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify(ARTICLE),
      });
      const body = (await posted.json()) as Record<string, unknown>;
      expect(posted.status).toBe(201);
      expect(body.model).toEqual({ model: "fake-model", proposed: 1, kept: 1 });
      // Without the model's fact this is kind none ("文章没有提到…的秘书处"), naming 西安 only as a member.
      secretariat = await ask(base, "生物医药网络秘书处设在哪里");
      expect(secretariat.kind).toBe("fact");
      expect(secretariat.answer).toContain("西安高新区");

      const read = await ask(base, "芯片那张网里的伙伴们");
      expect(read.kind).toBe("fact");
      expect(read.notes?.[0]).toContain("按“集成电路网络的成员有哪些”理解");
    } finally {
      expect(await first.runtime.stop()).toBe(0);
    }

    const extractions = fake.requests.filter((r) => kind(r) === "extract").length;
    expect(extractions).toBe(1);
    const second = start();
    try {
      const base = await second.ready;
      const again = await ask(base, "生物医药网络秘书处设在哪里");
      expect([again.kind, again.answer]).toEqual([secretariat?.kind, secretariat?.answer]);
      expect(fake.requests.filter((r) => kind(r) === "extract").length).toBe(extractions);
    } finally {
      await second.runtime.stop();
    }
  }, 240_000);
});
