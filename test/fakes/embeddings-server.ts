/**
 * A local fake of an OpenAI-compatible embeddings endpoint (POST /v1/embeddings), on 127.0.0.1.
 * Vectors come from the offline hashed n-gram embedder at a different width, so retrieval over them is
 * meaningful. It checks the bearer key and records calls; `fail` makes the next calls answer with an
 * HTTP status, malformed JSON, a wrong vector count, or never (to test timeouts).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HashedNgramEmbeddings } from "../../src/retrieval/embeddings.ts";

export type EmbeddingsFault = "http500" | "http429" | "not-json" | "wrong-count" | "nan" | "hang";

export type FakeEmbeddings = {
  baseUrl: string;
  calls: { model: unknown; inputs: number; authorization: string | undefined }[];
  fail(fault: EmbeddingsFault, times?: number): void;
  close(): Promise<void>;
};

export async function startFakeEmbeddings(
  options: { apiKey?: string; dimensions?: number } = {},
): Promise<FakeEmbeddings> {
  const embedder = new HashedNgramEmbeddings(options.dimensions ?? 256);
  const faults: EmbeddingsFault[] = [];
  const calls: FakeEmbeddings["calls"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const send = (status: number, body: string) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(body);
      };
      if (req.method !== "POST" || req.url !== "/v1/embeddings") return send(404, '{"error":"not found"}');
      if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
        return send(401, '{"error":{"message":"bad key"}}');
      }
      let body: { model?: unknown; input?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return send(400, '{"error":"bad json"}');
      }
      const input = Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? "")];
      calls.push({ model: body.model, inputs: input.length, authorization: req.headers.authorization });
      const fault = faults.shift();
      if (fault === "hang") return; // never answers
      if (fault === "http500") return send(500, '{"error":"boom"}');
      if (fault === "http429") return send(429, '{"error":"slow down"}');
      if (fault === "not-json") return send(200, "<html>oops</html>");
      const vectors = await embedder.embedDocuments(input);
      if (fault === "wrong-count") vectors.pop();
      if (fault === "nan") vectors[0]?.splice(0, 1, Number.NaN);
      const data = vectors.map((embedding, index) => ({ object: "embedding", index, embedding }));
      // Returned out of order on purpose: clients must sort by index.
      send(200, JSON.stringify({ object: "list", model: body.model, data: data.reverse() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    calls,
    fail(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
