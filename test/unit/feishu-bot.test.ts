import { describe, expect, it } from "vitest";
import {
  BOT_NAME,
  decide,
  handleMessage,
  helpText,
  MAX_QUESTION_CHARS,
  parseCommand,
  respond,
  TOO_LONG_TEXT,
  UNSUPPORTED_TEXT,
} from "../../src/bot/handle.ts";
import type { IncomingMessage } from "../../src/feishu/parse.ts";

const BOT = "ou_bot";
const msg = (over: Partial<IncomingMessage> = {}): IncomingMessage => ({
  messageId: "om_1",
  chatId: "oc_1",
  chatType: "p2p",
  messageType: "text",
  senderType: "user",
  senderOpenId: "ou_user",
  mentions: [],
  mentionsAll: false,
  text: "物联网网络有哪些成员",
  rootId: undefined,
  parentId: undefined,
  threadId: undefined,
  createTime: undefined,
  ...over,
});
const botMention = { key: "@_user_1", openId: BOT, name: "助手" };

describe("parseCommand", () => {
  it.each([
    ["/帮助", { command: "help" }],
    ["帮助", { command: "help" }],
    ["/help", { command: "help" }],
    ["？", { command: "help" }],
    ["/", { command: "help" }],
    ["/简报", { command: "briefing", scope: undefined }],
    ["简报", { command: "briefing", scope: undefined }],
    ["/简报 物联网", { command: "briefing", scope: "物联网" }],
    ["简报 物联网", { command: "briefing", scope: "物联网" }],
    ["/简报物联网", { command: "briefing", scope: "物联网" }],
    ["／简报　无锡高新区", { command: "briefing", scope: "无锡高新区" }],
    ["/统计 物联网", { command: "unknown", name: "统计" }],
    [
      "/订阅 物联网",
      { command: "subscription", subscription: { kind: "subscribe", scopeText: "物联网", mode: "instant" } },
    ],
  ])("%s", (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });

  it.each(["物联网网络有哪些成员", "帮助企业的政策有哪些", "简报里说了什么", "帮助 我查一下无锡"])(
    "%s is a question",
    (input) => {
      expect(parseCommand(input)).toBeUndefined();
    },
  );
});

describe("decide", () => {
  it("answers private questions and strips nothing else", () => {
    expect(decide(msg(), undefined)).toEqual({ action: "question", text: "物联网网络有哪些成员" });
  });
  it("groups need the bot's own mention", () => {
    expect(decide(msg({ chatType: "group" }), BOT)).toMatchObject({ action: "ignore" });
    expect(decide(msg({ chatType: "group", text: "@_user_1 物联网", mentions: [botMention] }), BOT)).toEqual({
      action: "question",
      text: "物联网",
    });
    expect(
      decide(msg({ chatType: "group", text: "@_user_1 x", mentions: [{ ...botMention, openId: "ou_other" }] }), BOT),
    ).toMatchObject({ action: "ignore" });
    expect(decide(msg({ chatType: "group", text: "@_all x", mentionsAll: true }), BOT)).toEqual({
      action: "ignore",
      reason: "only @all, bot not mentioned",
    });
    expect(decide(msg({ chatType: "group", text: "@_user_1 x", mentions: [botMention] }), undefined)).toMatchObject({
      action: "ignore",
      reason: "bot identity unknown",
    });
  });
  it("ignores apps, bots and itself", () => {
    expect(decide(msg({ senderType: "app" }), BOT)).toMatchObject({ action: "ignore" });
    expect(decide(msg({ senderOpenId: BOT }), BOT)).toMatchObject({ action: "ignore", reason: "own message" });
  });
  it("non-text messages, long and empty text, commands", () => {
    expect(decide(msg({ messageType: "image", text: undefined }), undefined)).toEqual({
      action: "unsupported",
      messageType: "image",
    });
    expect(decide(msg({ messageType: "system", text: undefined }), undefined)).toMatchObject({ action: "ignore" });
    expect(decide(msg({ text: "问".repeat(MAX_QUESTION_CHARS + 1) }), undefined)).toMatchObject({ action: "too_long" });
    expect(decide(msg({ text: "问".repeat(MAX_QUESTION_CHARS) }), undefined)).toMatchObject({ action: "question" });
    expect(decide(msg({ chatType: "group", text: "@_user_1", mentions: [botMention] }), BOT)).toEqual({
      action: "help",
    });
    expect(decide(msg({ text: "/简报 物联网" }), undefined)).toEqual({ action: "briefing", scope: "物联网" });
  });
});

describe("respond", () => {
  const engine = {
    answer: async (q: string) => ({ kind: "fact" as const, answer: q, citations: [] }),
    briefing: (s?: string) => ({ kind: "fact" as const, answer: `b:${s ?? ""}`, citations: [] }),
  };
  it("maps decisions to replies", async () => {
    expect(await respond({ action: "help" }, engine)).toEqual({ kind: "text", text: helpText(BOT_NAME, undefined) });
    expect(await respond({ action: "unsupported", messageType: "file" }, engine)).toEqual({
      kind: "text",
      text: UNSUPPORTED_TEXT,
    });
    expect(await respond({ action: "too_long", length: 5000 }, engine)).toEqual({ kind: "text", text: TOO_LONG_TEXT });
    expect(await respond({ action: "briefing", scope: "物联网" }, engine)).toMatchObject({
      kind: "answer",
      answer: { answer: "b:物联网" },
    });
    expect(await respond({ action: "ignore", reason: "x" }, engine)).toBeNull();
  });
  it("turns an engine failure into an apology and reports it", async () => {
    const errors: unknown[] = [];
    const broken = {
      answer: async () => Promise.reject(new Error("boom")),
      briefing: () => {
        throw new Error("boom");
      },
    };
    expect((await respond({ action: "question", text: "x" }, broken, (e) => errors.push(e)))?.kind).toBe("text");
    expect((await respond({ action: "briefing", scope: undefined }, broken, (e) => errors.push(e)))?.kind).toBe("text");
    expect(errors).toHaveLength(2);
  });
  it("without the bot identity, private chats are answered and groups are not", async () => {
    const botOpenId = async () => undefined;
    expect((await handleMessage(msg(), { engine, botOpenId })).reply?.kind).toBe("answer");
    const group = msg({ chatType: "group", text: "@_user_1 x", mentions: [botMention] });
    expect((await handleMessage(group, { engine, botOpenId })).decision).toMatchObject({ action: "ignore" });
  });
});
