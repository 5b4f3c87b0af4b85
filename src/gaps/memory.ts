/** In-memory GapStore: the twin of the SQLite and D1 stores, for tests and local mode without a database. */
import { groupGaps } from "./group.ts";
import type { GapRecord, GapStore } from "./types.ts";

export function createMemoryGapStore(): GapStore & { readonly rows: readonly GapRecord[] } {
  const rows: GapRecord[] = [];
  let salt: string | undefined;
  return {
    rows,
    async record(gap) {
      rows.push({ ...gap });
    },
    async groups(since, limit) {
      return groupGaps(
        rows.filter((r) => r.at >= since),
        limit,
      );
    },
    async prune(before) {
      const keep = rows.filter((r) => r.at >= before);
      const removed = rows.length - keep.length;
      rows.splice(0, rows.length, ...keep);
      return removed;
    },
    async salt() {
      salt ??= randomSalt();
      return salt;
    },
    async close() {},
  };
}

export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
