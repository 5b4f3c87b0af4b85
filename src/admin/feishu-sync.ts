/**
 * Wiki space sync (FEISHU_WIKI_SPACE_ID): walks every node of the space — each level page by page
 * (GET /open-apis/wiki/v2/spaces/:space_id/nodes, page_token/has_more; a page may be empty with has_more true),
 * children through parent_node_token — and imports each docx node through importDocument (new → created,
 * changed → a new version, unchanged → nothing). Other node types are skipped (counted).
 *
 * A node whose obj_edit_time has not moved since the last successful import in this process is not fetched again.
 * A rate limit stops the walk (the next run starts over); any other error on one document is recorded and the
 * walk goes on. Runs on a schedule: the Node timer (src/runtime/node.ts) and the Workers cron.
 */
import { ErrorCodes } from "../errors.ts";
import type { WikiNode } from "../feishu/docs.ts";
import { type ImportDeps, type ImportResult, importDocument } from "./import-feishu.ts";

export type SyncReport = {
  nodes: number;
  skippedNotDocx: number;
  notChanged: number;
  results: Array<{ nodeToken: string; title: string; result: ImportResult }>;
  /** Set when the walk stopped early (rate limited, or the space could not be listed). */
  stopped?: { code: string; message: string };
};

/** obj_edit_time of each docx imported (or found unchanged) by this process, by obj_token. */
export type SyncMemory = Map<string, string>;

export async function syncWikiSpace(
  deps: ImportDeps & { tenantUrl?: string },
  spaceId: string,
  memory: SyncMemory = new Map(),
  options: { maxNodes?: number } = {},
): Promise<SyncReport> {
  const report: SyncReport = { nodes: 0, skippedNotDocx: 0, notChanged: 0, results: [] };
  const maxNodes = options.maxNodes ?? 5000;
  const parents: Array<string | undefined> = [undefined];
  const seenParents = new Set<string>();

  while (parents.length > 0 && report.nodes < maxNodes) {
    const parent = parents.shift();
    let pageToken: string | undefined;
    do {
      let page: { items: WikiNode[]; pageToken: string | undefined; hasMore: boolean };
      try {
        page = await deps.docs.listNodes(spaceId, { parentNodeToken: parent, pageToken });
      } catch (error) {
        const e = error as { code?: string; message?: string };
        report.stopped = { code: e.code ?? ErrorCodes.E_FEISHU_API, message: e.message ?? String(error) };
        return report;
      }
      for (const node of page.items) {
        report.nodes++;
        if (node.hasChild && !seenParents.has(node.nodeToken)) {
          seenParents.add(node.nodeToken);
          parents.push(node.nodeToken);
        }
        if (node.objType !== "docx" || !node.objToken) {
          report.skippedNotDocx++;
          continue;
        }
        if (node.objEditTime !== undefined && memory.get(node.objToken) === node.objEditTime) {
          report.notChanged++;
          continue;
        }
        const source = deps.tenantUrl
          ? `${deps.tenantUrl.replace(/\/+$/, "")}/wiki/${node.nodeToken}`
          : `wiki:${spaceId}/${node.nodeToken}`;
        const result = await importDocument(deps, node.objToken, source);
        report.results.push({ nodeToken: node.nodeToken, title: node.title, result });
        if (result.ok && node.objEditTime !== undefined) memory.set(node.objToken, node.objEditTime);
        if (!result.ok && result.code === ErrorCodes.E_FEISHU_RATE_LIMIT) {
          report.stopped = { code: result.code, message: result.message };
          return report;
        }
      }
      pageToken = page.hasMore ? page.pageToken : undefined;
    } while (pageToken !== undefined);
  }
  return report;
}

/** Counts for a log line. */
export function summarizeSync(report: SyncReport) {
  const count = (status: string) => report.results.filter((r) => r.result.ok && r.result.status === status).length;
  return {
    nodes: report.nodes,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged") + report.notChanged,
    failed: report.results.filter((r) => !r.result.ok).length,
    skipped_not_docx: report.skippedNotDocx,
    stopped: report.stopped?.code,
  };
}
