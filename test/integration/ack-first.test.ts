/**
 * Acks first (src/app.ts, src/runtime/queue.ts): while a webhook request is still being read or acked, answers of
 * events already acked wait — a burst's acks get the cores — and start as soon as the last request in flight is
 * done, or after `ackFirstMs` at the latest.
 */
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ids, messageEvent, postJson, startBot, type TestBot } from "./helpers.ts";

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A POST to the webhook whose body never completes until `finish()` (the request stays in flight). */
function slowRequest(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on("error", () => {});
  socket.write(
    "POST /feishu/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{",
  );
  const answered = new Promise<string>((resolve) => {
    let text = "";
    socket.on("data", (d: Buffer) => {
      text += d.toString();
      if (text.includes("\r\n\r\n")) resolve(text);
    });
  });
  return {
    finish: async () => {
      socket.write('"a":1}    ');
      const text = await answered;
      socket.destroy();
      return text;
    },
  };
}

describe("acks first", () => {
  it("an acked event is answered only once no other request is in flight", async () => {
    t = await startBot({ ackFirstMs: 60_000 });
    const slow = slowRequest(t.eventsUrl);
    await sleep(50); // the slow request is being read
    const body = messageEvent("message_p2p_text");
    expect((await postJson(t.eventsUrl, body)).status).toBe(200);
    await sleep(300);
    expect(t.fake.replies()).toHaveLength(0); // held while the other request is in flight
    expect(await slow.finish()).toMatch(/^HTTP\/1\.1 400/); // {"a":1} is not an event
    await t.bot.idle();
    expect(t.fake.replies().map((r) => r.target)).toEqual([ids(body).messageId]);
  });

  it("no answer waits longer than ackFirstMs, however long a request stays in flight", async () => {
    t = await startBot({ ackFirstMs: 100 });
    const slow = slowRequest(t.eventsUrl);
    await sleep(50);
    const body = messageEvent("message_p2p_text");
    expect((await postJson(t.eventsUrl, body)).status).toBe(200);
    await t.bot.idle();
    expect(t.fake.replies()).toHaveLength(1);
    await slow.finish();
  });
});
