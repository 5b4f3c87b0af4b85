/**
 * `npm ci` needs a lock file in which every dependency resolves — optional platform packages included (npm 11
 * refuses a lock file missing, say, @biomejs/cli-darwin-arm64, even on Linux). This walks package-lock.json the
 * way Node resolves packages: every dependency and optional dependency of every entry must have an entry in its
 * own node_modules or an ancestor's. (.ci/run checks the other half: `npm install` leaves the lock file as is.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Entry = {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};
const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, Entry>;
};

/** The entry `name` resolves to from the package at `from` ("" = the project), or undefined. */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf("/node_modules/");
    dir = cut < 0 ? "" : dir.slice(0, cut);
  }
}

describe("package-lock.json", () => {
  it("is lockfile version 3", () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("resolves every dependency and every optional platform package of every entry", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const wanted = {
        ...entry.dependencies,
        ...entry.optionalDependencies,
        ...(path === "" ? entry.devDependencies : {}),
      };
      for (const name of Object.keys(wanted)) if (!resolve(path, name)) missing.push(`${path || "(root)"} → ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
