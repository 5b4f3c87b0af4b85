/**
 * The optional OpenAI-compatible embeddings, against a local fake endpoint: request shape, auth, order of
 * returned vectors, errors with codes, retries, timeouts, index paths per endpoint/model, and retrieval that
 * keeps answering (BM25 alone) when the endpoint fails at question time.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { answerFromPassages } from "../../src/retrieval/answer.ts";
import {
  embeddingsFromEnv,
  HashedNgramEmbeddings,
  OpenAICompatibleEmbeddings,
} from "../../src/retrieval/embeddings.ts";
import { buildNodeRetriever } from "../../src/retrieval/node-index.ts";
import { type FakeEmbeddings, startFakeEmbeddings } from "../fakes/embeddings-server.ts";

const KEY = "sk-test-embeddings-key";
let fake: FakeEmbeddings;
let knowledge: Knowledge;
let dataDir: string;

beforeAll(async () => {
  fake = await startFakeEmbeddings({ apiKey: KEY });
  knowledge = loadKnowledge();
  dataDir = mkdtempSync(join(tmpdir(), "emb-"));
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const remote = (over: Partial<ConstructorParameters<typeof OpenAICompatibleEmbeddings>[0]> = {}) =>
  new OpenAICompatibleEmbeddings({
    baseUrl: fake.baseUrl,
    apiKey: KEY,
    model: "fake-embed",
    retryDelaysMs: [10, 10],
    ...over,
  });

describe("OpenAI-compatible embeddings", () => {
  it("sends the model and a bearer key, batches documents and restores the response order", async () => {
    const before = fake.calls.length;
    const texts = Array.from({ length: 70 }, (_, i) => `物联网 第${i}句`);
    const vectors = await remote().embedDocuments(texts);
    expect(vectors).toHaveLength(70);
    expect(fake.calls.slice(before).map((c) => c.inputs)).toEqual([64, 6]);
    expect(fake.calls[before]?.model).toBe("fake-embed");
    expect(fake.calls[before]?.authorization).toBe(`Bearer ${KEY}`);
    // The fake answers in reverse order; vector i must still be the embedding of text i.
    const expected = await new HashedNgramEmbeddings(256).embedQuery(texts[5] as string);
    expect(vectors[5]).toEqual(expected);
  });

  it("retries a server error or a rate limit, then succeeds", async () => {
    fake.fail("http500");
    fake.fail("http429");
    const before = fake.calls.length;
    expect(await remote().embedQuery("集成电路")).toHaveLength(256);
    expect(fake.calls.length - before).toBe(3);
  });

  it("gives up after the configured retries", async () => {
    fake.fail("http500", 3);
    await expect(remote().embedQuery("集成电路")).rejects.toMatchObject({ code: "E_EMBEDDINGS", message: /HTTP 500/ });
  });

  it.each([
    ["not-json", /not JSON/],
    ["wrong-count", /malformed/],
    ["nan", /malformed/],
  ] as const)("rejects a %s response with E_EMBEDDINGS, without retrying", async (fault, message) => {
    fake.fail(fault);
    const before = fake.calls.length;
    await expect(remote().embedQuery("集成电路")).rejects.toMatchObject({ code: "E_EMBEDDINGS", message });
    expect(fake.calls.length - before).toBe(1);
  });

  it("fails with E_EMBEDDINGS on a wrong key, without putting the key in the message", async () => {
    const error = await remote({ apiKey: "wrong" })
      .embedQuery("x")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "E_EMBEDDINGS" });
    expect(String((error as Error).message)).not.toContain("wrong");
  });

  it("gives up on an endpoint that never answers", async () => {
    fake.fail("hang", 3);
    const started = Date.now();
    await expect(remote({ timeoutMs: 150 }).embedQuery("x")).rejects.toMatchObject({ message: /timed out/ });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("is chosen by env, and names the missing variable", () => {
    expect(embeddingsFromEnv({})).toBeInstanceOf(HashedNgramEmbeddings);
    expect(embeddingsFromEnv({ EMBEDDINGS_BASE_URL: fake.baseUrl, EMBEDDINGS_MODEL: "m" })).toBeInstanceOf(
      OpenAICompatibleEmbeddings,
    );
    expect(() => embeddingsFromEnv({ EMBEDDINGS_BASE_URL: fake.baseUrl })).toThrow(/EMBEDDINGS_MODEL/);
  });
});

describe("retrieval over remote embeddings", () => {
  const env = () => ({ EMBEDDINGS_BASE_URL: fake.baseUrl, EMBEDDINGS_API_KEY: KEY, EMBEDDINGS_MODEL: "fake-embed" });

  it("builds, saves under an index path naming endpoint and model, and answers with exact quotes", async () => {
    const retriever = await buildNodeRetriever(knowledge, dataDir, env());
    const dirs = readdirSync(join(dataDir, "index"));
    expect(dirs.some((d) => d.startsWith(`${knowledge.hash}-remote-fake-embed-`))).toBe(true);
    await buildNodeRetriever(knowledge, dataDir, { ...env(), EMBEDDINGS_MODEL: "other-model" });
    // Another model gets its own index folder; an index of another model is not superseded by it.
    expect(readdirSync(join(dataDir, "index"))).toHaveLength(2);

    const a = await answerFromPassages(retriever, "淮河联盟取得了哪些成果");
    expect(a?.kind).toBe("passage");
    for (const c of a?.citations ?? []) expect(knowledge.articles.get(c.articleId)?.body).toContain(c.quote);
  });

  it("falls back to BM25 when the endpoint fails at question time", async () => {
    const retriever = await buildNodeRetriever(knowledge, dataDir, env());
    fake.fail("http500", 3);
    const hits = await retriever.search("集成电路产业链上各高新区如何分工", 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.cosine === 0)).toBe(true);
    expect(retriever.vectorFailures).toBe(1);
  });
});
