/**
 * Keeps the engine in step with knowledge added at run time.
 *
 * The engine reads the added knowledge through `source.load()` on every load and reload, which also records the
 * store's revision it saw. The reloader then
 *   - reloads at once when asked (the admin routes, after storing), coalescing concurrent requests into one
 *     rebuild that starts after the latest request;
 *   - polls the store's revision every `intervalMs` and reloads when it moved past what the engine loaded, which
 *     is how additions by another process (`npm run knowledge` writing to the same DATA_DIR) reach the server.
 * A failed reload keeps the old snapshot answering; it is logged and not retried until the revision moves again.
 */
import { ErrorCodes } from "../errors.ts";
import type { AddedKnowledge } from "../knowledge/load.ts";
import { describeError, type Logger } from "../log.ts";
import type { AddedKnowledgeStore } from "../subscriptions/types.ts";
import { loadAdded } from "./add.ts";

export type AddedKnowledgeSource = {
  /** For EngineOptions.added: the stored additions; remembers the revision read before them. */
  load(): Promise<AddedKnowledge>;
  /** The revision the last load saw (-1 before the first). */
  loadedRevision(): number;
};

export function addedKnowledgeSource(store: AddedKnowledgeStore): AddedKnowledgeSource {
  let loaded = -1;
  return {
    async load() {
      // Revision first: a write landing in between makes the data newer than the revision, never older, so the
      // worst case is one extra reload.
      const revision = await store.revision();
      const added = await loadAdded(store);
      loaded = revision;
      return added;
    },
    loadedRevision: () => loaded,
  };
}

/**
 * The store's revision as an engine that reads the store itself last loaded it (the answer threads,
 * src/runtime/answer-pool.ts): `track(load)` reads the revision before the load runs and records it once the load
 * is over — the same revision-first rule as `addedKnowledgeSource`, and as there a failed load counts as having
 * seen that revision (the reloader then waits for the next change rather than retrying every poll).
 */
export function revisionTracker(store: Pick<AddedKnowledgeStore, "revision">): {
  track<T>(load: () => Promise<T>): Promise<T>;
  loadedRevision(): number;
} {
  let loaded = -1;
  return {
    async track(load) {
      const revision = await store.revision();
      try {
        return await load();
      } finally {
        loaded = revision;
      }
    },
    loadedRevision: () => loaded,
  };
}

export type KnowledgeReloader = {
  /** Rebuilds now (coalesced); resolves true once a snapshot including everything stored so far answers. */
  reload(reason: string): Promise<boolean>;
  /** Stops polling. */
  stop(): void;
};

export function startKnowledgeReloader(deps: {
  /** Builds and swaps in a new snapshot (Engine.reload). */
  reload: () => Promise<void>;
  /** Only the revision the engine last loaded is read here. */
  source: Pick<AddedKnowledgeSource, "loadedRevision">;
  store: AddedKnowledgeStore;
  logger: Logger;
  /** Revision polling interval; 0 turns polling off. Default 2 s. */
  intervalMs?: number;
}): KnowledgeReloader {
  const intervalMs = deps.intervalMs ?? 2000;
  let running: Promise<boolean> | undefined;
  let queued: Promise<boolean> | undefined;
  let failedAt: number | undefined;

  const rebuild = async (reason: string): Promise<boolean> => {
    const started = Date.now();
    try {
      await deps.reload();
      failedAt = undefined;
      deps.logger.info("knowledge reloaded", {
        reason,
        revision: deps.source.loadedRevision(),
        reload_ms: Date.now() - started,
      });
      return true;
    } catch (error) {
      failedAt = deps.source.loadedRevision();
      deps.logger.error("knowledge reload failed; the previous snapshot keeps answering", {
        code: ErrorCodes.E_RELOAD,
        reason,
        ...describeError(error),
      });
      return false;
    }
  };

  const reload = (reason: string): Promise<boolean> => {
    if (!running) {
      running = rebuild(reason).finally(() => {
        running = undefined;
      });
      return running;
    }
    // One rebuild is running and may have read the store before this request: queue one more after it.
    queued ??= running.then(() => {
      queued = undefined;
      return reload(reason);
    });
    return queued;
  };

  let timer: ReturnType<typeof setInterval> | undefined;
  if (intervalMs > 0) {
    timer = setInterval(() => {
      if (running) return;
      deps.store.revision().then(
        (revision) => {
          const loaded = deps.source.loadedRevision();
          if (loaded < 0 || revision === loaded || revision === failedAt) return;
          void reload("revision changed");
        },
        (error: unknown) =>
          deps.logger.warn("knowledge revision check failed", { code: ErrorCodes.E_RELOAD, ...describeError(error) }),
      );
    }, intervalMs);
    (timer as { unref?: () => void }).unref?.();
  }

  return {
    reload,
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
