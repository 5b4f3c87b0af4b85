/**
 * The work queue's hold (src/runtime/queue.ts): while `hold` says acks are in flight, waiting jobs do not start;
 * `release()` starts them; a job never waits longer than `maxHoldMs` however long the hold lasts.
 */
import { describe, expect, it } from "vitest";
import { createWorkQueue } from "../../src/runtime/queue.ts";

const tick = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("work queue: acks first", () => {
  it("holds jobs while acks are in flight and starts them on release()", async () => {
    let acking = true;
    const started: number[] = [];
    const q = createWorkQueue({ concurrency: 2, hold: () => acking, maxHoldMs: 60_000 });
    for (const n of [1, 2, 3]) q.push(async () => void started.push(n));
    await tick();
    await tick();
    expect(started).toEqual([]);
    expect(q.pending).toBe(3);
    acking = false;
    q.release();
    await q.idle();
    expect(started).toEqual([1, 2, 3]);
  });

  it("never holds a job longer than maxHoldMs, even if the acks never stop", async () => {
    const started: number[] = [];
    const q = createWorkQueue({ concurrency: 4, hold: () => true, maxHoldMs: 30 });
    const t0 = performance.now();
    q.push(async () => void started.push(performance.now() - t0));
    await sleep(5);
    expect(started).toEqual([]);
    await q.idle();
    expect(started).toHaveLength(1);
    expect(started[0]).toBeGreaterThanOrEqual(29);
  });

  it("without a hold, jobs start at once (on a later tick)", async () => {
    const started: number[] = [];
    const q = createWorkQueue({ concurrency: 1, hold: () => false });
    q.push(async () => void started.push(1));
    expect(started).toEqual([]);
    await tick();
    await tick();
    expect(started).toEqual([1]);
  });
});
