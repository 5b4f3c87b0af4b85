/**
 * Node entry (`npm start`). Minimal local-mode server until the Feishu webhook wiring lands:
 * GET /healthz once the knowledge and index are loaded; POST /api/ask {question} → the CLI's JSON.
 */
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createEngine } from "../answer/engine.ts";
import { toJson } from "../answer/render-text.ts";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const engine = await createEngine({ dataDir: process.env.DATA_DIR ?? "./data" });
const app = new Hono();
app.get("/healthz", (c) => c.json({ ok: true, knowledge: engine.knowledge.hash }));
app.post("/api/ask", async (c) => {
  const body = (await c.req.json().catch(() => null)) as { question?: unknown } | null;
  if (!body || typeof body.question !== "string") return c.json({ error: "E_BAD_REQUEST", message: "expected {\"question\": string}" }, 400);
  return c.json(toJson(await engine.answer(body.question)));
});
serve({ fetch: app.fetch, port, hostname }, (info) => {
  const local = !process.env.FEISHU_APP_ID || !process.env.FEISHU_APP_SECRET;
  console.log(`高新区协同助手 listening on http://${hostname}:${info.port}${local ? " — local mode (no Feishu credentials set)" : ""}`);
});
