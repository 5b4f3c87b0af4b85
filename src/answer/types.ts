/**
 * The one answer shape shared by the CLI, the Feishu cards, the playground and the tests.
 * Every citation quote is an exact substring of the body of article `articleId`.
 */
export type Citation = {
  articleId: string;
  title: string;
  /** Publication date (YYYY-MM-DD) when the article states one, else null. */
  date: string | null;
  quote: string;
};

export type AnswerKind = "fact" | "passage" | "none";

/** One entry of a list answer; `cites` are indexes into the answer's `citations` that support it. */
export type AnswerItem = { name: string; note?: string; cites?: number[] };

export type Answer = {
  /** "none" means the knowledge does not cover the question. */
  kind: AnswerKind;
  /** Plain text, complete on its own (what `--json` prints as "answer"). */
  answer: string;
  /** A short title for cards (e.g. "物联网产业协同创新网络 · 成员"). */
  title?: string;
  /** A list answer (members, networks), in source order. */
  items?: AnswerItem[];
  /** Caveats: partial list, ambiguous name answered both ways, "as of" dates. */
  notes?: string[];
  citations: Citation[];
  /** For a refusal: up to three questions the bot can answer about the nearest entity it knows. */
  suggestions?: string[];
  /** The question as answered, when a follow-up was completed from the conversation ("牵头单位呢" → "…的牵头单位呢"). */
  understoodAs?: string;
  /** Set when `answer` was written by a language model (src/llm/): every sentence cites `citations` as [n]
   *  and passed the citation guard; `partial` while it is still being written. */
  generated?: { model: string; sentences: number; dropped: number; partial?: boolean };
};

/** Options for one answer: `onProgress` receives partial answers while a slow answer is being written. */
export type AnswerOptions = { onProgress?: (partial: Answer) => void };

/** Questions longer than this are refused politely, by the engine and the bot alike. */
export const MAX_QUESTION_CHARS = 4000;

/** What the bot layer calls to answer a question (the engine, injected). */
export type AnswerFn = (question: string) => Answer | Promise<Answer>;
