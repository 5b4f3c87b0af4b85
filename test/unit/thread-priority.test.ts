/** lowerThreadPriority (src/runtime/thread-priority.ts): only on Linux, where nice is per thread; never raises. */
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { lowerThreadPriority } from "../../src/runtime/thread-priority.ts";
import { ownNice } from "../helpers/thread-nice.ts";

describe("lowerThreadPriority", () => {
  it("does nothing where nice is per process (the acking thread would be lowered too), or for 0 steps", () => {
    expect(lowerThreadPriority(10, "darwin")).toBeUndefined();
    expect(lowerThreadPriority(10, "win32")).toBeUndefined();
    expect(lowerThreadPriority(0, "linux")).toBeUndefined();
    expect(lowerThreadPriority(-5, "linux")).toBeUndefined();
  });

  it.runIf(process.platform === "linux")(
    "what it relies on: on Linux, a thread lowering itself lowers itself only",
    async () => {
      const before = ownNice();
      // A worker thread lowers itself and reports its nice value; this thread's is unchanged.
      const worker = new Worker(
        `const { parentPort } = require("node:worker_threads");
       const { getPriority, setPriority } = require("node:os");
       setPriority(Math.min(19, getPriority() + 7));
       parentPort.postMessage(getPriority());`,
        { eval: true },
      );
      const reported = await new Promise<number>((resolve) => worker.once("message", resolve));
      await worker.terminate();
      expect(reported).toBe(Math.min(19, before + 7));
      expect(ownNice()).toBe(before);
    },
  );
});
