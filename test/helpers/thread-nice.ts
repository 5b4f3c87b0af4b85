/** The nice value of every thread of this process (Linux: /proc/self/task/<tid>/stat, field 19); [] elsewhere. */
import { readdirSync, readFileSync } from "node:fs";

export function threadNiceValues(): number[] {
  if (process.platform !== "linux") return [];
  const out: number[] = [];
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after "(comm) ": state is field 3, nice is field 19.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.push(Number(fields[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** This thread's nice value. */
export function ownNice(): number {
  const stat = readFileSync("/proc/thread-self/stat", "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}
