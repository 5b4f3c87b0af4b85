/**
 * The fake Feishu Open API (test/fakes/feishu-server.ts) in its own process: the bot under test replies to it.
 * IPC request `count`: waits until no request is in flight, then reports replies posted, reply calls made and
 * messages that got more than one reply.
 */
import { FakeFeishu } from "../../test/fakes/feishu-server.ts";
import { send, serve } from "../lib/child.ts";

const fake = await FakeFeishu.start();

serve({
  count: async () => {
    await fake.settled();
    const replies = fake.replies();
    const perMessage = new Map<string, number>();
    for (const r of replies) perMessage.set(r.target, (perMessage.get(r.target) ?? 0) + 1);
    return {
      replies: replies.length,
      replyCalls: fake.callsTo("reply").length,
      repliedMessages: perMessage.size,
      messagesRepliedTwice: [...perMessage.values()].filter((n) => n > 1).length,
    };
  },
  stop: async () => {
    await fake.close();
    setImmediate(() => process.exit(0));
    return {};
  },
});
await send({ type: "ready", url: fake.url });
