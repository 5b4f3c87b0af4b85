/**
 * The maintainers' loop as a runtime wires it (Node here; the Worker wires the same pieces over D1): the gap
 * recorder and the /admin/gaps route over a GapStore; with Feishu credentials, the docs client, `/导入` for
 * ADMIN_OPEN_IDS, and the scheduled wiki space sync (FEISHU_WIKI_SPACE_ID) on a timer.
 */

import type { AddPlanner } from "../admin/add.ts";
import { createChatImporter } from "../admin/chat-import.ts";
import { summarizeSync, syncWikiSpace } from "../admin/feishu-sync.ts";
import type { GapsRouteDeps } from "../admin/gaps-route.ts";
import type { ImportDeps } from "../admin/import-feishu.ts";
import type { ImportCommand } from "../bot/handle.ts";
import type { Config } from "../config.ts";
import { ErrorCodes } from "../errors.ts";
import { createFeishuDocs } from "../feishu/docs.ts";
import { createGapRecorder, type GapRecorder } from "../gaps/recorder.ts";
import type { GapStore } from "../gaps/types.ts";
import { modelExtractorFor } from "../knowledge/extract/llm.ts";
import type { Knowledge, KnowledgeFiles } from "../knowledge/load.ts";
import { describeError, type Logger } from "../log.ts";
import type { NoticeStores } from "../subscriptions/types.ts";

export type MaintainersLoop = {
  gaps: GapRecorder;
  gapsRoute: GapsRouteDeps;
  importer: ImportCommand | undefined;
  /** Runs one wiki sync now (undefined without FEISHU_WIKI_SPACE_ID or credentials). */
  syncNow: (() => Promise<void>) | undefined;
  stop(): void;
  close(): Promise<void>;
};

export function setUpMaintainersLoop(deps: {
  config: Config;
  stores: NoticeStores;
  gapStore: GapStore;
  baseFiles: () => KnowledgeFiles;
  /** Where an import's checks run (AddKnowledgeDeps.planner; Node: an answer thread). */
  planner?: AddPlanner;
  reload: (reason: string) => Promise<boolean>;
  knowledge: () => Promise<Knowledge | undefined>;
  logger: Logger;
  /** Start the sync timer (default true). */
  timer?: boolean;
}): MaintainersLoop {
  const { config, logger } = deps;
  const gaps = createGapRecorder({ store: deps.gapStore, retentionDays: config.gapsRetentionDays, logger });
  const gapsRoute: GapsRouteDeps = { store: deps.gapStore, knowledge: deps.knowledge };
  const { appId, appSecret, domain } = config.feishu;
  if (config.mode === "local" || !appId || !appSecret) {
    return { gaps, gapsRoute, importer: undefined, syncNow: undefined, stop() {}, close: () => deps.gapStore.close() };
  }
  const importDeps: ImportDeps = {
    added: deps.stores.added,
    outbox: deps.stores.outbox,
    baseFiles: deps.baseFiles,
    ...(deps.planner ? { planner: deps.planner } : {}),
    docs: createFeishuDocs({ appId, appSecret, domain }),
    modelFacts: modelExtractorFor(config.llm, logger),
  };
  const importer = createChatImporter({
    adminOpenIds: config.adminOpenIds,
    importDeps,
    reload: deps.reload,
    knowledge: deps.knowledge,
    logger,
  });

  const spaceId = config.wikiSpaceId;
  let timer: ReturnType<typeof setInterval> | undefined;
  let syncNow: (() => Promise<void>) | undefined;
  if (spaceId) {
    const memory = new Map<string, string>();
    let running = false;
    syncNow = async () => {
      if (running) return;
      running = true;
      const started = Date.now();
      try {
        const report = await syncWikiSpace(importDeps, spaceId, memory);
        const summary = summarizeSync(report);
        if (summary.created + summary.updated > 0) await deps.reload("wiki sync");
        for (const r of report.results) {
          if (!r.result.ok) {
            logger.warn("wiki node not imported", { node: r.nodeToken, code: r.result.code, reason: r.result.message });
          }
        }
        logger.info("wiki space synced", { space_id: spaceId, ...summary, sync_ms: Date.now() - started });
      } catch (error) {
        logger.error("wiki sync failed", { code: ErrorCodes.E_FEISHU_API, ...describeError(error) });
      } finally {
        running = false;
      }
    };
    if (deps.timer !== false) {
      const run = syncNow;
      setTimeout(() => void run(), 10_000).unref();
      timer = setInterval(() => void run(), config.wikiSyncMinutes * 60_000);
      timer.unref();
    }
  }
  return {
    gaps,
    gapsRoute,
    importer,
    syncNow,
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
    close: () => deps.gapStore.close(),
  };
}
