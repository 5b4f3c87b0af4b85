/**
 * Figures learned from an added article: taken when a question can find them safely (about a zone or group),
 * never twice, never over a curated figure that states the same number.
 */
import { describe, expect, it } from "vitest";
import { mergeAddedKnowledge, readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { prepareKnowledge } from "../../src/knowledge/pipeline.ts";

const report = {
  id: "t-opto-2026",
  title: "光电子网络年会在长春召开",
  date: "2026-07-02",
  source: null,
  body: "光电子网络年会在长春召开\n\n7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。截至2025年底，网络成员单位共建联合实验室23个。会议期间签约合作项目6个。",
};

function learn(articles: (typeof report)[]) {
  const files = readKnowledgeFiles();
  mergeAddedKnowledge(files, { articles, events: [] });
  const prepared = prepareKnowledge(files);
  if (!prepared.ok) throw new Error("knowledge did not validate");
  return prepared.learning;
}

describe("figures learned from articles", () => {
  it("takes a figure about the group, with its year and quote, and leaves out one that says not whose", () => {
    const { files, dropped } = learn([report]);
    const mine = files.figures.filter((f) => f.evidence.some((e) => e.article === report.id));
    expect(mine).toEqual([
      expect.objectContaining({
        value: "23",
        unit: "个",
        year: 2025,
        about: ["opto"],
        evidence: [{ article: report.id, quote: "截至2025年底，网络成员单位共建联合实验室23个" }],
      }),
    ]);
    expect(dropped).toEqual([]);
  });

  it("learns nothing more from the seed articles than the curated figures already say", () => {
    const curated = readKnowledgeFiles().figures.length;
    expect(learn([]).files.figures.length).toBe(curated);
  });
});
