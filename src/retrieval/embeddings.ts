/**
 * Offline, weight-free embeddings: hashed character n-grams (CJK uni/bi/tri-grams, Latin words)
 * folded into a fixed-size signed vector, log-scaled and L2-normalised. Deterministic.
 * `OpenAICompatibleEmbeddings` calls any /v1/embeddings endpoint with fetch when configured.
 */

import { Embeddings } from "@langchain/core/embeddings";
import { AppError, ErrorCodes } from "../errors.ts";
import { normalize } from "../knowledge/normalize.ts";

export const DEFAULT_DIMENSIONS = 512;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One FNV-1a step: the hash state after one more UTF-16 code unit. */
const step = (h: number, code: number) => Math.imul(h ^ code, FNV_PRIME);

function fnv1a(s: string, from = FNV_OFFSET): number {
  let h = from;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

// Feature names are a prefix and the n-gram ("1:物", "2:物联", "3:物联网", "w:iot"); the hash state after each
// prefix is computed once, and the n-gram's code units are folded in without building the string.
const UNIGRAM = fnv1a("1:");
const BIGRAM = fnv1a("2:");
const TRIGRAM = fnv1a("3:");
const WORD = fnv1a("w:");

export function hashedVector(text: string, dims = DEFAULT_DIMENSIONS): number[] {
  const v = new Float64Array(dims);
  const t = normalize(text);
  const add = (hash: number, weight: number) => {
    const h = hash >>> 0;
    const i = h % dims;
    v[i] = (v[i] as number) + (h & 0x80000000 ? -1 : 1) * weight;
  };
  // The same features, added in the same order, as hashing each feature string: the vector is bit-identical.
  for (const run of t.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      const c0 = run.charCodeAt(i);
      add(step(UNIGRAM, c0), 0.3);
      if (i + 2 <= run.length) {
        const c1 = run.charCodeAt(i + 1);
        add(step(step(BIGRAM, c0), c1), 1);
        if (i + 3 <= run.length) add(step(step(step(TRIGRAM, c0), c1), run.charCodeAt(i + 2)), 0.6);
      }
    }
  }
  for (const w of t.match(/[a-z0-9.%]+/g) ?? []) add(fnv1a(w, WORD), 1);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    const x = v[i] as number;
    v[i] = Math.sign(x) * Math.log1p(Math.abs(x));
    norm += (v[i] as number) ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  const out: number[] = [];
  for (let i = 0; i < dims; i++) out.push((v[i] as number) / norm);
  return out;
}

export class HashedNgramEmbeddings extends Embeddings {
  constructor(readonly dimensions = DEFAULT_DIMENSIONS) {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => hashedVector(t, this.dimensions));
  }
  async embedQuery(text: string): Promise<number[]> {
    return hashedVector(text, this.dimensions);
  }
}

export type RemoteEmbeddingsConfig = {
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  /** Waits before each retry; only timeouts, network errors, 429 and 5xx are retried (default 300 ms, 1 s). */
  retryDelaysMs?: number[];
};

/** A failure worth another try: the endpoint may answer next time. */
class Transient extends AppError {}

/** Any OpenAI-compatible embeddings endpoint (POST {baseUrl}/embeddings), through fetch. */
export class OpenAICompatibleEmbeddings extends Embeddings {
  constructor(private readonly config: RemoteEmbeddingsConfig) {
    super({});
  }
  /** Names this embedder in index paths: a different endpoint or model never reuses another's index. */
  get id(): string {
    const key = `${this.config.baseUrl}|${this.config.model}`;
    return `remote-${this.config.model.replace(/[^a-zA-Z0-9._-]+/g, "_").slice(0, 40)}-${fnv1a(key).toString(16).padStart(8, "0")}`;
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += 64) out.push(...(await this.request(texts.slice(i, i + 64))));
    return out;
  }
  async embedQuery(text: string): Promise<number[]> {
    const [v] = await this.request([text]);
    if (!v) throw new AppError(ErrorCodes.E_EMBEDDINGS, "embeddings endpoint returned no vector");
    return v;
  }
  private async request(input: string[]): Promise<number[][]> {
    const delays = this.config.retryDelaysMs ?? [300, 1000];
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.requestOnce(input);
      } catch (error) {
        const delay = delays[attempt];
        if (!(error instanceof Transient) || delay === undefined) throw error;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private async requestOnce(input: string[]): Promise<number[][]> {
    let res: Response;
    try {
      res = await fetch(`${this.config.baseUrl.replace(/\/$/, "")}/embeddings`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(this.config.apiKey ? { authorization: `Bearer ${this.config.apiKey}` } : {}),
        },
        body: JSON.stringify({ model: this.config.model, input }),
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      throw new Transient(
        ErrorCodes.E_EMBEDDINGS,
        timedOut ? "embeddings endpoint timed out" : "embeddings endpoint unreachable",
      );
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      throw new Transient(ErrorCodes.E_EMBEDDINGS, `embeddings endpoint answered HTTP ${res.status}`);
    }
    if (!res.ok) throw new AppError(ErrorCodes.E_EMBEDDINGS, `embeddings endpoint answered HTTP ${res.status}`);
    let json: { data?: { index?: unknown; embedding?: unknown }[] };
    try {
      json = (await res.json()) as typeof json;
    } catch {
      throw new AppError(ErrorCodes.E_EMBEDDINGS, "embeddings endpoint answered with something that is not JSON");
    }
    const rows = Array.isArray(json.data) ? json.data : [];
    const vectors = [...rows].sort((a, b) => Number(a.index) - Number(b.index)).map((d) => d.embedding);
    const width = Array.isArray(vectors[0]) ? vectors[0].length : 0;
    const wellFormed =
      vectors.length === input.length &&
      width > 0 &&
      vectors.every(
        (v) => Array.isArray(v) && v.length === width && v.every((x) => typeof x === "number" && Number.isFinite(x)),
      );
    if (!wellFormed) {
      throw new AppError(ErrorCodes.E_EMBEDDINGS, "embeddings response is malformed (count, width or values)");
    }
    return vectors as number[][];
  }
}

/** The embeddings the environment asks for: remote when EMBEDDINGS_BASE_URL is set, else hashed n-grams. */
export function embeddingsFromEnv(env: Record<string, string | undefined> = process.env): Embeddings {
  if (env.EMBEDDINGS_BASE_URL) {
    if (!env.EMBEDDINGS_MODEL) {
      throw new AppError(ErrorCodes.E_CONFIG, "EMBEDDINGS_MODEL is required when EMBEDDINGS_BASE_URL is set");
    }
    return new OpenAICompatibleEmbeddings({
      baseUrl: env.EMBEDDINGS_BASE_URL,
      apiKey: env.EMBEDDINGS_API_KEY,
      model: env.EMBEDDINGS_MODEL,
    });
  }
  return new HashedNgramEmbeddings();
}
