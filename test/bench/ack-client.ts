/**
 * Child-process side of test/bench/ack.ts: plays Feishu — the fake Open API the bot replies to, and the event
 * sender firing bursts of concurrent webhook requests — in its own process, so client work does not skew the
 * server's numbers.
 */
import { FakeFeishu } from "../fakes/feishu-server.ts";

type Burst = { type: "burst"; url: string; requests: Array<{ body: string; headers: Record<string, string> }> };
type Count = { type: "count" };

const send = (msg: unknown) => {
  if (!process.send) throw new Error("run as a child of test/bench/ack.ts");
  process.send(msg);
};
const fake = await FakeFeishu.start();
send({ type: "ready", url: fake.url });

process.on("message", async (msg: Burst | Count | { type: "stop" }) => {
  if (msg.type === "burst") {
    const latencies: number[] = [];
    const statuses: number[] = [];
    await Promise.all(
      msg.requests.map(async (req) => {
        const started = performance.now();
        const res = await fetch(msg.url, { method: "POST", body: req.body, headers: req.headers });
        await res.arrayBuffer();
        latencies.push(performance.now() - started);
        statuses.push(res.status);
      }),
    );
    send({ type: "burst", latencies, statuses });
  } else if (msg.type === "count") {
    await fake.settled();
    send({ type: "count", replies: fake.replies().length, calls: fake.callsTo("reply").length });
  } else {
    await fake.close();
    process.disconnect();
  }
});
