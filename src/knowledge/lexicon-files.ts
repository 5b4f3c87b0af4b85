/**
 * The lexicon files under Node: knowledge/lexicon/*.yaml, read once, in name order. The package import
 * "#lexicon-files" resolves here; in the Worker it resolves to data/worker/lexicon.js (scripts/build-worker.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LexiconSource } from "./lexicon.ts";

export const DEFAULT_LEXICON_DIR = join(import.meta.dirname, "..", "..", "knowledge", "lexicon");

export function readLexiconFiles(dir = DEFAULT_LEXICON_DIR): LexiconSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));
}

export const lexiconSources: LexiconSource[] = readLexiconFiles();
