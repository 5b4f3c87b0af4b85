/** The bindings the workerd tests see (vitest.workers.config.ts): the Worker's own plus test-only ones. */
import type { D1Migration } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Env } from "../../src/runtime/worker-runtime.ts";

export type WorkerTestEnv = Env & {
  FEISHU_APP_ID: string;
  FEISHU_APP_SECRET: string;
  FEISHU_VERIFICATION_TOKEN: string;
  FEISHU_ENCRYPT_KEY: string;
  FEISHU_DOMAIN: string;
  ADMIN_TOKEN: string;
  /** The fake Feishu server's control endpoint (test/worker/global-setup.ts). */
  CONTROL_URL: string;
  TEST_MIGRATIONS: D1Migration[];
};

export const testEnv = env as WorkerTestEnv;
