/**
 * A BM25 index on disk, beside the saved vector index (src/retrieval/node-index.ts), so a restart reads the
 * postings back instead of tokenising every passage again (at 100k passages that was most of the warm start:
 * docs/benchmarks.md).
 *
 * Files: bm25.json (format, counts, term list in term-number order) and one raw file per array (bm25.offsets,
 * bm25.docs, bm25.tfs, bm25.lengths), in this machine's byte order. `loadBm25` checks every size against the
 * others and returns undefined for anything it cannot read as written (missing, truncated, another format or
 * byte order): the caller then builds the index from the passages.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Bm25, type TermCounts } from "./bm25.ts";

const META_FILE = "bm25.json";
const FORMAT = 1;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Meta = {
  format: number;
  littleEndian: boolean;
  documents: number;
  postings: number;
  /** Bytes per term frequency: 1, 2 or 4. */
  tfBytes: 1 | 2 | 4;
  terms: string[];
};

export function saveBm25(bm25: Bm25, directory: string): void {
  const { terms, offsets, docs, counts, lengths } = bm25.parts();
  const list: string[] = new Array(terms.size);
  for (const [term, t] of terms) list[t] = term;
  const meta: Meta = {
    format: FORMAT,
    littleEndian: LITTLE_ENDIAN,
    documents: lengths.length,
    postings: docs.length,
    tfBytes: counts.BYTES_PER_ELEMENT as 1 | 2 | 4,
    terms: list,
  };
  writeFileSync(join(directory, "bm25.offsets"), bytes(offsets));
  writeFileSync(join(directory, "bm25.docs"), bytes(docs));
  writeFileSync(join(directory, "bm25.tfs"), bytes(counts));
  writeFileSync(join(directory, "bm25.lengths"), bytes(Uint32Array.from(lengths)));
  // Written last: a folder without it holds no index.
  writeFileSync(join(directory, META_FILE), JSON.stringify(meta));
}

/** The index saved in `directory`, or undefined when there is none or it does not read back whole. */
export function loadBm25(directory: string): Bm25 | undefined {
  try {
    const meta = JSON.parse(readFileSync(join(directory, META_FILE), "utf8")) as Meta;
    if (meta.format !== FORMAT || meta.littleEndian !== LITTLE_ENDIAN) return undefined;
    if (!Array.isArray(meta.terms) || ![1, 2, 4].includes(meta.tfBytes)) return undefined;
    const offsets = read32(join(directory, "bm25.offsets"), meta.terms.length + 1);
    const docs = read32(join(directory, "bm25.docs"), meta.postings);
    const lengths = read32(join(directory, "bm25.lengths"), meta.documents);
    const tfs = readCounts(join(directory, "bm25.tfs"), meta.postings, meta.tfBytes);
    if (!offsets || !docs || !lengths || !tfs) return undefined;
    // The postings must be what search assumes: offsets rising to the postings' end, each term's documents in
    // increasing order and in range.
    if (offsets[0] !== 0 || offsets[meta.terms.length] !== meta.postings) return undefined;
    for (let t = 0; t < meta.terms.length; t++) {
      const end = offsets[t + 1] as number;
      let last = -1;
      for (let p = offsets[t] as number; p < end; p++) {
        const doc = docs[p] as number;
        if (doc <= last || doc >= meta.documents) return undefined;
        last = doc;
      }
    }
    const terms = new Map<string, number>();
    meta.terms.forEach((term, t) => {
      terms.set(term, t);
    });
    if (terms.size !== meta.terms.length) return undefined;
    return new Bm25({ terms, offsets, docs, counts: tfs, lengths: Array.from(lengths) });
  } catch {
    return undefined;
  }
}

function bytes(a: TermCounts): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** The file as `count` 32-bit numbers, or undefined if its size differs. */
function read32(path: string, count: number): Uint32Array | undefined {
  const buf = readFileSync(path);
  if (buf.byteLength !== count * 4) return undefined;
  if (buf.byteOffset % 4 === 0) return new Uint32Array(buf.buffer, buf.byteOffset, count);
  const out = new Uint32Array(count);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

function readCounts(path: string, count: number, width: 1 | 2 | 4): TermCounts | undefined {
  if (width === 4) return read32(path, count);
  const buf = readFileSync(path);
  if (buf.byteLength !== count * width) return undefined;
  if (width === 1) return new Uint8Array(buf.buffer, buf.byteOffset, count);
  if (buf.byteOffset % 2 === 0) return new Uint16Array(buf.buffer, buf.byteOffset, count);
  const out = new Uint16Array(count);
  new Uint8Array(out.buffer).set(buf);
  return out;
}
