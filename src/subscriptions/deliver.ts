/**
 * Delivering the outbox: runtime-agnostic (the Node loop below; a Workers cron handler calls deliverDue).
 *
 * For each due notice (or each chat's due digest):
 *   1. a notice whose uuid window has (nearly) run out is given up: status failed, logged E_NOTICE_EXPIRED —
 *      a resend after Feishu forgot the uuid could post twice;
 *   2. claim it (attempts + 1, due again at now + backoff), so a crash mid-send makes it due again by itself and a
 *      concurrent drainer skips it;
 *   3. wait for the app-wide limiter, then POST /open-apis/im/v1/messages?receive_id_type=chat_id with a uuid
 *      derived from (event id, chat id) — the same on every attempt and after a restart, so Feishu posts it once;
 *      the sender adds the per-chat limit (5/s) and honours 230020 / 99991400 with x-ogw-ratelimit-reset;
 *   4. ok → mark sent; chat gone (232009 disbanded, 230002 bot not in the chat) → the chat's subscriptions are
 *      disabled and its pending notices dropped; a retryable failure (rate limit past the sender's budget,
 *      network, timeout, 5xx, token) → due again after exponential backoff, until the retry window ends
 *      (then failed, logged); any other refusal → failed, logged.
 * A crash between 3 and 4 leaves the notice pending; the next attempt reuses the uuid and Feishu answers with the
 * message it already posted, which is then marked sent: each subscriber sees each notice once.
 */
import { type ErrorCode, ErrorCodes } from "../errors.ts";
import type { Sender, SendOutcome } from "../feishu/send.ts";
import { describeError, type Logger } from "../log.ts";
import { createRateLimiter, FEISHU_SEND_LIMITS, type RateLimiter } from "./limiter.ts";
import { DIGEST_MAX_EVENTS, renderDigest, renderNotice } from "./notice.ts";
import { type BackoffOptions, backoffMs, digestUuid, noticeUuid, RETRY_WINDOW_MS } from "./schedule.ts";
import type { Notice, Outbox, SubscriptionStore } from "./types.ts";

/** Feishu codes meaning the chat can no longer receive messages from the bot. */
export const CHAT_GONE_CODES: ReadonlySet<number> = new Set([232009, 230002]);

/** Failures worth another attempt later (with the same uuid). */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set([
  ErrorCodes.E_FEISHU_RATE_LIMIT,
  ErrorCodes.E_FEISHU_NETWORK,
  ErrorCodes.E_FEISHU_TIMEOUT,
  ErrorCodes.E_FEISHU_AUTH,
  ErrorCodes.E_SEND_FAILED,
]);

export type DeliveryDeps = {
  outbox: Outbox;
  subscriptions: SubscriptionStore;
  /** Only `create` is used: POST /open-apis/im/v1/messages?receive_id_type=chat_id. Must never throw. */
  sender: Pick<Sender, "create">;
  logger: Logger;
  clock?: { now(): number };
  /** App-wide limiter shared by every drain; default: Feishu's 50/s and 1,000/min. */
  limiter?: RateLimiter;
};

export type DeliveryOptions = {
  /** Notices read per drain (default 200). */
  batchSize?: number;
  /** Sends in flight at once (default 8). */
  concurrency?: number;
  /** Retry backoff (default 2 s doubling, at most 5 min). */
  backoff?: BackoffOptions;
  /** How long after its first attempt a notice may still be retried (default 55 min of Feishu's 60). */
  retryWindowMs?: number;
};

export type DeliveryReport = {
  /** Notices marked sent. */
  sent: number;
  /** Notices given up. */
  failed: number;
  /** Notices dropped because their chat is gone. */
  dropped: number;
  /** Notices left pending for a later attempt. */
  retrying: number;
  /** Notices another drainer had claimed. */
  skipped: number;
  /** Messages attempted (a digest is one message for several notices). */
  messages: number;
  /** Notices read (a full batch means more may be due). */
  read: number;
};

type Job = { chatId: string; notices: Notice[]; digestAt: number | null };

/** Groups due notices into messages: one per instant notice, one per chat and digest (chunked). */
export function planMessages(notices: readonly Notice[]): Job[] {
  const jobs: Job[] = [];
  const digests = new Map<string, Notice[]>();
  for (const n of notices) {
    if (n.digestAt === null) {
      jobs.push({ chatId: n.chatId, notices: [n], digestAt: null });
      continue;
    }
    const key = `${n.chatId}\u0000${n.digestAt}`;
    digests.set(key, [...(digests.get(key) ?? []), n]);
  }
  for (const group of digests.values()) {
    const sorted = [...group].sort((a, b) => a.id - b.id);
    for (let i = 0; i < sorted.length; i += DIGEST_MAX_EVENTS) {
      const chunk = sorted.slice(i, i + DIGEST_MAX_EVENTS);
      const first = chunk[0] as Notice;
      jobs.push({ chatId: first.chatId, notices: chunk, digestAt: first.digestAt });
    }
  }
  return jobs;
}

const defaultLimiters = new WeakMap<object, RateLimiter>();

/** Sends every notice due now (one batch). Never throws for a failed send; store errors are logged. */
export async function deliverDue(deps: DeliveryDeps, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const clock = deps.clock ?? { now: Date.now };
  const batchSize = options.batchSize ?? 200;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const retryWindowMs = options.retryWindowMs ?? RETRY_WINDOW_MS;
  let limiter = deps.limiter ?? defaultLimiters.get(deps.sender);
  if (!limiter) {
    limiter = createRateLimiter(FEISHU_SEND_LIMITS);
    defaultLimiters.set(deps.sender, limiter);
  }
  const report: DeliveryReport = { sent: 0, failed: 0, dropped: 0, retrying: 0, skipped: 0, messages: 0, read: 0 };

  const due = await deps.outbox.due(clock.now(), batchSize);
  report.read = due.length;
  const jobs = planMessages(due);

  const runJob = async (job: Job) => {
    const ids = job.notices.map((n) => n.id);
    const log = deps.logger.child({ chat_id: job.chatId, notice_ids: ids, event_id: job.notices[0]?.eventId });
    try {
      const started = clock.now();
      // 1. The uuid window: notices attempted together share it.
      const firstAttempt = Math.min(...job.notices.map((n) => n.firstAttemptAt ?? Number.POSITIVE_INFINITY));
      if (started - firstAttempt >= retryWindowMs) {
        await deps.outbox.markFailed(ids, started, ErrorCodes.E_NOTICE_EXPIRED);
        log.error("notice given up: its uuid window is over", {
          code: ErrorCodes.E_NOTICE_EXPIRED,
          first_attempt_at: new Date(firstAttempt).toISOString(),
        });
        report.failed += ids.length;
        return;
      }

      // 2. Claim.
      const attempt = Math.max(...job.notices.map((n) => n.attempts)) + 1;
      const retryAt = started + backoffMs(attempt, options.backoff);
      const claimed = await deps.outbox.claim(ids, started, retryAt);
      report.skipped += ids.length - claimed.length;
      if (claimed.length === 0) return;
      const notices = job.notices.filter((n) => claimed.includes(n.id));
      const first = notices[0] as Notice;

      // 3. Send.
      const rendered =
        job.digestAt === null
          ? renderNotice(first.event, first.reasons)
          : renderDigest(
              notices.map((n) => ({ event: n.event, reasons: n.reasons })),
              job.digestAt,
            );
      const uuid =
        job.digestAt === null
          ? await noticeUuid(first.eventId, job.chatId)
          : await digestUuid(job.chatId, job.digestAt, first.id);
      await (limiter as RateLimiter).acquire();
      report.messages++;
      const outcome: SendOutcome = await deps.sender.create({
        chatId: job.chatId,
        card: rendered.card,
        text: rendered.text,
        uuid,
        log: { notice_ids: claimed, event_id: first.eventId, digest: job.digestAt !== null },
      });

      // 4. Record the outcome.
      const now = clock.now();
      if (outcome.ok) {
        await deps.outbox.markSent(claimed, now, outcome.messageId);
        log.info("notice sent", { attempt, message_id: outcome.messageId });
        report.sent += claimed.length;
        return;
      }
      if (outcome.code === ErrorCodes.E_FEISHU_CHAT_GONE || CHAT_GONE_CODES.has(outcome.feishuCode ?? -1)) {
        const disabled = await deps.subscriptions.disableChat(job.chatId, now, `chat gone (${outcome.feishuCode})`);
        log.warn("chat is gone: its subscriptions are disabled and its notices dropped", {
          code: ErrorCodes.E_FEISHU_CHAT_GONE,
          feishu_code: outcome.feishuCode,
          subscriptions_disabled: disabled,
        });
        report.dropped += claimed.length;
        return;
      }
      const windowStart = Math.min(firstAttempt, started);
      if (RETRYABLE.has(outcome.code) && retryAt - windowStart < retryWindowMs) {
        await deps.outbox.retryAt(claimed, retryAt, outcome.code);
        log.warn("notice not sent, will retry", {
          code: outcome.code,
          feishu_code: outcome.feishuCode,
          attempt,
          retry_in_ms: retryAt - now,
        });
        report.retrying += claimed.length;
        return;
      }
      const code = RETRYABLE.has(outcome.code) ? ErrorCodes.E_NOTICE_EXPIRED : outcome.code;
      await deps.outbox.markFailed(
        claimed,
        now,
        `${outcome.code}${outcome.feishuCode ? ` ${outcome.feishuCode}` : ""}`,
      );
      log.error("notice failed", { code, send_code: outcome.code, feishu_code: outcome.feishuCode, attempt });
      report.failed += claimed.length;
    } catch (error) {
      // The store failed: the notices stay pending and are retried (same uuid) once their claim expires.
      log.error("notice delivery interrupted", { code: ErrorCodes.E_NOTICE_STORE, ...describeError(error) });
      report.retrying += ids.length;
    }
  };

  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as Job;
        await runJob(job);
      }
    }),
  );
  return report;
}

export type DeliveryLoop = {
  /** Drain now (e.g. an event was just added); coalesces with a drain in progress. */
  wake(): void;
  /** Resolves when no drain runs. */
  idle(): Promise<void>;
  /** Stops scheduling drains and waits for the current one. */
  stop(): Promise<void>;
};

/**
 * Drains the outbox every `intervalMs` (default 1 s) and whenever woken; one drain at a time, and a full batch
 * is followed by another drain at once.
 */
export function startDeliveryLoop(
  deps: DeliveryDeps,
  options: DeliveryOptions & { intervalMs?: number } = {},
): DeliveryLoop {
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 200;
  const limiter = deps.limiter ?? createRateLimiter(FEISHU_SEND_LIMITS);
  const shared: DeliveryDeps = { ...deps, limiter };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    (timer as { unref?: () => void }).unref?.();
  };

  function run(): void {
    timer = undefined;
    if (running || stopped) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        for (;;) {
          again = false;
          const report = await deliverDue(shared, { ...options, batchSize });
          if (report.messages > 0) deps.logger.debug("outbox drained", report);
          const progress = report.messages + report.failed > 0;
          if (stopped || (!again && (report.read < batchSize || !progress))) break;
        }
      } catch (error) {
        deps.logger.error("outbox drain failed", { code: ErrorCodes.E_NOTICE_STORE, ...describeError(error) });
      } finally {
        running = undefined;
        schedule(again ? 0 : intervalMs);
      }
    })();
  }

  schedule(0);
  return {
    wake() {
      if (running) again = true;
      else schedule(0);
    },
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      while (running) await running;
    },
  };
}
