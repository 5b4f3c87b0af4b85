/**
 * Integration test helpers: the real Hono app served by @hono/node-server on 127.0.0.1:0, the real Feishu SDK
 * pointed at the fake Open API (test/fakes/feishu-server.ts), captured JSON logs, virtual time for backoff and
 * rate limiting (no sleeps), and builders for plain / encrypted / signed webhook requests from fixtures.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Answer } from "../../src/answer/types.ts";
import { type AppDeps, type BotApp, createApp } from "../../src/app.ts";
import type { BotEngine } from "../../src/bot/handle.ts";
import { encryptEvent } from "../../src/feishu/crypto.ts";
import { createFeishuSender, type Sender } from "../../src/feishu/send.ts";
import { computeSignature } from "../../src/feishu/verify.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import type { DedupStore } from "../../src/store/types.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";

export const TOKEN = "vQ8sK2mX7pL4nR9tW3yZ6bC1dF5gH0jA";
export const ENCRYPT_KEY = "kE7yR4nD0mS9eC2rE5tX8wQ1zA6bV3uL";

const FIXTURES = new URL("../fixtures/feishu/", import.meta.url);

type Json = Record<string, unknown>;

/** A fixture as a fresh object (deep copy). */
export function fixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), "utf8")) as Json;
}

let counter = 0;
/** A fixture message event with fresh (or given) ids, chat and text. */
export function messageEvent(
  name: string,
  overrides: { eventId?: string; messageId?: string; chatId?: string; text?: string; token?: string } = {},
): Json {
  const body = fixture(name);
  const header = body.header as Json;
  const message = (body.event as Json).message as Json;
  const n = ++counter;
  header.event_id = overrides.eventId ?? `${randomBytes(12).toString("hex")}${String(n).padStart(8, "0")}`;
  message.message_id = overrides.messageId ?? `om_${randomBytes(12).toString("hex")}${String(n).padStart(8, "0")}`;
  if (overrides.chatId) message.chat_id = overrides.chatId;
  if (overrides.token !== undefined) header.token = overrides.token;
  if (overrides.text !== undefined) {
    const content = JSON.parse(message.content as string) as Json;
    const prefix = typeof content.text === "string" && content.text.startsWith("@_user_1 ") ? "@_user_1 " : "";
    message.content = JSON.stringify({ text: `${prefix}${overrides.text}` });
  }
  return body;
}

export function ids(body: Json): { eventId: string; messageId: string } {
  const header = body.header as Json;
  const message = (body.event as Json).message as Json;
  return { eventId: header.event_id as string, messageId: message.message_id as string };
}

/** Virtual time: sleeps return at once and move the clock, so backoff and rate limits cost no real time. */
/** Starts at the real time (whole seconds), so signed requests built with Date.now() are fresh for the bot. */
export function virtualTime(start = Math.floor(Date.now() / 1000) * 1000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: { now: () => now },
    sleeps,
    advance(ms: number) {
      now += ms;
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      await new Promise((r) => setImmediate(r));
      now += Math.max(0, ms);
    },
  };
}

/** A deterministic engine that counts its calls. */
export function fakeEngine() {
  const calls: Array<{ kind: "answer" | "briefing"; arg: string | undefined }> = [];
  const engine: BotEngine = {
    async answer(question) {
      calls.push({ kind: "answer", arg: question });
      return {
        kind: "fact",
        title: "物联网产业协同创新网络 · 成员",
        answer: `关于“${question}”：物联网产业协同创新网络共有 11 个成员高新区。`,
        items: [{ name: "无锡高新区", note: "牵头" }, { name: "鹰潭高新区" }],
        notes: ["名单截至 2023 年"],
        citations: [
          {
            articleId: "a001",
            title: "物联网产业协同创新网络成立",
            date: "2023-05-18",
            quote: "无锡、苏州工业园区、杭州、西安、广州、青岛、上海紫竹、郑州、大连、芜湖、鹰潭等 11 家高新区",
          },
        ],
      } satisfies Answer;
    },
    briefing(scope) {
      calls.push({ kind: "briefing", arg: scope });
      return {
        kind: "fact",
        title: scope ? `简报 · ${scope}` : "简报 · 五个协同创新网络",
        answer: scope ? `${scope}：成立日期、地点、牵头单位、成员数。` : "五个网络、联盟与关键数字。",
        items: [{ name: "物联网产业协同创新网络", note: "2023-05-18 · 无锡 · 11 家" }],
        citations: [],
      } satisfies Answer;
    },
  };
  return { engine, calls };
}

export type TestBot = {
  url: string;
  eventsUrl: string;
  bot: BotApp;
  logs: string[];
  logger: Logger;
  fake: FakeFeishu;
  sender: Sender;
  time: ReturnType<typeof virtualTime>;
  dedup: DedupStore;
  close(): Promise<void>;
};

export type StartOptions = {
  fake?: FakeFeishu;
  encryptKey?: string;
  verificationToken?: string;
  dedup?: DedupStore;
  engine?: BotEngine | Promise<BotEngine>;
  sender?: Sender;
  logLevel?: "debug" | "info";
} & Partial<
  Pick<
    AppDeps,
    | "maxBodyBytes"
    | "concurrency"
    | "maxPending"
    | "localMode"
    | "webhook"
    | "inbox"
    | "progress"
    | "askRate"
    | "gaps"
    | "importer"
    | "ackFirstMs"
  >
>;

/** Starts the fake Open API (unless given), the sender, the app, and serves it on 127.0.0.1:0. */
export async function startBot(options: StartOptions = {}): Promise<TestBot> {
  const fake = options.fake ?? (await FakeFeishu.start());
  const logs: string[] = [];
  const time = virtualTime();
  const logger = createLogger({
    level: options.logLevel ?? "debug",
    sink: (line) => logs.push(line),
    secrets: [fake.appSecret, options.encryptKey, options.verificationToken ?? TOKEN],
  });
  const sender =
    options.sender ??
    createFeishuSender({
      appId: fake.appId,
      appSecret: fake.appSecret,
      domain: fake.url,
      logger,
      clock: time.clock,
      sleep: time.sleep,
      requestTimeoutMs: 2000,
    });
  const dedup = options.dedup ?? createMemoryDedupStore(time.clock);
  const bot = createApp({
    config: { verificationToken: options.verificationToken ?? TOKEN, encryptKey: options.encryptKey },
    engine: options.engine ?? fakeEngine().engine,
    dedup,
    sender,
    logger,
    clock: time.clock,
    maxBodyBytes: options.maxBodyBytes,
    concurrency: options.concurrency,
    maxPending: options.maxPending,
    inbox: options.inbox,
    localMode: options.localMode,
    webhook: options.webhook,
    progress: options.progress,
    askRate: options.askRate,
    gaps: options.gaps,
    importer: options.importer,
    ackFirstMs: options.ackFirstMs,
  });
  const server = await listen(bot.fetch);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    eventsUrl: `${url}/feishu/events`,
    bot,
    logs,
    logger,
    fake,
    sender,
    time,
    dedup,
    async close() {
      await bot.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.dedup) await dedup.close();
      if (!options.fake) await fake.close();
    },
  };
}

export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<Server> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(server as Server)) as Server;
  });
}

export type PostOptions = {
  /** Encrypt the payload with this key (and sign it unless sign === false). */
  encryptKey?: string;
  /** Signature: true (correct), false (no headers), or a replacement signature value. */
  sign?: boolean | string;
  /** Key used for signing when it should differ from encryptKey. */
  signKey?: string;
  /** X-Lark-Request-Timestamp (Unix seconds) to sign with; default now. */
  timestamp?: string;
  headers?: Record<string, string>;
  method?: string;
};

/** The raw bytes and headers of a webhook request, exactly as Feishu would send them. */
export function buildRequest(payload: Json | string, options: PostOptions = {}) {
  const plain = typeof payload === "string" ? payload : JSON.stringify(payload);
  const body = options.encryptKey ? JSON.stringify({ encrypt: encryptEvent(plain, options.encryptKey) }) : plain;
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  const sign = options.sign ?? Boolean(options.encryptKey);
  if (sign !== false) {
    const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString("hex");
    const key = options.signKey ?? options.encryptKey ?? "";
    headers["x-lark-request-timestamp"] = timestamp;
    headers["x-lark-request-nonce"] = nonce;
    headers["x-lark-signature"] =
      typeof sign === "string" ? sign : computeSignature(timestamp, nonce, key, Buffer.from(body, "utf8"));
  }
  return { body, headers: { ...headers, ...options.headers } };
}

export async function post(url: string, payload: Json | string, options: PostOptions = {}): Promise<Response> {
  const { body, headers } = buildRequest(payload, options);
  return fetch(url, { method: options.method ?? "POST", body, headers });
}

/** POSTs and returns status + parsed JSON body. */
export async function postJson(url: string, payload: Json | string, options: PostOptions = {}) {
  const res = await post(url, payload, options);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json: json as Json };
}

/** The parsed `content` of a posted message. */
export function contentOf(message: { content: string }): Json {
  return JSON.parse(message.content) as Json;
}

/** Parsed log lines. */
export function parsedLogs(logs: string[]): Json[] {
  return logs.map((l) => JSON.parse(l) as Json);
}
