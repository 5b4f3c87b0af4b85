/**
 * The playground over real HTTP (no browser): which routes exist when, the form posts, the fragment endpoint,
 * limits, engine failures, and the startup banner when the page is public beside a Feishu bot.
 * The browser behaviour is in test/browser/playground.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";
import { createApp } from "../../src/app.ts";
import { ENGINE_ERROR_TEXT } from "../../src/bot/handle.ts";
import { createLogger } from "../../src/log.ts";
import { CONTENT_SECURITY_POLICY } from "../../src/playground/routes.tsx";
import { createMemoryDedupStore } from "../../src/store/memory.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { spawnRuntime, until } from "../helpers/runtime-process.ts";
import { fakeEngine, listen, startBot } from "./helpers.ts";

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

describe("playground routes", () => {
  it("GET / in local mode: the page with the example questions, a strict CSP, and ?q= answered", async () => {
    const t = await startBot({ localMode: true, verificationToken: "" });
    try {
      const res = await fetch(`${t.url}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      const html = await res.text();
      expect(html.startsWith("<!doctype html>")).toBe(true);
      // The fake engine has no knowledge: the examples name nothing (real examples: test/unit/feishu-cards-real).
      expect(html).toContain('value="有哪些产业协同创新网络"');
      expect(html).toContain('value="/简报"');
      expect(html).toMatch(/<input type="hidden" name="cid" value="[0-9a-f]{32}"\/>/);
      expect(html).not.toContain('class="exchange"');

      const asked = await (await fetch(`${t.url}/?q=${encodeURIComponent("<b>物联网</b>")}`)).text();
      expect(asked).toContain('<div class="bubble user-text">&lt;b&gt;物联网&lt;/b&gt;</div>');
      expect(asked).toContain("物联网产业协同创新网络 · 成员");

      const js = await fetch(`${t.url}/playground/app.js`);
      expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      const css = await fetch(`${t.url}/playground/app.css`);
      expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    } finally {
      await t.close();
    }
  });

  it("form posts go through the bot's rules: a pressed button wins over the text box; /简报 calls briefing()", async () => {
    const { engine, calls } = fakeEngine();
    const t = await startBot({ localMode: true, verificationToken: "", engine });
    try {
      const page = await (await fetch(`${t.url}/`, form({ q: "ignored", ask: "/简报" }))).text();
      expect(page).toContain("简报 · 五个协同创新网络");
      const fragment = await fetch(`${t.url}/playground/reply`, form({ q: "/简报 物联网" }));
      expect(fragment.status).toBe(200);
      expect(await fragment.text()).toMatch(/^<article class="exchange">.*简报 · 物联网/s);
      await fetch(`${t.url}/playground/reply`, form({ q: "西安在哪些网络", ask: "" }));
      const help = await (await fetch(`${t.url}/playground/reply`, form({ q: "/帮助" }))).text();
      expect(help).toContain('<div class="bubble bot-text">');
      expect(help).toContain("消息 JSON（text）");
      expect(calls).toEqual([
        { kind: "briefing", arg: undefined },
        { kind: "briefing", arg: "物联网" },
        { kind: "answer", arg: "西安在哪些网络" },
      ]);
    } finally {
      await t.close();
    }
  });

  it("follow-ups are completed per conversation id (one per browser tab), never across tabs or without an id", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "playground-context-"));
    const t = await startBot({ localMode: true, verificationToken: "", engine: createEngine({ dataDir }) });
    try {
      const ask = async (q: string, cid?: string) =>
        (await fetch(`${t.url}/playground/reply`, form(cid ? { q, cid } : { q }))).text();
      const tabA = "a".repeat(32);
      const tabB = "b".repeat(32);
      expect(await ask("物联网网络有哪些成员", tabA)).toContain("国家高新区物联网产业协同创新网络 · 成员");
      const followUp = await ask("牵头单位呢？", tabA);
      expect(followUp).toContain("按上文理解为：国家高新区物联网产业协同创新网络的牵头单位呢");
      expect(followUp).toContain("无锡高新区");
      // Another tab, no id, or an id that is not one of ours: the question is answered as asked.
      for (const other of [tabB, undefined, "../../etc"]) {
        expect(await ask("牵头单位呢？", other)).not.toContain("按上文理解为");
      }
      // The form post without JavaScript keeps the id it was given, so the page can go on in the same context.
      const page = await (await fetch(`${t.url}/`, form({ q: "它什么时候成立的", cid: tabA }))).text();
      expect(page).toContain("按上文理解为：国家高新区物联网产业协同创新网络什么时候成立的");
      expect(page).toContain(`name="cid" value="${tabA}"`);
    } finally {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("bad requests get a clear answer: no question 400, oversized body 413, /api/ask validation", async () => {
    const t = await startBot({ localMode: true, verificationToken: "", maxBodyBytes: 1024 });
    try {
      const empty = await fetch(`${t.url}/playground/reply`, form({ q: "   " }));
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain("请输入一个问题");
      const notForm = await fetch(`${t.url}/playground/reply`, { method: "POST", body: "{}" });
      expect(notForm.status).toBe(400);
      const big = await fetch(`${t.url}/playground/reply`, form({ q: "问".repeat(2000) }));
      expect(big.status).toBe(413);
      expect(big.headers.get("content-type")).toContain("text/html");
      expect((await fetch(`${t.url}/`, form({ q: "问".repeat(2000) }))).status).toBe(413);
      const api = await fetch(`${t.url}/api/ask`, {
        method: "POST",
        body: JSON.stringify({ question: "x".repeat(2000) }),
      });
      expect(api.status).toBe(413);
      expect(await api.json()).toEqual({ code: "E_BODY_TOO_LARGE" });
      const notJson = await fetch(`${t.url}/api/ask`, { method: "POST", body: "question=x" });
      expect(notJson.status).toBe(400);
      expect(((await notJson.json()) as { code: string }).code).toBe("E_BAD_REQUEST");
    } finally {
      await t.close();
    }
  });

  it("an engine that failed to load: the page answers with the bot's apology and the failure is logged", async () => {
    const broken = Promise.reject(new Error("knowledge is broken"));
    const t = await startBot({ localMode: true, verificationToken: "", engine: broken });
    try {
      const html = await (await fetch(`${t.url}/playground/reply`, form({ q: "物联网网络有哪些成员" }))).text();
      expect(html).toContain(ENGINE_ERROR_TEXT);
      expect(t.logs.join("\n")).toContain('"code":"E_ENGINE"');
      expect((await fetch(`${t.url}/api/ask`, form({}))).status).toBe(400);
      const api = await fetch(`${t.url}/api/ask`, { method: "POST", body: '{"question":"物联网"}' });
      expect(api.status).toBe(503);
    } finally {
      await t.close();
    }
  });

  it("beside a Feishu bot: no page by default; with playground on, the page says it is public", async () => {
    const off = await startBot();
    try {
      expect((await fetch(`${off.url}/`)).status).toBe(404);
      expect((await fetch(`${off.url}/playground/reply`, form({ q: "x" }))).status).toBe(404);
    } finally {
      await off.close();
    }
    const bot = createApp({
      config: { verificationToken: "tok-12345" },
      engine: fakeEngine().engine,
      dedup: createMemoryDedupStore(),
      sender: { botOpenId: async () => undefined, reply: async () => ({ ok: true }) } as never,
      logger: createLogger({ sink: () => {} }),
      playground: true,
    });
    const server = await listen(bot.fetch);
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const html = await (await fetch(`${url}/`)).text();
      expect(html).toContain("此页面对能访问本端口的任何人开放");
      expect((await fetch(`${url}/feishu/events`, { method: "POST", body: "{}" })).status).toBe(400);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("npm start with credentials and PLAYGROUND=1 says the page is public, in the banner and the log", async () => {
    const fake = await FakeFeishu.start();
    const dataDir = mkdtempSync(join(tmpdir(), "playground-run-"));
    const runtime = spawnRuntime({
      DATA_DIR: dataDir,
      FEISHU_APP_ID: fake.appId,
      FEISHU_APP_SECRET: fake.appSecret,
      FEISHU_VERIFICATION_TOKEN: "tok-12345",
      FEISHU_DOMAIN: fake.url,
      PLAYGROUND: "1",
    });
    try {
      const base = await until(
        "banner",
        () => /Playground: (http:\/\/127\.0\.0\.1:\d+)\/ {2}\(PLAYGROUND=1\) — PUBLIC/.exec(runtime.stdout())?.[1],
      );
      // (The log line is written on its own, possibly after the banner: waited for, not read at once.)
      await until("the log line", () =>
        runtime.stdout().includes('"msg":"playground is public beside the Feishu bot (PLAYGROUND=1)"'),
      );
      expect((await fetch(`${base}/`)).status).toBe(200);
    } finally {
      await runtime.stop();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
