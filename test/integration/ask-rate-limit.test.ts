/**
 * POST /api/ask and the playground's other question routes are rate-limited per client and globally, with a
 * clear 429 {"code": "E_RATE_LIMIT"} — so a flood of requests cannot become a flood of model calls. Real HTTP to
 * the real app; clients told apart by their loopback address (127.0.0.1, 127.0.0.2, …); virtual time.
 * Also: the JSON of /api/ask carries the `generated` marker when a model wrote the text.
 */
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import type { BotEngine } from "../../src/bot/handle.ts";
import { fakeEngine, startBot, type TestBot } from "./helpers.ts";

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

type Reply = { status: number; json: Record<string, unknown>; retryAfter: string | undefined };

/** One HTTP request from the loopback address `from` (the client's identity for the limiter). */
function call(base: string, from: string, path: string, body?: unknown): Promise<Reply> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: body === undefined ? "GET" : "POST",
        localAddress: from,
        headers: body === undefined ? {} : { "content-type": "application/json" },
      },
      (res) => {
        let text = "";
        res.on("data", (d: Buffer) => {
          text += d.toString();
        });
        res.on("end", () => {
          const retry = res.headers["retry-after"];
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), retryAfter: retry });
        });
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const ask = (from: string, question = "物联网网络有哪些成员") => call(t?.url ?? "", from, "/api/ask", { question });

describe("rate limits on the question routes", () => {
  it("per client: past the limit 429 E_RATE_LIMIT (scope client, Retry-After); others unaffected; refilled later", async () => {
    const { engine, calls } = fakeEngine();
    t = await startBot({
      localMode: true,
      verificationToken: "",
      engine,
      askRate: { perClientPerMinute: 3, globalPerMinute: 100 },
    });
    for (let i = 0; i < 3; i++) expect((await ask("127.0.0.1")).status).toBe(200);
    const refused = await ask("127.0.0.1");
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ code: "E_RATE_LIMIT", scope: "client" });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.json.retryAfterSeconds).toBe(Number(refused.retryAfter));
    expect(calls).toHaveLength(3); // the refused question never reached the engine
    expect((await ask("127.0.0.2")).status).toBe(200);
    // The GET route counts against the same client budget.
    expect((await call(t.url, "127.0.0.1", "/local/ask?q=x")).status).toBe(429);
    t.time.advance(60_000);
    expect((await ask("127.0.0.1")).status).toBe(200);
    expect(t.logs.some((l) => l.includes("E_RATE_LIMIT"))).toBe(true);
  });

  it("global: many clients together are capped too (scope global)", async () => {
    const { engine, calls } = fakeEngine();
    t = await startBot({
      localMode: true,
      verificationToken: "",
      engine,
      askRate: { perClientPerMinute: 10, globalPerMinute: 4 },
    });
    const statuses: number[] = [];
    for (const from of ["127.0.0.1", "127.0.0.2", "127.0.0.3"]) {
      for (let i = 0; i < 2; i++) statuses.push((await ask(from)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    expect((await ask("127.0.0.4")).json).toMatchObject({ code: "E_RATE_LIMIT", scope: "global" });
    expect(calls).toHaveLength(4);
  });

  it("requests that ask nothing (the page, its assets) are not counted", async () => {
    t = await startBot({
      localMode: true,
      verificationToken: "",
      askRate: { perClientPerMinute: 1, globalPerMinute: 1 },
    });
    for (let i = 0; i < 5; i++) {
      const page = await fetch(`${t.url}/`);
      expect(page.status).toBe(200);
      await page.text();
    }
    expect((await ask("127.0.0.1")).status).toBe(200);
    expect((await ask("127.0.0.1")).status).toBe(429);
  });
});

describe("/api/ask JSON", () => {
  it("carries the generated marker for model-written text, and none for extractive text", async () => {
    const { engine: base } = fakeEngine();
    const engine: BotEngine = {
      async answer(question) {
        const a = await base.answer(question);
        if (!question.includes("摘要")) return a;
        return { ...a, kind: "passage", generated: { model: "fake-model", sentences: 1, dropped: 0 } } satisfies Answer;
      },
      briefing: (s) => base.briefing(s),
    };
    t = await startBot({ localMode: true, verificationToken: "", engine });
    const generated = await ask("127.0.0.1", "写个摘要");
    expect(generated.status).toBe(200);
    expect(generated.json.generated).toEqual({ model: "fake-model", sentences: 1, dropped: 0 });
    const extractive = await ask("127.0.0.1", "物联网网络有哪些成员");
    expect(extractive.json).not.toHaveProperty("generated");
  });
});
