/**
 * The question-class tests' shared shape: articles written for a test, an engine over the base knowledge with them
 * added (built once before the file's tests), and a check that an answer names what it must and nothing it must not.
 */
import { beforeAll, expect } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";

/** An article as the admin API takes it, its body one paragraph a line. */
export const article = (id: string, title: string, date: string, paragraphs: string[]) => ({
  id,
  title,
  date,
  source: "测试",
  body: paragraphs.join("\n\n"),
});

/** An engine over the base knowledge and `articles` (built in the file's beforeAll), and `answers` on it. */
export function grownEngine(articles: ReturnType<typeof article>[]) {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ added: () => ({ articles, events: [] }) });
  });
  return {
    get engine(): Engine {
      return engine;
    },
    /** The answer names every one of `all` and none of `none`, and is not a refusal. */
    async answers(q: string, all: string[], none: string[] = []) {
      const a = await engine.answer(q);
      expect(a.kind, a.answer).not.toBe("none");
      for (const s of all) expect(a.answer, q).toContain(s);
      for (const s of none) expect(a.answer, q).not.toContain(s);
    },
  };
}
