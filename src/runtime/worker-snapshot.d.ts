/** The knowledge snapshot written by `npm run build:worker` (wrangler.toml aliases it to data/worker/snapshot.js). */
declare module "worker-snapshot" {
  export const snapshot: import("../retrieval/snapshot.ts").WorkerSnapshot;
}
