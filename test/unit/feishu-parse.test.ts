import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractText, parseEnvelope, parseMessageEvent, stripMentions } from "../../src/feishu/parse.ts";

const dir = new URL("../fixtures/feishu/", import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8"));
const BOT = "ou_bot7f3e9a1c5d2b8e4f6a0c9d1e3b5a7c9";

describe("parseEnvelope", () => {
  it("recognises url_verification, v2 and v1 events", () => {
    expect(parseEnvelope(load("url_verification"))).toMatchObject({ kind: "challenge", challenge: "ajls384kdjx98XX" });
    expect(parseEnvelope(load("message_p2p_text"))).toMatchObject({
      kind: "event",
      eventType: "im.message.receive_v1",
    });
    expect(parseEnvelope(load("message_v1"))).toMatchObject({ kind: "event_v1", eventType: "message" });
    expect(parseEnvelope(load("event_bot_added"))).toMatchObject({
      kind: "event",
      eventType: "im.chat.member.bot.added_v1",
    });
  });

  it("parses every fixture without invalid results", () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const env = parseEnvelope(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
      expect(env.kind, file).not.toBe("invalid");
    }
  });

  it("rejects wrong shapes", () => {
    for (const body of [
      null,
      [],
      "x",
      1,
      {},
      { schema: "2.0" },
      { schema: "2.0", header: {} },
      { schema: "3.0", header: { event_id: "a", event_type: "b" } },
      { type: "url_verification" },
      { type: "event_callback", event: {} },
    ]) {
      expect(parseEnvelope(body).kind).toBe("invalid");
    }
  });

  it("never throws on arbitrary JSON (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const env = parseEnvelope(value);
        expect(["challenge", "event", "event_v1", "invalid"]).toContain(env.kind);
        if (env.kind === "event") parseMessageEvent(env.event);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on event-shaped arbitrary JSON (property)", () => {
    const message = fc.record(
      {
        message_id: fc.oneof(fc.string(), fc.jsonValue()),
        chat_id: fc.oneof(fc.string(), fc.jsonValue()),
        chat_type: fc.constantFrom("p2p", "group", "", 1),
        message_type: fc.constantFrom("text", "post", "image", "x", null),
        content: fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue(),
        ),
        mentions: fc.oneof(
          fc.jsonValue(),
          fc.array(fc.record({ key: fc.jsonValue(), id: fc.jsonValue(), name: fc.jsonValue() }, { requiredKeys: [] })),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.record({
          schema: fc.constant("2.0"),
          header: fc.record({ event_id: fc.string(), event_type: fc.constant("im.message.receive_v1") }),
          event: fc.record({ sender: fc.jsonValue(), message }, { requiredKeys: [] }),
        }),
        (body) => {
          const env = parseEnvelope(body);
          if (env.kind === "event") {
            const msg = parseMessageEvent(env.event);
            if (msg?.text !== undefined) stripMentions(msg.text, msg.mentions, BOT);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("parseMessageEvent", () => {
  it("reads a group text with a bot mention", () => {
    const env = parseEnvelope(load("message_group_mention"));
    if (env.kind !== "event") throw new Error("fixture");
    const msg = parseMessageEvent(env.event);
    expect(msg).toMatchObject({
      chatType: "group",
      messageType: "text",
      senderType: "user",
      text: "@_user_1 物联网网络有哪些成员",
      mentionsAll: false,
    });
    expect(msg?.mentions[0]).toEqual({ key: "@_user_1", openId: BOT, name: "高新区协同助手" });
    expect(stripMentions(msg?.text ?? "", msg?.mentions ?? [], BOT)).toBe("物联网网络有哪些成员");
  });

  it("reads post text (title, text, at; no images) and @all", () => {
    const post = parseEnvelope(load("message_post"));
    if (post.kind !== "event") throw new Error("fixture");
    const msg = parseMessageEvent(post.event);
    expect(msg?.text).toBe("请教\n@_user_1 集成电路网络有多少家高新区\n\n");
    expect(stripMentions(msg?.text ?? "", msg?.mentions ?? [], BOT)).toBe("请教\n集成电路网络有多少家高新区");
    const all = parseEnvelope(load("message_group_at_all"));
    if (all.kind !== "event") throw new Error("fixture");
    expect(parseMessageEvent(all.event)?.mentionsAll).toBe(true);
  });

  it("a post with an empty mentions[] (a document embedded): its at elements become mentions by open_id", () => {
    const post = parseEnvelope(load("message_post_doc_no_mentions"));
    if (post.kind !== "event") throw new Error("fixture");
    const msg = parseMessageEvent(post.event);
    expect(msg?.mentions).toEqual([{ key: BOT, openId: BOT, name: "高新区协同助手" }]);
    expect(stripMentions(msg?.text ?? "", msg?.mentions ?? [], BOT)).toBe(
      "这份材料里提到的物联网网络有哪些成员\n国家高新区协同创新网络材料汇编",
    );
  });

  it("extracts text from both received and locale-wrapped post content", () => {
    const body = {
      title: "",
      content: [
        [
          { tag: "text", text: "a" },
          { tag: "a", text: "b", href: "https://x" },
        ],
      ],
    };
    expect(extractText("post", JSON.stringify(body))).toBe("ab");
    expect(extractText("post", JSON.stringify({ zh_cn: body }))).toBe("ab");
    expect(extractText("text", "not json")).toBeUndefined();
    expect(extractText("text", "[]")).toBeUndefined();
  });

  it("strips mentions: bot and @all removed, others named, @_user_10 not eaten by @_user_1", () => {
    const mentions = [
      { key: "@_user_1", openId: BOT, name: "助手" },
      { key: "@_user_10", openId: "ou_other", name: "李四" },
    ];
    expect(stripMentions("@_user_1 @_user_10 你好 @_all", mentions, BOT)).toBe("@李四 你好");
  });
});
