/**
 * Subscriptions, pure parts: command parsing, scope resolution through the alias index, the digest schedule and
 * backoff, notice uuids, the app-wide limiter, notice cards, and the replies to /订阅 /退订 /订阅列表 against the real
 * knowledge and the in-memory store.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { cardBytes } from "../../src/feishu/render.ts";
import type { Knowledge } from "../../src/knowledge/load.ts";
import { createMemoryNoticeStores } from "../../src/store/subscriptions-memory.ts";
import {
  createSubscriptionCommands,
  parseSubscriptionCommand,
  SUBSCRIPTION_ERROR_TEXT,
} from "../../src/subscriptions/commands.ts";
import { createRateLimiter } from "../../src/subscriptions/limiter.ts";
import { DIGEST_MAX_EVENTS, renderDigest, renderNotice } from "../../src/subscriptions/notice.ts";
import { backoffMs, digestUuid, nextDigestAt, noticeUuid, shanghaiDate } from "../../src/subscriptions/schedule.ts";
import { resolveScope, resolveScopes } from "../../src/subscriptions/scopes.ts";
import type { NoticeEvent, SubscriptionStore } from "../../src/subscriptions/types.ts";

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge();
});

describe("parseSubscriptionCommand", () => {
  it.each([
    ["/订阅", { kind: "subscribe", scopeText: "", mode: "instant" }],
    ["订阅", { kind: "subscribe", scopeText: "", mode: "instant" }],
    ["/订阅 物联网", { kind: "subscribe", scopeText: "物联网", mode: "instant" }],
    ["订阅 物联网", { kind: "subscribe", scopeText: "物联网", mode: "instant" }],
    ["/订阅物联网", { kind: "subscribe", scopeText: "物联网", mode: "instant" }],
    ["／订阅　西安 每日", { kind: "subscribe", scopeText: "西安", mode: "daily" }],
    ["/订阅 西安每日", { kind: "subscribe", scopeText: "西安", mode: "daily" }],
    ["/订阅 每日", { kind: "subscribe", scopeText: "", mode: "daily" }],
    ["/订阅 物联网 西安 即时", { kind: "subscribe", scopeText: "物联网 西安", mode: "instant" }],
    ["/subscribe IoT daily", { kind: "subscribe", scopeText: "IoT", mode: "daily" }],
    ["/退订", { kind: "unsubscribe", scopeText: "" }],
    ["退订 物联网", { kind: "unsubscribe", scopeText: "物联网" }],
    ["/取消订阅 西安", { kind: "unsubscribe", scopeText: "西安" }],
    ["/订阅列表", { kind: "list" }],
    ["订阅列表", { kind: "list" }],
    ["/我的订阅", { kind: "list" }],
  ])("%s", (input, expected) => {
    expect(parseSubscriptionCommand(input)).toEqual(expected);
  });

  it.each(["订阅物联网的人多吗", "物联网网络有哪些成员", "订阅列表里有什么呢", "如何订阅", "/简报 物联网", ""])(
    "%s is not a subscription command",
    (input) => {
      expect(parseSubscriptionCommand(input)).toBeUndefined();
    },
  );
});

describe("scopes", () => {
  it("names, aliases, English names and ids resolve through the alias index", () => {
    const label = (t: string) => {
      const r = resolveScope(knowledge, t);
      return r.type === "ok" ? `${r.scope.scope}:${r.scope.label}` : r.type;
    };
    expect(label("物联网")).toBe("iot:物联网");
    expect(label("物联网网络")).toBe("iot:物联网");
    expect(label("IoT")).toBe("iot:物联网");
    expect(label("芯片")).toBe("ic:集成电路");
    expect(label("西安")).toBe("xian:西安高新区");
    expect(label("淮河联盟")).toBe("huaihe:淮河生态经济带高新区产业科技创新战略联盟");
    expect(label("全部")).toBe("*:全部");
    expect(label("huaihe")).toBe("huaihe:淮河生态经济带高新区产业科技创新战略联盟");
  });

  it("an ambiguous name is not guessed", () => {
    const r = resolveScope(knowledge, "苏州");
    expect(r.type).toBe("ambiguous");
    if (r.type !== "ambiguous") return;
    expect(r.readings.map((x) => x.label).sort()).toEqual(["苏州工业园区", "苏州高新区"].sort());
  });

  it("an unknown name is unknown, with a suggestion when it contains one", () => {
    expect(resolveScope(knowledge, "火星")).toMatchObject({ type: "unknown", suggestion: undefined });
    const r = resolveScope(knowledge, "物联网的");
    expect(r).toMatchObject({ type: "unknown", suggestion: { scope: "iot" } });
  });

  it("several scopes in one text", () => {
    const r = resolveScopes(knowledge, "物联网、西安 火星");
    expect(r.map((x) => (x.type === "ok" ? x.scope.scope : x.type))).toEqual(["iot", "xian", "unknown"]);
    expect(resolveScopes(knowledge, "internet of things")).toMatchObject([{ type: "ok", scope: { scope: "iot" } }]);
  });
});

describe("schedule", () => {
  const at = (iso: string) => Date.parse(iso);
  it("daily digests at 09:00 Asia/Shanghai (01:00 UTC), strictly after now", () => {
    expect(nextDigestAt(at("2025-11-20T00:30:00Z"))).toBe(at("2025-11-20T01:00:00Z"));
    expect(nextDigestAt(at("2025-11-20T01:00:00Z"))).toBe(at("2025-11-21T01:00:00Z"));
    expect(nextDigestAt(at("2025-11-20T16:30:00Z"))).toBe(at("2025-11-21T01:00:00Z")); // 00:30 on the 21st there
    expect(nextDigestAt(at("2025-12-31T23:59:00Z"))).toBe(at("2026-01-01T01:00:00Z"));
    expect(shanghaiDate(at("2025-11-20T16:30:00Z"))).toBe("2025-11-21");
  });

  it("backoff doubles from 2 s and is capped at 5 min", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffMs(20)).toBe(300_000);
  });

  it("notice uuids are stable per (event, chat), distinct otherwise, and fit Feishu's 50 characters", async () => {
    const a = await noticeUuid("ev-1", "oc_1");
    expect(a).toBe(await noticeUuid("ev-1", "oc_1"));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const others = await Promise.all([
      noticeUuid("ev-1", "oc_2"),
      noticeUuid("ev-2", "oc_1"),
      noticeUuid("ev-1o", "c_1"),
      digestUuid("oc_1", 1, 1),
    ]);
    expect(new Set([a, ...others]).size).toBe(5);
  });
});

describe("app-wide limiter", () => {
  it("keeps every window (3 per second and 5 per 10 s here) with virtual time", async () => {
    let now = 0;
    const grants: number[] = [];
    const limiter = createRateLimiter(
      [
        { limit: 3, windowMs: 1000 },
        { limit: 5, windowMs: 10_000 },
      ],
      {
        clock: { now: () => now },
        sleep: async (ms) => {
          now += ms;
        },
      },
    );
    await Promise.all(Array.from({ length: 7 }, () => limiter.acquire().then(() => grants.push(now))));
    expect(grants).toEqual([0, 0, 0, 1000, 1000, 10_000, 10_000]);
  });
});

const EVENT: NoticeEvent = {
  id: "iot-xian-meeting",
  date: "2025-12-02",
  title: "物联网网络在西安召开对接会 **加粗** <at id=all></at>",
  summary: "物联网产业协同创新网络成员单位在西安高新区召开对接会。\n第二行不显示。",
  quote: "无锡高新区牵头",
  articleId: "000_59a5e6b344649f1c",
  articleTitle: "国家高新区建设产业协同创新网络",
  articleDate: null,
};

describe("notice cards", () => {
  it("an instant notice: title, date, one-line summary, quote with source, why, how to unsubscribe", () => {
    const { card, text } = renderNotice(EVENT, ["物联网", "西安高新区"]);
    const json = JSON.stringify(card);
    expect(card.schema).toBe("2.0");
    expect(json).toContain("2025年12月2日");
    expect(json).toContain("物联网产业协同创新网络成员单位在西安高新区召开对接会。");
    expect(json).not.toContain("第二行不显示");
    expect(json).toContain("无锡高新区牵头");
    expect(json).toContain("《国家高新区建设产业协同创新网络》");
    expect(json).toContain("你订阅了：物联网、西安高新区");
    expect(json).toContain("/退订 物联网");
    // Knowledge text cannot inject mentions or markdown.
    expect(json).not.toContain("<at");
    for (const t of [text]) {
      expect(t).toContain("你订阅了：物联网、西安高新区");
      expect(t).not.toContain("<at");
    }
  });

  it("a subscription to everything says so and how to stop", () => {
    const { text } = renderNotice(EVENT, ["全部"]);
    expect(text).toContain("你订阅了：全部");
    expect(text).toContain("退订：发送 /退订（");
  });

  it("a digest lists its events and stays far below the card limit", () => {
    const items = Array.from({ length: DIGEST_MAX_EVENTS }, (_, i) => ({
      event: { ...EVENT, id: `e${i}`, title: `${"很长的标题".repeat(30)}${i}`, quote: "引".repeat(3000) },
      reasons: ["物联网"],
    }));
    const { card, text } = renderDigest(items, Date.parse("2025-12-03T01:00:00Z"));
    expect(JSON.stringify(card)).toContain("每日订阅摘要 · 2025-12-03");
    expect(text).toContain(`${DIGEST_MAX_EVENTS}. `);
    expect(cardBytes(card)).toBeLessThan(20 * 1024);
  });
});

describe("/订阅 /退订 /订阅列表 replies", () => {
  const setup = () => {
    const stores = createMemoryNoticeStores();
    let now = 1_700_000_000_000;
    const commands = createSubscriptionCommands({
      store: stores.subscriptions,
      knowledge: () => knowledge,
      clock: { now: () => ++now },
    });
    const run = (text: string, chat = "oc_a") => {
      const command = parseSubscriptionCommand(text);
      if (!command) throw new Error(`not a command: ${text}`);
      return commands.run(chat, command);
    };
    return { stores, run };
  };

  it("subscribe, list, change mode, unsubscribe", async () => {
    const { stores, run } = setup();
    expect(await run("/订阅 物联网")).toContain("已订阅：物联网（即时推送）");
    expect(await run("/订阅 物联网")).toContain("已经订阅过：物联网");
    expect(await run("/订阅 西安 每日")).toContain("已订阅：西安高新区（每日 09:00 摘要）");
    expect(await run("/订阅 物联网 每日")).toContain("已订阅：物联网（每日 09:00 摘要）");
    const list = await run("/订阅列表");
    expect(list).toContain("• 物联网 — 每日 09:00 摘要");
    expect(list).toContain("• 西安高新区 — 每日 09:00 摘要");
    expect(await run("/退订 IoT")).toContain("已退订：物联网");
    expect(await run("/退订 物联网")).toContain("这个会话没有订阅：物联网");
    expect(await stores.subscriptions.list("oc_a")).toMatchObject([{ scope: "xian" }]);
    expect(await run("/退订")).toContain("已退订全部（1 项）");
    expect(await run("/订阅列表")).toContain("还没有订阅");
    expect(await run("/退订")).toContain("还没有订阅");
  });

  it("everything, and several scopes at once", async () => {
    const { stores, run } = setup();
    expect(await run("/订阅")).toContain("已订阅：全部动态（即时推送）");
    expect(await run("/订阅 物联网 淮河联盟")).toContain("已订阅：物联网、淮河生态经济带高新区产业科技创新战略联盟");
    expect((await stores.subscriptions.list("oc_a")).map((s) => s.scope)).toEqual(["*", "iot", "huaihe"]);
  });

  it("an ambiguous name gets a clarifying question, nothing is subscribed", async () => {
    const { stores, run } = setup();
    const reply = await run("/订阅 苏州");
    expect(reply).toContain("不止一个意思");
    expect(reply).toContain("/订阅 苏州高新区");
    expect(reply).toContain("/订阅 苏州工业园区");
    expect(await stores.subscriptions.count()).toBe(0);
  });

  it("unsubscribing an ambiguous name works when the chat holds one reading", async () => {
    const { run } = setup();
    await run("/订阅 苏州工业园区");
    expect(await run("/退订 苏州")).toContain("已退订：苏州工业园区");
  });

  it("an unknown scope lists the valid ones; one bad scope changes nothing", async () => {
    const { stores, run } = setup();
    const reply = await run("/订阅 物联网 火星");
    expect(reply).toContain("没有找到“火星”");
    expect(reply).toContain("协同创新网络：人工智能、纳米新材料、集成电路、物联网、光电子、新型显示");
    expect(reply).toContain("高新区联盟：");
    expect(reply).toContain("没有做任何更改");
    expect(await stores.subscriptions.count()).toBe(0);
  });

  it("subscriptions belong to their chat", async () => {
    const { run } = setup();
    await run("/订阅 物联网", "oc_group");
    expect(await run("/订阅列表", "oc_other")).toContain("还没有订阅");
    expect(await run("/订阅列表", "oc_group")).toContain("物联网");
  });

  it("a failing store gets an apology, not a crash", async () => {
    const broken: SubscriptionStore = {
      ...createMemoryNoticeStores().subscriptions,
      add: async () => {
        throw new Error("disk I/O error");
      },
    };
    const commands = createSubscriptionCommands({ store: broken, knowledge: () => knowledge });
    expect(await commands.run("oc_a", { kind: "subscribe", scopeText: "物联网", mode: "instant" })).toBe(
      SUBSCRIPTION_ERROR_TEXT,
    );
  });
});
