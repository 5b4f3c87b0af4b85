/**
 * The cue words a reading recognises, as patterns over the normalised question (lower case, no punctuation).
 * Each names a class of phrasing, not a question; add a synonym here, never a branch in read.ts. Cues that are
 * plain word lists are data (knowledge/lexicon/cues.yaml, `cues:`).
 */
import { alternation, lexicon } from "../../knowledge/lexicon.ts";
import { asksWhoMayJoin } from "../facts/cues.ts";
import type { Parsed } from "../parse.ts";

export const CUES = {
  /** After a zone: "牵头的", "牵头建设的那个网络" → the network(s) it leads. */
  ledBy:
    /^(?:牵头|领衔|主导|带头)(?:建设|成立|组建|搞|弄|办|做)?(?:起来)?(?:的)?(?:那个|这个)?(?:产业协同创新网络|协同创新网络|网络)|^(?:牵头|领衔|主导|带头)(?:建设|成立|组建|搞|弄|办|做)?(?:起来)?的?那个/,
  leadWord: alternation(lexicon.cues.leadWord),
  yesNo:
    /吗$|吗(?=[，,。 ]|$)|是不是|是否|有没有|(?:了|过|下来|获批|批准|同意)没有?$|对不对|对吗|是吧|对吧|没错吧|(?<!什|怎|这|那)么$|(?<![哪什])的吧$|(?<=\d[家个项条件场批所名位座台套款])吧$|(?:里|里面|里头|之中|成员|成员单位|之一)吧$|^(?:was|were|is|are|did|does|do|has|have)\b/i,
  /** After a zone, right before a network's name: "苏州工业园区牵头的物联网网络" states who leads it. */
  leadsNamed: /^(?:牵头|领衔|主导|带头)(?:建设|成立|组建|发起|搞|弄|办|做)?(?:起来)?的?(?:那个|这个)?$/,
  /** Open questions about a zone in a group (what it did, why, which aspects): passages answer them. */
  openAbout:
    /哪些方面|为了什么|为什么|什么成果|哪些成果|做了什么|做了哪些|干了什么|有哪些.{0,6}(?:成果|措施|举措|工作|进展|亮点)|怎么看|如何评价/,
  secretariat: alternation(lexicon.cues.secretariat),
  councilSeat: alternation(lexicon.cues.councilSeat),
  /** "在Z启动/召开/举行" around a zone mention. */
  venueBeforeZone: /^在|^于/,
  // ("…启动大会放在上海张江开？": 开 at the end too.)
  venueAfterZone: /^(?:高新区)?(?:启动|召开|举行|举办|成立|开的|办的|开(?:$|了|吗|呢|为|，|,))/,
  joined:
    /(?:什么时候|啥时候|啥时|何时|哪天|哪一天|哪一年|哪年|几月|几号|几月几[日号])(?:正式)?(?:加入|入选|成为|进的|进入|入网|入盟)|when (?:did|was|were|has|have) .{0,40}?(?:join|become|enter)|加入(?:的)?(?:时间|日期)|作为.{0,12}(?:成员|一员)|(?:加入|入选)(?:了)?.{0,16}(?:后|以来)|(?:里|中|内)(?:面)?(?:主要)?(?:负责|承担|扮演|担任|分工)|(?:里|中|内)的?(?:角色|作用|分工|职责|定位)|(?:里|中|内)(?:面)?(?:是)?(?:怎么|如何|怎样)?(?:发挥|起了?|做了|做过|干了|贡献|出力)/,
  founded: alternation(lexicon.cues.founded),
  /** A year said of a founding: "2024年(9月8日)成立", "2023年底成立", "2024年才成立的", "成立于2024年"; not "到2027年", "力争2028年". */
  // ("2023年20家高新区一起发起的吗": who founded it said between; not "2025年成员共同发起的基金…".)
  foundedYear:
    /(?<![到至争])(20\d{2})年(?:年底|年初|年中|年末|底|初|上半年|下半年|\d{1,2}月(?:\d{1,2}[日号])?)?(?:才|就|正式|才正式)?(?:成立|启动|创立|组建|成立的|启动的)|(?:成立|启动|创立)于(20\d{2})年|(?:founded|launched|established|set up) ?in ?(20\d{2})|(?<![到至争])(20\d{2})年[^，,。？?年]{0,12}?(?:一起|共同|联合)?发起(?:成立)?的(?=吗|吧|呢|[？?]|$)/i,
  howManySince: alternation(lexicon.cues.howManySince),
  compareMore: alternation(lexicon.cues.compareMore),
  whichFirst:
    /(?:是不是|是否|是)同(?:时|一天|一时间)(?:成立|启动|组建)|差不多同时|哪个先|谁先|哪个早|谁早|哪个更早|谁更早|先成立|先启动|更早|早几天|晚几天|哪个在前|早成立|早启动|(?:谁|哪个|哪一个)(?:成立|启动)得?(?:更)?早|先后|\bwhich\b[^?？]{0,60}?\b(?:first|earlier)\b|\bdays apart\b/i,
  /** "全都/都/全部" with a set of groups: every one of them. */
  every: alternation(lexicon.cues.every),
  alsoIn: alternation(lexicon.cues.alsoIn),
  newcomers: alternation(lexicon.cues.newcomers),
  changedOther: alternation(lexicon.cues.changedOther),
  /** A group's list over time: who joined, from how many to how many ("成员数从多少变成了多少"). */
  changes:
    /新加入|新增|新成员|增加到|增至|增加了|扩容|扩员|新?(?:吸收|接纳|接收)了?(?:几|多少)|新(?:吸收|接纳|接收)了?哪|(?:吸收|接纳|接收)了哪|最近(?:又)?(?:加入|入网|入盟)|(?:最近|最新)的?一(?:次|批|轮)(?=扩员|扩容|扩围|吸纳|新增|入网|入盟|加入)|扩大到|吸纳|从(?:多少|几)家|由(?:多少|几)家|(?:从|由)(?:多少|几)(?:变成|变为|增至|增加到|增长到|到)了?(?:多少|几)|变成(?:多少|几)家|(?:原来|原先|之前|以前|当初|起初)(?:是|有)?(?:多少|几)(?![台套件项场条次亿万元])|最近.{0,4}变化|有什么变化|有啥变化|什么变化|哪些变化|成员变化|成员有变化|有没有变化|有没有增减|增减|变动|新收(?:了|进|的|哪)|有进有出|进出|谁进谁出|调整过|成员调整|调整成员|调整了成员|加入了哪些|又进来|进来了|加进来|新加了|新添|新进|新入网|入网的|入盟的|退出|退了|离开|不再(?:是|作为)(?:网络|联盟)?的?(?:正式)?成员/,
  commonMembers: alternation(lexicon.cues.commonMembers),
  difference: alternation(lexicon.cues.difference),
  whichZones: alternation(lexicon.cues.whichZones),
  whichGroups: alternation(lexicon.cues.whichGroups),
  mostMemberships:
    /(?:参加|参与|加入)(?:的)?(?:(?:产业)?(?:协同创新)?网络|联盟)?(?:的)?(?:数量|个数|数目)?(?:得)?最(?:多|少)|(?:网络|联盟)(?:数量|个数|数目)?最(?:多|少)的(?:高新区|园区)/,
  least: alternation(lexicon.cues.least),
  // ("在这几个网络里" points at networks; it does not ask how many.)
  howManyGroups:
    /(?:参加|加入|参与|在|占|进)(?:了)?(?:几个|多少个|几张)|(?<![这那])(?:几个|多少个)(?:网络|产业协同创新网络)/,
  // ("率先试点建设…的是哪几个领域", "哪些高新区牵头，率先试点…": 率先 with several asked is the pilots, not the first.)
  earliestLatest:
    /最先|最早|第一个(?:网络|联盟)?(?:启动|成立)|(?<!(?:哪几|哪些)[^？?]*)率先(?![^？?]*(?:哪几|哪些))|最晚|最后(?:一个)?(?:网络|联盟)?(?:启动|成立)|最迟|最近(?:成立|启动)/,
  latest: alternation(lexicon.cues.latest),
  alliances: alternation(lexicon.cues.alliances),
  pilotScope: alternation(lexicon.cues.pilotScope),
  /** Asks the zone's level: "是（不是）国家高新区", "算国家级的吗"; not a national list or ranking it is in ("国家高新区综合评价"). */
  national: /国家(?:级)?高新区(?![\u3400-\u9fff]{0,2}(?:综合评价|评价|排名|名单|前\d|百强|五十强|评估|考核))|国家级/,
  /** "作为国家高新区，…", "哪年获批国家高新区的": the question takes the zone's level for granted. */
  asNational: /作为国家(?:级)?高新区|既然是国家(?:级)?高新区|(?<!能|可以|会|要|将|争取)获批(?:为)?国家(?:级)?高新区/,
  provinceFilter: /哪些在|里面?有哪些|中有哪些|里的|中的/,
} as const;

/**
 * A yes/no question about a zone and a group asks whether the zone is a member only when it says so, or says
 * nothing else ("X有没有发布…方案" names a group's field word but asks about something else).
 */
/** A seat of a group the question may name as its subBody. */
const SEAT_BODY = /主席|理事长|理事|秘书处|秘书长/;

/** A meeting held at a place, asked: "年会定在南昌办了吗", "大会是在西安开的吗". */
const HOSTED_AT =
  /(?:年会|大会|会议|论坛|对接会|理事会|联席会)[^，,。？?]{0,6}?(?:定在|放在|选在|落在|在)[^，,。？?]{1,12}?(?:办|开|举办|召开|举行)(?:的)?(?:了)?(?:吗|吧|么|没有|没)?[？?]?$/;

/** What a document says, asked: "实施方案里有没有提到…", "规划是否涉及…". */
const DOCUMENT_MENTIONS =
  /(?:方案|规划|意见|计划|通知|报告|文件|政策|办法|纲要|措施|清单)(?:里|中|上)?(?:面)?(?:有没有|是否|有无|有)?(?:提到|提及|写到|写了|涉及|包括|包含|列入|点名)/;

export function asksMembership(p: Parsed): boolean {
  // ("允不允许重庆的省级高新区加入": a rule about a kind of zone, not whether 重庆 is in.)
  if (asksWhoMayJoin(p.text, true)) return false;
  // ("现在在医疗器械网络里还是轮值主席吗": a seat held in the group, not whether it is in.)
  if (p.subBody && SEAT_BODY.test(p.subBody)) return false;
  // (The names the question gives are taken out first: "中关村" says nothing of 中.)
  let rest = p.text;
  for (const m of [...p.mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  // ("无锡在物联网网络平台上促成的项目今年比2024年多了吗": an amount compared; "武汉东湖是主要搞芯片设计的吗": what it
  // does in the group.)
  if (/比[^，,。？?]{0,12}?(?:多|少|高|低|增|减)|主要(?:是)?(?:搞|做|负责|从事|深耕|聚焦)/.test(rest)) return false;
  // ("2027年光电子网络年会定在南昌办了吗": where a meeting is held, not whether 南昌 is in; "光谷的未来产业实施方案里有没有
  // 提到通用人工智能": what a document says.)
  if (HOSTED_AT.test(p.text) || DOCUMENT_MENTIONS.test(p.text)) return false;
  if (
    /成员|参加|加入|参与|属于|入选|进入|(?<!现|正|存|所|实)在|里|中|之一|一员|名单|\b(?:in|member|members|part of|joined?|belongs?)\b/.test(
      rest,
    )
  )
    return true;
  return (
    rest.replace(/是不是|是否|有没有|对不对|吗|呢|吧|的|了|是|有|高新区|产业协同创新|协同创新|网络|联盟|国家|\s/g, "")
      .length <= 2
  );
}

/** The part of a year a founding is claimed in ("2023年底成立", "2024年上半年启动"), as said after 年. */
export const YEAR_PART = /年(年底|年初|年中|年末|上半年|下半年|底|初|末)/;
/** The months each part of a year spans. */
const PART_MONTHS: Record<string, [number, number]> = {
  年初: [1, 3],
  初: [1, 3],
  年中: [5, 8],
  上半年: [1, 6],
  下半年: [7, 12],
  年底: [10, 12],
  底: [10, 12],
  年末: [10, 12],
  末: [10, 12],
};
/** The month is in the part of the year claimed (any month when none is). */
export function inPart(month: number, part: string | undefined): boolean {
  const span = part ? PART_MONTHS[part] : undefined;
  return span === undefined || (month >= span[0] && month <= span[1]);
}
