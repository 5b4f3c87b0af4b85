/**
 * Import from Feishu, end to end against the fake Open API (real HTTP, real SQLite store, the real add-article
 * path): a docx link, a wiki link, re-import (no-op), a changed document (a new version, change reported), every
 * error naming what to fix, the wiki space sync with pagination and child levels, and `npm run knowledge --
 * import-feishu` as a child process.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncWikiSpace } from "../../src/admin/feishu-sync.ts";
import { type ImportDeps, importFeishuLink } from "../../src/admin/import-feishu.ts";
import { createFeishuDocs, parseDocLink } from "../../src/feishu/docs.ts";
import { readKnowledgeFiles } from "../../src/knowledge/load.ts";
import { openSqliteNoticeStores } from "../../src/store/subscriptions-sqlite.ts";
import type { NoticeStores } from "../../src/subscriptions/types.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { DOC_ID, DOC_TEXT, DOC_TITLE } from "./maint-helpers.ts";
import { removeTempDirs, tempDataDir } from "./subscriptions-helpers.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
afterAll(removeTempDirs);

let fake: FakeFeishu;
let stores: NoticeStores;
let deps: ImportDeps;
const link = (path: string) => `https://example.feishu.cn/${path}`;

beforeEach(async () => {
  fake = await FakeFeishu.start();
  stores = openSqliteNoticeStores(join(tempDataDir(), "state.sqlite"));
  deps = {
    added: stores.added,
    outbox: stores.outbox,
    baseFiles: () => readKnowledgeFiles(),
    docs: createFeishuDocs({ appId: fake.appId, appSecret: fake.appSecret, domain: fake.url }),
    clock: { now: () => Date.parse("2026-03-20T02:00:00Z") },
  };
  fake.addDocument(DOC_ID, DOC_TITLE, DOC_TEXT);
});

afterEach(async () => {
  await stores.close();
  await fake.close();
});

describe("links", () => {
  it("reads docx and wiki links, tells other document types apart, refuses the rest", () => {
    expect(parseDocLink(link(`docx/${DOC_ID}?from=from_copylink`))).toEqual({ kind: "docx", token: DOC_ID });
    expect(parseDocLink("https://x.larksuite.com/wiki/wikcnAbCdEf123456#part")).toEqual({
      kind: "wiki",
      token: "wikcnAbCdEf123456",
    });
    expect(parseDocLink(link("sheets/shtcnAbCdEf123456"))).toEqual({
      kind: "other",
      type: "sheets",
      token: "shtcnAbCdEf123456",
    });
    expect(parseDocLink("not a link")).toBeUndefined();
    expect(parseDocLink(link("docx/"))).toBeUndefined();
  });
});

describe("import", () => {
  it("imports a docx as a new article through the add-article path; re-importing it changes nothing", async () => {
    const first = await importFeishuLink(deps, link(`docx/${DOC_ID}`));
    expect(first).toMatchObject({
      ok: true,
      status: "created",
      articleId: `feishu-${DOC_ID}`,
      documentId: DOC_ID,
      title: DOC_TITLE,
      version: 1,
      // What the add-article path learned from it, passed on as it reported it.
      learned: { learned: { networks: [expect.objectContaining({ name: "国家高新区生物医药产业协同创新网络" })] } },
    });
    const [article] = await stores.added.articles();
    expect(article).toEqual({
      id: `feishu-${DOC_ID}`,
      title: DOC_TITLE,
      date: "2026-03-20",
      source: link(`docx/${DOC_ID}`),
      body: DOC_TEXT,
    });
    const revision = await stores.added.revision();
    const again = await importFeishuLink(deps, link(`docx/${DOC_ID}`));
    expect(again).toMatchObject({ ok: true, status: "unchanged", articleId: `feishu-${DOC_ID}`, version: 1 });
    expect(await stores.added.revision()).toBe(revision);
  });

  it("a changed document becomes the next version, and the change is reported", async () => {
    await importFeishuLink(deps, link(`docx/${DOC_ID}`));
    fake.editDocument(DOC_ID, {
      content: DOC_TEXT.replace("首批成员包括7家国家高新区", "首批成员包括9家国家高新区"),
    });
    const changed = await importFeishuLink(deps, link(`docx/${DOC_ID}`));
    expect(changed).toMatchObject({
      ok: true,
      status: "updated",
      articleId: `feishu-${DOC_ID}-v2`,
      previousId: `feishu-${DOC_ID}`,
      documentId: DOC_ID,
      title: DOC_TITLE,
      version: 2,
      change: {
        added: ["该网络由苏州工业园区牵头，首批成员包括9家国家高新区。"],
        removed: ["该网络由苏州工业园区牵头，首批成员包括7家国家高新区。"],
      },
    });
    expect((await stores.added.articles()).map((a) => a.id)).toEqual([`feishu-${DOC_ID}`, `feishu-${DOC_ID}-v2`]);
    expect(await importFeishuLink(deps, link(`docx/${DOC_ID}`))).toMatchObject({ status: "unchanged", version: 2 });
  });

  it("resolves a wiki page to its docx (get_node obj_token) and imports that", async () => {
    fake.addWikiNode({ nodeToken: "wikcnBioMed0001", objToken: DOC_ID });
    const result = await importFeishuLink(deps, link("wiki/wikcnBioMed0001"));
    expect(result).toMatchObject({ ok: true, status: "created", articleId: `feishu-${DOC_ID}` });
    expect(fake.callsTo("wikiNode")[0]?.query).toEqual({ token: "wikcnBioMed0001" });
  });
});

describe("import errors name what to fix", () => {
  const importDoc = () => importFeishuLink(deps, link(`docx/${DOC_ID}`));

  it("a wiki page holding a sheet, or a sheets link: only docx", async () => {
    fake.addWikiNode({ nodeToken: "wikcnSheet00001", objToken: "shtcnX1234567890", objType: "sheet", title: "名单" });
    const wiki = await importFeishuLink(deps, link("wiki/wikcnSheet00001"));
    expect(wiki).toMatchObject({ ok: false, code: "E_IMPORT_NOT_DOCX" });
    expect(wiki.ok ? "" : wiki.message).toContain('"sheet"');
    expect(await importFeishuLink(deps, link("sheets/shtcnX1234567890"))).toMatchObject({
      ok: false,
      code: "E_IMPORT_NOT_DOCX",
    });
    expect(await importFeishuLink(deps, "https://example.com/")).toMatchObject({ code: "E_IMPORT_BAD_LINK" });
    expect(await stores.added.articles()).toEqual([]);
  });

  it("a missing permission scope: the scopes to enable are named", async () => {
    fake.scopes = new Set(["wiki:wiki:readonly"]);
    const result = await importDoc();
    expect(result).toMatchObject({
      ok: false,
      code: "E_FEISHU_SCOPE",
      scopes: ["docx:document", "docx:document:readonly"],
    });
    expect(result.ok ? "" : result.message).toContain("docx:document:readonly");
    fake.scopes = new Set(["docx:document:readonly"]);
    fake.addWikiNode({ nodeToken: "wikcnBioMed0001", objToken: DOC_ID });
    const wiki = await importFeishuLink(deps, link("wiki/wikcnBioMed0001"));
    expect(wiki).toMatchObject({
      code: "E_FEISHU_SCOPE",
      scopes: ["wiki:node:read", "wiki:wiki", "wiki:wiki:readonly"],
    });
  });

  it("a document or wiki page not shared with the app", async () => {
    fake.unshared.add(DOC_ID);
    const doc = await importDoc();
    expect(doc).toMatchObject({ ok: false, code: "E_FEISHU_DOC_FORBIDDEN" });
    expect(doc.ok ? "" : doc.message).toContain("Share the document with the app");
    fake.addWikiNode({ nodeToken: "wikcnHidden0001", objToken: "DocHidden0000000000000000001" });
    fake.unshared.add("wikcnHidden0001");
    expect(await importFeishuLink(deps, link("wiki/wikcnHidden0001"))).toMatchObject({
      code: "E_FEISHU_DOC_FORBIDDEN",
    });
  });

  it("not found, rate limited (with when to retry), and an empty document", async () => {
    expect(await importFeishuLink(deps, link("docx/DqUnknown000000000000000000"))).toMatchObject({
      code: "E_FEISHU_DOC_NOT_FOUND",
    });
    fake.fail({
      route: "docxRaw",
      status: 429,
      body: { code: 99991400, msg: "request trigger frequency limit" },
      headers: { "x-ogw-ratelimit-reset": "7" },
    });
    const limited = await importDoc();
    expect(limited).toMatchObject({ ok: false, code: "E_FEISHU_RATE_LIMIT", retryAfterMs: 7000 });
    expect(limited.ok ? "" : limited.message).toContain("try again in 7 s");
    fake.addDocument("DqEmpty00000000000000000001", "空白", "\n\n");
    expect(await importFeishuLink(deps, link("docx/DqEmpty00000000000000000001"))).toMatchObject({
      code: "E_IMPORT_EMPTY",
    });
    expect(await stores.added.articles()).toEqual([]);
  });

  it("a fresh token is fetched once when Feishu says the token is invalid", async () => {
    expect(await importDoc()).toMatchObject({ ok: true });
    fake.revokeTokens();
    fake.editDocument(DOC_ID, { title: "新标题" });
    expect(await importDoc()).toMatchObject({ ok: true, status: "updated", title: "新标题" });
    expect(fake.tokensIssued).toHaveLength(2);
  });
});

describe("wiki space sync", () => {
  it("walks every page and level, imports new and changed docx nodes, skips the rest", async () => {
    const space = "7100000000000000042";
    // 53 top-level nodes (two pages of 50), one with two children; one top-level node is a sheet.
    for (let i = 0; i < 52; i++) {
      const id = `DqSync${String(i).padStart(21, "0")}`;
      fake.addDocument(id, `文档${i}`, `第${i}号文档的正文，记录一件事。\n`);
      fake.addWikiNode({ spaceId: space, nodeToken: `wikcnTop${String(i).padStart(8, "0")}`, objToken: id });
    }
    fake.addWikiNode({ spaceId: space, nodeToken: "wikcnSheet00042", objToken: "shtcn0000042", objType: "sheet" });
    for (const n of [1, 2]) {
      const id = `DqChild${String(n).padStart(20, "0")}`;
      fake.addDocument(id, `子文档${n}`, `子文档${n}的正文。\n`);
      fake.addWikiNode({ spaceId: space, nodeToken: `wikcnChild0000${n}`, objToken: id, parent: "wikcnTop00000003" });
    }
    const memory = new Map<string, string>();
    const first = await syncWikiSpace(deps, space, memory);
    expect(first.stopped).toBeUndefined();
    expect(first.nodes).toBe(55);
    expect(first.skippedNotDocx).toBe(1);
    expect(first.results.filter((r) => r.result.ok && r.result.status === "created")).toHaveLength(54);
    const pages = fake.callsTo("wikiNodes").map((c) => [c.query.parent_node_token ?? "", c.query.page_token ?? ""]);
    expect(pages).toEqual([
      ["", ""],
      ["", "50"],
      ["wikcnTop00000003", ""],
    ]);

    // Nothing changed: nothing is fetched again. One document edited: only it is imported, as version 2.
    const raws = fake.callsTo("docxRaw").length;
    const second = await syncWikiSpace(deps, space, memory);
    expect([second.notChanged, second.results.length, fake.callsTo("docxRaw").length]).toEqual([54, 0, raws]);
    fake.editDocument("DqChild00000000000000000002", { content: "子文档2的正文，已更新。\n" });
    const third = await syncWikiSpace(deps, space, memory);
    expect(third.results.map((r) => [r.nodeToken, r.result.ok && r.result.status])).toEqual([
      ["wikcnChild00002", "updated"],
    ]);
  });

  it("stops at a rate limit and reports it; the next run starts over", async () => {
    const space = "7100000000000000043";
    fake.addWikiNode({ spaceId: space, nodeToken: "wikcnOnly0000001", objToken: DOC_ID });
    fake.fail({ route: "wikiNodes", status: 429, body: { code: 99991400, msg: "limit" } });
    const stopped = await syncWikiSpace(deps, space);
    expect(stopped.stopped?.code).toBe("E_FEISHU_RATE_LIMIT");
    expect((await syncWikiSpace(deps, space)).results).toHaveLength(1);
  });
});

describe("npm run knowledge -- import-feishu", () => {
  it("imports, then reports unchanged; exit 1 with the code when refused; exit 2 without credentials", async () => {
    const dataDir = tempDataDir();
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATA_DIR: dataDir,
      FEISHU_APP_ID: fake.appId,
      FEISHU_APP_SECRET: fake.appSecret,
      FEISHU_DOMAIN: fake.url,
    };
    // Asynchronous: the fake Open API runs in this process and must keep answering.
    const cli = (args: string[], e: Record<string, string> = env) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ["--import", "tsx", "scripts/knowledge.ts", ...args],
          { cwd: root, env: e, encoding: "utf8" },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    const first = await cli(["import-feishu", link(`docx/${DOC_ID}`)]);
    expect([first.status, JSON.parse(first.stdout).status]).toEqual([0, "created"]);
    const again = await cli(["import-feishu", link(`docx/${DOC_ID}`)]);
    expect([again.status, JSON.parse(again.stdout).status]).toEqual([0, "unchanged"]);
    const sheet = await cli(["import-feishu", link("sheets/shtcnX1234567890")]);
    expect([sheet.status, sheet.stderr]).toEqual([1, expect.stringContaining("E_IMPORT_NOT_DOCX")]);
    const { FEISHU_APP_SECRET: _, ...noSecret } = env;
    const bare = await cli(["import-feishu", link(`docx/${DOC_ID}`)], noSecret);
    expect([bare.status, bare.stderr]).toEqual([2, expect.stringContaining("FEISHU_APP_SECRET")]);
  });
});
