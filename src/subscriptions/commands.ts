/**
 * Chat commands for subscriptions, and their replies (plain text):
 *   /订阅                       everything, instant
 *   /订阅 物联网 [每日]          a network, alliance or zone (several: "/订阅 物联网 西安"); 每日 = 09:00 digest
 *   /退订 [名称]                 one scope, or everything
 *   /订阅列表                    this chat's subscriptions
 * Without the slash they count only when the message starts with the command word followed by a space or
 * nothing else ("订阅 物联网", "订阅列表"), so questions that merely contain the word stay questions.
 * The subscription belongs to the chat the command came from (a group when the bot is @-ed there).
 */

import { ErrorCodes } from "../errors.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { describeError, type Logger } from "../log.ts";
import { ALL_LABEL } from "./notice.ts";
import { DIGEST_HOUR } from "./schedule.ts";
import { ALL, type ResolvedScope, resolveScopes, type ScopeResolution, validScopesText } from "./scopes.ts";
import { ALL_SCOPE, type DeliveryMode, type SubscriptionStore } from "./types.ts";

export type SubscriptionCommand =
  | { kind: "subscribe"; scopeText: string; mode: DeliveryMode }
  | { kind: "unsubscribe"; scopeText: string }
  | { kind: "list" };

const LIST_WORDS = ["订阅列表", "我的订阅", "查看订阅", "subscriptions"];
const UNSUBSCRIBE_WORDS = ["取消订阅", "退订", "unsubscribe"];
const SUBSCRIBE_WORDS = ["订阅", "subscribe"];
const MODE_WORDS: ReadonlyArray<[string, DeliveryMode]> = [
  ["每日摘要", "daily"],
  ["每日", "daily"],
  ["每天", "daily"],
  ["日报", "daily"],
  ["daily", "daily"],
  ["digest", "daily"],
  ["即时", "instant"],
  ["实时", "instant"],
  ["instant", "instant"],
];

/** Splits a trailing delivery mode off the scope text ("西安 每日", "西安每日"). */
function takeMode(rest: string): { scopeText: string; mode: DeliveryMode | undefined } {
  const text = rest.trim();
  for (const [word, mode] of MODE_WORDS) {
    const lower = text.toLowerCase();
    if (lower === word) return { scopeText: "", mode };
    if (lower.endsWith(word)) {
      const before = text.slice(0, text.length - word.length);
      // A Latin mode word must stand alone ("daily", not "…daily" inside a word).
      if (/^[a-z]/.test(word) && !/\s$/.test(before)) continue;
      return { scopeText: before.trim(), mode };
    }
  }
  return { scopeText: text, mode: undefined };
}

/** Recognises a subscription command; undefined means "not one". */
export function parseSubscriptionCommand(input: string): SubscriptionCommand | undefined {
  const text = input.trim();
  const slash = /^[/／]/.test(text);
  const body = slash ? text.slice(1).trim() : text;
  if (!body) return undefined;
  const lower = body.toLowerCase();

  /** The text after `word` if the body starts with it (with the slash, directly attached text counts too). */
  const after = (word: string): string | undefined => {
    if (!lower.startsWith(word)) return undefined;
    const rest = body.slice(word.length);
    if (rest === "" || /^\s/.test(rest)) return rest.trim();
    return slash && !/^[a-z]/.test(word) ? rest.trim() : undefined;
  };

  for (const w of LIST_WORDS) if (after(w) === "") return { kind: "list" };
  for (const w of UNSUBSCRIBE_WORDS) {
    const rest = after(w);
    if (rest !== undefined) return { kind: "unsubscribe", scopeText: rest };
  }
  for (const w of SUBSCRIBE_WORDS) {
    const rest = after(w);
    if (rest === undefined) continue;
    const { scopeText, mode } = takeMode(rest);
    return { kind: "subscribe", scopeText, mode: mode ?? "instant" };
  }
  return undefined;
}

export interface SubscriptionCommands {
  /** The reply to one command from one chat. Never throws: a store failure becomes an apology (logged). */
  run(chatId: string, command: SubscriptionCommand): Promise<string>;
}

export type SubscriptionCommandsDeps = {
  store: SubscriptionStore;
  /** The knowledge snapshot answering now (scopes resolve against it). */
  knowledge: () => Knowledge | Promise<Knowledge>;
  logger?: Logger;
  clock?: { now(): number };
};

export const MODE_TEXT: Record<DeliveryMode, string> = {
  instant: "即时推送",
  daily: `每日 ${String(DIGEST_HOUR).padStart(2, "0")}:00 摘要`,
};

export const SUBSCRIPTION_ERROR_TEXT = "抱歉，订阅暂时无法处理，请稍后再试。";

const GROUP_HINT = "（群里请先 @我）";

function problemText(problems: ScopeResolution[], knowledge: Knowledge, verb: "订阅" | "退订"): string {
  const lines: string[] = [];
  for (const p of problems) {
    if (p.type === "ambiguous") {
      lines.push(
        `“${p.text}”不止一个意思：${p.name.note}`,
        `请写全称，例如 ${p.readings.map((r) => `/${verb} ${r.label}`).join(" 或 ")}`,
      );
    } else if (p.type === "unknown") {
      lines.push(
        p.suggestion
          ? `没有找到“${p.text}”。你是不是想${verb} ${p.suggestion.label}？发送 /${verb} ${p.suggestion.label}`
          : `没有找到“${p.text}”。`,
      );
    }
  }
  if (problems.some((p) => p.type === "unknown")) lines.push("可以订阅：", validScopesText(knowledge));
  return lines.join("\n");
}

export function createSubscriptionCommands(deps: SubscriptionCommandsDeps): SubscriptionCommands {
  const clock = deps.clock ?? { now: Date.now };
  const { store } = deps;

  async function subscribe(chatId: string, scopeText: string, mode: DeliveryMode): Promise<string> {
    const knowledge = await deps.knowledge();
    const resolved = scopeText ? resolveScopes(knowledge, scopeText) : [{ type: "ok" as const, scope: ALL }];
    const problems = resolved.filter((r) => r.type !== "ok");
    if (problems.length > 0) return `${problemText(problems, knowledge, "订阅")}\n（没有做任何更改）`;
    const scopes = dedupe(resolved.flatMap((r) => (r.type === "ok" ? [r.scope] : [])));
    const now = clock.now();
    const changed: string[] = [];
    const unchanged: string[] = [];
    for (const s of scopes) {
      const result = await store.add({ chatId, scope: s.scope, label: s.label, mode, createdAt: now });
      (result === "unchanged" ? unchanged : changed).push(s.label);
    }
    const names = (list: string[]) => list.map((l) => (l === ALL_LABEL ? "全部动态" : l)).join("、");
    const lines: string[] = [];
    if (changed.length > 0) {
      lines.push(`已订阅：${names(changed)}（${MODE_TEXT[mode]}）。`);
      lines.push(
        mode === "instant"
          ? "有相关的新动态（新成员、会议、签约等）时，我会发到这个会话。"
          : `相关的新动态会在每天 ${String(DIGEST_HOUR).padStart(2, "0")}:00（北京时间）汇总发到这个会话。`,
      );
    }
    if (unchanged.length > 0) lines.push(`已经订阅过：${names(unchanged)}（${MODE_TEXT[mode]}），无需重复订阅。`);
    const first = scopes.find((s) => s.scope !== ALL_SCOPE);
    lines.push(`查看订阅：/订阅列表；退订：/退订${first ? ` ${first.label}` : ""}${GROUP_HINT}`);
    return lines.join("\n");
  }

  async function unsubscribe(chatId: string, scopeText: string): Promise<string> {
    const now = clock.now();
    const knowledge = await deps.knowledge();
    const resolved = scopeText ? resolveScopes(knowledge, scopeText) : [{ type: "ok" as const, scope: ALL }];
    const current = await store.list(chatId);
    if (current.length === 0) return "这个会话还没有订阅。发送 /订阅 物联网 订阅一个网络，或 /订阅 订阅全部动态。";

    // Everything: "/退订" or "/退订 全部".
    if (resolved.length === 1 && resolved[0]?.type === "ok" && resolved[0].scope.scope === ALL_SCOPE) {
      const removed = await store.remove(chatId, undefined, now);
      return `已退订全部（${removed} 项），这个会话不会再收到动态通知。`;
    }

    const targets: ResolvedScope[] = [];
    const problems: ScopeResolution[] = [];
    for (const r of resolved) {
      if (r.type === "ok") targets.push(r.scope);
      else if (r.type === "ambiguous") {
        // Unambiguous in this chat when it subscribes to exactly one of the readings.
        const held = r.readings.filter((x) => current.some((s) => s.scope === x.scope));
        if (held.length === 1 && held[0]) targets.push(held[0]);
        else problems.push(r);
      } else problems.push(r);
    }
    if (problems.length > 0) return `${problemText(problems, knowledge, "退订")}\n（没有做任何更改）`;

    const removed: string[] = [];
    const missing: string[] = [];
    for (const t of dedupe(targets)) {
      const n = await store.remove(chatId, t.scope, now);
      (n > 0 ? removed : missing).push(t.label);
    }
    const lines: string[] = [];
    if (removed.length > 0) lines.push(`已退订：${removed.join("、")}。`);
    if (missing.length > 0) lines.push(`这个会话没有订阅：${missing.join("、")}。`);
    const left = await store.list(chatId);
    lines.push(
      left.length > 0 ? `仍在订阅：${left.map((s) => s.label).join("、")}（/订阅列表 查看）。` : "这个会话已没有订阅。",
    );
    return lines.join("\n");
  }

  async function list(chatId: string): Promise<string> {
    const subs = await store.list(chatId);
    if (subs.length === 0) {
      return "这个会话还没有订阅。发送 /订阅 物联网 订阅一个网络、联盟或高新区，/订阅 订阅全部动态；加“每日”改为每天 09:00 摘要。";
    }
    return [
      `这个会话的订阅（${subs.length}）：`,
      ...subs.map((s) => `• ${s.label === ALL_LABEL ? "全部动态" : s.label} — ${MODE_TEXT[s.mode]}`),
      `退订：/退订 <名称>；全部退订：/退订${GROUP_HINT}`,
    ].join("\n");
  }

  return {
    async run(chatId, command) {
      try {
        if (command.kind === "list") return await list(chatId);
        if (command.kind === "unsubscribe") return await unsubscribe(chatId, command.scopeText);
        return await subscribe(chatId, command.scopeText, command.mode);
      } catch (error) {
        deps.logger?.error("subscription command failed", {
          code: ErrorCodes.E_SUBSCRIPTION_STORE,
          chat_id: chatId,
          command: command.kind,
          ...describeError(error),
        });
        return SUBSCRIPTION_ERROR_TEXT;
      }
    },
  };
}

function dedupe(scopes: ResolvedScope[]): ResolvedScope[] {
  const seen = new Set<string>();
  return scopes.filter((s) => {
    if (seen.has(s.scope)) return false;
    seen.add(s.scope);
    return true;
  });
}
