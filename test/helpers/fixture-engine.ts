/**
 * The review guards' shared shape: one folder of articles a case (test/fixtures/<review>/<case>/), each read into its
 * own engine over the base knowledge, and the question asked of it ("" asks the base knowledge alone).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../../src/answer/engine.ts";

export function askFixture(dir: string) {
  return async (folder: string, q: string) => {
    const at = folder === "" ? undefined : join(dir, folder);
    const articles = at ? readdirSync(at).map((f) => JSON.parse(readFileSync(join(at, f), "utf8"))) : [];
    const engine = await createEngine({ added: () => ({ articles, events: [] }) });
    return engine.answer(q);
  };
}
