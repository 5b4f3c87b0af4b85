// Entry of an answer thread (src/runtime/answer-pool.ts) when the server runs from its TypeScript sources (tests,
// `npx tsx src/runtime/node.ts`): compiles the thread with tsx's own loader, scoped to this import, so the thread
// starts the same way on Node 20, 22 and 24, without Node's own type stripping (which rejects some of the
// project's syntax). `npm start` runs the compiled server, whose dist/node/answer-thread.mjs is the thread itself.
import { tsImport } from "tsx/esm/api";

const thread = await tsImport("./answer-thread.ts", import.meta.url);
export default thread.default;
