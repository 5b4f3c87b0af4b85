/**
 * Text normalisation shared by question parsing, the alias index and figure matching:
 * NFKC (full-width → half-width), lower case, punctuation → space, no spaces around CJK,
 * single spaces between Latin words (so English names match on word boundaries).
 */
const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const PUNCT = /[\p{P}\p{S}]/gu;
const KEEP = new Set(["%", ".", "/"]);
/** Built once: normalize runs for every passage a search considers. */
const SPACE_NEXT_TO_CJK = new RegExp(` (?=[${CJK}%\\d])|(?<=[${CJK}%]) `, "g");
const SPACE_AFTER_DIGIT_BEFORE_CJK = new RegExp(`(?<=\\d) (?=[${CJK}])`, "g");

export function normalize(text: string): string {
  let t = text.normalize("NFKC").toLowerCase();
  t = t.replace(/['’]s\b/g, ""); // possessive: "East Lake's" → "east lake"
  t = t.replace(/['’‘`]/g, ""); // "Xi'an" → "xian"
  t = t.replace(/(?<![a-z])(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, "")); // "A.I." → "ai"
  t = t.replace(PUNCT, (ch) => (KEEP.has(ch) ? ch : " "));
  // "." and "/" survive only between digits (843.7, 1/10).
  t = t.replace(/(?<!\d)[./]|[./](?!\d)/g, " ");
  t = t.replace(/\s+/g, " ").trim();
  t = t.replace(SPACE_NEXT_TO_CJK, "");
  t = t.replace(SPACE_AFTER_DIGIT_BEFORE_CJK, "");
  return t;
}

const termCache = new Map<string, string>();
/** Bound on `termCache`: data terms are a few thousand; a larger table is cleared rather than grown. */
const TERM_CACHE_MAX = 50_000;

/**
 * `normalize` for a term of the data (a match word, a label, an alias), read for every question: remembered, since
 * the data's terms are few and fixed. Not for question text (which would fill the table).
 */
export function normalizeTerm(term: string): string {
  let out = termCache.get(term);
  if (out === undefined) {
    if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
    out = normalize(term);
    termCache.set(term, out);
  }
  return out;
}

const ASCII_WORD = /^[a-z0-9 .-]+$/;

/** Finds `term` in normalised `text`; Latin terms only on word boundaries. Returns the index or -1. */
export function findTerm(text: string, term: string, from = 0): number {
  // (A term that starts with a Chinese character is no Latin word: the test below is the costly part.)
  if (term.charCodeAt(0) >= 0x80 || !ASCII_WORD.test(term)) return text.indexOf(term, from);
  for (let i = text.indexOf(term, from); i >= 0; i = text.indexOf(term, i + 1)) {
    const before = text[i - 1];
    const after = text[i + term.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after)))
      return i;
  }
  return -1;
}

export function hasTerm(text: string, term: string): boolean {
  return findTerm(text, term) >= 0;
}

export function hasAny(text: string, terms: readonly string[]): boolean {
  return terms.some((t) => hasTerm(text, t));
}

/** Every character of `short` stands in `long`, in the same order. */
export function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
