/** "首批成员" reads a group's first member list when a later article changed it. */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { growthArticles } from "../growth/check.ts";

let engine: Engine;
beforeAll(async () => {
  const dir = fileURLToPath(new URL("../growth3/articles/", import.meta.url));
  engine = await createEngine({ factsOnly: true, added: () => ({ articles: growthArticles(dir), events: [] }) });
});

describe("first members", () => {
  it("intersects the first list, not the current one", async () => {
    const a = await engine.answer("储能网络首批成员中哪些也属于集成电路产业协同创新网络？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("合肥高新区");
    // 武汉东湖 joined later (2026) and is in the 集成电路 network: not a first member.
    expect(a.answer).not.toContain("武汉东湖");
  });

  it("uses the current list without the cue", async () => {
    const a = await engine.answer("储能网络成员中哪些也属于集成电路产业协同创新网络？");
    expect(a.answer).toContain("武汉东湖");
  });
});
