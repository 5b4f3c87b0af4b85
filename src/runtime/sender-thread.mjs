// Entry of the sender thread (src/runtime/thread-sender.ts): compiles the TypeScript thread with tsx's own loader,
// as answer-thread.mjs does, so the thread starts the same way on Node 20, 22 and 24.
import { tsImport } from "tsx/esm/api";

await tsImport("./sender-thread.ts", import.meta.url);
