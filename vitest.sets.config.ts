import { defineConfig } from "vitest/config";

// The older growth sets (test/sets; test/golden/sets.ts says which): every question its own test, as in `npm test`,
// which runs the newest sets; and the question-class tests of sessions up to 40 (test/sets/classes, moved out of
// test/unit in session 61 to keep `npm test` under its five minutes). `npm run test:sets`; .ci/run runs it after
// `npm test`.
export default defineConfig({
  test: {
    include: ["test/sets/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    isolate: false,
  },
});
