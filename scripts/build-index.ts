/** `npm run build:index`: builds the retrieval index for the current knowledge under DATA_DIR. */
import { loadKnowledge } from "../src/answer/engine.ts";
import { buildNodeRetriever } from "../src/retrieval/node-index.ts";

const dataDir = process.env.DATA_DIR ?? "./data";
const started = performance.now();
const knowledge = loadKnowledge();
const retriever = await buildNodeRetriever(knowledge, dataDir);
console.log(
  `build:index: ${retriever.passages.length} passages, knowledge ${knowledge.hash}, ${(performance.now() - started).toFixed(0)} ms → ${dataDir}/index/`,
);
