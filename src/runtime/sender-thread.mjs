// Entry of the sender thread (src/runtime/thread-sender.ts) when the server runs from its TypeScript sources:
// compiles the thread with tsx's own loader, as answer-thread.mjs does (`npm start`'s compiled server has its own).
import { tsImport } from "tsx/esm/api";

await tsImport("./sender-thread.ts", import.meta.url);
