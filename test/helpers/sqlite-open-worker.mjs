// A thread of test/unit/sqlite-open.test.ts: opens a new SQLite file at the same moment as the other threads,
// round after round, with the stores' own opener, and reports what failed.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { openSqliteFile } = await tsImport("../../src/store/sqlite-open.ts", import.meta.url);
const { dir, rounds, threads, barrier } = workerData;
const arrived = new Int32Array(barrier);
const failures = [];
for (let round = 0; round < rounds; round++) {
  // Every thread waits here until all have arrived, so the opens of one round start together.
  Atomics.add(arrived, round, 1);
  while (Atomics.load(arrived, round) < threads);
  try {
    const db = openSqliteFile(`${dir}/round-${round}.sqlite`);
    db.prepare("INSERT OR REPLACE INTO conversation_context (key, value, updated_at) VALUES (?, 'v', 0)").run(
      `k${Math.random()}`,
    );
    db.close();
  } catch (error) {
    failures.push(`round ${round}: ${error.code ?? ""} ${error.message}`);
  }
}
parentPort.postMessage(failures);
