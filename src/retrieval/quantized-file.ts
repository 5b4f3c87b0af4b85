/** QuantizedVectors on disk (Node only): the int8 bytes, the scales, and a small JSON header. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QuantizedVectors } from "./quantized-vectors.ts";

const VECTORS_FILE = "vectors.i8";
const SCALES_FILE = "scales.f32";
const META_FILE = "vectors.json";
type Meta = { format: "q8-1"; dimensions: number; next: number };

export function saveQuantized(store: QuantizedVectors, directory: string): void {
  const { dimensions, next, data, scales } = store.parts();
  writeFileSync(join(directory, VECTORS_FILE), data);
  writeFileSync(join(directory, SCALES_FILE), new Uint8Array(scales.buffer, scales.byteOffset, next * 4));
  const meta: Meta = { format: "q8-1", dimensions, next };
  writeFileSync(join(directory, META_FILE), JSON.stringify(meta));
}

/** The store saved in `directory`; undefined if it holds none, another format, or files cut short. */
export function loadQuantized(directory: string): QuantizedVectors | undefined {
  let meta: Meta;
  try {
    meta = JSON.parse(readFileSync(join(directory, META_FILE), "utf8")) as Meta;
  } catch {
    return undefined;
  }
  if (meta.format !== "q8-1") return undefined;
  const bytes = readFileSync(join(directory, VECTORS_FILE));
  const scales = readFileSync(join(directory, SCALES_FILE));
  if (bytes.length !== meta.next * meta.dimensions || scales.length !== meta.next * 4) return undefined;
  return QuantizedVectors.fromParts({
    dimensions: meta.dimensions,
    next: meta.next,
    data: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    // (A copy: a Buffer's offset need not be a multiple of 4.)
    scales: new Float32Array(scales.buffer.slice(scales.byteOffset, scales.byteOffset + scales.length)),
  });
}
