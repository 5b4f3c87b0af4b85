/**
 * The bot: one incoming message → ignore, a command, or a question for the engine.
 * No HTTP here, and no Feishu wire formats beyond the parsed IncomingMessage; the reply is an Answer (rendered
 * as a card by the caller) or a short text.
 *
 * Rules:
 *  - only people are answered: messages from apps/bots (sender_type ≠ "user") and the bot's own are ignored;
 *  - private chats (p2p) always; groups only when the bot itself is @-mentioned (by open_id) — @所有人 alone
 *    does not count;
 *  - text and rich-text (post) are answered; images, files, stickers, … get a note on what the bot can do;
 *  - mention keys (`@_user_1`) are stripped; more than 4,000 characters gets a polite refusal;
 *  - commands: /帮助, /简报, /简报 <网络或高新区>; without the slash when the whole message is the command
 *    ("帮助", "简报", "简报 物联网"), so questions that merely start with those words stay questions;
 *  - subscriptions: /订阅 [名称] [每日], /退订 [名称], /订阅列表 (src/subscriptions/commands.ts) for the chat the
 *    message came from;
 *  - /导入 <飞书文档链接> (slash required): imports the document for a maintainer (src/admin/chat-import.ts decides
 *    who may, and answers everyone else politely).
 */
import type { Answer, AnswerOptions } from "../answer/types.ts";
import { type IncomingMessage, stripMentions } from "../feishu/parse.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { refusal, screenRequest } from "../llm/injection.ts";
import {
  parseSubscriptionCommand,
  type SubscriptionCommand,
  type SubscriptionCommands,
} from "../subscriptions/commands.ts";
import type { FollowUps } from "./context.ts";
import { helpText, presentAnswer } from "./presentation.ts";
import { BOT_NAME, type Rendered, type TurnRequest, type TurnResult } from "./turn.ts";

export { MAX_QUESTION_CHARS } from "../answer/types.ts";
export { BOT_NAME };

import { MAX_QUESTION_CHARS } from "../answer/types.ts";

export type BotEngine = {
  answer(question: string, options?: AnswerOptions): Promise<Answer> | Answer;
  briefing(scope?: string): Answer;
  /** The snapshot answering now; follow-up questions resolve against it (absent: no follow-ups). */
  readonly knowledge?: Knowledge;
  /** A whole question turn where the engine runs (src/bot/turn.ts; the answer threads): when present, questions
   *  go through it, and only the context store's I/O stays here. */
  turn?(request: TurnRequest): Promise<TurnResult>;
};

export type Decision =
  | { action: "ignore"; reason: string }
  | { action: "help" }
  | { action: "briefing"; scope: string | undefined }
  | { action: "question"; text: string }
  | { action: "unsupported"; messageType: string }
  | { action: "too_long"; length: number }
  | { action: "unknown_command"; command: string }
  | { action: "subscription"; command: SubscriptionCommand }
  | { action: "import"; link: string };

/** /导入: the reply for the sender (who may import is the importer's decision). */
export type ImportCommand = (request: {
  openId: string | undefined;
  chatId: string;
  link: string;
}) => Promise<BotReply>;

export const IMPORT_OFF_TEXT = "这里还不能从飞书文档导入知识。";

/** `rendered`: the card and text, when they were rendered with the answer (src/bot/turn.ts). */
export type BotReply = { kind: "answer"; answer: Answer; rendered?: Rendered } | { kind: "text"; text: string };

/** Example questions, made from the knowledge (src/bot/presentation.ts). */
export { exampleQuestions, helpText } from "./presentation.ts";

export const UNSUPPORTED_TEXT =
  "我目前只能读文字消息（包括富文本）。请直接用文字提问，例如“物联网网络有哪些成员”；发送 /帮助 查看更多示例。";

export const TOO_LONG_TEXT = `问题太长了（超过 ${MAX_QUESTION_CHARS} 字），我没法处理。请精简后再问，比如只问一个网络或一个高新区。`;

export const ENGINE_ERROR_TEXT = "抱歉，这个问题暂时没能回答，请稍后再试。";

export const SUBSCRIPTIONS_OFF_TEXT = "这里还不能订阅动态。";

const HELP_WORDS = new Set(["帮助", "help", "?", "？", "说明"]);
const BRIEFING_WORDS = new Set(["简报", "briefing", "brief"]);
const TEXT_TYPES = new Set(["text", "post"]);
/** Message types that are not user content at all. */
const SILENT_TYPES = new Set(["system"]);

export type Command =
  | { command: "help" }
  | { command: "briefing"; scope: string | undefined }
  | { command: "subscription"; subscription: SubscriptionCommand }
  | { command: "import"; link: string }
  | { command: "unknown"; name: string };

/** Recognises a command; undefined means "a question". */
export function parseCommand(input: string): Command | undefined {
  const text = input.trim();
  const slash = /^[/／]/.test(text);
  const body = slash ? text.slice(1).trim() : text;
  if (!body) return slash ? { command: "help" } : undefined;
  const subscription = parseSubscriptionCommand(text);
  if (subscription) return { command: "subscription", subscription };

  const [, word = "", rest = ""] = body.match(/^(\S+)(?:\s+([\s\S]*))?$/) ?? [];
  const lower = word.toLowerCase();
  const scope = rest.trim() || undefined;

  if (HELP_WORDS.has(lower)) return slash || !scope ? { command: "help" } : undefined;
  if (BRIEFING_WORDS.has(lower)) return { command: "briefing", scope };

  if (slash && word.startsWith("导入")) return { command: "import", link: `${word.slice(2)} ${rest}`.trim() };

  if (slash) {
    // "/简报物联网": Chinese is typed without spaces; accept the command word as a prefix.
    for (const w of BRIEFING_WORDS) {
      if (lower.startsWith(w)) return { command: "briefing", scope: `${body.slice(w.length)}`.trim() || undefined };
    }
    for (const w of HELP_WORDS) if (lower.startsWith(w)) return { command: "help" };
    return { command: "unknown", name: word };
  }
  return undefined;
}

/** Decides what to do with a message. `botOpenId` is required to answer in groups. */
export function decide(msg: IncomingMessage, botOpenId: string | undefined): Decision {
  if (msg.senderType !== "user") return { action: "ignore", reason: "sender is not a user" };
  if (botOpenId !== undefined && msg.senderOpenId === botOpenId) return { action: "ignore", reason: "own message" };

  if (msg.chatType !== "p2p") {
    if (botOpenId === undefined) return { action: "ignore", reason: "bot identity unknown" };
    const mentioned = msg.mentions.some((m) => m.openId === botOpenId);
    if (!mentioned) {
      return { action: "ignore", reason: msg.mentionsAll ? "only @all, bot not mentioned" : "bot not mentioned" };
    }
  }

  if (SILENT_TYPES.has(msg.messageType)) return { action: "ignore", reason: `${msg.messageType} message` };
  if (!TEXT_TYPES.has(msg.messageType) || msg.text === undefined) {
    return { action: "unsupported", messageType: msg.messageType };
  }

  const text = stripMentions(msg.text, msg.mentions, botOpenId);
  const length = Array.from(text).length;
  if (length > MAX_QUESTION_CHARS) return { action: "too_long", length };
  if (!text) return { action: "help" };

  const command = parseCommand(text);
  if (!command) return { action: "question", text };
  if (command.command === "help") return { action: "help" };
  if (command.command === "briefing") return { action: "briefing", scope: command.scope };
  if (command.command === "subscription") return { action: "subscription", command: command.subscription };
  if (command.command === "import") return { action: "import", link: command.link };
  return { action: "unknown_command", command: command.name };
}

/** Produces the reply for a decision; null for "ignore". Engine failures become an apology (and are rethrown
 *  to the caller's logger through `onEngineError`). */
export async function respond(
  decision: Decision,
  engine: BotEngine,
  onEngineError: (error: unknown) => void = () => {},
): Promise<BotReply | null> {
  switch (decision.action) {
    case "ignore":
      return null;
    case "help":
      return { kind: "text", text: helpText(BOT_NAME, engine.knowledge) };
    case "unsupported":
      return { kind: "text", text: UNSUPPORTED_TEXT };
    case "too_long":
      return { kind: "text", text: TOO_LONG_TEXT };
    case "unknown_command":
      return {
        kind: "text",
        text: `没有“/${decision.command}”这个命令。可用命令：/帮助、/简报、/简报 <网络或高新区>、/订阅、/退订、/订阅列表。`,
      };
    case "import":
      // Answered by handleMessage when the app can import; elsewhere (local mode, no credentials).
      return { kind: "text", text: IMPORT_OFF_TEXT };
    case "subscription":
      // Answered by handleMessage when the app has a subscription store; elsewhere (no chat to subscribe).
      return { kind: "text", text: SUBSCRIPTIONS_OFF_TEXT };
    case "briefing":
    case "question":
      // Attempts to steer the bot (override its rules, role-play, ask for its prompt, keys, env or other
      // conversations) are refused politely before anything is looked up (src/llm/injection.ts).
      if (decision.action === "question" && screenRequest(decision.text)) return { kind: "answer", answer: refusal() };
      try {
        const briefing = decision.action === "briefing";
        const answer = briefing ? engine.briefing(decision.scope) : await engine.answer(decision.text);
        const question = briefing ? `/简报${decision.scope ? ` ${decision.scope}` : ""}` : decision.text;
        // The card's extras (feedback question, briefing tables); the answer itself is the engine's.
        const shown = presentAnswer(answer, {
          question,
          briefing: briefing && !decision.scope,
          knowledge: engine.knowledge,
        });
        return { kind: "answer", answer: shown };
      } catch (error) {
        onEngineError(error);
        return { kind: "text", text: ENGINE_ERROR_TEXT };
      }
  }
}

export async function handleMessage(
  msg: IncomingMessage,
  deps: {
    engine: BotEngine;
    botOpenId: () => Promise<string | undefined>;
    onEngineError?: (error: unknown) => void;
    /** Per-conversation context: questions are completed from it ("牵头单位呢？") and update it. */
    followUps?: FollowUps;
    /** Subscription commands, for the chat the message came from. */
    subscriptions?: SubscriptionCommands;
    /** /导入 <链接>. */
    importer?: ImportCommand;
  },
): Promise<{ decision: Decision; reply: BotReply | null }> {
  // The bot's identity (cached by the sender) is needed for groups and to recognise its own messages. If it is
  // unavailable, private chats are still answered; groups are not (we could not tell whether we were mentioned).
  const botOpenId = await deps.botOpenId();
  const decision = decide(msg, botOpenId);
  if (decision.action === "subscription" && deps.subscriptions) {
    return { decision, reply: { kind: "text", text: await deps.subscriptions.run(msg.chatId, decision.command) } };
  }
  if (decision.action === "import" && deps.importer) {
    return {
      decision,
      reply: await deps.importer({ openId: msg.senderOpenId, chatId: msg.chatId, link: decision.link }),
    };
  }
  if (decision.action === "question" && deps.engine.turn) {
    return { decision, reply: await turnElsewhere(msg, decision.text, deps) };
  }
  if (decision.action !== "question" || !deps.followUps) {
    return { decision, reply: await respond(decision, deps.engine, deps.onEngineError) };
  }
  const knowledge = deps.engine.knowledge;
  const turn = await deps.followUps.resolve(msg, decision.text, knowledge);
  const reply = await respond({ action: "question", text: turn.question }, deps.engine, deps.onEngineError);
  if (reply?.kind !== "answer") return { decision, reply };
  await deps.followUps.remember(turn, knowledge);
  const answer = turn.rule ? { ...reply.answer, understoodAs: turn.question } : reply.answer;
  return { decision, reply: { kind: "answer", answer } };
}

/** A question through `engine.turn` (the same steps as above, computed in the answer thread); the context is read
 *  before and written after here, where the store is. */
async function turnElsewhere(
  msg: IncomingMessage,
  question: string,
  deps: { engine: BotEngine; onEngineError?: (error: unknown) => void; followUps?: FollowUps },
): Promise<BotReply> {
  const read = deps.followUps
    ? await deps.followUps.read(msg)
    : { keys: [] as string[], context: undefined, readable: false };
  let result: TurnResult;
  try {
    result = await (deps.engine.turn as NonNullable<BotEngine["turn"]>)({
      question,
      resolve: read.readable && read.keys.length > 0,
      context: read.context,
      remember: read.keys.length > 0,
    });
  } catch (error) {
    deps.onEngineError?.(error);
    return { kind: "text", text: ENGINE_ERROR_TEXT };
  }
  if (result.context !== undefined) await deps.followUps?.write(read.keys, result.context);
  return { kind: "answer", answer: result.answer, rendered: result.rendered };
}
