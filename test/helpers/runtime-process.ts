/**
 * The Node entry point as `npm start` runs it (src/runtime/node.ts compiled to dist/node/node.mjs, which the tests'
 * global setup builds: test/helpers/build-node.ts) as a child process, for tests that cross the process
 * boundary (startup banner, signals, SIGKILL at a delivery step, the playground in a browser). The child gets a
 * minimal environment — PATH, HOME, PORT=0 on 127.0.0.1 and the given variables — so nothing of the test's own
 * environment (or a developer's secrets) leaks into it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type RuntimeProcess = {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** stdout and stderr interleaved as they arrived. */
  output(): string;
  /** SIGTERM (graceful) or another signal; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

export function spawnRuntime(env: Record<string, string>): RuntimeProcess {
  const child = spawn(process.execPath, ["dist/node/node.mjs"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let both = "";
  child.stdout?.on("data", (d: Buffer) => {
    stdout += d.toString();
    both += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
    both += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    output: () => both,
    stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Waits (bounded) until `probe` returns something other than undefined or false; polls every 25 ms. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
