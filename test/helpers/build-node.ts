/**
 * Vitest global setup: the server compiled once before the tests (`npm start` does the same, prestart), so the
 * tests that start the entry point as a process (test/helpers/runtime-process.ts, the Dockerfile's command) run
 * what production runs.
 */
import { buildNode } from "../../scripts/build-node.mjs";

export default async function setup(): Promise<void> {
  await buildNode();
}
