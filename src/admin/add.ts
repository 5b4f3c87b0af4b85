/**
 * Adding an article or an event at run time: one validation path for the admin routes and `npm run knowledge`.
 *
 * Each call reads the knowledge as the engine would load it (the folder + everything added so far), checks the
 * payload against it, validates the merged set with the same validator as `npm run validate`, and only then
 * stores. Storing an event queues its notices in the same transaction (Outbox.addEvent).
 *
 * Outcomes (HTTP status in brackets):
 *   stored [201]; the same event id again [200, the stored record, nothing queued]; the same article again with
 *   identical content [200]; a shape error [400, names the field]; an id taken by other content [409];
 *   an unknown or ambiguous scope, an unknown article, a quote not in its article, or any other validation
 *   issue [422, names the field].
 */

import { z } from "zod";
import { type ErrorCode, ErrorCodes } from "../errors.ts";
import { ADDED_EVENTS, buildKnowledge, mergeAddedKnowledge } from "../knowledge/build.ts";
import { type ModelExtractor, proposeForArticle } from "../knowledge/extract/llm.ts";
import type { AddedArticle, AddedKnowledge, Knowledge, KnowledgeFiles } from "../knowledge/load.ts";
import { pieceFor } from "../knowledge/pieces.ts";
import { prepareKnowledge } from "../knowledge/pipeline.ts";
import { eventSchema, type KnowledgeEvent } from "../knowledge/schema.ts";
import { formatIssues, type ValidationIssue } from "../knowledge/validate.ts";
import { nextDigestAt } from "../subscriptions/schedule.ts";
import { resolveScope, validScopesText } from "../subscriptions/scopes.ts";
import {
  type AddedKnowledgeStore,
  ALL_SCOPE,
  type NoticeEvent,
  type Outbox,
  type StoredEvent,
} from "../subscriptions/types.ts";
import { unreadLists } from "./unread-lists.ts";

export type AddKnowledgeDeps = {
  added: AddedKnowledgeStore;
  outbox: Outbox;
  /** The knowledge folder's files, freshly read (Node: readKnowledgeFiles; Workers: the bundled snapshot). */
  baseFiles: () => KnowledgeFiles;
  clock?: { now(): number };
  /**
   * Where the checking runs (validating the merged knowledge and learning from every article: over a second for
   * a 1 MB article). Absent: here, with `baseFiles`. The Node server passes one that runs `planAdd` in an answer
   * thread (src/runtime/answer-pool.ts), so an add never stalls the event loop that acks webhooks.
   */
  planner?: AddPlanner;
  /** Optional model extraction (LLM_* set): run once before storing; its checked proposals are stored too. */
  modelFacts?: ModelExtractor;
};

/** What `planAdd` needs: the payload (already shape-checked) and what the store holds now. */
export type AddTask =
  | { kind: "article"; article: AddedArticle; added: StoredAdded }
  | { kind: "preview"; article: AddedArticle; added: StoredAdded }
  | { kind: "event"; event: EventPayload; added: StoredAdded };

export type StoredAdded = { articles: AddedArticle[]; events: StoredEvent[] };

/** What to do after the check: answer at once, or store (and then answer with `body`). */
export type AddPlan =
  | { type: "answer"; outcome: AddOutcome }
  | {
      type: "storeArticle";
      article: AddedArticle;
      /** The happenings the article taught, with their notices. */
      happenings: { event: KnowledgeEvent; notice: NoticeEvent }[];
      body: Record<string, unknown>;
    }
  | { type: "storeEvent"; event: KnowledgeEvent; notice: NoticeEvent };

export type AddPlanner = (task: AddTask) => Promise<AddPlan>;

export type AddOutcome =
  | { ok: true; status: 200 | 201; body: Record<string, unknown> }
  | {
      ok: false;
      status: 400 | 409 | 422;
      code: ErrorCode;
      field?: string;
      message: string;
      details?: Record<string, unknown>;
    };

// ----- payloads -----------------------------------------------------------------------------------------------

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, "not a calendar date");

const nonBlank = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);

export const articlePayloadSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/,
      "expected 1–80 characters: letters, digits, _ or - (first a letter or digit)",
    ),
  title: nonBlank(200),
  date: isoDate,
  source: z.string().trim().max(500, "at most 500 characters").nullable().optional(),
  body: z
    .string()
    .max(1_000_000, "at most 1,000,000 characters")
    .refine((b) => b.trim().length > 0, "must not be empty"),
});
export type ArticlePayload = z.infer<typeof articlePayloadSchema>;

export const eventPayloadSchema = z.strictObject({
  id: z
    .string()
    .max(80, "at most 80 characters")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lowercase id (a-z, 0-9, -)"),
  date: isoDate,
  title: nonBlank(200),
  summary: nonBlank(1000),
  scopes: z.array(nonBlank(100)).min(1, "name at least one network, alliance or zone").max(50, "at most 50 scopes"),
  articleId: z.string().min(1, "must not be empty").max(80, "at most 80 characters"),
  quote: z.string().min(4, "at least 4 characters").max(2000, "at most 2000 characters"),
});
export type EventPayload = z.infer<typeof eventPayloadSchema>;

function badRequest(error: z.ZodError): AddOutcome {
  const issue = error.issues[0];
  const path = issue?.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : (issue?.path ?? []);
  const field =
    path
      .map(String)
      .join(".")
      .replace(/\.(\d+)/g, "[$1]") || "body";
  const message =
    issue?.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : (issue?.message ?? "invalid");
  return { ok: false, status: 400, code: ErrorCodes.E_ADMIN_BAD_REQUEST, field, message: `${field}: ${message}` };
}

function unprocessable(code: ErrorCode, field: string, message: string, details?: Record<string, unknown>): AddOutcome {
  return { ok: false, status: 422, code, field, message, ...(details ? { details } : {}) };
}

function conflict(field: string, message: string): AddOutcome {
  return { ok: false, status: 409, code: ErrorCodes.E_ADMIN_CONFLICT, field, message };
}

// ----- the knowledge as the engine would load it ---------------------------------------------------------------

/** The stored run-time knowledge, in the shape the engine merges. */
export async function loadAdded(store: AddedKnowledgeStore): Promise<AddedKnowledge> {
  const [articles, events] = await Promise.all([store.articles(), store.events()]);
  return { articles, events: events.map((e) => e.event) };
}

/** A copy of `files` that merging can extend without touching the original. */
function copyFiles(files: KnowledgeFiles): KnowledgeFiles {
  return {
    articles: [...files.articles],
    zones: [...files.zones],
    networks: [...files.networks],
    alliances: [...files.alliances],
    figures: [...files.figures],
    ambiguous: [...files.ambiguous],
    events: [...files.events],
    officials: [...files.officials],
    origins: new Map(files.origins),
  };
}

async function stored(deps: AddKnowledgeDeps): Promise<StoredAdded> {
  const [articles, events] = await Promise.all([deps.added.articles(), deps.added.events()]);
  return { articles, events };
}

function current(base: KnowledgeFiles, added: StoredAdded): KnowledgeFiles {
  return mergeAddedKnowledge(copyFiles(base), { articles: added.articles, events: added.events.map((e) => e.event) });
}

/** The checks, wherever they run (here, or an answer thread): `base` is the knowledge folder's files. */
export function planAdd(base: KnowledgeFiles, task: AddTask): AddPlan {
  if (task.kind === "article") return planArticle(base, task.article, task.added);
  if (task.kind === "preview") return planPreview(base, task.article, task.added);
  return planEvent(base, task.event, task.added);
}

const answerWith = (outcome: AddOutcome): AddPlan => ({ type: "answer", outcome });

function plan(deps: AddKnowledgeDeps, task: AddTask): Promise<AddPlan> {
  return deps.planner ? deps.planner(task) : Promise.resolve(planAdd(deps.baseFiles(), task));
}

function invalid(issues: ValidationIssue[]): AddOutcome {
  const first = issues[0];
  return unprocessable(
    ErrorCodes.E_KNOWLEDGE_INVALID,
    first?.field ?? "body",
    `the knowledge would not validate:\n${formatIssues(issues.slice(0, 20))}`,
    { issues: issues.slice(0, 20) },
  );
}

// ----- articles -----------------------------------------------------------------------------------------------

/** Line endings are normalised to \n (as in knowledge/articles); everything else is kept word for word. */
export function toAddedArticle(p: ArticlePayload): AddedArticle {
  return {
    id: p.id,
    title: p.title,
    date: p.date,
    source: p.source ? p.source : null,
    body: p.body.replace(/\r\n?/g, "\n"),
  };
}

const sameArticle = (a: AddedArticle, b: AddedArticle) =>
  a.title === b.title && a.date === b.date && (a.source ?? null) === (b.source ?? null) && a.body === b.body;

export async function addArticle(deps: AddKnowledgeDeps, payload: unknown): Promise<AddOutcome> {
  const parsed = articlePayloadSchema.safeParse(payload);
  if (!parsed.success) return badRequest(parsed.error);
  let article = toAddedArticle(parsed.data);
  const added = await stored(deps);
  let model: Awaited<ReturnType<typeof proposeForArticle>> | undefined;
  if (deps.modelFacts) {
    // The model is asked only for an article that is not stored already, and is told the groups known so far.
    const files = current(deps.baseFiles(), added);
    const duplicate = duplicateOf(files, article, added);
    if (duplicate) return duplicate;
    model = await proposeForArticle(deps.modelFacts, article, files);
    article = model.article;
  }

  const planned = await plan(deps, { kind: "article", article, added });
  if (planned.type === "answer") return planned.outcome;
  if (planned.type !== "storeArticle") throw new Error(`unexpected plan ${planned.type} for an article`);

  const now = (deps.clock ?? Date).now();
  const result = await deps.added.addArticle(article, now);
  if (!result.created) {
    // Another writer stored this id between our read and our write.
    return sameArticle(result.stored, article)
      ? { ok: true, status: 200, body: { id: article.id, created: false } }
      : conflict("id", `article ${article.id} already exists with different content`);
  }
  let queued = 0;
  for (const { event, notice } of planned.happenings) {
    const stored = await deps.outbox.addEvent({ event, notice, now, digestAt: nextDigestAt(now) });
    queued += stored.queued;
  }
  return { ok: true, status: 201, body: { ...planned.body, queued, ...(model ? { model: model.report } : {}) } };
}

/** The answer for an id already taken (stored, or in the folder); undefined for a new article. */
function duplicateOf(files: KnowledgeFiles, article: AddedArticle, added: StoredAdded): AddOutcome | undefined {
  const stored = added.articles.find((a) => a.id === article.id);
  if (stored) {
    return sameArticle(stored, article)
      ? { ok: true, status: 200, body: { id: article.id, created: false } }
      : conflict("id", `article ${article.id} already exists with different content`);
  }
  if (files.articles.some((a) => a.id === article.id)) {
    return conflict("id", `article ${article.id} is in the knowledge folder`);
  }
  return undefined;
}

function planArticle(base: KnowledgeFiles, article: AddedArticle, added: StoredAdded): AddPlan {
  const files = current(base, added);
  const duplicate = duplicateOf(files, article, added);
  if (duplicate) return answerWith(duplicate);

  // The same path as loading: the curated files must validate, then extraction learns from every article
  // (this one included); proposals that do not validate are dropped and reported, never stored as facts.
  const prepared = prepareKnowledge(mergeAddedKnowledge(files, { articles: [article], events: [] }));
  if (!prepared.ok) return answerWith(invalid(prepared.issues));
  const knowledge = buildKnowledge(prepared.learning.files, prepared.learning);
  const happenings = learnedEvents(knowledge, article.id);
  return {
    type: "storeArticle",
    article,
    happenings: happenings.map((event) => ({ event, notice: noticeOf(knowledge, event) })),
    body: {
      id: article.id,
      created: true,
      learned: learnedSummary(knowledge, article.id),
      conflicts: prepared.learning.conflicts.filter((c) => c.article === article.id),
      dropped: prepared.learning.dropped.filter((d) => d.article === article.id),
      events: happenings.map((e) => ({ id: e.id, date: e.date, title: e.title })),
      warnings: unreadLists(knowledge, article.id),
    },
  };
}

/** A dry run of `addArticle`: what the article would teach (facts, conflicts, dropped proposals, events); nothing
 *  is stored and no notice is queued (`npm run knowledge -- extract`). */
export async function previewArticle(deps: AddKnowledgeDeps, payload: unknown): Promise<AddOutcome> {
  const parsed = articlePayloadSchema.safeParse(payload);
  if (!parsed.success) return badRequest(parsed.error);
  const added = await stored(deps);
  const model = deps.modelFacts
    ? await proposeForArticle(deps.modelFacts, toAddedArticle(parsed.data), current(deps.baseFiles(), added))
    : undefined;
  const article = model?.article ?? toAddedArticle(parsed.data);
  const planned = await plan(deps, { kind: "preview", article, added });
  if (planned.type !== "answer") throw new Error(`unexpected plan ${planned.type} for a preview`);
  const outcome = planned.outcome;
  return model && outcome.ok ? { ...outcome, body: { ...outcome.body, model: model.report } } : outcome;
}

function planPreview(base: KnowledgeFiles, article: AddedArticle, added: StoredAdded): AddPlan {
  const files = current(base, added);
  const others = files.articles.filter((a) => a.id !== article.id);
  const prepared = prepareKnowledge(
    mergeAddedKnowledge({ ...files, articles: others }, { articles: [article], events: [] }),
  );
  if (!prepared.ok) return answerWith(invalid(prepared.issues));
  const knowledge = buildKnowledge(prepared.learning.files, prepared.learning);
  return answerWith({
    ok: true,
    status: 200,
    body: {
      id: article.id,
      learned: learnedSummary(knowledge, article.id),
      conflicts: prepared.learning.conflicts.filter((c) => c.article === article.id),
      dropped: prepared.learning.dropped.filter((d) => d.article === article.id),
      events: learnedEvents(knowledge, article.id).map((e) => ({ id: e.id, date: e.date, title: e.title })),
      warnings: unreadLists(knowledge, article.id),
    },
  });
}

/** Happenings this article taught (a launch, a founding, a membership change, a meeting), as events. */
function learnedEvents(knowledge: Knowledge, articleId: string): KnowledgeEvent[] {
  return knowledge.events.filter((e) => e.evidence.some((ev) => ev.article === articleId));
}

function noticeOf(knowledge: Knowledge, event: KnowledgeEvent): NoticeEvent {
  const ev = event.evidence[0] as { article: string; quote: string };
  const article = knowledge.articles.get(ev.article);
  return {
    id: event.id,
    date: event.date,
    title: event.title,
    summary: event.summary,
    quote: ev.quote,
    articleId: ev.article,
    articleTitle: article?.title ?? ev.article,
    articleDate: article?.date ?? null,
  };
}

/** What an article taught, in words a maintainer reads (the admin response and `npm run knowledge`). */
export function learnedSummary(knowledge: Knowledge, articleId: string): Record<string, unknown> {
  const x = knowledge.learning.learned.get(articleId);
  if (!x) return {};
  const zone = (id: string) => knowledge.zones.get(id)?.name ?? id;
  const kept = <T extends { id: string }>(list: T[], map: ReadonlyMap<string, unknown>) =>
    list.filter((e) => map.has(e.id));
  return {
    networks: kept(x.networks, knowledge.networks).map((n) => ({
      id: n.id,
      name: n.name,
      ...(n.launch?.date ? { launched: n.launch.date } : {}),
      ...(n.launch?.venue ? { venue: zone(n.launch.venue) } : {}),
      ...(n.lead ? { lead: zone(n.lead.zone) } : {}),
      ...(n.members
        ? { members: n.members.zones.map(zone), count: n.members.statedCount ?? n.members.zones.length }
        : {}),
      ...(n.secretariat ? { secretariat: zone(n.secretariat.zone) } : {}),
    })),
    alliances: kept(x.alliances, knowledge.alliances).map((a) => ({
      id: a.id,
      name: a.name,
      ...(a.founded?.date ? { founded: a.founded.date } : {}),
      ...(a.members
        ? { members: a.members.zones.map(zone), count: a.members.statedCount ?? a.members.zones.length }
        : {}),
      ...(a.secretariat ? { secretariat: zone(a.secretariat.zone) } : {}),
      ...(a.chair ? { chair: zone(a.chair.zone) } : {}),
    })),
    zones: kept(x.zones, knowledge.zones).map((z) => z.name),
    changes: x.changes.map((c) => ({
      group: c.group.id,
      date: c.date,
      added: c.added.map(zone),
      ...(c.newCount !== undefined ? { newCount: c.newCount } : {}),
    })),
    officials: x.officials.map((o) => `${o.role}${o.name}`),
    figures: x.figures.length,
  };
}

// ----- events -------------------------------------------------------------------------------------------------

export async function addEvent(deps: AddKnowledgeDeps, payload: unknown): Promise<AddOutcome> {
  const parsed = eventPayloadSchema.safeParse(payload);
  if (!parsed.success) return badRequest(parsed.error);
  const planned = await plan(deps, { kind: "event", event: parsed.data, added: await stored(deps) });
  if (planned.type === "answer") return planned.outcome;
  if (planned.type !== "storeEvent") throw new Error(`unexpected plan ${planned.type} for an event`);
  const { event, notice } = planned;
  const now = (deps.clock ?? Date).now();
  const result = await deps.outbox.addEvent({ event, notice, now, digestAt: nextDigestAt(now) });
  return {
    ok: true,
    status: result.created ? 201 : 200,
    body: eventBody(result.stored.event, result.stored.notice, result.created, result.queued),
  };
}

function planEvent(base: KnowledgeFiles, p: EventPayload, added: StoredAdded): AddPlan {
  const files = current(base, added);
  // The same event id again: the stored record, and no second notice.
  const existing = added.events.find((e) => e.event.id === p.id);
  if (existing) {
    return answerWith({ ok: true, status: 200, body: eventBody(existing.event, existing.notice, false, 0) });
  }
  // Scopes and articles resolve against the knowledge as answered: the folder, what was added, and what the
  // articles taught (a network an added article announced can be subscribed to and notified about).
  const prepared = prepareKnowledge(files);
  if (!prepared.ok) return answerWith(invalid(prepared.issues));
  const knowledge: Knowledge = buildKnowledge(prepared.learning.files, prepared.learning);
  if (knowledge.events.some((e) => e.id === p.id)) {
    return answerWith(conflict("id", `event ${p.id} is in the knowledge folder`));
  }

  // Scopes: names or aliases of networks, alliances or zones, resolved like everything else.
  const scopeIds: string[] = [];
  for (const [i, name] of p.scopes.entries()) {
    const r = resolveScope(knowledge, name);
    const field = `scopes[${i}]`;
    if (r.type === "ok" && r.scope.scope !== ALL_SCOPE) {
      if (!scopeIds.includes(r.scope.scope)) scopeIds.push(r.scope.scope);
    } else if (r.type === "ambiguous") {
      return answerWith(
        unprocessable(
          ErrorCodes.E_AMBIGUOUS_SCOPE,
          field,
          `${field}: "${name}" is ambiguous (${r.readings.map((x) => x.label).join(" / ")}); name one`,
          { readings: r.readings.map((x) => ({ id: x.scope, name: x.label })) },
        ),
      );
    } else {
      return answerWith(
        unprocessable(
          ErrorCodes.E_UNKNOWN_SCOPE,
          field,
          `${field}: "${name}" is not a network, alliance or zone the knowledge names`,
          { valid: validScopesText(knowledge) },
        ),
      );
    }
  }

  const article = knowledge.articles.get(p.articleId);
  if (!article) {
    return answerWith(
      unprocessable(ErrorCodes.E_UNKNOWN_ARTICLE, "articleId", `articleId: no article "${p.articleId}"`, {
        articles: [...knowledge.articles.keys()],
      }),
    );
  }
  if (!pieceFor(knowledge.articles, article.id, p.quote)) {
    return answerWith(
      unprocessable(
        ErrorCodes.E_QUOTE_NOT_FOUND,
        "quote",
        `quote: does not stand word for word in article ${p.articleId}`,
      ),
    );
  }

  const event: KnowledgeEvent = eventSchema.parse({
    id: p.id,
    date: p.date,
    title: p.title,
    summary: p.summary,
    scopes: scopeIds,
    evidence: [{ article: p.articleId, quote: p.quote }],
  });
  const withEvent = prepareKnowledge(mergeAddedKnowledge(files, { articles: [], events: [event] }));
  if (!withEvent.ok) return answerWith(invalid(withEvent.issues));
  const refused = withEvent.learning.dropped.find((d) => d.entity === event.id);
  if (refused)
    return answerWith(invalid([{ file: ADDED_EVENTS, entry: event.id, field: "event", message: refused.reason }]));

  const notice: NoticeEvent = {
    id: event.id,
    date: event.date,
    title: event.title,
    summary: event.summary,
    quote: p.quote,
    articleId: article.id,
    articleTitle: article.title,
    articleDate: article.date,
  };
  return { type: "storeEvent", event, notice };
}

function eventBody(event: KnowledgeEvent, notice: NoticeEvent, created: boolean, queued: number) {
  return {
    id: event.id,
    created,
    event: {
      id: event.id,
      date: event.date,
      title: event.title,
      summary: event.summary,
      scopes: event.scopes,
      articleId: notice.articleId,
      quote: notice.quote,
    },
    queued,
  };
}
