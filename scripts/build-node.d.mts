/** Types of scripts/build-node.mjs (plain JavaScript: it runs before anything is compiled). */

/** dist/node/, where `npm start` runs the server from. */
export declare const NODE_DIST: string;

/** Compiles `entries` (output name → "./path/from/root.ts") into `outdir`; resolves with `outdir`. */
export declare function buildNode(outdir?: string, entries?: Record<string, string>): Promise<string>;
