/**
 * The answer threads' sender (src/runtime/channel-sender.ts) over its BroadcastChannel, with this test in the
 * sender thread's place: a call goes out with this thread's id; only the outcome addressed to this thread answers it;
 * a sender thread that starts (after one died) fails the calls still waiting at once, as a send never throws.
 */
import { BroadcastChannel, threadId } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { createChannelSender } from "../../src/runtime/channel-sender.ts";
import type { ChannelMessage } from "../../src/runtime/sender-thread.ts";

const open: { close(): void }[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

function pair(name: string) {
  const sender = createChannelSender(name, 60_000);
  const thread = new BroadcastChannel(name);
  open.push(sender, thread);
  const calls: ChannelMessage[] = [];
  thread.onmessage = (event: unknown) => calls.push((event as { data: ChannelMessage }).data);
  return { sender, thread, calls };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("channel sender", () => {
  it("sends a call with this thread's id and takes only the outcome addressed to it", async () => {
    const { sender, thread, calls } = pair("channel-sender-test-1");
    const sent = sender.reply({ messageId: "om_1", msgType: "text", content: "{}", uuid: "u1" } as never);
    await until(() => calls.length > 0);
    const call = calls[0] as Extract<ChannelMessage, { call: unknown }>;
    expect(call.from).toBe(threadId);
    expect(call.call.op).toBe("reply");
    thread.postMessage({ to: threadId + 1000, id: call.call.id, outcome: { ok: false } });
    thread.postMessage({ to: threadId, id: call.call.id, outcome: { ok: true, msgType: "text", attempts: 1 } });
    expect(await sent).toMatchObject({ ok: true, attempts: 1 });
  });

  it("fails the calls still waiting when a sender thread starts", async () => {
    const { sender, thread, calls } = pair("channel-sender-test-2");
    const sent = sender.create({ chatId: "oc_1", msgType: "text", content: "{}", uuid: "u2" } as never);
    await until(() => calls.length > 0);
    thread.postMessage({ started: 99 });
    expect(await sent).toMatchObject({ ok: false, code: "E_SEND_FAILED" });
  });

  it("answers the bot's open_id the main thread gave it, without a call", async () => {
    const { sender, calls } = pair("channel-sender-test-3");
    sender.knownBotOpenId = "ou_bot";
    expect(await sender.botOpenId()).toBe("ou_bot");
    expect(calls).toEqual([]);
  });
});
