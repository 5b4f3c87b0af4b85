// Entry of an answer thread (src/runtime/answer-pool.ts): compiles the TypeScript thread with tsx's own loader,
// scoped to this import, so the thread starts the same way on Node 20, 22 and 24 — whether or not the process
// itself runs under tsx, and without Node's own type stripping (which rejects some of the project's syntax).
import { tsImport } from "tsx/esm/api";

const thread = await tsImport("./answer-thread.ts", import.meta.url);
export default thread.default;
