import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKnowledge, DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { normalize } from "../../src/knowledge/normalize.ts";
import { validateKnowledge } from "../../src/knowledge/validate.ts";

function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-"));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

describe("knowledge validator", () => {
  it("accepts the shipped knowledge", () => {
    expect(validateKnowledge(readKnowledgeFiles())).toEqual([]);
  });

  it("rejects a tampered quote, naming file, entry and field", () => {
    const dir = copyKnowledge();
    const file = join(dir, "facts", "networks.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("鹰潭等11家优势高新区", "鹰潭等12家优势高新区"));
    const issues = validateKnowledge(readKnowledgeFiles(dir));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file, entry: "iot", field: "members.evidence[0].quote" });
  });

  it("rejects a stated count that differs from a complete list", () => {
    const dir = copyKnowledge();
    const file = join(dir, "facts", "networks.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("statedCount: 16", "statedCount: 15"));
    const issues = validateKnowledge(readKnowledgeFiles(dir));
    expect(issues.map((i) => `${i.entry}:${i.field}`)).toEqual(["ic:members.statedCount"]);
  });

  it("rejects an unknown zone reference and an alias naming two entities", () => {
    const dir = copyKnowledge();
    const file = join(dir, "facts", "networks.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("venue: wuxi", "venue: atlantis")
        .replace("aliases: [新型显示网络,", "aliases: [无锡, 新型显示网络,"),
    );
    const messages = validateKnowledge(readKnowledgeFiles(dir)).map((i) => i.message);
    expect(messages.some((m) => m.includes('unknown zone "atlantis"'))).toBe(true);
    expect(messages.some((m) => m.includes('"无锡" names both'))).toBe(true);
  });

  it("reports a schema error with file, entry and field", () => {
    const dir = copyKnowledge();
    const file = join(dir, "facts", "alliances.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('date: "2023-11-29"', "date: 29 Nov"));
    expect(() => readKnowledgeFiles(dir)).toThrow(/alliances\.yaml: entry 0 \(id: jingjinji\), field founded\.date/);
  });

  it("keeps 苏州高新区 and 苏州工业园区 apart, and 苏州 ambiguous", () => {
    const k = buildKnowledge(readKnowledgeFiles());
    const targets = (name: string) => k.aliases.filter((a) => a.alias === normalize(name)).map((a) => a.target);
    expect(targets("苏州工业园区")).toEqual([{ type: "entity", ref: { kind: "zone", id: "suzhou-sip" } }]);
    expect(targets("苏州高新区")).toEqual([{ type: "entity", ref: { kind: "zone", id: "suzhou-snd" } }]);
    expect(targets("苏州")[0]?.type).toBe("ambiguous");
  });
});

describe("normalize", () => {
  it("folds full-width forms, case, spaces and punctuation", () => {
    expect(normalize("  ＡＩ 网络　有哪些成员？？")).toBe("ai网络有哪些成员");
    expect(normalize("Which zones are in the IoT network?")).toBe("which zones are in the iot network");
    expect(normalize("843.7亿元，增长12.7%")).toBe("843.7亿元增长12.7%");
  });
});
