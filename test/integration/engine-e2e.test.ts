/**
 * End to end with the real engine: a question through the webhook, answered from the knowledge base, arrives
 * at (fake) Feishu as a card reply with the members and the sources.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";
import { contentOf, ids, messageEvent, postJson, startBot } from "./helpers.ts";

const dataDir = mkdtempSync(join(tmpdir(), "bot-engine-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("with the real engine", () => {
  it("物联网网络有哪些成员 → a card reply naming 鹰潭, with a 来源 panel", async () => {
    const t = await startBot({ engine: createEngine({ dataDir }) });
    try {
      const body = messageEvent("message_group_mention", { text: "物联网网络有哪些成员" });
      expect((await postJson(t.eventsUrl, body)).status).toBe(200);
      await t.bot.idle();
      const replies = t.fake.replies();
      expect(replies).toHaveLength(1);
      expect(replies[0]?.target).toBe(ids(body).messageId);
      expect(replies[0]?.msgType).toBe("interactive");
      const card = JSON.stringify(contentOf(replies[0] ?? { content: "{}" }));
      expect(card).toContain("鹰潭");
      expect(card).toContain("collapsible_panel");
      expect(card).toContain("来源");
    } finally {
      await t.close();
    }
  });
});
