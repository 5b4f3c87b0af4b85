/**
 * Retrieval kept up to date in place (src/retrieval/node-index.ts, Bm25.merge):
 *   - BM25 after a merge equals a fresh build over the same documents (scores and order);
 *   - NodeRetrieval after adding and removing articles ranks by BM25 exactly as a fresh build, and finds the new
 *     article's passages by vector;
 *   - only new articles are embedded; a new name in the dictionary re-tokenises only the passages that contain it;
 *   - the saved index: one folder under DATA_DIR/index, superseded ones deleted, read back by a second instance;
 *   - the saved BM25 postings: read back (no passage tokenised) and ranking as a fresh build, also with knowledge
 *     changed since; not used when they do not read back whole or disagree with the tokenizer; saved again when
 *     the folder lacked them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import type { Article, Knowledge } from "../../src/knowledge/load.ts";
import { normalize } from "../../src/knowledge/normalize.ts";
import { Bm25 } from "../../src/retrieval/bm25.ts";
import { loadBm25, saveBm25 } from "../../src/retrieval/bm25-file.ts";
import type { Retriever } from "../../src/retrieval/hybrid.ts";
import { NodeRetrieval } from "../../src/retrieval/node-index.ts";
import { splitAll } from "../../src/retrieval/passages.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("Bm25.merge", () => {
  it("equals a fresh build over the kept and added documents", () => {
    const word = fc.constantFrom("网络", "成员", "无锡", "#网络", "集成", "电路", "iot", "园区", "创新");
    const doc = fc.array(word, { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.array(doc, { minLength: 0, maxLength: 10 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        (docs, kept, added, query) => {
          // Kept documents keep their order; the added ones go after them.
          const keptDocs = docs.filter((_, i) => kept[i]);
          const keep = new Int32Array(docs.length).fill(-1);
          let next = 0;
          docs.forEach((_, i) => {
            if (kept[i]) keep[i] = next++;
          });
          const merged = Bm25.merge(
            new Bm25(docs),
            keep,
            added.map((tokens, i) => ({ doc: next + i, tokens })),
            next + added.length,
          );
          const fresh = new Bm25([...keptDocs, ...added]);
          expect(merged.search(query, 50)).toEqual(fresh.search(query, 50));
          for (const w of query) expect(merged.idf(w)).toBe(fresh.idf(w));
        },
      ),
      { numRuns: 200 },
    );
  });
});

function withArticles(knowledge: Knowledge, articles: Article[], drop: string[] = []): Knowledge {
  const map = new Map([...knowledge.articles].filter(([id]) => !drop.includes(id)));
  for (const a of articles) map.set(a.id, a);
  return { ...knowledge, articles: map, hash: `${knowledge.hash}+${articles.map((a) => a.id).join(",")}-${drop}` };
}

describe("NodeRetrieval", () => {
  const base = loadKnowledge();
  const first = [...base.articles.values()][0] as Article;
  const extra: Article = {
    ...first,
    id: "growth-test",
    title: "生物医药产业协同创新网络成立",
    body: "国家高新区生物医药产业协同创新网络在泰州医药高新区成立。\n\n网络由7家国家高新区组成，秘书处设在泰州医药高新区。",
  };
  const questions = ["物联网网络有哪些成员", "集成电路网络的牵头单位是谁", "生物医药网络秘书处设在哪里", "淮河联盟"];

  it("after adding and removing articles, ranks by BM25 as a fresh build and finds the new passages", async () => {
    const incremental = new NodeRetrieval({ persist: false });
    await incremental.update(base);
    const dropped = [...base.articles.keys()].at(-1) as string;
    const grown = withArticles(base, [extra], [dropped]);
    const updated = await incremental.update(grown);
    expect(incremental.lastUpdate?.addedPassages).toBe(2);
    expect(incremental.lastUpdate?.removedPassages).toBeGreaterThan(0);

    const fresh = await new NodeRetrieval({ persist: false }).update(grown);
    expect(updated.passages.map((p) => p.id)).toEqual(fresh.passages.map((p) => p.id));
    for (const q of questions) {
      const a = await updated.search(q, 10, "bm25");
      const b = await fresh.search(q, 10, "bm25");
      expect(a.map((h) => [h.passage.id, h.bm25])).toEqual(b.map((h) => [h.passage.id, h.bm25]));
    }
    const hits = await updated.search("生物医药产业协同创新网络在泰州医药高新区成立", 5, "vector");
    expect(hits[0]?.passage.articleId).toBe("growth-test");
    // Nothing of the removed article is found any more.
    for (const q of questions) {
      for (const h of await updated.search(q, 10)) expect(h.passage.articleId).not.toBe(dropped);
    }
  });

  it("tokenises again only the passages that contain a name the dictionary gained", async () => {
    const incremental = new NodeRetrieval({ persist: false });
    await incremental.update(base);
    // A new "person" is a new whole word for jieba: only passages containing it are tokenised again, and BM25
    // then equals a fresh build with the new dictionary.
    const name = "协同创新";
    const person: Article = { ...extra, id: "growth-person", people: [...extra.people, name] };
    const grown = withArticles(base, [person]);
    const updated = await incremental.update(grown);
    const containing = splitAll(base.articles.values()).filter((p) => normalize(p.context).includes(name)).length;
    expect(containing).toBeGreaterThan(0);
    expect(incremental.lastUpdate?.addedPassages).toBe(2);
    expect(incremental.lastUpdate?.retokenized).toBe(containing);
    const fresh = await new NodeRetrieval({ persist: false }).update(grown);
    for (const q of [...questions, "协同创新网络"]) {
      const a = await updated.search(q, 10, "bm25");
      const b = await fresh.search(q, 10, "bm25");
      expect(a.map((h) => [h.passage.id, h.bm25])).toEqual(b.map((h) => [h.passage.id, h.bm25]));
    }
  });

  it("saves one index folder, deletes the ones it supersedes, and a second instance reads it back", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "node-retrieval-"));
    dirs.push(dataDir);
    const writer = new NodeRetrieval({ dataDir });
    await writer.update(base);
    expect(readdirSync(join(dataDir, "index"))).toHaveLength(1);
    for (const n of [1, 2, 3]) {
      await writer.update(withArticles(base, [{ ...extra, id: `growth-${n}` }]));
      expect(readdirSync(join(dataDir, "index"))).toHaveLength(1);
    }
    const last = withArticles(base, [{ ...extra, id: "growth-3" }]);
    const reader = new NodeRetrieval({ dataDir, persist: false });
    const read = await reader.update(last);
    expect(reader.lastUpdate?.loadedFrom).toBeDefined();
    expect(reader.lastUpdate?.addedPassages).toBe(0);
    const again = await writer.update(last);
    for (const q of questions) {
      expect((await read.search(q, 5)).map((h) => h.passage.id)).toEqual(
        (await again.search(q, 5)).map((h) => h.passage.id),
      );
    }
  });

  describe("saved BM25 postings", () => {
    const bm25Ranks = async (r: Retriever) => {
      const out: unknown[] = [];
      for (const q of [...questions, "协同创新网络"]) {
        out.push((await r.search(q, 10, "bm25")).map((h) => [h.passage.id, h.bm25]));
      }
      return out;
    };
    const saved = async (knowledge: Knowledge) => {
      const dataDir = mkdtempSync(join(tmpdir(), "node-retrieval-bm25-"));
      dirs.push(dataDir);
      await new NodeRetrieval({ dataDir }).update(knowledge);
      const [folder] = readdirSync(join(dataDir, "index"));
      return { dataDir, folder: join(dataDir, "index", folder as string) };
    };

    it("are read back by a second instance, which tokenises no passage and ranks as a fresh build", async () => {
      const { dataDir } = await saved(base);
      const reader = new NodeRetrieval({ dataDir, persist: false });
      const read = await reader.update(base);
      expect(reader.lastUpdate?.bm25Loaded).toBe(true);
      expect(reader.lastUpdate?.retokenized).toBe(0);
      const fresh = await new NodeRetrieval({ persist: false }).update(base);
      expect(await bm25Ranks(read)).toEqual(await bm25Ranks(fresh));
    });

    it("are merged with the articles added, removed and renamed since they were saved", async () => {
      const { dataDir } = await saved(base);
      const dropped = [...base.articles.keys()].at(-1) as string;
      const person: Article = { ...extra, id: "growth-person", people: [...extra.people, "协同创新"] };
      const grown = withArticles(base, [person], [dropped]);
      const reader = new NodeRetrieval({ dataDir, persist: false });
      const read = await reader.update(grown);
      expect(reader.lastUpdate?.bm25Loaded).toBe(true);
      expect(reader.lastUpdate?.addedPassages).toBe(2);
      expect(reader.lastUpdate?.retokenized).toBeGreaterThan(0);
      const fresh = await new NodeRetrieval({ persist: false }).update(grown);
      expect(await bm25Ranks(read)).toEqual(await bm25Ranks(fresh));
    });

    it("are not used when a file is cut short, and are saved again by the next update", async () => {
      const { dataDir, folder } = await saved(base);
      truncateSync(join(folder, "bm25.docs"), 8);
      expect(loadBm25(folder)).toBeUndefined();
      const reader = new NodeRetrieval({ dataDir });
      const read = await reader.update(base);
      expect(reader.lastUpdate?.loadedFrom).toBeDefined();
      expect(reader.lastUpdate?.bm25Loaded).toBeUndefined();
      const fresh = await new NodeRetrieval({ persist: false }).update(base);
      expect(await bm25Ranks(read)).toEqual(await bm25Ranks(fresh));
      const [again] = readdirSync(join(dataDir, "index"));
      expect(loadBm25(join(dataDir, "index", again as string))?.size).toBe(read.passages.length);
    });

    it("are not used when they disagree with this start's tokenizer", async () => {
      const { dataDir, folder } = await saved(base);
      // Two terms swapped: the postings still read back whole, but a passage tokenised now no longer matches.
      const meta = JSON.parse(readFileSync(join(folder, "bm25.json"), "utf8")) as { terms: string[] };
      const a = meta.terms.indexOf("网络");
      const b = meta.terms.indexOf("成员");
      expect(a).toBeGreaterThanOrEqual(0);
      expect(b).toBeGreaterThanOrEqual(0);
      [meta.terms[a], meta.terms[b]] = [meta.terms[b] as string, meta.terms[a] as string];
      writeFileSync(join(folder, "bm25.json"), JSON.stringify(meta));
      expect(loadBm25(folder)).toBeDefined();
      const reader = new NodeRetrieval({ dataDir, persist: false });
      const read = await reader.update(base);
      expect(reader.lastUpdate?.bm25Loaded).toBeUndefined();
      const fresh = await new NodeRetrieval({ persist: false }).update(base);
      expect(await bm25Ranks(read)).toEqual(await bm25Ranks(fresh));
    });

    it("round-trip through their files (the same scores; 8-, 16- and 32-bit term frequencies)", () => {
      const dir = mkdtempSync(join(tmpdir(), "bm25-file-"));
      dirs.push(dir);
      const docs = [["网络", "成员", "网络"], ["无锡"], [], ["#网络", ...new Array(300).fill("iot")]];
      const wide = [...docs, new Array(70_000).fill("5g")];
      const indexes = [new Bm25(docs.slice(0, 3)), new Bm25(docs), new Bm25(wide)];
      expect(indexes.map((i) => i.parts().counts.BYTES_PER_ELEMENT)).toEqual([1, 2, 4]);
      for (const index of indexes) {
        saveBm25(index, dir);
        const read = loadBm25(dir);
        expect(read?.parts().counts.BYTES_PER_ELEMENT).toBe(index.parts().counts.BYTES_PER_ELEMENT);
        for (const q of [["网络"], ["iot", "无锡"], ["网络", "#网络", "成员"], ["5g", "iot"]]) {
          expect(read?.search(q, 10)).toEqual(index.search(q, 10));
        }
      }
      expect(existsSync(join(dir, "bm25.json"))).toBe(true);
    });
  });
});
