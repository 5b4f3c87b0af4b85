/**
 * AppDeps.answerElsewhere on Node: a message acked and deduplicated on the main thread is answered whole in an
 * answer thread (src/runtime/answer-thread.ts, task "message": the inbox's start and finish, follow-ups, commands,
 * the turn, the reply through the sender thread, gaps; its log lines reach the pool's logger as they are written),
 * so the thread that acks only hands it over. `/导入` stays here: the importer, its Feishu client and the planner belong to the main thread.
 */
import type { AppDeps } from "../app.ts";
import { decide } from "../bot/handle.ts";
import type { Sender } from "../feishu/send.ts";
import type { AnswerPool } from "./answer-pool.ts";

export function answerInThreads(
  pool: Pick<AnswerPool, "message">,
  sender: Pick<Sender, "botOpenId">,
): NonNullable<AppDeps["answerElsewhere"]> {
  return async (message, ids, resumed) => {
    const botOpenId = await sender.botOpenId();
    if (decide(message, botOpenId).action === "import") return false;
    await pool.message({ message, ids, resumed, botOpenId });
    return true;
  };
}
