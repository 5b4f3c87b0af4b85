/**
 * Benchmark parts run in child processes (TypeScript through tsx), so each has its own event loop and clean
 * memory figures. A child reports with `report(value)` (IPC); the parent gets it from `runChild`, or an error
 * when the child fails, exits without reporting, or runs past its time limit.
 */
import { type ChildProcess, fork } from "node:child_process";

export type ChildOptions = {
  args?: string[];
  /** Extra Node flags (e.g. --expose-gc, --cpu-prof). */
  nodeFlags?: string[];
  timeoutMs?: number;
  env?: Record<string, string>;
  /** Pass the child's stdout through (default: ignored; stderr is always shown). */
  stdout?: "inherit" | "ignore";
};

const TSX = ["--import", "tsx"];

/** Starts a child that talks over IPC; the caller owns it (see `request`). */
export function startChild(script: URL, options: ChildOptions = {}): ChildProcess {
  return fork(script, options.args ?? [], {
    // (A script compiled beforehand, bench/lib/compile.ts, is JavaScript: no tsx loader in the child.)
    execArgv: [...(script.pathname.endsWith(".mjs") ? [] : TSX), ...(options.nodeFlags ?? [])],
    env: { ...process.env, ...options.env },
    stdio: [options.stdout ?? "ignore", options.stdout ?? "ignore", "inherit", "ipc"],
  });
}

/** Runs a child to completion and returns the value it reported. */
export async function runChild<T>(script: URL, options: ChildOptions = {}): Promise<T> {
  const child = startChild(script, options);
  const name = script.pathname.split("/").slice(-2).join("/");
  return new Promise<T>((resolve, reject) => {
    let result: { value: T } | undefined;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill("SIGKILL");
          reject(new Error(`${name} ${options.args?.join(" ") ?? ""}: no result within ${options.timeoutMs} ms`));
        }, options.timeoutMs)
      : undefined;
    child.on("message", (msg: { type?: string; value?: T; error?: string }) => {
      if (msg.type === "result") result = { value: msg.value as T };
      if (msg.type === "error") reject(new Error(`${name}: ${msg.error}`));
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (result && code === 0) resolve(result.value);
      else reject(new Error(`${name} ${options.args?.join(" ") ?? ""} exited with ${code ?? signal}`));
    });
  });
}

/** Sends a message to a long-running child and resolves with its next message of type `${type}:done`. */
export function request<T>(child: ChildProcess, type: string, payload: Record<string, unknown> = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (msg: { type?: string; error?: string } & T) => {
      if (msg.type === `${type}:done`) {
        cleanup();
        resolve(msg);
      } else if (msg.type === "error") {
        cleanup();
        reject(new Error(msg.error));
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child exited with ${code} during ${type}`));
    };
    const cleanup = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.send({ type, ...payload });
  });
}

/** Resolves with the child's first message of `type` (e.g. "ready"). */
export function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (msg: { type?: string; error?: string } & T) => {
      if (msg.type !== type && msg.type !== "error") return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (msg.type === "error") reject(new Error(msg.error));
      else resolve(msg);
    };
    const onExit = (code: number | null) => reject(new Error(`child exited with ${code} before ${type}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Child side: report the result (or the error) to the parent and exit. */
export async function childMain<T>(main: () => Promise<T>): Promise<void> {
  try {
    const value = await main();
    await send({ type: "result", value });
    process.exit(0);
  } catch (error) {
    await send({ type: "error", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
}

/** Child side: send one IPC message and wait until it is written. */
export function send(msg: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error("not started as a benchmark child (no IPC channel)"));
    process.send(msg, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** Child side: answer parent requests (`request(child, type)`) with `handlers[type]`. */
export function serve(handlers: Record<string, (msg: Record<string, unknown>) => Promise<Record<string, unknown>>>) {
  process.on("message", async (msg: { type: string } & Record<string, unknown>) => {
    const handler = handlers[msg.type];
    try {
      if (!handler) throw new Error(`unknown request ${msg.type}`);
      await send({ ...(await handler(msg)), type: `${msg.type}:done` });
    } catch (error) {
      await send({ type: "error", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
