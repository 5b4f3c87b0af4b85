/**
 * A bench part compiled to JavaScript as `npm start` compiles the server (scripts/build-node.mjs), for a child whose
 * memory must be production's (no tsx loader in it): into dist/bench/, two folders below the root as bench/<part>/
 * is, so the part's relative paths hold. Only the parent imports this.
 */
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildNode } from "../../scripts/build-node.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** `script` compiled, with the entries its worker threads start from beside it (as the server finds them). */
export async function compiledScript(script: URL): Promise<URL> {
  const path = fileURLToPath(script);
  const name = basename(path, extname(path));
  const outdir = join(ROOT, "dist", "bench");
  await buildNode(outdir, {
    [name]: `./${relative(ROOT, path)}`,
    "answer-thread": "./src/runtime/answer-thread.ts",
    "sender-thread": "./src/runtime/sender-thread.ts",
  });
  return pathToFileURL(join(outdir, `${name}.mjs`));
}
