/**
 * In-memory twin of the SQLite subscription, outbox and added-knowledge stores (tests, local experiments).
 * Each method runs synchronously to completion, so each is atomic like the SQLite transaction it mirrors.
 */
import {
  type AddedArticle,
  type AddedKnowledgeStore,
  ALL_SCOPE,
  type Notice,
  type NoticeStatus,
  type NoticeStores,
  type Outbox,
  type StoredEvent,
  type Subscription,
  type SubscriptionStore,
} from "../subscriptions/types.ts";

type SubscriptionRow = Subscription & { disabledAt: number | null; disabledReason: string | null };

type OutboxRow = Omit<Notice, "event"> & {
  status: NoticeStatus;
  doneAt: number | null;
  messageId: string | null;
  lastError: string | null;
};

export function createMemoryNoticeStores(): NoticeStores & {
  /** Every outbox row, for tests. */
  rows(): ReadonlyArray<Readonly<OutboxRow>>;
} {
  const subs = new Map<string, SubscriptionRow>(); // key: chat \u0000 scope, insertion order = creation order
  const articles = new Map<string, AddedArticle>();
  const events = new Map<string, StoredEvent>();
  const outbox: OutboxRow[] = [];
  let nextId = 1;

  const key = (chatId: string, scope: string) => `${chatId}\u0000${scope}`;
  const active = (s: SubscriptionRow) => s.disabledAt === null;
  const publicSub = ({ chatId, scope, label, mode, createdAt }: SubscriptionRow): Subscription => ({
    chatId,
    scope,
    label,
    mode,
    createdAt,
  });
  const byId = new Map<number, OutboxRow>();
  const notice = (row: OutboxRow): Notice => {
    const stored = events.get(row.eventId);
    if (!stored) throw new Error(`outbox row ${row.id} without its event ${row.eventId}`);
    const { status: _s, doneAt: _d, messageId: _m, lastError: _l, ...rest } = row;
    return { ...rest, reasons: [...row.reasons], event: stored.notice };
  };
  const pending = (ids: readonly number[]) =>
    ids.map((id) => byId.get(id)).filter((r): r is OutboxRow => r !== undefined && r.status === "pending");

  /** Pending, never attempted notices of the chat whose reasons match none of its remaining subscriptions. */
  const dropUnmatched = (chatId: string, now: number) => {
    const labels = new Set([...subs.values()].filter((s) => s.chatId === chatId && active(s)).map((s) => s.label));
    for (const row of outbox) {
      if (row.chatId !== chatId || row.status !== "pending" || row.attempts > 0) continue;
      if (!row.reasons.some((r) => labels.has(r))) {
        row.status = "dropped";
        row.doneAt = now;
        row.lastError = "unsubscribed";
      }
    }
  };

  const subscriptions: SubscriptionStore = {
    async add(subscription) {
      const k = key(subscription.chatId, subscription.scope);
      const existing = subs.get(k);
      if (
        existing &&
        active(existing) &&
        existing.mode === subscription.mode &&
        existing.label === subscription.label
      ) {
        return "unchanged";
      }
      if (existing && active(existing)) {
        existing.mode = subscription.mode;
        existing.label = subscription.label;
        return "updated";
      }
      subs.delete(k);
      subs.set(k, { ...subscription, disabledAt: null, disabledReason: null });
      return "added";
    },
    async remove(chatId, scope, now) {
      let removed = 0;
      for (const [k, s] of subs) {
        if (s.chatId !== chatId || (scope !== undefined && s.scope !== scope)) continue;
        if (active(s)) removed++;
        subs.delete(k);
      }
      dropUnmatched(chatId, now);
      return removed;
    },
    async list(chatId) {
      return [...subs.values()].filter((s) => s.chatId === chatId && active(s)).map(publicSub);
    },
    async matching(scopes) {
      const wanted = new Set([ALL_SCOPE, ...scopes]);
      return [...subs.values()].filter((s) => active(s) && wanted.has(s.scope)).map(publicSub);
    },
    async disableChat(chatId, now, reason) {
      let disabled = 0;
      for (const s of subs.values()) {
        if (s.chatId !== chatId || !active(s)) continue;
        s.disabledAt = now;
        s.disabledReason = reason;
        disabled++;
      }
      for (const row of outbox) {
        if (row.chatId !== chatId || row.status !== "pending") continue;
        row.status = "dropped";
        row.doneAt = now;
        row.lastError = reason;
      }
      return disabled;
    },
    async count() {
      return [...subs.values()].filter(active).length;
    },
  };

  const box: Outbox = {
    async addEvent({ event, notice: card, now, digestAt }) {
      const existing = events.get(event.id);
      if (existing) return { created: false, stored: existing, queued: 0 };
      const stored: StoredEvent = { event: structuredClone(event), notice: { ...card }, createdAt: now };
      events.set(event.id, stored);
      const perChat = new Map<string, SubscriptionRow[]>();
      const wanted = new Set([ALL_SCOPE, ...event.scopes]);
      for (const s of subs.values()) {
        if (!active(s) || !wanted.has(s.scope)) continue;
        perChat.set(s.chatId, [...(perChat.get(s.chatId) ?? []), s]);
      }
      // Same order as the SQL: chats by id, each chat's subscriptions by creation time, then scope.
      const chats = [...perChat.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [chatId, unsorted] of chats) {
        const matched = [...unsorted].sort(
          (a, b) => a.createdAt - b.createdAt || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0),
        );
        const instant = matched.some((s) => s.mode === "instant");
        const row: OutboxRow = {
          id: nextId++,
          eventId: event.id,
          chatId,
          reasons: matched.map((s) => s.label),
          digestAt: instant ? null : digestAt,
          attempts: 0,
          firstAttemptAt: null,
          nextAttemptAt: instant ? now : digestAt,
          createdAt: now,
          status: "pending",
          doneAt: null,
          messageId: null,
          lastError: null,
        };
        outbox.push(row);
        byId.set(row.id, row);
      }
      return { created: true, stored, queued: perChat.size };
    },
    async due(now, limit) {
      return outbox
        .filter((r) => r.status === "pending" && r.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id)
        .slice(0, limit)
        .map(notice);
    },
    async claim(ids, now, retryAt) {
      const claimed: number[] = [];
      for (const row of pending(ids)) {
        if (row.nextAttemptAt > now) continue;
        row.attempts++;
        row.firstAttemptAt ??= now;
        row.nextAttemptAt = retryAt;
        claimed.push(row.id);
      }
      return claimed;
    },
    async markSent(ids, now, messageId) {
      for (const row of pending(ids)) {
        row.status = "sent";
        row.doneAt = now;
        row.messageId = messageId ?? null;
        row.lastError = null;
      }
    },
    async markFailed(ids, now, reason) {
      for (const row of pending(ids)) {
        row.status = "failed";
        row.doneAt = now;
        row.lastError = reason;
      }
    },
    async retryAt(ids, at, reason) {
      for (const row of pending(ids)) {
        row.nextAttemptAt = at;
        row.lastError = reason;
      }
    },
    async counts() {
      const counts: Record<NoticeStatus, number> = { pending: 0, sent: 0, failed: 0, dropped: 0 };
      for (const row of outbox) counts[row.status]++;
      return counts;
    },
  };

  const added: AddedKnowledgeStore = {
    async addArticle(article) {
      const existing = articles.get(article.id);
      if (existing) return { created: false, stored: { ...existing } };
      articles.set(article.id, { ...article });
      return { created: true, stored: { ...article } };
    },
    async articles() {
      return [...articles.values()].map((a) => ({ ...a }));
    },
    async events() {
      return [...events.values()].map((e) => structuredClone(e));
    },
    async revision() {
      return articles.size + events.size;
    },
  };

  return {
    subscriptions,
    outbox: box,
    added,
    async close() {},
    rows: () => outbox,
  };
}
