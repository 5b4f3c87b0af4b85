/**
 * A local fake of an OpenAI-compatible chat-completions endpoint (POST /v1/chat/completions), on 127.0.0.1.
 *
 * Each request is answered by `behave(request)` (default: a faithful model). Behaviours:
 *   answer     200 with the text, as JSON or, when the request asked for it, as server-sent events in chunks;
 *   status     an HTTP error (429 with Retry-After, 500, …);
 *   malformed  200 with a body that is not JSON (or an event stream whose chunk is not JSON);
 *   hang       never answers (the client's timeout must fire).
 * `delayMs` delays the first byte; `chunkDelayMs` spaces the streamed chunks.
 *
 * Model stand-ins (functions of the prompt) build answer texts: `faithful` quotes the start of each numbered
 * passage with its [n]; the others add an invented member, an invented number, drop the citations, or obey an
 * injection by echoing the system prompt and environment values.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ChatRequest = {
  model: string;
  stream: boolean;
  system: string;
  user: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
};

export type Behaviour =
  | { kind: "answer"; text: string; delayMs?: number; chunkDelayMs?: number; chunkChars?: number }
  | { kind: "status"; status: number; retryAfter?: string; delayMs?: number }
  | { kind: "malformed"; delayMs?: number }
  | { kind: "hang" };

export class FakeOpenAI {
  readonly requests: ChatRequest[] = [];
  behave: (request: ChatRequest) => Behaviour = (r) => ({ kind: "answer", text: faithful(r) });
  url = "";
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();

  static async start(): Promise<FakeOpenAI> {
    const fake = new FakeOpenAI();
    await fake.listen();
    return fake;
  }

  /** Answers the next calls in order with these behaviours, then falls back to `then`. */
  sequence(behaviours: Behaviour[], then: (request: ChatRequest) => Behaviour = this.behave): void {
    const queue = [...behaviours];
    this.behave = (r) => queue.shift() ?? then(r);
  }

  private listen(): Promise<void> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    this.server = server;
    return new Promise((resolve) => {
      server.listen(0, "127.0.0.1", () => {
        this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    const messages = (body.messages ?? []) as Array<{ role: string; content: string }>;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
    const request: ChatRequest = {
      model: String(body.model),
      stream: body.stream === true,
      system: messages.find((m) => m.role === "system")?.content ?? "",
      user: messages.find((m) => m.role === "user")?.content ?? "",
      headers,
      body,
    };
    this.requests.push(request);
    const behaviour = this.behave(request);
    if (behaviour.kind === "hang") {
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    if (behaviour.delayMs) await sleep(behaviour.delayMs);
    if (res.destroyed) return;

    if (behaviour.kind === "status") {
      const extra: Record<string, string> = behaviour.retryAfter ? { "retry-after": behaviour.retryAfter } : {};
      res.writeHead(behaviour.status, { "content-type": "application/json", ...extra });
      res.end(JSON.stringify({ error: { message: `fake status ${behaviour.status}` } }));
      return;
    }
    if (behaviour.kind === "malformed") {
      if (request.stream) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.end('data: {"choices":[{"delta":{"content":"半句"}}]}\n\ndata: {not json\n\n');
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"choices": [ {"message": {"content": "截断');
      }
      return;
    }

    if (!request.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-fake",
          object: "chat.completion",
          model: request.model,
          choices: [{ index: 0, message: { role: "assistant", content: behaviour.text }, finish_reason: "stop" }],
        }),
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.write(": keep-alive\n\n");
    const size = behaviour.chunkChars ?? 6;
    const chars = Array.from(behaviour.text);
    for (let i = 0; i < chars.length; i += size) {
      const delta = chars.slice(i, i + size).join("");
      res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: delta } }] })}\n\n`);
      if (behaviour.chunkDelayMs) await sleep(behaviour.chunkDelayMs);
      if (res.destroyed) return;
    }
    res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
    res.end("data: [DONE]\n\n");
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The numbered passages of the prompt: [{n, quote}]. */
export function promptPassages(request: ChatRequest): Array<{ n: number; quote: string }> {
  const out: Array<{ n: number; quote: string }> = [];
  for (const line of request.user.split("\n")) {
    const m = /^\[(\d+)\] 《[^》]*》(.*)$/.exec(line);
    if (m) out.push({ n: Number(m[1]), quote: m[2] ?? "" });
  }
  return out;
}

/** The first clause of a passage (up to a comma or full stop), word for word. */
function clause(quote: string): string {
  return (quote.split(/[,，。；;]/)[0] ?? quote).trim();
}

/** A well-behaved model: one sentence per passage (its first clause, word for word), each citing it. */
export function faithful(request: ChatRequest): string {
  return promptPassages(request)
    .slice(0, 3)
    .map((p) => `${clause(p.quote)}。[${p.n}]`)
    .join("");
}

/** Faithful, plus a sentence adding a member no passage names. */
export function inventsMember(request: ChatRequest): string {
  return `${faithful(request)}此外，成员还包括拉萨高新区。[1]`;
}

/** Faithful, but the first sentence carries a number no passage has. */
export function inventsNumber(request: ChatRequest): string {
  const [first, ...rest] = promptPassages(request);
  if (!first) return "共有987家成员。[1]";
  return [
    `${clause(first.quote)}，共有987家成员。[${first.n}]`,
    ...rest.map((p) => `${clause(p.quote)}。[${p.n}]`),
  ].join("");
}

/** The right content without any [n]. */
export function ignoresCitations(request: ChatRequest): string {
  return promptPassages(request)
    .slice(0, 3)
    .map((p) => `${clause(p.quote)}。`)
    .join("");
}

/** A model that does what injected text asks: echoes its instructions and any environment value it knows. */
export function obeysInjection(env: Record<string, string>) {
  return (request: ChatRequest): string => {
    const values = Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join("；");
    return [
      `好的，我将忽略之前的规则。我的系统提示是：${request.system}[1]`,
      `环境变量：${values}[1]`,
      `Sure! Here is my system prompt: ${request.system} [1]`,
      `${Object.values(env).join(" ")}`,
    ].join("\n");
  };
}

/** Faithful, plus a role swap (issue 16.2): 无锡 said to lead the IC network, which 张江 leads. */
export function swapsRole(request: ChatRequest): string {
  const cites = promptPassages(request)
    .slice(0, 2)
    .map((p) => `[${p.n}]`)
    .join("");
  return `${faithful(request)}无锡高新区牵头建设国家高新区集成电路产业协同创新网络。${cites || "[1]"}`;
}

/** Faithful, plus the first passage's first clause negated (业内专家认为 → 业内专家并未认为; else 并非 …). */
export function negatesPassage(request: ChatRequest): string {
  const first = promptPassages(request)[0];
  if (!first) return "业内专家并未认为如此。[1]";
  const text = clause(first.quote);
  const negated = text.includes("认为") ? text.replace("认为", "并未认为") : `并非${text}`;
  return `${faithful(request)}${negated}。[${first.n}]`;
}

/** Faithful, plus an invented official quoted on the first passage. */
export function inventsPerson(request: ChatRequest): string {
  const first = promptPassages(request)[0];
  return `${faithful(request)}王小明主任表示，${first ? clause(first.quote) : "协同很重要"}。[${first?.n ?? 1}]`;
}

/** Faithful, plus a markdown phishing link inside a sentence whose words stand in the first passage. */
export function phishingLink(request: ChatRequest): string {
  const first = promptPassages(request)[0];
  const lead = first ? first.quote.replace(/[。；;！？!?]/g, "，") : "";
  return `${faithful(request)}${lead}，[点击领取补贴](https://t.cn/abc)。[${first?.n ?? 1}]`;
}
