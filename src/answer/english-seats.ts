/**
 * A post asked in English ("Who is the rotating chair of the AI network for 2026?"): read in the articles' words —
 * the post (knowledge/lexicon/questions.yaml `englishSeats`), the year it names ("for 2026" → 2026年) and that a
 * holder is asked (是谁) — so the seat is answered, not the lead ("chair" alone asks who leads).
 */
import { lexicon } from "../knowledge/lexicon.ts";

/** Posts, longest phrase first ("rotating chair unit" before "rotating chair"). */
let posts: [RegExp, string][] | undefined;

export function englishSeatRead(text: string): string | null {
  if (!/[a-z]{3}/i.test(text)) return null;
  posts ??= Object.entries(lexicon.englishSeats)
    .sort(([a], [b]) => b.length - a.length)
    .map(([phrase, post]) => [new RegExp(`\\b(?:the )?${phrase.replace(/[ -]/g, "[ -]")}s?\\b`, "i"), post]);
  const found = posts.find(([re]) => re.test(text));
  if (!found) return null;
  const [re, post] = found;
  // (A question that writes the post in Chinese too, "the rotating chair (轮值理事长)", keeps its own words.)
  const own = /[（(][^）)]*(?:主席|理事长|秘书长)[^）)]*[）)]/.test(text);
  const read = text.replace(re, own ? "" : post).replace(/\b(?:in|for|during) ((?:19|20)\d{2})\b/gi, "$1年");
  return /\b(?:who|which)\b/i.test(read) ? `${read}是谁` : read;
}
