import { defineConfig } from "vitest/config";

// Fault runs with several instances on one PostgreSQL (test/faults): one file at a time, since they restart the
// server. `npm run test:faults`; .ci/run runs them after `npm test`.
export default defineConfig({
  test: {
    include: ["test/faults/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
});
