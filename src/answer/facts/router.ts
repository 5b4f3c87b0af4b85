/**
 * The router: which kind of fact question a parsed question is, and the part that answers it. Returns null
 * when the question is not an exact question (the caller then tries retrieval).
 */

import { lexicon } from "../../knowledge/lexicon.ts";
import { normalize } from "../../knowledge/normalize.ts";
import type { Network, Zone } from "../../knowledge/schema.ts";
import { hasReverseCue, type Parsed, parseQuestion, UNMEASURED, UPPER_BOUND, withoutMentions } from "../parse.ts";
import { asksMembership } from "../query/cues.ts";
import { leaving, namesGroup, sentenceCited } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { articleInfo } from "./article.ts";
import { articleBrief } from "./article-brief.ts";
import { batchCallAsked, unrecordedBatch } from "./batches.ts";
import { multiGroup, sameDayOf, union } from "./compare.ts";
import { type FactContext, type Found, fact, formatDate, found, type Group, none } from "./context.ts";
import {
  ASKS_ITEMS,
  ASKS_MEMBERS,
  ASKS_PLAN,
  ASKS_ROTATION,
  ASKS_WHY,
  AT_FOUNDING,
  asksAboutItself,
  asksLaterStatus,
  asksWhoMayJoin,
  attendanceAsked,
  DIVISION_ASKED,
  DOCUMENT_ISSUED,
  DOCUMENT_SAYS,
  HELD_WHEN_WHERE,
  HOW_CHOSEN,
  ITEMS_OF_COUNTED,
  MEETING_KIND,
  MEMBERS_DOING,
  NUMBERED_TERM,
  PLACE_ASKED,
  RANK_ASKED,
  SAME_DAY,
  SAME_MONTH,
  SAME_YEAR,
  SINGLE_ATTRIBUTES,
  SPEECH,
  UNION,
  WHEN_DECIDED,
  WILL_APPLY,
} from "./cues.ts";

/** The group records an observer seat, told by the newest sentence of its articles that speaks of observers (a later
 *  report may have restored the member or named another). */
function observerSeatNewest(c: FactContext, g: Group): boolean {
  const seat = g.seats.find((x) => /观察员/.test(x.role));
  const newest = seat ? sentenceCited(c.k, (x) => /观察员/.test(x), namesGroup(c.k, g.id)) : undefined;
  return seat !== undefined && newest !== undefined && seat.evidence.some((e) => e.article === newest.articleId);
}

/** A zone taking a seat ("开始当…轮值主席", "接任理事长单位"). */
const SEAT_TAKEN = /(?:当|担任|接任|接棒|轮到|出任)[^，,。？?]{0,12}?(?:轮值主席|理事长|主席单位|秘书长|秘书处)/;

import { councilChanges } from "./council-changes.ts";
import { event, eventOrder } from "./events.ts";
import { figures, matchFigures, notCounted, partUnreported, twoCompared } from "./figures.ts";
import { groupAttribute, rotatingSeatRule, SECRETARIAT_HEAD } from "./group.ts";
import { handoverDay } from "./handover-day.ts";
import { JOINED_THEN, joinedInSeat, joinedLately } from "./joined.ts";
import { levelCount } from "./level-count.ts";
import { general, unknown } from "./lists.ts";
import {
  bodyOfPart,
  groupOfPart,
  JOINED_WITH,
  joinedByLead,
  memberPart,
  membersIn,
  OTHERS_ASKED,
  partClaimed,
  partLead,
  partMates,
  provincesOf,
  regionMembers,
} from "./members.ts";
import { partOfListNamed, partsNamed } from "./parts-named.ts";
import { person } from "./person.ts";
import { asksTwoSeats, groupsWithSeat, ROLE_ASKED, ROLE_SAID, zoneRoles } from "./roles.ts";
import {
  movedWhen,
  ORDINAL_TERM,
  plannedMove,
  saidOfTerm,
  standingRule,
  takesSeatWhen,
  WRITTEN_PLAN,
} from "./seat-plans.ts";
import { AFTER_HOLDER, groupOfHeldPost, namesOtherHolder, seatAsked, takesOverWhen, termAfterLast } from "./seats.ts";
import { asksActLead, taskLead } from "./task-lead.ts";
import {
  countAmong,
  leadCheck,
  membershipCheck,
  reverse,
  thingOfZoneAsked,
  whichAmong,
  zoneReadings,
} from "./zones.ts";

/** Asks which members did something ("哪几家高新区率先实现了…", "哪些成员签署了…"), not who the members are (nor who
 *  formed it: "由哪些高新区共建"). */
const MEMBERS_WHO_DID =
  /(?<!由)(?:哪些|哪几家|哪几个)(?:成员)?(?:高新区|单位|园区)?(?:率先|已经|已|先后|首批|最早)?(?:实现|签署|签订|建成|获得|承担|推出|完成|开通|互认)/;
/** A body (a centre, a firm, an institute) that worked with zones, asked which: "国创中心联合了哪几个高新区的企业",
 *  "…研究院与哪些高新区合作". */
const BODY_WITH_ZONES =
  /([\u4e00-\u9fff]{2,12}(?:中心|公司|企业|研究院|研究所|实验室|大学))(?:在[^，,。？?]{2,16}?[上中里])?(?:联合|携手|联手|牵手|和|与|同|跟)了?(?:哪些|哪几家|哪几个|哪些地方)/;
/** Members counted by what they do ("做核心部件和配套的有几家", "在整机制造环节有几家"). */
const MEMBERS_DOING_COUNTED =
  /(?:做|搞|从事|负责|专注|聚焦|主攻)[\u4e00-\u9fff]{2,14}?的(?:高新区|园区|成员)?(?:有|是)?(?:几|多少)家|在[\u4e00-\u9fff]{2,12}?(?:方面|环节|领域)[^，,。？?]{0,6}?(?:几|多少)家/;
/** Asks who a zone formed a group with: "拉了哪些高新区一起", "联合了哪些", "和哪些高新区一起组建" (not who it did
 *  something else with: "跟哪些高新区一起签了协议"). */
const PARTNERS_ASKED =
  /(?:联合了?|拉了?|拉上了?|带了?|带着|携手了?)(?:哪些|哪几家|哪几个|谁)(?:高新区)?(?:一起)?(?:[？?]|$|组建|成立|发起)|(?:和|跟|与)(?:哪些|哪几家|哪几个)(?:高新区)?(?:一起|共同)(?:组建|成立|发起|建立|创建)/;

/** Which provinces a group's members are in (来自哪些省份, 共几个省, N个省对吗). */
/** A secretariat's own opening: "挂牌运行", "揭牌", "正式运行". */
const SECRETARIAT_OPENED = /秘书处[^，,。？?]{0,12}?(?:挂牌|揭牌|运行|运转|启用)/;
const ASKS_PROVINCES =
  /(?:哪几个|哪些|几个|多少个|哪|每个|各个)(?:省份|省)|各省|\d个省|[一二两三四五六七八九十]个省|\b(?:how many|which|what) provinces\b/;
const ORDINAL_OCCASION = /第[二三四五六七八九十]+[次届][\u4e00-\u9fff]{2}/;

/** The fact answer to a parsed question, or null when the passages should answer it. */
export function answerFacts(c: FactContext, p: Parsed): Answer | null {
  return lookup(c, p)?.answer ?? null;
}

/** The items of a count of things asked ("57场交流活动具体有哪些"), not zones (家). */
const ITEMS_OF_THINGS =
  /\d+(?:场|项|个|次|条|批)[\u4e00-\u9fff]{1,10}?(?:具体|分别|都)?(?:有|是|包括)(?:哪些|什么|哪几)/;

/** Who takes part in a piece of work a zone leads ("合肥牵头搞的量子信息协作机制都有哪些单位参加"): the work's, not the
 *  zone's memberships. */
// ("成都和重庆要搞的成渝低空经济协同机制，有哪些园区参加": work they plan, after a comma.)
const TAKES_PART_IN_WORK =
  /(?:牵头|要|准备|打算|计划|拟|联合|共同)(?:搞|组建|筹建|建立|成立|设立|谋划|推动|建设)?的[\u4e00-\u9fff]{2,16}?(?:机制|平台|工作组|专班|联合体|实验室|基地)[，,]?[\u4e00-\u9fff]{0,4}?(?:有)?(?:哪些|哪几家|哪家|几家|多少家)(?:单位|高新区|园区|成员)?(?:参加|参与|加入)/;

/** When a piece of work inside a group began to run ("科技创新券跨省互认机制啥时候正式运行的"): its own sentence, not the
 *  group's founding. */
const WORK_STARTED =
  /(?:机制|平台|基金|系统|专线|通道|清单|目录|服务站|数据库)(?:是)?(?:在)?(?:啥时候|什么时候|何时|哪天|哪一天|哪年|几月|哪个月)(?:开始)?(?:正式)?(?:运行|上线|启用|投用|投入使用|运营|开通|实施|施行|生效|落地)/;

/** When a term ends, asked: "任期到什么时候为止", "任期至何时". */
const TENURE_END =
  /任期[^。？?]{0,6}?(?:到|至)(?:什么时候|啥时候|何时|哪年|哪一年|几月)|(?:到|至)(?:什么时候|啥时候|何时)为止/;

/** The member list asked for, wherever it stands in the question. */
const LISTS_MEMBERS = /(?:有|是)哪些(?:成员|高新区|单位)|成员名单|哪些成员|成员都有(?:谁|哪些)/;

/** What a secretariat does or will do, rather than where it is. */
// ("秘书处这次修订了哪两个文件": what it did.)
// ("秘书处提出的下一步工作有哪些": the work it put forward; not where it will work, "接下来在哪里工作".)
const SEAT_WORK =
  /做(?:哪|什么|好|些)|干(?:什么|啥)|哪[几一二三四五六七八九十]件事|负责什么|职责|任务|工作内容|(?:修订|制定|起草|发布|出台|印发|编制)了?(?:哪|什么|几)|(?:下一步|接下来|今后)(?![^。？?]{0,10}?(?:在哪|哪里|哪儿|地点|哪个高新区|设在))[^。？?]{0,6}?(?:工作|打算|计划|安排)|提出(?:了)?的?[^。？?]{0,8}?(?:工作|建议|举措)/;
/** What good a seat's arrangement does ("秘书处轮值有什么好处"). */
const SEAT_GOOD = /好处|益处|优点|意义|有什么用|作用是/;

/** Who holds a seat after the one named ("…任期满了以后…换成谁", "到期之后轮到哪家"). */
const NEXT_HOLDER =
  /(?:满了|届满|期满|到期|卸任|之后|以后)[^。？?]{0,16}?(?:换成|轮到|接任|接替|由)?(?:谁|哪家|哪一家|哪个)/;

/** The group's founding day asked: "是哪天成立的", "什么时候启动的". */
const FOUNDING_DAY_ASKED = /(?:哪天|哪一天|什么时候|何时|哪年|哪一年|几月几号)(?:正式)?(?:成立|启动|组建|揭牌)/;

/** A zone's joining or leaving asked: the verb. */
// ("从什么时候开始不是X成员了": since when it is no member.)
// ("啥时候进的纳米网络": 进 said of the group, not of 推进 or 引进.)
const CHANGE_ASKED =
  /加入|入网|入盟|进入|加进|(?<![推促引先改增前跟演精并激])进(?:的|了)(?=[^，,。？?]{0,12}?(?:网络|联盟))|退出|退了|离开|(?:不(?:算|再是|再作为|再属于)|开始不是)[^，,。？?]{0,12}成员/;

/** The day a zone joined or left a group: the change's event that names it with the verb asked. */
function changeDay(c: FactContext, p: Parsed, g: Group, readings: { zones: Zone[] }[]): Answer | null {
  const verb = CHANGE_ASKED.exec(p.text)?.[0];
  // ("杭州和宁波加入…的时候，这个网络是哪天成立的": the group's own founding asked, the joining only said.)
  if (FOUNDING_DAY_ASKED.test(p.text)) return null;
  // (Each zone named once: a name that reads as two zones is asked which.)
  const zones = readings.every((r) => r.zones.length === 1) ? readings.flatMap((r) => r.zones) : [];
  if (!verb || zones.length === 0) return null;
  // ("南京和东湖是啥时候加入…的": each zone's day, when every one has its own.)
  const days = zones.map((zone) => zoneChangeDay(c, g, zone, verb));
  if (days.some((d) => d === null)) return null;
  const found = days as Answer[];
  if (found.length === 1) return found[0] as Answer;
  return {
    ...(found[0] as Answer),
    answer: found.map((d) => d.answer).join("\n"),
    citations: found.flatMap((d) => d.citations).filter((x, i, all) => all.findIndex((o) => o.quote === x.quote) === i),
  };
}

/** The day one zone joined or left a group, by the verb asked. */
function zoneChangeDay(c: FactContext, g: Group, zone: Zone, verb: string): Answer | null {
  const leaving = /退|离开|不/.test(verb);
  const name = c.zoneName(zone.id);
  // (A change's title names every zone of it, "A、B加入X，C退出": the asked one on the side of the verb asked.)
  // ("C退出X" alone: the title is all the leaving side.)
  const side = (title: string) =>
    title
      .split(/[，,]/)
      .filter((part) => (leaving ? /退出/.test(part) : !/退出/.test(part)))
      .join("，");
  const e = c.k.events.find(
    (x) => x.id.startsWith(`${g.id}-members-`) && x.scopes.includes(zone.id) && side(x.title).includes(name),
  );
  if (!e) return null;
  const act = `${leaving ? "退出" : "加入"}${g.name}`;
  // (A change the article does not date is dated by the article: said so, not as the day it happened.)
  const said = e.dateNote?.startsWith("文中未写")
    ? `文章没有写${name}${act}的具体日期；报道此事的文章发表于${formatDate(e.date)}。`
    : `${name}于${formatDate(e.date)}${act}。`;
  return fact(c.k, said, e.evidence, {
    title: g.name,
  });
}

/** A later numbered term's seat ("第二届理事长单位"): its post. */
/** ("第二届（2027—2028年）轮值理事长单位": the years in brackets are no part of the post.) */
/** A summary asked in English ("give me a quick summary of…", "tell me about…", "an overview of…"). */
const SUMMARY_ASKED =
  /\b(?:summary|summari[sz]e|overview|brief(?:ing)?|introduce|introduction|tell me about|describe)\b/i;

const LATER_NUMBERED = /^第[二三四五六七八九]届(?:[（(][^）)]*[）)])?(.+?)(?:单位)?$/;

/**
 * "理事长下一届轮到谁": a seat an article gives from a later year ("2027年起由B接任" → 2027年起理事长单位), of the
 * post the question names.
 */
function laterTerm(c: FactContext, p: Parsed, g: Group): Answer | null {
  const afterLast = termAfterLast(c, p, g);
  if (afterLast) return afterLast;
  // ("现在是谁，下一年度轮到谁", "第一任是谁，下一任轮到谁": both terms, as the seat lookup gives them.)
  const nowToo = /现在|目前|当前|现任|如今|今年|本年度|首任|首届|第一任|第一届/.test(p.text);
  // ("第二届理事长单位由B担任", said while the first term runs, is the next term too: the lowest number an article
  // gives, so "第二届、第三届分别由A、B担任" answers A.)
  // (A term asked by its number is that term only: "第三届…定了没" is not the 第二届's.)
  // ("第二届、第三届分别是": each term asked.)
  const nths = [...p.text.matchAll(/第[二三四五六七八九]届/g)].map((m) => m[0]);
  const isFrom = (zone: string) =>
    p.mentions.some((m) => m.type === "entity" && m.ref.id === zone && AFTER_HOLDER.test(p.text.slice(m.end)));
  const termNumber = (role: string) => "二三四五六七八九".indexOf(role.charAt(1));
  const numbered = g.seats
    .filter((s) => LATER_NUMBERED.test(s.role) && (nths.length === 0 || nths.some((n) => s.role.startsWith(n))))
    .sort((a, b) => termNumber(a.role) - termNumber(b.role))
    .slice(0, Math.max(1, nths.length));
  // ("2027年轮值主席单位" reported in 2026: a year's term after its report is a later term too.)
  const yearly = (role: string, asOf = "") => {
    // ("2027—2028年度轮值主席单位": a term of two years, from its first.)
    const m = /^((?:19|20)\d{2})(?:[—–-](?:19|20)\d{2})?年度?(.+?)(?:单位)?$/.exec(role);
    return m && asOf && Number(m[1]) > Number(asOf.slice(0, 4)) ? m : null;
  };
  const seats = g.seats.filter((s) => {
    const post =
      (/^(?:(?:19|20)\d{2}年起|下一任)(.+?)(?:单位)?$/.exec(s.role) ??
        (numbered.includes(s) ? LATER_NUMBERED.exec(s.role) : null))?.[1] ?? yearly(s.role, s.asOf)?.[2];
    // (The deputy's post is not the post: 副理事长 is asked apart from 理事长.)
    // ("成都之后下一任是谁": the later term the zone named before 之后 holds is where the question starts from.)
    // ("秘书处明年会不会跟着理事长搬到成都去": the secretariat asked, the chair named only beside it.)
    const another = /秘书处/.test(p.text) && post !== undefined && !post.includes("秘书处");
    return (
      post !== undefined && p.text.includes(post) && !p.text.includes(`副${post}`) && !s.zones.some(isFrom) && !another
    );
  });
  // ("秘书处今年在哪，明年轮到谁": the seat now, then the next; the secretariat is no seat the seat lookup gives.)
  const secretariat = nowToo && seats.every((s) => s.role === "下一任秘书处单位") ? g.secretariat : undefined;
  if (seats.length === 0 || (nowToo && !secretariat)) return null;
  // "怎么轮值，下一届轮到谁": the term of office the seat's sentence gives comes with it.
  const term = (s: Group["seats"][number]) =>
    ASKS_ROTATION.test(p.text) ? (/每届任期[^，,。；;]{1,8}/.exec(s.evidence[0]?.quote ?? "")?.[0] ?? "") : "";
  const lines = seats.map(
    (s) =>
      `${s.role}是${s.zones.map((z) => c.zoneName(z)).join("、")}${takesOverWhen(p.text, s.evidence[0]?.quote ?? "")}${term(s) && `（${term(s)}）`}`,
  );
  if (secretariat) lines.unshift(`秘书处现设在${c.zoneName(secretariat.zone)}`);
  return fact(
    c.k,
    `${g.name}的${lines.join("；")}。`,
    [...(secretariat?.evidence.slice(0, 1) ?? []), ...seats.flatMap((s) => s.evidence.slice(0, 1))],
    { title: g.name },
  );
}

/** Asks by what rule something was done ("按什么制度换的", "依据什么"): what the passages say, not the seat. */
const BY_WHAT_RULE =
  /(?:按(?:照)?|依据|根据)(?:什么|哪个|哪项|哪一?条)|(?:什么|哪个|哪项)(?:制度|规定|办法|规则|文件)|依据是/;

/** Members named by a clause before 的是哪几家 ("里率先实现…的是哪几家"). */
const PICKED_BY_ACT = /(?:里|中|内|当中)(?:的)?([\u4e00-\u9fff“”]{3,20}?)的(?:是|有)?(?:哪几家|哪些|哪几个|哪家|哪个)/;
/** Zones picked out by what they do in an industry ("主要是哪些高新区在做", "在…领域竞争力比较突出"). */
// ("深耕芯片制造领域的是哪些", "做芯片制造和做封装测试的分别是哪些", "主要布局在芯片设计领域", "主要布局芯片设计的".)
// ("哪些高新区主要做芯片设计": what they do, said last.)
const PICKED_IN_FIELD =
  /在做|在搞|突出|领先|较强|优势明显|集聚了?|聚集了?|主要(?:是|有|在|做|搞)|深耕|布局在|布局[\u4e00-\u9fff]{2,8}的|主攻|做[\u4e00-\u9fff]{2,12}?的/;

/** Every group the question names is named by its field alone ("集成电路产业链", not "集成电路网络"). */
function fieldOnly(p: Parsed): boolean {
  const groups = p.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
  return (
    groups.length > 0 && groups.every((m) => !/网络|联盟|network|alliance/i.test(p.text.slice(m.start, m.end + 3)))
  );
}

/** Clauses that name members by what they are, not by what they did. */
const NOT_AN_ACT =
  /^(?:成员|高新区|单位|国家级|省级|新|首批|最早|后来|牵头|加入|参加|参与|是|有|都|也|同时|一起|现在|目前)|＿|省|市|地区|区域/;

/**
 * "某网络谁牵头？何时成立", "光电子网络启动日期和成员数": each attribute asked of one group, answered in turn (asked in
 * two clauses, or joined by 和/、/a space).
 */
function eachAttribute(c: FactContext, p: Parsed, g: Group): Answer | null {
  const asked = p.attributes.filter((a) => SINGLE_ATTRIBUTES.has(a));
  if (asked.length < 2 || p.open || !(p.clauses >= 2 || /和|以及|、/.test(p.text))) return null;
  const parts = asked.map((attribute) => groupAttribute(c, { ...p, attribute }, g));
  const answered = parts.filter((a) => a.kind !== "none");
  if (answered.length === 0) return null;
  return {
    kind: "fact",
    answer: parts.map((a) => a.answer.replace(/已知的是：[\s\S]*$/, "")).join("\n"),
    citations: answered.flatMap((a) => a.citations),
    title: g.name,
    notes: parts.flatMap((a) => a.notes ?? []),
  };
}

/** Asks which one: "是哪家高新区", "哪个". */
const WHICH_ONE = /哪(?:一)?家|哪个|哪几家|哪些/;

/** Someone speaking for a zone or a seat: the question asks a person. */
const SPOKE = new RegExp(`代表|表示|${SPEECH}`);

/** The fact answer with what kind of answer it is (a summary only, which a supporting passage may replace). */
/** A deadline asked: "啥时候之前", "什么时候前". */
const DEADLINE_ASKED = /(?:什么时候|啥时候|何时|哪天|几号)(?:之前|以前|前)/;

export function lookup(c: FactContext, p: Parsed): Found | null {
  // "秘书长联席会议来了多少家高新区": how many came to a meeting, which no member list or count answers.
  if (attendanceAsked(p.text) && p.attribute !== "date" && p.attribute !== "venue") return null;
  // "办了57场交流活动，具体有哪些": the items of a count of things, not the group's members.
  if (p.attribute === "members" && ITEMS_OF_THINGS.test(p.text)) return null;
  if (TAKES_PART_IN_WORK.test(p.text)) return null;
  if (p.attribute === "date" && WORK_STARTED.test(p.text)) return null;
  // ("要求成员单位啥时候之前报联络员": a deadline set, which the passages tell; no founding or change day is it.)
  if (p.attribute === "date" && DEADLINE_ASKED.test(p.text)) return null;
  if (DOCUMENT_ISSUED.test(p.text) && !p.quantity && p.attribute === null) return null;
  // ("理事长单位到期了怎么产生": how a post is filled, a rule the passages tell, not who holds it.)
  if (HOW_CHOSEN.test(p.text) && /理事长|主席|秘书长/.test(p.text) && !/谁|哪家|哪个|哪一家/.test(p.text)) return null;
  const asked = notPartLabels(
    p,
    p.entities
      .filter((e) => e.kind !== "zone")
      .map((e) => c.group(e))
      .filter((g): g is Group => !!g),
  );
  // ("数字医疗与康复器械这个板块是哪几家": a part of one group's list, the group unsaid.)
  const ofPart = asked.length === 0 ? groupOfPart(c, p.text) : undefined;
  const groups = ofPart ? [ofPart] : asked;
  const readings = zoneReadings(c, p);

  const article = articleInfo(c, p) ?? articleBrief(c, p);
  if (article) return found(article);
  if (p.opinion) {
    return found(
      none("我只依据文章回答事实，不做评价、优劣比较或预测。可以问成员、成立时间、地点、牵头单位，或文章里的原话。"),
    );
  }
  // "光谷未来产业发展实施方案主要讲了什么": what a document says is the passages' (its sentence), not a figure of it.
  if (DOCUMENT_SAYS.test(p.text) && !p.quantity) return null;
  // "孟庆华在联盟成立大会上提出了什么观点": what a person the articles quote said is the passages', not a lookup of the
  // group's people.
  // ("赵明哲介绍沈阳要牵头做什么": what they told of.)
  // (An amount asked of what they said is a figure: "杨红刚说三原的高新技术企业有多少家来着".)
  const told = p.asksWhatWasSaid || /介绍(?!一下|下)/.test(p.text);
  // (…or an article names among its people: "贾敬敦举了哪几个…例子".)
  const named = (n: string) => n.length >= 2 && p.text.includes(n);
  // ("哪几个" asks which ones they named, no amount.)
  if (
    told &&
    !(p.quantity && /多少|多大|多高|多长|多久|(?<!哪)几[家个项场次条位名亿万]/.test(p.text)) &&
    (c.k.officials.some((o) => named(o.name)) || [...c.k.articles.values()].some((a) => a.people.some(named)))
  )
    return null;
  // "新型显示网络里有几家是省级高新区": the members of one group counted by their level.
  const byLevel = groups.length === 1 ? levelCount(c, p, groups[0] as Group) : null;
  if (byLevel) return found(byLevel);
  // "三代半国创中心联合了哪几个高新区的企业机构": the zones a body inside a group worked with, the passages' (or a
  // figure of that body, whose sentence names them: "…联合来自A、B的企业机构，…设立联合研发中心合计35个").
  // (Not a government body that guided a founding, "火炬中心联合了哪些高新区成立淮河联盟": the members founded it.)
  const body = BODY_WITH_ZONES.exec(p.text);
  // (…founding said after the body's act, "…联合了哪些高新区成立淮河联盟", not "网络成立以来，…中心联合了哪些…".)
  const founding =
    /成立|组建|发起/.test(p.text.slice((body?.index ?? 0) + (body?.[0].length ?? 0))) ||
    /部|委|厅|局|火炬中心|政府/.test(body?.[1] ?? "");
  if (body && !founding && (p.attribute === null || p.attribute === "members" || p.attribute === "count")) {
    const figure = figures(c, p);
    const ofBody = figure?.citations.some((q) => q.quote.includes(body[1] as string));
    return ofBody && figure ? found(figure) : null;
  }
  // "季度会商机制由哪家牵头建立", "西安在低空网络里牵头成立了什么工作组": a piece of work inside a group and its lead.
  const task = taskLead(c, p);
  if (task) return found(task);
  if (asksActLead(p.text)) return null;
  // "Z新加入了哪个网络": the groups whose recorded change added the zone.
  const newlyJoined =
    groups.length === 0 && readings.length === 1 && (p.recent || (p.year !== null && JOINED_THEN.test(p.text)))
      ? joinedLately(c, readings[0], p)
      : null;
  if (newlyJoined) return found(newlyJoined);
  // What has not happened yet is never a fact here: say so, with what the articles do record.
  // Who joined lately: a recorded change is the query layer's history; without one, the articles say nothing.
  // "第三批新成员都有谁": a batch past those recorded.
  if (batchCallAsked(p.text)) return null;
  const batch = groups.length === 1 ? unrecordedBatch(c, p, groups[0] as Group) : null;
  if (batch) return found(batch);
  if (p.future || (p.recent && !groups.some((g) => g.memberHistory.length > 0))) {
    // "第二届秘书处接手后主要做哪几件事": a plan's items, which the passages give when an article states the plan;
    // "第二届什么时候、怎么产生": how a later holder will be chosen, as a rule says.
    if (ASKS_ITEMS.test(p.text) || HOW_CHOSEN.test(p.text)) return null;
    // An ordinal occasion ("第二次理事会") that an article reports as held is a recorded event, not the future.
    // ("第二届理事会的副理事长单位": a seat of the body that occasion formed is asked, not the occasion; "第二届理事会任期多
    // 长": nor is its term.)
    const held = ORDINAL_OCCASION.exec(p.text);
    const seatAfter =
      held &&
      /^[\u4e00-\u9fff]{0,8}?(?:单位|秘书处|秘书长)|^会?的?(?:任期|每届|一届)/.test(
        p.text.slice((held.index ?? 0) + held[0].length),
      );
    const dated = held && !seatAfter ? event(c, p) : null;
    if (held && dated?.answer.includes(held[0])) return found(dated);
    // (An occasion not held yet, asked when or where, "第二次理事会大概什么时候开": a plan the passages tell,
    // "计划于下半年召开", or leave open.)
    // (…when a sentence of an article about the group plans that occasion.)
    const occasion = held?.[0];
    // (…of a body of the group named before it, "低空网络关键部件工作组第二次会议": that body's plan, in any article that
    // names the group, "关键部件工作组2026年第二次会议将于9月在我区召开".)
    const groupEnd = p.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone").at(-1)?.end ?? 0;
    const body = /[\u4e00-\u9fff]{2,12}?(?:工作组|专委会|委员会|专班|联盟|分会)$/.exec(
      p.text.slice(groupEnd, held?.index ?? 0),
    )?.[0];
    if (
      occasion &&
      groups.length === 1 &&
      COMING_WHEN.test(p.text.slice(held.index ?? 0)) &&
      sentenceCited(
        c.k,
        (x) => new RegExp(`${occasion}${PLANNED_AT.source}`).test(x) && (!body || x.includes(body)),
        namesGroup(c.k, (groups[0] as Group).id, !body),
      )
    )
      return null;
    const rule = groups.length === 1 ? standingRule(c, p, groups[0] as Group) : null;
    if (rule) return found(rule);
    const joinedAs = p.recent && groups.length === 1 ? joinedInSeat(c, groups[0] as Group) : null;
    if (joinedAs) return found(joinedAs);
    const later = groups.length === 1 ? laterTerm(c, p, groups[0] as Group) : null;
    if (later) return found(later);
    return found(notYet(c, p));
  }
  // "联盟允不允许川渝的省级高新区加入", "哪些园区成了观察员": who may join, a rule the passages tell (or say is
  // open), not the list, its provinces, nor whether a zone named is in.
  // (Not the observers a group records, asked who or how many: "物联网网络有几家观察员单位，是谁".)
  const observers =
    groups.length === 1 &&
    /观察员/.test(p.text) &&
    /谁|哪[家些几个]|几家|多少家/.test(p.text) &&
    // (Not who may become one, "哪些园区可以申请成为观察员": a rule.)
    !/可以|可否|能否|能不能|申请|条件|资格|允许/.test(p.text) &&
    observerSeatNewest(c, groups[0] as Group);
  if (groups.length >= 1 && asksWhoMayJoin(p.text, readings.length > 0) && !observers) return null;
  // "2027年度秘书处打算给谁": a year after the report of a next term's seat asks that term.
  const one = groups.length === 1 ? (groups[0] as Group) : undefined;
  const laterYear = (g: Group) =>
    p.year !== null && g.seats.some((x) => x.role.startsWith("下一任") && (x.asOf ?? "").slice(0, 4) < String(p.year));
  const nextTerm = one && laterYear(one) ? laterTerm(c, p, one) : null;
  if (nextTerm) return found(nextTerm);
  // "秘书处2027年轮到哪儿", a year after what the seat's report says, and no seat of that term: the seat now is only
  // a summary; a passage that tells the plan ("2027年度…将由山东省成员单位接任") is preferred.
  const seatYear = one?.secretariat?.movedOn ?? one?.secretariat?.asOf;
  if (
    one &&
    p.year !== null &&
    seatYear &&
    String(p.year) > seatYear.slice(0, 4) &&
    /秘书处/.test(p.text) &&
    /轮到|接任|接手|交给|由谁|给谁|换到|转到/.test(p.text)
  )
    // (When the seat rotates, "此后秘书处每两年轮换一次", and no passage tells that year's: not known.)
    return {
      answer: /轮换|轮值|轮驻|轮流/.test(one.secretariat?.note ?? "")
        ? none(`文章没有涉及${p.year}年的秘书处。`)
        : groupAttribute(c, p, one),
      summaryOnly: true,
    };
  // "退出以后，还会以观察成员的身份参加…吗": what a zone will be later, which the passages tell (or leave open).
  if (readings.length > 0 && asksLaterStatus(p.text)) return null;
  // "Z在X和Y里分别是什么身份": the zone's roles, group by group.
  const oneZone = readings.length === 1 && readings[0]?.zones.length === 1 ? readings[0].zones[0] : undefined;
  // "长沙在X网络里跟哪些高新区分在同一个板块": the zone's part of the list.
  const mates = oneZone && groups.length === 1 ? partMates(c, groups[0] as Group, oneZone.id, p.text) : null;
  if (mates) return found(mates);
  // "沈阳高新区在低空网络里是做整机研制的吧": the zone's part checked.
  const inPart = oneZone && groups.length === 1 ? partClaimed(c, groups[0] as Group, oneZone.id, p.text) : null;
  if (inPart) return found(inPart);
  if (oneZone && groups.length > 0 && ROLE_ASKED.test(p.text)) {
    const roles = zoneRoles(c, oneZone, groups, p.text);
    if (roles) return found(roles);
    // In no list of a group named, and never was: not a member, unless a passage tells a role the lists miss.
    const left = groups.some((g) => g.memberHistory.some((h) => h.zones.includes(oneZone.id)));
    if (!left) {
      const check = membershipCheck(c, groups, readings);
      return { answer: { ...check, answer: check.answer.replace(/^不是。/, "") }, summaryOnly: true };
    }
  }
  // "在哪个网络里牵头，又在哪个网络当轮值主席": two seats asked with no group named; all it belongs to and holds.
  if (oneZone && groups.length === 0 && asksTwoSeats(p.text)) return found(reverse(c, p, readings));
  // "西安在哪些网络里当副理事长单位": one seat asked of the zone, in every group that records it.
  const withSeat =
    oneZone && groups.length === 0
      ? groupsWithSeat(c, oneZone, [...c.k.networks.values(), ...c.k.alliances.values()], p.text)
      : null;
  if (withSeat) return found(withSeat);
  // A seat the one group named gives members ("副理事长单位有哪些", "首届轮值主席单位是谁"), when an article names it.
  // (A zone named as the holder before the one asked, "长沙之后轮到哪家", is where the question starts from.)
  const fromZone = p.mentions.every((m) => m.type !== "entity" || m.ref.kind !== "zone" || namesOtherHolder(p, m));
  // "理事长干几年？到期以后怎么轮": an alliance's chair and the rule it rotates by (理事长 said without 单位).
  const chaired = groups.length === 1 && readings.length === 0 ? (groups[0] as Group) : undefined;
  if (chaired && !("field" in chaired) && chaired.chair && /(?<!副)理事长/.test(p.text) && ASKS_ROTATION.test(p.text))
    return found(groupAttribute(c, { ...p, attribute: "lead" }, chaired));
  const takes = groups.length === 1 && readings.length === 1 ? takesSeatWhen(c, p, groups[0] as Group, readings) : null;
  if (takes) return found(takes);
  // ("长沙当完轮值主席以后，接棒的是哪个": no group named, the one group whose post the zone held.)
  const heldBy = groups.length === 0 && readings.length === 1 && fromZone ? groupOfHeldPost(c, p, readings) : undefined;
  const seatOf = groups.length === 1 && (readings.length === 0 || fromZone) ? (groups[0] as Group) : heldBy;
  // ("理事会有什么变化": the council's later reports, when no post is named.)
  const council = seatOf && readings.length === 0 ? councilChanges(c, p, seatOf) : null;
  if (council) return found(council);
  // (The day it was handed over, "轮值主席交接是哪天": the sentence that dates the handover's occasion.)
  const handed = seatOf && p.subBody ? handoverDay(c, seatOf, p.text, p.subBody) : null;
  if (handed) return found(handed);
  const seat = seatOf ? seatAsked(c, p, seatOf) : null;
  if (seat) return found(seat);
  // ("泰州医药高新区当首任理事长单位，任期到什么时候为止": no group named, the term of the post the zone held in one group.)
  const tenureOf =
    !seatOf && groups.length === 0 && oneZone && TENURE_END.test(p.text)
      ? groupOfHeldPost(c, p, [{ zones: [oneZone] }])
      : undefined;
  const tenure = tenureOf ? seatAsked(c, p, tenureOf) : null;
  if (tenure) return found(tenure);
  // Its members in one region, when its list is written by region ("华北地区（2家）：A、B").
  const inRegion =
    groups.length === 1 && readings.length === 0 ? regionMembers(c, groups[0] as Group, p.text) : undefined;
  if (inRegion) return found(inRegion);
  // "专委会由谁牵头", "设了几个工作组": a body inside the group; its lead and members are not the group's.
  // Where the body itself sits ("联络办公室放在哪") is the passages' too; where a meeting of it is held is an event.
  const occasionVenue = p.attribute === "venue" && /会|仪式|典礼|论坛/.test(p.text);
  // ("…移动物联网专委会成立大会在哪开的": the body's own founding, which no lookup of the group's holds; passages tell it.)
  if (p.subBody && occasionVenue && new RegExp(`${p.subBody}的?(?:成立|揭牌|启动)(?:大会|仪式|会议|会)`).test(p.text))
    return null;
  // When the body's own seat changes hands (接任/轮到) is its date, not the group's founding.
  // (So is when a body the group set up was founded, "光子芯片联合攻关体什么时候揭牌"; a seat of its members, "副理事长单位",
  // was given at the founding.)
  const bodyDate =
    p.attribute === "date" &&
    (/接任|担任|轮到|换届|交接/.test(p.text) || WHEN_DECIDED.test(p.text) || !/单位$|主席$/.test(p.subBody ?? ""));
  if (p.subBody && (p.attribute !== "date" || bodyDate) && !occasionVenue) {
    // (How a rotating seat rotates: the rule its holders' articles state.)
    const rule = groups.length === 1 ? rotatingSeatRule(c, p, groups[0] as Group) : null;
    if (rule) return found(rule);
    // ("现代中药工作组的牵头单位是哪个", the groups' bodies set one to a part, "与四个板块一一对应，分别由…牵头"): the
    // part's lead.
    const body = groups.length === 1 && /牵头/.test(p.text) ? bodyOfPart(c, groups[0] as Group, p.text) : null;
    if (body) return found(body);
    // (How many of them there are, when a figure counts them: "建了几个示范基地".)
    const counted = p.quantity && (p.attribute === null || p.attribute === "count") ? figures(c, p) : null;
    return counted ? found(counted) : null;
  }
  // "入盟要满足哪些条件": a question about something else than the lookups; passages answer it.
  // (…unless it is a part of the group's list, "核心零部件板块有哪些".)
  if (p.asksOther && (p.attribute === null || p.attribute === "members" || p.attribute === "count")) {
    const part = groups.length === 1 && readings.length === 0 ? memberPart(c, groups[0] as Group, p.text) : null;
    return part ? found(part) : null;
  }
  // A detail no fact records (phone, price, budget …): only a figure that names it may answer; else passages.
  if (p.detail) {
    // "成员里营收排第二的是哪家": one group's members ranked, which a passage states; the group's total is not it.
    if (groups.length === 1 && readings.length === 0 && RANK_ASKED.test(p.text) && /哪[家个所]|谁/.test(p.text))
      return null;
    const figure = figures(c, p);
    const named = (d: string) =>
      normalize(figure?.answer ?? "").includes(d) ||
      matchFigures(c, p).some((f) => f.match.some((group) => group.some((t) => normalize(t) === d)));
    // (Or, for an amount asked, not who ranks first, names it as the articles write it: 营收 is 营业收入.)
    // ("What was the combined 2025 revenue of X" asks the amount in English.)
    // (Two amounts named against each other, "A和B哪个高，高多少", ask amounts too.)
    const amount =
      (/多少|几|\bhow (?:much|many)\b|\bwhat (?:was|is|were|are)\b/.test(p.text) &&
        !/前[三五十\d]|最|排|谁|哪|\b(?:top|highest|largest|most|rank)/.test(p.text)) ||
      twoCompared(p.text);
    const forms = [p.detail, ...((amount && lexicon.detailForms[p.detail]?.split(" ")) || [])];
    return found(figure && forms.some(named) ? figure : null);
  }
  // "哪个联盟的企业多", "总共多少家公司": the articles count members, not that.
  // "最大的瓶颈", "最大的变化": a superlative of something no number measures is not a comparison.
  const ranked = p.text.replace(UPPER_BOUND, "").replace(UNMEASURED, "");
  const comparing = p.compare !== null || /[最更](?:多|少|高|低|大|小|强)/.test(ranked);
  // Provinces of one group's members, unless a figure the articles give answers it (an area's own coverage).
  if (groups.length === 1 && readings.length === 0 && ASKS_PROVINCES.test(p.text)) {
    const provinces = figures(c, p) ?? provincesOf(c, groups[0] as Group, p.text);
    if (provinces) return found(provinces);
  }
  if (p.countsOther && (p.quantity || comparing || /哪些/.test(p.text))) {
    // ("场景应用板块有几家": a part of the group's list named by its label, not a thing it counts; "清单有多少个场景"
    // counts the thing.)
    const asksZones = /家|成员|高新区|园区|单位|哪/.test(p.text);
    const part =
      groups.length === 1 && readings.length === 0 && asksZones ? memberPart(c, groups[0] as Group, p.text) : null;
    if (part) return found(part);
    // "X联盟里高企最多的是哪家": members ranked inside one group, which an article's figures may state.
    const withinOne = groups.length === 1 && (/哪[家个所]|谁/.test(ranked) || RANK_ASKED.test(p.text));
    // (The members ranked by it are what a passage states; the group's total is not the answer.)
    if (withinOne && RANK_ASKED.test(p.text)) return null;
    // (No figure of each group: that refusal gives way to a passage that ranks them, when one does.)
    // (Groups compared only when the question is about groups: "江苏高新区各项指标…哪一项占比最高" ranks a
    // province's figures, which the passages give.)
    const ofGroups = groups.length > 0 || /网络|联盟/.test(p.text);
    // (A part of a year the articles do not report, "2026年全年", whose other part they do: that stands.)
    const otherPart = partUnreported(c, p);
    if (otherPart) return found(otherPart);
    const counted = notCounted(c, p, p.countsOther, comparing && !withinOne && ofGroups);
    if (counted?.kind === "none") return { answer: counted, summaryOnly: false, passagesMay: true };
    return found(counted);
  }
  if (p.uncoveredYear !== null) return found(none(`文章没有涉及${p.uncoveredYear}年的内容。`));
  // "《…制度》是什么时候通过的": a document's date or place is an event that names it, else the passages'.
  if (p.document && (p.attribute === "date" || p.attribute === "venue")) return found(event(c, p));
  // ("光电子网络 东湖 启动日期 几家": keywords of one group, a zone among them a hint of it; each attribute answered.)
  const each =
    groups.length === 1 && readings.length === 1 && p.keywords ? eachAttribute(c, p, groups[0] as Group) : null;
  if (each) return found(each);
  // "东湖牵头的那个网络有哪些成员": the network is named by its lead.
  const ledNetwork = networkNamedByLead(c, p, groups, readings) ?? networkNamedByMember(c, p, groups, readings);
  if (ledNetwork) return ledNetwork;
  // "顾国栋是谁" is a fact; "顾国栋怎么看…" is answered by what he said (passages).
  const who = p.asksWhatWasSaid ? null : person(c, p);
  if (who) return found(who);
  // "秘书处交接仪式是什么时候办的": an occasion asked when or where, whatever else the question names first.
  // (Of an occasion, "在哪开的" asks its venue even where 秘书处 made the attribute the secretariat.)
  const whenOrWhere =
    p.attributes.find((a) => a === "date" || a === "venue") ??
    (p.occasion ? (ASKS_WHEN.test(p.text) ? "date" : ASKS_WHERE.test(p.text) ? "venue" : undefined) : undefined);
  const occasionAsked = p.occasion && whenOrWhere ? { ...p, attribute: whenOrWhere } : null;
  // Two occasions, which came first.
  const order = eventOrder(c, p);
  if (order) return found(order);
  // ("…公共服务平台最后建在哪个城市": where a thing of the group is built, which the passages tell or leave open, not
  // where the group was launched.)
  if (p.attribute === "venue" && THING_PLACED.test(p.text)) return null;
  // ("长沙高新区和天津滨海高新区签生物制造合作备忘录是哪天": an agreement zones signed, which its sentence dates, not
  // the group's founding.)
  if (p.attribute === "date" && readings.length > 0 && AGREEMENT_SIGNED.test(p.text)) return null;
  if (p.attribute === "date" || p.attribute === "venue" || p.attribute === null || occasionAsked) {
    const dated = event(c, occasionAsked ?? p);
    if (dated) return found(dated);
  }
  // ("物联网网络是哪天在无锡开的大会": the founding's own occasion, "建设大会", asked by its last word.)
  const only = groups.length === 1 ? (groups[0] as Group) : undefined;
  const opened = only && "field" in only ? only.launch?.occasion : undefined;
  // (Only the occasion said bare after the verb, "开的大会": "第二次全体成员大会", "2025年度成员大会" are others.)
  const bare = p.occasion ? new RegExp(`(?:开|办|举行|召开|举办)的${p.occasion}`).test(p.text) : false;
  if (only && bare && opened?.endsWith(p.occasion ?? "") && (whenOrWhere === "date" || whenOrWhere === "venue"))
    return found(groupAttribute(c, { ...p, attribute: whenOrWhere }, only));
  // "某网络下一届年会在哪开": another occasion than the founding; its date, venue or host is not the
  // launch's, so the passages answer it (or nothing does).
  if (p.occasion && (["date", "venue", "lead"] as (string | null)[]).includes(p.attribute)) return null;
  // "年会是在Z开的吗": where another occasion was held, not whether Z is a member; the event says where.
  if (p.occasion && /在[\u4e00-\u9fff]{2,12}?(?:开|举行|举办|召开)/.test(p.text)) {
    const zone = readings.length === 1 ? readings[0]?.zones[0] : undefined;
    // The occasion asked without the zone: the event's own venue is compared with it.
    const at = p.mentions.find((m) => m.type === "entity" && m.ref.id === zone?.id);
    const without = at ? parseQuestion(`${p.text.slice(0, at.start)}${p.text.slice(at.end)}`, c.k) : null;
    const held = without ? event(c, { ...without, attribute: "venue" }) : null;
    const where = held?.kind === "fact" ? (held.answer.split("。")[0] ?? "") : "";
    if (!zone || !held || !where.includes("地点")) return null;
    const yes = [zone.name, ...zone.aliases].some((n) => n.length >= 2 && where.includes(n));
    return found({ ...held, answer: `${yes ? "是" : "不是"}。${held.answer}` });
  }
  if (p.unknownName && !(p.unknownName.kind === "zone" && readings.length > 0)) {
    return found((p.unknownName.kind === "zone" && figures(c, p)) || unknown(c, p.unknownName));
  }

  if (groups.length >= 2 && readings.length === 0) {
    if (SAME_DAY.test(p.text)) return found(sameDayOf(c, groups));
    if (SAME_MONTH.test(p.text)) return found(sameDayOf(c, groups, "month"));
    if (SAME_YEAR.test(p.text)) return found(sameDayOf(c, groups, "year"));
    return UNION.test(p.text) ? found(union(c, groups)) : multiGroup(c, p, groups);
  }
  if (groups.length >= 1 && readings.length >= 1) {
    const g = groups[0] as Group;
    // "重庆这边是哪几家": the zone's short name said as its province.
    const place = groups.length === 1 && (p.attribute === "members" || p.attribute === "count") && saidAsPlace(c, p);
    if (place && g.members) return found(membersIn(c, g, place));
    const figure = figures(c, p);
    if (figure) return found(figure);
    // "常州高新区是联合了多少家高新区一起组建的": the members besides the lead, as the founding sentence counts them.
    const joinedWith = JOINED_WITH.test(p.text) ? joinedByLead(c, g, readings) : null;
    if (joinedWith) return found(joinedWith);
    if (p.attribute === "count" && readings.some((r) => r.zones.length > 1)) return found(countAmong(c, g, readings));
    // "上海是哪家高新区加入了X": which of the zones a name may mean is in.
    const many = p.mentions.find((m) => m.type === "ambiguous");
    // (Not the lead, the seat or a date asked of the one it is: "纳米网络是苏州哪家高新区牵头的".)
    const asksMember = p.attribute === null || p.attribute === "members";
    if (many && readings.length === 1 && asksMember && WHICH_ONE.test(p.text) && g.members)
      return found(whichAmong(c, g, p.text.slice(many.start, many.end), readings));
    if (p.attribute === "count") return found(groupAttribute(c, p, g));
    if (p.attribute === "lead" && "field" in g && g.lead) {
      // "为啥让X牵头": why, of a lead that holds, is what the passages say; a lead that does not is corrected.
      const holds = readings.some((r) => r.zones.some((z) => z.id === g.lead?.zone));
      if (holds && ASKS_WHY.test(p.text)) return null;
      // ("a quick summary of the biomedicine network led by Taizhou": the lead names the network; a summary is asked.)
      if (holds && SUMMARY_ASKED.test(p.text)) return found(groupAttribute(c, { ...p, attribute: null }, g));
      // "深圳任期满了以后，理事长单位换成谁": who comes after the zone named, not whether it leads.
      if (NEXT_HOLDER.test(p.text)) return null;
      // ("核心零部件与动力系统环节由西安来牵头吗": a part's lead, not the network's; why it leads is the passages'.)
      const partAsked = partsNamed([...(g.members?.parts ?? []), ...(g.memberHistory[0]?.parts ?? [])], p.text).find(
        (x) => x.lead,
      );
      if (partAsked && ASKS_WHY.test(p.text)) return null;
      const ofPart = partAsked ? partLead(c, g, p.text) : null;
      if (ofPart) {
        // (Every zone named must lead it: "是张江和无锡牵头的吗" is not so when only 张江 leads.)
        const yes = readings.length > 0 && readings.every((r) => r.zones.some((z) => z.id === partAsked?.lead));
        return found({ ...ofPart, answer: `${yes ? "是的" : "不是"}。${ofPart.answer}` });
      }
      return found(leadCheck(c, g, readings));
    }
    // The person of another zone than the lead ("代表深圳高新区发言的负责人"): not the lead's person. The people
    // lookup found no one of that zone named, so the articles do not name them.
    const leadZone = "field" in g ? g.lead?.zone : g.chair?.zone;
    const otherZone = readings.flatMap((r) => (r.zones.length === 1 ? r.zones : [])).find((z) => z.id !== leadZone);
    // (What they said, "海口高新区的负责人…是怎么表态的", is the passages', whoever said it.)
    if (p.attribute === "leadPerson" && otherZone && leadZone)
      return p.asksWhatWasSaid
        ? null
        : found(none(`文章没有写出${otherZone.name}在${c.shortName(g)}中发言或负责的人的姓名。`));
    // "深圳啥时候加入物联网网络的", "芜湖哪天退出的": the day of the change that names the zone.
    const changed = p.attribute === "date" ? changeDay(c, p, g, readings) : null;
    if (changed) return found(changed);
    // "秘书处从什么时候开始搬去杭州": the day the seat moved, when an article gives it.
    if (movedWhen(p, g)) return found(groupAttribute(c, { ...p, attribute: "secretariat" }, g));
    // "上海市科委的翟金国对集成电路网络有什么看法": what a named person said is the passages', not the lead's people.
    if (p.attribute === "leadPerson" && p.asksWhatWasSaid && c.k.officials.some((o) => p.text.includes(o.name)))
      return null;
    // ("南昌高新区从什么时候开始当联盟的轮值主席": when a zone takes a seat, not when the group was founded.)
    if (p.attribute === "date" && readings.some((r) => r.zones.length > 0) && SEAT_TAKEN.test(p.text)) return null;
    if (p.attribute === "venue" || p.attribute === "date" || p.attribute === "leadPerson")
      return found(groupAttribute(c, p, g));
    // "秘书处郑州之后轮到谁": the seat, its history and its plan answer which seat is asked, with a zone named too
    // (what a seat will do is for the passages); who spoke for a seat is a person, for the passages too.
    if (p.attribute === "secretariat" && /谁|哪家|哪个|哪一家|哪里|在哪/.test(p.text) && !SPOKE.test(p.text))
      return found(groupAttribute(c, p, g));
    // "现在有哪些成员？某某加进来之后的": the list asked, the zone named only to say which moment.
    if (p.attribute === "members" && LISTS_MEMBERS.test(p.text) && !p.membershipCheck)
      return found(groupAttribute(c, p, g));
    // ("中关村AI网络成员有几个", "中关村那个AI网络有哪些成员": the network named by a zone right before it, whose
    // members are asked, not whether the zone is one.)
    const namedBy = p.mentions.some(
      (m) =>
        m.type === "entity" &&
        m.ref.kind === "zone" &&
        p.mentions.some(
          (n) =>
            n.type === "entity" &&
            n.ref.id === g.id &&
            n.start >= m.end &&
            /^(?:那个|这个|的)?$/.test(p.text.slice(m.end, n.start)),
        ),
    );
    if (namedBy && !p.membershipCheck && p.attribute === "members")
      return found(groupAttribute(c, { ...p, attribute: /几个|几家|多少/.test(p.text) ? "count" : "members" }, g));
    // A zone and a network named together: a membership question only when it asks one
    // ("西安在物联网网络里吗"); "某高新区在某联盟里做了哪些工作" is for the passages.
    // "X退出Y后加入了哪个网络": where it went; when no article names another group of it, the articles do not say.
    if (/(?:退出|离开|退了)[^，,。？?]{0,12}(?:后|以后|之后)/.test(p.text) && /(?:加入|进|去)了?哪/.test(p.text)) {
      const zone = readings.flatMap((r) => r.zones)[0];
      const now = zone ? c.k.memberships.get(zone.id) : undefined;
      const other = now ? [...now.networks, ...now.alliances].filter((x) => x.id !== g.id) : [];
      if (zone && other.length === 0)
        return found(none(`文章没有写${zone.name}退出${c.shortName(g)}后加入了哪个网络或联盟。`));
    }
    // "东湖拉了哪些高新区一起", "东湖联合了哪些高新区": who a member (its lead, mostly) formed the group with — its
    // members, not whether it is one.
    const partnersOf = readings.flatMap((r) => r.zones).filter((z) => g.members?.zones.includes(z.id));
    if (PARTNERS_ASKED.test(p.text) && partnersOf.length === 1)
      return found(groupAttribute(c, { ...p, attribute: "members" }, g));
    // "X为啥不在Y里了", "为什么退出": why a zone that left did, as the article tells it.
    const asksWhy = ASKS_WHY.test(p.text);
    const leftIt =
      asksWhy &&
      /退出|不在|不是|不当|离开|退了|没了|不再/.test(p.text) &&
      readings.some((r) => r.zones.some((z) => g.memberHistory.some((h) => h.zones.includes(z.id))));
    // ("为啥要Z加入": why it was brought in, which the passages tell, not whether it is a member.)
    const whyJoined = asksWhy && !leftIt && !p.membershipCheck;
    // ("…6家成员里，除了张江、无锡、南京，另外3家是谁": the members besides those named, not whether they are.)
    // (Zones set aside, not a group: "除了物联网网络，无锡高新区还在其他哪些网络".)
    const besides = p.text.indexOf("除");
    const zonesAside = p.mentions.some(
      (m) => m.type === "entity" && m.ref.kind === "zone" && m.start > besides && m.start - besides <= 2,
    );
    if (OTHERS_ASKED.test(p.text) && zonesAside) return found(groupAttribute(c, { ...p, attribute: "members" }, g));
    // ("随州加入长江中游联盟以后打算发挥什么作用": the joining only dates an open question, which the passages answer.)
    const afterJoining = p.open && /(?:加入|参加|入网|入盟)[^，,。？?]{0,16}?(?:以后|之后|后)/.test(p.text);
    if (
      !whyJoined &&
      !afterJoining &&
      ((p.membershipCheck && asksMembership(p)) ||
        hasReverseCue(p) ||
        asksAboutItself(p) ||
        p.attribute === "members" ||
        leftIt)
    ) {
      // ("南昌高新区会申请加入集成电路网络吗": a plan to apply, which no article tells, is not known; what the lists say
      // follows.)
      const will = WILL_APPLY.test(p.text) ? membershipCheck(c, groups, readings, asksWhy) : null;
      if (will?.answer.startsWith("不是"))
        return found(
          none(`文章没有提到是否会申请加入。${will.answer.replace(/^不是。/, "")}`, { citations: will.citations }),
        );
      const checked = found(membershipCheck(c, groups, readings, asksWhy));
      // (Why it left, when an article tells it, is what an open question asks.)
      const told = leftIt && readings.some((r) => r.zones.some((z) => leaving(c.k, g, c.zoneName(z.id))));
      return checked && told ? { ...checked, explains: true } : checked;
    }
    return null;
  }
  if (groups.length === 1) {
    const g = groups[0] as Group;
    // "遂宁和宜宾算不算成渝联盟的正式成员": places no list names as zones, asked whether they are full members (an
    // observer's status is what the passages tell), not the list.
    // (Not a count or a list: "现在正式成员还是17家吗", "安徽的正式成员有哪几家".)
    if (
      p.membershipCheck &&
      readings.length === 0 &&
      /正式成员|观察员/.test(p.text) &&
      !/哪|几|多少|[\d一二两三四五六七八九十]家/.test(p.text)
    )
      return null;
    // Its members ranked ("产值前三是哪几家", "谁排第一"): what an article's figures state, the passages.
    if (RANK_ASKED.test(p.text) && (p.attribute === null || p.attribute === "members" || p.attribute === "count"))
      return null;
    // "网络里哪几家高新区率先实现了科技创新券互认互通": the members that did something, which the passages tell.
    if (MEMBERS_WHO_DID.test(p.text) && (p.attribute === null || p.attribute === "members" || p.attribute === "count"))
      return null;
    // "网络里做核心部件和配套的有几家": the members of one kind of work counted, when no part of the list is that work.
    if (p.attribute === "count" && MEMBERS_DOING_COUNTED.test(p.text) && !partOfListNamed(g, p.text)) return null;
    // "那15项榜单具体是哪些": the items of something counted other than members, which only passages may list.
    const counted = ITEMS_OF_COUNTED.exec(p.text);
    const items = counted ? (counted[2] ?? counted[4]) : undefined;
    if (items !== undefined && !/高新区|成员|园区|单位|网络|联盟/.test(items)) return null;
    // ("北方的两家是？": a part's zones asked without a member word; "负责储能变流器这一块的是哪几家": a part of the
    // chain the list was given by, before members picked out by what they did.)
    // ("场景应用板块由哪家牵头": the lead of a part, not the group's.)
    const leadOfPart = partLead(c, g, p.text);
    if (leadOfPart) return found(leadOfPart);
    const asksPart =
      p.attribute === "members" ||
      p.attribute === "count" ||
      (!p.attribute && (/哪|谁|是$/.test(p.text) || DIVISION_ASKED.test(p.text)));
    const part = asksPart ? memberPart(c, g, p.text) : null;
    if (part) return found(part);
    // "X里率先实现…的是哪几家": members picked out by what they did, which the passages tell, not the whole list.
    const picked = PICKED_BY_ACT.exec(withoutMentions(p.text, p.mentions))?.[1];
    if (picked && !NOT_AN_ACT.test(picked) && !provinceIn(c, p)) return null;
    // "集成电路产业链里，芯片制造主要是哪些高新区在做", "哪些高新区在集成电路材料、设备领域竞争力比较突出": zones picked
    // out in an industry, named by its field and not as the group: the passages say which, not the group's list.
    if (fieldOnly(p) && PICKED_IN_FIELD.test(p.text) && !provinceIn(c, p)) return null;
    const province = provinceIn(c, p);
    if (province && g.members && (p.attribute === "members" || p.attribute === "count" || p.quantity)) {
      // ("刚成立那会儿，湖南是哪5家": the founding list's, when the list has moved on since.)
      const founding = AT_FOUNDING.test(p.text) ? g.memberHistory[0] : undefined;
      return found(membersIn(c, g, province, founding?.zones.length ? founding : undefined));
    }
    const each = eachAttribute(c, p, g);
    if (each) return found(each);
    // An amount asked of the members ("成员之间的合作项目要达到多少个"): a figure that names it answers.
    // (…and one asked of the secretariat's work, "秘书处累计推送的信息有多少条", not where it is.)
    // ("医疗器械网络一共几家高新区": a network's members counted, not a figure of its field's firms; "长三角有多少家
    // 国家高新区" asks the region's, which a figure gives.)
    const membersCounted = p.attribute === "count" && "field" in g && MEMBERS_COUNTED.test(p.text);
    // ("简单介绍一下X网络": its overview, not a figure its field's word matches; "秘书长是谁" asks a person.)
    // ("签约项目情况" is an amount's story, which a figure tells.)
    const notAmount = !p.quantity && /介绍|简介|是谁|哪位/.test(p.text);
    if (
      (p.attribute === null ||
        p.attribute === "count" ||
        ((p.attribute === "members" || p.attribute === "secretariat") && p.quantity)) &&
      !membersCounted &&
      !notAmount
    ) {
      const figure = figures(c, p);
      if (figure) return found(figure);
    }
    if (p.open && (p.attribute === null || p.attribute === "results" || p.attribute === "members")) return null;
    // Results are recorded as facts for alliances only; for a network the passages may still tell.
    if (p.attribute === "results" && "field" in g) return null;
    // "某某倡议由几家签署" counts the signatories of a document, not the alliance.
    if (p.open && p.attribute === "count" && /签|倡议|协议/.test(p.text)) return null;
    // Why the seat is where it is, by what rule it moved, or what it will do ("秘书处今年先做哪三件事"), or the day
    // it opened ("秘书处是几号挂牌运行的"): the passages, not the seat.
    if (
      p.attribute === "secretariat" &&
      (ASKS_WHY.test(p.text) ||
        SEAT_WORK.test(p.text) ||
        BY_WHAT_RULE.test(p.text) ||
        SEAT_GOOD.test(p.text) ||
        (p.attributes.includes("date") && SECRETARIAT_OPENED.test(p.text)))
    )
      return null;
    if (p.attribute === null && ASKS_MEMBERS.test(p.text))
      return found(groupAttribute(c, { ...p, attribute: "members" }, g));
    if (p.attribute === null && !asksAboutItself(p)) return null;
    // ("搞芯片制造的是哪些高新区": the members that do one thing, not all of them; a part of the list named answers.)
    if (
      (p.attribute === "members" || p.attribute === "count") &&
      MEMBERS_DOING.test(p.text) &&
      !partOfListNamed(g, p.text)
    )
      return null;
    // ("秘书处的负责人怎么评价联盟的作用": what the head said, named or not, is the passages'.)
    if (p.attribute === "leadPerson" && p.asksWhatWasSaid && SECRETARIAT_HEAD.test(p.text)) return null;
    return found(groupAttribute(c, p, g));
  }
  if (
    readings.length >= 1 &&
    groups.length === 0 &&
    p.attribute === "date" &&
    /成立|设立|建立|批准|获批|升级|升[成为格]|晋升|创建/.test(p.text)
  ) {
    // "什么时候获批的国家…创新中心": the act has an object other than the zone; the passages date it.
    if (ACT_OBJECT.test(p.text)) return null;
    // The articles date the networks and alliances, not the zones themselves; but a zone's joining ("哪天获批入盟")
    // is the change that names it.
    const zoneNames = readings.flatMap((r) => r.zones.map((z) => z.name));
    const joined = /入盟|入网|加入/.test(p.text)
      ? c.k.events.filter((e) => /加入/.test(e.title) && zoneNames.every((n) => e.title.includes(n)))
      : [];
    if (joined.length === 1) {
      const e = joined[0] as (typeof joined)[number];
      return found(fact(c.k, `${formatDate(e.date)}：${e.title}。`, e.evidence, { title: e.title }));
    }
    return found(none(`文章没有记载${zoneNames.join("、")}本身的设立或获批时间。`));
  }
  if (readings.length >= 1) {
    // "合肥高新区打算牵头搞哪个产业的新协同创新网络": a group it plans, not those it is in; the passages say.
    if (NEW_GROUP_PLANNED.test(p.text)) return null;
    const figure = figures(c, p);
    if (figure && !hasReverseCue(p)) return found(figure);
    // ("下一步要怎么深化参与各个网络": what it plans to do in them, in its own words, not which it is in.)
    if (p.open && (!hasReverseCue(p) || (ASKS_PLAN.test(p.text) && /怎么|如何|怎样|哪些方面/.test(p.text))))
      return null;
    // ("参与这么多网络图的是什么": why it takes part, in its own words, not where it does.)
    if (ASKS_WHY.test(p.text)) return null;
    // ("国家高新区产业协同创新网络西安对话会是哪天办的": a meeting held there, asked when or where, not the zone.)
    if (MEETING_KIND.test(p.text) && HELD_WHEN_WHERE.test(p.text)) return null;
    // A membership check needs something to be a member of ("…是江苏第一家吗" asks no membership).
    const check = p.membershipCheck && /网络|联盟/.test(p.text);
    // "在这几个网络里分别是什么角色": with no group named, a zone's role is its memberships and what it leads.
    const rolesAsked = groups.length === 0 && ROLE_ASKED.test(p.text);
    // ("说自己在各个网络里要当什么角色": the role it says it will play, in its own words.)
    if (rolesAsked && ROLE_SAID.test(p.text)) return null;
    // "三原高新区在陕西哪个市": where one zone is.
    // ("成都高新区那个跨区域概念验证中心建在哪儿": a thing of the zone, not the zone, is asked where.)
    const place =
      p.attribute === "venue" &&
      readings[0]?.zones.length === 1 &&
      PLACE_ASKED.test(p.text) &&
      !thingOfZoneAsked(p, readings[0]?.zones[0]);
    if (hasReverseCue(p) || p.asksNetworks || p.asksAlliances || asksAboutItself(p) || check || rolesAsked || place) {
      return found(reverse(c, p, readings));
    }
    return null;
  }
  return found(general(c, p));
}

/** A zone's act with its object ("获批的那个国家…中心"), not the zone's own founding or approval. */
const ACT_OBJECT =
  /(?:成立|设立|建立|批准|获批|升级|创建)(?:了|的|为)?(?:那个|这个|那家|这家)?(?!(?:的|了|成|为)?(?:时间|日期|年份|是|什么|哪|何|几|国家(?:级|高新区)|省级))[\u4e00-\u9fff]{4,}/;

/** "东湖牵头的那个网络…": a network named by the zone that leads it, asked again by its own name. */
function networkNamedByLead(c: FactContext, p: Parsed, groups: Group[], readings: { zones: Zone[] }[]): Found | null {
  const phrase =
    /牵头(?:建设|搞|弄|办|做)?(?:起来)?的?(?:是)?(?:什么|啥|哪个|哪一个)?(?:那个|这个|那|这)?(?:产业)?(?:协同创新)?网络?(?!红|站|页|址|友)|是(?:哪个|哪一个|什么)(?:产业协同创新|协同创新)?网络的牵头(?:单位|方|者)?/.exec(
      p.text,
    );
  const zone = readings.length === 1 ? readings[0]?.zones[0] : undefined;
  // ("牵头这个网络图的是什么": why it leads, in its own words.)
  if (!phrase || groups.length > 0 || !zone || readings[0]?.zones.length !== 1 || ASKS_WHY.test(p.text)) return null;
  const led = [...c.k.networks.values()].filter((n) => n.lead?.zone === zone.id);
  const mention = p.mentions.find((m) => m.type === "entity" && m.ref.id === zone.id);
  if (!mention || mention.end > phrase.index) return null;
  // A zone that leads no network: say so, with the network each lead zone leads.
  if (led.length === 0 && !/吗|是否|是不是|有没有/.test(p.text)) {
    const leads = [...c.k.networks.values()].filter((n) => n.lead);
    const list = leads.map((n) => `${c.shortName(n)}由${c.zoneName(n.lead?.zone ?? "")}牵头`).join("，");
    return found(
      fact(
        c.k,
        `${c.zoneName(zone.id)}没有牵头文章记载的任何一个产业协同创新网络（${list}）。`,
        leads.flatMap((n) => n.lead?.evidence ?? []),
      ),
    );
  }
  if (led.length !== 1) return null;
  // The network a zone leads asked together with the others it is in (还/此外/除了…): both, in one answer.
  const after = p.text.slice(phrase.index + phrase[0].length);
  if (/还|除此之外|除了|此外|另外|其他|其它|别的/.test(after) && /网络|参加|加入|参与/.test(after)) {
    const all = reverse(c, { ...p, asksNetworks: true, asksAlliances: false }, readings);
    const network = led[0] as Network;
    return found(
      fact(c.k, `${c.zoneName(zone.id)}牵头的是${network.name}。${all.answer}`, [
        ...(network.lead?.evidence ?? []),
        ...all.citations.map((x) => ({ article: x.articleId, quote: x.quote })),
      ]),
    );
  }
  // Nothing else asked ("Z牵头的是哪个网络", "Z是哪个网络的牵头单位"): the network, first.
  const network = led[0] as Network;
  if (after.replace(/[吗呢啊呀？?。！!\s]/g, "").length === 0) {
    return found(fact(c.k, `${c.zoneName(zone.id)}牵头的是${network.name}。`, network.lead?.evidence ?? []));
  }
  const rewritten = p.text.slice(0, mention.start) + network.name + after;
  return lookup(c, parseQuestion(rewritten, c.k));
}

/**
 * "合肥新站高新区参加的那个网络是谁牵头的": the network named by the one zone that is in it, when the zone is in one
 * network only; asked again with the network's name.
 */
function networkNamedByMember(c: FactContext, p: Parsed, groups: Group[], readings: { zones: Zone[] }[]): Found | null {
  // (Asked about the network itself, not which or how many: "参加的网络有哪些/有几个" asks its networks. The text has
  // lost its 那个, parse.ts's pointing words.)
  const phrase = /(?:参加|加入|参与|所在)的(?:那个|这个)?(?:产业)?(?:协同创新)?网络/.exec(p.text);
  const zone = readings.length === 1 && readings[0]?.zones.length === 1 ? readings[0].zones[0] : undefined;
  const mention = zone && p.mentions.find((m) => m.type === "entity" && m.ref.id === zone.id);
  if (!phrase || groups.length > 0 || !zone || !mention || mention.end > phrase.index) return null;
  if (/哪些|几个|多少|多吗|哪几/.test(p.text.slice(phrase.index + phrase[0].length))) return null;
  const joined = [...c.k.networks.values()].filter((n) => n.members?.zones.includes(zone.id));
  if (joined.length !== 1) return null;
  const network = joined[0] as Network;
  const rewritten = network.name + p.text.slice(phrase.index + phrase[0].length);
  return lookup(c, parseQuestion(rewritten, c.k));
}

/** The members counted: "几家高新区", "多少个成员单位". */
const MEMBERS_COUNTED = /(?:几|多少)[家个](?:国家)?(?:高新区|成员|园区)/;

/** A new group a zone plans ("打算牵头搞哪个产业的新协同创新网络", "准备发起新的联盟吗"). */
const NEW_GROUP_PLANNED =
  /(?:打算|计划|准备|拟|想)[^，,。？?]{0,12}?(?<![创高])新(?:的)?[\u4e00-\u9fff]{0,6}?(?:协同创新)?(?:网络|联盟)/;

/** A province named in the question (not inside a zone's name): "某网络里某省的高新区". */
function provinceIn(c: FactContext, p: Parsed): string | null {
  let rest = p.text;
  for (const m of [...p.mentions].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  const provinces = new Set([...c.k.zones.values()].map((z) => z.province).filter((v): v is string => !!v));
  for (const province of provinces) if (province.length >= 2 && rest.includes(province)) return province;
  return saidAsPlace(c, p);
}

/** "重庆这边是哪几家", "北京的成员": a province's name that is also a zone's short name, said as a place. */
function saidAsPlace(c: FactContext, p: Parsed): string | null {
  for (const m of p.mentions) {
    const said = p.text.slice(m.start, m.end);
    const isProvince = [...c.k.zones.values()].some((z) => z.province === said);
    // ("重庆市的成员单位有哪些": the city said as a province.)
    if (
      isProvince &&
      /^(?:这边|那边|这块|那块|方面|地区|境内|市内|(?:市|省)?的(?:成员|高新区))/.test(p.text.slice(m.end))
    )
      return said;
  }
  return null;
}

const ASKS_WHEN = /哪天|哪一天|什么时候|何时|几号|几月几/;
const ASKS_WHERE = /在哪|哪里|什么地方|哪个地方|哪儿/;

/**
 * A group's name that is a word of another group's part label ("华北和东北地区" in a list by region: 东北 is not
 * the 东北 alliance there) is the label, when that group is asked about too.
 */
function notPartLabels(p: Parsed, groups: Group[]): Group[] {
  if (groups.length < 2) return groups;
  const labels = groups.flatMap((g) => (g.members?.parts ?? []).map((part) => ({ g, label: part.label })));
  return groups.filter((h) => {
    const said = p.mentions.filter((m) => m.type === "entity" && m.ref.id === h.id);
    return !said.some((m) => labels.some((l) => l.g !== h && l.label.includes(p.text.slice(m.start, m.end))));
  });
}

/** An agreement signed, asked of zones: "签生物制造合作备忘录", "签署的战略合作协议". */
const AGREEMENT_SIGNED = /签(?:署|订|约)?(?:了)?[^，,。？?]{0,12}?(?:备忘录|协议|合作书|意向书)/;

/** Where a thing of a group is built or placed: "…平台最后建在哪个城市", "中试基地落在哪". */
const THING_PLACED =
  /(?:平台|基地|中心|实验室|研究院|总部|产业园)[^，,。？?]{0,6}?(?:建|设|落户|落地|落|选址|放)(?:在|于)?(?:哪|什么地方|何处)/;

/** When or where an occasion is held, asked after it: "第二次理事会大概什么时候开", "第三届年会在哪办". */
const COMING_WHEN = /^[^，,。？?]{0,12}?(?:什么时候|啥时候|何时|哪天|几月|在哪|在什么地方)/;
/** What a sentence says after an occasion it plans: "（第二次理事会）会议计划于下半年召开", "…将于2027年在江西举办"
 *  (not "将在第二届年会期间举办…大赛", a plan for the occasion). */
const PLANNED_AT = /[^，,。；;]{0,8}?(?:计划|将|拟|预计|定)于?[^，,。；;]{0,16}?(?:召开|举办|举行)/;

/** "明年的大会在哪开", "下一届秘书处轮到哪": not recorded; what is recorded is offered instead. */
function notYet(c: FactContext, p: Parsed): Answer {
  // "秘书处以后会不会挪地方": a move an article plans ("网络秘书处届时将随轮值主席单位由常州迁至合肥") answers.
  const planned = p.attributes.includes("secretariat") ? plannedMove(c, p) : null;
  if (planned) return planned;
  const recorded = answerFacts(c, { ...p, future: false, recent: false, year: null });
  // What the article records includes the plan itself ("此后依次由B、C承担", "自2026年1月1日起"): that answers.
  if (recorded?.kind === "fact" && WRITTEN_PLAN.test(recorded.answer)) return recorded;
  // …or a numbered later term ("第二任轮值主席单位是合肥高新区"), when the question asks no other number.
  const numbered = NUMBERED_TERM.exec(recorded?.answer ?? "")?.[0];
  const askedNumber = NUMBERED_TERM.exec(p.text)?.[0];
  if (recorded?.kind === "fact" && numbered && (!askedNumber || askedNumber === numbered)) return recorded;
  // A later term the question counts ("第二届秘书处") that the recorded sentence names has begun: that answers.
  // (…or the sentence just before it: "会议选举产生第二届理事会。…B、C当选副理事长单位".)
  const ordinal = ORDINAL_TERM.exec(p.text)?.[0];
  if (recorded?.kind === "fact" && ordinal && recorded.citations.some((q) => saidOfTerm(c, q, ordinal)))
    return recorded;
  // ("截至9月第二次理事会时…是哪家": an occasion counted, "第二次", that an article reports is no later one.)
  if (recorded?.kind === "fact" && /第[二三四五六七八九十]次/.test(p.text) && !/下一|明年|将来|今后/.test(p.text))
    return recorded;
  const known = recorded && recorded.kind !== "none" ? `文章记载的是：${recorded.answer}` : "";
  return none(
    `文章只记载到发表时为止的情况，没有提到以后的安排或之后的变化（明年、下一届、新加入的成员等）。${known}`,
    {
      citations: recorded && recorded.kind !== "none" ? recorded.citations : [],
    },
  );
}
