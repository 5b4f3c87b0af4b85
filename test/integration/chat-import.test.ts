/**
 * /导入 in chat and the import round trip: the real app and the real engine (retrieval included), SQLite stores,
 * the real sender and docs client against the fake Open API. A maintainer's /导入 stores the document through the
 * add-article path, reloads, and replies with a card of what was learned; the next question is answered from the
 * document with a verbatim citation. Anyone else is refused politely and nothing is stored.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createChatImporter, IMPORT_REFUSED_TEXT } from "../../src/admin/chat-import.ts";
import { addedKnowledgeSource, startKnowledgeReloader } from "../../src/admin/reloader.ts";
import { createEngine } from "../../src/answer/engine.ts";
import { createApp } from "../../src/app.ts";
import { createFeishuDocs } from "../../src/feishu/docs.ts";
import { createFeishuSender } from "../../src/feishu/send.ts";
import { readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { createLogger } from "../../src/log.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { contentOf, listen, messageEvent, postJson, TOKEN } from "./helpers.ts";
import { DOC_ID, DOC_TEXT, DOC_TITLE } from "./maint-helpers.ts";
import { removeTempDirs, tempDataDir } from "./subscriptions-helpers.ts";

afterAll(removeTempDirs);

const MAINTAINER = "ou_84aad35d084aa403a838cf73ee18467"; // the sender of message_p2p_text
const SOMEONE_ELSE = "ou_0000000000000000000000000000beef";

function from(openId: string, text: string) {
  const body = messageEvent("message_p2p_text", { text });
  ((body.event as { sender: { sender_id: { open_id: string } } }).sender.sender_id as { open_id: string }).open_id =
    openId;
  return body;
}

describe("/导入 and the import round trip", () => {
  it("refuses others; imports for a maintainer, replies with what was learned, then answers from it", async () => {
    const fake = await FakeFeishu.start();
    fake.addDocument(DOC_ID, DOC_TITLE, DOC_TEXT);
    const dataDir = tempDataDir();
    const stores = openSqliteNoticeStores(join(dataDir, "state.sqlite"));
    const logs: string[] = [];
    const logger = createLogger({ level: "debug", sink: (l) => logs.push(l), secrets: [fake.appSecret, TOKEN] });
    const source = addedKnowledgeSource(stores.added);
    const engine = await createEngine({ dataDir, added: source.load });
    const reloader = startKnowledgeReloader({
      reload: () => engine.reload(),
      source,
      store: stores.added,
      logger,
      intervalMs: 0,
    });
    const sender = createFeishuSender({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url, logger });
    const importer = createChatImporter({
      adminOpenIds: [MAINTAINER],
      importDeps: {
        added: stores.added,
        outbox: stores.outbox,
        baseFiles: () => readKnowledgeFiles(),
        docs: createFeishuDocs({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url }),
      },
      reload: (reason) => reloader.reload(reason),
      knowledge: async () => engine.knowledge,
      logger,
    });
    const bot = createApp({
      config: { verificationToken: TOKEN },
      engine,
      dedup: createMemoryDedupStore(),
      sender,
      logger,
      importer,
    });
    const server = await listen(bot.fetch);
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feishu/events`;
    const link = `https://example.feishu.cn/docx/${DOC_ID}`;
    const send = async (body: Record<string, unknown>) => {
      expect((await postJson(url, body)).status).toBe(200);
      await bot.idle();
      return contentOf(fake.replies().at(-1) as { content: string });
    };
    try {
      const refused = await send(from(SOMEONE_ELSE, `/导入 ${link}`));
      expect(refused).toEqual({ text: IMPORT_REFUSED_TEXT });
      expect(await stores.added.articles()).toEqual([]);
      expect(fake.callsTo("docxRaw")).toHaveLength(0);

      const card = JSON.stringify(await send(from(MAINTAINER, `/导入 ${link}`)));
      expect(card).toContain(`已导入：${DOC_TITLE}`);
      expect(card).toContain(`feishu-${DOC_ID}`);
      expect(card).toContain("国家高新区生物医药产业协同创新网络"); // learned by the add-article path
      expect(card).toContain("牵头 苏州工业园区");
      // A question naming the new network is answered from the fact learned, citing the document word for word.
      const fact = await engine.answer("生物医药网络的牵头单位是谁");
      expect(fact.kind).toBe("fact");
      expect(fact.answer).toContain("苏州工业园区");
      expect(fact.citations.map((c) => c.articleId)).toEqual([`feishu-${DOC_ID}`]);
      expect(DOC_TEXT).toContain(fact.citations[0]?.quote ?? "∅");

      // An open question is answered from its passages.
      const answer = await engine.answer("哪个单位负责日常联络和年度工作计划");
      const cited = answer.citations.find((c) => c.articleId === `feishu-${DOC_ID}`);
      expect(cited).toBeDefined();
      expect(DOC_TEXT).toContain(cited?.quote ?? "∅");
      expect(cited?.quote).toContain("秘书处设在苏州工业园区科技创新局");

      const again = JSON.stringify(await send(from(MAINTAINER, `/导入 ${link}`)));
      expect(again).toContain("没有新内容");

      // A document that counts a group's members without a list that could be read, and one that reports a group's
      // founding with neither: the card says so.
      const imported = async (id: string, title: string, text: string) => {
        fake.addDocument(id, title, text);
        return JSON.stringify(await send(from(MAINTAINER, `/导入 https://example.feishu.cn/docx/${id}`)));
      };
      const warned = await imported(
        "UnreadList0000000000000000a",
        "海洋装备联盟成立",
        "5月8日，海洋装备国家高新区协同发展联盟在青岛高新区成立。沿海6省共9家国家高新区共同发起成立该联盟。",
      );
      expect(warned).toContain("海洋装备国家高新区协同发展联盟：文中说有 9 家成员，只读出 0 家");
      const none = await imported(
        "NoList000000000000000000000b",
        "三角洲联盟成立",
        "6月18日，珠江三角洲国家高新区协同发展联盟在东莞松山湖高新区成立。联盟秘书处设在松山湖高新区。",
      );
      expect(none).toContain("珠江三角洲国家高新区协同发展联盟：文中写了它的成立，但没有读出成员名单或成员数");
      expect(logs.join("\n")).not.toContain(fake.appSecret);
    } finally {
      reloader.stop();
      await bot.idle();
      server.closeAllConnections();
      server.close();
      await stores.close();
      await fake.close();
    }
  });
});
