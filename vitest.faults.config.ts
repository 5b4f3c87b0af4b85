import { defineConfig } from "vitest/config";

// Fault runs (test/faults): several instances on one PostgreSQL, and one SQLite instance killed mid-delivery. One
// file at a time, since they kill and restart servers. `npm run test:faults`; .ci/run runs them after `npm test`.
export default defineConfig({
  test: {
    include: ["test/faults/**/*.test.ts"],
    globalSetup: ["test/helpers/build-node.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
});
