/**
 * `npm run test:worker`: tests that run inside workerd (@cloudflare/vitest-pool-workers), offline.
 * The Worker is src/runtime/worker.ts with wrangler.toml's settings; D1 is miniflare's local D1, migrated from
 * migrations/ before each test file; the Feishu Open API is the fake server started by test/worker/global-setup.ts
 * (FEISHU_DOMAIN points at it). Test files are test/worker/*.spec.ts — the *.test.ts files there run under Node
 * with the rest of `npm test`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Test credentials (never real ones): the same values the Node integration tests use. */
export const WORKER_TEST_SECRETS = {
  FEISHU_APP_ID: "cli_a1b2c3d4e5f60718",
  FEISHU_APP_SECRET: "fAkEsEcReT9aB8cD7eF6gH5iJ4kL3mN2",
  FEISHU_VERIFICATION_TOKEN: "vQ8sK2mX7pL4nR9tW3yZ6bC1dF5gH0jA",
  FEISHU_ENCRYPT_KEY: "kE7yR4nD0mS9eC2rE5tX8wQ1zA6bV3uL",
  ADMIN_TOKEN: "adm1n-t0ken-for-worker-tests-0123456789",
};

/** wrangler imports *.txt as Text modules (a string); Vite would import an asset URL. Same string here. */
const textModules = {
  name: "text-modules",
  enforce: "pre" as const,
  load(id: string) {
    const file = id.split("?")[0] ?? id;
    if (!file.endsWith(".txt")) return undefined;
    return `export default ${JSON.stringify(readFileSync(file, "utf8"))};`;
  },
};

export default defineConfig({
  plugins: [
    textModules,
    cloudflareTest(async ({ inject }) => ({
      main: "./src/runtime/worker.ts",
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          ...WORKER_TEST_SECRETS,
          FEISHU_DOMAIN: inject("feishuUrl"),
          CONTROL_URL: inject("controlUrl"),
          LOG_LEVEL: "warn",
          TEST_MIGRATIONS: await readD1Migrations(here("./migrations")),
        },
      },
    })),
  ],
  // wrangler.toml's [alias] table, for Vite (exact matches: "@node-rs/jieba" must not also catch ".../dict").
  resolve: {
    alias: [
      { find: /^@node-rs\/jieba$/, replacement: here("./src/retrieval/jieba-js.ts") },
      { find: /^@node-rs\/jieba\/dict$/, replacement: here("./data/worker/jieba-dict.js") },
      { find: /^@larksuiteoapi\/node-sdk$/, replacement: here("./src/feishu/lark-fetch.ts") },
      { find: /^worker-snapshot$/, replacement: here("./data/worker/snapshot.js") },
      { find: /^#lexicon-files$/, replacement: here("./data/worker/lexicon.js") },
    ],
  },
  test: {
    include: ["test/worker/**/*.spec.ts"],
    globalSetup: ["test/worker/global-setup.ts"],
    setupFiles: ["test/worker/apply-migrations.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
