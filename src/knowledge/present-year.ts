/**
 * The year the knowledge speaks from: that of its newest date (presentDate). A question's "今年", "去年" or "前年" is read
 * against it ("纳米网络是不是去年才成立的"), so an answer depends on the articles, never on the clock it runs at.
 */
import type { Knowledge } from "./load.ts";
import { perSnapshot } from "./per-snapshot.ts";

export function presentYear(k: Knowledge): number | undefined {
  const date = presentDate(k);
  return date ? Number(date.slice(0, 4)) : undefined;
}

const newest = perSnapshot<string | undefined>();

/** The newest date the knowledge gives (YYYY-MM-DD): of its dated articles and of the events they report (an undated
 *  article's events still say when it speaks from); a seat's move decided after it is still ahead. */
export function presentDate(k: Knowledge): string | undefined {
  return newest(k, "present", () => {
    let date = "";
    for (const a of k.articles.values()) if ((a.date ?? "") > date) date = a.date ?? "";
    for (const e of k.events) if (e.date > date) date = e.date;
    return date || undefined;
  });
}

/** Years said relative to the present, and how far back each is. */
export const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2 };
