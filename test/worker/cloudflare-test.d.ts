/**
 * The slice of the workerd test modules these tests use, typed for the repository's Node typecheck (the full
 * declarations in @cloudflare/vitest-pool-workers/types need the Workers globals, which clash with Node's).
 */
declare module "cloudflare:test" {
  type D1Database = import("@cloudflare/workers-types").D1Database;
  type ExecutionContext = import("@cloudflare/workers-types").ExecutionContext;
  type ScheduledController = import("@cloudflare/workers-types").ScheduledController;
  export type D1Migration = { name: string; queries: string[] };
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[], table?: string): Promise<void>;
  export function createExecutionContext(): ExecutionContext;
  export function waitOnExecutionContext(ctx: ExecutionContext): Promise<void>;
  export function createScheduledController(options?: { scheduledTime?: number; cron?: string }): ScheduledController;
}

declare module "cloudflare:workers" {
  export const env: unknown;
  export const exports: { default: { fetch(input: string | Request, init?: RequestInit): Promise<Response> } };
}
