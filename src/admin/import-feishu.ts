/**
 * Importing a Feishu document (docx, directly or through a wiki node) as an article, through the one add-article
 * path (src/admin/add.ts: the same validation, and whatever that path learns from an article).
 *
 *  - the article id is derived from the document id: `feishu-<document_id>` for the first version, then
 *    `feishu-<document_id>-v2`, `-v3` … (stored articles are immutable, so a changed document is a new article;
 *    it carries the import date, so what it says is the latest record and the earlier version stays as history);
 *  - re-importing a document whose title and text are unchanged since its latest version is a no-op;
 *  - a changed one becomes the next version, and the result lists the paragraphs added and removed;
 *  - the article's date is the import date (Asia/Shanghai): Feishu's document API gives no publication date;
 *    its source is the link it was imported from.
 * Errors name what to fix (src/feishu/docs.ts): a missing scope, a document not shared with the app, not a docx,
 * not found, rate limited; and a link that is not a Feishu document link, an empty document.
 */
import { type ErrorCode, ErrorCodes, isAppError } from "../errors.ts";
import { type DocLink, DocsError, type FeishuDocs, parseDocLink } from "../feishu/docs.ts";
import type { AddedArticle } from "../knowledge/load.ts";
import { type AddKnowledgeDeps, addArticle } from "./add.ts";

export type ImportDeps = AddKnowledgeDeps & { docs: FeishuDocs };

export type ImportChange = { added: string[]; removed: string[] };

export type ImportResult =
  | {
      ok: true;
      /** created: first version; updated: a new version of a changed document; unchanged: nothing stored. */
      status: "created" | "updated" | "unchanged";
      articleId: string;
      documentId: string;
      title: string;
      version: number;
      /** The version this one replaces (updated only). */
      previousId?: string;
      /** Paragraphs added and removed since the previous version (updated only). */
      change?: ImportChange;
      /** What the add-article path reported learning (facts, events queued as notices …), as it said it. */
      learned?: Record<string, unknown>;
    }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      /** For rate limits: when to try again. */
      retryAfterMs?: number;
      scopes?: string[];
    };

const ID_PREFIX = "feishu-";

/** The article id of a document's first version. */
export function articleIdFor(documentId: string): string {
  return `${ID_PREFIX}${documentId.replace(/[^A-Za-z0-9_-]/g, "-")}`.slice(0, 72);
}

/** The version of `id` among the articles of `baseId` (1 for the base id), or undefined. */
function versionOf(id: string, baseId: string): number | undefined {
  if (id === baseId) return 1;
  const m = new RegExp(`^${baseId}-v(\\d+)$`).exec(id);
  return m ? Number(m[1]) : undefined;
}

/** The latest stored version of a document's article. */
export function latestVersion(
  articles: readonly AddedArticle[],
  documentId: string,
): { article: AddedArticle; version: number } | undefined {
  const baseId = articleIdFor(documentId);
  let best: { article: AddedArticle; version: number } | undefined;
  for (const a of articles) {
    const v = versionOf(a.id, baseId);
    if (v !== undefined && (!best || v > best.version)) best = { article: a, version: v };
  }
  return best;
}

/** Today in Asia/Shanghai (UTC+8, no daylight saving), YYYY-MM-DD. */
export function shanghaiDate(now: number): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

const paragraphs = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Paragraph-level difference (multiset of trimmed non-empty lines). */
export function diffParagraphs(before: string, after: string): ImportChange {
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const a = paragraphs(before);
  const b = paragraphs(after);
  const inA = count(a);
  const inB = count(b);
  const take = (lines: string[], other: Map<string, number>) => {
    const left = new Map(other);
    const out: string[] = [];
    for (const l of lines) {
      const n = left.get(l) ?? 0;
      if (n > 0) left.set(l, n - 1);
      else out.push(l);
    }
    return out;
  };
  return { added: take(b, inA), removed: take(a, inB) };
}

function failure(error: unknown): ImportResult {
  if (error instanceof DocsError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.details.retryAfterMs !== undefined ? { retryAfterMs: error.details.retryAfterMs } : {}),
      ...(error.details.scopes ? { scopes: error.details.scopes } : {}),
    };
  }
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
  throw error;
}

/** Resolves a link to the docx document it shows. */
async function resolveLink(
  docs: FeishuDocs,
  link: DocLink,
  input: string,
): Promise<{ documentId: string } | ImportResult> {
  if (link.kind === "docx") return { documentId: link.token };
  if (link.kind === "other") {
    return {
      ok: false,
      code: ErrorCodes.E_IMPORT_NOT_DOCX,
      message: `${input} is a "${link.type}" link; only docx documents (新版文档, …/docx/<id>) or wiki pages holding one can be imported`,
    };
  }
  const node = await docs.getNode(link.token);
  if (node.objType !== "docx" || !node.objToken) {
    return {
      ok: false,
      code: ErrorCodes.E_IMPORT_NOT_DOCX,
      message: `wiki page ${link.token} ("${node.title}") holds a "${node.objType || "unknown"}", not a docx document; only docx (新版文档) pages can be imported`,
    };
  }
  return { documentId: node.objToken };
}

/** Imports the document a docx or wiki link points at. */
export async function importFeishuLink(deps: ImportDeps, url: string): Promise<ImportResult> {
  const link = parseDocLink(url);
  if (!link) {
    return {
      ok: false,
      code: ErrorCodes.E_IMPORT_BAD_LINK,
      message: `not a Feishu document link: expected https://<tenant>.feishu.cn/docx/<document_id> or …/wiki/<node_token>`,
    };
  }
  try {
    const target = await resolveLink(deps.docs, link, url.trim());
    if ("ok" in target) return target;
    return await importDocument(deps, target.documentId, url.trim());
  } catch (error) {
    return failure(error);
  }
}

/** Imports one docx document by id; `source` is recorded as the article's source. */
export async function importDocument(deps: ImportDeps, documentId: string, source: string): Promise<ImportResult> {
  try {
    // Both requests are settled before anything is decided, so no call is left running after a failure.
    const [docResult, textResult] = await Promise.allSettled([
      deps.docs.getDocument(documentId),
      deps.docs.rawContent(documentId),
    ]);
    if (docResult.status === "rejected") throw docResult.reason;
    if (textResult.status === "rejected") throw textResult.reason;
    const doc = docResult.value;
    const text = textResult.value;
    const body = text.replace(/\r\n?/g, "\n");
    if (body.trim().length === 0) {
      return {
        ok: false,
        code: ErrorCodes.E_IMPORT_EMPTY,
        message: `document ${documentId} has no text to learn from (images, tables of images and embedded files are not read)`,
      };
    }
    const title =
      doc.title.trim() ||
      Array.from(paragraphs(body)[0] ?? documentId)
        .slice(0, 200)
        .join("");

    const latest = latestVersion(await deps.added.articles(), documentId);
    if (latest && latest.article.title === title && latest.article.body === body) {
      return {
        ok: true,
        status: "unchanged",
        articleId: latest.article.id,
        documentId,
        title,
        version: latest.version,
      };
    }
    const version = latest ? latest.version + 1 : 1;
    const baseId = articleIdFor(documentId);
    const articleId = version === 1 ? baseId : `${baseId}-v${version}`;
    const outcome = await addArticle(deps, {
      id: articleId,
      title,
      date: shanghaiDate((deps.clock ?? Date).now()),
      source,
      body,
    });
    if (!outcome.ok) return { ok: false, code: outcome.code, message: outcome.message };
    const { id: _id, created: _created, ...learned } = outcome.body;
    return {
      ok: true,
      status: latest ? "updated" : "created",
      articleId,
      documentId,
      title,
      version,
      ...(latest ? { previousId: latest.article.id, change: diffParagraphs(latest.article.body, body) } : {}),
      ...(Object.keys(learned).length > 0 ? { learned } : {}),
    };
  } catch (error) {
    return failure(error);
  }
}

/** One line per outcome, for the CLI and logs. */
export function describeImport(result: ImportResult): string {
  if (!result.ok) return `${result.code}: ${result.message}`;
  if (result.status === "unchanged") {
    return `document ${result.documentId} is unchanged since ${result.articleId}; nothing stored`;
  }
  if (result.status === "created") return `imported "${result.title}" as article ${result.articleId}`;
  const c = result.change ?? { added: [], removed: [] };
  return (
    `document ${result.documentId} changed: stored as version ${result.version} (${result.articleId}, after ` +
    `${result.previousId}); ${c.added.length} paragraph(s) added, ${c.removed.length} removed`
  );
}
