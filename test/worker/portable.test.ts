/**
 * Node-side checks of what the Worker swaps in (run with `npm test`; the workerd tests are the *.spec.ts files):
 *  - the pure-JS jieba cuts exactly as the native @node-rs/jieba, set up as src/retrieval/tokenize.ts sets it up
 *    (default dictionary + every zone/network/alliance name at 100000), on every passage, every golden question
 *    and seeded random text;
 *  - an exact vector scan ranks as Node's HNSW (ef = DEFAULT_EF) does, for every golden question;
 *  - migrations/ holds files both runners apply: NNNN_name.sql (wrangler's numbering, migrate.ts's pattern) and
 *    nothing D1 refuses (explicit transactions, PRAGMAs).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Jieba as NativeJieba } from "@node-rs/jieba";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { normalize } from "../../src/knowledge/normalize.ts";
import { DEFAULT_EF, HnswIndex } from "../../src/retrieval/hnswlib.ts";
import { Retriever } from "../../src/retrieval/hybrid.ts";
import { Jieba as JsJieba } from "../../src/retrieval/jieba-js.ts";
import { splitAll } from "../../src/retrieval/passages.ts";
import { BruteForceIndex } from "../../src/retrieval/vector-index.ts";
import { MIGRATIONS_DIR } from "../../src/store/migrate.ts";
import { goldenQuestions } from "./global-setup.ts";

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge();
});

/** The user dictionary src/retrieval/tokenize.ts loads. */
function userDict(k: Knowledge): string {
  const names = new Set<string>();
  for (const { alias } of k.aliases) if (/[\u4e00-\u9fff]/.test(alias) && alias.length >= 2) names.add(alias);
  for (const z of k.zones.values()) names.add(z.name);
  return [...names].map((n) => `${n} 100000 nz`).join("\n");
}

describe("pure-JS jieba", () => {
  it("cuts every passage, golden question and random text exactly as the native addon", () => {
    const dictText = readFileSync(
      join(dirname(createRequire(import.meta.url).resolve("@node-rs/jieba/package.json")), "dict.txt"),
    );
    const native = NativeJieba.withDict(dictText);
    const js = JsJieba.withDict(dictText);
    const user = Buffer.from(userDict(knowledge));
    native.loadDict(user);
    js.loadDict(user);

    const texts: string[] = [];
    for (const p of splitAll(knowledge.articles.values())) texts.push(normalize(p.text), normalize(p.context), p.text);
    for (const g of goldenQuestions()) texts.push(g.q, normalize(g.q));
    // Seeded random slices of the articles, some with Latin, digits, symbols, emoji and rare ideographs mixed in.
    const corpus = [...knowledge.articles.values()].map((a) => a.body).join("");
    const extra = [..."abcXYZ0123456789 +#&._%-/，。！？　\t\n😀𠀀𪚥"];
    let seed = 20_260_423;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 3000; i++) {
      const start = Math.floor(random() * corpus.length);
      let piece = corpus.slice(start, start + 1 + Math.floor(random() * 40));
      if (random() < 0.4) {
        const at = Math.floor(random() * piece.length);
        piece = piece.slice(0, at) + extra[Math.floor(random() * extra.length)] + piece.slice(at);
      }
      texts.push(piece);
    }

    const differences = texts
      .map((t) => ({ t, n: native.cut(t, false), j: js.cut(t, false) }))
      .filter(({ n, j }) => JSON.stringify(n) !== JSON.stringify(j))
      .map(({ t, n, j }) => `${JSON.stringify(t)}\n  native: ${n.join("|")}\n  js:     ${j.join("|")}`);
    expect(texts.length).toBeGreaterThan(4000);
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it("refuses HMM mode instead of cutting differently", () => {
    expect(() => JsJieba.withDict("测试 3 n").cut("测试", true)).toThrow(/HMM/);
  });
});

describe(`exact vector scan vs HNSW (ef=${DEFAULT_EF})`, () => {
  // hnswlib scores in float32, the exact scan in float64: passages whose similarities are equal in float32
  // (near-duplicate sentences) may come in either order. Anything else must match position by position.
  const FLOAT32_TIE = 1e-6;

  it("finds the same 50 nearest passages in the same order (up to float32 ties) for every golden question", async () => {
    const hnsw = await Retriever.build(knowledge, { makeIndex: (v, e) => HnswIndex.build(v, e) });
    const exact = await Retriever.build(knowledge, { makeIndex: async (v) => new BruteForceIndex(v) });
    const differences: string[] = [];
    let tieSwaps = 0;
    const questions = goldenQuestions();
    for (const g of questions) {
      const a = await hnsw.search(g.q, 50, "vector");
      const b = await exact.search(g.q, 50, "vector");
      // (The same passages, but for a tie at the 50th place: "东北地区…联盟光2024年就办了多少场交流活动" has two
      // passages at 0.2224783 and 0.2224782 there, and each search keeps one.)
      const inA = new Set(a.map((h) => h.passage.id));
      const inB = new Set(b.map((h) => h.passage.id));
      const last = b.at(-1)?.cosine ?? 0;
      const sameSet =
        a.length === b.length &&
        [...a.filter((h) => !inB.has(h.passage.id)), ...b.filter((h) => !inA.has(h.passage.id))].every(
          (h) => Math.abs(h.cosine - last) < FLOAT32_TIE,
        );
      const orderOk = a.every((h, i) => {
        const other = b[i];
        if (!other) return false;
        if (other.passage.id === h.passage.id) return true;
        tieSwaps++;
        return Math.abs(other.cosine - h.cosine) < FLOAT32_TIE;
      });
      if (!sameSet || !orderOk) differences.push(`${g.id} ${g.q}`);
    }
    expect(differences).toEqual([]);
    // (Ties are rare: fewer than one question in a hundred sees two tied passages swapped. The bound grows with the
    // golden sets, which outgrew an absolute bound of 10 swaps.)
    expect(tieSwaps).toBeLessThan(questions.length / 100);
  }, 120_000); // (Two retrievers over the knowledge and ~350 questions each way: 18 s on a quiet machine in session 49, 35 s under load — past the default 30 s.)
});

describe("migrations shared by SQLite and D1", () => {
  it("are NNNN_name.sql files without explicit transactions or PRAGMAs", () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      expect(file).toMatch(/^\d{4}_[a-z0-9_]+\.sql$/);
      const sql = readFileSync(join(MIGRATIONS_DIR, file), "utf8").replace(/--.*$/gm, "");
      expect(sql, file).not.toMatch(/\b(BEGIN|COMMIT|ROLLBACK|PRAGMA)\b/i);
    }
    const numbers = files.map((f) => Number(f.slice(0, 4)));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
