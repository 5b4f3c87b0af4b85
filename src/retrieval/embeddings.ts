/**
 * Offline, weight-free embeddings: hashed character n-grams (CJK uni/bi/tri-grams, Latin words)
 * folded into a fixed-size signed vector, log-scaled and L2-normalised. Deterministic.
 * `OpenAICompatibleEmbeddings` calls any /v1/embeddings endpoint with fetch when configured.
 */

import { Embeddings } from "@langchain/core/embeddings";
import { AppError, ErrorCodes } from "../errors.ts";
import { normalize } from "../knowledge/normalize.ts";

export const DEFAULT_DIMENSIONS = 512;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashedVector(text: string, dims = DEFAULT_DIMENSIONS): number[] {
  const v = new Float64Array(dims);
  const t = normalize(text);
  const add = (feature: string, weight: number) => {
    const h = fnv1a(feature);
    const i = h % dims;
    v[i] = (v[i] ?? 0) + (h & 0x80000000 ? -1 : 1) * weight;
  };
  for (const run of t.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      add(`1:${run[i]}`, 0.3);
      if (i + 2 <= run.length) add(`2:${run.slice(i, i + 2)}`, 1);
      if (i + 3 <= run.length) add(`3:${run.slice(i, i + 3)}`, 0.6);
    }
  }
  for (const w of t.match(/[a-z0-9.%]+/g) ?? []) add(`w:${w}`, 1);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    const x = v[i] ?? 0;
    v[i] = Math.sign(x) * Math.log1p(Math.abs(x));
    norm += (v[i] ?? 0) ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => x / norm);
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
