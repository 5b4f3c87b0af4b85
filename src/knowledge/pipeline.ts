/**
 * One path from files to a Knowledge snapshot, for every way knowledge arrives (the folder, the admin API, the
 * CLI, the Worker's bundle, an imported document):
 *   curated files + articles ─▶ validate the curated files (their errors are fatal) ─▶ learn from the articles
 *   (src/knowledge/learn.ts: extraction, curated overrides, membership history) ─▶ build the snapshot
 */
import { ADDED_EVENTS, buildKnowledge } from "./build.ts";
import { KnowledgeError } from "./errors.ts";
import { extractArticle } from "./extract/index.ts";
import { type Extractor, type Learning, learnFromArticles } from "./learn.ts";
import type { Knowledge, KnowledgeFiles } from "./load.ts";
import { formatIssues, type ValidationIssue, validateKnowledge } from "./validate.ts";

export type Prepared = { ok: true; learning: Learning } | { ok: false; issues: ValidationIssue[] };

/** Validates the curated files and learns from the articles; never throws for content problems. */
export function prepareKnowledge(files: KnowledgeFiles, extract: Extractor = extractArticle): Prepared {
  // Events added at run time may name what articles taught (a new network): they are checked after learning.
  const late = files.events.filter((e) => files.origins.get(e)?.file === ADDED_EVENTS);
  const base = late.length ? { ...files, events: files.events.filter((e) => !late.includes(e)) } : files;
  const issues = validateKnowledge(base);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, learning: learnFromArticles(base, extract, late) };
}

/** The snapshot the engine answers from; throws E_KNOWLEDGE_INVALID when the curated files do not validate. */
export function knowledgeFromFiles(files: KnowledgeFiles, extract: Extractor = extractArticle): Knowledge {
  const prepared = prepareKnowledge(files, extract);
  if (!prepared.ok) throw new KnowledgeError("E_KNOWLEDGE_INVALID", formatIssues(prepared.issues));
  const { files: learnedFiles, learned, conflicts, dropped } = prepared.learning;
  return buildKnowledge(learnedFiles, { learned, conflicts, dropped });
}
