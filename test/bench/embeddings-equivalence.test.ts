/**
 * hashedVector (src/retrieval/embeddings.ts) folds the n-gram code units into precomputed hash states instead of
 * hashing feature strings: the vectors must stay bit-identical to the string-hashing version it replaced.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/knowledge/normalize.ts";
import { hashedVector } from "../../src/retrieval/embeddings.ts";

function referenceFnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function referenceVector(text: string, dims: number): number[] {
  const v = new Float64Array(dims);
  const t = normalize(text);
  const add = (feature: string, weight: number) => {
    const h = referenceFnv1a(feature);
    const i = h % dims;
    v[i] = (v[i] ?? 0) + (h & 0x80000000 ? -1 : 1) * weight;
  };
  for (const run of t.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) {
      add(`1:${run[i]}`, 0.3);
      if (i + 2 <= run.length) add(`2:${run.slice(i, i + 2)}`, 1);
      if (i + 3 <= run.length) add(`3:${run.slice(i, i + 3)}`, 0.6);
    }
  }
  for (const w of t.match(/[a-z0-9.%]+/g) ?? []) add(`w:${w}`, 1);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    const x = v[i] ?? 0;
    v[i] = Math.sign(x) * Math.log1p(Math.abs(x));
    norm += (v[i] ?? 0) ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  return Array.from(v, (x) => x / norm);
}

const piece = fc.oneof(
  fc.constantFrom(
    "国家高新区",
    "物联网",
    "集成电路产业协同创新网络",
    "。",
    "，",
    " ",
    "IoT",
    "AI",
    "5G",
    "843.7%",
    "Ａ１",
  ),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[\u4e00-\u9fff]{1,5}$/),
);

describe("hashedVector ≡ string-hashing reference", () => {
  it("gives bit-identical vectors", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(8, 64, 512), (parts, dims) => {
        const text = parts.join("");
        expect(hashedVector(text, dims)).toEqual(referenceVector(text, dims));
      }),
      { numRuns: 400 },
    );
  });
});
