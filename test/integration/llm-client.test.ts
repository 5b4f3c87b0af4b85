/**
 * The chat-completions client over real HTTP against the fake OpenAI-compatible server: JSON and streamed
 * answers, timeouts, retries with backoff (virtual sleep), malformed bodies, the circuit breaker, and the API key
 * never reaching a log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatClient, type LlmSettings } from "../../src/llm/client.ts";
import { createLogger } from "../../src/log.ts";
import { FakeOpenAI } from "../fakes/openai-server.ts";

const KEY = "sk-canary-llm-7f3a9c1e5b2d";
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await FakeOpenAI.start();
});
afterAll(() => fake.close());

function client(over: Partial<LlmSettings> = {}) {
  const logs: string[] = [];
  const sleeps: number[] = [];
  const c = createChatClient({
    settings: { baseUrl: fake.url, apiKey: KEY, model: "fake-model", timeoutMs: 2000, stream: false, ...over },
    logger: createLogger({ level: "debug", sink: (l) => logs.push(l) }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { c, logs, sleeps };
}
const messages = [{ role: "user" as const, content: "[1] 《t》无锡高新区牵头。" }];

describe("chat client", () => {
  it("JSON answer: model, bearer key and messages are sent; the text comes back", async () => {
    fake.sequence([{ kind: "answer", text: "无锡高新区牵头。[1]" }]);
    const { c } = client();
    expect(await c.complete(messages)).toBe("无锡高新区牵头。[1]");
    const req = fake.requests.at(-1);
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req?.model).toBe("fake-model");
    expect(req?.stream).toBe(false);
    expect(req?.body.temperature).toBe(0);
  });

  it("streaming: server-sent events arrive piece by piece, in order", async () => {
    fake.sequence([{ kind: "answer", text: "无锡高新区牵头联合十一家高新区。[1]", chunkChars: 3, chunkDelayMs: 2 }]);
    const { c } = client({ stream: true });
    const pieces: string[] = [];
    const text = await c.complete(messages, { onDelta: (p) => pieces.push(p) });
    expect(text).toBe("无锡高新区牵头联合十一家高新区。[1]");
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join("")).toBe(text);
    expect(fake.requests.at(-1)?.headers.accept).toBe("text/event-stream");
  });

  it("429 with Retry-After and 500 are retried with backoff; the third attempt answers", async () => {
    fake.sequence([
      { kind: "status", status: 429, retryAfter: "2" },
      { kind: "status", status: 503 },
      { kind: "answer", text: "好。[1]" },
    ]);
    const { c, sleeps } = client();
    const before = fake.requests.length;
    expect(await c.complete(messages)).toBe("好。[1]");
    expect(fake.requests.length - before).toBe(3);
    expect(sleeps).toEqual([2000, 1000]); // Retry-After honoured, then exponential (500 · 2)
  });

  it("gives up after 3 attempts with E_LLM_HTTP; 4xx is not retried", async () => {
    fake.sequence([
      { kind: "status", status: 500 },
      { kind: "status", status: 500 },
      { kind: "status", status: 500 },
      { kind: "status", status: 401 },
    ]);
    const { c } = client();
    await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_HTTP", httpStatus: 500 });
    const before = fake.requests.length;
    await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_HTTP", httpStatus: 401 });
    expect(fake.requests.length - before).toBe(1);
  });

  it("a slow model and a hanging one time out (E_LLM_TIMEOUT), without retrying", async () => {
    fake.sequence([{ kind: "answer", text: "迟到。[1]", delayMs: 1500 }, { kind: "hang" }]);
    const { c } = client({ timeoutMs: 300 });
    const started = Date.now();
    await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_TIMEOUT" });
    await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_TIMEOUT" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a stream that stalls midway times out too", async () => {
    fake.sequence([{ kind: "answer", text: "这是一段很慢的回答。[1]", chunkChars: 2, chunkDelayMs: 200 }]);
    const { c } = client({ timeoutMs: 300, stream: true });
    await expect(c.complete(messages, { onDelta: () => {} })).rejects.toMatchObject({ code: "E_LLM_TIMEOUT" });
  });

  it("malformed JSON and malformed event streams are E_LLM_BAD_RESPONSE", async () => {
    fake.sequence([{ kind: "malformed" }, { kind: "malformed" }]);
    await expect(client().c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_BAD_RESPONSE" });
    await expect(client({ stream: true }).c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_BAD_RESPONSE" });
  });

  it("the circuit opens after 3 failed calls: the 4th fails at once without a request", async () => {
    fake.sequence([
      { kind: "status", status: 400 },
      { kind: "status", status: 400 },
      { kind: "status", status: 400 },
    ]);
    const { c, logs } = client();
    for (let i = 0; i < 3; i++) await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_HTTP" });
    const before = fake.requests.length;
    await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_CIRCUIT_OPEN" });
    expect(fake.requests.length).toBe(before);
    expect(c.breaker.state).toBe("open");
    expect(logs.join("\n")).not.toContain(KEY);
  });

  it("an unreachable endpoint is E_LLM_NETWORK after retries", async () => {
    const { c } = client({ baseUrl: "http://127.0.0.1:9/v1" });
    await expect(c.complete(messages)).rejects.toMatchObject({ code: "E_LLM_NETWORK" });
  });
});
