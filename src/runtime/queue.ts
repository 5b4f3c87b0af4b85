/**
 * A bounded background work queue: `concurrency` jobs run at once, at most `maxPending` wait.
 * Jobs never reject out of the queue (errors go to `onError`). `idle()` resolves when nothing runs or waits,
 * so tests await the work instead of sleeping.
 *
 * `hold`: while it returns true (the app: webhook requests are being read and acked), waiting jobs do not start —
 * a burst's acks then have the cores to themselves instead of sharing them with the answer threads, the sender
 * thread and the Open API round trips of the first answers — but never longer than `maxHoldMs` after a job was
 * queued, so a steady stream of requests delays answers by at most that, and never starves them. `release()`
 * says the hold may have ended (the app calls it when its last request in flight is acked).
 */
export type Job = () => Promise<void>;

export type WorkQueue = {
  /** Adds a job; false (and the job is not run) when `maxPending` jobs are already waiting. */
  push(job: Job): boolean;
  /** Starts waiting jobs if `hold` no longer holds them. */
  release(): void;
  /** Resolves once no job is running or waiting. */
  idle(): Promise<void>;
  readonly running: number;
  readonly pending: number;
};

export function createWorkQueue(options: {
  concurrency?: number;
  maxPending?: number;
  onError?: (error: unknown) => void;
  hold?: () => boolean;
  maxHoldMs?: number;
  clock?: { now(): number };
}): WorkQueue {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const maxPending = Math.max(0, options.maxPending ?? 1000);
  const maxHoldMs = Math.max(0, options.maxHoldMs ?? 100);
  const clock = options.clock ?? { now: () => performance.now() };
  const waiting: Array<{ job: Job; at: number }> = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];
  let retry: NodeJS.Timeout | undefined;

  const settleIdle = () => {
    if (running === 0 && waiting.length === 0 && idleWaiters.length > 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  /** Held: try again when the oldest waiting job reaches maxHoldMs (or on release()). */
  const held = (): boolean => {
    const oldest = waiting[0];
    if (!oldest || !options.hold?.()) return false;
    const age = clock.now() - oldest.at;
    if (age >= maxHoldMs) return false;
    if (!retry) {
      retry = setTimeout(
        () => {
          retry = undefined;
          pump();
        },
        Math.max(1, Math.ceil(maxHoldMs - age)),
      );
    }
    return true;
  };

  const pump = () => {
    while (running < concurrency && waiting.length > 0) {
      if (held()) return;
      const { job } = waiting.shift() as { job: Job; at: number };
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
      waiting.push({ job, at: clock.now() });
      pump();
      return true;
    },
    release() {
      if (retry) {
        clearTimeout(retry);
        retry = undefined;
      }
      pump();
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
