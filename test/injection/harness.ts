/**
 * Harness for the follow-up, LLM and injection suites: the real app (createApp) served on 127.0.0.1, the real
 * Feishu sender against the fake Open API, memory stores, captured JSON logs, and message events built from
 * scratch (chat, sender, thread and text chosen per message).
 */
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppDeps, type BotApp, createApp } from "../../src/app.ts";
import { createFollowUps } from "../../src/bot/context.ts";
import type { BotEngine } from "../../src/bot/handle.ts";
import { createFeishuSender } from "../../src/feishu/send.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import { createMemoryContextStore } from "../../src/store/context.ts";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { listen, TOKEN } from "../integration/helpers.ts";

export type Harness = {
  eventsUrl: string;
  bot: BotApp;
  fake: FakeFeishu;
  logs: string[];
  logger: Logger;
  /** Posts one message event; resolves with the HTTP status and how long the ack took. */
  send(message: MessageSpec): Promise<{ status: number; ackMs: number; messageId: string }>;
  /** Sends, waits for the answer, returns the text of the reply (or its final card). */
  ask(message: MessageSpec): Promise<string>;
  close(): Promise<void>;
};

export type MessageSpec = {
  text: string;
  chatId?: string;
  chatType?: "p2p" | "group";
  /** Sender open_id (default ou_user_a). */
  sender?: string;
  threadId?: string;
  rootId?: string;
  messageId?: string;
};

export async function startHarness(options: {
  /** The engine, or a function building it with the harness's logger (so its log lines are captured too). */
  engine: BotEngine | Promise<BotEngine> | ((logger: Logger) => BotEngine);
  followUps?: boolean;
  progress?: AppDeps["progress"];
  secrets?: string[];
  fake?: FakeFeishu;
}): Promise<Harness> {
  const fake = options.fake ?? (await FakeFeishu.start());
  const logs: string[] = [];
  const logger = createLogger({
    level: "debug",
    sink: (line) => logs.push(line),
    secrets: [fake.appSecret, TOKEN, ...(options.secrets ?? [])],
  });
  const sender = createFeishuSender({
    appId: fake.appId,
    appSecret: fake.appSecret,
    domain: fake.url,
    logger,
    requestTimeoutMs: 2000,
  });
  const bot = createApp({
    config: { verificationToken: TOKEN, encryptKey: undefined },
    engine: typeof options.engine === "function" ? options.engine(logger) : options.engine,
    dedup: createMemoryDedupStore(),
    sender,
    logger,
    followUps: options.followUps ? createFollowUps({ store: createMemoryContextStore(), logger }) : undefined,
    progress: options.progress,
  });
  const server: Server = await listen(bot.fetch);
  const eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;

  const send = async (m: MessageSpec) => {
    const messageId = m.messageId ?? `om_${randomBytes(10).toString("hex")}`;
    const started = performance.now();
    const res = await fetch(eventsUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(messageEnvelope({ ...m, messageId }, fake.botOpenId)),
    });
    await res.arrayBuffer();
    return { status: res.status, ackMs: performance.now() - started, messageId };
  };

  return {
    eventsUrl,
    bot,
    fake,
    logs,
    logger,
    send,
    async ask(m) {
      const { messageId } = await send(m);
      await bot.idle();
      await fake.settled();
      // The last reply to this message, as it stands after any in-place card updates.
      const last = fake.posted.filter((p) => p.route === "reply" && p.target === messageId).at(-1);
      return last ? visibleText(last.content) : "";
    },
    async close() {
      await bot.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.fake) await fake.close();
    },
  };
}

/** An im.message.receive_v1 envelope (schema 2.0), as Feishu sends it. Groups @-mention the bot. */
export function messageEnvelope(m: MessageSpec & { messageId: string }, botOpenId: string): Record<string, unknown> {
  const group = (m.chatType ?? "p2p") === "group";
  return {
    schema: "2.0",
    header: {
      event_id: randomBytes(16).toString("hex"),
      event_type: "im.message.receive_v1",
      create_time: String(Date.now()),
      token: TOKEN,
      app_id: "cli_a1b2c3d4e5f60718",
      tenant_key: "2ca1d211f64f6438",
    },
    event: {
      sender: { sender_id: { open_id: m.sender ?? "ou_user_a" }, sender_type: "user", tenant_key: "2ca1d211f64f6438" },
      message: {
        message_id: m.messageId,
        root_id: m.rootId ?? "",
        parent_id: m.rootId ?? "",
        thread_id: m.threadId ?? "",
        chat_id: m.chatId ?? "oc_chat_1",
        chat_type: group ? "group" : "p2p",
        message_type: "text",
        content: JSON.stringify({ text: group ? `@_user_1 ${m.text}` : m.text }),
        mentions: group
          ? [{ key: "@_user_1", id: { open_id: botOpenId }, name: "高新区协同助手", tenant_key: "2ca1d211f64f6438" }]
          : [],
      },
    },
  };
}

/** Every text a user could see in a posted message: a text message's text, or the card's strings. */
export function visibleText(content: string): string {
  const parsed = JSON.parse(content) as unknown;
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk(parsed);
  return out.join("\n");
}
