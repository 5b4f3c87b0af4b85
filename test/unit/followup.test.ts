import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/answer/engine.ts";
import { contextAfter, type FollowUpContext, parseContext, resolveFollowUp } from "../../src/answer/followup.ts";
import { contextKeys, conversationKey, createFollowUps } from "../../src/bot/context.ts";
import type { IncomingMessage } from "../../src/feishu/parse.ts";
import { createLogger } from "../../src/log.ts";
import { CONTEXT_TTL_MS, type ContextStore, createMemoryContextStore } from "../../src/store/context.ts";
import { openSqliteContextStore } from "../../src/store/context-sqlite.ts";
import { openPgContextStore } from "../../src/store/pg-context.ts";
import { pgUrl, testPgDatabase } from "../helpers/pg.ts";

const knowledge = loadKnowledge();
const IOT = "国家高新区物联网产业协同创新网络";
const IC = "国家高新区集成电路产业协同创新网络";

/** Runs a conversation: each question is resolved against the context the previous ones left. */
function converse(questions: string[]): string[] {
  let context: FollowUpContext | undefined;
  return questions.map((q) => {
    const r = resolveFollowUp(q, context, knowledge);
    context = contextAfter(r.question, knowledge) ?? context;
    return r.rewritten ? r.question : `=${q}`;
  });
}

describe("resolveFollowUp", () => {
  it("completes attribute questions, pronouns, new names and 还有哪些 from the previous turn", () => {
    expect(
      converse([
        "物联网网络有哪些成员",
        "牵头单位呢？",
        "它什么时候成立的",
        "那集成电路呢",
        "还有哪些",
        "其成员有多少家",
      ]),
    ).toEqual([
      "=物联网网络有哪些成员",
      `${IOT}的牵头单位呢`,
      `${IOT}什么时候成立的`,
      `${IC}什么时候成立的`,
      "有哪些产业协同创新网络",
      `${IC}成员有多少家`,
    ]);
  });

  it("same intent, new entity: members of 集成电路 after members of 物联网 (the brief's example)", () => {
    expect(converse(["物联网网络有哪些成员", "那集成电路呢"])).toEqual(["=物联网网络有哪些成员", `${IC}有哪些成员`]);
  });

  it("zones: a new zone takes the reverse lookup; an ambiguous name stays as written", () => {
    expect(converse(["西安在哪些网络", "那苏州呢", "无锡高新区呢"])).toEqual([
      "=西安在哪些网络",
      "苏州在哪些网络",
      "无锡高新区在哪些网络",
    ]);
  });

  it("alliances ↔ networks carry the attribute across; English pronouns work", () => {
    expect(converse(["淮河联盟秘书处设在哪里", "那京津冀呢", "它有哪些成员", "when was it founded"])).toEqual([
      "=淮河联盟秘书处设在哪里",
      "京津冀国家高新区联盟秘书处设在哪里",
      "京津冀国家高新区联盟有哪些成员",
      "when was 京津冀国家高新区联盟 founded",
    ]);
  });

  it("leaves alone: questions with their own names and intent, global questions, unknown names, 其他/其中", () => {
    const out = converse([
      "物联网网络有哪些成员",
      "光电子网络的牵头单位是谁",
      "有哪些网络",
      "哪个网络最早成立",
      "其他网络呢",
      "这个问题怎么看",
      "各网络是如何分工的",
    ]);
    expect(out.every((q) => q.startsWith("="))).toBe(true);
  });

  it("without context nothing is rewritten", () => {
    expect(resolveFollowUp("牵头单位呢", undefined, knowledge)).toEqual({ rewritten: false, question: "牵头单位呢" });
    expect(resolveFollowUp("它什么时候成立的", undefined, knowledge).rewritten).toBe(false);
  });

  it("a stored context must be well-formed, else it counts as none", () => {
    const good = contextAfter("物联网网络有哪些成员", knowledge);
    expect(parseContext(JSON.stringify(good))).toEqual(good);
    for (const bad of [
      "",
      "{",
      "null",
      '{"v":2}',
      '{"v":1,"question":"x","entities":[{"kind":"x","id":"y"}],"ambiguous":[]}',
    ]) {
      expect(parseContext(bad)).toBeUndefined();
    }
  });
});

const msg = (over: Partial<IncomingMessage> = {}): IncomingMessage => ({
  messageId: "om_1",
  chatId: "oc_1",
  chatType: "p2p",
  messageType: "text",
  senderType: "user",
  senderOpenId: "ou_a",
  mentions: [],
  mentionsAll: false,
  text: "",
  rootId: undefined,
  parentId: undefined,
  threadId: undefined,
  createTime: undefined,
  ...over,
});

describe("conversation keys", () => {
  it("p2p per chat; groups per chat and user; threads apart; no sender in a group → no context", () => {
    expect(conversationKey(msg())).toBe("p2p:oc_1");
    expect(conversationKey(msg({ chatType: "group" }))).toBe("group:oc_1:user:ou_a");
    expect(conversationKey(msg({ chatType: "group", senderOpenId: "ou_b" }))).toBe("group:oc_1:user:ou_b");
    expect(conversationKey(msg({ chatType: "group", threadId: "omt_9" }))).toBe("group:oc_1:user:ou_a:thread:omt_9");
    expect(conversationKey(msg({ rootId: "om_0" }))).toBe("p2p:oc_1:thread:om_0");
    expect(conversationKey(msg({ chatType: "group", senderOpenId: undefined }))).toBeUndefined();
    expect(contextKeys(msg({ chatType: "group", senderOpenId: undefined }))).toEqual([]);
  });

  it("a question outside a thread also seeds the reply chain it starts; ids cannot forge another key", () => {
    expect(contextKeys(msg({ messageId: "om_7" }))).toEqual(["p2p:oc_1", "p2p:oc_1:thread:om_7"]);
    expect(contextKeys(msg({ threadId: "omt_1" }))).toEqual(["p2p:oc_1:thread:omt_1"]);
    expect(conversationKey(msg({ chatId: "oc_1:user:ou_x" }))).toBe("p2p:oc_1%3Auser%3Aou_x");
  });
});

const dir = mkdtempSync(join(tmpdir(), "context-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const stores: Array<[string, (clock: { now(): number }) => ContextStore]> = [
  ["memory", (clock) => createMemoryContextStore(clock)],
  ["sqlite", (clock) => openSqliteContextStore(join(dir, `c${++n}.sqlite`), { clock })],
  ...(pgUrl
    ? [
        ["postgres", (clock) => openPgContextStore(testPgDatabase(), { clock })] as [
          string,
          (clock: { now(): number }) => ContextStore,
        ],
      ]
    : []),
];

describe.each(stores)("%s ContextStore", (_name, make) => {
  it("returns the last value within the TTL, nothing after; prune removes expired rows", async () => {
    let now = 1_000;
    const store = make({ now: () => now });
    expect(await store.get("k", CONTEXT_TTL_MS)).toBeUndefined();
    await store.set("k", "a");
    await store.set("k", "b");
    await store.set("other", "c");
    expect(await store.get("k", CONTEXT_TTL_MS)).toBe("b");
    now += CONTEXT_TTL_MS + 1;
    await store.set("fresh", "d");
    expect(await store.prune(CONTEXT_TTL_MS)).toBe(2); // k and other
    expect(await store.get("k", CONTEXT_TTL_MS)).toBeUndefined();
    expect(await store.get("fresh", CONTEXT_TTL_MS)).toBe("d");
    await store.delete("fresh");
    expect(await store.get("fresh", CONTEXT_TTL_MS)).toBeUndefined();
    await expect(store.set("big", "x".repeat(9000))).rejects.toThrow(/over/);
    await store.close();
  });

  it("writes made in one turn (the SQLite store commits them together) apply in call order and are read back", async () => {
    const store = make({ now: () => 5_000 });
    const writes = [store.set("k", "1"), store.set("j", "x"), store.set("k", "2")];
    expect(await store.get("k", CONTEXT_TTL_MS)).toBe("2");
    await Promise.all(writes);
    const after = [store.set("k", "3"), store.delete("k")];
    await Promise.all(after);
    expect(await store.get("k", CONTEXT_TTL_MS)).toBeUndefined();
    expect(await store.get("j", CONTEXT_TTL_MS)).toBe("x");
    await store.close();
  });
});

describe("SQLite ContextStore", () => {
  it("survives a restart (same file as the dedup data)", async () => {
    const file = join(dir, "state.sqlite");
    const a = openSqliteContextStore(file);
    await a.set("p2p:oc_1", "{}");
    await a.close();
    const b = openSqliteContextStore(file);
    expect(await b.get("p2p:oc_1", CONTEXT_TTL_MS)).toBe("{}");
    void b.set("p2p:oc_2", "{}"); // not awaited: closing keeps it
    await b.close();
    const c = openSqliteContextStore(file);
    expect(await c.get("p2p:oc_2", CONTEXT_TTL_MS)).toBe("{}");
    await c.close();
  });
});

describe("createFollowUps", () => {
  it("a failing store answers the question as asked and logs E_CONTEXT_STORE", async () => {
    const lines: string[] = [];
    const broken: ContextStore = {
      get: async () => {
        throw new Error("disk I/O error");
      },
      set: async () => {
        throw new Error("disk I/O error");
      },
      delete: async () => {},
      prune: async () => 0,
      close: async () => {},
    };
    const followUps = createFollowUps({ store: broken, logger: createLogger({ sink: (l) => lines.push(l) }) });
    const turn = await followUps.resolve(msg(), "牵头单位呢", knowledge);
    expect(turn).toMatchObject({ question: "牵头单位呢", rule: undefined });
    await followUps.remember({ ...turn, question: "物联网网络有哪些成员" }, knowledge);
    expect(lines.filter((l) => l.includes("E_CONTEXT_STORE"))).toHaveLength(2);
  });
});
