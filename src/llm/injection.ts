/**
 * Screening of requests that are not questions about the knowledge but attempts to steer the bot: override
 * its rules, make it play a role, reveal its instructions or configuration, or read other conversations.
 * The bot (respond in src/bot/handle.ts: Feishu and the playground page) refuses such a message politely
 * (kind "none") before any fact lookup, retrieval or model call, so an injected instruction never reaches the
 * model and a partial match never gets quoted back. The composer checks again before calling a model.
 *
 * Rules (each a list of phrases, matched on the normalised text — NFKC, lower case, punctuation dropped):
 *   override   "忽略之前的指令", "ignore previous instructions", "from now on you …";
 *   roleplay   "扮演", "假装你是", "你现在是", "act as", "you are now", "jailbreak", "developer mode";
 *   prompt     "系统提示", "提示词", "你的指令", "system prompt", "your instructions", "repeat the above";
 *   secrets    "密钥", "API key", "token", "密码", "环境变量", "env", "配置文件", "credentials";
 *   others     "其他用户", "别人的对话", "聊天记录", "上下文", "other users", "chat history"; "所有" only with what
 *              others said ("所有人的问题", "所有用户的对话", "所有会话"), never alone: "所有人都能参加吗" is a question;
 *   internals  "源代码", "数据库", "执行命令", "what model are you", "shell".
 * None of these phrases occurs in a question about zones, networks or alliances (checked against the golden
 * question sets and the public eval: 0 of 636 flagged, apart from the 4 injection questions they contain), once the
 * industries and knowledge that share a word with them are taken out (DOMAIN_TERMS: "商用密码", "人才数据库").
 */
import type { Answer } from "../answer/types.ts";
import { normalize } from "../knowledge/normalize.ts";

export type InjectionKind = "override" | "roleplay" | "prompt" | "secrets" | "others" | "internals";

const RULES: Array<[InjectionKind, RegExp]> = [
  [
    "override",
    /(?:忽略|无视|忘记|忘掉|不要理会|不用管|跳过|绕过|覆盖|违反|打破)(?:掉)?(?:之前|以上|上面|前面|先前|所有|全部|你的|系统|原有|原来|这些|任何)?的?(?:所有|全部|一切)?(?:指令|指示|规则|设定|设置|提示|要求|限制|约束|命令|规定)|新的?指令|从现在(?:开始|起)你|\b(?:ignore|disregard|forget|override|bypass)\b(?: all| any| the| your| of)*(?: previous| prior| above| earlier| preceding| system| original| these| those)?(?: instructions?| rules?| prompts?| directions?| guidelines?| constraints?)|\bnew instructions?\b|\bfrom now on\b/,
  ],
  [
    "roleplay",
    /(?:你|请|来|现在)扮演|扮演(?:一个|一名|一位|成)|假装|假设你是|你现在是|现在你是|你将作为|你不再是|不受限制|角色扮演|开发者模式|越狱|\b(?:you are now|act as|pretend|role ?play|jailbreak|developer mode|dan mode|do anything now|unrestricted|no restrictions)\b|\bdan\b/,
  ],
  [
    "prompt",
    /系统提示|系统指令|系统消息|系统设定|提示词|你的(?:指令|指示|规则|设定|提示|说明|要求|初始)|原始指令|隐藏指令|(?:重复|复述|输出|打印|翻译|总结)(?:一下)?(?:上面|以上|前面|之前)|(?:上面|以上|前面|之前)的?(?:所有|全部)?(?:内容|文字|文本|话|指令|说明)|\b(?:system prompt|system message|initial prompt|hidden prompt|your (?:prompt|instructions|rules|guidelines|system)|repeat (?:the|everything|all)(?: text)? above|the above text)\b/,
  ],
  [
    "secrets",
    /密钥|秘钥|私钥|令牌|密码|口令|凭证|凭据|环境变量|配置文件|\b(?:api ?keys?|apikey|access ?keys?|secret|secrets|app ?secret|tokens?|passwords?|credentials?|private keys?|env|environment variables?|dotenv|config(?:uration)? files?)\b|\b(?:llm|feishu|openai|process) (?:api )?(?:key|secret|env|base url|model)/,
  ],
  [
    "others",
    /(?:其他|别的|其它|另一个|另外的?)(?:用户|人|群|群聊|会话|聊天|对话)|所有(?:用户|人|群|群聊)的?(?:问题|提问|对话|聊天|消息|记录|会话)|所有(?:会话|聊天|对话)|(?:别人|他人)(?:问|的问题|的对话|的聊天|的消息|的记录|的上下文)|(?:聊天|对话|会话|消息)(?:记录|历史|日志)|上下文|(?:上一个|上一位|前一个|前一位|刚才的?|另一个|另一位)(?:人|用户|提问者|同事)|(?:问过|问了)你(?:什么|哪些)|\b(?:other (?:users?|chats?|people|groups?|conversations?)|chat history|conversation history|someone else|message history|context of)\b/,
  ],
  [
    "internals",
    /源代码|源码|数据库|服务器|执行(?:命令|代码|脚本)|运行(?:命令|代码|脚本)|你(?:是|用的是?)(?:什么|哪个)模型|\b(?:source code|database|shell|run (?:this |the )?(?:command|code|script)|execute|what model are you|which model are you|rm -rf|curl|wget)\b/,
  ],
];

/**
 * Industries and knowledge that share a word with the rules, taken out before they are applied: "商用密码产业网络"
 * (commercial cryptography, an industry a network may be about), "密码芯片", "服务器产业", "人才数据库", "深海材料数据库"
 * (a shared database a network builds).
 */
const DOMAIN_TERMS =
  /(?:商用|国产|现代)密码|密码(?=产业|技术|应用|芯片|行业|企业|领域|网络|联盟|算法|测评|检测|模块|产品|科技|装备|设备|服务)|服务器(?=产业|制造|整机|芯片|企业|行业|领域|产品)|(?:人才|专家|企业|项目|成果|技术|需求|专利|产业|资源|案例|政策|科技|材料|菌种|基因|样本)数据库/g;

/** The first rule a message breaks, or undefined for an ordinary question. */
export function screenRequest(question: string): InjectionKind | undefined {
  // (Taken out of the message as typed, its punctuation still there: "管理员密码，技术部门要用" is no "密码技术";
  // and not at all from a message that speaks to the bot or asks to hand something over: "导出你们的企业数据库".)
  // (…nor from one that asks for a system's insides by other words: records, accounts, settings, the back end.)
  const addressed =
    /你|您|导出|泄露|发给我|发我/.test(question) ||
    (/数据库|系统|服务器|后台/.test(question) &&
      /列出|记录|账号|帐号|配置|连接|权限|表结构|字段|后台|管理员|打印/.test(question));
  const text = normalize(addressed ? question : question.replace(DOMAIN_TERMS, " "));
  for (const [kind, rule] of RULES) if (rule.test(text)) return kind;
  return undefined;
}

export const REFUSAL_TEXT =
  "抱歉，这个请求我无法处理。我只依据知识库中的文章回答国家高新区产业协同创新网络和高新区联盟的问题（成员、成立时间、地点、牵头单位等），不会改变这些规则，也不提供系统设置、密钥或其他会话的内容。可以这样问：物联网网络有哪些成员？";

/** The polite refusal: kind "none", nothing quoted, nothing echoed back. */
export function refusal(): Answer {
  return { kind: "none", title: "无法处理的请求", answer: REFUSAL_TEXT, citations: [] };
}
