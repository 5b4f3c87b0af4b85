/**
 * Which articles a question is about, as evidence for their passages.
 *
 * A passage is one sentence; a sentence that happens to hold the question's words can be anywhere in a large
 * knowledge base. An article that holds all of them, again and again, is about the question, and the right
 * sentence is usually in it. So articles are scored as documents too (BM25 over each article's summed term counts,
 * with no length normalisation: an article is judged by how much of the question it covers, not by its size), and
 * the best articles' passages join the candidates with a bonus for their article's rank.
 *
 * Measured over the golden passage questions on the synthetic corpus (bench/tools/golden-ranks.ts), labelled
 * passage in the hybrid top 10 without → with: 77 → 81 of 87 at 1,000 passages, 68 → 76 at 10,000, 50 → 67 at
 * 100,000 (tried: 40 passages an article, 20 articles, weights 1 and 2: none better).
 */
import type { Bm25 } from "./bm25.ts";
import type { Passage } from "./passages.ts";

/**
 * Term-frequency saturation of the article index. Its counts are the passages' own, and each passage indexes its
 * sentence twice and its neighbours once (Retriever.passageTokens), so a word said once in an article counts about
 * four times (measured: 1.2 → 5 lifts 56 → 65 at 100,000 passages). An article about the question says its words
 * again and again, one that merely holds them says them once or twice: at k1 = 5 one mention already earned nearly
 * half a word's most and two about 60 %, so the article that named the question's words once each outranked the one
 * built around them. At 20 a word earns half its most at about five mentions. Golden passages in the hybrid top 10
 * (bench/tools/golden-ranks.ts), 5 → 20: 82 → 82 at 1,000 passages, 77 → 79 at 10,000, 68 → 73 at 100,000, none
 * lost; on control corpora whose synthetic articles are as long as the real ones (55 sentences) or of mixed length
 * (10–59), 51 → 56 and 53 → 58 at 100,000, so it is not the real articles' length that is rewarded.
 */
const ARTICLE_K1 = 20;

/**
 * Articles whose passages join a question's candidates (10 before the article bonus was scaled by a passage's own
 * relevance, src/retrieval/hybrid.ts; with it, 20 finds one more golden passage at 100,000 and 10,000 passages).
 */
export const ARTICLES = 20;

/**
 * Article evidence counts only when there are enough articles for the best to be a small part of all: with
 * the five base articles and a few added ones every article is among the best ten, and the bonus only reshuffled
 * passages between them (measured over every question set with it on: 8 answers lost and 10 gained). Below that, no
 * article index is built.
 */
const MIN_ARTICLES = 40;

/** An article's passages [start, end) and its rank (0 for the best). */
export type ArticleHit = { rank: number; start: number; end: number };

export class ArticleEvidence {
  private constructor(
    /** None when there are too few articles for the evidence to count. */
    private readonly index: Bm25 | undefined,
    /** Per article: its first passage and the one after its last. */
    private readonly starts: number[],
    private readonly ends: number[],
  ) {}

  /** The articles of `passages` (consecutive runs of one article id) over the passages' index. */
  static of(passages: Passage[], bm25: Bm25): ArticleEvidence {
    const groupOf = new Int32Array(passages.length);
    const starts: number[] = [];
    const ends: number[] = [];
    passages.forEach((p, i) => {
      if (i === 0 || passages[i - 1]?.articleId !== p.articleId) {
        if (starts.length > 0) ends.push(i);
        starts.push(i);
      }
      groupOf[i] = starts.length - 1;
    });
    if (starts.length > 0) ends.push(passages.length);
    const index = starts.length >= MIN_ARTICLES ? bm25.grouped(groupOf, starts.length, ARTICLE_K1, 0) : undefined;
    return new ArticleEvidence(index, starts, ends);
  }

  /** The `limit` articles that cover the query best, best first, as ranges of passages (none among a few). */
  search(tokens: string[], limit = ARTICLES): ArticleHit[] {
    return (this.index?.search(tokens, limit) ?? []).map((h, rank) => ({
      rank,
      start: this.starts[h.doc] as number,
      end: this.ends[h.doc] as number,
    }));
  }
}
