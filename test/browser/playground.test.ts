/**
 * The playground in a real browser: Debian's chromium driven by playwright-core, against the real entry point
 * (`npm start` = src/runtime/node.ts in local mode, real engine and knowledge, temp DATA_DIR), on a random port.
 * One browser per file. Screenshots go to test/artifacts/ (gitignored); docs/playground.png is a copy of one.
 *
 * Without /usr/bin/chromium these tests are skipped with a warning naming the apt command, unless
 * REQUIRE_BROWSER=1 (set by .ci/run), where they fail instead: CI never skips them silently.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnRuntime, until } from "../helpers/runtime-process.ts";

/** Debian's chromium; CHROMIUM_PATH points elsewhere (and lets the missing-browser paths be tried). */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const INSTALL_COMMAND = "sudo apt-get install -y chromium";
const hasChromium = existsSync(CHROMIUM);
const browserRequired = process.env.REQUIRE_BROWSER === "1";

const root = fileURLToPath(new URL("../../", import.meta.url));
const ARTIFACTS = join(root, "test/artifacts");

/** The twelve members of the IoT network, in the order the article names them. */
const IOT_MEMBERS = [
  "无锡高新区",
  "苏州工业园区",
  "杭州高新区",
  "西安高新区",
  "广州高新区",
  "青岛高新区",
  "上海紫竹高新区",
  "苏州高新区",
  "郑州高新区",
  "大连高新区",
  "芜湖高新区",
  "鹰潭高新区",
];

if (!hasChromium && !browserRequired) {
  console.warn(
    [
      "",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      `!!  BROWSER TESTS SKIPPED: ${CHROMIUM} not found.`,
      `!!  Install it to run them:  ${INSTALL_COMMAND}`,
      "!!  (CI sets REQUIRE_BROWSER=1, which turns this skip into a failure.)",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "",
    ].join("\n"),
  );
}

if (!hasChromium && browserRequired) {
  describe("browser tests required (REQUIRE_BROWSER=1)", () => {
    it("chromium is installed", () => {
      throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing. Install it with: ${INSTALL_COMMAND}`);
    });
  });
}

/** The entry point as a child process; resolves with the page URL from its banner once /healthz is 200. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const runtime = spawnRuntime({ DATA_DIR: dataDir });
  try {
    const url = await until(
      "the playground URL and /healthz 200",
      async () => {
        if (runtime.child.exitCode !== null) throw new Error("the server exited");
        const found = /Open: +(http:\/\/127\.0\.0\.1:\d+\/) /.exec(runtime.output())?.[1];
        const health = found ? await fetch(`${found}healthz`).catch(() => undefined) : undefined;
        return health?.status === 200 ? found : undefined;
      },
      40_000,
    );
    return { child: runtime.child, url, output: runtime.output };
  } catch (error) {
    await runtime.stop();
    throw new Error(`the server did not come up with a playground URL (${String(error)}):\n${runtime.output()}`);
  }
}

describe.runIf(hasChromium)("playground in chromium", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;
  let dataDir = "";
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "playground-browser-"));
    [server, browser] = await Promise.all([
      startServer(dataDir),
      // launch() gives every run a fresh temporary profile (user-data-dir), removed on close.
      chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      }),
    ]);
    desktop = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await desktop.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (message) => {
      // CSP violations and failed loads are reported as console errors.
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      const exited = new Promise((r) => server.child.once("exit", r));
      server.child.kill("SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Types a question, presses Enter, and returns the new exchange once the reply is there. */
  async function ask(p: Page, question: string): Promise<Locator> {
    const before = await p.locator("#log .exchange").count();
    await p.fill("#q", question);
    await p.press("#q", "Enter");
    return waitForExchange(p, before);
  }

  async function waitForExchange(p: Page, before: number): Promise<Locator> {
    await p.waitForFunction((n) => document.querySelectorAll("#log .exchange").length > n, before);
    return p.locator("#log .exchange").nth(before);
  }

  it("物联网网络有哪些成员: exactly the 12 members, and the sources panel opens on the quotes and article", async () => {
    const exchange = await ask(page, "物联网网络有哪些成员");
    expect(await exchange.locator(".user-text").textContent()).toBe("物联网网络有哪些成员");
    expect(await page.inputValue("#q")).toBe("");
    expect(await exchange.locator(".card-head").textContent()).toBe("国家高新区物联网产业协同创新网络 · 成员");

    const items = await exchange.locator(".card-body > [data-tag=markdown] li strong").allTextContents();
    expect(items).toEqual(IOT_MEMBERS);

    const panel = exchange.locator("details.panel");
    const quote = panel.locator(".panel-body [data-tag=div]").first();
    expect(await panel.getAttribute("open")).toBeNull();
    expect(await quote.isVisible()).toBe(false);
    await panel.locator("summary").click();
    expect(await panel.getAttribute("open")).not.toBeNull();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toMatch(/^\[1\] 「无锡高新区牵头联合苏州工业园区/);
    expect(await panel.locator("summary").textContent()).toMatch(/^来源（\d+）$/);
    // One article: its title once, all its quotes under it.
    expect(await panel.locator(".panel-body strong").allTextContents()).toEqual(["国家高新区建设产业协同创新网络"]);

    await page.screenshot({ path: join(ARTIFACTS, "playground.png"), fullPage: true });
  });

  it("a dated source shows its article title and date", async () => {
    const exchange = await ask(page, "江苏高新区土地面积占全省比重是多少");
    const panel = exchange.locator("details.panel");
    await panel.locator("summary").click();
    const head = await panel.locator(".panel-body [data-tag=markdown]").first().textContent();
    expect(head).toBe("特色鲜明、优势互补、集群发展——江苏区域科技创新高地“联网协奏” · 2022-03-09");
    expect(await panel.locator(".panel-body [data-tag=div]").first().textContent()).toBe(
      "[1] 「高新区以占全省5.3%的土地面积」",
    );
  });

  it("the raw-JSON toggle shows exactly the card the bot sends", async () => {
    const exchange = page.locator("#log .exchange").first();
    const pre = exchange.locator("details.raw pre");
    expect(await pre.isVisible()).toBe(false);
    await exchange.locator("details.raw summary").click();
    expect(await pre.isVisible()).toBe(true);
    const shown = JSON.parse((await pre.textContent()) ?? "");
    const local = (await (
      await fetch(`${server.url}local/ask?q=${encodeURIComponent("物联网网络有哪些成员")}`)
    ).json()) as {
      card: unknown;
    };
    expect(shown).toEqual(local.card);
    expect(shown.schema).toBe("2.0");
  });

  it("the /简报 button answers with the engine's briefing", async () => {
    const before = await page.locator("#log .exchange").count();
    await page.click("button.briefing");
    const exchange = await waitForExchange(page, before);
    expect(await exchange.locator(".user-text").textContent()).toBe("/简报");
    expect(await exchange.locator(".card-head").textContent()).toBe("高新区协同简报");
    // Tables, not the list and the 【】 text twice.
    const networks = await exchange.locator("table").first().locator("tbody th").allTextContents();
    expect(networks).toContain("物联网");
    expect(networks.length).toBeGreaterThanOrEqual(5);
    expect(await exchange.locator(".card-body li").count()).toBe(0);
    expect(await exchange.locator(".card-body").textContent()).not.toContain("【");
  });

  it("an example question button asks it", async () => {
    const before = await page.locator("#log .exchange").count();
    await page.click('button.chip[value="集成电路网络有多少家高新区"]');
    const exchange = await waitForExchange(page, before);
    expect(await exchange.locator(".user-text").textContent()).toBe("集成电路网络有多少家高新区");
    expect(await exchange.locator(".card-body").textContent()).toContain("16");
  });

  it("a question with <script> and an onerror handler is shown as text; nothing runs", async () => {
    const evil = `<script>alert("xss")</script><img src=x onerror="alert('img')"><b>粗</b>`;
    const exchange = await ask(page, evil);
    expect(await exchange.locator(".user-text").textContent()).toBe(evil);
    expect(await exchange.locator(".card").count()).toBe(1);
    expect(await page.locator("#log script, #log img, #log b").count()).toBe(0);
    await page.waitForTimeout(200); // an injected handler would have fired by now
    expect(dialogs).toEqual([]);
  });

  it("no script errors, failed loads or CSP violations on the page", () => {
    expect(pageErrors).toEqual([]);
  });

  it("works without JavaScript: Enter posts the typed question and the page comes back answered", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await context.newPage();
      await p.goto(server.url);
      await p.fill("#q", "江苏高新区土地面积占全省比重是多少");
      await Promise.all([p.waitForURL(server.url), p.press("#q", "Enter")]);
      expect(await p.locator("#log .exchange .user-text").textContent()).toBe("江苏高新区土地面积占全省比重是多少");
      expect(await p.locator("#log .exchange .card-body").textContent()).toContain("5.3%");
      // The first example (made from the knowledge) is a member list.
      const chip = p.locator("button.chip").first();
      const example = (await chip.getAttribute("value")) ?? "";
      expect(example).toMatch(/网络有哪些成员$/);
      await Promise.all([p.waitForURL(server.url), chip.click()]);
      expect(await p.locator("#log .exchange .user-text").textContent()).toBe(example);
      const items = await p.locator("#log .exchange .card-body > [data-tag=markdown] li strong").allTextContents();
      expect(items.length).toBeGreaterThanOrEqual(5);
      // Without JavaScript the conversation goes on too: the page carries its conversation id.
      await p.fill("#q", "牵头单位呢？");
      await Promise.all([p.waitForURL(server.url), p.press("#q", "Enter")]);
      expect(await p.locator("#log .exchange .card-body").textContent()).toContain("按上文理解为");
    } finally {
      await context.close();
    }
  });

  it("fits a phone screen: no sideways scrolling, the question box and buttons on screen", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const p = await phone.newPage();
      await p.goto(`${server.url}?q=${encodeURIComponent("物联网网络有哪些成员")}`);
      await p.locator("details.panel summary").tap();
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const selector of [".card", "#q", "button.send", "button.briefing"]) {
        const box = await p.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box?.x ?? -1, selector).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0), selector).toBeLessThanOrEqual(390);
      }
      // The question box stays on screen (sticky at the bottom) even with a long conversation.
      const input = await p.locator("#q").boundingBox();
      expect((input?.y ?? 0) + (input?.height ?? 0)).toBeLessThanOrEqual(844);
      await p.screenshot({ path: join(ARTIFACTS, "playground-phone.png") });

      const before = await p.locator("#log .exchange").count();
      await p.locator("button.briefing").tap();
      expect(await (await waitForExchange(p, before)).locator(".card-head").textContent()).toBe("高新区协同简报");
    } finally {
      await phone.close();
    }
  });
});
