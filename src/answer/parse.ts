/**
 * Question → structured reading: which entities it names (through the alias index, longest match
 * first), which attribute it asks about, and which operators (set operations, comparisons, date
 * filters) it uses. Pure: no answering here.
 */
import { pinyin } from "pinyin-pro";
import { PROVINCES } from "../knowledge/extract/names.ts";
import { lexicon } from "../knowledge/lexicon.ts";
import type { AliasEntry, EntityKind, EntityRef, Knowledge } from "../knowledge/load.ts";
import { findTerm, hasAny, hasTerm, normalize } from "../knowledge/normalize.ts";
import type { AmbiguousName } from "../knowledge/schema.ts";
import { AMONG_SOME, LIST_AGAIN } from "./facts/cues.ts";

export type Mention =
  | { type: "entity"; ref: EntityRef; start: number; end: number }
  | { type: "ambiguous"; name: AmbiguousName; start: number; end: number };

export type Attribute =
  | "members"
  | "count"
  | "date"
  | "venue"
  | "lead"
  | "leadPerson"
  | "secretariat"
  | "results"
  | "overview";

export type Parsed = {
  text: string;
  mentions: Mention[];
  /** Entities in question order, de-duplicated (ambiguous names excluded). */
  entities: EntityRef[];
  attribute: Attribute | null;
  /** Open-question cues (how/why/what measures): better answered by passages. */
  open: boolean;
  setOp: "intersection" | "difference" | null;
  compare: "most" | "least" | "earliest" | "latest" | null;
  membershipCheck: boolean;
  asksNetworks: boolean;
  asksAlliances: boolean;
  month: number | null;
  year: number | null;
  day: number | null;
  /** A network/alliance/zone name the question uses that the knowledge does not know. */
  unknownName: { kind: EntityKind; name: string } | null;
  /** Asks for an amount ("多少", "规模", "how many"). */
  quantity: boolean;
  /** Asks about what has not happened yet or another instance ("明年", "下一届", "第二届", "will host"). */
  future: boolean;
  /** Asks who joined lately ("新加入", "最近加入"): answered from a membership change, if one is recorded. */
  recent: boolean;
  /** Asks for a kind of detail the articles never keep as a fact (phone, price, budget, age …). */
  detail: string | null;
  /** A year the question names that no article mentions ("2019年…"): nothing can be said about it. */
  uncoveredYear: number | null;
  /** Asks for an opinion, a ranking of merit or a recommendation: not something the articles state. */
  opinion: boolean;
  /** What an amount or comparison counts when it is not the members ("多少家企业", "资金最多" → "企业", "资金"). */
  countsOther: string | null;
  /** Every attribute the question asks for, in order ("谁牵头的？哪天启动" → lead, date). */
  attributes: Attribute[];
  /** How many clauses the question has ("什么时候成立的？在哪成立？" → 2). */
  clauses: number;
  /** The last of two clauses or more, normalised ("听说X设在A，秘书处修订了哪些制度" → "秘书处修订了哪些制度"). */
  lastClause?: string;
  /** Typed as three keywords or more apart by spaces ("光电子网络 东湖 启动日期 几家"). */
  keywords: boolean;
  /** Asks what a person said or thinks ("说了啥", "怎么看"), not who they are. */
  asksWhatWasSaid: boolean;
  /** A leading clause of time or premise that sets the scene ("纳米网络改成轮值理事长以后，…"), normalized as `text` is
   *  and at its start: what it names is not what is asked. */
  scene?: string;
  /** A body inside a group the question asks about ("专委会", "工作组"): not the group's own attributes. */
  subBody: string | null;
  /** What a "什么/哪些 + noun" question asks for when it is not members, places, dates or names ("哪些条件", "什么步骤"). */
  asksOther: string | null;
  /** An occasion other than the founding ("成员大会", "工作推进会", "创新大赛"): its date, venue and host are not the launch's. */
  occasion: string | null;
  /** A document the question names in 《》 ("《联盟秘书处轮值制度》"): when or where it was adopted is not the group's. */
  document: string | null;
};

/** Details that are never structured facts here; asking for one needs a passage that states it. */
export const DETAIL_WORDS = [...lexicon.details];

/** A superlative of something no number measures ("最大的瓶颈", "最大的变化"): not a ranking either. */
export const UNMEASURED =
  /[最更](?:大|小|强|多)的?(?:瓶颈|问题|挑战|难点|困难|障碍|优势|特点|亮点|变化|不同|收获|感受|短板|难题)/g;

/** "最多给", "最高可达", "最少3家": a bound on an amount (最 + a verb or a number), not a ranking. */
export const UPPER_BOUND = /最(?:多|高|少|低)(?=[给可能达补奖资支发获拿领享为不超]|\d|[一二两三四五六七八九十百千万])/g;

export const QUANTITY =
  /多少|几[个家项亿万倍场次处座台套]|数量|规模|总额|总量|占比|比例|比重|百分之|多大|第几|how many|how much|number of|percent|share of|what proportion|\bscale\b|\brevenues?\b|\bturnover\b|\b(?:how (?:large|big)\b|combined|total)(?=.*\b(?:output|scale|size|revenue|value|industry)\b)/;
const OPINION =
  /你觉得|你认为|你个人|个人觉得|你怎么看|更有前途|有前途|哪个更好|哪个最好|哪个好|值不值得|推荐哪|打个分|in your opinion|do you think|which is better|your view/;
/** Nouns that count the members (or the networks and alliances) themselves. */
/** Nouns that count the members themselves; a group's bare "规模" (size) is its number of members. */
const MEMBER_NOUN = /高新区|新区|成员|单位|园区|网络|联盟|^[家个]?$|^规模$|^家数$/;
const COUNTED_AFTER =
  /(?:多少|几)(?:家|个|位|名|场|次|项|种|笔|条|所|座|批|份|台|亿|万)?([\u4e00-\u9fff＿]{1,8}?)(?=[，,。？?；;]|$|呢|吗|啊|了|是|有|在)/;
/** Words that say when, not what: "现在", "目前", "当时", "一开始", "后来". */
/** A space between Chinese words, which stands for a comma ("光电子网络 东湖 启动日期 几家"). */
const CJK_SPACE = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/;
/** What ends a clause of a question. */
const CLAUSE_END = new RegExp(`[？?，,；;。!！]|${CJK_SPACE.source}|以及|还有|另外|and also`);
const TIME_ADVERBS = /现在|现今|目前|当前|当时|如今|眼下|一开始|起初|最初|最早|后来|之后|以后/g;
/** What member zones do together: "几家共同发起" counts the members. */
const MEMBER_VERB = /^(?:共同|联合|一起)?(?:倡议)?(?:发起|加入|参加|参与|组成|组建|成立|共建|入网|入盟|签约|签署)/;
const COMPARED_BEFORE = /([\u4e00-\u9fff]{1,4}?)(?:最多|最少|更多|更少|最高|更高|最大|更大|最低|更低|最强|更强)/;
/** The latest change of members asked by its round: "最近一次扩员", "最新一批加入". */
export const LATEST_CHANGE = /(?:最近|最新)的?一(?:次|批|轮)(?:扩员|扩容|扩围|吸纳|新增|入网|入盟|加入)/;
/** Members that joined after the founding: the group's history answers, when an article records one. */
// ("最近有没有新单位加入": whether any joined.)
const RECENT = new RegExp(
  String.raw`新加入|(?:有没有|有无|是否有)新[\u4e00-\u9fff]{0,3}?(?:加入|入网|入盟)|新增(?:的)?成员|(?:又|还)?新增了?(?:哪些|哪几家|哪几个|几家|什么)(?:成员|高新区|单位|园区)|新成员(?:加入|进来)|最近(?:又)?(?:加入|进来|入网|加了|增加了|新增了|吸纳了)|${LATEST_CHANGE.source}|刚加入|今年加入|后来加入|又进来|新进|新加了|新加进|新添|新(?:吸纳|吸收|接纳|接收|批准|入网|入盟)`,
);
/** What has not happened yet ("会新增", "明年", "下一任"); "为啥要加入" asks a reason, not the future. */
const FUTURE =
  /(?<!为什么|为啥|为何|干嘛|怎么)(?:(?<![年大事例峰盟开议])会|将|要|能)(?:新增|增加|扩容|吸纳|加入)|(?<![年大事例峰盟开议])会(?:搞|启动|开展|再)[^，,。？?了]{0,8}?(?:扩容|扩围|扩员|吸纳|新增)(?![^，,。？?]*了)|(?:什么|啥)时候能|何时能|会不会|有望|明年|下一届|下一任|下届|下一站|下一轮|下一次|下一批|下批|下次|下一年|今后|将来|[一两二三四五]年(?:后|以后|之后)(?!的今天)|第[二三四五六七八九十]届|第[二三四五六七八九十]次|next year|next time|next meeting|upcoming|will host|will be held|will take place|\bwill\b[^?.]{0,60}?\bhold\b/;
/** What a plan came to, asked after it ("说要吸纳…，后来定了没有"): what happened since, not what is to come. */
const OUTCOME_ASKED = /(?:后来|最后|最终|结果)[^，,。？?]{0,8}?(?:了没有?|了吗|定了|怎么样了|如何了)/;
/** …unless a later term or year is named ("下一任…最后定了吗", "明年的秘书处最后定了没有"): that is still to come. */
const LATER_NAMED = /明年|下一[任届年]|下届|下一年度|将来|今后|第[二三四五六七八九十]届/;
// ("贾敬敦举了哪几个…例子": the examples someone gave.)
const WHAT_WAS_SAID =
  /(?<!据|听)说(?!明)|(?:怎么|如何|怎样)(?:解释|说明|回应)|用(?:什么|啥|哪几?个字?)(?:来)?(?:概括|总结|形容|描述)|举了|举例|举出|觉得|期待|期望|希望|寄语|展望|表态|看好|表示了?什么|认为|怎么看|如何看|看法|想法|观点|评价|谈了|谈到|讲了|讲的|讲过|提到|介绍了|建议|\b(?:said|say|says|think|view|according to)\b/;

const CUES: Record<Exclude<Attribute, "overview">, string[]> = lexicon.attributeCues;
const ATTRIBUTE_ORDER: Exclude<Attribute, "overview">[] = [
  "leadPerson",
  "secretariat",
  "count",
  "lead",
  "venue",
  "date",
  "count",
  "members",
  "results",
];

const OPEN_CUES = lexicon.openCues;
const INTERSECTION = lexicon.intersection;
/** 同时 of time, not of membership: "跟东北联盟差不多同时吧", "是同时成立的吗". */
export const AT_THE_SAME_TIME =
  /(?:差不多|几乎|基本|大致|是不是|是否)同时|同时(?=成立|启动|组建|设立|吧|吗|的吗|[？?]|$)/g;
const DIFFERENCE = lexicon.difference;
const MOST = lexicon.most;
const LEAST = lexicon.least;
const EARLIEST = lexicon.earliest;
/** A part of a year said in English ("the first half", "the first quarter", "the first three quarters"). */
const PART_OF_YEAR = /\b(?:first|second|third|fourth|last)(?: three)? (?:half|halves|quarters?)\b/g;
const LATEST = lexicon.latest;
const CHECK = lexicon.membershipCheck;
const NETWORK_WORDS = lexicon.networkWords;
const ALLIANCE_WORDS = lexicon.allianceWords;
const REVERSE = lexicon.reverse;

const UNKNOWN_NETWORK = /([\u4e00-\u9fa5a-z0-9]{2,12}?)(?:产业)?(?:协同创新)?网络/;
const FIELD_HAS_NETWORK =
  /([\u4e00-\u9fa5]{2,8}?)(?:领域|产业|行业|方面)?(?:有没有|有无|是否有|也有)(?:建|建立|组建|成立)?(?:国家高新区)?(?:的)?(?:产业)?(?:协同创新)?网络/;
const UNKNOWN_ALLIANCE = /([\u4e00-\u9fa5]{2,16}?)(?:国家高新区|高新区)?(?:产业科技创新战略|创新发展|一体化发展)?联盟/;
const UNKNOWN_ZONE = /([\u4e00-\u9fa5]{2,6}?)(?:国家)?高新区/;
/** A verb that takes zones as its object ("怎么总结高新区…", "如何推动高新区…"): what comes before is no name. */
const VERB_BEFORE_ZONES =
  /(?:总结|介绍|推动|推进|支持|建设|发展|评价|看待|带动|服务|引导|鼓励|指导|研究|分析|解读|点评|打造|提升|促进|加快|如何|怎么|怎样|为什么|为啥)$/;
const GENERIC_PREFIX =
  /^(?:国家高新区|国家|高新区|产业|协同创新|协同|这些|这个|那个|哪个|哪些|各|各个|所有|全部|试点|该|其|一体化|区域|跨区域|创新|有哪些|有几个|有什么|共有|有没有|有无|是否有|是否存在|还有没有|的)+/;
/** Words that end a clause before a name: "工信部推动试点建设产业协同创新网络" names no network ("有没有说鼓励网络内的企业…":
 *  nor does what was said). */
const CLAUSE_WORDS =
  /请问|问一下|想问|介绍一下|介绍|讲讲|说说|聊聊|了解|(?<=有没有|是否|有无|没)说|说(?=过|了|要)|鼓励|提倡|倡导|号召|为啥|为什么|为何|怎么|如何|(?<![首重])要|搞|推动|推进|建设|试点|认为|觉得|以为|看来|表示|组建|支持|打造|成立|加入|参与|发起|涉及|遵循|工信部|工业和信息化部|科技部|专家|共建|围绕|依托|聚焦|形成|通过|关于|对于|跨区域|期间|时期|以来|十四五|十五五|布局|(?<!福)建|对|负责|协调|服务|牵头|主导|轮值|承办|担任|出任/;
/** English "<name> (industry) (collaborative) (innovation) network" / "<name> (high-tech zone) alliance". */
const UNKNOWN_NETWORK_EN =
  /\b((?:[a-z]+ ){1,5}?)(?:industry |industrial )?(?:collaborative |cooperative |collaboration )?(?:innovation )?network\b/;
const UNKNOWN_ALLIANCE_EN = /\b((?:[a-z]+ ){1,5}?)(?:national )?(?:high tech )?(?:zones? )?alliance\b/;
const ENGLISH_NOT_NAME = new Set(lexicon.englishNotName);
/** Characters a name never contains: question words, verbs, particles. */
// ("多少" is a question word, but 多 alone stands in names: 鄂尔多斯.)
const NOT_A_NAME = /什么|网络|联盟|多少|[哪参加入的了是有在和与及这那吗几少各个些如何怎谁所其该每全省市县区域牵员]/;
/** Network and alliance names may name a region ("黄河流域", "粤港澳大湾区"). */
// ("场景共拓方面网络要做什么": an aspect of the work, then the group said bare.)
const NOT_A_GROUP_NAME = /什么|方面|[哪参加入的了是有在和与及或这那吗几多少各个些如何怎谁所其该每全牵员]/;
/** What a zone is asked to be before a group's name: "是…的成员吗", "在不在…里", "属于…吗", "搞一个…吗". */
const ZONE_VERB = /^(?:也|还|都|到底|究竟)?(?:是不是|是否|是|在不在|在|属于|算不算|算)?(?:一个|个)?/;
const REGIONS =
  /^(?:江苏|浙江|安徽|山东|河南|湖北|湖南|江西|广东|福建|四川|陕西|辽宁|吉林|河北|我省|全省|苏南|苏北|长三角|京津冀|东北|中部|西部|东部|全国|中国|淮河|淮河流域|县域|省级|国家级)$/;
const GENERIC_NAMES = new Set(["", ...lexicon.genericNames]);
/** A time said before 高新区 ("2025年底国家高新区"): no zone's name. */
const TIME_WORDS = /^[年月日]|年底|年初|年末|年中|月底|月初|目前|至今|截至|今年|去年|明年|当前|现阶段/;

/** What follows a field word when it names another body: "(制造业)创新中心", "研究院", "产业园". */
// ("集成电路产业创新集群": a cluster, not the network.)
const OTHER_BODY = /^[^的有在是和与及或网联]{0,7}?(?:创新中心|研究院|研究所|实验室|基地|公司|集团|产业园|基金|集群)/;

/** Entity mentions, longest alias first, non-overlapping, in question order. */
export function findMentions(text: string, aliases: readonly AliasEntry[]): Mention[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions: Mention[] = [];
  for (const { alias, target } of aliases) {
    for (let i = findTerm(text, alias); i >= 0; i = findTerm(text, alias, i + 1)) {
      const end = i + alias.length;
      if (taken.slice(i, end).some(Boolean)) continue;
      // A field word that starts another body's name ("国家集成电路制造业创新中心") is not the network.
      if (
        target.type === "entity" &&
        target.ref.kind === "network" &&
        !/网络|联盟/.test(alias) &&
        OTHER_BODY.test(text.slice(end))
      )
        continue;
      for (let k = i; k < end; k++) taken[k] = true;
      mentions.push(
        target.type === "entity"
          ? { type: "entity", ref: target.ref, start: i, end }
          : { type: "ambiguous", name: target.name, start: i, end },
      );
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The words of a network's kind after its field word ("产业协同创新网络", "协同网络", "网络"). */
const NETWORK_TAIL = /^(?:产业)?(?:协同创新|协同)?网络/;

/** "发起单位", "发起成员": the members who founded it, not who leads it. */
const INITIATORS = /发起(?:单位|成员|方|的高新区|的国家高新区|高新区|国家高新区)/g;

/** The question as its cues are looked for: initiators are members; "一届多长时间", a length of time, asks no date. */
// ("抓龙头", "龙头企业": the leading firms a zone grows, not who leads a group.)
const cueText = (question: string) =>
  question
    .replace(INITIATORS, "成员")
    // ("成员企业1480余家": the members' firms, not the members; "理事会成员单位任期": a body's seats; "全体成员大会由
    // 哪个高新区承办": a meeting.)
    .replace(/成员(?=企业|公司|(?:代表)?大会)|(?<=理事会|委员会|专委会|工作组)成员/g, "")
    .replace(/(?:多长|多少)时间/g, "多久")
    // ("2024年和今年哪年多": which of two years' amounts is larger, no date asked.)
    .replace(/哪一?年(?=更?(?:多(?!少)|少|高|低|大|小))/g, "哪个")
    // ("湖南是哪5家高新区": which ones of a number said, as 哪些 asks.)
    .replace(/哪(?:\d{1,2}|[两二三四五六七八九十]{1,3})家(?=(?:国家)?高新区|成员|单位|园区)/g, "哪些")
    // ("普遍存在哪些问题": what exists, 在哪 inside 存在, no place asked.)
    .replace(/存在(?=哪)/g, "有")
    // ("任期到哪年哪月", "当到什么时候": until when a term runs, no date a group was founded on.)
    // ("首批入库截止到什么时候": a deadline.)
    .replace(
      /(?:(?<=任期|当|干|做)(?:到|至)|截(?:止|至)(?:到|至)?)(?:什么时候|啥时候|何时|哪一?年(?:哪一?个?月)?|哪一?天|几月)/g,
      "到期",
    )
    // ("计划在哪一年之前建成": by when a goal is to be met, no day a group was founded on.)
    .replace(
      /(?:什么时候|啥时候|何时|哪一?年)(?:之前|以前|前|底前)(?:能|可以|才能|要|将)?(?=建成|完成|实现|投产|落地|建好)/g,
      "到期",
    )
    .replace(/(?<=抓|培育|引进|招引|扶持|培养|壮大|做强|引育)龙头|龙头(?=企业|项目|公司|产品|带动)/g, "头部")
    .replace(AMONG_SOME, "")
    // ("除了牵头的那家，还有几家": the lead set aside; the rest are asked, not who leads.)
    .replace(/除(?:了|去|开)?牵头(?:的|单位)?(?:那一?家|那个|这家)?/g, "除了");

/** A team named by its work whose lead is asked ("应用场景组的牵头单位", "中试验证组是谁牵头"): a body inside the group. */
// (Not a part of the list, "关键配套组是哪几家".)
const NAMED_TEAM =
  /((?:(?!网络|联盟|哪|什么)[\u4e00-\u9fff]){2,6}(?<![分改重编小])组)(?=的?(?:牵头|组长)|由[^，,。？?]{0,4}牵头|是(?:谁|哪)[^，,。？?]{0,6}牵头)/;

/** What someone made of something is asked: "怎么总结…", "如何评价…". */
// ("在省科技工作会上怎么介绍的": what they told.)
const WORDS_ASKED = /(?:怎么|如何|怎样)(?:总结|评价|看待|概括|形容|解释|说明|阐述|阐释|讲|说|介绍)/;
/** …by someone the question names by their post. */
const SPEAKER = /负责人|秘书长|主任|书记|院长|局长|专家|部长/;

/** An amount the members make together: "成员2025年产值", "成员单位营收合计". */
const MEMBERS_AMOUNT =
  /成员(?:单位|高新区)?[^，,。？?]{0,8}?(?:产值|营收|营业收入|总收入|收入|总投资|投资额|增速|同比)/;

function firstCue(question: string): Attribute | null {
  const text = cueText(question);
  let best: { attr: Attribute; at: number; rank: number } | null = null;
  // ("哪年发起成立的": 发起 says how it was founded; when is asked, not who.)
  const dated = CUES.date.some((cue) => findTerm(text, cue) >= 0);
  const leadsAsked = leadsOnly(text);
  // ("秘书处的负责人怎么总结联盟的作用": what someone said, which the passages quote, not who they are nor their body.)
  if (WORDS_ASKED.test(text) && SPEAKER.test(text) && !/是谁|叫什么|叫啥|哪位/.test(text)) return null;
  ATTRIBUTE_ORDER.forEach((attr, rank) => {
    if (attr === "venue" && (SPREAD_IN.test(text) || IN_GROUPS.test(text))) return;
    if (leadsAsked && (attr === "members" || attr === "count")) return;
    // ("网络成员2025年产值超过5000亿吗": an amount of the members, not who they are; "观察成员": another seat.)
    if (attr === "members" && (MEMBERS_AMOUNT.test(text) || /观察(?:员|成员|单位)/.test(text))) return;
    for (const cue of CUES[attr]) {
      if (attr === "lead" && cue === "发起" && dated && !/谁|哪家|哪个(?:高新区|单位)|哪些/.test(text)) continue;
      const at = findTerm(text, cue);
      if (at < 0) continue;
      // Earlier rank wins (负责人 over 牵头); "有哪些" only counts when nothing more specific is asked.
      if (!best || rank < best.rank) best = { attr, at, rank };
    }
  });
  return (best as { attr: Attribute } | null)?.attr ?? null;
}

/** Every cued attribute, in the order the question asks them. */
function allCues(question: string): Attribute[] {
  const text = cueText(question);
  const found: { attr: Attribute; at: number }[] = [];
  for (const attr of ATTRIBUTE_ORDER) {
    const at = Math.min(...CUES[attr].map((cue) => findTerm(text, cue)).filter((i) => i >= 0));
    if (Number.isFinite(at)) found.push({ attr, at });
  }
  const ordered = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.attr))];
  // One asked thing, two cues: "秘书处设在哪里" asks the secretariat, "牵头单位的负责人" the person,
  // "有几家？都有谁" the members (which include the count).
  const subsumed: [Attribute, Attribute][] = [
    ["venue", "secretariat"],
    ["lead", "leadPerson"],
    ["count", "members"],
  ];
  // "企业集聚在哪些高新区": where firms cluster is not where a group was launched.
  const spread = SPREAD_IN.test(question) || IN_GROUPS.test(question);
  // ("这五个网络分别是哪几家高新区牵头的": the zones asked are the leads, not the members.)
  const leadsAsked = leadsOnly(text);
  return ordered.filter(
    (a) =>
      !subsumed.some(([drop, by]) => a === drop && ordered.includes(by)) &&
      !(a === "venue" && spread) &&
      !(leadsAsked && (a === "members" || a === "count")),
  );
}

/** The zones asked are the ones that lead each group: "这五个网络分别是哪几家高新区牵头的". */
const LEADS_ASKED =
  /(?:分别|各自)(?:是|由)?(?:哪几家|哪家|哪些|哪个|哪几个)(?:国家)?(?:高新区|园区|单位)?(?:来|在)?牵头/;

/** Only the leads are asked by the zones the question asks for (no member or count asked besides). */
function leadsOnly(text: string): boolean {
  const m = LEADS_ASKED.exec(text);
  if (!m) return false;
  const rest = text.replace(m[0], "");
  return ![...CUES.members, ...CUES.count].some((cue) => findTerm(rest, cue) >= 0);
}

/**
 * Where things are spread or clustered ("集聚在", "主要分布于"), or "在哪个环节/方面": not a group's venue.
 */
const SPREAD_IN =
  /(?:集聚|聚集|集中|分布|布局|落户|扎堆|汇聚)(?:在|于)|哪(?:个|些)?(?:环节|方面|领域|阶段|层面|方向|部分|行业)/;
/** The zones that signed a group's agreement at its founding, asked which. */
// (Counted as the founding members are: "签协议的18家"; "签协议的是哪几家" may be two zones' own agreement.)
const SIGNED_AT_FOUNDING =
  /成立(?:那天|当天|时|大会上)[^，,。？?]{0,6}签(?:署|订)?(?:了)?[^，,。？?]{0,8}?协议的(?:\d+|[一二两三四五六七八九十]{1,3})家[^，,。？?]{0,6}?(?:哪些|哪几家|都有谁|是谁)/;
/** "在哪几个联盟里面": which groups it is in, not where. */
const IN_GROUPS = /在哪(?:几|些)?个?(?:网络|联盟|组织)/;

/** The noun an amount or comparison is about, unless it is the members ("多少家高新区" → null). */
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The month an English text names (1–12). */
export function englishMonth(text: string): number | undefined {
  const m = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "i").exec(text);
  return m ? MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 : undefined;
}

/** "high-tech enterprises" in an English question: 高新技术企业 (the glossary's "tech" alone is the zones). */
export const HIGH_TECH_FIRMS = /high[- ]?tech (?:enterprises|companies|firms)\b/i;
/** "listed companies" in an English question: 上市企业. */
export const LISTED_FIRMS = /(?:publicly )?listed (?:enterprises|companies|firms)\b/i;

function countedNoun(question: string): string | null {
  // A time word after the cue ("起初N家、目前几家") starts the next clause; it is not what is counted.
  const text = question.replace(TIME_ADVERBS, "，");
  for (const re of [COUNTED_AFTER, COMPARED_BEFORE]) {
    // "这些网络中规模最大": the noun is what follows the scope (中/里/的).
    // (A network's name before the noun is its industry, not the network: "多少家物联网企业" counts companies.)
    const noun =
      re
        .exec(text)?.[1]
        // ("几个联盟里面": where, after the noun, is no part of it.)
        ?.replace(/(?:里面|里边|里头|当中|之中)$/, "")
        .replace(/^.*[中里的](?=[\u4e00-\u9fff])/, "")
        .replace(/^(?:哪个|哪家|哪些|哪|谁的|的)+/, "")
        // ("多少家物联网相关企业": 相关 between the industry and the noun.)
        .replace(/^[^＿]*＿(?:相关|类|领域)?(?=企业|公司|机构|项目|平台|人才|产品)/, "") ?? "";
    if (!noun || noun.includes("＿") || /^[是有在吗呢都也还就了啊呀吧嘛]|哪|什么|谁|^[天日年月号]|^次/.test(noun))
      continue;
    // ("规模最小的是哪个？几家": a size counted in 家 is the member count.)
    if (/^规模/.test(noun) && /(?:几|多少)家/.test(text)) continue;
    // ("多少家（算上牵头的）": what the count includes, not another thing counted.)
    if (/^(?:算上|算|含|包括|包含|不含|不算|加上|连同|带上)/.test(noun)) continue;
    // What the counted zones did ("几家联合发起", "几家共同组建") is not a different thing counted.
    if (MEMBER_VERB.test(noun)) continue;
    if (!MEMBER_NOUN.test(noun)) return noun;
  }
  // "会员企业有多少家": a count of something else than the member zones, named before the cue.
  // ("共享平台成立时是42个，现在有多少个", "互认试点现在扩大到几家": the noun stays what is counted across a
  // clause that names no member zones.)
  const before =
    /(?:成员)?(高企|企业|公司|机构|高校|院所|专家|项目|人才|平台|场景|清单|榜单|实验室|加氢站|技术|试点|产值|营收|营业收入)(?:总数|数量)?(?:(?!成员|高新区|园区|网络|联盟|单位)[^？?。！!；;]){0,16}?(?:多少|几)(?![个家]?(?:[\u4e00-\u9fff]{0,4}产业协同创新)?(?:网络|联盟|高新区|成员))/.exec(
      text,
    );
  if (before?.[1]) return before[1];
  // "有哪些企业参加了": a list of something else than the member zones.
  const listed = /哪些([\u4e00-\u9fff]{2,4}?)(?=参加|参与|出席|加入|签约|入驻|落户|合作|是|有|在|$)/.exec(text)?.[1];
  if (listed && /企业|公司|机构|高校|院所|专家|领导|嘉宾|项目|人/.test(listed)) return listed;
  // "创投基金规模多大": the size of something else than the network.
  const scale = /([\u4e00-\u9fff]{2})规模/.exec(text)?.[1];
  if (scale && !/网络|联盟|成员|集群|产业|哪|什么|的|个|[中里]$/.test(scale)) return `${scale}规模`;
  // "how many projects": what the glossary says the word is, when that is not the member zones.
  // ("how many national high-tech zones": the words before the noun qualify it; any of them naming the zones
  // makes it the member count.)
  // ("what was the combined IoT industry scale": a measure named, not the member count.)
  const measure = /\b(scale|revenues?|turnover)\b/i.exec(question)?.[1]?.toLowerCase();
  if (measure && lexicon.glossary[measure]) return lexicon.glossary[measure]?.split(" ")[0] ?? null;
  // ("how many high-tech enterprises": 高新技术企业, not the zones that "high-tech" names elsewhere.)
  if (new RegExp(`\\bhow many ${HIGH_TECH_FIRMS.source}`, "i").test(question)) return "高新技术企业";
  // ("how many listed companies": 上市企业.)
  if (new RegExp(`\\bhow many ${LISTED_FIRMS.source}`, "i").test(question)) return "上市企业";
  // ("how many ＿-related enterprises": a network's name taken out before its industry's word.)
  // (The noun phrase after "how many", up to its verb or preposition, read from its head, the last word: "application
  // scenarios" counts 场景, "Class 1 innovative drugs" 创新药.)
  const phrase = /\bhow many ((?:[a-z0-9＿-]+ ){0,5}[a-z0-9＿-]+)/i.exec(question)?.[1]?.toLowerCase() ?? "";
  const tokens = phrase.split(" ");
  // (It ends at a verb or a preposition: "…zones founded the Huaihe alliance" counts zones, not the alliance.)
  const end = tokens.findIndex(
    (t, i) => i > 0 && (PHRASE_ENDS.test(t) || (/ed$/.test(t) && !t.includes("-") && !ADJECTIVE_ED.test(t))),
  );
  const words = tokens
    .slice(0, end < 0 ? undefined : end)
    .flatMap((t) => t.split("-"))
    .reverse();
  for (const word of words) {
    const english = lexicon.glossary[word]?.split(" ")[0];
    if (!english || /^(?:国家|新|高)$/.test(english)) continue;
    // ("how many IoT-related enterprises": a network's industry qualifies the noun after it.)
    if (/网络|联盟/.test(english)) continue;
    return /高新区|成员|园区|单位/.test(english) ? null : english;
  }
  return null;
}

/** Words that end an English noun phrase: verbs, articles, prepositions. */
const PHRASE_ENDS =
  /^(?:are|is|were|was|have|has|had|did|does|do|will|can|the|a|an|in|of|across|among|at|for|from|by|with|that|which|to|on)$/;

/** Words in -ed that stand before a noun ("IoT related enterprises", "listed companies"), not its verb. */
const ADJECTIVE_ED =
  /^(?:related|based|oriented|focused|listed|integrated|advanced|specialized|specialised|dedicated|registered|certified|licensed|skilled|approved)$/;

/** "the IoT network's first scenario capability list", "the first batch": 首批, one of a series, not the earliest asked. */
const FIRST_OF_A_SERIES =
  /\bfirst (?=(?:[a-z-]+ ){0,2}(?:list|lists|batch|batches|phase|round|term|group|catalogue|catalog)\b)/gi;

/**
 * "第二次秘书长联席会议在哪开的": a meeting counted (第N次) asked in the past ("…在哪开的"), not one to come, when
 * nothing else in the question looks ahead (a term counted, "第二届秘书处轮到哪了", still looks ahead).
 */
function countedOccasionPast(text: string, k: Knowledge): boolean {
  const ahead = text.replace(/第[二三四五六七八九十]+次/g, "");
  // (…one an article reports: "第三次会议在哪开的" of a third meeting no article tells is still not recorded.)
  // ("第二次会议" is met by "第二次工作会议".)
  const counted = /(第[二三四五六七八九十]+次)([\u4e00-\u9fff])/.exec(text);
  const written = counted ? new RegExp(`${counted[1]}[\u4e00-\u9fff]{0,4}?${counted[2]}`) : undefined;
  return (
    written !== undefined &&
    !FUTURE.test(ahead) &&
    // ("开完第二次理事会之后，…": one held already, as of which something else is asked.)
    (/(?:会|议)[^，,。？?]{0,6}?(?:开|办|举行|召开|举办)的[？?]?$/.test(text) ||
      /(?:开完|召开|结束)[^，,。？?]{0,12}?(?:会|议)(?:之后|以后|后(?!来))/.test(text)) &&
    [...k.articles.values()].some((a) => written.test(a.body))
  );
}

/** Removes the mentioned names so cue words inside names ("东北" "长三角") do not count. */
export function withoutMentions(text: string, mentions: Mention[]): string {
  let out = "";
  let pos = 0;
  for (const m of mentions) {
    out += `${text.slice(pos, m.start)}＿`;
    pos = m.end;
  }
  return out + text.slice(pos);
}

/**
 * A group named by part of its name ("储能网络", "储能协同网络" for 国家高新区先进储能产业协同创新网络): the words
 * before 网络/联盟, less the generic ones, read from the right, are part of exactly one group's name. Never a
 * guess between two groups: a part two groups share links neither.
 */
/** A verb that may stand right before a group's name ("介绍储能网络…的情况"). */
const VERB_BEFORE_NAME =
  /(?:提出|介绍|发布|加入|参加|参与|牵头|关于|组建|成立|启动|召开|举办|承办|请问|问一下|问下|请教|想问|想了解|找|联系|咨询|对接|之后|以后|之前|以前|后来|现在|目前)$/;

/** A group's own field: its name less the national prefix ("国家高新区低空经济产业…" → "低空经济产业…"). */
function fieldOf(name: string): string {
  return name.replace(/^(?:国家高新区|国家|全国)/, "");
}

function partialGroupNames(text: string, taken: Mention[], k: Knowledge): Mention[] {
  const out: Mention[] = [];
  for (const [kind, re] of [
    ["network", /([\u4e00-\u9fa5a-z0-9]{2,14}?)(?:产业)?(?:协同创新|协同|创新)?网络/g],
    [
      "alliance",
      /([\u4e00-\u9fa5]{2,16}?)(?:国家高新区|高新区)?(?:产业科技创新战略|创新发展|协同创新|一体化发展)?联盟/g,
    ],
  ] as const) {
    if (taken.some((m) => m.type === "entity" && m.ref.kind === kind)) continue;
    const groups: { id: string; name: string }[] = [...(kind === "network" ? k.networks : k.alliances).values()];
    for (const m of text.matchAll(re)) {
      const end = (m.index ?? 0) + m[0].length;
      // Words after a name already read ("<zone>轮值<field>网络": after the zone) may still name a group.
      const start = Math.max(m.index ?? 0, ...[...taken, ...out].filter((t) => t.end < end).map((t) => t.end));
      if (taken.some((t) => t.start < end && start < t.end) || out.some((t) => t.start < end && start < t.end))
        continue;
      const words = text
        .slice(start, (m.index ?? 0) + (m[1] ?? "").length)
        // ("医疗器械那个新的协同创新网络": a pointer and "new" between the field and the kind word.)
        .replace(/(?:产业|协同|创新|的|那个|这个|那|这|新成立|新组建|最新|新|领域|行业|赛道)+$/, "");
      // The longest tail of the words that one group's name holds, starting a word: after nothing, a digit or
      // a function word ("2027年的储能网络" → 储能; never "联网" in 卫星互联网, nor "地区" in 成渝地区).
      for (let i = 0; i + 2 <= words.length; i++) {
        const before = words.slice(0, i);
        const part = words.slice(i);
        if (GENERIC_NAMES.has(part) || NOT_A_GROUP_NAME.test(part)) continue;
        // ("西部路海联盟": a part of three characters or more typed with a homophone of one group's, 陆海.)
        const exact = groups.filter((g) => g.name.includes(part));
        const hits = exact.length === 0 && part.length >= 3 ? groups.filter((g) => soundsIn(g.name, part)) : exact;
        // After any other word, only the start of a group's own field ("轮值低空网络": 低空经济) names it.
        if (
          i > 0 &&
          !/[^\u4e00-\u9fa5]|[的和与及在是了年]/.test(words[i - 1] as string) &&
          !VERB_BEFORE_NAME.test(before)
        ) {
          if (hits.length === 1 && fieldOf((hits[0] as { name: string }).name).startsWith(part)) {
            out.push({ type: "entity", ref: { kind, id: (hits[0] as { id: string }).id }, start: start + i, end });
            break;
          }
          continue;
        }
        if (hits.length > 1) break;
        if (hits.length === 1) {
          out.push({ type: "entity", ref: { kind, id: (hits[0] as { id: string }).id }, start: start + i, end });
          break;
        }
      }
    }
  }
  return out;
}

/** The toneless syllables of a text, one a character (a group's name read once, not on every question). */
const SYLLABLES = new Map<string, string[]>();
function syllablesOf(text: string): string[] {
  let read = SYLLABLES.get(text);
  if (!read) {
    read = pinyin(text, { toneType: "none", type: "array" });
    if (SYLLABLES.size < 2000) SYLLABLES.set(text, read);
  }
  return read;
}

/** A name holds a run of characters that sounds as `part` does (its first character typed right). */
function soundsIn(name: string, part: string): boolean {
  const want = pinyin(part, { toneType: "none", type: "array" }).join(" ");
  const whole = syllablesOf(name);
  for (let at = name.indexOf(part[0] as string); at >= 0; at = name.indexOf(part[0] as string, at + 1)) {
    if (whole.slice(at, at + part.length).join(" ") === want) return true;
  }
  return false;
}

function unknownName(
  rest: string,
  typed: string,
  parsed: { entities: EntityRef[]; mentions: Mention[] },
): Parsed["unknownName"] {
  const has = (kind: EntityKind) => parsed.entities.some((e) => e.kind === kind);
  const clean = (name: string) => (name.split(CLAUSE_WORDS).pop() ?? "").replace(GENERIC_PREFIX, "");
  const tests: [EntityKind, RegExp][] = [
    ["network", UNKNOWN_NETWORK],
    ["alliance", UNKNOWN_ALLIANCE],
  ];
  // "生物医药有没有产业协同创新网络": a field asked whether it has a network, the field apart from the word 网络.
  const said = has("network") ? undefined : FIELD_HAS_NETWORK.exec(rest)?.[1];
  const field = said === undefined ? null : clean(said);
  if (field && field.length >= 2 && !GENERIC_NAMES.has(field) && !NOT_A_GROUP_NAME.test(field))
    return { kind: "network", name: `${field}产业协同创新网络` };
  for (const [kind, re] of tests) {
    if (has(kind)) continue;
    const m = re.exec(rest);
    if (!m?.[1]) continue;
    // ("成都高新区是商业航天网络的成员吗": the verb after a zone the question names is no part of the group's name.)
    const name = has("zone") ? clean(m[1]).replace(ZONE_VERB, "") : clean(m[1]);
    if (GENERIC_NAMES.has(name) || name.includes("＿") || name.length < 2 || NOT_A_GROUP_NAME.test(name)) continue;
    // ("核心技术联合攻关方面，网络里打算怎么搞": words the question's punctuation parts from the group word name none.)
    const whole = name + m[0].slice(m[1].length);
    if (typed.includes(name) && !typed.replace(/\s+/g, "").includes(whole)) continue;
    return { kind, name: whole };
  }
  const englishTests: [EntityKind, RegExp, string][] = [
    ["network", UNKNOWN_NETWORK_EN, "network"],
    ["alliance", UNKNOWN_ALLIANCE_EN, "alliance"],
  ];
  for (const [kind, re, noun] of englishTests) {
    if (has(kind)) continue;
    const words = (re.exec(rest)?.[1] ?? "").trim().split(" ");
    // The name is the run of words just before the noun that are not filler ("the biomedicine" → "biomedicine").
    let start = words.length;
    while (start > 0 && !ENGLISH_NOT_NAME.has(words[start - 1] ?? "")) start--;
    const name = words.slice(start).join(" ");
    if (name.length >= 3 && !name.includes("＿")) return { kind, name: `${name} ${noun}` };
  }
  if (!has("zone") && !parsed.mentions.some((m) => m.type === "ambiguous")) {
    const m = UNKNOWN_ZONE.exec(rest);
    const name = m?.[1] ? clean(m[1]) : "";
    if (
      m &&
      name.length >= 2 &&
      // The name and its suffix stand together in the question as typed ("…协同，国家高新区…" names nothing).
      new RegExp(`${name}(?:国家)?高新区`).test(typed) &&
      !GENERIC_NAMES.has(name) &&
      !name.includes("＿") &&
      !NOT_A_NAME.test(name) &&
      // ("9家国家高新区": a count's measure word, not a name.)
      !/^[家个所座]/.test(name) &&
      !REGIONS.test(name) &&
      // ("到2025年底国家高新区…": a time, not a place.)
      !TIME_WORDS.test(name) &&
      // ("业内专家怎么总结高新区跨区域协同的新范式": a verb's object, no name.)
      !VERB_BEFORE_ZONES.test(name) &&
      // ("业内专家怎么总结国家高新区跨区域协同…": before 国家高新区 as a plural, a place's name only.)
      (!/国家高新区$/.test(m[0]) || name in lexicon.cities || /[市县区州盟]$/.test(name))
    ) {
      return { kind: "zone", name: `${name}高新区` };
    }
  }
  return null;
}

/** "皖江那个新能源汽车联盟": a pointing word inside a group's name (the name read without it). */
export const POINTING_INSIDE_NAME = /(?<=[\u4e00-\u9fff]{2})(?:那个|这个)(?=[\u4e00-\u9fff]{2,}(?:联盟|网络))/g;

/** "长三角集成电路产业那个联盟": a pointing word before a group's noun or inside its name. */
function withoutPointingWords(text: string): string {
  // ("黄河流域那个新联盟", "低空那个新成立的网络": the group itself, said new.)
  return text
    .replace(/(?:那个|这个|那|这)(?:新成立的|新组建的|新建的|新的|新)?(?=联盟|网络)/g, "")
    .replace(POINTING_INSIDE_NAME, "");
}

/** "别和X搞混", "不要跟X弄混": a name said only so that it is not taken for the one asked. */
const NOT_THIS_ONE_BEFORE = /(?:别|不要|勿|莫|避免)(?:和|跟|与|同)$/;
const NOT_THIS_ONE_AFTER = /^(?:高新区)?(?:搞混|混淆|弄混|混了|混为一谈|搞错|弄错)/;

/** A zone as the host that points out an occasion: "成都办的那个…交流会", "苏州那次年会" (a pointing word after it). */
function hostOfOccasion(question: string, zone: string): boolean {
  const at = question.indexOf(zone);
  if (at < 0) return false;
  const after =
    /^(?:高新区)?(?:办|开|举办|承办|主办|召开)?的?(?:那个|那次|这个|这次|那场|这场)([^，,。？?；;]{0,16})/.exec(
      question.slice(at + zone.length),
    );
  return after !== null && new RegExp(OCCASION.source).test(after[1] ?? "");
}

/** A clause that says who said what the question asks about: "…负责人说，", "据某某介绍，". */
const SAID_FIRST = /^(?:据)?[^，,？?。]{2,30}?(?:说|表示|提到|介绍|认为|指出|谈到)(?:过)?[，,:：]/;

/** "那17家高新区是哪些？列一下": a list asked for again after the question asks nothing more. */
const LIST_REQUEST = new RegExp(`(?<=[？?，,]\\s*)(?:请|麻烦)?(?:帮我)?${LIST_AGAIN.source}`);

/** What makes a field word the name of another thing: "…协同机制", "…创新联合体", "…联合实验室". */
const THING_OF_FIELD = /^(?:产业)?(?:协同|合作|协作|创新|联合)?(?:发展)?(?:机制|联合体|实验室)/;
/** …and a body inside a group: "…专委会", "…专业委员会", "…工作组". */
const BODY_OF_FIELD = /^(?:产业)?(?:专委会|专业委员会|工作组|专题组|专业组|分会)/;

export function parseQuestion(question: string, knowledge: Knowledge): Parsed {
  const text = withoutPointingWords(normalize(question.replace(LIST_REQUEST, "")));
  // "共建“光电子—激光制造联合实验室”的是哪两家": a name the question quotes is one thing (a lab, a fund, a list),
  // not the group whose field word it holds.
  const quoted = [...question.matchAll(/[“"「]([^”"」]{4,40})[”"」]/g)]
    .map((m) => normalize(m[1] ?? ""))
    .filter((q) => !/(?:网络|联盟)$/.test(q));
  const mentions = findMentions(text, knowledge.aliases).filter(
    (m) =>
      (m.type !== "entity" || m.ref.kind === "zone" || !quoted.some((q) => q.includes(text.slice(m.start, m.end)))) &&
      // ("成渝低空经济协同机制有哪些园区参加": a group's field word in the name of a thing of another kind, a mechanism
      // or a joint lab, not the group.)
      !(m.type === "entity" && m.ref.kind !== "zone" && THING_OF_FIELD.test(text.slice(m.end))) &&
      // ("长江中游联盟移动物联网专委会成立大会在哪开的": a field word in the name of a body inside another group named
      // before it.)
      !(
        m.type === "entity" &&
        m.ref.kind === "network" &&
        BODY_OF_FIELD.test(text.slice(m.end)) &&
        /(?:网络|联盟)[的里中]?[\u4e00-\u9fff]{0,4}$/.test(text.slice(0, m.start))
      ) &&
      // "吉林省的成员": a province, not the zone its name is short for.
      !(
        m.type === "entity" &&
        m.ref.kind === "zone" &&
        PROVINCES.includes(text.slice(m.start, m.end)) &&
        /^省/.test(text.slice(m.end))
      ),
  );
  mentions.push(...partialGroupNames(text, mentions, knowledge));
  mentions.sort((a, b) => a.start - b.start);
  // "AI产业协同创新网络": a network's field word, then the words of its kind, is its name (not networks asked).
  for (const [i, m] of mentions.entries()) {
    const tail = m.type === "entity" && m.ref.kind === "network" ? NETWORK_TAIL.exec(text.slice(m.end)) : null;
    const next = mentions[i + 1];
    if (tail && !/网络$/.test(text.slice(m.start, m.end)) && (!next || next.start >= m.end + tail[0].length))
      m.end += tail[0].length;
  }
  // "物联网网络里长三角地区的成员": a group's short name that is a region (knowledge/lexicon/names.yaml regions), said
  // after another group (with 里/中, or right after it) and followed by 地区 or by members, names the region (its
  // provinces), not the group.
  for (let i = mentions.length - 1; i > 0; i--) {
    const m = mentions[i] as (typeof mentions)[number];
    const before = mentions.slice(0, i).findLast((o) => o.type === "entity" && o.ref.kind !== "zone");
    if (
      m.type === "entity" &&
      m.ref.kind !== "zone" &&
      Object.hasOwn(lexicon.regions, text.slice(m.start, m.end)) &&
      before !== undefined &&
      // ("物联网网络长三角的成员": or right after it; "物联网网络现在长三角的成员": a word of time between.)
      /^(?:现在|目前|眼下|如今|当前|今年)?(?:里|中|内|当中|里面)?的?$/.test(text.slice(before.end, m.start)) &&
      /^(?:地区|区域|片区)|^的?(?:成员|高新区)/.test(text.slice(m.end)) &&
      // (Its members or their count asked, not an amount of theirs: "…里长三角的高新区产业规模合计多少".)
      !/规模|产值|营收|合计|总计|牵头|理事|秘书/.test(text)
    )
      mentions.splice(i, 1);
  }
  // ("成都办的那个交流会上，无锡高新区是谁介绍的": the zone that hosted the occasion says which one it is; the zone
  // named after it is asked about. Alone, "三原高新区那场推介会" is the zone's own occasion, asked with it.)
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i] as (typeof mentions)[number];
    // (Not a place claimed for it: "三原高新区那场推介会是在西安开的吧".)
    const zoneAfter = mentions
      .slice(i + 1)
      .some((o) => o.type === "entity" && o.ref.kind === "zone" && text[o.start - 1] !== "在");
    if (
      m.type === "entity" &&
      m.ref.kind === "zone" &&
      zoneAfter &&
      hostOfOccasion(question, text.slice(m.start, m.end))
    )
      mentions.splice(i, 1);
  }
  // ("苏州工业园区参加了哪些网络？注意别和苏州高新区搞混": a zone named only to be told apart is not asked about.)
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as (typeof mentions)[number];
    if (
      NOT_THIS_ONE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) &&
      NOT_THIS_ONE_AFTER.test(text.slice(m.end))
    )
      mentions.splice(i, 1);
  }
  const entities: EntityRef[] = [];
  for (const m of mentions) {
    if (m.type === "entity" && !entities.some((e) => e.kind === m.ref.kind && e.id === m.ref.id)) entities.push(m.ref);
  }
  // "《联盟秘书处轮值制度》是什么时候通过的": a document's title is one thing; its words (秘书处) ask nothing.
  const titles = [...question.matchAll(/《([^》]{2,40})》/g)].map((m) => normalize(m[1] ?? "")).filter(Boolean);
  // ("是不是通过了秘书处轮值制度": a title the articles write in 《》, typed without them, and without the group's word
  // that starts it, "联盟".)
  const typed = titles.length === 0 ? documentsNamed(text, knowledge) : [];
  titles.push(...typed.map((d) => d.title));
  const rest = [...titles, ...typed.map((d) => d.typed)].reduce(
    (t, title) => t.split(title).join(" "),
    withoutMentions(text, mentions),
  );
  // "秘书处换到深圳以后，牵头单位变了吗": a leading clause of time or premise sets the scene; what is asked follows.
  // (normalize drops punctuation, so the clause is found in the question as typed.)
  const scene = /^(?:既然)?[^，,？?。]{2,30}?(?:以后|之后|后|的时候|期间)[，,]/.exec(question)?.[0];
  // "淮河联盟秘书处负责人说，联盟是靠哪些举措…": who said it is named first; what is asked follows (not who the head is).
  const said = scene ? undefined : SAID_FIRST.exec(question)?.[0];
  const tail = scene || said ? normalize(question.slice((scene ?? said ?? "").length)) : "";
  const tailRest = tail ? withoutMentions(tail, findMentions(tail, knowledge.aliases)) : "";
  const asked = described(tailRest && (firstCue(tailRest) || said) ? tailRest : rest);
  // "最多给1亿元", "最高可达": a bound on an amount, not a ranking.
  // ("in the first half of 2026": a part of a year, not the earliest.)
  const ranked = rest
    .replace(UPPER_BOUND, "")
    .replace(UNMEASURED, "")
    .replace(PART_OF_YEAR, "")
    .replace(FIRST_OF_A_SERIES, " ");
  const month = /(?<!\d)(1[0-2]|0?[1-9])月/.exec(rest);
  const year = /(20\d{2})年?/.exec(rest);
  const day = /月(\d{1,2})[日号]/.exec(rest);
  const monthIndex = englishMonth(rest) ?? null;
  const sceneText = scene ? normalize(scene) : "";
  return {
    text,
    mentions,
    entities,
    ...(sceneText && text.startsWith(sceneText) ? { scene: sceneText } : {}),
    attribute: firstCue(asked),
    attributes: allCues(asked),
    keywords: question.trim().split(CJK_SPACE).length >= 3,
    // (A space between Chinese words parts clauses too: "光电子网络 启动日期 几家".)
    clauses: question.split(CLAUSE_END).filter((c) => c.trim().length > 1).length,
    ...lastClauseOf(question),
    opinion: OPINION.test(rest),
    countsOther: countedNoun(rest),
    // ("成立那天签协议的18家分别是哪些高新区": the zones that signed at the founding are its founding members.)
    open: (hasAny(rest, OPEN_CUES) && !SIGNED_AT_FOUNDING.test(rest)) || SPREAD_IN.test(rest),
    setOp: hasAny(rest, DIFFERENCE)
      ? "difference"
      : hasAny(rest.replace(AT_THE_SAME_TIME, ""), INTERSECTION)
        ? "intersection"
        : null,
    compare: hasAny(ranked, MOST)
      ? "most"
      : hasAny(ranked, LEAST)
        ? "least"
        : hasAny(ranked, EARLIEST)
          ? "earliest"
          : hasAny(ranked, LATEST)
            ? "latest"
            : null,
    membershipCheck: hasAny(rest, CHECK),
    asksNetworks: hasAny(rest, NETWORK_WORDS),
    asksAlliances: hasAny(rest, ALLIANCE_WORDS),
    month: month ? Number(month[1]) : monthIndex,
    year: year ? Number(year[1]) : null,
    day: day ? Number(day[1]) : null,
    unknownName: unknownName(rest, question, { entities, mentions }),
    quantity: QUANTITY.test(rest),
    future:
      FUTURE.test(rest) &&
      !countedOccasionPast(rest, knowledge) &&
      !(OUTCOME_ASKED.test(rest) && !LATER_NAMED.test(rest)),
    recent: RECENT.test(rest),
    // (A year said as when something began, "2016年开始搞的…", is a premise to check, not the year asked about.)
    uncoveredYear:
      year?.[1] &&
      !articleYears(knowledge).has(year[1]) &&
      !/^年?(?:年初|年底)?[^，,。？?]{0,4}?(?:开始|启动|起步)/.test(rest.slice((year.index ?? 0) + 4)) &&
      // (…nor one a document is said to be dated, "《…规划》2019年印发后…": answer.ts checks it against the articles.)
      !/》(?:是|在|于)?(?:19|20)\d{2}年/.test(question)
        ? Number(year[1])
        : null,
    // ("给…成员园区打电话对接": a call to make, not a phone number asked.)
    detail:
      DETAIL_WORDS.find((w) =>
        // (Not "怎么给…秘书处打电话", which asks the number.)
        hasTerm(
          /怎么|如何|咋|号码|多少/.test(rest) ? rest : rest.replace(/打(?:个)?电话|发(?:个)?邮件|加(?:个)?微信/g, ""),
          w,
        ),
      ) ?? null,
    subBody:
      lexicon.subBodies.find((w) => hasTerm(afterPremise(rest), w)) ?? NAMED_TEAM.exec(afterPremise(rest))?.[1] ?? null,
    asksWhatWasSaid: WHAT_WAS_SAID.test(rest),
    occasion: occasionIn(rest),
    asksOther: askedNoun(question),
    document: titles[0] ?? null,
  };
}

/** Read on the question as typed: its punctuation ends the noun ("有哪些，列一下" asks for no noun). */
const ASKED_NOUN =
  /(?:什么|啥|哪些|哪几个|哪几项|哪几类|哪几条|哪几点)([\u4e00-\u9fff]{2,4}?)(?=[？?，,。；;!！\s]|$|呢|吗|啊|了|的(?:例子|名字|名单|情况))/;
/** The titles the articles write in 《》, normalised, with the form a question may type (without a leading 联盟/网络). */
const documentTitles = new WeakMap<Knowledge, { title: string; typed: string }[]>();
function documentsNamed(text: string, k: Knowledge): { title: string; typed: string }[] {
  let known = documentTitles.get(k);
  if (!known) {
    const titles = new Set<string>();
    for (const a of k.articles.values())
      for (const m of a.body.matchAll(/《([^》]{5,40})》/g)) titles.add(normalize(m[1] ?? ""));
    known = [...titles].map((title) => ({ title, typed: title.replace(/^(?:联盟|网络)/, "") }));
    documentTitles.set(k, known);
  }
  return known.filter((d) => d.typed.length >= 5 && text.includes(d.typed));
}

/** Nouns a lookup answers: members, places, times, names, titles. */
const LOOKUP_NOUN =
  /高新区|成员|单位|名单|名录|园区|网络|联盟|协同平台|协作平台|协同组织|合作组织|组织|时候|时间|日子|地方|地点|城市|省份?|名字|职务|职位|身份|头衔|领导|人物|负责人|情况|概况|背景|来历|角色|作用|地位|变化|变动|调整|动态|新闻|关系|区别|不同|联系/;

/** "重点工作有哪些", "主要成果是什么", "抓手是哪几条": the noun asked for, said before the asking words. */
const NOUN_THEN_ASKED =
  /([^\P{Script=Han}里中的在和与及]{2,4}?)(?:分别|具体|一共|都|究竟|到底|主要)?(?:有|是|包括)(?:哪些|哪几[项条类点]|什么|啥)(?:呢|啊|呀)?[？?。!！\s]*$/u;

function askedNoun(rest: string): string | null {
  // ("主要抓手是哪几条": 主要 says which of them, not what.)
  const before = NOUN_THEN_ASKED.exec(rest)?.[1]?.replace(/^主要(?=[\u4e00-\u9fff]{2})/, "");
  // (Not a counted list pointed at: "那12家分别是哪些" asks the members.)
  const plain = before && !/分别|具体|一共|究竟|到底|主要|[家个那这]/.test(before) ? before : undefined;
  const noun = ASKED_NOUN.exec(rest)?.[1] ?? plain;
  return noun && !LOOKUP_NOUN.test(noun) ? noun : null;
}

/**
 * The question after a clause of what happened before it ("换了轮值主席以后牵头单位变了吗": the lead is asked, the
 * seat that changed hands is the premise).
 */
export function afterPremise(text: string): string {
  return text.replace(
    /^[^，,。？?]*?(?:换|调整|交接|轮换|移交|实行|推行|设立|建立)[^，,。？?]{0,12}?(?:以后|之后)[，,]?/,
    "",
  );
}

/** An amount of something other than the members ("产值…有多少"). */
const AMOUNT = /(?:产值|收入|营收|金额|规模|投资|产量|销售额|总额|增速)[^，,。？?]{0,6}?(?:多少|几何)/g;
/** Members a question counts itself ("15家成员高新区"). */
const COUNTED_MEMBERS = /(?:\d+|[一二两三四五六七八九十]{1,3})家成员(?:高新区|单位|园区)?/g;

/**
 * "15家成员高新区2025年产值加起来多少": the question with what is not asked taken out — the members it counts
 * itself describe who, and an amount of something else is not the member count.
 */
function described(t: string): string {
  return t.search(AMOUNT) < 0 ? t : t.replace(COUNTED_MEMBERS, "").replace(AMOUNT, "");
}

const OCCASION =
  /(?:年度(?:工作)?(?:会议|大会)|全体会议|全会|会议|大会|推进会|年会|论坛|大赛|比赛|峰会|对接会|座谈会|交流会|推介会|发布会|理事会|交接会|工作会|签约会|洽谈会|联席会|现场会|观摩会|仪式|活动|周年[\u4e00-\u9fff]{0,3}?会)/g;
/** Words before an occasion that make it the founding itself ("成立大会", "启动仪式", "揭牌活动", "建设大会"). */
const FOUNDING_OCCASION = /(?:成立|启动|揭牌|组建|开幕|建设|成立暨[\u4e00-\u9fff]{0,6})$/;

function occasionIn(rest: string): string | null {
  for (const m of rest.matchAll(OCCASION)) {
    const at = m.index ?? 0;
    // (Not "建设" before a meeting of its own kind: "网络建设交流会" is no founding.)
    const founding = FOUNDING_OCCASION.exec(rest.slice(Math.max(0, at - 8), at));
    if (founding && (founding[0] !== "建设" || /^(?:大会|会议|仪式|活动)$/.test(m[0]))) continue;
    // ("开完第二次理事会之后，全部成员是哪些高新区": the occasion only says as of when the members are asked.)
    const after = rest.slice(at + m[0].length);
    if (/^(?:开完)?(?:之后|以后|后(?!来))/.test(after) && /成员|几家|名单|哪些高新区/.test(after)) continue;
    // "周年那个会" is the 周年会; "年度会议" is the 年会 (as the lexicon reads it).
    // ("第二次全会": the 全体会议, as articles write it.)
    if (m[0] === "全会") return "全体会议";
    return /^年度/.test(m[0]) ? "年会" : m[0].replace(/那个|这个|那次|这次|的/g, "");
  }
  // ("第一次会在哪开": a meeting counted, 会 said without 议; "第一次全体会": a plenary one.)
  if (/(?:(?:[一二三四五六七八九十\d]|首)次|全体)(?:全体)?会(?!议)(?=在|是|于|开|举|召|定|放)/.test(rest))
    return "会议";
  // "the 2025 annual meeting": the Chinese word for it; not the founding's ("launch ceremony").
  const lower = rest.toLowerCase();
  const english = ENGLISH_OCCASION?.exec(lower);
  if (english && !/(?:launch|founding|inaugural|opening)\s+$/.test(lower.slice(0, english.index)))
    return lexicon.englishOccasions[(english[1] ?? "").replace(/\s+/g, " ")] ?? null;
  return null;
}

/** The English occasions of the lexicon, longest first, as whole words ("annual meeting" before "meeting"). */
const ENGLISH_OCCASIONS = Object.keys(lexicon.englishOccasions).sort((a, b) => b.length - a.length);
const ENGLISH_OCCASION = ENGLISH_OCCASIONS.length
  ? new RegExp(`\\b(${ENGLISH_OCCASIONS.map((o) => o.split(" ").join("\\s+")).join("|")})s?\\b`)
  : undefined;

const yearsByKnowledge = new WeakMap<Knowledge, Set<string>>();

/** Every year ("2024") any article mentions: a question about another year cannot be answered from them. */
function articleYears(knowledge: Knowledge): Set<string> {
  let years = yearsByKnowledge.get(knowledge);
  if (!years) {
    years = new Set<string>();
    for (const a of knowledge.articles.values()) {
      for (const m of a.body.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) years.add(m[1] as string);
      if (a.date) years.add(a.date.slice(0, 4));
    }
    yearsByKnowledge.set(knowledge, years);
  }
  return years;
}

export function hasReverseCue(parsed: Parsed): boolean {
  return hasAny(withoutMentions(parsed.text, parsed.mentions), REVERSE);
}

function lastClauseOf(question: string): { lastClause?: string } {
  const clauses = question.split(/[，,。；;？?！!]/).filter((c) => c.trim().length > 1);
  return clauses.length >= 2 ? { lastClause: normalize(clauses.at(-1) as string) } : {};
}
