/**
 * Values read once per knowledge snapshot and key: the check and the answer of one question (and the questions after
 * it) ask the same things of the same articles; a reload makes a new snapshot, and its values are read again.
 */
import type { Knowledge } from "./load.ts";

/** A cache of `compute()` by snapshot and key. */
export function perSnapshot<T>(): (k: Knowledge, key: string, compute: () => T) => T {
  const bySnapshot = new WeakMap<Knowledge, Map<string, T>>();
  return (k, key, compute) => {
    let known = bySnapshot.get(k);
    if (!known) {
      known = new Map();
      bySnapshot.set(k, known);
    }
    if (!known.has(key)) known.set(key, compute());
    return known.get(key) as T;
  };
}
