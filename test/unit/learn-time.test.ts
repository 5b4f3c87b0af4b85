/**
 * Facts over time: a later article that moves a secretariat (a handover, a rotation) makes the new seat current
 * and keeps the earlier one in the history, curated or not; it is not reported as a conflict.
 */
import { describe, expect, it } from "vitest";
import { mergeAddedKnowledge, readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { prepareKnowledge } from "../../src/knowledge/pipeline.ts";

const handover = {
  id: "t-handover",
  title: "淮河联盟第二届秘书处落户徐州高新区",
  date: "2026-05-25",
  source: null,
  body: "淮河联盟第二届秘书处落户徐州高新区\n\n本报讯 5月21日，淮河生态经济带高新区产业科技创新战略联盟秘书处轮值交接仪式在徐州高新区举行。按照《联盟秘书处轮值制度》，联盟秘书处由盐城高新区正式移交徐州高新区，徐州高新区成为联盟第二届秘书处所在单位，任期两年。",
};

describe("a secretariat that moves", () => {
  it("a later article's seat is current; the curated one is kept as history, and no conflict is reported", () => {
    const files = readKnowledgeFiles();
    mergeAddedKnowledge(files, { articles: [handover], events: [] });
    const prepared = prepareKnowledge(files);
    if (!prepared.ok) throw new Error("knowledge did not validate");
    const huaihe = prepared.learning.files.alliances.find((a) => a.id === "huaihe");
    expect(huaihe?.secretariat).toMatchObject({ zone: "xuzhou", asOf: "2026-05-25" });
    expect(huaihe?.secretariatHistory.map((s) => s.zone)).toEqual(["yancheng"]);
    expect(
      prepared.learning.conflicts.filter((c) => c.entity === "huaihe" && c.field.startsWith("secretariat")),
    ).toEqual([]);
  });

  it("without the later article the curated seat stands and there is no history", () => {
    const prepared = prepareKnowledge(readKnowledgeFiles());
    if (!prepared.ok) throw new Error("knowledge did not validate");
    const huaihe = prepared.learning.files.alliances.find((a) => a.id === "huaihe");
    expect(huaihe?.secretariat?.zone).toBe("yancheng");
    expect(huaihe?.secretariatHistory).toEqual([]);
  });
});
