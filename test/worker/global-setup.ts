/**
 * Node side of the workerd tests (vitest.workers.config.ts), run once before them:
 *  1. writes the Worker's data (knowledge snapshot, jieba dictionary) as `npm run build:worker` does;
 *  2. starts the fake Feishu Open API (test/fakes/feishu-server.ts) on 127.0.0.1 — the Worker's FEISHU_DOMAIN —
 *     plus a small control server the tests (inside workerd, with no access to Node objects) use to read what
 *     the fake received and to queue faults;
 *  3. answers every golden question with the Node engine (HNSW, native jieba), for the parity test.
 * Values reach the tests through vitest's provide/inject.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildWorkerData } from "../../scripts/build-worker.ts";
import { createEngine } from "../../src/answer/engine.ts";
import type { Answer } from "../../src/answer/types.ts";
import { FakeFeishu, type Fault } from "../fakes/feishu-server.ts";

export type GoldenAnswer = { file: string; id: string; q: string; answer: Answer };

declare module "vitest" {
  export interface ProvidedContext {
    feishuUrl: string;
    controlUrl: string;
    nodeAnswers: GoldenAnswer[];
  }
}

const GOLDEN_DIR = join(import.meta.dirname, "..", "golden");

/** Every question of every golden set (test/golden/*-questions.json). */
export function goldenQuestions(): Array<{ file: string; id: string; q: string }> {
  const out: Array<{ file: string; id: string; q: string }> = [];
  for (const file of readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith("-questions.json"))
    .sort()) {
    const list = JSON.parse(readFileSync(join(GOLDEN_DIR, file), "utf8")) as Array<{ id?: string; q?: string }>;
    for (const item of list) if (typeof item.q === "string") out.push({ file, id: String(item.id ?? ""), q: item.q });
  }
  return out;
}

/** GET /posted, GET /calls: what the fake recorded; POST /fail: queue a fault (JSON Fault without `when`). */
function startControl(fake: FakeFeishu): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "GET" && req.url === "/posted") return send(200, fake.posted);
      if (req.method === "GET" && req.url === "/calls") {
        // Without request headers: they carry the tenant token.
        return send(
          200,
          fake.calls.map(({ headers: _headers, ...call }) => call),
        );
      }
      if (req.method === "POST" && req.url === "/fail") {
        fake.fail(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Fault);
        return send(200, {});
      }
      send(404, {});
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export default async function setup(project: TestProject) {
  buildWorkerData();
  const fake = await FakeFeishu.start();
  const control = await startControl(fake);
  const engine = await createEngine();
  const nodeAnswers: GoldenAnswer[] = [];
  for (const g of goldenQuestions()) nodeAnswers.push({ ...g, answer: await engine.answer(g.q) });

  project.provide("feishuUrl", fake.url);
  project.provide("controlUrl", `http://127.0.0.1:${(control.address() as AddressInfo).port}`);
  project.provide("nodeAnswers", nodeAnswers);

  return async () => {
    await new Promise<void>((resolve) => control.close(() => resolve()));
    await fake.close();
  };
}
