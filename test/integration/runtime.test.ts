/**
 * The real entry point (`npm start` = tsx src/runtime/node.ts) as a child process: config errors name the
 * variable, local mode says so with its URLs, and webhook mode against the fake Open API answers an encrypted
 * event (real engine, SQLite under a temp DATA_DIR) and shuts down cleanly on SIGTERM.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { spawnRuntime, until } from "../helpers/runtime-process.ts";
import { ENCRYPT_KEY, fixture, messageEvent, postJson, TOKEN } from "./helpers.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The entry point with its own temp DATA_DIR. */
function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), "bot-run-"));
  dirs.push(dataDir);
  const runtime = spawnRuntime({ DATA_DIR: dataDir, ...env });
  return { ...runtime, output: () => ({ stdout: runtime.stdout(), stderr: runtime.stderr() }) };
}

describe("npm start (src/runtime/node.ts)", () => {
  it("a bad value stops it with a message naming the variable", async () => {
    const { exited, output } = start({ PORT: "not-a-port" });
    expect(await exited).toBe(1);
    expect(output().stderr).toContain("PORT");
  });

  it("without credentials: local mode, said clearly with the URLs", async () => {
    const { stop, output } = start({});
    const base = await until(
      "banner",
      () => /Health: {3}(http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(output().stdout)?.[1],
    );
    expect(output().stdout).toContain("LOCAL MODE");
    expect(output().stdout).toContain(`${base}/local/ask?q=`);
    const health = await until("healthz 200", async () =>
      (await fetch(`${base}/healthz`)).status === 200 ? true : undefined,
    );
    expect(health).toBe(true);
    expect(await stop()).toBe(0);
  });

  it("a client that trickles its request body is cut off (HTTP_REQUEST_TIMEOUT_MS), not kept open", async () => {
    const { stop, output } = start({ HTTP_REQUEST_TIMEOUT_MS: "1000", HTTP_HEADERS_TIMEOUT_MS: "500" });
    const base = await until(
      "banner",
      () => /Health: {3}(http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(output().stdout)?.[1],
    );
    const port = Number(new URL(base).port);
    // Headers promise 1,000 bytes; one byte follows every 200 ms (the whole body would take 200 s).
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (d: Buffer) => {
      answer += d.toString();
    });
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.on("error", () => {});
    socket.write(
      "POST /feishu/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
    );
    let sent = 0;
    const drip = setInterval(() => {
      if (socket.writable && sent++ < 1000) socket.write("{");
    }, 200);
    try {
      // Bounded wait: the server must close the connection long before the body could be complete.
      const outcome = await Promise.race([
        closed.then(() => "closed"),
        new Promise((r) => setTimeout(() => r("still open"), 15_000)),
      ]);
      expect(outcome).toBe("closed");
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(sent).toBeLessThan(1000);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
    expect(await stop()).toBe(0);
  });

  it("webhook mode: answers an encrypted event through the fake Open API, then stops on SIGTERM", async () => {
    const fake = await FakeFeishu.start();
    try {
      const { stop, output } = start({
        FEISHU_APP_ID: fake.appId,
        FEISHU_APP_SECRET: fake.appSecret,
        FEISHU_VERIFICATION_TOKEN: TOKEN,
        FEISHU_ENCRYPT_KEY: ENCRYPT_KEY,
        FEISHU_DOMAIN: fake.url,
      });
      const base = await until(
        "banner",
        () => /POST (http:\/\/127\.0\.0\.1:\d+)\/feishu\/events/.exec(output().stdout)?.[1],
      );
      const challenge = await postJson(`${base}/feishu/events`, fixture("url_verification"), {
        encryptKey: ENCRYPT_KEY,
        sign: false,
      });
      expect(challenge).toEqual({ status: 200, json: { challenge: "ajls384kdjx98XX" } });
      const ack = await postJson(`${base}/feishu/events`, messageEvent("message_p2p_text"), {
        encryptKey: ENCRYPT_KEY,
      });
      expect(ack.status).toBe(200);
      const reply = await until("reply", () => fake.replies()[0]);
      expect(reply.msgType).toBe("interactive");
      expect(reply.content).toContain("鹰潭");
      expect(await stop()).toBe(0);
      const { stdout, stderr } = output();
      for (const secret of [fake.appSecret, ENCRYPT_KEY, TOKEN, ...fake.tokensIssued]) {
        expect(stdout + stderr).not.toContain(secret);
      }
    } finally {
      await fake.close();
    }
  });
});
