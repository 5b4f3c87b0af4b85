/**
 * The playground's screens in Debian's chromium, at 1280 px and 390 px, with what a reader should see on each:
 * an empty page, a member list with its sources open, /简报, a refusal with suggestions, a long passage answer and
 * a follow-up. Screenshots go to test/artifacts/screens/; with UPDATE_SCREENSHOTS=1 they are also written to
 * docs/ (docs/playground-<screen>-<width>.png), which is how the README's pictures are refreshed.
 *
 * The app runs in process (createApp in local mode, the real engine and knowledge). Until the engine suggests
 * questions itself, refusals here carry three of the help's example questions as `suggestions`, so the buttons
 * can be seen and clicked; an answer that already has suggestions is left alone.
 * Skipped without chromium, as test/browser/playground.test.ts explains (REQUIRE_BROWSER=1 fails instead).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";
import { type BotEngine, exampleQuestions } from "../../src/bot/handle.ts";
import { startBot, type TestBot } from "../integration/helpers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const root = fileURLToPath(new URL("../../", import.meta.url));
const ARTIFACTS = join(root, "test/artifacts/screens");
const DOCS = join(root, "docs");
const WIDTHS = [1280, 390] as const;

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

describe.runIf(hasChromium)("playground screens at 1280 px and 390 px", () => {
  let t: TestBot;
  let browser: Browser;
  let dataDir = "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "playground-screens-"));
    const real = await createEngine({ dataDir });
    const suggestions = exampleQuestions(real.knowledge).slice(0, 3);
    const engine: BotEngine = {
      get knowledge() {
        return real.knowledge;
      },
      briefing: (scope) => real.briefing(scope),
      async answer(question) {
        const answer = await real.answer(question);
        return answer.kind === "none" && !answer.suggestions ? { ...answer, suggestions } : answer;
      },
    };
    [t, browser] = await Promise.all([
      startBot({ localMode: true, verificationToken: "", engine }),
      chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 900 },
      isMobile: width < 600,
      hasTouch: width < 600,
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(`${t.url}/`);
    return page;
  }

  async function ask(page: Page, question: string): Promise<Locator> {
    const before = await page.locator("#log .exchange").count();
    await page.fill("#q", question);
    await page.press("#q", "Enter");
    await page.waitForFunction((n) => document.querySelectorAll("#log .exchange").length > n, before);
    return page.locator("#log .exchange").nth(before);
  }

  async function shoot(page: Page, name: string, width: number) {
    const file = `playground-${name}-${width}.png`;
    // The page never scrolls sideways, at either width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // A viewport as tall as the page, so the sticky question bar sits at the bottom instead of over the answer.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.max(height, width < 600 ? 844 : 900) });
    await page.screenshot({ path: join(ARTIFACTS, file) });
    if (process.env.UPDATE_SCREENSHOTS === "1") copyFileSync(join(ARTIFACTS, file), join(DOCS, file));
    await page.context().close();
  }

  it.each(WIDTHS)("empty page (%i px): the examples come from the knowledge", async (width) => {
    const page = await open(width);
    expect(await page.locator("#log .exchange").count()).toBe(0);
    const chips = await page.locator("button.chip").allTextContents();
    expect(chips).toContain("人工智能网络有哪些成员");
    await shoot(page, "empty", width);
  });

  it.each(WIDTHS)("member list with sources open (%i px): each member once, quotes readable", async (width) => {
    const page = await open(width);
    const exchange = await ask(page, "物联网网络有哪些成员");
    expect(await exchange.locator(".card-body > [data-tag=markdown] li strong").allTextContents()).toEqual(IOT_MEMBERS);
    const lead = (await exchange.locator(".card-body > [data-tag=div]").first().textContent()) ?? "";
    expect(lead).toBe("国家高新区物联网产业协同创新网络共有12家成员[1–3]：");
    await exchange.locator("details.panel summary").click();
    const quote = exchange.locator(".panel-body [data-tag=div]").first();
    const style = await quote.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: Number.parseFloat(s.fontSize), color: s.color };
    });
    expect(style.size).toBeGreaterThanOrEqual(15);
    expect(style.color).toBe("rgb(31, 35, 41)"); // the body text colour, not grey
    await shoot(page, "members", width);
  });

  it.each(WIDTHS)("/简报 (%i px): tables, each row with its source numbers", async (width) => {
    const page = await open(width);
    const before = await page.locator("#log .exchange").count();
    await page.click("button.briefing");
    await page.waitForFunction((n) => document.querySelectorAll("#log .exchange").length > n, before);
    const exchange = page.locator("#log .exchange").nth(before);
    const tables = exchange.locator("table");
    expect(await tables.count()).toBe(3);
    expect(await tables.first().locator("thead th").allTextContents()).toEqual([
      "网络",
      "成立",
      "地点",
      "牵头",
      "成员",
      "来源",
    ]);
    const firstRow = await tables.first().locator("tbody tr").first().locator("td").allTextContents();
    expect(firstRow.at(-1)).toMatch(/^\[\d+/);
    await shoot(page, "briefing", width);
  });

  it.each(WIDTHS)("a refusal with suggestions (%i px): buttons that ask, no feedback buttons", async (width) => {
    const page = await open(width);
    const exchange = await ask(page, "量子网络有哪些成员");
    expect(await exchange.locator(".card.tpl-grey").count()).toBe(1);
    const buttons = exchange.locator("button.ask-btn");
    expect(await buttons.count()).toBe(3);
    expect(await exchange.locator("button.fb-btn").count()).toBe(0);
    await shoot(page, "refusal", width);
  });

  it("clicking a suggestion asks it", async () => {
    const page = await open(1280);
    const refusal = await ask(page, "量子网络有哪些成员");
    const suggestion = (await refusal.locator("button.ask-btn").first().textContent()) ?? "";
    await refusal.locator("button.ask-btn").first().click();
    await page.waitForFunction(() => document.querySelectorAll("#log .exchange").length > 1);
    const next = page.locator("#log .exchange").nth(1);
    expect(await next.locator(".user-text").textContent()).toBe(suggestion);
    expect(await next.locator(".card.tpl-blue").count()).toBe(1);
    // Feedback on that answer: pressed, and the page says it keeps nothing.
    await next.locator("button.fb-btn[data-vote=up]").click();
    expect(await next.locator("button.fb-btn[data-vote=up]").getAttribute("aria-pressed")).toBe("true");
    expect(await next.locator(".fb-note").textContent()).toContain("试用页不保存反馈");
    await page.context().close();
  });

  it.each(WIDTHS)("a long passage answer (%i px): each quoted line carries its [n]", async (width) => {
    const page = await open(width);
    const exchange = await ask(page, "下一步如何推进创新型产业集群工作");
    const text = (await exchange.locator(".card-body > [data-tag=div]").first().textContent()) ?? "";
    const lines = text.split("\n").filter((l) => l.trim());
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/\[\d+[^\]]*\]$/);
    await exchange.locator("details.panel summary").click();
    await shoot(page, "passage", width);
  });

  it.each(WIDTHS)("a follow-up (%i px): completed from this tab's conversation", async (width) => {
    const page = await open(width);
    await ask(page, "物联网网络有哪些成员");
    const followUp = await ask(page, "牵头单位呢？");
    const body = (await followUp.locator(".card-body").textContent()) ?? "";
    expect(body).toContain("按上文理解为：国家高新区物联网产业协同创新网络的牵头单位呢");
    expect(body).toContain("无锡高新区");
    // A second tab has its own conversation: the same follow-up is not completed there.
    const other = await open(width);
    const alone = await ask(other, "牵头单位呢？");
    expect(await alone.locator(".card-body").textContent()).not.toContain("按上文理解为");
    await other.context().close();
    await shoot(page, "followup", width);
  });

  it("no script errors or CSP violations on any screen", () => {
    expect(pageErrors).toEqual([]);
  });
});
