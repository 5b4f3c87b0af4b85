/**
 * Helpers for the workerd tests: webhook requests as Feishu sends them (encrypted with the test encrypt key,
 * signed over the raw bytes) and a view of the fake Feishu server through its control endpoint.
 */
import { exports } from "cloudflare:workers";
import { encryptEvent } from "../../src/feishu/crypto.ts";
import { computeSignature } from "../../src/feishu/verify.ts";
import type { FakeCall, PostedMessage } from "../fakes/feishu-server.ts";
import p2pFixture from "../fixtures/feishu/message_p2p_text.json" with { type: "json" };
import { testEnv } from "./env.ts";

type Json = Record<string, unknown>;

let counter = 0;
/** A fresh id: unique per test run, so tests sharing the fake server never see each other's messages. */
export function uniqueId(prefix: string): string {
  counter++;
  return `${prefix}${Date.now().toString(36)}${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}${counter}`;
}

/** A p2p text message event with fresh ids. */
export function messageEvent(text: string, ids: { eventId?: string; messageId?: string; chatId?: string } = {}) {
  const body = structuredClone(p2pFixture) as Json & { header: Json; event: { message: Json } };
  body.header.event_id = ids.eventId ?? uniqueId("ev");
  body.event.message.message_id = ids.messageId ?? uniqueId("om_");
  if (ids.chatId) body.event.message.chat_id = ids.chatId;
  body.event.message.content = JSON.stringify({ text });
  return {
    body,
    eventId: body.header.event_id as string,
    messageId: body.event.message.message_id as string,
    chatId: body.event.message.chat_id as string,
  };
}

/** The request Feishu would send: `{"encrypt": …}`, with the X-Lark signature headers unless `signed` is false. */
export function feishuRequest(
  payload: Json,
  options: { signed?: boolean; encrypt?: boolean; key?: string; tamper?: boolean } = {},
): Request {
  const key = options.key ?? testEnv.FEISHU_ENCRYPT_KEY;
  const raw =
    options.encrypt === false
      ? JSON.stringify(payload)
      : JSON.stringify({ encrypt: encryptEvent(JSON.stringify(payload), key) });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.signed !== false) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = crypto.randomUUID();
    let signature = computeSignature(timestamp, nonce, key, new TextEncoder().encode(raw));
    if (options.tamper) signature = `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`;
    Object.assign(headers, {
      "x-lark-request-timestamp": timestamp,
      "x-lark-request-nonce": nonce,
      "x-lark-signature": signature,
    });
  }
  return new Request("https://bot.example.com/feishu/events", { method: "POST", headers, body: raw });
}

/** Through the Worker's default export, as the runtime calls it. */
export function workerFetch(request: Request): Promise<Response> {
  return exports.default.fetch(request);
}

export async function posted(): Promise<PostedMessage[]> {
  return (await fetch(`${testEnv.CONTROL_URL}/posted`)).json();
}

export async function calls(): Promise<Omit<FakeCall, "headers">[]> {
  return (await fetch(`${testEnv.CONTROL_URL}/calls`)).json();
}

export async function failNext(fault: { route: string; times?: number; status?: number; body?: Json; headers?: Json }) {
  await fetch(`${testEnv.CONTROL_URL}/fail`, { method: "POST", body: JSON.stringify(fault) });
}

/** Polls until `find` returns something (the Worker answers in waitUntil, after the ack). */
export async function eventually<T>(find: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text of a posted message (card: every plain_text/markdown content joined; text: its text). */
export function messageText(message: PostedMessage): string {
  const content = JSON.parse(message.content) as unknown;
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") return;
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if ((k === "content" || k === "text") && typeof x === "string") out.push(x);
        else walk(x);
      }
    }
  };
  walk(content);
  return out.join("\n");
}
