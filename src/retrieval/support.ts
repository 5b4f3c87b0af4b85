/**
 * Does a passage actually answer what the question asks for? The relevance floor only says a passage is
 * about the same thing; these checks refuse answers whose kind the passage cannot supply, so that
 * "物联网网络2025年的产值是多少" gets "not covered" rather than a sentence about the 物联网 network.
 *
 * Contracts (each check applies only when the question asks that kind of thing):
 *  - quantity ("多少", "多大", "how many"): the passage states a number, contains the measured noun
 *    ("产值", "规模") when one can be read off the question, and the year when the question names one;
 *  - time ("哪一年", "什么时候", "when"): the passage contains a date or year; a year the question names
 *    stands in the passage or its neighbours;
 *  - a list of a kind ("有哪些企业参加"): the passage names that kind;
 *  - for quantity, time and role: the passage or its neighbours name one of the entities the question names;
 *  - a person's name ("叫什么名字", "姓名"): the passage names a person the articles name;
 *  - a holder of a role ("管委会主任是谁", "管委会主任说了什么"): the passage contains the role as asked
 *    ("管委会副主任" is not it);
 *  - a unit or body ("轮值主席单位是谁", "基金管理人是哪家机构"): the passage names the post asked about and a
 *    zone or a body the question does not name;
 *  - an ordinal ("第一次理事会议", "二期"): the passage counts the same thing the same way;
 *  - a detail the articles never record (phone numbers, prices, application forms, weather, share prices, …):
 *    the passage contains the detail word itself.
 */

import {
  AMONG_SOME,
  ATTENDED,
  attendanceAsked,
  COUNT_UNIT_ASKED,
  ITEMS_OF_COUNTED,
  MEETING_KIND,
  RANK_ASKED,
  UNDECIDED,
} from "../answer/facts/cues.ts";
import { ORDINAL, otherOrdinalThan, sameOrdinal } from "../answer/ordinals.ts";
import { DETAIL_WORDS, QUANTITY } from "../answer/parse.ts";
import { titleNames } from "../knowledge/entity-names.ts";
import { PROVINCES } from "../knowledge/extract/names.ts";
import { escaped, lexicon, metWordsSource, namesOccasion } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { normalize, normalizeTerm } from "../knowledge/normalize.ts";
import { homeZoneOf } from "../knowledge/source-zone.ts";

const TIME = /(?:哪一年|哪年|什么时候|何时|哪一天|哪天|几月|when\b|what year|which year)/;
/** A measure that is itself money: 研发投入, 经费, 补贴, 营业收入 … */
const MONEY_MEASURE = /(?:投入|投资|经费|资金|预算|收入|营收|成本|费用|补贴|奖励|奖金|支出)$/;

/** Asks when a goal is met ("哪年建成", "什么时候能实现"), and a year a goal is set for ("到2028年", "2027年底前"). */
// ("在哪一年之前建成": by when.)
const WHEN_DONE =
  /(?:哪一?年|什么时候|何时|几时)(?:之前|以前|前|底前)?(?:能|可以|才能|将|要)?(?:建成|完成|实现|达到|投产|落地|建好|拿下)/;
// ("将于2026年下半年建成", "今年下半年将建成": when it is done.)
// (Not the day a plan was issued, "于2025年3月印发".)
const BY_YEAR =
  /(?:到|至)(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:底|年底|末)?(?:前|以前|之前)|(?:将|力争|计划|预计|有望)[^，,。；;]{0,12}?(?:建成|完成|实现|投产|落地)/;
const ASKS_DAY = /哪一?天|几月几[号日]|几号|具体日期|哪一日|what date|which day|what day/;
/** An amount asked as it actually is, not as planned. */
const ACTUAL_ASKED = /实际|到位|已募集|募集了|筹集了|actually|actual|raised|so far/;
/** A thing named by its own words before its kind ("绿色低碳产业基金"). */
const NAMED_THING = /([\u4e00-\u9fff]{2,10}?)(基金|平台|基地|园区|中心|走廊)/;
/** The two-character words of a name, but those every such name has (产业, 协同, 创新 …). */
function ownWords(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= name.length; i++) {
    const w = name.slice(i, i + 2);
    if (!/产业|协同|创新|国家|发展|高新|新区|业协|同创|业基|科技/.test(w)) out.push(w);
  }
  return out;
}
/** An amount a sentence gives as done. */
const ACTUAL_STATED = /实际|到位|已募集|已完成|已投入|首期|实现|完成/;
/** A day said ("8月26日", "26号"; not the number of a document, "1号文件"). */
const DAY =
  /\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]|\d{1,2}[日号](?![文令件])/;
/** A person's name asked ("县长叫什么"); "火箭叫什么" asks a thing's name, which no person check applies to. */
const NAME =
  /(?:(?:主任|书记|[局院区市县厅部处所校董]长|主席|理事长|秘书长|负责人|领导|人|者|员|官)叫什么|姓名|what is (?:his|her) name|whats (?:his|her) name)/;
/** "谁主持的", "签了哪些协议": the act asked about must stand in the passage. */
const ACTS = ["主持", "致辞", "出席", "参加", "发言", "签", "宣布", "揭牌", "授牌", "颁发", "提交", "递交"];
/** An act a sentence may say in other words: "让省级高新区参加" ↔ "省级高新区参与问题", "递交入网申请" ↔ "提交入网申请". */
const SAID_AS: Record<string, RegExp> = { 参加: /参加|参与/, 递交: /递交|提交|报送/, 提交: /提交|递交|报送/ };
/**
 * The act only describes what is asked about ("两张网签的备忘录具体要做哪些事"): written as "<act>的<noun>", with
 * no one asked to have done it (not "谁签的", "哪家主持的").
 */
function describes(q: string, act: string): boolean {
  const at = q.indexOf(act);
  const after = q.slice(at + act.length);
  // (Nor asked when: "哪天提交的申请" dates the act itself.)
  return (
    /^(?:署|约|订)?的[\u4e00-\u9fff“《]{2}/.test(after) &&
    !/(?:谁|哪[家位个]|哪一?天|哪一?年|什么时候|何时|几号|几月几[日号])$/.test(q.slice(0, at))
  );
}

const WHO = /是谁|谁是|是哪位|叫什么|叫啥|是哪家|哪家单位|哪个单位|who is|who s|whos|who heads|who leads/;
/** Words after an ordinal that ask rather than name what it counts ("第一次由谁承办", "首次是在哪"). */
const ASKING_NOUN = /^(?:[的是在吗呢了由谁哪几多有会]|什么)/;
const SAID = /说了(?:什么|啥|哪些)|怎么说|讲了(?:什么|啥)|谈了(?:什么|啥)|表示了什么/;
/**
 * Asks which unit or body ("轮值主席单位是谁", "是哪家机构", "轮到哪家"): one must be named. (Not a firm: a firm is
 * often written without its kind, "翎客航天".)
 */
const ASKS_UNIT = /(?:单位|机构)(?:是谁|是哪家|是哪个)|哪[家个](?:机构|单位)|(?:是|到)哪[家个]高新区|轮到哪/;
/** A body by its name and kind ("某某基金管理有限公司", "某某研究院"). */
const BODY_NAMED =
  /[\u4e00-\u9fff]{2,14}?(?:有限公司|股份公司|公司|集团|银行|证券|研究院|研究所|大学|学院|协会|中心|委员会|局|厅)/g;

/** What an article measures of a zone: its revenue, output, firms. */
const ZONE_MEASURE = /营收|营业收入|产值|总收入|企业|高企/;
const ZONE_MEASURE_EN =
  /\b(?:how (?:many|much)|what (?:was|is|were|are))\b.{0,60}\b(?:revenue|output|income|enterprises|firms|companies)\b/i;
/** Every zone name and alias of two or more characters, per knowledge snapshot. */
const ZONE_NAMES = new WeakMap<Knowledge, string[]>();
function zoneNames(k: Knowledge): string[] {
  let names = ZONE_NAMES.get(k);
  if (!names) {
    names = k.aliases
      .filter((a) => a.target.type === "entity" && a.target.ref.kind === "zone" && a.alias.length >= 2)
      .map((a) => a.alias);
    ZONE_NAMES.set(k, names);
  }
  return names;
}
const ROLE =
  /(?:副?主任|书记|局长|院长|区长|市长|县长|董事长|总经理|主席|秘书长|校长|所长|部长|厅长|理事长|负责人|director|chairman|mayor|president)/;
const NUMBER = /[0-9０-９]|[一二两三四五六七八九十百千万亿]+(?:个|家|项|亿|万|倍|年|%|成)/;
/** Things counted with 大, from two to ten ("六大领域", "七大要素"; not "第一大", "一大批"): an answer to "几个…" only
 *  ("三大网络均提出…" states no amount of a fund). */
// (Not "党的二十大": a numeral before it.)
const BIG_COUNT = /(?<![第一二三四五六七八九十])[二三四五六七八九十]大/;
// ("已于9月上线": a month said after 于/在/自, the article's year understood.)
// ("计划于下半年召开": a part of the year, the article's year understood.)
const DATE =
  /(?:19|20)\d{2}年?|[上下]半年|(?<![全一两二三四五六七八九十\d几多每近])年(?:内|底|初|中(?!试))|明年|(?:第)?[一二三四]季度|(?:去年|前年|今年)(?![\d一二三四五六七八九十]{1,2}月)|\d{1,2}月\d{1,2}[日号]|\d{1,2}月(?:上旬|中旬|下旬|初|底|末)|(?:今年|明年|年内)\d{1,2}月|(?<=于|在|自|从)\d{1,2}月|[一二三四五六七八九十]+月/;

const DATES_IN_TEXT =
  /(?:19|20)\d{2}年|\d{1,2}月(?:\d{1,2}[日号])?|[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}[日号])?/g;

/** Words between the measured noun and the quantity cue that are not the noun itself. */
const MEASURE_FILLER =
  /(?:的|是|有|为|共|一共|总共|加起来|合起来|加在一起|总计|累计|合计|大约|约|达到|达|每亩|每年|每个|每家|具体|到底|究竟|一般|目前|现在|了)+$/;

/** A zone the knowledge does not list yet ("威海火炬高新区"), by the place before its suffix; not "该高新区", "5家高新区". */
function unlistedZone(q: string): string[] {
  const place = /([\u4e00-\u9fff]{2,6}?)(?:国家)?高新区/.exec(q)?.[1];
  return place && !/国家|成员|省级|该|这|那|各|哪|家|个|几/.test(place) ? [place] : [];
}

/** A firm or a park by its name and its kind. */
const NAMED_BODY =
  /((?:(?!哪|什么|几|谁|啥|这|那|该|本|的|是|和|与)[\u4e00-\u9fff—–-]){2,12}?)(?:半导体|集团|有限公司|公司|股份|产业园|科技园|研究院)(?![\u4e00-\u9fff]{0,2}(?:企业|公司)?(?:有哪些|多少家))/;

/** Asks for the ones besides those named: "除了A、B，另外三家是谁", "除了A还有哪些". */
const OTHERS_ASKED =
  /除了?[^，,？?]{2,30}?(?:之外|以外|外)?[，,]?(?:另外|其他|其余|还有|剩下)的?(?:[\d一二两三四五六七八九十]+)?(?:家|个)?(?:是|有)?(?:谁|哪)/;

/** A day written without its year ("3月6日"): its month. */
const DAY_ONLY = /(?<!\d)(\d{1,2})月\d{1,2}日/;
const MONTHS = "january february march april may june july august september october november december".split(" ");

/** The month a question asks of a year ("2026年3月", "in March 2026"), as digits. */
function monthAsked(q: string): string | undefined {
  const chinese = /(?:19|20)\d{2}年(\d{1,2})月/.exec(q)?.[1];
  if (chinese) return String(Number(chinese));
  const english = MONTHS.findIndex((m) => q.includes(m));
  return english >= 0 ? String(english + 1) : undefined;
}

/** Opens a sentence that breaks down the one before it: "分园区看", "从增速看", "具体来看" (punctuation is normalised away). */
const CONTINUES = /^(?:分[\u4e00-\u9fff]{1,4}?看|从[\u4e00-\u9fff]{1,6}?(?:来看|看)|具体(?:来)?看|细分来看)/;

/** A passage that lists items: names joined by 、, numbered items, or what follows a colon. */
const ENUMERATES = /[^、，,。]{1,12}、[^、，,。]{1,12}、|一是|其一|[：:][^。]{6,}|（[1一]）|[①1][.、．]/;

/** A rank as a passage states it: "位列第29位", "排名第三", "排名前30位，其中南京第4、苏州第5". */
const RANK = /第[0-9一二三四五六七八九十百]+(?:位|名)|排名[^。；;]{0,20}?第[0-9一二三四五六七八九十百]+/;

/** States a rank: "居首", "首位", "位列前三", "分列第二、三位", "排名第一", "最多". */
const RANK_STATED =
  /居首|首位|位列|分列|排名|排在|前[二三四五十]|第[一二三四五1-5]|最多|最高|最大|最快|领先|领跑|之最|榜首/;

/** Asks where something is held or placed. */
const ASKS_WHERE =
  /在哪(?:里|儿|个城市|座城市|个地方|个高新区|家高新区|个园区)?(?:开|举行|举办|召开|办)|(?:地点|举办地)(?:是|在)|在什么地方|(?:举办|举行|召开)?地点[？?]?$/;
/** Bodies named in a list: "人民网陕西分公司、中国旅游设计院、…集团". */
const ORG_LISTED = /[\u4e00-\u9fff]{2,12}?(?:公司|集团|研究院|设计院|研究所|大学|学院|中心|协会)[、和与及]/;
/** States a place: held at, settled in, placed at, hosted by a zone (the text is read without its punctuation). */
const HELD_AT = new RegExp(
  `在[\\u4e00-\\u9fff（）()]{2,20}?(?:召开|举行|举办|开幕|启动|成立|签约|揭牌|${metWordsSource()})|由[\\u4e00-\\u9fff（）()]{2,20}?(?:承办|主办|举办)|(?:落户|设在|定在|放在|选在|移至|迁至)[\\u4e00-\\u9fff]{2}|(?:^|我区|本区|[\\u4e00-\\u9fff]{2,12}?高新区)(?:将|拟)?(?:于[^，,。；;]{1,10}?)?(?:承办|主办)[\\u4e00-\\u9fff（）()\\d]{0,36}?(?:会|论坛|活动|赛|展)|(?:一|二|三|四|五)是承办`,
);

/**
 * A company by its name ("苏州创胜医药", "华虹半导体"): a name of two to six characters, then what kind of firm. (Beside
 * NAMED_BODY, which checks a firm's or a park's name in the passage or its neighbours: folding this one into it, with
 * 医药 as a kind, changes six other answers of the sets, so the two stay apart for now.)
 */
// (Not an industry said the same way: "生物医药网络", "生物医药启动会".)
const FIRM =
  /(?!生物医药|化学医药|现代医药|中医药)[^\P{Script=Han}的是在和与讲说对把被从向]{2,6}?(?:医药|药业|集团|公司|股份|半导体|微电子)(?=集团|公司|股份|有限|那个|的项目|项目)/u;

export type Support = { ok: true } | { ok: false; reason: string };

/**
 * `passageText` is the quoted sentence; `context` its neighbours (the entity check may be satisfied there);
 * `entityNames` every name of each entity the question names.
 */
export function supports(
  question: string,
  passage: {
    text: string;
    context: string;
    title?: string;
    heading?: string;
    years?: string[];
    date?: string | null;
    articleId?: string;
    start?: number;
  },
  knowledge: Knowledge,
  entityNames: string[][] = [],
): Support {
  const q = normalize(question);
  const p = normalizeTerm(passage.text);
  // The zone names the question holds, read once per call (several checks below ask for them).
  let inQuestion: string[] | undefined;
  // (…or, asked in English, the zones whose names the retriever found: "Mianyang high-tech zone".)
  const zonesAsked = () => {
    inQuestion ??= zoneNames(knowledge).filter(
      (z) => q.includes(z) || (!/[\u4e00-\u9fff]/.test(q) && entityNames.some((names) => names.includes(z))),
    );
    return inQuestion;
  };
  const around = normalizeTerm(passage.context);
  // A sentence that goes on from the one before ("分园区看，A以6120亿元位居第一…") measures what that one named.
  const goesOn = CONTINUES.test(p);
  // ("多少个项目报名参赛": how many entered, a count the passage gives as "参赛项目1160个", not the registration asked.)
  const entered = QUANTITY.test(q) && /报名参[赛加]/.test(q) && /参[赛加]/.test(p);
  for (const detail of DETAIL_WORDS) {
    if (entered && detail === "报名") continue;
    if (q.includes(detail) && !states(p, detail) && !(goesOn && states(around, detail)))
      return { ok: false, reason: `detail:${detail}` };
  }
  // "具体落了哪几家公司": firms asked by name; a passage that names none ("中关村企业与沈阳高新区共建项目涉及…") does not
  // answer.
  if (FIRMS_ASKED.test(q) && !FIRM_NAMED.test(passage.text)) return { ok: false, reason: "firms:none named" };
  // ("是哪家企业投的": one firm, which may be named short, "翎客航天(江阴)火箭总装基地", "翎客航天有关负责人".)
  if (FIRM_ASKED.test(q) && !FIRM_NAMED.test(passage.text) && !FIRM_NAMED_SHORT.test(passage.text))
    return { ok: false, reason: "firm:none named" };
  // "除了A、B、C，另外三家是谁": the passage names a zone the question does not (one that only repeats the named
  // ones, "A、B、C等6家", does not answer).
  if (OTHERS_ASKED.test(q)) {
    const asked = zonesAsked();
    const same = (z: string) => asked.some((n) => n.includes(z) || z.includes(n));
    if (!zoneNames(knowledge).some((z) => p.includes(z) && !same(z))) return { ok: false, reason: "others" };
    // (…of the group the question names: another group's list is not its other members.)
    const groups = entityNames.filter((names) => names.some((n) => /联盟|网络/.test(n)));
    const aboutIt = (names: string[]) => names.some((n) => n.length >= 4 && (p.includes(n) || around.includes(n)));
    if (!groups.every(aboutIt)) return { ok: false, reason: "others:group" };
  }
  // "那12项榜单具体是哪些": the items of a counted list, which a passage that only counts them does not give.
  // (A passage that gives the count lists the items in the clause that counts them.)
  // (Another list, one that does not name what was counted, is not it.)
  const counted = ITEMS_OF_COUNTED.exec(question); // (with its quotes: "“三个一”都包括什么" counts no items)
  if (counted) {
    const items = counted[1] ?? counted[3] ?? "";
    const noun = counted[2] ?? counted[4] ?? "";
    const raw = passage.text; // (with its punctuation: 、 and ： mark a list)
    const at = raw.indexOf(items);
    // (Names asked of what a passage counts, "那9家企业叫什么": a passage that never says the count lists others.)
    // (…or before it: "打造新型显示、智能终端、先进计算3个千亿级…高地".)
    const clause =
      at >= 0
        ? (/[^，,；;。]*$/.exec(raw.slice(0, at))?.[0] ?? "") + (/^[^；;。]*/.exec(raw.slice(at))?.[0] ?? "")
        : counted[3]
          ? ""
          : raw;
    const named = noun.length < 2 || p.includes(noun.slice(0, 2));
    if (!ENUMERATES.test(clause) || !named) return { ok: false, reason: "items" };
  }
  if (NAME.test(q)) {
    // `people` also lists unnamed speakers ("工业和信息化部相关负责人"); a personal name is 2–4 characters.
    const named = [...knowledge.articles.values()].some((a) =>
      a.people.some((person) => /^[\u4e00-\u9fff]{2,4}$/.test(person) && p.includes(person)),
    );
    if (!named) return { ok: false, reason: "name" };
  }
  // A body inside a group ("联络办公室的负责人"): the passage or its neighbours name that body.
  const asked = bodyAsked(q);
  const body = asked?.body;
  const own = asked?.own ?? "";
  const ownTail = asked?.ownTail ?? "";
  const namedBody = asked?.named ?? false;
  const namesBody = (t: string) => t.includes(ownTail) && speaksOfBody(body ?? "", t);
  // (…or the body by its kind alone, after the sentence of its paragraph that names it in full: "…航空动力与关键零部件
  // 专业委员会成立大会在我区举行。专委会由A、B…共同组成。我区担任专委会主任单位，…".)
  const namedBefore = () => {
    const text = passage.articleId ? knowledge.articles.get(passage.articleId)?.body : undefined;
    if (!body || !text || passage.start === undefined || !speaksOfBody(body, p)) return false;
    return namesBody(normalizeTerm(text.slice(text.lastIndexOf("\n", passage.start) + 1, passage.start)));
  };
  if (body && ![p, around].some(namesBody) && !(namedBody && own.length >= 4 && namedBefore()))
    return { ok: false, reason: `body:${own}${body}` };
  // A fund asked about ("协同基金里X出了多少钱"): the passage or its neighbours speak of the fund.
  if (/基金/.test(q) && !p.includes("基金") && !around.includes("基金")) return { ok: false, reason: "fund" };
  // (…and its amount, "基金规模多少", in the sentence that names the fund: a neighbour's figure is another thing.)
  if (/基金/.test(q) && QUANTITY.test(q) && !p.includes("基金")) return { ok: false, reason: "fund:amount" };
  // "苏州创胜医药那个生物创新药项目总投资多少钱": an amount of a company's (or its project's) is said in the sentence that
  // names the company, not one about other projects beside it.
  // (…or in one that goes on about it, "据介绍，该项目…", after the sentence that names it.)
  const firm = FIRM.exec(q)?.[0];
  const namesFirm = (t: string) => firm !== undefined && (t.includes(firm) || t.includes(firm.slice(2)));
  if (firm && QUANTITY.test(q) && !namesFirm(p) && !(/该(?:项目|公司|企业|基地)/.test(p) && namesFirm(around)))
    return { ok: false, reason: `firm:${firm}` };
  // …and what a zone put into it is said in the sentence that names the zone.
  const investor = /基金/.test(q) && QUANTITY.test(q) ? zonesAsked() : [];
  if (investor.length > 0 && (!investor.some((z) => p.includes(z)) || !/基金|出资|认缴|注资/.test(p)))
    return { ok: false, reason: "fund:zone" };
  // "A、B、C三家各出了多少": each one's amount, said after its name (a fund's total is not it).
  const each = investor.filter((z) => !investor.some((o) => o !== z && o.includes(z)));
  const amountAfter = (z: string) => new RegExp(`${z}[^，,。；;、]{0,16}?[0-9]+(?:\\.[0-9]+)?(?:亿|万)`).test(p);
  if (each.length >= 2 && /各|分别|每家/.test(q) && !each.every(amountAfter)) return { ok: false, reason: "fund:each" };
  // "网络里福州高新区2025年营收多少": an amount of one zone, in a passage that names the zone (the group's total,
  // or another member's, is not it).
  // (A zone by its full name: "芜湖驰芯" is a firm, not 芜湖高新区.)
  // (A zone the knowledge does not list yet, by its place.)
  // ("What was Mianyang high-tech zone's own operating revenue": the same, asked in English.)
  const amountOfZone = (QUANTITY.test(q) && ZONE_MEASURE.test(q)) || ZONE_MEASURE_EN.test(q);
  const known = amountOfZone ? zonesAsked().filter((z) => /(?:高新区|园区|示范区)$/.test(z)) : [];
  const ofZone = known.length > 0 || !amountOfZone ? known : unlistedZone(q);
  // (…or, a target asked, goes on from the sentence before that names it, naming no zone of its own: "今年苏州工业园区
  // 将打造…。加快打造…，力争全年新增科技项目1000个…".)
  const goesOnWithTarget = () =>
    /目标|计划|力争|要新增|打算/.test(q) &&
    /力争|目标|计划/.test(p) &&
    !zoneNames(knowledge).some((z) => p.includes(z));
  if (ofZone.length > 0 && !ofZone.some((z) => p.includes(z) || (around.includes(z) && goesOnWithTarget())))
    return { ok: false, reason: "amount:zone" };
  for (const act of ACTS) {
    if (q.includes(act) && !(SAID_AS[act]?.test(p) ?? p.includes(act)) && !describes(q, act))
      return { ok: false, reason: `act:${act}` };
  }
  // A firm or a park the question names ("驰芯半导体", "中国—东盟数字经济产业园"): the passage or its neighbours
  // name it by its own words (its last two, or four for a long name).
  const named = NAMED_BODY.exec(q)?.[1];
  if (named) {
    const own = named.slice(named.length <= 4 ? -2 : -4);
    if (!p.includes(own) && !around.includes(own)) return { ok: false, reason: `named:${own}` };
  }
  // "Z在X里是什么身份": a passage that gives a seat or a membership (a speech at its meeting does not).
  // …of the zone asked, which the passage names.
  if (/(?:什么|啥|哪种)(?:身份|角色)/.test(q)) {
    const zones = zonesAsked();
    if (!/单位|成员|秘书处|牵头|理事|主席|观察|身份/.test(p) || (zones.length > 0 && !zones.some((z) => p.includes(z))))
      return { ok: false, reason: "role:seat" };
  }
  // "年会在哪个城市开": a passage that says where something is held (在V召开/举行/举办, or 落户/设在 V).
  if (ASKS_WHERE.test(q) && !HELD_AT.test(p)) return { ok: false, reason: "where" };
  // "2026年的年会放在哪个高新区办", "年会哪天开": where or when that occasion is held, not another's.
  // ("2026年度会议" is the 年会.)
  const occasionSaid =
    ASKS_WHERE.test(q) || TIME.test(q)
      ? /周年(?:会议|大会)|(?<!周)年会(?!议)|年度(?:工作)?(?:会议|大会)|峰会|论坛|推介会|对接会|交流会|理事会|大会/.exec(
          q,
        )?.[0]
      : undefined;
  const occasion = occasionSaid?.startsWith("年度") ? "年会" : occasionSaid;
  if (occasion && !namesOccasion(p, occasion)) return { ok: false, reason: `where:${occasion}` };
  // "2026年年会在哪开": a passage about the 2025年会 is another year's occasion.
  const word = occasionSaid?.replace(/^年度/, "");
  const occasionYear = word ? new RegExp(`((?:19|20)\\d{2})年度?的?${word}`).exec(q)?.[1] : undefined;
  if (occasion && occasionYear) {
    const held = [...p.matchAll(new RegExp(`((?:19|20)\\d{2})年度?(?:${occasion}|${word}|会)`, "g"))].map((m) => m[1]);
    if (held.length > 0 && !held.includes(occasionYear)) return { ok: false, reason: `year:${occasionYear}` };
  }
  // "第N次理事会在哪开": a counted occasion needs a passage that counts it so (第一次 = 首次 = 首届).
  // The ordinal counts the thing named after it: "第一次理事会议" is not met by a 首届秘书处 ("成立大会在…举行").
  const ordinal = ORDINAL.exec(q);
  if (ordinal) {
    // (An occasion's: a phase, "首期规模", is the fund's whatever the words after it.)
    const noun = /[次届轮]$/.test(ordinal[0])
      ? /^[\u4e00-\u9fff]{2,3}/.exec(q.slice(ordinal.index + ordinal[0].length))?.[0]
      : undefined;
    // (What the question names may stand between them: "X首届开发者大会" is met by "首届X开发者大会".)
    const unnamed = (t: string) =>
      entityNames
        .flat()
        .sort((a, b) => b.length - a.length)
        .reduce((rest, name) => rest.split(normalizeTerm(name)).join(""), t);
    // (The noun's first two characters count it too: "首届年会在哪办" reads "年会在" for three.)
    const counted = (t: string, o: string) => {
      if (!noun || ASKING_NOUN.test(noun)) return t.includes(o);
      const before = new RegExp(`${o}[\u4e00-\u9fff]{0,4}?${noun.length > 2 ? `${noun.slice(0, 2)}` : noun}`);
      return before.test(t) || before.test(unnamed(t));
    };
    // (The sentences around count it only when the passage counts none of its own: "蚌埠将承担第二届秘书处工作" is
    // the second term, whatever the next sentence says of the third.)
    // ("基金首期规模为20亿元" is the first phase, whatever the next sentence says of the second.)
    const ownOrdinal =
      (noun !== undefined && new RegExp(`(?:首|第[一二三四五六七八九十\\d]+)[届次轮任]${noun.slice(0, 2)}`).test(p)) ||
      (/期$/.test(ordinal[0]) && otherOrdinalThan(ordinal[0], p));
    // (…and so does the title of an article about that occasion: "…联盟首届年会在长沙召开" for its "下一步…".)
    const title = normalizeTerm(passage.title ?? "");
    if (
      !sameOrdinal(ordinal[0]).some((o) => counted(p, o) || (!ownOrdinal && (counted(around, o) || counted(title, o))))
    )
      return { ok: false, reason: `ordinal:${ordinal[0]}` };
  }
  // "管委会主任是谁": a passage naming the 管委会副主任 does not answer it; the role must stand as asked.
  // …and "某区管委会主任说了什么": what a holder said, in a passage that names the holder as asked.
  const saidByHolder = SAID.test(q) && !knowledge.officials.some((o) => q.includes(o.name));
  const role = WHO.test(q) || saidByHolder ? ROLE.exec(q) : null;
  if (role) {
    // The words right before the role word that are part of the title ("管委会主任", "轮值主席"), up to a 的.
    // ("2026年度轮值理事长": the year's 年度 is no part of it.)
    const before = (/([\u4e00-\u9fff]{0,3})$/.exec(q.slice(0, role.index).replace(/[的之]$/, ""))?.[1] ?? "").replace(
      /^[年度]+/,
      "",
    );
    // ("江阴那位副市长": what stands before 那位 is no part of the title.)
    const phrase = before.replace(/^.*(?:[的之]|那位|这位|那个|这个)/, "") + role[0];
    // "副主任委员", "主任助理": a title the role word only begins.
    const rest = /^(?:委员|助理)/.exec(q.slice(role.index + role[0].length))?.[0] ?? "";
    const asked = (q.slice(0, role.index).endsWith("的") ? role[0] : phrase) + rest;
    // ("成立专家咨询委员会，由Y担任主任": the body, then who holds the post in it.)
    const heldIn = before.length >= 2 && p.includes(before) && new RegExp(`(?:担任|出任)${role[0]}${rest}`).test(p);
    // ("…交接给杭州。至于杭州之后由哪家接任，…目前尚无人选": a sentence that goes on from the one naming the role.)
    const goesOn = /^(?:至于|对于|关于)/.test(p) && around.includes(asked);
    // ("专家委员会主任委员是谁": the body and its head's title, apart in the passage: "专家委员会…推选B为主任委员".)
    const inBody =
      /(?:委员会|专委会|工作组|协作组|协调组)$/.test(before) &&
      p.includes(before) &&
      new RegExp(`(?<!副)${role[0]}${rest}`).test(p);
    if (!p.includes(asked) && !heldIn && !goesOn && !inBody) return { ok: false, reason: `role:${asked}` };
    // ("网络的秘书长" is not the one a passage names "联盟秘书长", nor the other way round.)
    const kind = /网络/.test(q) && !/联盟/.test(q) ? "网络" : /联盟/.test(q) && !/网络/.test(q) ? "联盟" : "";
    const other = kind === "网络" ? "联盟" : kind === "联盟" ? "网络" : "";
    if (other && p.includes(`${other}${role[0]}`) && !p.includes(`${kind}${role[0]}`))
      return { ok: false, reason: `role:${other}${role[0]}` };
  }
  // "轮值主席单位是谁", "基金管理人是哪家机构": the passage names a unit the question does not ("将由下一任
  // 轮值主席单位承办" and "遴选工作已经启动" name none).
  // (A person the question names: "某人是哪个单位的" is answered by their title, whatever its kind.)
  const unit = ASKS_UNIT.exec(q);
  if (unit && !knowledge.officials.some((o) => q.includes(o.name))) {
    // …and names the post or the thing asked about ("基金管理人最后选的是哪家机构": 管理人).
    const before = q
      .slice(0, unit.index)
      // (会 of a body is no "will": "专委会是哪个高新区牵头".)
      .replace(/(?:最后|最终)?(?:选的|选定的|定的)?(?:又|还|该|(?<![委年大协学商])会|将|要|由)*(?:是|为)?$/, "")
      .replace(/的$/, "");
    // (A time, "明年又轮到哪", names no post.)
    const post = /([\u4e00-\u9fff]{2})$/.exec(before)?.[1];
    // (…or names it as the thesaurus says the articles write it: 专委会 is 专业委员会.)
    const written =
      Object.entries(lexicon.thesaurus)
        .find(([short]) => before.endsWith(short))?.[1]
        .split(" ") ?? [];
    const named = !post || /[年次届期]$/.test(post) || p.includes(post) || written.some((w) => p.includes(w));
    if (!named) return { ok: false, reason: `unit:${post}` };
    const own = (name: string) => q.includes(name) || entityNames.some((names) => names.some((n) => name.includes(n)));
    const bodies = [...p.matchAll(BODY_NAMED)].map((m) => m[0]).filter((b) => !own(b));
    const zones = zoneNames(knowledge).filter((z) => p.includes(z) && !own(z));
    // ("我区正在牵头筹建…": the zone whose page it is, named so.)
    const home = /我区|本区/.test(p) && passage.articleId ? homeZoneOf(knowledge, passage.articleId) : undefined;
    if (home) zones.push(home);
    // "轮到哪个省", "轮到哪儿": a province the passage names is the unit asked for.
    const province =
      /哪个?省|哪儿|哪里|(?:轮到|换到|转到)哪$/.test(q) &&
      PROVINCES.some((name) => p.includes(name) && !q.includes(name));
    // (…or leaves it open: "至于第三届秘书处由哪家成员单位承接，会议明确将在2027年联盟年会上协商确定".)
    if (bodies.length === 0 && zones.length === 0 && !province && !UNDECIDED.test(p))
      return { ok: false, reason: "unit" };
  }
  // A year the question names ("2025年的工作计划") must be the passage's (or its neighbours') year.
  // A question about two years ("2025年营收多少，2028年目标多少") is answered by a passage of either.
  // (An English question writes the year alone: "its 2026 annual meeting".)
  const yearForm = /[a-z]{3}/.test(q) ? /(?<!\d)((?:19|20)\d{2})(?!\d)/g : /((?:19|20)\d{2})年/g;
  const years = [...q.matchAll(yearForm)].map((m) => m[1] as string);
  const year = years.find((y) => p.includes(y)) ?? years[0];
  if (
    year &&
    !p.includes(year) &&
    !around.includes(year) &&
    !(passage.heading ?? "").includes(year) &&
    // (A figure asked for may have its year said earlier in its paragraph or section: "2025年，…合计…。从增速看，
    // A以14.2%领跑".)
    // (Or its article's title gives the year for all of it: "…交出2025年“成绩单”".)
    !(
      ((passage.years ?? []).includes(year) || (passage.title ?? "").includes(`${year}年`)) &&
      /\d/.test(p) &&
      (RANK_ASKED.test(q) || QUANTITY.test(q))
    ) &&
    // (A sentence that dates by month and day only, "3月6日，…", is in its article's year: it answers a question
    // that asks that month of that year.)
    !(monthAsked(q) === DAY_ONLY.exec(p)?.[1] && !/(?:19|20)\d{2}年/.test(p) && passage.date?.startsWith(year))
  )
    return { ok: false, reason: `year:${year}` };
  // "哪几家" asks which ones (a list), not how many; nor does a rank ("产业规模排前三的是哪三家").
  // ("这几家", "那几个" point back to zones the question names; they ask no amount.)
  // ("新加入的几家各有啥特色": the ones named before, each asked about, not how many.)
  // ("在几个高新区之间是怎么分工的": among them.)
  const amounts = q
    .replace(/[这那](?:几|两|三)(?:家|个|位|所)|几(?:家|个|位|所)(?=各|都|分别)/g, "")
    .replace(AMONG_SOME, "");
  const quantity = /哪几/.test(q) || RANK_ASKED.test(q) ? null : QUANTITY.exec(amounts);
  if (quantity) {
    // An amount is a number that is not a date ("将于今年12月召开" gives no amount).
    // (…and only in a passage, or an article by its title, that names one of the question's own names: "西安高新区…六大
    // 领域" answers nothing of 东湖.)
    const titled = `${p}${normalizeTerm(passage.title ?? "")}`;
    const countsBig =
      /(?:几|多少)个/.test(amounts) && entityNames.some((n) => n.some((x) => titled.includes(normalizeTerm(x))));
    const stated = p.replace(DATES_IN_TEXT, "");
    if (!NUMBER.test(stated) && !(countsBig && BIG_COUNT.test(stated))) return { ok: false, reason: "quantity:number" };
    // The measured noun of each amount asked ("产值多少，增速多少" asks two): the one counted after the cue
    // ("多少场交流活动") or else the one before it ("产值是多少"). A passage that gives one of them answers.
    const measures: string[] = [];
    // (A cue that is its own noun, "数量", "规模", is a word of any amount: stated is enough.)
    const generic: string[] = [];
    const cues = [...amounts.matchAll(new RegExp(QUANTITY.source, "g"))];
    for (const [i, cue] of cues.entries()) {
      const at = cue.index ?? 0;
      const next = cues[i + 1]?.index ?? amounts.length;
      // "排第几": a rank, stated as 第N位/名 (what follows the cue is another clause, not its noun).
      if (cue[0] === "第几") {
        if (!RANK.test(p)) return { ok: false, reason: "quantity:rank" };
        continue;
      }
      // "投了多少钱", "首期多少钱": money, stated in 元 whatever was bought; "研发投入一共多少钱": the money a measure
      // of money names right before it (研发投入, 经费, 补贴 …), which the passage must state.
      const before = amounts.slice(i > 0 ? (cues[i - 1]?.index ?? 0) + (cues[i - 1]?.[0].length ?? 0) : 0, at);
      if (/^钱/.test(amounts.slice(at + cue[0].length))) {
        // (An amount that only sizes the things counted, "打造2个1000亿元未来产业集群", is no money spent.)
        const spent = p.replace(/[\d一二两三四五六七八九十]+个\d[\d.]*(?:余|多)?[万亿]*元/g, "");
        if (!/\d[\d.]*(?:余|多)?[万亿]*(?:美元|元)/.test(spent)) return { ok: false, reason: "quantity:元" };
        const noun = measuredNoun(before);
        measures.push(noun && MONEY_MEASURE.test(noun) ? noun : "元");
        continue;
      }
      const counted = countedNoun(amounts.slice(at + cue[0].length, next));
      // A noun right before the next cue is that cue's ("…多少增速多少": 增速 is the second amount).
      const ownsNext = i + 1 < cues.length && counted !== null && at + cue[0].length + counted.length === next;
      const measure = (ownsNext ? null : counted) ?? measuredNoun(before);
      if (measure) measures.push(measure);
      // A cue that is itself the measured noun ("多大规模", "占比多少").
      if (/^(?:规模|数量|总额|总量|占比|比例|比重)$/.test(cue[0])) {
        measures.push(cue[0]);
        generic.push(cue[0]);
      }
    }
    // The noun as asked, or its head ("项目总投资" is met by "…项目23个，总投资…").
    // "2025年这一数字增加到31个": a number that refers back takes its noun from the sentence before.
    const measured = REFERS_BACK.test(p) ? `${around}${p}` : p;
    const measuredRaw = REFERS_BACK.test(p) ? `${passage.context}\n${passage.text}` : passage.text;
    // A detail word the question names and the passage states is a measure too ("营收目标是多少": 营收).
    const detailMet = DETAIL_WORDS.some((d) => q.includes(d) && states(measured, d));
    // (A noun whose head is a kind of thing counted, "物联网企业", "联合研发中心", needs that head: "12家高新区" counts zones.)
    const head = (m: string) => /(?:企业|公司|机构|项目|研发中心|实验室)$/.exec(m)?.[0];
    if (
      measures.length > 0 &&
      !detailMet &&
      !measures.some(
        (m) =>
          (generic.includes(m) ? states(measured, m) : statesAmount(measuredRaw, m, countsBig)) ||
          // (A share is stated as one: "占全省5.3%的土地面积，创造了全省27.3%的…".)
          (/^(?:占比|比例|比重)$/.test(m) && /占[^。；;]{0,12}?\d+(?:\.\d+)?[%％]/.test(measured)) ||
          // ("提了几个方向" is met by "从5个方面推进": a plan's points, by whatever word they are counted.)
          (PLAN_POINTS.test(m) &&
            new RegExp(`[0-9一二两三四五六七八九十]+个?${PLAN_POINTS.source.slice(1, -1)}`).test(measured)) ||
          ((statesAmount(measuredRaw, m.slice(0, 2)) || abbreviates(m, measured)) && measured.includes(head(m) ?? "")),
      )
    )
      return { ok: false, reason: `quantity:${measures.join("/")}` };
    // ("来了多少人": a number of people, "300余人", "120余名代表".)
    if (
      /(?:多少|几)(?:个)?人(?=[？?呢吧啊。，,]|$|参加|参会|出席|到场|来)/.test(amounts) &&
      !/[\d一二三四五六七八九十百千万两]+(?:余|多)?(?:人|名|位)|人次/.test(p)
    )
      return { ok: false, reason: "quantity:人" };
    // ("年会一共来了多少家企业": how many came to an occasion, which a count of firms the members have is not.)
    // ("物联网网络年会来了多少家企业": of the kind of meeting asked, not another group's 对接会.)
    const meeting = MEETING_KIND.exec(q)?.[0];
    // (The meeting may be named in the sentence before: "…供需对接会在合肥举行。来自11家高新区的64家企业参会".)
    if (attendanceAsked(q) && (!ATTENDED.test(p) || (meeting && !`${around}${p}`.includes(meeting))))
      return { ok: false, reason: "quantity:attendance" };
    // "多少家" counts: the passage must count with the same word ("23家", "十余家"), not give a share ("四成").
    // A measure word that begins a noun is not a unit: "多少项目" counts 项目 (written "项目18个").
    const unit = new RegExp(`^${COUNT_UNIT_ASKED.source}`).exec(amounts.slice(quantity.index))?.[1];
    // ("有几个观察员单位" is met by "观察员单位1家": 个 and 家 count the same things; 个 is the measure word of
    // anything, "多少个合作项目" met by "28项跨区域合作项目"; "几个领域" by "六大领域"; "多少位专家" by "专家21名".)
    const units =
      unit === "个"
        ? "(?:[个家项场条所座台款批]|(?<=[二三四五六七八九十])大)"
        : unit === "家"
          ? "[个家]"
          : unit === "位" || unit === "名"
            ? "[位名人]"
            : unit;
    if (unit && !new RegExp(`[0-9一二两三四五六七八九十百千万]+(?:余|多)?${units}`).test(p)) {
      return { ok: false, reason: `quantity:${unit}` };
    }
    // ("来了多少家企业": the count must be of firms, "11家优势高新区" counts zones though the passage names 企业 too.)
    // (One amount asked: with two, "办了多少场活动、促成多少个合作项目", each has its own unit and noun.)
    const countedHead = cues.length === 1 ? measures.map(head).find(Boolean) : undefined;
    const number = `[0-9一二两三四五六七八九十百千万]+(?:余|多)?${units ?? ""}`;
    if (
      unit &&
      countedHead &&
      !new RegExp(`${number}[^，,。；;、]{0,8}?${countedHead}|${countedHead}[^，,。；;、]{0,8}?${number}`).test(
        measured,
      )
    )
      return { ok: false, reason: `quantity:${unit}${countedHead}` };
    // "多少亿元", "多少亿": an amount written in figures with that unit ("约3.2亿元"), not a count of something else.
    // ("规模多少亿": the cue may come first.)
    const money = /(?:^|^规模|^总额)(?:是|有|为)?(?:多少|几)([十百千万亿]*(?:美元|元)|[万亿]+)/.exec(
      amounts.slice(quantity.index),
    )?.[1];
    if (money && !new RegExp(`\\d(?:[\\d.]*)(?:余|多)?${money}`).test(p))
      return { ok: false, reason: `quantity:${money}` };
    // An amount for a named year is that year's: the number's own sentence must carry the year.
    // (or the heading of its section: "▍2025年成绩单" over a list of figures).
    // (…or, when it names no year of its own, the paragraph or section it stands in: "从增速看，A以14.2%领跑".)
    const ownYear = /(?:19|20)\d{2}年/.test(p);
    // (…unless the year names an occasion the passage's article reports: "在2026年度工作会议上新设了几个专委会".)
    const occasion = year ? new RegExp(`${year}年度?[\u4e00-\u9fff]{0,4}?(?:会议|大会|年会|理事会)`).exec(q)?.[0] : "";
    const reported =
      occasion && passage.articleId
        ? normalize(knowledge.articles.get(passage.articleId)?.body ?? "").includes(occasion)
        : false;
    if (
      year &&
      !reported &&
      !p.includes(year) &&
      !(passage.heading ?? "").includes(year) &&
      !(!ownYear && ((passage.years ?? []).includes(year) || (passage.title ?? "").includes(`${year}年`)))
    )
      return { ok: false, reason: `quantity:${year}` };
  }
  // "X里营收前三是哪几家", "高企最多的是哪家": members ranked; the passage states a rank ("居首", "位列前三").
  if (RANK_ASKED.test(q) && !RANK_STATED.test(p)) return { ok: false, reason: "rank" };
  // "有哪些企业参加": the kind of thing listed must be what the passage names.
  const listed = /哪些([\u4e00-\u9fff]{2,4}?)(?:参加|参与|出席|加入|签约|入驻|落户|合作|是|有|在|$)/.exec(q)?.[1];
  // ("有哪些单位": any body is a 单位 or 机构, "人民网陕西分公司、中国旅游设计院…" names them without the word.)
  const bodies = /单位|机构/.test(listed ?? "") && ORG_LISTED.test(passage.text);
  if (
    listed &&
    /企业|公司|单位|机构|高校|院所|专家|领导|嘉宾|项目/.test(listed) &&
    !p.includes(listed.slice(-2)) &&
    !bodies
  ) {
    return { ok: false, reason: `listed:${listed}` };
  }
  // "实际到位了多少", "actually raised": an amount the passage does not say is done (a target, 目标规模; or another
  // amount) is not it.
  // (A question that asks the target too, "目标是多少，实际做到了多少", is answered by either.)
  if (quantity && ACTUAL_ASKED.test(q) && !/目标|计划|target|goal/.test(q) && !ACTUAL_STATED.test(p))
    return { ok: false, reason: "actual" };
  // "黄河绿色低碳产业基金…多少": the amount of a thing the question names by its own words (a fund, a platform);
  // a passage about another of its kind ("稀土…基金") does not say any of them.
  // (Its own words may stand in the sentence before or the title: "备受关注的协同创新基金也有了进展。基金首期3亿元…".)
  const thing = quantity ? NAMED_THING.exec(q) : null;
  // (…when the passage itself gives the amount, in figures.)
  const near = /\d/.test(p) ? `${p}${around}${normalizeTerm(passage.title ?? "")}` : p;
  if (thing && p.includes(thing[2] ?? "") && !ownWords(thing[1] ?? "").some((w) => near.includes(w)))
    return { ok: false, reason: `thing:${thing[0]}` };
  const time = TIME.test(q);
  if (time && !DATE.test(p)) return { ok: false, reason: "time" };
  // "哪天", "几月几号": a day is asked; a year or a month alone does not give it.
  if (ASKS_DAY.test(q) && !DAY.test(p)) return { ok: false, reason: "time:day" };
  // "那2个…产业集群计划哪年建成": when a goal is met, which only a year the goal is set for says ("力争到2028年"),
  // not the day the plan was issued.
  if (time && WHEN_DONE.test(q) && !BY_YEAR.test(p)) return { ok: false, reason: "time:done" };
  // A number or a date is about something: the passage (or its neighbours) must name what the question names.
  if ((quantity || time || role) && entityNames.length > 0) {
    // An article titled after the entity is about it throughout ("15家成员高新区…" in the alliance's report).
    const title = normalizeTerm(passage.title ?? "");
    // Every entity named, for an amount (a zone's share of a network's industry: the network's total is not the zone's).
    // …or the heading of its item ("■ 合成生物网络新增2家成员" over "网络首批发布的18项…").
    const heading = normalizeTerm(passage.heading ?? "");
    const nameOne = (names: string[]) =>
      names.some((n) => p.includes(n) || around.includes(n) || heading.includes(n)) ||
      // (A short name in a title is often where the news happened, "…在杭州启动": not what it is about.)
      titleNames(
        title,
        names.filter((n) => n.length >= 4),
      );
    // A place the question names as where an occasion was held ("包头那次启动会") is met by a title that says the
    // news happened there ("…网络在包头启动").
    const heldThere = (names: string[]) =>
      names.some(
        (n) =>
          new RegExp(`${escaped(n)}(?:那次|那场|的那次|的那场|举行的|举办的|召开的)`).test(q) &&
          title.includes(`在${n}`),
      );
    const named = quantity
      ? entityNames.every((names) => nameOne(names) || heldThere(names))
      : entityNames.some(nameOne);
    if (!named) return { ok: false, reason: "entity" };
  }
  return { ok: true };
}

/** The noun counted after a quantity cue: "场交流活动、多少场…" → "交流活动", "家高新技术企业" → "高新技术企业". */
function countedNoun(after: string): string | null {
  // A measure word and a particle ("多少个了？") count nothing more than the measure word does.
  if (/^[场个家项次名人位条所座批份台]套?[了啊呀呢吗吧]+(?:[？?。，,！!]|$)/.test(after)) return null;
  const m =
    // ("多少家人工智能企业？给个数字": a request after the question, its mark normalized away, is not the noun.)
    /^(?:[场个家项次名人位亿万元条所座批份台]套?)?([\u4e00-\u9fff]{2,10}?)(?=[的是有在吗呢了多几、，,。？?；;和与及]|分别|具体|各自|都|给个|给出|说个|请|麻烦|$)/.exec(
      after,
    );
  // Question words after the cue ("规模多大", "是多少") count nothing, nor does a clause that starts with a
  // conjunction ("规模和投资了几家企业": the second amount's own noun comes after its cue).
  // A unit ("多少亿元") is how the amount is given, not what is measured.
  const unit = /^(?:[十百千万亿]*(?:美元|元)|平方米|平方公里|公里|亩|吨|千瓦|万人|人次)$/.test(m?.[1] ?? "");
  // ("建多少个、按什么原则布局": a second question after the cue, not its noun.)
  return m?.[1] &&
    !unit &&
    !/^(?:多大|多少|多高|多长|多久|几何|如何|怎样|怎么|合计|总共|一共|和|与|及|并|还|以及)/.test(m[1]) &&
    !/什么|怎么|如何|哪|谁/.test(m[1])
    ? m[1]
    : null;
}

/**
 * The passage (as written, `raw`) gives an amount of the word: a number after it in its sentence, or before it in its
 * clause ("…入驻企业261家，工业总产值、高企数量等指标均在陕西省名列前茅" names the measure and gives none of it).
 */
function statesAmount(raw: string, word: string, big = false): boolean {
  const forms = [word, ...(lexicon.detailForms[word]?.split(" ") ?? [])].map(normalizeTerm);
  const numbered = (text: string) => {
    const stated = normalizeTerm(text).replace(DATES_IN_TEXT, "");
    return NUMBER.test(stated) || (big && BIG_COUNT.test(stated));
  };
  // (A number after the word in its sentence, or before it in its clause: "产值超5000亿元", "261家企业".)
  return raw.split(/[。；;！!？?\n]/).some((sentence) => {
    const clauses = sentence.split(/[，,]/);
    return clauses.some((clause, i) => {
      const text = normalizeTerm(clause);
      const at = Math.min(...forms.map((f) => text.indexOf(f)).filter((x) => x >= 0));
      if (!Number.isFinite(at)) return false;
      return numbered(text.slice(0, at)) || numbered(text.slice(at)) || clauses.slice(i + 1).some(numbered);
    });
  });
}

/** Firms asked by name ("哪几家公司", "哪些企业落户了"), not how many. */
// (Several, as a list: "哪家公司" is often answered by one firm named short, "翎客航天(江阴)火箭总装基地".)
const FIRMS_ASKED = /(?:哪几家|哪些)(?:公司|企业)|(?:公司|企业)(?:有|是)哪(?:几家|些)/;
/** One firm asked by name ("是哪家企业投的", "由哪家公司运营"). */
const FIRM_ASKED = /哪家(?:公司|企业)/;
/** A firm named short: its trade and the city in brackets, or before 有关负责人 ("翎客航天(江阴)", "翎客航天有关负责人"). */
// ("项目由宁德时代投资建设": the firm that invests.)
const FIRM_NAMED_SHORT =
  /由[一-鿿]{2,8}?(?:投资|出资|运营)|[一-鿿]{2,8}[（(][一-鿿]{2,4}[）)]|[一-鿿]{2,8}(?:航天|科技|电子|智能|生物|光电|半导体|新材料|能源|汽车|动力|装备|药业|医药)(?=有关负责人|负责人|[（(]|的|公司)/;
/** A firm the passage names: "…有限公司", "…集团", or firms listed before 等 ("宁德时代、比亚迪等企业"). */
// (…or listed after the word for them: "落户的龙头企业包括比亚迪、宁德时代和汇川技术".)
const FIRM_NAMED =
  /[一-鿿]{2,}(?:公司|集团|股份|药业|研究院)|[一-鿿“”]{2,10}(?:、[一-鿿“”]{2,10})+等[一-鿿]{0,6}(?:企业|公司)|(?:企业|公司)(?:包括|有|是|为)[：:]?[一-鿿“”]{2,10}(?:[、和及][一-鿿“”]{2,10})+/;

/** A number said of the figure before: "这一数字", "该数字". */
const REFERS_BACK = /(?:这一|这个|该|此)(?:数字|数据|指标|数值)/;

/** The passage states the word, or another word the articles write for it (营收 → 营业收入). */
function states(p: string, word: string): boolean {
  return p.includes(word) || (lexicon.detailForms[word]?.split(" ") ?? []).some((f) => p.includes(normalizeTerm(f)));
}

/**
 * The body inside a group a question asks about ("联络办公室的负责人", "航空动力与关键零部件专委会里有哪几家"), with the
 * words of its own name the question gives (`own`: "专家咨询委员会" → 专家咨询, not any 委员会); `named`: a committee or
 * a working group by its name ("高校院所", "理事会里" name a kind, not one body).
 */
export function bodyAsked(
  question: string,
): { body: string; own: string; ownTail: string; named: boolean } | undefined {
  const q = normalize(question);
  // (Not a post the question only sets the time by: "杭州当AI网络轮值主席以后准备做哪些事".)
  // ("杭州当轮值主席这一年，打算推动哪些工作": the seat a time, not what is asked about.)
  const premise = /当[^，,。？?]{0,14}?(?:以后|之后|后|期间|这一?年|这一?届|任期内|的时候)/.exec(q)?.[0] ?? "";
  const body = lexicon.subBodies.find((b) => q.includes(b) && !premise.includes(b));
  if (body === undefined) return undefined;
  const at = q.indexOf(body);
  const named = /委员会|专委会|工作组|专家组|分会|专班/.test(body);
  const own = named
    ? (/[^\P{Script=Han}了个几设下面有哪些是的里中在和与及各那这其该网络联盟多少家位什么啥]{0,6}$/u.exec(
        // ("人形机器人专项工作组" of "下设人形机器人、核心零部件两个专项工作组": its kind, 专项, said apart from its name.)
        q.slice(0, at).replace(/(?:专项|专业|专门)$/, ""),
      )?.[0] ?? "")
    : "";
  // (Its name as the question gives it, less a field word before it: "低空动力系统工作组" is the article's "网络动力系统与
  // 核心零部件专业工作组".)
  // (Not of a short name: "先进材料工作组" is not "先进制造与新材料工作组".)
  return { body, own, ownTail: own.length >= 6 ? own.slice(2) : own, named };
}

/** The text speaks of the body by its word, or a short form of it ("专委会" for "专业委员会", either way asked). */
// (A short form keeps the word's first and last characters and is no word inside it: not "理事单位" for "副理事长单位",
// nor "办公室" for "联络办公室".)
export function speaksOfBody(body: string, text: string): boolean {
  if (states(text, body) || abbreviates(body, text)) return true;
  return lexicon.subBodies.some(
    (short) =>
      short.length < body.length &&
      short[0] === body[0] &&
      short.at(-1) === body.at(-1) &&
      !body.includes(short) &&
      abbreviates(short, body) &&
      text.includes(short),
  );
}

/** "专委会" for "专业委员会", "检测平台" for "检测公共服务平台": a short form whose characters stand in order in a span
 *  of the passage. */
function abbreviates(short: string, text: string): boolean {
  if (short.length < 3) return false;
  // (A longer short form may leave out a longer word: "检测平台" for "检测公共服务平台".)
  const gap = short.length >= 4 ? 4 : 2;
  const pattern = [...short].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(`[\\u4e00-\\u9fff]{0,${gap}}`);
  return new RegExp(pattern).test(text);
}

/** The noun right before a quantity cue: "2025年的产值是多少" → "产值"; "转化了多少" → "转化". */
/** The words a plan's points are counted by ("5个方面", "三项任务"). */
// (Not 领域: "重点领域有几个" counts fields, which "从5个方面推进" does not.)
const PLAN_POINTS = /^(?:方向|方面|任务|举措|措施)$/;

function measuredNoun(before: string): string | null {
  // "高企最多的是哪家，有多少": the clause before asks who leads; what it ranks by is the measure.
  // ("谁营收增速最快？多少": what is ranked, before the superlative.)
  const head = before
    .replace(/[，,、？?。\s]+$/, "")
    .replace(MEASURE_FILLER, "")
    // ("额度定了没？多少": whether it was decided, then how much; the measure is before the asking.)
    .replace(
      /(?:最终|最后|到底|现在)?(?<![规认制约评鉴稳指锁设])(?:定|确定|敲定|明确|公布)(?:下来)?了?(?:没有?|吗|呢)$/,
      "",
    )
    .replace(MEASURE_FILLER, "")
    .replace(/(?:最多|最高|最大|最强|最快|第一)?的?(?:是|为)?(?:哪[家个位所]|谁)$/, "")
    .replace(/(?:最多|最高|最大|最强|最快)$/, "")
    .replace(MEASURE_FILLER, "")
    // ("榜单现在揭了几项": a one-character verb after a word of time is what was done, not what is counted.)
    .replace(/(?:现在|目前|已经|一共|总共|累计)[\u4e00-\u9fff]$/, "")
    // ("产值同比下降了多少": a change is of the measure before it, whichever way the passage says it went.)
    .replace(/(?:同比|环比|比上年|较上年)?(?:增长|增加|下降|减少|提高|降低|上升|下滑|上涨|涨|跌)了?$/, "")
    // ("创新型产业集群下一步要建多少个": what is to be built, before the plan's words.)
    .replace(
      /(?:下一步|今后|未来|今年|明年)?(?:要|将|计划|准备|打算|拟)(?:新)?(?:建|建设|办|举办|培育|打造|引进|组建)$/,
      "",
    );
  const m = /([\u4e00-\u9fff]{2})$/.exec(head);
  return m?.[1] ?? null;
}
