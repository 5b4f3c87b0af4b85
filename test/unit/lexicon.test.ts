/**
 * The lexicon (knowledge/lexicon/*.yaml, src/knowledge/lexicon.ts): the folder's files parse and feed the search;
 * a bad file fails with a coded error naming the file and the list; a second file extends a list.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkerData } from "../../scripts/build-worker.ts";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { KnowledgeError } from "../../src/knowledge/errors.ts";
import { alternation, type LexiconSource, lexicon, parseLexicon } from "../../src/knowledge/lexicon.ts";
import { readLexiconFiles } from "../../src/knowledge/lexicon-files.ts";
import { createTokenizer, type Tokenizer } from "../../src/retrieval/tokenize.ts";

const file = (name: string, text: string): LexiconSource => ({ file: `lexicon/${name}`, text });

function failure(sources: LexiconSource[]): KnowledgeError {
  try {
    parseLexicon(sources);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error("parseLexicon accepted the files");
}

describe("the folder's lexicon", () => {
  it("is what the modules load: every file of knowledge/lexicon/ parsed, in name order", () => {
    expect(parseLexicon(readLexiconFiles())).toEqual(lexicon);
    expect(lexicon.thesaurus.成果).toBe("成效 进展 取得");
    expect(lexicon.titles).toContain("县长");
  });

  describe("feeds the search expansion", () => {
    let tokenizer: Tokenizer;
    beforeAll(() => {
      tokenizer = createTokenizer(loadKnowledge());
    });
    it("adds each glossary word's Chinese words to a question that uses it", () => {
      for (const [english, chinese] of Object.entries(lexicon.glossary)) {
        expect(tokenizer.expand(`about ${english}`), english).toContain(chinese);
      }
    });
    it("adds each pinyin name's Chinese name, and counts the pinyin as translated", () => {
      for (const [pinyin, name] of Object.entries(lexicon.pinyinNames)) {
        const a = tokenizer.analyze(`what did ${pinyin} say`);
        expect(a.expanded, pinyin).toContain(name);
        for (const w of pinyin.split(" ")) expect(a.contentWords, pinyin).not.toContain(w);
      }
    });
    it("adds the thesaurus words of a question word, in the file's order", () => {
      expect(tokenizer.expand("有哪些成果和挑战")).toBe("有哪些成果和挑战 成效 进展 取得 压力 问题 竞争");
    });
  });
});

describe("parseLexicon", () => {
  it("appends a list continued in a later file, and merges a mapping", () => {
    const l = parseLexicon([
      file("a.yaml", "stopwords: [的, 了]\nglossary: {robot: 机器人}\ncues: {least: [最少]}"),
      file("b.yaml", "stopwords: [呢]\nglossary: {drone: 无人机}\ncues: {least: [最小]}"),
    ]);
    expect(l.stopwords).toEqual(["的", "了", "呢"]);
    expect(l.glossary).toEqual({ robot: "机器人", drone: "无人机" });
    expect(l.cues.least).toEqual(["最少", "最小"]);
    expect(l.cues.latest).toEqual([]);
  });

  it("rejects a word listed twice in one list (E_KNOWLEDGE_INVALID, file and list named)", () => {
    const e = failure([file("a.yaml", "openCues: [如何, 为什么, 如何]")]);
    expect(e.code).toBe("E_KNOWLEDGE_INVALID");
    expect(e.message).toBe('lexicon/a.yaml: openCues: "如何" is listed twice');
  });

  it("rejects a word another file already lists, naming the first file", () => {
    const e = failure([file("a.yaml", "cues: {least: [最少]}"), file("b.yaml", "cues: {least: [最少]}")]);
    expect(e.code).toBe("E_KNOWLEDGE_INVALID");
    expect(e.message).toBe('lexicon/b.yaml: cues.least: "最少" is listed twice (first in lexicon/a.yaml)');
  });

  it("rejects a glossary word another file already translates", () => {
    const e = failure([file("a.yaml", "glossary: {robot: 机器人}"), file("b.yaml", "glossary: {robot: 机械人}")]);
    expect(e.code).toBe("E_KNOWLEDGE_INVALID");
    expect(e.message).toContain('glossary: "robot" is listed twice');
  });

  it.each([
    ["an empty word", 'details: [电话, ""]', "details.1"],
    ["a word that starts with a space", 'details: [" 电话"]', "details.0"],
    ["an empty list", "details: []", "details"],
    ["an empty glossary target", 'glossary: {robot: ""}', "glossary.robot"],
    ["a glossary target with a double space", 'glossary: {robot: "机器  人"}', "glossary.robot"],
    ["a glossary key that is not one lower-case word", "glossary: {Robot: 机器人}", "glossary.Robot"],
    ["an empty thesaurus expansion", 'thesaurus: {成果: ""}', "thesaurus.成果"],
    ["a pinyin name of one syllable", "pinyinNames: {feng: 冯立}", "pinyinNames.feng"],
    ["a pinyin name whose Chinese is not a name", "pinyinNames: {feng li: Feng}", "pinyinNames.feng li"],
    ["an unknown list", "stopword: [的]", "(file)"],
    ["an unknown cue", "cues: {leastest: [最少]}", "cues"],
    ["a list given as a string", "stopwords: 的 了", "stopwords"],
  ])("rejects %s (E_KNOWLEDGE_SCHEMA, the entry's path named)", (_what, text, path) => {
    const e = failure([file("bad.yaml", text)]);
    expect(e.code).toBe("E_KNOWLEDGE_SCHEMA");
    expect(e.message).toContain(`lexicon/bad.yaml: ${path}:`);
  });

  it("rejects a key given twice in one mapping, and text that is not YAML", () => {
    for (const text of ["glossary:\n  robot: 机器人\n  robot: 机械人\n", "stopwords: [的"]) {
      const e = failure([file("bad.yaml", text)]);
      expect(e.code).toBe("E_KNOWLEDGE_SCHEMA");
      expect(e.message).toMatch(/^lexicon\/bad\.yaml: not valid YAML: /);
    }
  });
});

describe("alternation", () => {
  it("matches the words literally, first listed first", () => {
    const re = alternation(["a.b", "多少", "多"]);
    expect(re.test("axb")).toBe(false);
    expect(re.test("a.b")).toBe(true);
    expect("有多少家".match(re)?.[0]).toBe("多少");
  });
});

describe("the Worker build", () => {
  it("bundles the folder's lexicon files (data/worker/lexicon.txt parses to the same lexicon)", () => {
    const dir = mkdtempSync(join(tmpdir(), "lexicon-worker-"));
    buildWorkerData(dir);
    const bundled = JSON.parse(readFileSync(join(dir, "lexicon.txt"), "utf8")) as LexiconSource[];
    expect(bundled.map((s) => s.file)).toEqual(
      readLexiconFiles().map((s) => `knowledge/lexicon/${s.file.split("/").pop()}`),
    );
    expect(parseLexicon(bundled)).toEqual(lexicon);
  });
});
