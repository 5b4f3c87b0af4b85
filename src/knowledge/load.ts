/**
 * Reads the knowledge folder (articles + fact files) and builds an immutable `Knowledge` snapshot.
 * Reading and checking are separate: `readKnowledgeFiles` parses and schema-checks (errors name
 * file, entry and field), `validateKnowledge` proves evidence and cross references, and
 * `buildKnowledge` indexes a valid set.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { type Cleaned, cleanBody } from "./clean.ts";
import { KnowledgeError } from "./errors.ts";
import type { ModelFacts } from "./extract/llm.ts";
import type { Extraction } from "./extract/types.ts";
import type { Conflict, Dropped } from "./learn.ts";
import { splitPieces } from "./pieces.ts";
import {
  type Alliance,
  type AmbiguousName,
  type ArticleMeta,
  articleMetaSchema,
  type Figure,
  factFiles,
  type KnowledgeEvent,
  type Network,
  type Official,
  type Zone,
} from "./schema.ts";

/** An article as answered from: `body` is the text with page breaks inside sentences joined (clean.ts); `joins`
 *  say where, so a position in `body` maps back to the text as stored (toRawOffset). */
export type Article = ArticleMeta & {
  body: string;
  file: string;
  joins?: Cleaned["joins"];
  /** Facts a model proposed when the article was added (LLM_* set; src/knowledge/extract/llm.ts). */
  modelFacts?: ModelFacts;
};

/** Where each entry came from, for error messages. */
export type Origin = { file: string; index: number };

export type KnowledgeFiles = {
  articles: Article[];
  zones: Zone[];
  networks: Network[];
  alliances: Alliance[];
  figures: Figure[];
  ambiguous: AmbiguousName[];
  events: KnowledgeEvent[];
  officials: Official[];
  origins: Map<object, Origin>;
};

export type EntityKind = "zone" | "network" | "alliance";
export type EntityRef = { kind: EntityKind; id: string };

export type AliasTarget = { type: "entity"; ref: EntityRef } | { type: "ambiguous"; name: AmbiguousName };
export type AliasEntry = { alias: string; target: AliasTarget };

export type Knowledge = {
  readonly articles: ReadonlyMap<string, Article>;
  readonly zones: ReadonlyMap<string, Zone>;
  readonly networks: ReadonlyMap<string, Network>;
  readonly alliances: ReadonlyMap<string, Alliance>;
  readonly figures: readonly Figure[];
  /** Explicit events plus network launches and alliance foundings, by date. */
  readonly events: readonly KnowledgeEvent[];
  /** Normalised alias → target, longest alias first. */
  readonly aliases: readonly AliasEntry[];
  /** zone id → networks and alliances that name it as a member, in file order. */
  readonly memberships: ReadonlyMap<string, { networks: Network[]; alliances: Alliance[] }>;
  /** Named people with their titles (curated and learned from the articles). */
  readonly officials: readonly Official[];
  /** What each article taught, curated values that won over extracted ones, proposals that did not validate. */
  readonly learning: {
    readonly learned: ReadonlyMap<string, Extraction>;
    readonly conflicts: readonly Conflict[];
    readonly dropped: readonly Dropped[];
  };
  /** Hash of every input file: changes whenever the knowledge does. */
  readonly hash: string;
};

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

export function parseArticle(text: string, file: string): Article {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new KnowledgeError("E_KNOWLEDGE_SCHEMA", `${file}: missing front matter (--- … ---)`);
  const meta = articleMetaSchema.safeParse(YAML.parse(m[1] ?? ""));
  if (!meta.success) throw new KnowledgeError("E_KNOWLEDGE_SCHEMA", `${file}: ${describeZodError(meta.error)}`);
  const { body, joins } = cleanBody(text.slice(m[0].length));
  return { ...meta.data, body, file, ...(joins.length ? { joins } : {}) };
}

function describeZodError(error: z.ZodError, entries?: unknown[]): string {
  return error.issues
    .map((issue) => {
      const [index, ...rest] = issue.path;
      const entry = typeof index === "number" ? entries?.[index] : undefined;
      const entryName =
        typeof index === "number"
          ? `entry ${index}${entry && typeof entry === "object" && "id" in entry ? ` (id: ${String(entry.id)})` : ""}`
          : "";
      const field = (typeof index === "number" ? rest : issue.path).join(".");
      return [entryName, field && `field ${field}`, issue.message].filter(Boolean).join(", ");
    })
    .join("; ");
}

function readYamlList<T>(dir: string, schema: z.ZodType<T[]>, origins: Map<object, Origin>): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((name) => readYamlFile(join(dir, name), schema, origins));
}

/** Fact files are grouped by kind: knowledge/facts/<kind>.yaml or knowledge/facts/<kind>/*.yaml. */
function readKind<T>(root: string, kind: string, schema: z.ZodType<T[]>, origins: Map<object, Origin>): T[] {
  const single = join(root, "facts", `${kind}.yaml`);
  const fromFile = existsSync(single) ? readYamlFile(single, schema, origins) : [];
  return [...fromFile, ...readYamlList(join(root, "facts", kind), schema, origins)];
}

function readYamlFile<T>(file: string, schema: z.ZodType<T[]>, origins: Map<object, Origin>): T[] {
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, "utf8")) ?? [];
  } catch (err) {
    throw new KnowledgeError("E_KNOWLEDGE_SCHEMA", `${file}: not valid YAML: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeError(
      "E_KNOWLEDGE_SCHEMA",
      `${file}: ${describeZodError(parsed.error, Array.isArray(raw) ? raw : undefined)}`,
    );
  }
  parsed.data.forEach((entry, index) => {
    origins.set(entry as object, { file, index });
  });
  return parsed.data;
}

export const DEFAULT_KNOWLEDGE_DIR = join(import.meta.dirname, "..", "..", "knowledge");

/** Reads every knowledge file under `root` (default: the repository's knowledge/ folder). */
export function readKnowledgeFiles(root = DEFAULT_KNOWLEDGE_DIR, extraRoots: string[] = []): KnowledgeFiles {
  const origins = new Map<object, Origin>();
  const files: KnowledgeFiles = {
    articles: [],
    zones: [],
    networks: [],
    alliances: [],
    figures: [],
    ambiguous: [],
    events: [],
    officials: [],
    origins,
  };
  for (const dir of [root, ...extraRoots]) {
    const articleDir = join(dir, "articles");
    if (existsSync(articleDir)) {
      for (const name of readdirSync(articleDir)
        .filter((f) => f.endsWith(".md"))
        .sort()) {
        const file = join(articleDir, name);
        files.articles.push(...splitPieces(parseArticle(readFileSync(file, "utf8"), file)));
      }
    }
    files.zones.push(...readKind(dir, "zones", factFiles.zones, origins));
    files.networks.push(...readKind(dir, "networks", factFiles.networks, origins));
    files.alliances.push(...readKind(dir, "alliances", factFiles.alliances, origins));
    files.figures.push(...readKind(dir, "figures", factFiles.figures, origins));
    files.ambiguous.push(...readKind(dir, "ambiguous", factFiles.ambiguous, origins));
    files.events.push(...readYamlList(join(dir, "events"), factFiles.events, origins));
    files.officials.push(...readKind(dir, "officials", factFiles.officials, origins));
  }
  return files;
}

/** An article added at run time (admin route, `npm run knowledge`): the body word for word. */
export type AddedArticle = {
  id: string;
  title: string;
  date: string;
  source: string | null;
  body: string;
  /** Checked model proposals, stored with the article so a reload never calls the model. */
  modelFacts?: ModelFacts;
};

/** Knowledge added at run time (stored under DATA_DIR), merged with the folder's at load. */
export type AddedKnowledge = { articles: readonly AddedArticle[]; events: readonly KnowledgeEvent[] };

export {
  addedArticleFile,
  articleIdFromFile,
  buildKnowledge,
  collectAliases,
  hashKnowledgeFiles,
  mergeAddedKnowledge,
} from "./build.ts";
