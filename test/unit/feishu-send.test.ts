import { describe, expect, it } from "vitest";
import { createChatRateLimiter, parseResetHeader, replyUuid } from "../../src/feishu/send.ts";
import { createWorkQueue } from "../../src/runtime/queue.ts";

function fakeTime() {
  let now = 0;
  return {
    clock: { now: () => now },
    // Yield a macrotask before moving the clock, so callers record their time first.
    sleep: async (ms: number) => {
      await new Promise((r) => setImmediate(r));
      now += ms;
    },
  };
}

describe("per-chat rate limiter", () => {
  it("lets 5 per second per chat through, in order, other chats unaffected", async () => {
    const t = fakeTime();
    const limiter = createChatRateLimiter({ limit: 5, windowMs: 1000, ...t });
    const times: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => limiter.acquire("oc_a").then(() => times.push(t.clock.now()))));
    expect(times).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000]);
    const before = t.clock.now();
    await limiter.acquire("oc_b");
    expect(t.clock.now()).toBe(before);
  });

  it("never exceeds the limit in any 1 s window (random arrivals)", async () => {
    const t = fakeTime();
    const limiter = createChatRateLimiter({ limit: 5, windowMs: 1000, ...t });
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      if (i % 7 === 0) await t.sleep(137 * (i % 5));
      await limiter.acquire("c");
      times.push(t.clock.now());
    }
    for (const start of times)
      expect(times.filter((x) => x >= start && x < start + 1000).length).toBeLessThanOrEqual(5);
  });
});

describe("helpers", () => {
  it("replyUuid is deterministic, UUID-shaped, ≤ 50 chars, distinct per variant", () => {
    const a = replyUuid("om_1");
    expect(a).toBe(replyUuid("om_1"));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a).not.toBe(replyUuid("om_2"));
    expect(a).not.toBe(replyUuid("om_1", "text"));
  });
  it("parses x-ogw-ratelimit-reset seconds", () => {
    expect(parseResetHeader("3")).toBe(3000);
    expect(parseResetHeader("0.5")).toBe(500);
    expect(parseResetHeader(undefined)).toBeUndefined();
    expect(parseResetHeader("soon")).toBeUndefined();
    expect(parseResetHeader("-1")).toBeUndefined();
  });
});

describe("work queue", () => {
  it("bounds concurrency and pending, reports idle", async () => {
    const q = createWorkQueue({ concurrency: 2, maxPending: 3 });
    let running = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const job = () =>
      new Promise<void>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        gates.push(() => {
          running--;
          resolve();
        });
      });
    const accepted = Array.from({ length: 6 }, () => q.push(job));
    expect(accepted).toEqual([true, true, true, true, true, false]);
    let idle = false;
    const done = q.idle().then(() => {
      idle = true;
    });
    let completed = 0;
    while (completed < 5) {
      await new Promise((r) => setImmediate(r));
      expect(running).toBeLessThanOrEqual(2);
      const gate = gates.shift();
      if (gate) {
        gate();
        completed++;
      }
    }
    await done;
    expect(idle).toBe(true);
    expect(peak).toBe(2);
  });

  it("survives throwing jobs", async () => {
    const errors: unknown[] = [];
    const q = createWorkQueue({ onError: (e) => errors.push(e) });
    q.push(async () => {
      throw new Error("x");
    });
    await q.idle();
    expect(errors).toHaveLength(1);
  });
});
