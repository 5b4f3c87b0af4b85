/** Greetings, thanks and "what can you do": a short friendly reply pointing to /帮助, never a lookup. */
import type { Answer } from "./types.ts";

const GREETING =
  /^(?:你好|您好|嗨|哈喽|哈啰|hello|hi|hey|在吗|在不在|早上好|上午好|中午好|下午好|晚上好|早安|晚安)(?:呀|啊|哇)?$/;
/** An acknowledgement that may open thanks ("好的谢谢", "收到，谢谢", "ok thanks"). */
const ACK = String.raw`(?:(?:好的|好|嗯+|ok|okay|收到|明白了?|了解了?|知道了)\s?)?`;
const THANKS = new RegExp(
  String.raw`^${ACK}(?:谢谢|多谢|感谢|谢啦|谢了|thanks|thank you|thx|辛苦了?)(?:你|您|啦|了)?$`,
);
/** Thanks with a few more words ("多谢，帮大忙了", "好的谢谢，辛苦了"), and no question in them. */
const THANKS_AND_MORE = new RegExp(
  String.raw`^${ACK}(?:谢谢|多谢|感谢|谢啦|thanks|thank you|thx|辛苦)(?!.*(?:吗|呢|什么|哪|谁|多少|几|怎么|如何|是否)).{0,16}$`,
);
/** "你能做什么", "你能帮我干啥", "你能干点啥", "怎么用", and in English "what can you help me with" (a greeting may open it: "hi (there), what can you do"). */
const CAPABILITY =
  /^(?:(?:你好|您好|嗨|hi|hello|hey)(?: there)?\s?)?(?:(?:你|您)?都?(?:能|可以|会)(?:帮我|帮忙)?(?:回答|做|干|查)?(?:点|些)?(?:哪些|什么|啥)(?:问题|事情|事)?(?:呀|啊|呢)?|(?:我)?(?:能|可以)问(?:你|您)?(?:些|点)?(?:哪些|什么|啥)(?:问题)?(?:呀|啊|呢)?|怎么用|如何使用|使用说明|你是谁|你是什么|what can you (?:do|answer|help(?: me)?(?: with)?)(?: for me)?|how (?:do|can) i use (?:you|this(?: bot)?)|who are you|what are you)$/;

const HELP_HINT = "发送 /帮助 查看我能回答的问题和用法。";
const GREETING_REPLY = `你好！我是高新区协同助手，可以回答国家高新区产业协同创新网络和高新区联盟的问题，例如“物联网网络有哪些成员”。${HELP_HINT}`;

/** "你能干啥", "都能回答哪些方面的问题", "你是干嘛的机器人": one way to ask what it can do. */
const CAN_DO =
  "(?:(?:你|您|这个机器人|机器人)?都?(?:能|可以|会)(?:帮(?:我们|我)?|帮忙)?(?:回答|做|干|查)?(?:点|些)?(?:哪些|什么|啥|哪)(?:方面)?的?(?:问题|事情|事|内容)?|(?:你|您)是(?:干嘛|干什么|做什么|啥)的(?:机器人)?|(?:你|您)主要(?:管|做|负责|干)(?:什么|啥)的?|(?:我)?(?:能|可以)问(?:你|您)?(?:些|点)?(?:哪些|什么|啥)(?:问题)?)(?:呀|啊|呢)?";
/** The same asked twice or after a greeting and who is asking ("在吗我是园区管委会的想了解下你能帮我们干点啥"). */
const CAN_DO_ONLY = new RegExp(`^(?:${CAN_DO}\\s?){1,3}$`);
/**
 * A greeting and who is asking, said before a question or alone ("嗨在不在我是园区管委会的", "大家好，这个机器人在吗"): who up to the post
 * ("我是新来的园区工作人员"), and words that only greet ("先跟你打个招呼", "想了解下协同创新网络这块").
 */
const OPENING =
  /^(?:(?:你好|您好|大家好|机器人你好|你好机器人|嗨|哈喽|哈啰|hello|hi|hey|在吗|在不在|(?:这个|那个)?(?:机器人|小助手|助手)(?:在吗|在不在))(?:呀|啊|哇)?(?:机器人|小助手|助手)?[\s~～]?)*(?:我是(?:[\u4e00-\u9fff]{1,14}?(?:工作人员|同事)|[\u4e00-\u9fff]{1,12}?的))?\s?(?:先跟你打个招呼|打个招呼|想了解(?:一)?下(?:协同创新网络|产业协同创新网络|网络|联盟|高新区)(?:这块|这方面)?)?\s?(?:想了解下|想了解一下|想问问|想问一下|请问)?\s?/;

/** `text` is the normalised question (lower case, no punctuation). */
export function smallTalk(text: string): Answer | null {
  // (Emoji and other symbols say nothing: "你好呀👋".)
  const t = text
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  if (GREETING.test(t)) return reply(GREETING_REPLY);
  if (THANKS.test(t) || THANKS_AND_MORE.test(t))
    return reply(`不客气！关于国家高新区协同创新网络和联盟，还有问题随时问我。${HELP_HINT}`);
  const rest = t.replace(OPENING, "");
  // (A greeting with who is asking, and nothing else: a greeting.)
  if (rest === "" && t !== "") return reply(GREETING_REPLY);
  if (CAPABILITY.test(t) || CAN_DO_ONLY.test(rest)) {
    // (Asked in English, answered in English.)
    if (!/[\u4e00-\u9fff]/.test(t))
      return reply(
        `I am the 高新区协同助手 (high-tech zone collaboration assistant): from the articles, I answer questions about the national high-tech zones' industry collaborative innovation networks and alliances — members, when and where they were founded, leads, secretariats, people and figures — and every answer quotes its source. Send /帮助 (help) for examples.`,
      );
    return reply(
      `我是高新区协同助手：根据文章回答产业协同创新网络和高新区联盟的成员、成立时间和地点、牵头单位、秘书处、相关人物和数据，每个回答都附原文引用。${HELP_HINT}`,
    );
  }
  return null;
}

function reply(answer: string): Answer {
  return { kind: "none", answer, citations: [] };
}
