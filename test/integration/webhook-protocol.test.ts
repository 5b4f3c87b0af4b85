/**
 * The webhook protocol over real HTTP: url_verification (plain and encrypted), encrypted events, signature and
 * token rules, /healthz, and more than 20 kinds of bad input — each answered 4xx with nothing run or sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotEngine } from "../../src/bot/handle.ts";
import { encryptEvent } from "../../src/feishu/crypto.ts";
import { computeSignature } from "../../src/feishu/verify.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import {
  buildRequest,
  ENCRYPT_KEY,
  fakeEngine,
  fixture,
  messageEvent,
  parsedLogs,
  postJson,
  startBot,
  type TestBot,
  TOKEN,
} from "./helpers.ts";

const LIMIT = 16 * 1024;

describe("url_verification", () => {
  let plain: TestBot;
  let encrypted: TestBot;
  beforeAll(async () => {
    plain = await startBot();
    encrypted = await startBot({ encryptKey: ENCRYPT_KEY });
  });
  afterAll(async () => {
    await plain.close();
    await encrypted.close();
  });

  it("plain: answers the challenge in well under 1 s, without touching Feishu", async () => {
    const started = performance.now();
    const r = await postJson(plain.eventsUrl, fixture("url_verification"), { sign: false });
    const ms = performance.now() - started;
    expect(r).toEqual({ status: 200, json: { challenge: "ajls384kdjx98XX" } });
    expect(ms).toBeLessThan(1000);
    expect(plain.fake.calls).toHaveLength(0);
  });

  it("encrypted: answers the decrypted challenge, signed or not (Feishu does not sign the URL check)", async () => {
    for (const sign of [false, true]) {
      const started = performance.now();
      const r = await postJson(encrypted.eventsUrl, fixture("url_verification"), { encryptKey: ENCRYPT_KEY, sign });
      expect(r).toEqual({ status: 200, json: { challenge: "ajls384kdjx98XX" } });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it("rejects a challenge with the wrong token", async () => {
    const body = { ...fixture("url_verification"), token: "not-the-token" };
    expect((await postJson(plain.eventsUrl, body)).status).toBe(403);
    expect((await postJson(encrypted.eventsUrl, body, { encryptKey: ENCRYPT_KEY })).status).toBe(403);
  });
});

describe("events", () => {
  it("an encrypted, signed event is answered once with a card", async () => {
    const t = await startBot({ encryptKey: ENCRYPT_KEY });
    try {
      const r = await postJson(t.eventsUrl, messageEvent("message_group_mention"), { encryptKey: ENCRYPT_KEY });
      expect(r).toEqual({ status: 200, json: {} });
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(1);
      expect(t.fake.replies()[0]?.msgType).toBe("interactive");
    } finally {
      await t.close();
    }
  });

  it("replays: a signed request older than the dedup window (25 h) is refused (E_REPLAY); Feishu's retries 6 h later pass", async () => {
    const t = await startBot({ encryptKey: ENCRYPT_KEY });
    const HOUR = 3600_000;
    try {
      // The first push, answered.
      const first = buildRequest(messageEvent("message_group_mention"), { encryptKey: ENCRYPT_KEY });
      const send = (r: { body: string; headers: Record<string, string> }) =>
        fetch(t.eventsUrl, { method: "POST", body: r.body, headers: r.headers }).then(async (res) => ({
          status: res.status,
          json: await res.json(),
        }));
      expect(await send(first)).toEqual({ status: 200, json: {} });
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(1);

      // Feishu's own retry of it, 6 h later, as first signed: accepted, and recognised as a duplicate.
      t.time.advance(6 * HOUR);
      expect(await send(first)).toEqual({ status: 200, json: {} });
      // Another event Feishu first signed 6 h ago and retries now: accepted and answered.
      const late = buildRequest(messageEvent("message_p2p_text"), {
        encryptKey: ENCRYPT_KEY,
        timestamp: String(Math.floor(Date.now() / 1000)),
      });
      expect(await send(late)).toEqual({ status: 200, json: {} });
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(2);

      // The same captured requests replayed 25 h after they were signed: the dedup records may be gone.
      t.time.advance(19 * HOUR);
      await t.dedup.prune(24 * HOUR);
      expect(await send(first)).toEqual({ status: 401, json: { code: "E_REPLAY" } });
      expect(await send(late)).toEqual({ status: 401, json: { code: "E_REPLAY" } });
      await t.bot.idle();
      expect(t.fake.replies()).toHaveLength(2);
    } finally {
      await t.close();
    }
  });

  it("a signed request more than 5 minutes in the future is refused; 4 minutes of clock skew pass", async () => {
    const t = await startBot({ encryptKey: ENCRYPT_KEY });
    try {
      const at = (minutes: number) => String(Math.floor((t.time.clock.now() + minutes * 60_000) / 1000));
      const future = await postJson(t.eventsUrl, messageEvent("message_p2p_text"), {
        encryptKey: ENCRYPT_KEY,
        timestamp: at(6),
      });
      expect(future).toEqual({ status: 401, json: { code: "E_REPLAY" } });
      const skewed = await postJson(t.eventsUrl, messageEvent("message_p2p_text"), {
        encryptKey: ENCRYPT_KEY,
        timestamp: at(4),
      });
      expect(skewed).toEqual({ status: 200, json: {} });
      const garbage = await postJson(t.eventsUrl, messageEvent("message_p2p_text"), {
        encryptKey: ENCRYPT_KEY,
        timestamp: "yesterday",
      });
      expect(garbage).toEqual({ status: 401, json: { code: "E_REPLAY" } });
    } finally {
      await t.close();
    }
  });

  it("a v1 event and an unhandled v2 event type are acked and not answered", async () => {
    const t = await startBot();
    try {
      expect((await postJson(t.eventsUrl, fixture("message_v1"))).status).toBe(200);
      expect((await postJson(t.eventsUrl, fixture("event_bot_added"))).status).toBe(200);
      await t.bot.idle();
      expect(t.fake.calls).toHaveLength(0);
    } finally {
      await t.close();
    }
  });
});

describe("/healthz", () => {
  it("is 503 while the engine loads and 200 once it has", async () => {
    let resolve: (engine: BotEngine) => void = () => {};
    const pending = new Promise<BotEngine>((r) => {
      resolve = r;
    });
    const t = await startBot({ engine: pending });
    try {
      const before = await fetch(`${t.url}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ status: "loading" });
      // An event arriving meanwhile is acked at once and answered when the engine is there.
      expect((await postJson(t.eventsUrl, messageEvent("message_p2p_text"))).status).toBe(200);
      resolve(fakeEngine().engine);
      await t.bot.idle();
      const after = await fetch(`${t.url}/healthz`);
      expect(after.status).toBe(200);
      expect(await after.json()).toEqual({ status: "ok" });
      expect(t.fake.replies()).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it("an engine that fails to load: 503, and questions get an apology instead of silence", async () => {
    const t = await startBot({ engine: Promise.reject(new Error("knowledge invalid")) });
    try {
      expect((await fetch(`${t.url}/healthz`)).status).toBe(503);
      await postJson(t.eventsUrl, messageEvent("message_p2p_text"));
      await t.bot.idle();
      const reply = t.fake.replies()[0];
      expect(reply?.msgType).toBe("text");
      expect(JSON.parse(reply?.content ?? "{}").text).toContain("抱歉");
      expect(parsedLogs(t.logs).some((l) => l.code === "E_ENGINE")).toBe(true);
    } finally {
      await t.close();
    }
  });
});

describe("bad input: 4xx, the handler never runs, nothing is sent", () => {
  let plain: TestBot;
  let encrypted: TestBot;
  let engines: Array<ReturnType<typeof fakeEngine>>;
  let fake: FakeFeishu;
  beforeAll(async () => {
    fake = await FakeFeishu.start();
    engines = [fakeEngine(), fakeEngine()];
    plain = await startBot({ fake, engine: engines[0]?.engine, maxBodyBytes: LIMIT });
    encrypted = await startBot({ fake, engine: engines[1]?.engine, maxBodyBytes: LIMIT, encryptKey: ENCRYPT_KEY });
  });
  afterAll(async () => {
    await plain.close();
    await encrypted.close();
    // The point of the whole block: nothing reached Feishu and no engine call happened.
    expect(fake.calls).toHaveLength(0);
    expect(engines.flatMap((e) => e.calls)).toHaveLength(0);
    await fake.close();
  });

  type Case = {
    name: string;
    bot: "plain" | "encrypted";
    status: number;
    code: string;
    send: (url: string) => Promise<Response>;
  };

  const raw =
    (body: BodyInit | null, init: RequestInit = {}) =>
    (url: string) =>
      fetch(url, { method: "POST", body, headers: { "content-type": "application/json" }, ...init });
  const signedRaw =
    (body: string, key = ENCRYPT_KEY) =>
    (url: string) => {
      const ts = String(Math.floor(Date.now() / 1000));
      const nonce = "n0nce";
      return fetch(url, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-lark-request-timestamp": ts,
          "x-lark-request-nonce": nonce,
          "x-lark-signature": computeSignature(ts, nonce, key, Buffer.from(body)),
        },
      });
    };
  const event = () => messageEvent("message_p2p_text");
  const withHeader = (mutate: (header: Record<string, unknown>) => void) => {
    const body = event();
    mutate(body.header as Record<string, unknown>);
    return body;
  };
  const encryptedRequest = (payload: unknown) => buildRequest(JSON.stringify(payload), { encryptKey: ENCRYPT_KEY });

  const cases: Case[] = [
    { name: "GET", bot: "plain", status: 405, code: "E_METHOD", send: (u) => fetch(u) },
    { name: "PUT", bot: "plain", status: 405, code: "E_METHOD", send: (u) => fetch(u, { method: "PUT", body: "{}" }) },
    { name: "DELETE", bot: "plain", status: 405, code: "E_METHOD", send: (u) => fetch(u, { method: "DELETE" }) },
    {
      name: "PATCH",
      bot: "encrypted",
      status: 405,
      code: "E_METHOD",
      send: (u) => fetch(u, { method: "PATCH", body: "{}" }),
    },
    {
      name: "body over the limit (Content-Length)",
      bot: "plain",
      status: 413,
      code: "E_BODY_TOO_LARGE",
      send: raw(JSON.stringify({ ...event(), pad: "x".repeat(LIMIT) })),
    },
    {
      name: "body over the limit, streamed without Content-Length",
      bot: "plain",
      status: 413,
      code: "E_BODY_TOO_LARGE",
      send: (u) => {
        const chunk = new TextEncoder().encode("x".repeat(4096));
        let sent = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ < 8) controller.enqueue(chunk);
            else controller.close();
          },
        });
        return fetch(u, { method: "POST", body: stream, duplex: "half" } as RequestInit);
      },
    },
    { name: "broken JSON", bot: "plain", status: 400, code: "E_BAD_JSON", send: raw('{"schema":"2.0","header":') },
    { name: "empty body", bot: "plain", status: 400, code: "E_BAD_JSON", send: raw("") },
    { name: "JSON array", bot: "plain", status: 400, code: "E_BAD_JSON", send: raw("[]") },
    { name: "JSON string", bot: "plain", status: 400, code: "E_BAD_JSON", send: raw('"hello"') },
    { name: "JSON null", bot: "plain", status: 400, code: "E_BAD_JSON", send: raw("null") },
    {
      name: "invalid UTF-8",
      bot: "plain",
      status: 400,
      code: "E_BAD_ENCODING",
      send: raw(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    },
    {
      name: "wrong verification token (v2 header.token)",
      bot: "plain",
      status: 403,
      code: "E_TOKEN",
      send: raw(JSON.stringify(withHeader((h) => (h.token = "wrong-token-000")))),
    },
    {
      name: "missing verification token",
      bot: "plain",
      status: 403,
      code: "E_TOKEN",
      send: raw(JSON.stringify(withHeader((h) => delete h.token))),
    },
    {
      name: "token of another type (number)",
      bot: "plain",
      status: 403,
      code: "E_TOKEN",
      send: raw(JSON.stringify(withHeader((h) => (h.token = 12345678)))),
    },
    {
      name: "v1 event with the wrong token",
      bot: "plain",
      status: 403,
      code: "E_TOKEN",
      send: raw(JSON.stringify({ ...fixture("message_v1"), token: "wrong" })),
    },
    {
      name: "v2 event without event_id",
      bot: "plain",
      status: 400,
      code: "E_BAD_EVENT",
      send: raw(JSON.stringify(withHeader((h) => delete h.event_id))),
    },
    {
      name: "unknown schema",
      bot: "plain",
      status: 400,
      code: "E_BAD_EVENT",
      send: raw(JSON.stringify({ ...event(), schema: "3.0" })),
    },
    {
      name: "message event without message",
      bot: "plain",
      status: 400,
      code: "E_BAD_EVENT",
      send: raw(JSON.stringify({ ...event(), event: { sender: {} } })),
    },
    {
      name: "url_verification without challenge",
      bot: "plain",
      status: 400,
      code: "E_BAD_EVENT",
      send: raw(JSON.stringify({ type: "url_verification", token: TOKEN })),
    },
    {
      name: "neither event nor challenge",
      bot: "plain",
      status: 400,
      code: "E_BAD_EVENT",
      send: raw(JSON.stringify({ hello: "world", token: TOKEN })),
    },
    {
      name: "encrypted body but no encrypt key configured",
      bot: "plain",
      status: 400,
      code: "E_DECRYPT",
      send: raw(buildRequest(event(), { encryptKey: ENCRYPT_KEY }).body),
    },
    {
      name: "plain event when an encrypt key is configured",
      bot: "encrypted",
      status: 400,
      code: "E_NOT_ENCRYPTED",
      send: raw(JSON.stringify(event())),
    },
    {
      name: "encrypted event without signature headers",
      bot: "encrypted",
      status: 401,
      code: "E_SIGNATURE",
      send: raw(encryptedRequest(event()).body),
    },
    {
      name: "wrong signature",
      bot: "encrypted",
      status: 401,
      code: "E_SIGNATURE",
      send: (u) => {
        const { body, headers } = buildRequest(event(), { encryptKey: ENCRYPT_KEY, sign: "ab".repeat(32) });
        return fetch(u, { method: "POST", body, headers });
      },
    },
    {
      name: "signature made with another key",
      bot: "encrypted",
      status: 401,
      code: "E_SIGNATURE",
      send: (u) => {
        const { body, headers } = buildRequest(event(), { encryptKey: ENCRYPT_KEY, signKey: "another-key-123" });
        return fetch(u, { method: "POST", body, headers });
      },
    },
    {
      name: "signature not hex / wrong length",
      bot: "encrypted",
      status: 401,
      code: "E_SIGNATURE",
      send: (u) => {
        const { body, headers } = buildRequest(event(), { encryptKey: ENCRYPT_KEY, sign: "not-a-signature" });
        return fetch(u, { method: "POST", body, headers });
      },
    },
    {
      name: "signature over re-serialised JSON instead of the raw bytes",
      bot: "encrypted",
      status: 401,
      code: "E_SIGNATURE",
      send: (u) => {
        const compact = JSON.stringify({ encrypt: encryptEvent(JSON.stringify(event()), ENCRYPT_KEY) });
        const spaced = compact.replace(":", ": ");
        const headers = {
          "x-lark-request-timestamp": "1",
          "x-lark-request-nonce": "n",
          "x-lark-signature": computeSignature("1", "n", ENCRYPT_KEY, Buffer.from(compact)),
        };
        return fetch(u, { method: "POST", body: spaced, headers });
      },
    },
    {
      name: "signature without timestamp header",
      bot: "encrypted",
      status: 401,
      code: "E_SIGNATURE",
      send: (u) => {
        const { body, headers } = buildRequest(event(), { encryptKey: ENCRYPT_KEY });
        delete (headers as Record<string, string>)["x-lark-request-timestamp"];
        return fetch(u, { method: "POST", body, headers });
      },
    },
    {
      name: "encrypt is not base64 (signed)",
      bot: "encrypted",
      status: 400,
      code: "E_DECRYPT",
      send: signedRaw(JSON.stringify({ encrypt: "%%% not base64 %%%" })),
    },
    {
      name: "encrypted with another key (signed)",
      bot: "encrypted",
      status: 400,
      code: "E_DECRYPT",
      send: signedRaw(JSON.stringify({ encrypt: encryptEvent(JSON.stringify(event()), "some-other-key") })),
    },
    {
      name: "decrypts to something that is not JSON (signed)",
      bot: "encrypted",
      status: 400,
      code: "E_BAD_JSON",
      send: signedRaw(JSON.stringify({ encrypt: encryptEvent("<xml>not json</xml>", ENCRYPT_KEY) })),
    },
    {
      name: "encrypted and signed, but the wrong token inside",
      bot: "encrypted",
      status: 403,
      code: "E_TOKEN",
      send: (u) => {
        const body = withHeader((h) => (h.token = "wrong-token-000"));
        const req = buildRequest(body, { encryptKey: ENCRYPT_KEY });
        return fetch(u, { method: "POST", body: req.body, headers: req.headers });
      },
    },
  ];

  it("covers at least 20 kinds of bad input", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const t = c.bot === "plain" ? plain : encrypted;
    const res = await c.send(t.eventsUrl);
    expect(res.status).toBe(c.status);
    expect(await res.json()).toEqual({ code: c.code });
    await t.bot.idle();
    expect(parsedLogs(t.logs).some((l) => l.msg === "request rejected" && l.code === c.code)).toBe(true);
  });
});
