/** The question's words the fact engine reads: cue patterns (word lists stay in knowledge/lexicon) and bigrams. */
import { PROVINCES } from "../../knowledge/extract/names.ts";
import { alternation, escaped, lexicon } from "../../knowledge/lexicon.ts";
import type { Parsed } from "../parse.ts";

/** "介绍一下X", "讲讲X的情况": a brief of what the question names. */
export const BRIEF = alternation(lexicon.factCues.brief);

/** Someone spoke, in every written form (讲话, 发了言, 发声 …: knowledge/lexicon/questions.yaml), as an alternation. */
export const SPEECH = alternation(lexicon.speechActs).source;

/** Asks how a seat rotates or how long a term runs ("怎么轮换", "一届多长时间", "任期多久"). */
/** Members asked by what they do: "搞芯片制造的是哪些高新区", "主攻封装测试的有哪几家" (a passage may say); not the
 *  group itself so asked ("一起搞人工智能网络的是哪些高新区", "做物联网网络成员的有哪些"). */
// ("哪些高新区主要布局芯片设计": asked the other way round.)
export const MEMBERS_DOING =
  /(?:搞|做|干|布局|深耕|主攻|专注|专攻|侧重|聚焦)(?![^的，,。？?]{0,12}?(?:网络|联盟|成员))[\u4e00-\u9fff]{2,10}?的(?:是|有)?(?:哪些|哪几|哪个|谁)|(?:哪些|哪几家|哪几个)(?:高新区|园区)(?:主要|重点)?(?:布局|深耕|主攻|专注|专攻|侧重|聚焦)(?:在)?(?!网络|联盟)[\u4e00-\u9fff]{2,10}/;
export const ASKS_ROTATION = /怎么轮|如何轮|轮值规则|轮换|任期|多长时间|多久|几年|(?<![下第上])一届/;

/** The place of a zone asked for: its city or province, or just where it is ("在陕西哪个市"). */
export const PLACE_ASKED = /哪个?(?:省|市|城市)|哪座城|什么(?:省|市|地方)|在哪(?:里|儿)?(?![些个一家年天几])|位于哪/;

/** Words that carry no content in "介绍一下物联网网络" style questions (knowledge/lexicon/cues.yaml), and spaces. */
export const FILLER = new RegExp(
  `${lexicon.factCues.briefFiller.map((w) => (/^[a-z ]+$/.test(w) ? `\\b${w}\\b` : escaped(w))).join("|")}|\\s`,
  "g",
);

/** "…分别是哪些" / "which zones belong to …": a member list even without the word 成员. */
export const ASKS_MEMBERS =
  /(?:是|有|包括|包含)哪些(?:高新区|园区|成员|单位)?$|哪些高新区|哪几家|哪[0-9一二两三四五六七八九十]+家|哪些园区|which (?:high tech )?zones|which parks|who (?:is|are) in|belong to/;

/** Asks why: "为什么", "为啥", "什么原因", "why". */
/** Asks what comes next ("接下来", "下一步", "今后"); with 打算, 计划 or 准备, what is planned. */
/** A question about the members as they were at the founding: "启动时…来自几个省", "刚成立的时候江苏有哪些". */
/** The first members, not the current ones: "最初", "一开始", "成立时", "启动时", "首批", "创始", "发起单位". */
// (Not a span from then to now: "从成立时到现在涨到多少了".)
export const AT_FOUNDING =
  /(?:启动时|成立时|发起时|首批|当初|最初|起初|一开始|刚开始|开始时|成立之初|刚成立|刚启动|启动的时候|成立的时候|启动那|成立那会|成立那天|成立当天|成立大会上|创始|发起单位|发起成员|初始|\bwhen (?:it |they )?(?:was |were )?(?:launched|founded|established|set up)\b|\bat (?:its |the )?(?:launch|founding)\b|\binitially\b)(?![^，,。？?]{0,4}?(?:到现在|到目前|到如今|至今))/i;

/** The list alone asked for, without how it changed ("只要现有名单，不用讲历史变化", "直接列名单就行"). */
/** "列出来就行", "列个名单就好": only the list. */
export const JUST_LIST = /(?:直接)?列(?:出来|一下|个名单|名单)就(?:行|好|可以)/;
/** "…？列一下": the list asked for again at the end of a question, which asks nothing more. */
// ("…？都列出来", "…？列全": all of them, listed; "…？帮我把名单列全".)
export const LIST_AGAIN =
  /(?:把(?:名单|成员|全部|所有)?)?(?:都|全都|全部|全|一一)?列(?:出来|一下|个名单|全|齐|完整)吧?[。？?！!]*$/;
export const LIST_ONLY = new RegExp(
  `不用(?:讲|说|提|列)|不要(?:讲|说|提)|只要(?:现有|目前|现在|当前)?的?名单|只列名单|直接列名单|${JUST_LIST.source}`,
);
/** The list as it is now asked ("现在的成员", "目前的成员名单"). */
export const NOW_ASKED = /现在|目前|当前|现有|如今|眼下|最新/;

/** A later term by its number ("第二任", "第三届"). */
export const NUMBERED_TERM = /第[二三四五六七八九十][任届]/;

export const NEXT_STEP = /接下来|下一步|今后/;
export const ASKS_PLAN = new RegExp(`${NEXT_STEP.source}|打算|计划|准备`);
/**
 * What follows a zone named only to date the question, before the group it asks about: "孝感加入以后，淮河联盟…",
 * "大连接任以后，环渤海联盟的秘书处…" (not "西安加入网络后营收增长了多少", where the zone is what is measured).
 */
export const DATES_BY_ZONE =
  /^(?:高新区)?(?:加入|入盟|入网|退出|接任|接手|接棒)(?:了)?(?:联盟|网络)?[^，,。？?]{0,4}?(?:以后|之后|后)(?=[，,]|[^。？?]{0,12}?(?:联盟|网络))/;

/** What follows a zone named as the place or host of an occasion asked: "常州那场…对接会", "西安承办的年会". */
export const HOSTED_BY_ZONE = /^(?:高新区)?(?:那场|这场|那次|这次|(?:举办|承办|主办|召开|办)的)/;

/** Whether a zone will apply to join, asked ("会申请加入…吗", "打算申请…吗"): no claim of membership now. */
export const WILL_APPLY = /(?:会不会|会|是否会|打算|准备|计划|要不要|想不想|有没有打算)(?:主动)?申请(?:加入|入网|入盟)/;

/** Asks what a zone will be later ("退出以后，还会以观察成员的身份参加…吗"): what the passages tell, or leave open. */
export const asksLaterStatus = (text: string): boolean =>
  /还会|会不会|是否会|将会/.test(text) && /身份|观察/.test(text);

/** Asks how a holder is chosen: "怎么产生", "如何选出". */
export const HOW_CHOSEN = /(?:怎么|如何|怎样|什么方式|以何种方式)(?:产生|选出|选举|推选|确定)/;
/** Asks the items of a plan or a policy ("哪几方面", "三大重点任务是啥", "有哪些举措"). */
// ("2027年的重点工作是什么": the work planned, as its items.)
export const ASKS_ITEMS =
  /哪几(?:个)?方面|哪些方面|几个?方面|哪几项|哪几块|哪几件事|几件事|哪些事|(?:任务|举措|措施|重点工作)(?:是|有)(?:什么|啥|哪些|哪几)|哪些(?:重点)?(?:任务|举措|措施|工作)|[一二三四五六七八九十两\d](?:大|项)(?:重点)?(?:任务|举措|工作)/;

// ("是为了啥", "目的是什么", "图的是什么": a purpose asked is a reason too.)
export const ASKS_WHY =
  /为什么|为何|为啥|什么原因|啥原因|什么理由|原因是|出于(?:什么|啥|哪些)(?:考虑|考量|目的)|基于(?:什么|啥|哪些)考虑|为了(?:干|做|搞)?(?:啥|什么)|(?<!项)(?:目的|初衷)(?:是什么|是啥|何在)|(?<![地试线蓝谱意构版路])图(?:的是|个)?(?:什么|啥)(?!时候)|why/i;

/** Asks which members rank where: "谁排第一", "前三是哪几家", "最多的是哪家". */
export const RANK_ASKED =
  /排(?:名)?第[一二三1-3]|第一名|排(?:名|在)?前[二三四五十]|前[二三四五十](?:名|位)?的?(?:是|有)?(?:哪|谁|[？?]?$)|(?:最多|最高|最大|最强|最快)的?(?:是|为)?(?:哪[家个所]|谁)|谁[^，,。？?]{0,8}?(?:排|最)|哪[家个所][^，,。？?]{0,12}?最(?:多|高|大|强|快)/;

/** True when, names aside, the question is only "tell me about X". */
export function asksAboutItself(p: Parsed): boolean {
  let rest = p.text;
  // (A name leaves a space: English words on either side of it stay words.)
  for (const m of [...p.mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  rest = rest.replace(FILLER, "");
  return rest.length <= 3;
}

/** Character bigrams of normalised text (CJK, Latin and digits; with "cjk", CJK only), for fuzzy title matching. */
export function bigrams(text: string, only?: "cjk"): Set<string> {
  const clean = text.replace(only === "cjk" ? /[^\u4e00-\u9fff]/g : /[^\u4e00-\u9fffa-z0-9]/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 2 <= clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

/** The bigrams of a text less the networks and alliances it names (and less `drop`), each part on its own. */
export function ownBigrams(text: string, mentions: readonly Parsed["mentions"][number][], drop?: RegExp): Set<string> {
  let own = text;
  for (const m of [...mentions].reverse()) {
    if (m.type === "entity" && m.ref.kind !== "zone") own = `${own.slice(0, m.start)} ${own.slice(m.end)}`;
  }
  if (drop) own = own.replace(drop, " ");
  return new Set(own.split(" ").flatMap((part) => [...bigrams(part)]));
}

/** The asking words of a when/where question, which name no event. */
export const ASKING_WORDS =
  /是哪一?天|哪一?天|是什么时候|什么时候|何时|哪一?年|在哪里|在哪儿|在哪|哪里|是哪|举行的|召开的|办的|的|了|吗|呢/g;
export const SAME_DAY = alternation(lexicon.factCues.sameDay);
export const SAME_YEAR = alternation(lexicon.factCues.sameYear);
export const SAME_MONTH = alternation(lexicon.factCues.sameMonth);
export const UNION = alternation(lexicon.factCues.union);
export const ARTICLE_META = alternation(lexicon.factCues.articleMeta);
export const ARTICLE_WORD = alternation(lexicon.factCues.articleWord);

/** Attributes of one network or alliance that can be answered side by side. */
export const SINGLE_ATTRIBUTES = new Set(["members", "count", "date", "venue", "lead", "leadPerson", "secretariat"]);

/**
 * True when the list word binds to the noun: "有哪些网络", "网络有哪几个", "which networks" — not
 * "网络各成员单位共建了哪些东西", where "哪些" asks about something else.
 */
export function asksForList(text: string, noun: string, englishNoun: string): boolean {
  return (
    new RegExp(
      // ("通过了哪些联盟制度文件": the noun names what the documents are of, not what is asked; "网络要做哪些事": what it
      // does.)
      `(?:哪些|哪几|几个|多少|什么)[^，,。？?；;]{0,8}${noun}(?!的?(?:制度|文件|章程|倡议|办法|规则|协议|方案|报告|成果|基金))|${noun}[^，,。？?；;]{0,6}(?:哪些|哪几|几个|多少)(?!件?事|项?工作|个?方面|项?任务|项?举措|项?措施|场?活动|个?项目|项?成果)`,
    ).test(text) || new RegExp(`\\b(?:which|what|list|how many|name)\\b(?: [a-z-]+){0,5} ${englishNoun}\\b`).test(text)
  );
}

/**
 * Asks for the items of a list the question counts: "那12项榜单具体是哪些", "3个专题分别是哪些"; or their names
 * ("那9家企业叫什么名字"). Groups 1–2 or 3–4: the count, and what is counted.
 */
export const ITEMS_OF_COUNTED =
  /((?:\d+|[一二两三四五六七八九十]{1,3})(?:项|个|条|类|批))([\u4e00-\u9fff]{0,12}?)[，,]?(?:这些[\u4e00-\u9fff]{0,4})?(?:(?:具体|分别|都)(?:是|有|包括)?(?:哪些|哪几|什么|(?<=是|有|包括)[？?]?$)|(?<!的[^\d]{0,12})(?:是|包括)[？?]?$)|((?:\d+|[一二两三四五六七八九十]{1,3})(?:项|个|家|位|名))([\u4e00-\u9fff]{2,8}?)(?:分别|都|各自)?(?:叫(?:什么|啥)(?:名字)?|的?(?:名字|名称|名单)(?:是什么|有哪些|是啥))/;

/** Asks whether something may be done ("允不允许…加入", "能否吸纳", "可不可以参加"): a rule, not a list. */
export const ASKS_PERMISSION = /允不允许|是否允许|准不准|能不能|能否|可否|可不可以|有没有资格|可以[^。？?，,]{0,12}?吗/;
/** Who would join, said as a kind, not a zone ("四川、重庆的省级高新区", "非高新区的航天园区"); also who observes. */
export const KIND_OF_JOINER = /省级(?:高新区|开发区)|非(?:国家)?高新区|(?<!高新)园区|企业|观察员/;

/** A rule about who may join ("允不允许川渝的省级高新区加入"), or who observes: no member list answers it. A zone
 *  named alone ("孝感能不能加入") is asked of itself. */
export function asksWhoMayJoin(text: string, zoneNamed: boolean): boolean {
  return (ASKS_PERMISSION.test(text) && (!zoneNamed || KIND_OF_JOINER.test(text))) || /观察员/.test(text);
}

/** A sentence that leaves something to be decided later. */
// ("第二批成员的吸纳工作，也将视网络运行情况适时启动": when, left to how things go.)
// ("联盟标识和英文名称将另行面向社会征集后发布": to be sought later.)
export const UNDECIDED =
  /另行(?:研究)?(?:商定|确定|公布|通知|明确|提名|推荐)|另行[^。；;，,]{0,8}?(?:征集|遴选)|另行研究(?!(?:后)?[，,]?(?:决定|同意|确定|批准))|届时再议|届时(?:再)?(?:研究|商定|确定)|届时再?由[^。；;，,]{0,20}?(?:推选|选举|商定|确定|产生)|(?:没有|未|尚未)作出?(?:安排|决定)|(?:同样|仍|仍然|还|也)?(?:没有|未)(?:作出?)?(?:确定|明确|敲定)|尚未(?:最终|正式)?(?:确定|明确|公布|敲定|披露|发布|出台|印发)|(?:暂|仍|均)?未(?:对外)?(?:披露|公开)|(?:暂|仍)未(?:确定|公布)|待定|(?:还|仍|尚|都)没有?(?:最终|最后)?(?:定|确定|敲定)(?:下来)?(?=[。；;，,！!]|$)|(?:暂|仍|尚)未(?:形成|作出)(?:决定|结论)|暂不作出?(?:决定|结论)|(?:留待|待|视)[^。；;，,]{0,16}?(?:再议|再作?研究|再作出?决定)|(?:未作出?|尚无|没有)(?:明确|具体)?规定|(?:尚|仍|还|暂)无(?:定论|结论|人选|时间表)|(?:还|仍|尚)?没有(?:时间表|具体时间表)|(?:仍|尚|还)待[^。；;，,]{0,12}?(?:商定|确定|研究)|将通过[^。；;，,]{0,12}?(?:遴选|选拔|招标|比选|评选|竞选)(?:确定|产生)|(?:仍|尚|正)在测算|不便(?:对外)?披露|(?:后|时)再作研究|(?:后|时)?再(?:作|做|行)出?决定|(?:仍|正|尚)在(?:论证|研究|协商|商议)|(?:仍|正|尚)在(?:修订|征集|制定|编制|起草)之?中|(?:仍|正|尚)在征求意见|(?:尚|仍|还)未定稿|(?:仍|正|尚)在(?:遴选|选拔|比选|评选|招标|物色)|(?:后续|稍后|日后)(?:公布|确定|明确)|将(?:在|于)[^。；;，,]{0,24}?(?:确定|公布|明确|审议)|(?:举办地|地点|时间|人选|承办方|承办单位)[^。；;，,]{0,4}?将(?:在|于)[^。；;，,]{0,24}?商定|将(?:在|于)[^。；;，,]{0,24}?(?:研究|协商|商议|讨论)(?:确定|决定|明确)|(?:将在|将由|由)[^。；;]{0,30}?(?:推选|协商|选举|商议|投票|票选|表决)(?:产生|确定)|将由[^。；;]{0,30}?(?:协商|商议|研究)(?:后[^。；;]{0,12}?)?确定|视[^。；;，,]{0,16}?(?:情况|需要|进展)[^。；;，,]{0,4}?适时(?:启动|确定|开展|研究|安排)/;

/** Asks which province, and a quote that names one ("第三届秘书处将由河南省的成员高新区承担"): that much is decided. */
export const PROVINCE_ASKED = /哪[几两]?个?省/;
// ("将从江西省成员高新区中产生", "将从江西成员中产生": from the province's members; "由哪家湖南成员单位担任": which one of
// them left open.)
export const PROVINCE_SAID = new RegExp(
  `由(?:哪一?家|哪个)?(?:[\\u4e00-\\u9fff]{2,3}省|(?:${PROVINCES.join("|")})(?=成员))的?[\\u4e00-\\u9fff]{0,8}?(?:承担|担任|承接|接任)|从(?:[\\u4e00-\\u9fff、]{2,12}?省|(?:${PROVINCES.join("|")})(?=成员))的?[\\u4e00-\\u9fff]{0,8}?产生`,
);
/** How a group's members divide the work ("怎么分工的", "分成哪几个板块"): every part of a list given by parts. */
export const DIVISION_ASKED = /(?:怎么|如何|怎样)分工|分工(?:是|情况|如何)|分(?:成|为)(?:哪|几)/;

/** "在几个高新区之间是怎么分工的": among some zones, not how many (a count word to take out before cues are read). */
export const AMONG_SOME = /(?<=在)(?:几|多少)[个家](?=[\u4e00-\u9fff]{1,6}?(?:之间|之中|中间|当中))/g;

/** Asks when something will be decided ("第二任轮值主席啥时候定"), not when the group did something. */
export const WHEN_DECIDED =
  /(?:什么时候|啥时候|何时|哪天|哪一?年|几月)(?:能|会|才|将|可以|可)?(?:定|确定|敲定|选出|选定|产生|公布|明确)/;

/** How an answer that corrects a premise begins. */
export const PREMISE = "问题的前提有误（与文章不符）：";

/**
 * A count asked by its measure word ("多少家", "几条"); a measure word that begins a noun is not one ("多少项目" counts
 * 项目, "多少个人" people), but "多少家人工智能企业" counts in 家.
 */
export const COUNT_UNIT_ASKED = /(?:多少|几)([家个项场次条名所台套座位张份])(?![目景单件额账置])(?!(?<=[个名])人)/;

/** Whether a zone issued a document ("东湖高新区出过未来产业方面的实施方案吗"): the sentence that says it did, not a
 *  figure of what the document aims at. */
export const DOCUMENT_ISSUED =
  /(?:出过|出台过|发布过|印发过|制定过|发过|出台了|发布了|印发了)[^。？?]{0,16}?(?:方案|规划|意见|措施|办法|政策|计划|纲要|文件)/;
/** What a document says is asked ("实施方案主要讲了什么", "若干措施的主要内容是啥"). */
export const DOCUMENT_SAYS =
  /(?:方案|规划|计划|意见|措施|办法|政策|文件|报告|纲要|倡议|宣言)[》”"]?(?:的)?(?:主要|具体|核心)?(?:讲了|讲的是?|说了|写了|内容|要点)(?:是|有)?(?:什么|啥|哪些)/;

/** Asks how many came to an occasion: "来了多少家企业", "多少家单位参会", "有几家出席" (not "达到了几个", "带来了多少个"). */
const ATTENDANCE =
  /(?:(?<![带迎招引])来了|(?<![达增加提升扩减降])到了|参会了?|出席了?|到场了?)(?:多少|几)(?:家|个|位|名)|(?:多少|几)(?:家|个|位|名)[\u4e00-\u9fff]{0,10}?(?:参会|出席|到场|与会|来参加)/;
/** A kind of meeting a question names ("年会", "对接会"). */
export const MEETING_KIND =
  /年会|推介会|推进会|对接会|座谈会|对话会|论坛|发布会|签约会|峰会|博览会|交流会|联席会议?|工作会议?|理事会议?/;
/** When or where something was held, asked ("哪天办的", "在哪个场馆举办"). */
export const HELD_WHEN_WHERE =
  /哪天|哪一天|什么时候|啥时候|何时|几月几[号日]|哪个场馆|什么场馆|在哪(?:里|儿)?(?![些个一家年天几])|什么地方/;
/**
 * How many came to a meeting: "年会一共来了多少家企业", "联席会议有多少家高新区的秘书长参会", "启动那天有多少家企业
 * 参会" (not "启动那天到了几家高新区", the group's first members).
 */
export function attendanceAsked(text: string): boolean {
  const launch = /成立|启动|揭牌|组建/.test(text);
  // ("启动那天有多少家企业参会": firms at a launch came to it; zones at a launch are its first members.)
  const zones = /(?:多少|几)(?:家|个)(?:国家)?(?:高新区|成员|园区|单位)/.test(text);
  return ATTENDANCE.test(text) && (MEETING_KIND.test(text) || launch) && !(launch && zones);
}
/** A passage that tells who came: "来自…的60余家企业参会", "120名代表出席". */
export const ATTENDED = /参会|参加|出席|到场|与会|来自|齐聚|参展|参与/;
