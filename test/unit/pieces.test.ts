import { describe, expect, it } from "vitest";
import { latestVersions } from "../../src/knowledge/build.ts";
import { readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { pieceFor, splitPieces } from "../../src/knowledge/pieces.ts";

describe("a page with a 本报讯 item", () => {
  it("becomes one article record per news item, the item titled by its headline", () => {
    const ids = readKnowledgeFiles().articles.map((a) => a.id);
    expect(ids).toContain("002_fe6c438617aa5c55");
    const piece = readKnowledgeFiles().articles.find((a) => a.id === "002_fe6c438617aa5c55~2");
    expect(piece?.title).toBe("三原高新区全产业合作推介会在北京举行");
    expect(piece?.body.startsWith("本报讯")).toBe(true);
  });

  it("finds a quote given the page's id in the piece that holds it", () => {
    const articles = new Map(readKnowledgeFiles().articles.map((a) => [a.id, a] as const));
    expect(pieceFor(articles, "002_fe6c438617aa5c55", "三原高新区全产业合作推介会在北京举行,推介会旨在")?.id).toBe(
      "002_fe6c438617aa5c55~2",
    );
  });

  it("leaves an article without such an item whole", () => {
    const article = { id: "a", title: "t", body: "第一段。\n\n第二段。", file: "a.md" } as Parameters<
      typeof splitPieces
    >[0];
    expect(splitPieces(article)).toEqual([article]);
  });
});

describe("versions of an added article", () => {
  it("answer from the latest version only: <id>-v3 supersedes <id> and <id>-v2", () => {
    const ids = ["feishu-abc", "feishu-abc-v2", "feishu-abc-v3", "other", "other-v2x", "lonely-v2"];
    expect([...latestVersions(ids.map((id) => ({ id })))].sort()).toEqual([
      "feishu-abc-v3",
      "lonely-v2",
      "other",
      "other-v2x",
    ]);
  });
});
