/**
 * Per-conversation context for follow-up questions ("牵头单位呢？" after "物联网网络有哪些成员").
 *
 * Scoping rules (a context is never shared across chats, nor across users in a group):
 *  - p2p chat: one context per chat;
 *  - group: one context per (chat, sender open_id); without a sender id there is no context at all;
 *  - threads: a message in a thread (thread_id, else root_id of a reply chain) has its own context inside the
 *    chat (and, in groups, the user). A question outside any thread also seeds the context of the reply chain it
 *    starts (keyed by its own message id), so replying to the bot's answer continues the same conversation;
 *  - contexts expire CONTEXT_TTL_MS (10 min) after the question that wrote them.
 *
 * Storage failures never cost a message: a failed read answers the question as asked, a failed write is logged.
 */
import {
  contextAfter,
  type FollowUpContext,
  type FollowUpRule,
  parseContext,
  resolveFollowUp,
} from "../answer/followup.ts";
import { ErrorCodes } from "../errors.ts";
import type { IncomingMessage } from "../feishu/parse.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { screenRequest } from "../llm/injection.ts";
import { describeError, type Logger } from "../log.ts";
import { CONTEXT_TTL_MS, type ContextStore } from "../store/context.ts";

export type FollowUpTurn = {
  /** Where this turn's context is read from (first) and written to (all). Empty: no context for this message. */
  keys: string[];
  /** The question as the user asked it. */
  asked: string;
  /** The question the engine answers (completed from context when `rule` is set). */
  question: string;
  rule: FollowUpRule | undefined;
};

export interface FollowUps {
  /** Completes the question from this conversation's context (unchanged when it stands on its own). */
  resolve(msg: IncomingMessage, question: string, knowledge: Knowledge | undefined): Promise<FollowUpTurn>;
  /** Records what the answered question leaves for the next one (a refused request leaves nothing). */
  remember(turn: FollowUpTurn, knowledge: Knowledge | undefined): Promise<void>;
  /** The store's side of a turn computed elsewhere (src/bot/turn.ts): the keys and the stored context;
   *  `readable` false when the store failed (logged; the question is then answered as asked). */
  read(msg: IncomingMessage): Promise<{ keys: string[]; context: string | undefined; readable: boolean }>;
  /** Writes a turn's context (JSON) under its keys; a failure is logged. */
  write(keys: string[], value: string): Promise<void>;
}

const part = (id: string) => encodeURIComponent(id);

/** The conversation a message belongs to, or undefined when it must not have one (group without sender). */
export function conversationKey(msg: IncomingMessage): string | undefined {
  const base =
    msg.chatType === "p2p"
      ? `p2p:${part(msg.chatId)}`
      : msg.senderOpenId
        ? `group:${part(msg.chatId)}:user:${part(msg.senderOpenId)}`
        : undefined;
  if (!base) return undefined;
  const thread = msg.threadId ?? msg.rootId;
  return thread ? `${base}:thread:${part(thread)}` : base;
}

/** Every key a turn's context is written under (see the scoping rules above). */
export function contextKeys(msg: IncomingMessage): string[] {
  const key = conversationKey(msg);
  if (!key) return [];
  const inThread = Boolean(msg.threadId ?? msg.rootId);
  return inThread ? [key] : [key, `${key}:thread:${part(msg.messageId)}`];
}

export function createFollowUps(options: { store: ContextStore; logger: Logger; ttlMs?: number }): FollowUps {
  const { store, logger } = options;
  const ttlMs = options.ttlMs ?? CONTEXT_TTL_MS;
  const write = async (keys: string[], value: string) => {
    try {
      // (Together: a store that commits in groups writes them in one commit.)
      await Promise.all(keys.map((key) => store.set(key, value)));
    } catch (error) {
      logger.warn("follow-up context not saved", { code: ErrorCodes.E_CONTEXT_STORE, ...describeError(error) });
    }
  };
  return {
    async resolve(msg, question, knowledge) {
      const keys = contextKeys(msg);
      const plain: FollowUpTurn = { keys, asked: question, question, rule: undefined };
      const key = keys[0];
      if (!key || !knowledge) return plain;
      let context: FollowUpContext | undefined;
      try {
        context = parseContext(await store.get(key, ttlMs));
      } catch (error) {
        logger.warn("follow-up context unavailable", { code: ErrorCodes.E_CONTEXT_STORE, ...describeError(error) });
        return plain;
      }
      const resolution = resolveFollowUp(question, context, knowledge);
      if (!resolution.rewritten) return plain;
      return { keys, asked: question, question: resolution.question, rule: resolution.rule };
    },

    async remember(turn, knowledge) {
      if (turn.keys.length === 0 || !knowledge || screenRequest(turn.question)) return;
      const context = contextAfter(turn.question, knowledge);
      if (!context) return; // nothing named: the previous context stays as it was
      await write(turn.keys, JSON.stringify(context));
    },

    async read(msg) {
      const keys = contextKeys(msg);
      const key = keys[0];
      if (!key) return { keys, context: undefined, readable: false };
      try {
        return { keys, context: await store.get(key, ttlMs), readable: true };
      } catch (error) {
        logger.warn("follow-up context unavailable", { code: ErrorCodes.E_CONTEXT_STORE, ...describeError(error) });
        return { keys, context: undefined, readable: false };
      }
    },

    write,
  };
}
