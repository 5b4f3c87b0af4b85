/**
 * The deployment files, without docker (it does not run here): docker-compose.yml parsed and checked against
 * what the bot needs (two instances on the compose PostgreSQL, only the proxy published, every variable one the
 * bot's config accepts), deploy/nginx.conf against the compose services, and the Dockerfile's own entry command
 * and HEALTHCHECK run with the image's environment against the local PostgreSQL and the fake Feishu.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseConfig } from "../../src/config.ts";
import { FakeFeishu } from "../fakes/feishu-server.ts";
import { freshSchema, pgUrl, testPgDatabase } from "../helpers/pg.ts";
import { until } from "../helpers/runtime-process.ts";
import { ids, messageEvent, TOKEN } from "./helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
  healthcheck?: unknown;
  init?: boolean;
};
const compose = parse(read("docker-compose.yml"), { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const bots = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

/** deploy/env.example's values, then compose's ${VAR:-default} / ${VAR:?message} substitution. */
function substitute(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, rest?: string) => {
    const v = env[name];
    if (v !== undefined && v !== "") return v;
    if (op === "?") throw new Error(`${name} is required: ${rest}`);
    return op === "-" ? (rest ?? "") : "";
  });
}
const exampleEnv = Object.fromEntries(
  read("deploy/env.example")
    .split("\n")
    .filter((l) => /^\w+=/.test(l))
    .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
);
const filled = { ...exampleEnv, FEISHU_APP_SECRET: "secret-value", FEISHU_VERIFICATION_TOKEN: TOKEN };

describe("docker-compose.yml", () => {
  it("two bot instances from the Dockerfile, PostgreSQL with a volume and a health check, a proxy", () => {
    expect(bots.map(([name]) => name).sort()).toEqual(["bot1", "bot2"]);
    const pg = compose.services.postgres as Service;
    expect(pg.image).toMatch(/^postgres:15/);
    expect(pg.healthcheck).toBeDefined();
    expect(pg.volumes).toContainEqual(expect.stringMatching(/^pgdata:\/var\/lib\/postgresql\/data$/));
    expect(Object.keys(compose.volumes ?? {})).toContain("pgdata");
    expect(compose.services.proxy?.image).toMatch(/^nginx/);
  });

  it("only the proxy is published (80, 443); the bots wait for a healthy PostgreSQL", () => {
    const published = Object.entries(compose.services).filter(([, s]) => (s.ports ?? []).length > 0);
    expect(published.map(([name]) => name)).toEqual(["proxy"]);
    expect(compose.services.proxy?.ports?.sort()).toEqual(["443:443", "80:80"]);
    for (const [, bot] of bots) {
      expect(bot.init).toBe(true);
      expect(bot.depends_on).toMatchObject({ postgres: { condition: "service_healthy" } });
    }
  });

  it("each bot's environment, filled from deploy/env.example, is a valid webhook-mode config on the compose PostgreSQL", () => {
    for (const [, bot] of bots) {
      const env = Object.fromEntries(
        Object.entries(bot.environment ?? {}).map(([k, v]) => [k, substitute(String(v), filled)]),
      );
      const config = parseConfig(env);
      expect(config.mode).toBe("http");
      expect(new URL(config.databaseUrl ?? "").hostname).toBe("postgres");
      expect(config.port).toBe(3000);
    }
    // Without a .env, compose refuses to start instead of running PostgreSQL without a password.
    const databaseUrl = String(bots[0]?.[1].environment?.DATABASE_URL);
    expect(() => substitute(databaseUrl, {})).toThrow(/POSTGRES_PASSWORD is required/);
  });

  it("nginx sends to every bot instance, ends TLS with the mounted certificate, and does not open the bots", () => {
    const nginx = read("deploy/nginx.conf");
    const upstream = /upstream bots \{([^}]*)\}/.exec(nginx)?.[1] ?? "";
    const servers = [...upstream.matchAll(/server (\w+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers.sort()).toEqual(bots.map(([name]) => `${name}:3000`).sort());
    expect(nginx).toMatch(/listen 443 ssl;/);
    expect(nginx).toMatch(/proxy_pass http:\/\/bots;/);
    const certMount = compose.services.proxy?.volumes?.find((v) => v.includes(":/etc/nginx/certs"));
    expect(certMount).toBeDefined();
    expect(nginx).toMatch(/ssl_certificate \/etc\/nginx\/certs\/fullchain\.pem;/);
  });
});

/** The Dockerfile's last stage: ENV, EXPOSE, CMD and HEALTHCHECK CMD (JSON forms). */
function dockerfile() {
  const text = read("Dockerfile").replace(/\\\n\s*/g, " ");
  const stages = text.split(/^FROM /m);
  const last = stages[stages.length - 1] as string;
  const env: Record<string, string> = {};
  for (const m of last.matchAll(/^ENV (.+)$/gm)) {
    for (const pair of (m[1] as string).matchAll(/(\w+)=(\S+)/g)) env[pair[1] as string] = pair[2] as string;
  }
  const json = (re: RegExp) => JSON.parse(re.exec(last)?.[1] ?? "null") as string[];
  return {
    env,
    expose: /^EXPOSE (\d+)/m.exec(last)?.[1],
    workdir: /^WORKDIR (\S+)/m.exec(last)?.[1],
    cmd: json(/^CMD (\[.*\])$/m),
    healthcheck: json(/^HEALTHCHECK .*? CMD (\[.*\])$/m),
  };
}

describe("Dockerfile", () => {
  const image = dockerfile();

  it("exposes the port it listens on and runs the Node entry", () => {
    expect(image.expose).toBe(image.env.PORT);
    expect(image.env.HOST).toBe("0.0.0.0");
    expect(image.cmd).toEqual(["node", "dist/node/node.mjs"]);
    expect(image.healthcheck?.[0]).toBe("node");
  });

  it.skipIf(!pgUrl)(
    "its entry command, with the image's environment, answers Feishu from PostgreSQL; its HEALTHCHECK passes",
    async () => {
      const schema = freshSchema();
      await testPgDatabase(schema).ready; // the schema exists (and is dropped after the file)
      const url = new URL(pgUrl as string);
      url.searchParams.set("options", `-c search_path=${schema}`);
      const fake = await FakeFeishu.start();
      const dataDir = mkdtempSync(join(tmpdir(), "docker-cmd-"));
      dirs.push(dataDir);
      const port = String(20_000 + Math.floor(Math.random() * 20_000));
      const env = {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...image.env,
        PORT: port,
        DATA_DIR: dataDir, // /app/data in the image
        DATABASE_URL: url.toString(),
        FEISHU_APP_ID: fake.appId,
        FEISHU_APP_SECRET: fake.appSecret,
        FEISHU_VERIFICATION_TOKEN: TOKEN,
        FEISHU_DOMAIN: fake.url,
      };
      const [cmd, ...args] = image.cmd;
      expect(cmd).toBe("node");
      const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d: Buffer) => {
        output += d.toString();
      });
      child.stderr.on("data", (d: Buffer) => {
        output += d.toString();
      });
      const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
      try {
        const base = `http://127.0.0.1:${port}`;
        // (4.5 s alone; over 90 s once in a fresh-clone CI while npm test's other files held both cores, the answer
        // threads that load the engine running at nice 10 behind them.)
        await until(
          "healthz 200",
          async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200,
          200_000,
        );
        expect(output).toMatch(/state in PostgreSQL/);
        const [hcCmd, ...hcArgs] = image.healthcheck;
        expect(hcCmd).toBe("node");
        const hc = spawn(process.execPath, hcArgs, { env, stdio: "ignore" });
        expect(await new Promise((r) => hc.on("exit", r))).toBe(0);

        const body = messageEvent("message_p2p_text");
        const res = await fetch(`${base}/feishu/events`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(200);
        await until("reply", () => fake.replies().some((r) => r.target === ids(body).messageId), 30_000);
        child.kill("SIGTERM");
        expect(await exited).toBe(0);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
        await fake.close();
      }
    },
    240_000,
  );
});
