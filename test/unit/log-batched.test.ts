/**
 * The batched log sink (src/log.ts): the lines of one event-loop turn are written together, in order, one write
 * for all of them, on the next turn; nothing is written twice or lost.
 */
import { describe, expect, it } from "vitest";
import { batchedSink, createLogger } from "../../src/log.ts";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("batchedSink", () => {
  it("writes the lines of one turn in one write, in order, on the next turn", async () => {
    const writes: string[] = [];
    const sink = batchedSink((chunk) => writes.push(chunk));
    sink("a");
    sink("b");
    sink("c");
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(["a\nb\nc\n"]);
    sink("d");
    await nextTurn();
    expect(writes).toEqual(["a\nb\nc\n", "d\n"]);
  });
  it("keeps redaction: a logger on it writes no secret", async () => {
    const writes: string[] = [];
    const logger = createLogger({ sink: batchedSink((chunk) => writes.push(chunk)), secrets: ["s3cr3t-value"] });
    logger.info("token seen", { note: "s3cr3t-value" });
    await nextTurn();
    expect(writes.join("")).not.toContain("s3cr3t-value");
    expect(writes.join("")).toContain("token seen");
  });
});
