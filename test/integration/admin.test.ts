/**
 * The admin routes over real HTTP: off without ADMIN_TOKEN; authentication rule by rule; bad payloads named by
 * field; adding an article and an event makes them answerable at once (the real engine with retrieval, index
 * rebuilt), survives a restart, and the same event id again queues nothing. `npm run knowledge` writes to the
 * same DATA_DIR from another process and the running bot picks it up.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { tokensEqual } from "../../src/admin/routes.ts";
import {
  ADMIN_TOKEN,
  NEW_ARTICLE,
  NEW_EVENT,
  removeTempDirs,
  type SubscriptionBot,
  startSubscriptionBot,
  tempDataDir,
  until,
} from "./subscriptions-helpers.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
afterAll(removeTempDirs);

let bot: SubscriptionBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe("admin routes: availability and authentication", () => {
  it("do not exist without ADMIN_TOKEN", async () => {
    bot = await startSubscriptionBot({ factsOnly: true });
    const r = await bot.admin("POST", "/admin/events", NEW_EVENT, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(r).toEqual({ status: 404, json: { code: "E_NOT_FOUND" } });
  });

  it("refuse a missing, malformed or wrong token, and a token in the query string even when right", async () => {
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, factsOnly: true });
    const tries: Array<[string, Record<string, string>]> = [
      ["/admin/status", { authorization: "" }],
      ["/admin/status", { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString("base64")}` }],
      ["/admin/status", { authorization: `Bearer ${ADMIN_TOKEN}x` }],
      ["/admin/status", { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` }],
      ["/admin/status", { authorization: "Bearer" }],
      [`/admin/status?token=${ADMIN_TOKEN}`, {}],
      [`/admin/status?token=${ADMIN_TOKEN}`, { authorization: `Bearer ${ADMIN_TOKEN}` }],
      [`/admin/status?access_token=${ADMIN_TOKEN}`, { authorization: `Bearer ${ADMIN_TOKEN}` }],
      [`/admin/status?x=${ADMIN_TOKEN}`, { authorization: `Bearer ${ADMIN_TOKEN}` }],
    ];
    for (const [path, headers] of tries) {
      const r = await bot.admin("GET", path, undefined, headers);
      expect([path, headers, r.status, r.json.code]).toEqual([path, headers, 401, "E_ADMIN_AUTH"]);
    }
    const posted = await bot.admin("POST", "/admin/events", NEW_EVENT, { authorization: "Bearer nope" });
    expect(posted.status).toBe(401);
    expect(await bot.stores.added.revision()).toBe(0);
    const ok = await bot.admin("GET", "/admin/status?verbose=1");
    expect(ok).toMatchObject({ status: 200, json: { knowledgeRevision: 0, subscriptions: 0 } });
    expect(bot.logs.join("\n")).not.toContain(ADMIN_TOKEN);
  });

  it("compare tokens in constant time over digests (any length, no early exit)", async () => {
    expect(await tokensEqual("abc", "abc")).toBe(true);
    expect(await tokensEqual("abc", "abd")).toBe(false);
    expect(await tokensEqual("", "abc")).toBe(false);
    expect(await tokensEqual("abc".repeat(1000), "abc")).toBe(false);
  });
});

describe("admin routes: payloads", () => {
  it("bad input: 400 naming the field, 413 over the limit, 422 for unknown scopes, articles and quotes", async () => {
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, factsOnly: true });
    const post = (path: string, body: unknown) => bot?.admin("POST", path, body) ?? Promise.reject();
    const cases: Array<[string, unknown, number, string, string]> = [
      ["/admin/events", "{not json", 400, "E_ADMIN_BAD_REQUEST", "body"],
      ["/admin/events", "[1,2]", 400, "E_ADMIN_BAD_REQUEST", "body"],
      ["/admin/events", { ...NEW_EVENT, title: undefined }, 400, "E_ADMIN_BAD_REQUEST", "title"],
      ["/admin/events", { ...NEW_EVENT, scopes: "物联网" }, 400, "E_ADMIN_BAD_REQUEST", "scopes"],
      ["/admin/events", { ...NEW_EVENT, scopes: [] }, 400, "E_ADMIN_BAD_REQUEST", "scopes"],
      ["/admin/events", { ...NEW_EVENT, scopes: ["物联网", 7] }, 400, "E_ADMIN_BAD_REQUEST", "scopes[1]"],
      ["/admin/events", { ...NEW_EVENT, date: "2025-02-30" }, 400, "E_ADMIN_BAD_REQUEST", "date"],
      ["/admin/events", { ...NEW_EVENT, id: "Has Spaces" }, 400, "E_ADMIN_BAD_REQUEST", "id"],
      ["/admin/events", { ...NEW_EVENT, extra: 1 }, 400, "E_ADMIN_BAD_REQUEST", "extra"],
      ["/admin/articles", { ...NEW_ARTICLE, body: "   " }, 400, "E_ADMIN_BAD_REQUEST", "body"],
      ["/admin/articles", { ...NEW_ARTICLE, id: "../etc" }, 400, "E_ADMIN_BAD_REQUEST", "id"],
      ["/admin/events", { ...NEW_EVENT, scopes: ["物联网", "火星"] }, 422, "E_UNKNOWN_SCOPE", "scopes[1]"],
      ["/admin/events", { ...NEW_EVENT, scopes: ["苏州"] }, 422, "E_AMBIGUOUS_SCOPE", "scopes[0]"],
      ["/admin/events", { ...NEW_EVENT, scopes: ["全部"] }, 422, "E_UNKNOWN_SCOPE", "scopes[0]"],
      ["/admin/events", { ...NEW_EVENT, articleId: "no-such-article" }, 422, "E_UNKNOWN_ARTICLE", "articleId"],
    ];
    for (const [path, body, status, code, field] of cases) {
      const r = await post(path, body);
      expect([path, body, r.status, r.json.code, r.json.field]).toEqual([path, body, status, code, field]);
      expect(String(r.json.message)).toContain(field === "body" ? "" : field);
    }
    expect((await post("/admin/articles", NEW_ARTICLE)).status).toBe(201);
    const misquoted = await post("/admin/events", { ...NEW_EVENT, quote: "12家成员高新区签署了合作协议" });
    expect(misquoted.json).toMatchObject({ code: "E_QUOTE_NOT_FOUND", field: "quote" });
    expect(misquoted.status).toBe(422);
    const big = await post("/admin/articles", { ...NEW_ARTICLE, id: "big", body: "字".repeat(800_000) });
    expect(big).toMatchObject({ status: 413, json: { code: "E_BODY_TOO_LARGE" } });
    expect(await bot.stores.added.revision()).toBe(1);
  });

  it("articles: the same content again is 200, other content under the id or a folder id is 409", async () => {
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, factsOnly: true });
    expect(await bot.admin("POST", "/admin/articles", NEW_ARTICLE)).toMatchObject({
      status: 201,
      json: { id: NEW_ARTICLE.id },
    });
    expect(await bot.admin("POST", "/admin/articles", NEW_ARTICLE)).toMatchObject({
      status: 200,
      json: { created: false },
    });
    const changed = await bot.admin("POST", "/admin/articles", { ...NEW_ARTICLE, title: "别的标题" });
    expect(changed).toMatchObject({ status: 409, json: { code: "E_ADMIN_CONFLICT", field: "id" } });
    const folder = await bot.admin("POST", "/admin/articles", { ...NEW_ARTICLE, id: "000_59a5e6b344649f1c" });
    expect(folder).toMatchObject({ status: 409, json: { code: "E_ADMIN_CONFLICT" } });
    const folderEvent = await bot.admin("POST", "/admin/events", { ...NEW_EVENT, id: "huaihe-plan-2018" });
    expect(folderEvent).toMatchObject({ status: 409, json: { code: "E_ADMIN_CONFLICT" } });
  });
});

describe("adding an article: warnings", () => {
  // An article that counts a group's members but whose list is not read: every members question on the group would
  // answer "no full list", so the add says so at once (src/admin/unread-lists.ts).
  const counted = (id: string, list: string) => ({
    id,
    title: "海洋装备高新区联盟成立",
    date: "2026-05-08",
    body: `5月8日，海洋装备国家高新区协同发展联盟在青岛高新区成立。沿海6省共9家国家高新区共同发起成立该联盟。${list}`,
  });

  it("a stated count with fewer members read is reported; a list read in full is not", async () => {
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, factsOnly: true });
    const unread = await bot.admin("POST", "/admin/articles", counted("ocean-unread", "联盟秘书处设在青岛高新区。"));
    expect(unread).toMatchObject({
      status: 201,
      json: {
        warnings: [
          {
            code: "W_MEMBERS_UNREAD",
            name: "海洋装备国家高新区协同发展联盟",
            stated: 9,
            read: 0,
            quote: expect.stringContaining("共9家国家高新区"),
          },
        ],
      },
    });
    const listed = await bot.admin(
      "POST",
      "/admin/articles",
      counted(
        "ocean-listed",
        "首批成员为：青岛高新区、烟台高新区、威海火炬高新区、连云港高新区、宁波高新区、舟山高新区、厦门火炬高新区、湛江高新区、海口高新区。",
      ),
    );
    expect(listed).toMatchObject({ status: 201, json: { warnings: [] } });

    // A group's founding with neither a list nor a count read.
    const none = await bot.admin("POST", "/admin/articles", {
      id: "delta-none",
      title: "三角洲联盟成立",
      date: "2026-06-18",
      body: "6月18日，珠江三角洲国家高新区协同发展联盟在东莞松山湖高新区成立。联盟秘书处设在松山湖高新区。",
    });
    expect(none).toMatchObject({
      status: 201,
      json: { warnings: [{ code: "W_MEMBERS_NONE", name: "珠江三角洲国家高新区协同发展联盟", read: 0 }] },
    });
  });
});

describe("adding knowledge at run time", () => {
  it("answers from the new article and event at once, without a restart, and after one", async () => {
    const dataDir = tempDataDir();
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, dataDir });
    const question = "西安对接会上成员高新区签署了什么协议";
    const before = await bot.engine.answer(question);
    expect(before.citations.some((c) => c.articleId === NEW_ARTICLE.id)).toBe(false);
    const hashBefore = bot.engine.knowledge.hash;

    // An answer that started before the reload keeps its snapshot and completes normally.
    const inFlight = bot.engine.answer("物联网网络有哪些成员");
    expect((await bot.admin("POST", "/admin/articles", NEW_ARTICLE)).json).toMatchObject({
      id: NEW_ARTICLE.id,
      reloaded: true,
    });
    expect((await inFlight).kind).toBe("fact");
    expect(bot.engine.knowledge.hash).not.toBe(hashBefore);
    const after = await bot.engine.answer(question);
    expect(after.kind).toBe("passage");
    expect(after.citations.some((c) => c.articleId === NEW_ARTICLE.id && c.quote.includes("数据共享合作协议"))).toBe(
      true,
    );

    const created = await bot.admin("POST", "/admin/events", NEW_EVENT);
    expect(created).toMatchObject({
      status: 201,
      json: { created: true, queued: 0, reloaded: true, event: { id: NEW_EVENT.id, scopes: ["iot", "xian"] } },
    });
    const fact = await bot.engine.answer("物联网网络西安对接会是什么时候召开的");
    expect(fact.kind).toBe("fact");
    expect(fact.answer).toContain("2025年12月2日");
    expect(fact.citations[0]).toMatchObject({ articleId: NEW_ARTICLE.id, quote: NEW_EVENT.quote });

    await bot.close();
    bot = await startSubscriptionBot({ adminToken: ADMIN_TOKEN, dataDir });
    expect((await bot.engine.answer("物联网网络西安对接会是什么时候召开的")).answer).toContain("2025年12月2日");
    expect(await bot.admin("GET", "/admin/status")).toMatchObject({ json: { knowledgeRevision: 2 } });
  });

  it("npm run knowledge writes to DATA_DIR; the running bot picks it up; refusals name the field", async () => {
    const dataDir = tempDataDir();
    bot = await startSubscriptionBot({ dataDir, factsOnly: true, reloadIntervalMs: 100 });
    const articleFile = join(dataDir, `${NEW_ARTICLE.id}.md`);
    writeFileSync(articleFile, NEW_ARTICLE.body);
    const eventFile = join(dataDir, "event.yaml");
    writeFileSync(
      eventFile,
      Object.entries(NEW_EVENT)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join("\n"),
    );
    const badFile = join(dataDir, "bad.json");
    writeFileSync(badFile, JSON.stringify({ ...NEW_EVENT, id: "bad-one", scopes: ["物联网", "火星"] }));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/knowledge.ts", ...args], {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir },
        encoding: "utf8",
      });

    const article = cli("add-article", articleFile, "--title", NEW_ARTICLE.title, "--date", NEW_ARTICLE.date);
    expect(article.status, article.stderr).toBe(0);
    expect(JSON.parse(article.stdout)).toMatchObject({ id: NEW_ARTICLE.id, created: true, conflicts: [], dropped: [] });
    const event = cli("add-event", eventFile);
    expect(event.status, event.stderr).toBe(0);
    expect(event.stderr).toContain(`event ${NEW_EVENT.id} added, 0 notice(s) queued`);
    const bad = cli("add-event", badFile);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("E_UNKNOWN_SCOPE: scopes[1]");
    expect(cli("add-article").status).toBe(2);

    await until("the running bot answers from the CLI's event", async () => {
      const a = await bot?.engine.answer("物联网网络西安对接会是什么时候召开的");
      return a?.answer.includes("2025年12月2日") ? a : undefined;
    });
    expect(bot.logs.some((l) => l.includes("knowledge reloaded") && l.includes("revision changed"))).toBe(true);
  });
});
