/**
 * `npm start` runs this first (prestart): the Node server compiled from TypeScript to JavaScript once, into
 * dist/node/ — the server's entry and the entries its answer and sender threads start from, with the chunks they
 * share — so the running process needs no TypeScript loader. tsx's loader is a thread of its own in the process
 * and in every worker thread that starts from TypeScript: the bot under tsx settled at 563 MB, compiled at 381 MB
 * (docs/benchmarks.md, eighth pass). Packages stay where npm put them. dist/node/ is two folders below the root,
 * as src/<room>/ is, so paths the code finds from its own file (knowledge/, migrations/) are the same.
 *
 * Plain JavaScript, so that it runs before anything is compiled. `node scripts/build-node.mjs [--out <dir>]`; the
 * tests build once before they start (test/helpers/build-node.ts), the bench's retrieval child too.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const NODE_DIST = join(ROOT, "dist", "node");

/**
 * Compiles `entries` (output name → source file under the root) into `outdir`: ES modules, bundled but for the
 * packages, shared code in chunks beside them. Source maps are written beside them but not read unless asked
 * (NODE_OPTIONS=--enable-source-maps: stack traces in TypeScript lines; reading them costs ~18 MB a process).
 */
export async function buildNode(
  outdir = NODE_DIST,
  entries = {
    node: "./src/runtime/node.ts",
    // (The names the server starts its threads by: src/runtime/answer-pool.ts, thread-sender.ts.)
    "answer-thread": "./src/runtime/answer-thread.ts",
    "sender-thread": "./src/runtime/sender-thread.ts",
  },
) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    sourcemap: "linked",
    // (Node's own resolver wants the file's extension where a package has no exports map; tsx and wrangler's
    // alias of the module for the Worker take the name without it.)
    alias: { "@node-rs/jieba/dict": "@node-rs/jieba/dict.js" },
    logLevel: "warning",
  });
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--out");
  await buildNode(at > 0 ? resolve(process.argv[at + 1] ?? "") : NODE_DIST);
}
