import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanBody, toRawOffset } from "../../src/knowledge/clean.ts";
import { withoutHeadings } from "../../src/retrieval/quote-span.ts";

const ARTICLES = join(import.meta.dirname, "../../knowledge/articles");

describe("page breaks in article bodies", () => {
  it("joins a sentence broken by a page break and drops the photo credit set between its halves", () => {
    const raw =
      "联盟成员覆盖5省17个市,形成了淮河生态经济带高新区产业科技创新战略联盟。首\n\n本报记者 刘琴摄\n\n届联盟秘书处设在盐城高新区。";
    expect(cleanBody(raw).body).toBe(
      "联盟成员覆盖5省17个市,形成了淮河生态经济带高新区产业科技创新战略联盟。首届联盟秘书处设在盐城高新区。",
    );
  });

  it("keeps headings, headlines and paragraphs that end a sentence apart", () => {
    const raw =
      "国家高新区建设产业协同创新网络\n\n摸家底\n\n开放协同创新亟待提质增效,主导产业竞争力突出,集聚度高。\n\n#### 聚焦核心技术\n\n“随着国内外形势的发展变化。”";
    expect(cleanBody(raw).body).toBe(raw);
  });

  it("drops a space the layout set inside a word", () => {
    expect(cleanBody("共建共享概 念验证中心和中试平台").body).toBe("共建共享概念验证中心和中试平台");
  });

  it("maps every character of every cleaned seed body back to the same character of the stored text", () => {
    for (const file of readdirSync(ARTICLES)) {
      const raw = readFileSync(join(ARTICLES, file), "utf8");
      const cleaned = cleanBody(raw);
      for (let i = 0; i < cleaned.body.length; i++) expect(raw[toRawOffset(cleaned, i)]).toBe(cleaned.body[i]);
    }
  });
});

describe("quotes never start with a heading or a byline", () => {
  it("strips heading and byline lines and keeps the rest as an exact substring", () => {
    const piece = "### 访科技部火炬中心主任贾敬敦\n\n本报记者李争粉报道\n\n“创新型产业集群是重要形态。”";
    expect(withoutHeadings(piece)).toBe("“创新型产业集群是重要形态。”");
    expect(piece).toContain(withoutHeadings(piece));
    expect(withoutHeadings("## 只有标题")).toBe("");
  });

  it("drops a 本报讯 dateline but keeps the news sentence it opens", () => {
    const piece = "本报讯（记者 韩雪）记者从某高新区获悉，2025年园区产值618亿元。";
    expect(withoutHeadings(piece)).toBe("记者从某高新区获悉，2025年园区产值618亿元。");
    expect(piece).toContain(withoutHeadings(piece));
    expect(withoutHeadings("本报讯（记者 韩雪）")).toBe("");
  });
});
