/**
 * Cloudflare Workers entry (wrangler.toml `main`). Only handlers may be exported here; the runtime (app, stores,
 * engine, cron) is built in worker-runtime.ts, once per isolate.
 *
 *   fetch      the Hono app (webhook, playground, admin routes) with the request's ExecutionContext (waitUntil);
 *   scheduled  the Cron Trigger: due notices and digests, then pruning.
 */
import type { ExecutionContext, ScheduledController } from "@cloudflare/workers-types";
import { ErrorCodes } from "../errors.ts";
import { type Env, runtimeFor } from "./worker-runtime.ts";

function configError(): Response {
  return Response.json({ code: ErrorCodes.E_CONFIG }, { status: 500 });
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const built = runtimeFor(env);
    if (!built.ok) return configError();
    return built.runtime.bot.app.fetch(request, env, ctx);
  },

  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const built = runtimeFor(env);
    if (!built.ok) return;
    ctx.waitUntil(built.runtime.cron(controller.scheduledTime));
  },
};
