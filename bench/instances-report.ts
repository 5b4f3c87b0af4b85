/** The "instances" part's section of the bench report (bench/instances.ts). */
import type { InstancesResult } from "./instances.ts";

export function instancesMarkdown(r: InstancesResult | undefined): string {
  if (!r) return "";
  if (!r.available) return `\n## Instances (PostgreSQL)\n\nNot run: ${r.reason}\n`;
  const base = r.setups[0];
  const lines = [
    "",
    "## Instances (PostgreSQL)",
    "",
    `The real entry point as separate processes, fake Feishu in the bench process. Ack latency: ${r.config.paced} events at ${r.config.rate}/s round-robin;`,
    `throughput: a burst of ${r.config.burst} events (64 in flight) until every reply is posted. Baseline: SQLite, one instance.`,
    "",
    "| setup | ack p50 ms | ack p95 ms | burst ack p95 ms | answers/s | vs SQLite×1 | lost | duplicated | failed acks |",
    "|---|---|---|---|---|---|---|---|---|",
    ...r.setups.map(
      (s) =>
        `| ${s.name} | ${s.ack.p50} | ${s.ack.p95} | ${s.burstAck.p95} | ${s.answersPerS} | ${base ? (s.answersPerS / base.answersPerS).toFixed(2) : "–"}× | ${s.lost} | ${s.duplicated} | ${s.failedAcks} |`,
    ),
    "",
    `Dedup step alone (firstSeen with its inbox row), ${r.config.dedup} events:`,
    "",
    "| store | one at a time: p50 µs | p95 µs | 64 at once: events/s |",
    "|---|---|---|---|",
    ...r.dedup.map((d) => `| ${d.store} | ${d.sequentialUs.p50} | ${d.sequentialUs.p95} | ${d.concurrentPerS} |`),
    "",
  ];
  return lines.join("\n");
}

/** Errors the part must fail on (never timing). */
export function instancesErrors(r: InstancesResult | undefined): string[] {
  if (!r?.available) return [];
  return r.setups.flatMap((s) => [
    ...(s.lost > 0 ? [`instances: ${s.name}: ${s.lost} messages not answered`] : []),
    ...(s.duplicated > 0 ? [`instances: ${s.name}: ${s.duplicated} replies posted twice`] : []),
    ...(s.failedAcks > 0 ? [`instances: ${s.name}: ${s.failedAcks} acks failed`] : []),
  ]);
}
