/**
 * The Node retriever: BM25 + the configured embeddings' vectors, kept up to date in place. The offline hashed
 * embeddings' vectors are kept as int8 (QuantizedVectors) and rescore BM25's candidates (src/retrieval/hybrid.ts
 * says why); a remote model's are searched through HNSW (hnswlib-node).
 *
 * `NodeRetrieval.update(knowledge)` returns a Retriever for the knowledge given. The first call builds everything
 * (streaming: each passage is tokenised into BM25 and embedded into the vector index one at a time, so no list of
 * every passage's tokens or vectors is held); later calls change only what changed, article by article:
 *   - an article seen before with the same content keeps its vectors (their labels) and BM25 postings;
 *   - a new or changed article's passages are tokenised, embedded and added; a removed or changed article's
 *     vectors are deleted from the vector index and its postings dropped (Bm25.merge);
 *   - when the names the tokenizer keeps whole change (a new zone, network, alias or quoted person), only the
 *     passages that contain a changed name are tokenised again.
 * BM25 then equals a fresh build over the same passages (HNSW, for a remote model, is approximate either way).
 *
 * With a data dir, the vector index and the BM25 postings are saved under DATA_DIR/index/<knowledge
 * hash>-<embedder>-h2 (by the one instance told to `persist`), every other folder there is deleted, and a later
 * start reads them back instead of embedding, inserting and tokenising every passage again (only articles that
 * changed since are). The saved postings are used only if a sample of passages tokenised now gives exactly the
 * postings saved for them (a changed tokenizer or dictionary means a fresh BM25 build).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { Embeddings } from "@langchain/core/embeddings";
import type { Article, Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { Bm25 } from "./bm25.ts";
import { loadBm25, saveBm25 } from "./bm25-file.ts";
import { embeddingsFromEnv, HashedNgramEmbeddings, OpenAICompatibleEmbeddings } from "./embeddings.ts";
import { HnswIndex, type HnswParams } from "./hnswlib.ts";
import { Retriever } from "./hybrid.ts";
import { type Passage, splitPassages } from "./passages.ts";
import { loadQuantized, saveQuantized } from "./quantized-file.ts";
import { QuantizedVectors } from "./quantized-vectors.ts";
import { createTokenizer, type Tokenizer } from "./tokenize.ts";
import type { LabelledVectorIndex } from "./vector-index.ts";

const FORMAT = "h2";
const ARTICLES_FILE = "articles.json";
/** Passages embedded per call (remote embedders take batches; the offline one does not care). */
const EMBED_BATCH = 256;
/** Saved passages tokenised again to check the saved postings against the tokenizer of this start. */
const BM25_CHECK_SAMPLE = 32;

export function embedderId(embeddings: Embeddings): string {
  return embeddings instanceof HashedNgramEmbeddings
    ? `hashed${embeddings.dimensions}`
    : embeddings instanceof OpenAICompatibleEmbeddings
      ? embeddings.id
      : "custom";
}

export function indexDir(dataDir: string, knowledge: Knowledge, embedder: string): string {
  return join(dataDir, "index", `${knowledge.hash}-${embedder}-${FORMAT}`);
}

export type NodeRetrievalOptions = {
  dataDir?: string | undefined;
  env?: Record<string, string | undefined>;
  embeddings?: Embeddings;
  hnsw?: HnswParams;
  /** Save the vector index under DATA_DIR/index after each update and delete the folders it supersedes
   *  (default true; in a pool, one instance saves). */
  persist?: boolean;
  /** Awaited between batches of an update (a pool thread yields to its event loop, so questions that arrive
   *  meanwhile are answered from the previous retriever). */
  pause?: () => Promise<void>;
};

/** What an update did (for logs and the benchmark). */
export type UpdateStats = {
  passages: number;
  /** Passages tokenised and embedded by this update. */
  addedPassages: number;
  removedPassages: number;
  /** Kept passages tokenised again because a name the tokenizer keeps whole changed. */
  retokenized: number;
  /** Where the vectors came from on a first update. */
  loadedFrom?: string;
  /** The BM25 postings were read from there too (else BM25 was built by tokenising). */
  bm25Loaded?: boolean;
  ms: { tokens: number; embed: number; index: number; bm25: number; save: number; total: number };
};

type ArticleEntry = { key: string; passages: Passage[]; labels: number[]; docs: number[] };
/** An article as saved in articles.json: its vectors' labels and its passages' BM25 documents. */
type SavedArticle = { id: string; key: string; labels: number[]; docs?: number[] };
type SavedMeta = { embedder: string; articles: SavedArticle[]; names?: string[] };

export class NodeRetrieval {
  private readonly embeddings: Embeddings;
  private readonly embedder: string;
  private articles = new Map<string, ArticleEntry>();
  private bm25: Bm25 | undefined;
  private index: LabelledVectorIndex | undefined;
  private names = new Set<string>();
  private current: Retriever | undefined;
  /** The folder the vectors on disk match (read at start or last written). */
  private savedDir: string | undefined;
  /** Whether that folder also holds the current BM25 postings. */
  private bm25Saved = false;
  lastUpdate: UpdateStats | undefined;

  constructor(private readonly options: NodeRetrievalOptions = {}) {
    this.embeddings = options.embeddings ?? embeddingsFromEnv(options.env ?? process.env);
    this.embedder = embedderId(this.embeddings);
  }

  get retriever(): Retriever | undefined {
    return this.current;
  }

  async update(knowledge: Knowledge): Promise<Retriever> {
    const started = performance.now();
    const ms = { tokens: 0, embed: 0, index: 0, bm25: 0, save: 0, total: 0 };
    const tokenizer = createTokenizer(knowledge);
    const names = tokenizerNames(knowledge);

    let loadedFrom: string | undefined;
    let bm25Loaded = false;
    if (!this.index) {
      const loaded = this.options.dataDir ? this.loadSaved() : undefined;
      if (loaded) {
        this.index = loaded.index;
        loadedFrom = loaded.dir;
        this.savedDir = loaded.dir;
        for (const a of loaded.articles)
          this.articles.set(a.id, {
            key: a.key,
            passages: [],
            labels: a.labels,
            docs: Array.isArray(a.docs) ? a.docs : [],
          });
        const t = performance.now();
        const saved = loaded.bm25 && Array.isArray(loaded.names) ? loaded.bm25 : undefined;
        if (saved && this.savedBm25Agrees(saved, new Set(loaded.names), knowledge, tokenizer, names)) {
          this.bm25 = saved;
          this.names = new Set(loaded.names);
          this.bm25Saved = true;
          bm25Loaded = true;
        } else {
          for (const entry of this.articles.values()) entry.docs = [];
        }
        ms.tokens += performance.now() - t;
      }
    }
    const changedNames = [...symmetricDifference(this.names, names)].map((n) => normalize(n)).filter(Boolean);

    // Passages in article order; each either kept (old BM25 doc → new position) or to be added.
    const passages: Passage[] = [];
    const labels: number[] = [];
    const nextArticles = new Map<string, ArticleEntry>();
    const toEmbed: { position: number; passage: Passage }[] = [];
    const toTokenize: number[] = [];
    const oldSize = this.bm25?.size ?? 0;
    const keep = new Int32Array(oldSize).fill(-1);
    let retokenized = 0;
    for (const article of knowledge.articles.values()) {
      const key = articleKey(article);
      const old = this.articles.get(article.id);
      const reuse = old && old.key === key;
      const split = reuse && old.passages.length > 0 ? old.passages : splitPassages(article);
      const entry: ArticleEntry = { key, passages: split, labels: [], docs: [] };
      const vectorsKept = reuse && old.labels.length === split.length;
      split.forEach((p, i) => {
        const position = passages.length;
        passages.push(p);
        entry.docs.push(position);
        if (vectorsKept) {
          labels.push(old.labels[i] as number);
          entry.labels.push(old.labels[i] as number);
        } else {
          labels.push(-1);
          entry.labels.push(-1);
          toEmbed.push({ position, passage: p });
        }
        const oldDoc = reuse ? old.docs[i] : undefined;
        if (oldDoc !== undefined && oldDoc < oldSize && !mentionsAny(p, changedNames)) keep[oldDoc] = position;
        else {
          if (oldDoc !== undefined) retokenized++;
          toTokenize.push(position);
        }
      });
      nextArticles.set(article.id, entry);
    }
    // Vectors of articles that are gone or changed leave the index.
    let removedPassages = 0;
    for (const [id, old] of this.articles) {
      const next = nextArticles.get(id);
      if (next && next.key === old.key && next.labels.length === old.labels.length) continue;
      for (const label of old.labels) {
        if (label < 0) continue;
        this.index?.remove(label);
        removedPassages++;
      }
    }

    // BM25: a fresh build the first time (streaming), else the kept postings plus the new documents.
    let t = performance.now();
    if (!this.bm25) {
      this.bm25 = new Bm25(
        (function* () {
          for (const p of passages) yield Retriever.passageTokens(tokenizer, p);
        })(),
      );
      ms.tokens = performance.now() - t;
    } else {
      const added: { doc: number; tokens: string[] }[] = [];
      for (let from = 0; from < toTokenize.length; from += EMBED_BATCH) {
        if (from > 0) await this.options.pause?.();
        t = performance.now();
        for (const doc of toTokenize.slice(from, from + EMBED_BATCH)) {
          added.push({ doc, tokens: Retriever.passageTokens(tokenizer, passages[doc] as Passage) });
        }
        ms.tokens += performance.now() - t;
      }
      await this.options.pause?.();
      t = performance.now();
      this.bm25 = Bm25.merge(this.bm25, keep, added, passages.length);
      ms.bm25 = performance.now() - t;
    }

    // Vectors: embedded in batches and inserted at once (the index keeps the only copy: int8, or float32 in HNSW).
    for (let from = 0; from < toEmbed.length; from += EMBED_BATCH) {
      if (from > 0) await this.options.pause?.();
      const batch = toEmbed.slice(from, from + EMBED_BATCH);
      t = performance.now();
      const vectors = await this.embeddings.embedDocuments(batch.map((b) => Retriever.embeddingText(b.passage)));
      ms.embed += performance.now() - t;
      t = performance.now();
      this.index ??= this.createIndex(vectors[0]?.length ?? 1, toEmbed.length);
      batch.forEach((b, i) => {
        const label = (this.index as LabelledVectorIndex).add(vectors[i] as number[]);
        labels[b.position] = label;
      });
      ms.index += performance.now() - t;
    }
    this.index ??= this.createIndex(1, 16);
    this.index.setPositions(labels);
    for (const entry of nextArticles.values()) entry.labels = entry.docs.map((doc) => labels[doc] as number);

    this.articles = nextArticles;
    this.names = names;
    this.current = Retriever.assemble({
      knowledge,
      passages,
      tokenizer,
      bm25: this.bm25,
      embeddings: this.embeddings,
      index: this.index,
    });

    const dir = this.dirFor(knowledge);
    const changed =
      toEmbed.length > 0 || removedPassages > 0 || toTokenize.length > 0 || this.savedDir !== dir || !this.bm25Saved;
    if (dir && (this.options.persist ?? true) && changed) {
      t = performance.now();
      this.save(knowledge);
      ms.save = performance.now() - t;
    }
    ms.total = performance.now() - started;
    this.lastUpdate = {
      passages: passages.length,
      addedPassages: toEmbed.length,
      removedPassages,
      retokenized,
      ...(loadedFrom ? { loadedFrom } : {}),
      ...(bm25Loaded ? { bm25Loaded } : {}),
      ms,
    };
    return this.current;
  }

  /** The offline hashed embeddings' vectors are kept as int8 and rescore; others go into HNSW. */
  private get quantized(): boolean {
    return this.embeddings instanceof HashedNgramEmbeddings;
  }

  private createIndex(dimensions: number, capacity: number): LabelledVectorIndex {
    return this.quantized
      ? QuantizedVectors.create(dimensions, capacity)
      : HnswIndex.create(dimensions, capacity, this.options.hnsw);
  }

  /** The folder for `knowledge` under the data dir (undefined without one). */
  dirFor(knowledge: Knowledge): string | undefined {
    return this.options.dataDir ? indexDir(this.options.dataDir, knowledge, this.embedder) : undefined;
  }

  /**
   * Writes the index and its article → labels map to a temporary folder, renames it into place, then deletes
   * the folders it supersedes under DATA_DIR/index: this embedder's for older knowledge, in this format or the
   * older LangChain one. Another embedder's index (another endpoint or model) is left alone.
   */
  private save(knowledge: Knowledge): void {
    const dir = this.dirFor(knowledge);
    if (!dir || !this.index) return;
    const root = join(dir, "..");
    mkdirSync(root, { recursive: true });
    const tmp = join(root, `.tmp-${process.pid}-${threadId}-${Date.now()}`);
    mkdirSync(tmp);
    if (this.index instanceof QuantizedVectors) saveQuantized(this.index, tmp);
    else (this.index as HnswIndex).save(tmp);
    if (this.bm25) saveBm25(this.bm25, tmp);
    const articles: SavedArticle[] = [...this.articles].map(([id, a]) => ({
      id,
      key: a.key,
      labels: a.labels,
      docs: a.docs,
    }));
    const meta: SavedMeta = { embedder: this.embedder, articles, names: [...this.names] };
    writeFileSync(join(tmp, ARTICLES_FILE), JSON.stringify(meta));
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    this.savedDir = dir;
    this.bm25Saved = this.bm25 !== undefined;
    removeOtherIndexFolders(root, dir, this.embedder);
  }

  /**
   * Whether saved postings fit this knowledge and this start's tokenizer: their documents are exactly the saved
   * articles' passages (each once), and a sample of unchanged passages — spread over the articles, none naming
   * a name the dictionary gained or lost — tokenises to exactly the postings saved for it. The sampled articles'
   * passages are kept on their entries, so the update does not split them again.
   */
  private savedBm25Agrees(
    bm25: Bm25,
    savedNames: Set<string>,
    knowledge: Knowledge,
    tokenizer: Tokenizer,
    names: Set<string>,
  ): boolean {
    const seen = new Uint8Array(bm25.size);
    let count = 0;
    for (const entry of this.articles.values()) {
      for (const doc of entry.docs) {
        if (!Number.isInteger(doc) || doc < 0 || doc >= bm25.size || seen[doc]) return false;
        seen[doc] = 1;
        count++;
      }
    }
    if (count !== bm25.size) return false;
    const changed = [...symmetricDifference(savedNames, names)].map((n) => normalize(n)).filter(Boolean);
    const unchanged: { article: Article; entry: ArticleEntry }[] = [];
    for (const article of knowledge.articles.values()) {
      const entry = this.articles.get(article.id);
      if (entry && entry.docs.length > 0 && entry.key === articleKey(article)) unchanged.push({ article, entry });
    }
    const step = Math.max(1, Math.floor(unchanged.length / BM25_CHECK_SAMPLE));
    for (let i = 0; i < unchanged.length; i += step) {
      const { article, entry } = unchanged[i] as { article: Article; entry: ArticleEntry };
      const split = splitPassages(article);
      if (split.length !== entry.docs.length) return false;
      entry.passages = split;
      const at = Math.floor(split.length / 2);
      const passage = split[at] as Passage;
      if (mentionsAny(passage, changed)) continue;
      if (!bm25.matches(entry.docs[at] as number, Retriever.passageTokens(tokenizer, passage))) return false;
    }
    return true;
  }

  /** The saved index for this embedder, if one exists and reads back (with its BM25 postings, if saved). */
  private loadSaved():
    | {
        dir: string;
        index: LabelledVectorIndex;
        articles: SavedArticle[];
        bm25: Bm25 | undefined;
        names: string[] | undefined;
      }
    | undefined {
    const root = join(this.options.dataDir as string, "index");
    if (!existsSync(root)) return undefined;
    const suffix = `-${this.embedder}-${FORMAT}`;
    for (const name of readdirSync(root)) {
      if (!name.endsWith(suffix)) continue;
      const dir = join(root, name);
      try {
        const meta = JSON.parse(readFileSync(join(dir, ARTICLES_FILE), "utf8")) as SavedMeta;
        if (meta.embedder !== this.embedder) continue;
        const index = this.quantized ? loadQuantized(dir) : HnswIndex.load(dir, this.options.hnsw);
        if (index) return { dir, index, articles: meta.articles, bm25: loadBm25(dir), names: meta.names };
      } catch {
        // Unreadable (half written by a process that died, or deleted while read): build instead.
      }
    }
    return undefined;
  }
}

/**
 * Deletes `embedder`'s folders under DATA_DIR/index except `keep` (any knowledge hash; this format and the
 * LangChain one before it), and temporary folders left by a process that died while saving.
 */
export function removeOtherIndexFolders(root: string, keep: string, embedder: string): void {
  const kept = keep.slice(root.length + 1);
  for (const name of readdirSync(root)) {
    if (name === kept) continue;
    const superseded = name.endsWith(`-${embedder}-${FORMAT}`) || name.endsWith(`-${embedder}`);
    const abandoned = name.startsWith(".tmp-") && isStaleTmp(name);
    if (superseded || abandoned) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** A temporary folder older than an hour was left by a process that died while saving. */
function isStaleTmp(name: string): boolean {
  const at = Number(name.split("-").at(-1));
  return !Number.isFinite(at) || Date.now() - at > 3_600_000;
}

/** An article's identity for reuse: everything the passages, their tokens and vectors are made from. */
function articleKey(article: Article): string {
  return createHash("sha1")
    .update(`${article.id}\u0000${article.title}\u0000${article.date ?? ""}\u0000`)
    .update(article.body)
    .digest("base64url");
}

/**
 * Every string the tokenizer may keep whole or map to an entity key (src/retrieval/tokenize.ts reads a subset of
 * these: aliases, zone names, quoted people): when this set changes, passages containing a changed string are
 * tokenised again. Alias entries carry their target, so a name that moves to another entity counts as changed.
 */
function tokenizerNames(knowledge: Knowledge): Set<string> {
  const names = new Set<string>(["工信部"]);
  for (const { alias, target } of knowledge.aliases) {
    names.add(alias);
    if (target.type === "entity") names.add(`${alias}\u0000${target.ref.kind}:${target.ref.id}`);
  }
  for (const z of knowledge.zones.values()) names.add(z.name);
  for (const article of knowledge.articles.values()) for (const person of article.people) names.add(person);
  return names;
}

function symmetricDifference(a: Set<string>, b: Set<string>): Set<string> {
  if (a.size === 0) return new Set();
  const out = new Set<string>();
  for (const x of a) if (!b.has(x)) out.add(x.split("\u0000")[0] as string);
  for (const x of b) if (!a.has(x)) out.add(x.split("\u0000")[0] as string);
  return out;
}

function mentionsAny(p: Passage, names: string[]): boolean {
  if (names.length === 0) return false;
  const text = normalize(p.context);
  return names.some((n) => text.includes(n));
}

/** A retriever for `knowledge` (one-shot: the in-process engine, the CLI). */
export async function buildNodeRetriever(
  knowledge: Knowledge,
  dataDir?: string,
  env: Record<string, string | undefined> = process.env,
): Promise<Retriever> {
  return new NodeRetrieval({ dataDir, env }).update(knowledge);
}
