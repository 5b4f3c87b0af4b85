/**
 * Message rules end to end (webhook → bot → fake Feishu): private vs group, @-mentions, @all, apps and the bot
 * itself, post / image / file / sticker, over-long text, commands, the card with its 来源 panel, and the
 * plain-text fallback when a card is refused.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import { BOT_NAME, helpText, TOO_LONG_TEXT, UNSUPPORTED_TEXT } from "../../src/bot/handle.ts";
import { FAKE_BOT_OPEN_ID, FakeFeishu } from "../fakes/feishu-server.ts";
import { contentOf, fakeEngine, ids, messageEvent, postJson, startBot, type TestBot } from "./helpers.ts";

let fake: FakeFeishu;
let t: TestBot;
let engine: ReturnType<typeof fakeEngine>;

beforeAll(async () => {
  fake = await FakeFeishu.start();
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  await t?.close();
});

async function start(options: Parameters<typeof startBot>[0] = {}) {
  engine = fakeEngine();
  t = await startBot({ fake, engine: engine.engine, ...options });
  return t;
}

/** Sends one event and returns what was posted in reply to it. */
async function exchange(body: Record<string, unknown>) {
  const r = await postJson(t.eventsUrl, body);
  expect(r.status).toBe(200);
  await t.bot.idle();
  return fake.replies().filter((m) => m.target === ids(body).messageId);
}

const textOf = (m: { content: string } | undefined) => contentOf(m ?? { content: "{}" }).text as string;
const cardJson = (m: { content: string } | undefined) => JSON.stringify(contentOf(m ?? { content: "{}" }));

describe("who gets an answer", () => {
  it("private chat: always", async () => {
    await start();
    const replies = await exchange(messageEvent("message_p2p_text"));
    expect(replies).toHaveLength(1);
    expect(engine.calls).toEqual([{ kind: "answer", arg: "物联网网络有哪些成员" }]);
  });

  it("group: only when the bot itself is mentioned; the mention key is stripped", async () => {
    await start();
    expect(await exchange(messageEvent("message_group_mention"))).toHaveLength(1);
    expect(engine.calls).toEqual([{ kind: "answer", arg: "物联网网络有哪些成员" }]);
    expect(await exchange(messageEvent("message_group_no_mention"))).toHaveLength(0);
    expect(await exchange(messageEvent("message_group_mention_other"))).toHaveLength(0);
    expect(await exchange(messageEvent("message_group_at_all"))).toHaveLength(0);
    expect(engine.calls).toHaveLength(1);
  });

  it("group: @all together with the bot's own mention is answered", async () => {
    await start();
    const replies = await exchange(messageEvent("message_group_at_all_and_bot"));
    expect(replies).toHaveLength(1);
    expect(engine.calls).toEqual([{ kind: "briefing", arg: undefined }]);
  });

  it("messages from apps/bots and from the bot itself are ignored", async () => {
    await start();
    expect(await exchange(messageEvent("message_from_app"))).toHaveLength(0);
    const own = messageEvent("message_p2p_text");
    const sender = (own.event as { sender: { sender_id: { open_id: string } } }).sender;
    sender.sender_id.open_id = FAKE_BOT_OPEN_ID;
    expect(await exchange(own)).toHaveLength(0);
    expect(engine.calls).toHaveLength(0);
  });

  it("the bot's open_id is fetched once (GET /open-apis/bot/v3/info) and cached", async () => {
    await start();
    const before = fake.callsTo("bot").length;
    for (let i = 0; i < 5; i++) await exchange(messageEvent("message_group_mention"));
    expect(fake.callsTo("bot").length - before).toBe(1);
  });
});

describe("what kind of message", () => {
  it("rich text (post) is answered: title and text, mention stripped, images ignored", async () => {
    await start();
    expect(await exchange(messageEvent("message_post"))).toHaveLength(1);
    expect(engine.calls).toEqual([{ kind: "answer", arg: "请教\n集成电路网络有多少家高新区" }]);
  });

  it("a group post that embeds a document (mentions[] empty, the @ carried by the post's at element) is answered", async () => {
    await start();
    const body = messageEvent("message_post_doc_no_mentions");
    const message = (body.event as { message: { mentions: unknown[] } }).message;
    expect(message.mentions).toEqual([]);
    expect(await exchange(body)).toHaveLength(1);
    expect(engine.calls).toEqual([
      { kind: "answer", arg: "这份材料里提到的物联网网络有哪些成员\n国家高新区协同创新网络材料汇编" },
    ]);
  });

  it("the same post @-mentioning someone else is not for the bot", async () => {
    await start();
    const body = messageEvent("message_post_doc_no_mentions");
    const message = (body.event as { message: { content: string } }).message;
    message.content = message.content.replace(/ou_bot[0-9a-f]+/, "ou_someone0else1234567890abcdef");
    expect(await exchange(body)).toHaveLength(0);
    expect(engine.calls).toEqual([]);
  });

  it.each(["message_image", "message_file", "message_sticker"])(
    "%s gets a short note on what the bot can do",
    async (name) => {
      await start();
      const replies = await exchange(messageEvent(name));
      expect(replies).toHaveLength(1);
      expect(replies[0]?.msgType).toBe("text");
      expect(textOf(replies[0])).toBe(UNSUPPORTED_TEXT);
      expect(engine.calls).toHaveLength(0);
    },
  );

  it("over 4,000 characters gets a polite refusal; 4,000 is answered", async () => {
    await start();
    const long = await exchange(messageEvent("message_p2p_text", { text: "问".repeat(4001) }));
    expect(textOf(long[0])).toBe(TOO_LONG_TEXT);
    expect(engine.calls).toHaveLength(0);
    await exchange(messageEvent("message_p2p_text", { text: "问".repeat(4000) }));
    expect(engine.calls).toHaveLength(1);
  });
});

describe("commands", () => {
  it.each(["/帮助", "帮助", "/help", "？"])("%s → help with example questions", async (text) => {
    await start();
    const replies = await exchange(messageEvent("message_p2p_text", { text }));
    // The fake engine has no knowledge: the help names nothing it cannot vouch for (see test/unit/help-text.test.ts).
    expect(textOf(replies[0])).toBe(helpText(BOT_NAME, undefined));
  });

  it("just @-mentioning the bot in a group shows help", async () => {
    await start();
    const replies = await exchange(messageEvent("message_group_mention", { text: "" }));
    expect(textOf(replies[0])).toBe(helpText(BOT_NAME, undefined));
  });

  it.each([
    ["/简报", undefined],
    ["简报", undefined],
    ["/简报 物联网", "物联网"],
    ["简报 物联网", "物联网"],
    ["/简报物联网", "物联网"],
  ])("%s → briefing card (scope %s)", async (text, scope) => {
    await start();
    const replies = await exchange(messageEvent("message_group_mention", { text }));
    expect(engine.calls).toEqual([{ kind: "briefing", arg: scope }]);
    expect(replies[0]?.msgType).toBe("interactive");
    expect(cardJson(replies[0])).toContain(scope ? `简报 · ${scope}` : "简报 · 五个协同创新网络");
  });

  it("an unknown command says which commands exist", async () => {
    await start();
    const replies = await exchange(messageEvent("message_p2p_text", { text: "/统计 物联网" }));
    expect(textOf(replies[0])).toContain("/简报");
    expect(engine.calls).toHaveLength(0);
  });
});

describe("the reply", () => {
  it("is a reply to the message: card JSON 2.0 with the answer, the list and a collapsible 来源 panel", async () => {
    await start();
    const body = messageEvent("message_p2p_text");
    const replies = await exchange(body);
    const call = fake.callsTo("reply").at(-1);
    expect(call?.path).toBe(`/open-apis/im/v1/messages/${ids(body).messageId}/reply`);
    expect(call?.headers.authorization).toMatch(/^Bearer t-/);
    const card = contentOf(replies[0] ?? { content: "{}" }) as {
      schema: string;
      header: { title: { content: string } };
      body: { elements: Array<Record<string, unknown>> };
    };
    expect(card.schema).toBe("2.0");
    expect(card.header.title.content).toBe("物联网产业协同创新网络 · 成员");
    const panel = card.body.elements.find((e) => e.tag === "collapsible_panel");
    expect(JSON.stringify(panel)).toContain("来源（1）");
    expect(JSON.stringify(panel)).toContain("物联网产业协同创新网络成立");
    expect(JSON.stringify(panel)).toContain("2023-05-18");
    expect(JSON.stringify(panel)).toContain("鹰潭等 11 家高新区");
    expect(JSON.stringify(card)).toContain("鹰潭高新区");
  });

  it("falls back to plain text when Feishu refuses the card (230099)", async () => {
    await start();
    fake.refuseCards = true;
    try {
      const replies = await exchange(messageEvent("message_p2p_text"));
      expect(replies).toHaveLength(1);
      expect(replies[0]?.msgType).toBe("text");
      expect(textOf(replies[0])).toContain("物联网产业协同创新网络共有 11 个成员高新区");
      expect(textOf(replies[0])).toContain("来源：");
      expect(t.logs.some((l) => l.includes("E_FEISHU_CARD_REFUSED"))).toBe(true);
    } finally {
      fake.refuseCards = false;
    }
  });

  it("a huge answer still goes as one card, shrunk until its request body is under Feishu's 30 KB", async () => {
    const huge: Answer = {
      kind: "passage",
      answer: "很长的回答",
      items: Array.from({ length: 80 }, (_, i) => ({ name: `高新区${"名".repeat(150)}${i}`, note: "注".repeat(150) })),
      citations: Array.from({ length: 12 }, (_, i) => ({
        articleId: `a${i}`,
        title: "题",
        date: null,
        quote: "引".repeat(400),
      })),
    };
    t = await startBot({ fake, engine: { answer: async () => huge, briefing: () => huge } });
    const before = fake.callsTo("reply").length;
    const replies = await exchange(messageEvent("message_p2p_text"));
    expect(replies[0]?.msgType).toBe("interactive");
    const calls = fake.callsTo("reply").slice(before);
    expect(calls).toHaveLength(1); // no doomed card attempt
    // Measured on the request as the SDK sent it: the card is an escaped JSON string inside the body.
    expect(Buffer.byteLength(JSON.stringify(calls[0]?.body), "utf8")).toBeLessThan(30 * 1024);
  });
});
