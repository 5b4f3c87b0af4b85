/** Before each workerd test file: migrations/*.sql applied to the local D1 (as `wrangler d1 migrations apply`). */
import { applyD1Migrations } from "cloudflare:test";
import { testEnv } from "./env.ts";

await applyD1Migrations(testEnv.DB, testEnv.TEST_MIGRATIONS);
