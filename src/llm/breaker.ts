/**
 * A circuit breaker for the LLM endpoint: after `failureThreshold` consecutive failed calls it opens for
 * `cooldownMs` and calls fail at once (the bot sends the extractive answer without waiting). After the cooldown
 * one trial call is let through (half-open): success closes the circuit, failure opens it again.
 */
export type BreakerState = "closed" | "open" | "half-open";

export type CircuitBreaker = {
  /** True when a call may start now (in half-open state: only the single trial call). */
  allow(): boolean;
  success(): void;
  failure(): void;
  readonly state: BreakerState;
};

export function createCircuitBreaker(options: {
  failureThreshold?: number;
  cooldownMs?: number;
  clock?: { now(): number };
}): CircuitBreaker {
  const threshold = Math.max(1, options.failureThreshold ?? 3);
  const cooldownMs = options.cooldownMs ?? 30_000;
  const clock = options.clock ?? { now: Date.now };
  let failures = 0;
  let openedAt: number | undefined;
  let trialRunning = false;

  const state = (): BreakerState => {
    if (openedAt === undefined) return "closed";
    return clock.now() - openedAt >= cooldownMs ? "half-open" : "open";
  };

  return {
    allow() {
      const s = state();
      if (s === "closed") return true;
      if (s === "open" || trialRunning) return false;
      trialRunning = true;
      return true;
    },
    success() {
      failures = 0;
      openedAt = undefined;
      trialRunning = false;
    },
    failure() {
      trialRunning = false;
      failures++;
      if (openedAt !== undefined || failures >= threshold) openedAt = clock.now();
    },
    get state() {
      return state();
    },
  };
}
