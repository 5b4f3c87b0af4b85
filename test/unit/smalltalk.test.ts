import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";

/** Chat lines get a short reply, never a lookup or the refusal; a question after thanks is still a question. */
describe("small talk", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  for (const q of ["你好呀", "谢谢", "好的谢谢，辛苦了", "收到，谢谢！", "ok thanks", "thanks a lot!", "辛苦了"]) {
    it(`"${q}" is answered as chat`, async () => {
      const a = await engine.answer(q);
      expect(a.kind).toBe("none");
      expect(a.citations).toEqual([]);
      expect(a.answer).not.toContain("没有提到");
    });
  }
  it("thanks followed by a question is the question", async () => {
    const a = await engine.answer("谢谢，物联网网络有哪些成员");
    expect(a.kind).not.toBe("none");
  });
});
