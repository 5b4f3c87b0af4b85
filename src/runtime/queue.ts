/**
 * A bounded background work queue: `concurrency` jobs run at once, at most `maxPending` wait.
 * Jobs never reject out of the queue (errors go to `onError`). `idle()` resolves when nothing runs or waits,
 * so tests await the work instead of sleeping.
 */
export type Job = () => Promise<void>;

export type WorkQueue = {
  /** Adds a job; false (and the job is not run) when `maxPending` jobs are already waiting. */
  push(job: Job): boolean;
  /** Resolves once no job is running or waiting. */
  idle(): Promise<void>;
  readonly running: number;
  readonly pending: number;
};

export function createWorkQueue(options: {
  concurrency?: number;
  maxPending?: number;
  onError?: (error: unknown) => void;
}): WorkQueue {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const maxPending = Math.max(0, options.maxPending ?? 1000);
  const waiting: Job[] = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  const settleIdle = () => {
    if (running === 0 && waiting.length === 0 && idleWaiters.length > 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  const pump = () => {
    while (running < concurrency && waiting.length > 0) {
      const job = waiting.shift() as Job;
      running++;
      // Start on a later tick so push() returns (and the webhook acks) before any job work happens.
      setImmediate(() => {
        Promise.resolve()
          .then(job)
          .catch((error) => options.onError?.(error))
          .finally(() => {
            running--;
            pump();
            settleIdle();
          });
      });
    }
  };

  return {
    push(job) {
      if (waiting.length >= maxPending) return false;
      waiting.push(job);
      pump();
      return true;
    },
    idle() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    get running() {
      return running;
    },
    get pending() {
      return waiting.length;
    },
  };
}
