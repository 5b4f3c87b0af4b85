/**
 * Inside workerd: the card callback through the Worker's default export (encrypted, signed, deduplicated in D1),
 * 👎 recorded as a gap in D1 without the user's id, a suggestion answered as a reply to the card through the
 * fake Feishu server, and the gaps listed by GET /admin/gaps.
 */
import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "../../src/gaps/recorder.ts";
import { testEnv } from "./env.ts";
import { eventually, feishuRequest, posted, uniqueId, workerFetch } from "./helpers.ts";

const OPEN_ID = "ou_7d8a6e6df7621556ce0d21922b676706";

function cardEvent(value: unknown, messageId: string) {
  return {
    schema: "2.0",
    header: {
      event_id: uniqueId("evc"),
      token: testEnv.FEISHU_VERIFICATION_TOKEN,
      create_time: "1700000000000000",
      event_type: "card.action.trigger",
      tenant_key: "2df73991750f175d",
      app_id: testEnv.FEISHU_APP_ID,
    },
    event: {
      operator: { open_id: OPEN_ID },
      action: { value, tag: "button" },
      host: "im_message",
      context: { open_message_id: messageId, open_chat_id: "oc_5ad11d72b830411d72b836c20" },
    },
  };
}

describe("card callback in the Worker", () => {
  it("👎 is recorded in D1 once, with no user id; the toast comes back", async () => {
    const q = `年度预算是多少${uniqueId("q")}`;
    const body = cardEvent({ a: "fb", v: "down", q }, uniqueId("om_"));
    for (let i = 0; i < 2; i++) {
      const res = await workerFetch(feishuRequest(body));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { toast?: { type: string } }).toast?.type).toBe("success");
    }
    const rows = await testEnv.DB.prepare("SELECT * FROM gaps WHERE reason = 'unhelpful'").all<
      Record<string, unknown>
    >();
    expect(rows.results.filter((r) => r.text === normalizeQuestion(q))).toHaveLength(1);
    expect(JSON.stringify(rows.results)).not.toContain(OPEN_ID);

    const res = await workerFetch(
      new Request("https://bot.example.com/admin/gaps?since=2020-01-01", {
        headers: { authorization: `Bearer ${testEnv.ADMIN_TOKEN}` },
      }),
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as { groups: Array<{ text: string; unhelpful: number }> };
    expect(report.groups.some((g) => g.unhelpful === 1 && g.text.startsWith("年度预算是多少"))).toBe(true);
  });

  it("a suggestion is answered as a reply to the card", async () => {
    const card = uniqueId("om_");
    const res = await workerFetch(feishuRequest(cardEvent({ a: "ask", q: "物联网网络有哪些成员" }, card)));
    expect(res.status).toBe(200);
    const reply = await eventually(
      async () => (await posted()).find((p) => p.route === "reply" && p.target === card),
      "the suggestion's reply",
    );
    expect(reply.content).toContain("无锡高新区");
  });

  it("an unsigned callback is refused", async () => {
    const res = await workerFetch(
      feishuRequest(cardEvent({ a: "fb", v: "up", q: "x" }, uniqueId("om_")), { signed: false }),
    );
    expect(res.status).toBe(401);
  });
});
