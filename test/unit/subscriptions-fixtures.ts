/** Shared fixtures for the subscription unit tests. */
import type { KnowledgeEvent } from "../../src/knowledge/schema.ts";
import type { NoticeEvent } from "../../src/subscriptions/types.ts";

/** A knowledge event and its notice card data, with the given id and scopes. */
export function event(id: string, scopes: string[]): { event: KnowledgeEvent; notice: NoticeEvent } {
  return {
    event: {
      id,
      date: "2025-12-02",
      title: `事件 ${id}`,
      summary: "摘要",
      scopes,
      evidence: [{ article: "a1", quote: "一句原文" }],
    },
    notice: {
      id,
      date: "2025-12-02",
      title: `事件 ${id}`,
      summary: "摘要",
      quote: "一句原文",
      articleId: "a1",
      articleTitle: "文章",
      articleDate: null,
    },
  };
}
