/**
 * Part 4 — notice fan-out: 1,000 subscribed chats, one new event, the fake Feishu server enforcing 5 msg/s per
 * chat and an app-wide limit; time until every chat has its notice, and duplicates (must be 0).
 *
 * It needs the subscriptions and outbox (issue 10): until src/subscriptions/ provides a delivery function and
 * the fake Open API its rate limits, this part reports itself as not available.
 */
import { existsSync, readdirSync } from "node:fs";

export type FanoutResult =
  | { available: false; reason: string }
  | {
      available: true;
      chats: number;
      deliveredMs: number;
      notices: number;
      duplicates: number;
      rateLimited: number;
      limits: string;
    };

export async function benchFanout(_options: { chats: number }): Promise<FanoutResult> {
  const dir = new URL("../src/subscriptions/", import.meta.url);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".ts")) : [];
  return {
    available: false,
    reason:
      files.length === 0
        ? "src/subscriptions/ has no delivery code yet (issue 10 in progress)"
        : `src/subscriptions/ (${files.join(", ")}) has no outbox delivery this benchmark knows how to drive yet`,
  };
}
