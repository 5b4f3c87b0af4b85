/**
 * The card action callback (card.action.trigger) over real HTTP to the real app, with the real sender against
 * the fake Open API: verified like any event (signature, decryption, token), deduplicated by event_id, feedback
 * recorded as gaps without user ids, a suggestion answered as a reply to the card, the callback's answer (toast,
 * updated card); the same over the long connection.
 */
import { describe, expect, it } from "vitest";
import { FEEDBACK_NOTE, FEEDBACK_THANKS, handleCardAction } from "../../src/bot/card-action.ts";
import { createMemoryGapStore } from "../../src/gaps/memory.ts";
import { createGapRecorder } from "../../src/gaps/recorder.ts";
import { createLogger } from "../../src/log.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { contentOf, ENCRYPT_KEY, fakeEngine, postJson, startBot, TOKEN } from "./helpers.ts";

const OPEN_ID = "ou_7d8a6e6df7621556ce0d21922b676706";
const CARD_MESSAGE = "om_card00000000000000000000000001";
const CHAT = "oc_5ad11d72b830411d72b836c20";
let seq = 0;

function cardEvent(value: unknown, overrides: { eventId?: string; token?: string } = {}) {
  return {
    schema: "2.0",
    header: {
      event_id: overrides.eventId ?? `f7984f25108f8137722bb63c${String(++seq).padStart(8, "0")}`,
      token: overrides.token ?? TOKEN,
      create_time: "1700000000000000",
      event_type: "card.action.trigger",
      tenant_key: "2df73991750f175d",
      app_id: "cli_a1b2c3d4e5f60718",
    },
    event: {
      operator: { tenant_key: "2df73991750f175d", user_id: "867ba4fb", open_id: OPEN_ID, union_id: "on_x" },
      token: "c-295ee57216a5dc9de90fefd0aadb4b1d7d5c3a8e",
      action: { value, tag: "button" },
      host: "im_message",
      context: { open_message_id: CARD_MESSAGE, open_chat_id: CHAT },
    },
  };
}

function gapsSetup() {
  const store = createMemoryGapStore();
  const gaps = createGapRecorder({ store, retentionDays: 30, logger: createLogger({ sink: () => {} }) });
  return { store, gaps };
}

describe("card callback over the webhook", () => {
  it("👎 is verified, recorded once (no user id kept), answered with a toast; a redelivery records nothing", async () => {
    const { store, gaps } = gapsSetup();
    const t = await startBot({ encryptKey: ENCRYPT_KEY, gaps });
    try {
      const body = cardEvent({ a: "fb", v: "down", q: "物联网网络的年度预算是多少？" });
      const first = await postJson(t.eventsUrl, body, { encryptKey: ENCRYPT_KEY });
      expect(first.status).toBe(200);
      expect(first.json.toast).toEqual({ type: "success", content: FEEDBACK_THANKS.down });
      // The card comes back as the renderer draws it now, the 👍/👎 buttons replaced by the note.
      const card = JSON.stringify(first.json.card);
      expect((first.json.card as { type: string }).type).toBe("raw");
      expect(card).toContain(FEEDBACK_NOTE.down);
      expect(card).toContain("物联网产业协同创新网络共有 11 个");
      expect(card).not.toContain('"a":"fb"');
      const again = await postJson(t.eventsUrl, body, { encryptKey: ENCRYPT_KEY });
      // A redelivery: the toast only, nothing recorded again.
      expect(again).toEqual({ status: 200, json: { toast: { type: "success", content: FEEDBACK_THANKS.down } } });
      expect(store.rows).toHaveLength(1);
      const row = store.rows[0];
      expect(row).toMatchObject({ text: "物联网网络的年度预算是多少", reason: "unhelpful", chatType: "unknown" });
      expect(row?.asker).toMatch(/^[0-9a-f]{16}$/);
      expect(JSON.stringify(store.rows)).not.toContain(OPEN_ID);
      expect(t.logs.join("\n")).not.toContain(OPEN_ID);
    } finally {
      await t.close();
    }
  });

  it("is refused like any event: unsigned, wrong signature, wrong token — nothing recorded, nothing sent", async () => {
    const { store, gaps } = gapsSetup();
    const enc = await startBot({ encryptKey: ENCRYPT_KEY, gaps });
    const plain = await startBot({ gaps });
    try {
      const value = { a: "fb", v: "down", q: "某个问题" };
      expect((await postJson(enc.eventsUrl, cardEvent(value), { encryptKey: ENCRYPT_KEY, sign: false })).status).toBe(
        401,
      );
      expect((await postJson(enc.eventsUrl, cardEvent(value), { encryptKey: ENCRYPT_KEY, sign: "bad" })).status).toBe(
        401,
      );
      expect((await postJson(plain.eventsUrl, cardEvent(value, { token: "wrong-token-123456" }))).status).toBe(403);
      expect(store.rows).toEqual([]);
      expect(enc.fake.posted.length + plain.fake.posted.length).toBe(0);
    } finally {
      await enc.close();
      await plain.close();
    }
  });

  it("a suggestion is answered as if typed, as a reply to the card; each click once", async () => {
    const { engine, calls } = fakeEngine();
    const t = await startBot({ engine });
    try {
      const click = cardEvent({ a: "ask", q: "物联网网络有哪些成员" });
      const r = await postJson(t.eventsUrl, click);
      expect(r).toEqual({ status: 200, json: { toast: { type: "info", content: "正在回答：物联网网络有哪些成员" } } });
      await postJson(t.eventsUrl, click); // redelivery
      await postJson(t.eventsUrl, cardEvent({ a: "ask", q: "物联网网络有哪些成员" })); // a second click
      await t.bot.idle();
      expect(calls.map((c) => c.arg)).toEqual(["物联网网络有哪些成员", "物联网网络有哪些成员"]);
      const replies = t.fake.replies();
      expect(replies.map((m) => m.target)).toEqual([CARD_MESSAGE, CARD_MESSAGE]);
      expect(new Set(replies.map((m) => m.uuid)).size).toBe(2);
      expect(JSON.stringify(contentOf(replies[0] as { content: string }))).toContain(
        "物联网产业协同创新网络共有 11 个",
      );
    } finally {
      await t.close();
    }
  });

  it("a value that is not ours leaves the card alone; a callback without action is a bad event", async () => {
    const t = await startBot();
    try {
      expect(await postJson(t.eventsUrl, cardEvent({ key: "other" }))).toEqual({ status: 200, json: {} });
      const body = cardEvent({ a: "fb", v: "up", q: "x" }) as { event: Record<string, unknown> };
      delete body.event.action;
      expect((await postJson(t.eventsUrl, body)).status).toBe(400);
    } finally {
      await t.close();
    }
  });

  it("over the long connection: the same handling, the answer is the callback's body", async () => {
    const { store, gaps } = gapsSetup();
    const t = await startBot({ gaps });
    try {
      const r = await t.bot.dispatch(cardEvent({ a: "fb", v: "up", q: "物联网网络有哪些成员" }), "ws");
      expect(r).toMatchObject({
        status: 200,
        body: { toast: { type: "success", content: FEEDBACK_THANKS.up }, card: { type: "raw" } },
      });
      expect(JSON.stringify(r.body)).toContain(FEEDBACK_NOTE.up);
      expect(JSON.stringify(r.body)).not.toContain('"a":"fb"');
      expect(store.rows.map((g) => g.reason)).toEqual(["helpful"]);
    } finally {
      await t.close();
    }
  });
});

describe("the card comes back updated", () => {
  const logger = createLogger({ sink: () => {} });
  const button = (v: "up" | "down") => ({
    tag: "button",
    text: { tag: "plain_text", content: v === "up" ? "👍" : "👎" },
    behaviors: [{ type: "callback", value: { a: "fb", v, q: "物联网网络有哪些成员" } }],
  });
  const answerCard = {
    schema: "2.0",
    config: { update_multi: true },
    body: {
      elements: [
        { tag: "markdown", content: "物联网产业协同创新网络共有 11 个成员高新区。" },
        {
          tag: "column_set",
          columns: [
            { tag: "column", elements: [button("up")] },
            { tag: "column", elements: [button("down")] },
          ],
        },
        { tag: "button", behaviors: [{ type: "callback", value: { a: "ask", q: "无锡在哪些网络" } }] },
      ],
    },
  };
  const envelope = { eventId: "ev1", event: cardEvent({ a: "fb", v: "down", q: "物联网网络有哪些成员" }).event };

  it("feedback buttons replaced by the note, everything else kept", async () => {
    const r = await handleCardAction(
      envelope,
      {},
      {
        dedup: createMemoryDedupStore(),
        dedupTtlMs: 60_000,
        logger,
        answerCard: async () => answerCard,
        ask: () => {},
      },
    );
    const card = (r.body as { card?: { type: string; data: typeof answerCard } }).card;
    expect(card?.type).toBe("raw");
    const elements = card?.data.body.elements ?? [];
    expect(elements[0]).toEqual(answerCard.body.elements[0]);
    expect(elements[1]).toEqual({
      tag: "column_set",
      columns: [{ tag: "column", elements: [{ tag: "markdown", content: FEEDBACK_NOTE.down }] }],
    });
    expect(elements[2]).toEqual(answerCard.body.elements[2]);
  });

  it("a card that cannot be rebuilt within the budget: the toast alone, in time", async () => {
    const r = await handleCardAction(
      envelope,
      {},
      {
        dedup: createMemoryDedupStore(),
        dedupTtlMs: 60_000,
        logger,
        answerCard: () => new Promise(() => {}),
        ask: () => {},
        cardBudgetMs: 20,
      },
    );
    expect(r).toEqual({ status: 200, body: { toast: { type: "success", content: FEEDBACK_THANKS.down } } });
  });
});
