/**
 * Scheduling priority for the background threads of one process (the answer threads, the sender thread), so the
 * thread that acks webhooks is served first when the cores are busy.
 *
 * Node has no thread priorities of its own, but on Linux the nice value is a per-thread attribute
 * (setpriority(2), "NOTES": under NPTL, PRIO_PROCESS with who = 0 applies to the calling thread only), and
 * `os.setPriority(n)` called inside a worker thread sets exactly that. Lowering it needs no privilege. With the
 * acking thread at the process's nice value and the background threads N steps lower, the kernel gives the acking
 * thread the larger share of a core both want (nice 10 ≈ 1/10 of the weight of nice 0); threads that are alone
 * on a core still run at full speed, so answering is not slowed while there is spare CPU.
 *
 * Elsewhere (macOS, Windows) the same call would lower the whole process, acking thread included: nothing is done.
 */
import { getPriority, setPriority } from "node:os";

/** Lowers the calling thread's priority by `steps` (nice +steps, at most 19). Returns the new nice value, or
 *  undefined when nothing was changed (not Linux, steps ≤ 0, or refused). */
export function lowerThreadPriority(steps: number, platform: NodeJS.Platform = process.platform): number | undefined {
  if (platform !== "linux" || !(steps > 0)) return undefined;
  try {
    const nice = Math.min(19, getPriority() + Math.round(steps));
    setPriority(nice);
    return nice;
  } catch {
    return undefined;
  }
}

/** Default steps: answer threads (CPU-heavy) and the sender thread (mostly waiting on the network). */
export const ANSWER_THREAD_NICE = 10;
export const SENDER_THREAD_NICE = 5;
