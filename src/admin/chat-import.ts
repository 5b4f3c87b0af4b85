/**
 * `/导入 <链接>` in chat: a maintainer (open_id in ADMIN_OPEN_IDS) imports a Feishu document; the bot reloads
 * the knowledge and replies with a card listing what was learned (the facts the new article supports, the known
 * networks, alliances and zones it names) or what changed. Anyone else gets a polite refusal and nothing runs.
 */
import type { Answer } from "../answer/types.ts";
import type { BotReply, ImportCommand } from "../bot/handle.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { Logger } from "../log.ts";
import { type ImportDeps, type ImportResult, importFeishuLink } from "./import-feishu.ts";
import { learnedFrom } from "./learned.ts";
import type { UnreadList } from "./unread-lists.ts";

export const IMPORT_REFUSED_TEXT =
  "抱歉，只有知识维护人员可以导入文档。如果你有想让我学习的资料，请联系管理员，把文档链接发给他们。";
export const IMPORT_USAGE_TEXT =
  "用法：/导入 <飞书文档链接>，例如 /导入 https://example.feishu.cn/docx/…（支持新版文档和知识库页面）";

export function createChatImporter(deps: {
  adminOpenIds: readonly string[];
  importDeps: ImportDeps;
  /** Rebuilds the engine's snapshot; resolves false if that failed. */
  reload: (reason: string) => Promise<boolean>;
  knowledge: () => Promise<Knowledge | undefined>;
  logger: Logger;
}): ImportCommand {
  const admins = new Set(deps.adminOpenIds);
  return async ({ openId, chatId, link }) => {
    // Only listed maintainers; an unknown sender (no open_id) is refused too.
    if (!openId || !admins.has(openId)) {
      deps.logger.warn("import refused: not a maintainer", { chat_id: chatId });
      return { kind: "text", text: IMPORT_REFUSED_TEXT };
    }
    if (!link) return { kind: "text", text: IMPORT_USAGE_TEXT };
    const result = await importFeishuLink(deps.importDeps, link);
    deps.logger.info("import from chat", {
      chat_id: chatId,
      ok: result.ok,
      code: result.ok ? undefined : result.code,
      status: result.ok ? result.status : undefined,
      article_id: result.ok ? result.articleId : undefined,
    });
    if (!result.ok) return { kind: "text", text: `导入失败（${result.code}）：${result.message}` };
    const reloaded = result.status === "unchanged" ? true : await deps.reload("chat: document imported");
    return importCard(result, reloaded ? await deps.knowledge() : undefined);
  };
}

/** The reply card: an Answer rendered by the usual renderer. */
export function importCard(result: Extract<ImportResult, { ok: true }>, knowledge: Knowledge | undefined): BotReply {
  const title = `已导入：${result.title}`;
  if (result.status === "unchanged") {
    const answer: Answer = {
      kind: "fact",
      title,
      answer: `文档与已导入的版本（${result.articleId}）相同，没有新内容。`,
      citations: [],
    };
    return { kind: "answer", answer };
  }
  const learned = knowledge ? learnedFrom(knowledge, result.articleId) : undefined;
  const lines = [
    result.status === "created"
      ? `已作为文章 ${result.articleId} 加入知识库。`
      : `文档有改动，已存为第 ${result.version} 版（${result.articleId}），取代 ${result.previousId}。`,
  ];
  const items: Answer["items"] = [];
  // Facts the add-article path learned (networks, alliances with their dates, leads, members …).
  const said = result.learned?.learned as
    | { networks?: Array<Record<string, unknown>>; alliances?: Array<Record<string, unknown>>; officials?: string[] }
    | undefined;
  for (const group of [...(said?.networks ?? []), ...(said?.alliances ?? [])]) {
    const parts = [
      (group.launched ?? group.founded) ? `成立 ${String(group.launched ?? group.founded)}` : "",
      group.venue ? `地点 ${String(group.venue)}` : "",
      group.lead ? `牵头 ${String(group.lead)}` : "",
      group.count ? `成员 ${String(group.count)} 家` : "",
      group.secretariat ? `秘书处 ${String(group.secretariat)}` : "",
    ].filter(Boolean);
    items.push({ name: String(group.name), note: parts.join(" · ") || "新条目" });
  }
  for (const official of said?.officials ?? []) items.push({ name: official, note: "人物" });
  const queued = typeof result.learned?.queued === "number" ? result.learned.queued : 0;
  if (learned) {
    lines.push(`学到 ${learned.facts} 条可引用的事实，共 ${learned.sentences} 句原文。`);
    const listed = new Set(items.map((i) => i.name));
    for (const name of learned.factsAbout) if (!listed.has(name)) items.push({ name, note: "有新事实" });
    for (const name of learned.entities) {
      if (!listed.has(name) && !learned.factsAbout.includes(name)) items.push({ name, note: "文中提到" });
    }
  } else {
    lines.push("知识已保存，稍后生效（重新加载未完成）。");
  }
  const notes: string[] = [];
  if (queued > 0) notes.push(`已通知 ${queued} 个订阅会话。`);
  // Member lists counted but not read in full (src/admin/unread-lists.ts): worth a maintainer's look now.
  for (const w of (result.learned?.warnings ?? []) as UnreadList[]) {
    notes.push(
      w.code === "W_MEMBERS_NONE"
        ? `⚠ ${w.name}：文中写了它的成立，但没有读出成员名单或成员数。`
        : `⚠ ${w.name}：文中说有 ${w.stated} 家成员，只读出 ${w.read} 家；问成员名单时会回答没有完整名单。`,
    );
  }
  if (result.change) {
    notes.push(`新增 ${result.change.added.length} 段，删去 ${result.change.removed.length} 段。`);
    for (const l of result.change.added.slice(0, 3)) notes.push(`＋ ${l}`);
    for (const l of result.change.removed.slice(0, 3)) notes.push(`－ ${l}`);
  }
  const answer: Answer = {
    kind: "fact",
    title,
    answer: lines.join(""),
    ...(items.length > 0 ? { items } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    citations: [],
  };
  return { kind: "answer", answer };
}
