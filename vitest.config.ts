import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The server as `npm start` runs it, compiled to dist/node/ (tests start it as a process).
    globalSetup: ["test/helpers/build-node.ts"],
    // Fault runs that kill and restart servers: `npm run test:faults` (vitest.faults.config.ts); the older growth
    // sets: `npm run test:sets` (vitest.sets.config.ts).
    exclude: ["**/node_modules/**", "test/faults/**", "test/sets/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest leaves one core free by default, which on a 2-core CI runner means one file at a time. The files are
    // independent (temporary folders, port 0, a PostgreSQL schema each), so they run two at a time.
    maxWorkers: 2,
    isolate: false,
  },
});
