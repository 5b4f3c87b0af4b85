/**
 * Hybrid retrieval: BM25 (jieba + bigrams) and vectors, fused by reciprocal rank, boosted for
 * passages that name the question's entities, with a relevance floor below which nothing is
 * returned (the caller answers "none" rather than guess).
 *
 * The vectors' part depends on what they are. The offline hashed n-gram embeddings are lexical, as BM25 is: they
 * rescore the passages BM25 found rather than search the whole corpus. Measured over the golden passage questions
 * (found in the top 10, BM25 alone / with those vectors searched by exact scan): 82/82 on the articles, 80/77 at
 * 1,000 passages, 67/67 at 10,000, 49/48 at 100,000 — a whole-corpus search finds nothing BM25 misses, and its
 * index was most of the build time and memory at scale (docs/benchmarks.md). Remote embeddings (a model's
 * meaning, not its words) still search the whole corpus through the vector index.
 *
 * In a large knowledge base a sentence that merely holds the question's words can outrank the right one; the
 * articles that cover the question (src/retrieval/article-evidence.ts) add their best passages to BM25's
 * candidates and lift their passages by their rank.
 */
import type { Embeddings } from "@langchain/core/embeddings";
import { findMentions } from "../answer/parse.ts";
import { entityNames as namesOf } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";
import { ArticleEvidence, type ArticleHit } from "./article-evidence.ts";
import { Bm25, type Bm25Hit } from "./bm25.ts";
import { HashedNgramEmbeddings } from "./embeddings.ts";
import { type Passage, splitAll } from "./passages.ts";
import { QuantizedVectors } from "./quantized-vectors.ts";
import { createTokenizer, type Tokenizer } from "./tokenize.ts";
import type { VectorIndex } from "./vector-index.ts";

export type Hit = { passage: Passage; score: number; bm25: number; cosine: number; coverage: number };
export type SearchMode = "hybrid" | "bm25" | "vector";

const RRF_K = 10;
const BM25_WEIGHT = 1;
const VECTOR_WEIGHT = 0.5;
const CANDIDATES = 50;
/** Passages each of the question's articles adds to BM25's candidates (src/retrieval/article-evidence.ts). */
const PER_ARTICLE = 20;
/** The bonus of a passage in the question's best article, as a rank's share (reciprocal rank of its article). */
const ARTICLE_WEIGHT = 1.5;
/**
 * The BM25 score, as a share of the best candidate's, from which a passage earns its article's whole bonus; below
 * it, the bonus shrinks with the score. A sentence that holds little of the question is not lifted above one that
 * holds much of it only because its article covers the question. Golden passages in the hybrid top 10 at 1,000 /
 * 10,000 / 100,000 passages (bench/tools/golden-ranks.ts): 81 / 77 / 66 of 87 before, 81 / 79 / 69 with this and
 * 20 articles (src/retrieval/article-evidence.ts).
 */
const ARTICLE_RELEVANCE = 0.5;
/** BM25 score that counts as relevant (off-topic questions score well below it). */
export const BM25_FLOOR = 12;
/** Share of the query's content words (idf-weighted) that alone counts as relevant. */
export const COVERAGE_FLOOR = 0.5;
/** Cosine similarity that alone counts as relevant. */
export const COSINE_FLOOR = 0.42;

export type RetrieverParts = { vectors: number[][]; index: VectorIndex };

/** Two to four characters right after a place's name that are not a zone's suffix or a particle: a firm's name. */
const FIRM_AFTER =
  /^(?!高新|国家|示范|园区|开发|的|在|和|与|是|有)([\u4e00-\u9fff]{2,4}?)(?=\d|公司|集团|科技|半导体|医药|股份|[的在是有]|20)/;

export class Retriever {
  private constructor(
    readonly knowledge: Knowledge,
    readonly passages: Passage[],
    private readonly tokenizer: Tokenizer,
    private readonly bm25: Bm25,
    private readonly embeddings: Embeddings,
    readonly index: VectorIndex,
  ) {
    passages.forEach((p, i) => {
      this.position.set(p.id, i);
    });
    this.rescoring = embeddings instanceof HashedNgramEmbeddings && index.rescore !== undefined;
    this.articles = ArticleEvidence.of(passages, bm25);
  }

  private readonly articles: ArticleEvidence;

  /** The vectors rescore BM25's candidates instead of searching every passage (see the top of this file). */
  private readonly rescoring: boolean;

  /** Passage id → its index in `passages`. */
  private readonly position = new Map<string, number>();

  /** A retriever over parts built elsewhere (the incremental Node build, src/retrieval/node-index.ts). */
  static assemble(parts: {
    knowledge: Knowledge;
    passages: Passage[];
    tokenizer: Tokenizer;
    bm25: Bm25;
    embeddings: Embeddings;
    index: VectorIndex;
  }): Retriever {
    return new Retriever(parts.knowledge, parts.passages, parts.tokenizer, parts.bm25, parts.embeddings, parts.index);
  }

  /**
   * The tokens BM25 indexes for a passage: the sentence, then the sentence with its neighbours, sentence by
   * sentence (each is tokenised once for the passages that share it).
   */
  static passageTokens(tokenizer: Tokenizer, p: Passage): string[] {
    return [...tokenizer.sentenceTokens(p.text), ...tokenizer.sentenceTokens(p.context)];
  }

  /** The text embedded for a passage (the sentence weighs double against its neighbours). */
  static embeddingText(p: Passage): string {
    return `${p.text}${p.text}${p.context}`;
  }

  /** Builds everything in memory; `makeIndex` picks the vector index (default: the int8 store, exact). */
  static async build(
    knowledge: Knowledge,
    options: { embeddings?: Embeddings; makeIndex?: (vectors: number[][], e: Embeddings) => Promise<VectorIndex> } = {},
  ): Promise<Retriever> {
    const passages = splitAll(knowledge.articles.values());
    const tokenizer = createTokenizer(knowledge);
    // Each sentence is indexed twice over: on its own and with its neighbours (half weight).
    const bm25 = new Bm25(passages.map((p) => Retriever.passageTokens(tokenizer, p)));
    const embeddings = options.embeddings ?? new HashedNgramEmbeddings();
    const vectors = await embeddings.embedDocuments(passages.map(Retriever.embeddingText));
    const index = options.makeIndex ? await options.makeIndex(vectors, embeddings) : QuantizedVectors.from(vectors);
    return new Retriever(knowledge, passages, tokenizer, bm25, embeddings, index);
  }

  async search(question: string, k = 10, mode: SearchMode = "hybrid"): Promise<Hit[]> {
    const { expanded, tokens: qTokens, contentWords: words } = this.tokenizer.analyze(question);
    const articles = mode === "vector" ? [] : this.articles.search(qTokens);
    const bm = mode === "vector" ? [] : this.candidates(qTokens, articles);
    const vec = mode === "bm25" ? [] : await this.vectorSearch(expanded, mode === "hybrid" ? bm : undefined);
    const fused = new Map<number, { score: number; bm25: number; cosine: number }>();
    const slot = (doc: number) => {
      let s = fused.get(doc);
      if (!s) {
        s = { score: 0, bm25: 0, cosine: 0 };
        fused.set(doc, s);
      }
      return s;
    };
    // Reciprocal rank fusion, with BM25 weighted above the weight-free vectors (measured: stronger alone).
    const relevant = ARTICLE_RELEVANCE * (bm[0]?.score ?? 0);
    bm.forEach((h, rank) => {
      const s = slot(h.doc);
      s.score += BM25_WEIGHT / (RRF_K + rank + 1);
      s.bm25 = h.score;
      // Article evidence: a passage of an article that covers the question, as far as it is relevant itself.
      const article = articles.find((a) => a.start <= h.doc && h.doc < a.end);
      if (article) s.score += (ARTICLE_WEIGHT * Math.min(1, h.score / relevant)) / (RRF_K + article.rank + 1);
    });
    vec.forEach((h, rank) => {
      const s = slot(h.id);
      s.score += VECTOR_WEIGHT / (RRF_K + rank + 1);
      s.cosine = h.score;
    });
    // Entity boost: passages naming what the question names.
    const names = this.entityNames(question);
    for (const [doc, s] of fused) {
      const text = this.normalizedText(doc);
      const hits = names.filter((n) => n.some((alias) => text.includes(alias))).length;
      // A sentence in an article titled after the group is about it too: fully when it says "网络"/"联盟" (the
      // group, by its kind), else half the boost.
      const title = this.normalizedTitle(doc);
      const titled = names.filter((n) => !n.some((a) => text.includes(a)) && n.some((a) => title.includes(a))).length;
      const weight = /网络|联盟/.test(text) ? 0.2 : 0.1;
      if (hits + titled > 0) s.score += (0.2 * hits + weight * titled) / (RRF_K + 1);
    }
    return [...fused.entries()]
      .map(([doc, s]) => ({ passage: this.passages[doc] as Passage, ...s, coverage: this.coverage(words, doc) }))
      .sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id))
      .slice(0, k);
  }

  /** BM25's best passages, and the best of each of the question's articles, best first. */
  private candidates(tokens: string[], articles: ArticleHit[]): Bm25Hit[] {
    const hits = this.bm25.search(tokens, CANDIDATES);
    const seen = new Set(hits.map((h) => h.doc));
    for (const a of articles)
      for (const h of this.bm25.searchRange(tokens, a.start, a.end).slice(0, PER_ARTICLE))
        if (!seen.has(h.doc)) {
          seen.add(h.doc);
          hits.push(h);
        }
    return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /**
   * Nearest passages by embedding. A failing embeddings endpoint (remote, optional) must not cost the
   * answer: the search then runs on BM25 alone, and `vectorFailures` counts it for health reporting.
   */
  private async vectorSearch(query: string, found?: { doc: number }[]): Promise<{ id: number; score: number }[]> {
    try {
      const vector = await this.embeddings.embedQuery(query);
      // (Best first, ties by position, as a search ranks them.)
      if (found && this.rescoring && this.index.rescore)
        return this.index
          .rescore(
            vector,
            found.map((h) => h.doc),
          )
          .sort((a, b) => b.score - a.score || a.id - b.id);
      return await this.index.search(vector, CANDIDATES);
    } catch {
      this.vectorFailures++;
      return [];
    }
  }

  /** Question embeddings that failed since start (the search fell back to BM25). */
  vectorFailures = 0;

  /** The idf-weighted share of the query's words that occur in passage `doc`. */
  private coverage(words: string[], doc: number): number {
    const text = this.normalizedText(doc);
    let total = 0;
    let hit = 0;
    for (const w of words) {
      const idf = this.bm25.idf(w);
      total += idf;
      if (text.includes(w)) hit += idf;
    }
    return total > 0 ? hit / total : 0;
  }

  /** The sentence after `passage` in the same article, if any. */
  next(passage: Passage): Passage | undefined {
    const i = this.position.get(passage.id);
    const after = i === undefined ? undefined : this.passages[i + 1];
    return after?.articleId === passage.articleId ? after : undefined;
  }

  /** The sentence before `passage` in the same article, if any. */
  previous(passage: Passage): Passage | undefined {
    const i = this.position.get(passage.id);
    const before = i === undefined ? undefined : this.passages[i - 1];
    return before?.articleId === passage.articleId ? before : undefined;
  }

  /** For each entity the question names, every normalised name of it. */
  entityNames(question: string): string[][] {
    const out: string[][] = [];
    const text = normalize(question);
    for (const m of findMentions(text, this.knowledge.aliases)) {
      if (m.type !== "entity") continue;
      // "芜湖驰芯": a city's name that starts a company's; the company's own name ("驰芯") names it too.
      const firm = m.ref.kind === "zone" ? FIRM_AFTER.exec(text.slice(m.end))?.[1] : undefined;
      out.push([...namesOf(this.knowledge, m.ref.id), ...(firm ? [firm] : [])]);
    }
    return out;
  }

  /** normalize(passage text), computed once per passage on first use (every search normalises its candidates). */
  private readonly normalized = new Map<number, string>();
  /** Normalised article titles, by title (one per article, shared by its passages). */
  private readonly titles = new Map<string, string>();
  private normalizedTitle(doc: number): string {
    const title = this.passages[doc]?.title ?? "";
    let text = this.titles.get(title);
    if (text === undefined) {
      text = normalize(title);
      this.titles.set(title, text);
    }
    return text;
  }

  private normalizedText(doc: number): string {
    let text = this.normalized.get(doc);
    if (text === undefined) {
      text = normalize(this.passages[doc]?.text ?? "");
      this.normalized.set(doc, text);
    }
    return text;
  }

  /** True when a hit clears the relevance floor. */
  static relevant(hit: Hit): boolean {
    return hit.bm25 >= BM25_FLOOR || hit.coverage >= COVERAGE_FLOOR || hit.cosine >= COSINE_FLOOR;
  }
}
