/**
 * Jieba segmentation in plain JavaScript, for runtimes that cannot load the native @node-rs/jieba addon
 * (Cloudflare Workers: wrangler.toml aliases `@node-rs/jieba` to this module and `@node-rs/jieba/dict` to the
 * dictionary written by `npm run build:worker`).
 *
 * It implements the part of @node-rs/jieba (jieba-rs 0.10) that src/retrieval/tokenize.ts uses — `withDict`,
 * `loadDict`, `cut(sentence, false)` — with the same algorithm, so both produce the same words:
 *  1. the sentence is split into blocks of CJK ideographs, ASCII letters, digits and `+#&._%-`; everything
 *     else is emitted as whitespace runs or single characters;
 *  2. inside a block, every dictionary word starting at each character is an edge of a DAG;
 *  3. the route maximising Σ (ln freq − ln total) is taken (on equal scores the longer word wins); a position
 *     no word starts at is a single character with freq 1;
 *  4. consecutive single ASCII letters/digits on the route are joined into one word.
 * Without HMM only: `cut(text, true)` throws. test/unit/jieba-js.test.ts checks agreement with the native addon.
 *
 * The dictionary is held as one sorted string plus offsets and frequencies (no per-word objects), about 6 MB for
 * the 349k-word default dictionary; words added by `loadDict` live in a small map on top.
 */

/**
 * A dictionary prepared at build time: words sorted by UTF-16 code units, joined by "\n"; their frequencies in the
 * same order, as numbers or as one string of comma-separated decimals (cheaper to bundle and to load).
 */
export type CompiledDict = { readonly words: string; readonly freqs: ArrayLike<number> | string };

type Edge = { end: number; freq: number };

const HAN_BLOCK =
  /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]+/gu;
const SKIP = /\r\n|\s/gu;
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const utf8 = new TextDecoder("utf-8");

/** Parses dictionary text ("word [freq [tag]]" per line, as jieba reads it). */
export function parseDictText(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    const parts = line.trim().split(/\s+/);
    const word = parts[0];
    if (!word) continue;
    const freqText = parts[1];
    let freq = 0;
    if (freqText !== undefined) {
      if (!/^\d+$/.test(freqText))
        throw new Error(`jieba dictionary line ${lineNo}: frequency ${freqText} is not an integer`);
      freq = Number(freqText);
    }
    out.push([word, freq]);
  }
  return out;
}

/** "3,12,5" → [3, 12, 5], without intermediate strings. */
function decodeFreqs(text: string): Uint32Array {
  let count = text.length > 0 ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const out = new Uint32Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      out[n++] = value;
      value = 0;
    } else if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    else throw new Error(`jieba-js: bad character in frequencies at ${i}`);
  }
  if (count > 0) out[n] = value;
  return out;
}

/** Sorts entries into the compiled form (later entries for the same word win, as in jieba's load_dict). */
export function compileDict(entries: Iterable<[string, number]>): CompiledDict {
  const map = new Map<string, number>();
  for (const [word, freq] of entries) map.set(word, freq);
  const words = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words: words.join("\n"), freqs: words.map((w) => map.get(w) ?? 0) };
}

/** Text as the native addon sees it: UTF-8, so a lone surrogate becomes U+FFFD. */
function toText(input: Uint8Array | string): string {
  return typeof input === "string" ? input.replace(LONE_SURROGATE, "\uFFFD") : utf8.decode(input);
}

export class Jieba {
  /** The base dictionary: one string, word k at [offsets[k], offsets[k + 1] - 1). */
  private words = "";
  private offsets = new Uint32Array(1);
  private freqs: ArrayLike<number> = [];
  private size = 0;
  /** Words added or re-weighted by loadDict. */
  private readonly extra = new Map<string, number>();
  /** Every prefix of every word in `extra` (the words themselves included). */
  private readonly extraPrefixes = new Set<string>();
  private total = 0;
  private logTotal = 0;

  /** A segmenter with `dict`: text in jieba's format, or a dictionary compiled at build time. */
  static withDict(dict: Uint8Array | string | CompiledDict): Jieba {
    const jieba = new Jieba();
    if (typeof dict === "object" && "words" in dict) jieba.setBase(dict);
    else jieba.setBase(compileDict(parseDictText(toText(dict))));
    return jieba;
  }

  /** Adds words (or new frequencies for known words) in jieba's text format; the total is recomputed. */
  loadDict(dict: Uint8Array | string): void {
    for (const [word, freq] of parseDictText(toText(dict))) {
      const old = this.freqOf(word);
      this.total += freq - (old ?? 0);
      this.extra.set(word, freq);
      for (let i = 1; i <= word.length; i++) this.extraPrefixes.add(word.slice(0, i));
    }
    this.logTotal = Math.log(this.total);
  }

  /** Splits `sentence` into words (jieba's default mode, without HMM). */
  cut(sentence: string | Uint8Array, hmm?: boolean | null): string[] {
    if (hmm) throw new Error("jieba-js: HMM mode is not implemented");
    const text = toText(sentence);
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(HAN_BLOCK)) {
      const start = m.index ?? 0;
      if (start > last) this.cutOther(text.slice(last, start), out);
      this.cutBlock(m[0], out);
      last = start + m[0].length;
    }
    if (last < text.length) this.cutOther(text.slice(last), out);
    return out;
  }

  private setBase(dict: CompiledDict): void {
    const { words } = dict;
    const freqs = typeof dict.freqs === "string" ? decodeFreqs(dict.freqs) : dict.freqs;
    const offsets: number[] = [0];
    for (let i = words.indexOf("\n"); i >= 0; i = words.indexOf("\n", i + 1)) offsets.push(i + 1);
    offsets.push(words.length + 1);
    const size = words.length === 0 ? 0 : offsets.length - 1;
    if (freqs.length !== size) throw new Error(`jieba-js: ${size} words but ${freqs.length} frequencies`);
    this.words = words;
    this.offsets = Uint32Array.from(offsets);
    this.freqs = freqs;
    this.size = size;
    let total = 0;
    for (let i = 0; i < size; i++) total += freqs[i] ?? 0;
    this.total = total;
    this.logTotal = Math.log(total);
  }

  /** Whitespace runs stay whole; any other character is a word of its own. */
  private cutOther(text: string, out: string[]): void {
    let last = 0;
    for (const m of text.matchAll(SKIP)) {
      const start = m.index ?? 0;
      if (start > last) out.push(...Array.from(text.slice(last, start)));
      out.push(m[0]);
      last = start + m[0].length;
    }
    if (last < text.length) out.push(...Array.from(text.slice(last)));
  }

  private cutBlock(block: string, out: string[]): void {
    // Code point starts (UTF-16 indices), and the best route from each of them to the end.
    const starts: number[] = [];
    for (let i = 0; i < block.length; i += (block.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) starts.push(i);
    const n = block.length;
    const score = new Float64Array(n + 1);
    const next = new Int32Array(n + 1);
    for (let s = starts.length - 1; s >= 0; s--) {
      const i = starts[s] as number;
      const edges = this.edges(block, i);
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestEnd = -1;
      if (edges.length === 0) {
        const end = s + 1 < starts.length ? (starts[s + 1] as number) : n;
        bestScore = Math.log(1) - this.logTotal + (score[end] as number);
        bestEnd = end;
      } else {
        for (const { end, freq } of edges) {
          const candidate = Math.log(freq) - this.logTotal + (score[end] as number);
          // jieba-rs: max by (score, end); ties go to the longer word.
          if (candidate > bestScore || (candidate === bestScore && end > bestEnd)) {
            bestScore = candidate;
            bestEnd = end;
          }
        }
      }
      score[i] = bestScore;
      next[i] = bestEnd;
    }

    let pendingAscii = -1;
    for (let x = 0; x < n; ) {
      const y = next[x] as number;
      const word = block.slice(x, y);
      if (ASCII_ALNUM.test(word)) {
        if (pendingAscii < 0) pendingAscii = x;
      } else {
        if (pendingAscii >= 0) {
          out.push(block.slice(pendingAscii, x));
          pendingAscii = -1;
        }
        out.push(word);
      }
      x = y;
    }
    if (pendingAscii >= 0) out.push(block.slice(pendingAscii));
  }

  /** Every dictionary word that starts at `start` in `text`, with its frequency. */
  private edges(text: string, start: number): Edge[] {
    const found = new Map<number, number>();
    // Base dictionary: narrow the sorted range one character at a time (a trie walk over the sorted list).
    let lo = 0;
    let hi = this.size;
    for (let k = start; k < text.length && lo < hi; k++) {
      const depth = k - start;
      const c = text.charCodeAt(k);
      lo = this.firstAtLeast(lo, hi, depth, c);
      hi = this.firstAtLeast(lo, hi, depth, c + 1);
      if (lo < hi && this.lengthOf(lo) === depth + 1) found.set(k + 1, this.freqs[lo] ?? 0);
    }
    // Words from loadDict override the base frequency.
    if (this.extra.size > 0) {
      for (let k = start + 1; k <= text.length; k++) {
        const prefix = text.slice(start, k);
        if (!this.extraPrefixes.has(prefix)) break;
        const freq = this.extra.get(prefix);
        if (freq !== undefined) found.set(k, freq);
      }
    }
    return [...found].map(([end, freq]) => ({ end, freq }));
  }

  private lengthOf(index: number): number {
    return (this.offsets[index + 1] as number) - (this.offsets[index] as number) - 1;
  }

  /** Code unit `depth` of word `index`, or -1 past its end (shorter words sort first). */
  private charAt(index: number, depth: number): number {
    return depth < this.lengthOf(index) ? this.words.charCodeAt((this.offsets[index] as number) + depth) : -1;
  }

  /** First index in [lo, hi) whose code unit at `depth` is ≥ c (the range shares its first `depth` units). */
  private firstAtLeast(lo: number, hi: number, depth: number, c: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.charAt(mid, depth) < c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private freqOf(word: string): number | undefined {
    const extra = this.extra.get(word);
    if (extra !== undefined) return extra;
    let lo = 0;
    let hi = this.size;
    for (let depth = 0; depth < word.length && lo < hi; depth++) {
      const c = word.charCodeAt(depth);
      lo = this.firstAtLeast(lo, hi, depth, c);
      hi = this.firstAtLeast(lo, hi, depth, c + 1);
    }
    return lo < hi && this.lengthOf(lo) === word.length ? this.freqs[lo] : undefined;
  }
}
