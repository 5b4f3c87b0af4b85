/**
 * "2027年度轮值理事长单位将在下一届年会上推选产生", "秘书长人选…将另行商定", "…尚未确定", "具体金额未对外披露",
 * "下一届秘书处承接单位将由两省成员单位协商后报理事会确定": a
 * passage that says what is asked has not been decided (or not disclosed) answers the question honestly with "not
 * known yet", quoting that sentence, rather than as if it were the answer.
 */

import {
  ASKS_WHY,
  HOW_CHOSEN,
  PROVINCE_ASKED,
  PROVINCE_SAID,
  UNDECIDED,
  WHEN_DECIDED,
  WILL_APPLY,
} from "../answer/facts/cues.ts";
import { ORDINAL, otherOrdinalThan } from "../answer/ordinals.ts";
import type { Answer, Citation } from "../answer/types.ts";

/** A clause that says who holds or takes something ("由A接任", "A担任", "轮到A") or where it is held. */
// ("鹰潭高新区提出承办…的申请": an application to host names no host; nor does a bid, "正在积极争取承办…".)
const HOLDER =
  /由|担任|接任|接棒|轮到|(?<!申请|提出|争取|希望|有意|意向)承办(?![^，,。；;]*申请)|为[\u4e00-\u9fff]{2,12}(?:高新区|示范区|园区)|在[\u4e00-\u9fff]{2,12}(?:举行|举办|召开)/;
/** Asks when, and a clause that says when (a month, a day, a half of the year). */
const ASKS_WHEN = /哪天|哪一天|几号|几月|什么时候|啥时候|何时|日期|时间/;
const WHEN_SAID = /\d{1,2}月|\d{1,2}日|[上下]半年|年初|年底|年中/;
/** A place or a day left open ("举办地将另行确定", "时间待定"), and where asked. */
const OPEN_PLACE = /举办地|地点|选址|在哪|何处|何地/;
const OPEN_DAY = /时间|日期|日子/;
/** An amount left open ("总规模以及出资比例仍在测算"), and asked. */
const OPEN_AMOUNT = /规模|比例|金额|数额|额度/;
const ASKS_AMOUNT = /多少|多大|规模|比例|金额|数额|额度/;
/** …unless a holder is left open with them ("网络秘书长人选及首届年会的举办时间、地点将另行商定"). */
const OPEN_HOLDER = /人选|单位|负责人|秘书长|主席|理事长|管理人|管理机构|承办方/;
const ASKS_WHERE = /在哪|哪里|哪儿|何地|什么地方|举办地|地点/;
/** When or where, said roughly: a year, a half, or a place something is held. */
// ("2026年网络年会由深圳高新区承办，具体时间待定": a year that names the meeting says no time of it.)
const ROUGHLY_SAID =
  /(?:19|20)\d{2}年(?!度?(?:网络|联盟)?(?:年会|年度大会|大会|会议))|上半年|下半年|年内|年底|在[\u4e00-\u9fff]{2,12}(?:举办|举行|召开)/;
/** Asks who the members are: "成员都有谁", "有哪些成员", "成员名单". */
// ("观察员单位都有谁": the holders of a kind, a list.)
const MEMBERS_ASKED = /成员|名单|哪些高新区|哪几家高新区|都有谁|都有哪些|有哪些单位/;
/** Asks who means to join, and a sentence that says who does. */
// (…or means to lead one: "有没有高新区打算牵头搞低空经济网络" of "积极谋划牵头发起…网络，…首批成员尚未确定".)
const INTENT_ASKED =
  /想(?:参加|加入|参与|入网|入盟)|意向|有意|表态|表示(?:要|愿意|想)(?:参加|加入|参与)|(?:打算|准备|计划|想)牵头/;
const INTENT_SAID =
  /(?:表达|表示|提出)了?[^，,。；;]{0,6}?(?:参与|加入|入网|入盟)意向|有意(?:加入|参与)|(?:谋划|筹划|计划|正在)牵头(?:发起|筹建|组建)/;
/** A later term said, and asked. */
const LATER = /下一[届任]|下届|新一[届任]|第[二三四五六七八九][届任]|此后|以后|今后/;
const ASKS_LATER = /下一|下届|新的|新一[届任]|新任|第[二三四五六七八九]|以后|此后|明年|将来|今后|(?:19|20)\d{2}/;
/** Asks what, who, where or when (not why or how). */
// ("最后决定让省级高新区作为观察员加入了吗": whether it was decided; "会不会吸收省级高新区当观察员".)
// ("到底是A、B还是C来承接": which of them.)
// ("第三届秘书处已经定在南阳了，对吧": a decision claimed, to be confirmed; "2027年年会是不是定在长春开"; "2027年年会
// 定在南昌办了吗", "定了是常州办吗".)
// ("…定了没有" is not among them: whether it was decided is answered by the passage that says it is not, not refused.)
// ("各家怎么出资": how it is shared out, which a plan left open answers.)
// ("人才互认办法具体是怎么规定的": what a rule says, which a passage may say is not issued yet.)
// ("英文名叫什么", "标识是啥": what it is called; "清单里具体都有啥内容": what it holds.)
const ASKS_FACT =
  /谁|哪|几|有(?:啥|什么)(?:内容|项目|东西)|什么时候|啥时候|何时|多少|多大|(?:啥|什么)条件|规模|是什么|是啥|叫(?:什么|啥)|还是|(?:怎么|如何|怎样)规定|(?:怎么|如何|怎样)(?:出资|分摊|分配|筹集|筹资)|(?:决定|确定|同意|批准)[^。？?]{0,24}?(?:了吗|了没)|(?:定在|定了|定为|定下)[^。？?]{0,16}?(?:对吧|对吗|是吗|吧)|定在[^。？?]{1,16}?(?:了吗|了没)|定了是[^。？?]{1,16}?吗|(?:是不是|是否)(?:已经)?(?:定在|定了|定为|确定在)/;
/** Asks how something works ("钱从哪来、怎么运作"): what the passages say of it, not whether a figure is decided. */
const ASKS_HOW = /(?:怎么|如何|怎样)(?:运作|运营|管理|使用|操作|开展|推进|落实)/;
/** Asks whether something was allowed or agreed ("有没有同意", "允不允许…加入", "同不同意"). */
// ("会吸收省级高新区加入吗": whether it will let them in.)
// ("允许省级高新区当观察员吗": whether it is allowed.)
const ASKS_ALLOWED =
  /会(?:吸收|吸纳|接纳|允许|同意|批准)[^。？?]{0,20}?吗|(?:是否|可不可以)?允许[^。？?]{0,20}?吗|(?:会不会|是否会)(?:吸收|吸纳|接纳|允许|同意|批准)|有没有(?:同意|批准|决定|通过|吸纳|允许)|是否(?:同意|批准|允许|吸纳|接纳)|[允同准]不[允同准]|(?:能不能|能否|可否|可不可以)[^。？?]{0,16}?(?:加入|参与|参加|吸纳|申报|申请|享受)/;
/** Asks whether something will happen ("明年会不会跟着理事长搬到成都去", "是否会随之轮换"). */
// ("退出以后，还会以观察成员的身份参加…吗".)
const ASKS_WILL = /会不会|是否会|会否|还会[^。？?]{0,30}?吗/;
/** A holder guessed ("会是A吗", "会不会是A", "是不是A"). */
const GUESSED = /会是|会不会是|是不是|是否(?:是|由)/;
/** Asks what it came to in the end ("最后定了多少", "到底同不同意"): the sentence that leaves it open may rank below
 *  one about something near it, so more passages are read. */
// ("额度定了没？多少": whether it was decided asks the same.)
const IN_THE_END = /最后|最终|到底|究竟|敲定|后来|(?<![规认制约评鉴稳指锁设])(?:定|确定|明确)(?:下来)?了(?:没有?|吗)/;
/** A decision for now ("会议决定暂不吸纳，待…成熟后再作研究"): what is asked is decided, whatever is left for later. */
// (Not a decision to decide later: "会议决定暂不作出决定，留待下次理事会再议".)
// ("会议同意吸纳省级高新区作为网络观察员单位，…具体权利义务待…后再作决定": admitted, a detail left for later.)
// ("会议确定A、B为网络观察员单位；…具体权利义务将视运行情况再作研究": named to the seat, a detail left for later.)
const DECIDED_FOR_NOW =
  /(?:决定|明确|同意|商定)(?:暂不|暂缓|不再|不予|暂时不)(?!作出决定|做出决定|决定|表态|定)|(?:同意|决定|批准)(?:吸纳|接纳|吸收)|(?:确定|同意|明确)[^，,。；;]{2,40}?为(?:网络|联盟)?(?:观察员|观察|成员|会员)单位/;
/** Question words and particles: not what the question is about. */
const ASKING =
  // ("在哪开", "在哪办": the meeting's verb; not 开工, 承办, 举办.)
  /是谁|哪家|哪个|哪里|哪儿|哪|谁|几号|几月|什么时候|何时|多少|多大|是什么|吗|呢|的|了|在|(?<![召承举主协])[开办](?![工业通发展放设幕园始])|[？?，,、。\s]/g;

/** A clause that leaves something open — not one that names what was open before ("去年启动时尚未敲定的基金也有了明确
 *  方案"). */
function leftOpen(clause: string): boolean {
  const m = UNDECIDED.exec(clause);
  if (m === null) return false;
  // ("网络启动时尚未确定规模的…基金": what was open at a time before, said of the thing it describes; not "尚未确定
  // 具体的举办时间".)
  const after = clause.slice(m.index + m[0].length);
  const before = clause.slice(0, m.index);
  if (after.startsWith("的") || (/时$/.test(before) && /^[\u4e00-\u9fff]{1,3}的/.test(after))) return false;
  // (…nor one quoted as what was said before of a thing named after it: "启动时“首期规模尚未确定”的…基金，在此次年会上
  // 正式明确"; "会议明确“届时再议”" is what it says now.)
  const close = clause.indexOf("”", m.index);
  const opened = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  return !(opened && close >= 0 && clause[close + 1] === "的");
}

/** Words that open a clause without naming a thing of their own ("网络2026年度大会…", "目前…"). */
const GROUP_WORDS = /网络|联盟|会议|大会|年会|目前|具体|今年|明年|届时|此外|同时/;

/** A clause that points back at what the sentence said before it ("相关事项正在…沟通"). */
const POINTS_BACK = /^(?:相关事项|相关事宜|此事|该事项|这一事项|上述事项|具体事宜)/;

/** Things a sentence may leave open beside what it settles (a fund's manager, a meeting's place, a rule's details). */
/** An interviewer's line: "记者：…", "问：…". */
const ASKED_BY_INTERVIEWER = /^(?:记者|问|主持人)[：:]/;
/** What was left open at the founding: "4月联盟成立时，…还没有定下来". */
const OPEN_BACK_THEN = /^[^，,。]{0,8}?(?:成立|启动|组建)时[，,]/;
/** A clause that opens an item of an enumerated plan: "…三件事：一是…", "二是…", "其三，…". */
const ITEM_OPENS =
  /(?:^|[：:])(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十](?:是|项|条)?(?=[\u4e00-\u9fff]))/;
/** What stands before an item's own words in its clause: "…三件事：一是". */
const BEFORE_ITEM = new RegExp(`^.*?${ITEM_OPENS.source}`);
/** The items of a plan asked: "哪三件事", "哪几项工作", "有哪些重点任务", "重点推进什么". */
const ITEMS_ASKED =
  /哪(?:[几两二三四五六七八九十]|\d)(?:件|项|个|方面|大)|哪些(?:事|工作|任务|举措|方面|重点|安排|计划)|(?:推进|开展|部署|安排)(?:了)?(?:哪些|什么|啥)/;
/** A fund's manager or operator, and asked ("管理人是谁", "谁来运营", "谁管"). */
const MANAGER = /管理人|管理机构|运营主体|运营机构|托管/;
const MANAGER_ASKED = /管理|运营|托管|谁管|管的/;
const OTHER_THING = /管理人|管理机构|举办地|举办时间|具体时间|地点|细则|名单|人选/;

/** What the passages would quote, and more of them when needed. */
export type UndecidedInput = {
  /** What the passages would quote (`offTopic` ones are not taken). */
  citations: Citation[];
  /** More passages found (made only when needed): taken when the question gives a year they give too and the first
   *  quote does not ("2026年度大会在哪开" when the quote is the 2025 meeting's), or the first quote names none of the
   *  groups asked (`firstOnTopic` false), or a decision is asked ("最后定了多少"). */
  others?: () => Citation[];
  firstOnTopic?: boolean;
  offTopic?: (c: Citation) => boolean;
  /** The sentence before a quote's, in its paragraph. */
  before?: (c: Citation) => string | undefined;
  /** Two passages are about the same group (a later decision counts only then). */
  related?: (open: Citation, later: Citation) => boolean;
};

export function undecided(question: string, names: string[][], input: UndecidedInput): Answer | null {
  const {
    citations,
    others: find = () => [],
    firstOnTopic = true,
    offTopic = () => false,
    related = () => true,
    before = () => undefined,
  } = input;
  // ("第三任轮值主席会是武汉东湖吗": a holder guessed for a later term asks who it will be.)
  // ("能不能申请…基金": whether one may apply is open only when a quote says so, "能否参与…申报，…尚未明确"; not by
  // "…开放申请，基金首期规模尚未确定".)
  const mayApply = /(?:能不能|能否|可否|可不可以)[^。？?]{0,16}?(?:申报|申请|享受)/.test(question);
  // ("省级高新区可以以观察员身份加入…吗": whether they may, open when a quote asks that very thing, "能否以观察员身份加入".)
  const may = /(?<!不)可以([^。？?，,]{0,12}?(?:加入|参与|参加|申报|申请|享受))[^。？?]{0,12}?吗/.exec(question)?.[1];
  // (The thing itself, "以观察员身份", in a clause that asks whether: "是否吸纳省级高新区以观察员身份参与…".)
  const core = may?.replace(/(?:加入|参与|参加|申报|申请|享受)$/, "") ?? "";
  const thing = core.length >= 2 ? core : may;
  const mayOpen =
    thing !== undefined &&
    citations.some((c) =>
      c.quote
        .split(/[，,。；;]/)
        .some((clause) => /能否|是否|可否|能不能|可不可以/.test(clause) && clause.includes(thing)),
    );
  const allowed =
    mayOpen ||
    (ASKS_ALLOWED.test(question) &&
      (!mayApply || citations.some((c) => /能否|是否|可否|能不能|可不可以/.test(c.quote)))) ||
    ((GUESSED.test(question) || ASKS_WILL.test(question)) && ASKS_LATER.test(question)) ||
    // ("南昌高新区会申请加入集成电路网络吗": a plan to apply, which "是否申请加入…，目前尚未作出决定" leaves open.)
    WILL_APPLY.test(question);
  // ("第二届什么时候、怎么产生": how the holder is chosen, which "将在2028年理事会换届时选举产生" says.)
  if (
    !(ASKS_FACT.test(question) || allowed) ||
    ASKS_WHY.test(question) ||
    HOW_CHOSEN.test(question) ||
    ASKS_HOW.test(question)
  )
    return null;
  const decided = allowed || IN_THE_END.test(question);
  // (The other passages, read once however many of the steps below ask for them.)
  let otherCitations: Citation[] | undefined;
  const others = () => {
    otherCitations ??= find();
    return otherCitations;
  };
  // What the question asks about, without the group or zone it names: its two-character words.
  let topic = question;
  for (const name of names.flat().sort((a, b) => b.length - a.length)) topic = topic.split(name).join(" ");
  const pairs = new Set<string>();
  // (Chinese words only: a year is checked on its own below.)
  for (const part of topic
    .replace(ASKING, " ")
    .replace(/[^\u4e00-\u9fff]+/g, " ")
    .split(/\s+/))
    for (let i = 0; i + 2 <= part.length; i++) pairs.add(part.slice(i, i + 2));
  const year = /(?:19|20)\d{2}/.exec(question)?.[0];
  // (…or when the first quote names none of the groups asked: "网络2026年年会将在赣州高新区举办" in another's article.)
  const more =
    year && (!citations[0]?.quote.includes(year) || !firstOnTopic)
      ? others().filter((c) => c.quote.includes(year))
      : [];
  // (A decision asked: read on past the first quotes, "…首期规模15亿元" ranks above "基金的总规模…仍在测算之中".)
  // (…and the fourth when a later term is asked, "下一任…具体是江西哪家", and the quote says one is left open: an
  // interview's question and answers may rank before it.)
  const later = ASKS_LATER.test(question) && citations[3] !== undefined && LATER.test(citations[3].quote);
  const top = citations.slice(0, later ? 4 : 3);
  // (About the first quote's group first, the latest first: what a later article still leaves open is the state now.)
  const lead = top[0];
  const near = (c: Citation) => (lead && related(lead, c) ? 1 : 0);
  const read =
    decided && more.length === 0
      ? others()
          .filter((c) => !top.some((t) => t.quote === c.quote))
          .sort((a, b) => near(b) - near(a) || (b.date ?? "").localeCompare(a.date ?? ""))
      : [];
  const sharedWith = (text: string) => [...pairs].filter((p) => text.includes(p)).length;
  // (A quote about what is asked that decides it for now, "关于是否吸纳…，会议决定暂不吸纳": no other open sentence
  // answers in its place.)
  if (top.some((c) => DECIDED_FOR_NOW.test(c.quote) && sharedWith(c.quote) >= 3)) return null;
  // What a quote leaves open, with the words that name it, when that is what the question asks; else null.
  // (Each clause that leaves something open, in turn: "联盟2027年年会的举办地尚未确定，第三届轮值主席单位将在2027年年会上
  // 确定" leaves the place open, then the chair.)
  // (Who has said it means to join is asked, and the quote says who: "已有A、B等表达了参与意向，网络的…首批成员名单尚未
  // 确定" leaves the members open, not who wants to take part.)
  const intentAsked = INTENT_ASKED.test(question);
  const openIn = (c: Citation): string | null => {
    if (offTopic(c) || DECIDED_FOR_NOW.test(c.quote) || (intentAsked && INTENT_SAID.test(c.quote))) return null;
    // (An interviewer's words, "记者：4月联盟成立时，基金的规模还没有定下来。", or what was open at an earlier time,
    // "成立时…尚未确定", say nothing of it now.)
    if (ASKED_BY_INTERVIEWER.test(c.quote) || OPEN_BACK_THEN.test(c.quote)) return null;
    const clauses = c.quote.split(/[，,；;。]/);
    // (A clause that goes on from an open one found no answer, "基金二期规模尚未确定，将视首期运行情况另行研究" asked
    // 首期, is that one's tail: no answer either.)
    let passed = false;
    for (const [at, clause] of clauses.entries()) {
      if (passed && /^(?:将|并|待|再|需|拟|另)/.test(clause)) continue;
      const said = leftOpen(clause) ? openAt(c, clauses, at) : null;
      if (said !== null) return said;
      passed = leftOpen(clause);
    }
    return null;
  };
  const openAt = (c: Citation, clauses: string[], at: number): string | null => {
    const open = clauses[at];
    if (!open) return null;
    // (The thing left open may be named in the clause before: "共建…服务中心，中心选址将在年内确定", or in the
    // clause that opens with it: "对于第三届秘书处由哪家承接，会议明确将于…审议确定，目前尚未明确".)
    const about = clauses.slice(0, at).findLastIndex((x) => /^(?:对于|关于|至于)/.test(x));
    // (…or in the sentence before, when this one goes on from it: "…第三任轮值主席将由湖北省成员单位担任。但具体由
    // A还是其他…承接，目前尚未确定".)
    // (…or asks in the text what it leaves open: "第三届秘书处由哪家高新区承担？记者了解到，…目前尚未确定".)
    const previous = before(c) ?? "";
    // (…or turns to it from the sentence before: "…交接给杭州。至于杭州之后由哪家接任，…目前尚无人选".)
    const goesOn = /^(?:但|不过|然而|至于)/.test(c.quote) || /[？?]$/.test(previous) ? previous : "";
    // (…or in the clause before the one that turns to it: "第三届秘书处将由河南省的成员高新区承接，但具体由A、B、C三家中
    // 的哪一家承担，目前尚未确定".)
    const turns = /^(?:但|不过|然而)/.test(clauses[at - 1] ?? "") ? 1 : 0;
    const from = about >= 0 && at - about <= 3 ? about : Math.max(0, at - 1 - turns);
    const said = goesOn + clauses.slice(from, at + 1).join("");
    // An item of a plan leaves a detail of its own open ("…重点推进三件事：一是…试点科技创新券互认，互认细则正在制定
    // 中；二是…"): the items asked ("下半年重点推进哪三件事") are said, when the question does not name that item.
    const item = clauses.slice(0, at + 1).findLastIndex((x) => ITEM_OPENS.test(x));
    if (
      item >= 0 &&
      ITEMS_ASKED.test(question) &&
      !clauses.slice(item, at + 1).some((x) => sharedWith(x.replace(BEFORE_ITEM, "")) >= 2)
    )
      return null;
    // A fund's manager or operator left open is not who pays or leads it: "…由深圳、西安、合肥3家高新区的政府引导基金联合
    // 社会资本共同出资，基金管理人正在遴选中" asked "是哪几家高新区出的钱" names them in the clause before.
    if (
      MANAGER.test(open) &&
      !MANAGER_ASKED.test(question) &&
      /谁|哪/.test(question) &&
      clauses.some((x, i) => i !== at && !leftOpen(x) && /由[^，,。；;]{2,40}?(?:出资|发起|设立|牵头|组建)/.test(x))
    )
      return null;
    // Only the exact day or place left open, the rest said ("…将于2026年下半年在珠海举办，具体时间另行通知"): the
    // quote answers with what is known.
    if (/具体(?:时间|日期|地点)/.test(open) && clauses.some((x) => x !== open && ROUGHLY_SAID.test(x))) return null;
    // What is left open is not what is asked: a place or a day, asked who ("…讲张江2026年打算的是谁" is not
    // answered by "2026年度工作会议的举办地将另行确定"); a day, asked where; a place, asked when.
    // (A list left open with them, "该网络的成员名单和启动时间尚未确定", answers who its members are.)
    const listOpen = /名单|清单/.test(said) && MEMBERS_ASKED.test(question);
    if ((OPEN_PLACE.test(said) || OPEN_DAY.test(said)) && !OPEN_HOLDER.test(said) && !listOpen) {
      const asksWhere = ASKS_WHERE.test(question);
      const asksWhen = ASKS_WHEN.test(question);
      if (/谁|哪位|哪家/.test(question) && !asksWhere && !asksWhen) return null;
      // (…nor what else is asked, "2027年的工作要点有哪些", "2027年度大会的主题是什么", by "…的举办地点尚未确定";
      // who hosts is a place.)
      const other = !OPEN_PLACE.test(question) && !OPEN_DAY.test(question) && !/哪个|承办|举办|轮到/.test(question);
      if (other && !asksWhere && !asksWhen) return null;
      if (!OPEN_PLACE.test(said) && asksWhere && !asksWhen) return null;
      if (!OPEN_DAY.test(said) && asksWhen && !asksWhere) return null;
    }
    // …a list or a time, asked who leads ("…是谁在牵头筹建" is not answered by "首批成员单位名单和网络成立时间尚未确定").
    // (What is open may be said over the clauses from there: "筹建方案正在编制中，首批成员单位名单…尚未确定".)
    const rest = clauses.slice(at).join("，");
    if (
      /谁|哪家|哪位|哪个(?:高新区|单位|园区)/.test(question) &&
      !listOpen &&
      !/地点|举办地|在哪/.test(rest) &&
      /名单|清单|时间|日期/.test(rest) &&
      !/人选|负责人|牵头|承担/.test(said + rest)
    )
      return null;
    // …an amount, asked who ("基金是谁牵头出资" is not answered by "基金的总规模以及出资比例仍在测算"; "由哪几家联合发起").
    if (
      OPEN_AMOUNT.test(said) &&
      !/谁|哪家|人选/.test(said) &&
      // (…not a holder left open after an amount said: "首期规模3亿元，基金管理人将通过公开招标确定".)
      !OPEN_HOLDER.test(open) &&
      /谁|哪家|哪位|哪个|哪几|哪些/.test(question) &&
      !ASKS_AMOUNT.test(question)
    )
      return null;
    // …a holder, asked how much, when another clause gives the amount ("基金首期规模20亿元，…，基金管理人将通过公开
    // 遴选确定" asked "多大规模").
    if (
      ASKS_AMOUNT.test(question) &&
      !OPEN_AMOUNT.test(open) &&
      clauses.some((x) => x !== open && /\d[\d.]*(?:亿|万)?元/.test(x))
    )
      return null;
    // …a lead asked is not answered by another side left open ("联合实验室是谁牵头建的" by "…的总投资额和运营主体目前尚未
    // 公布"); nor a time asked by an amount or a holder left open ("预计啥时候投用").
    if (
      /(?:谁|哪家|哪个|哪些|哪几家)[^，,。？?]{0,6}?牵头|牵头[^，,。？?]{0,4}?(?:的是|是谁|是哪)/.test(question) &&
      !/牵头|组长|召集|负责单位|承担单位|推选|人选/.test(said)
    )
      return null;
    // (Asked where or when, another clause of the sentence that says it answers: "下一届年会将在临沂高新区举办，时间另行
    // 通知，下一届轮值主席单位将在该次年会上推选产生" asked where the next meeting is.)
    const saysIt = (x: string) =>
      ASKS_WHERE.test(question)
        ? // (A place named, not a rule for every year: "每年在成员高新区轮流举办".)
          !/何处|何地|哪|什么|成员|轮流|各/.test(x) && /在[\u4e00-\u9fff]{2,14}?(?:举办|举行|召开)/.test(x)
        : ASKS_WHEN.test(question) && !/何时|什么时候|哪天/.test(x) && WHEN_SAID.test(x);
    if (clauses.some((x, i) => i !== at && !leftOpen(x) && saysIt(x))) return null;
    if (
      ASKS_WHEN.test(question) &&
      !ASKS_WHERE.test(question) &&
      !OPEN_DAY.test(said) &&
      !WHEN_SAID.test(said) &&
      !/何时|什么时候|时间表|进度/.test(said)
    )
      return null;
    // Who led it before ("纳米涂层专题工作组原来是哪个高新区牵头的") is not what is left open about who leads it next
    // ("淄博高新区退出后，其原先牵头的…工作组的召集单位由哪家接任，将在…明确").
    if (/原来|原先|此前|以前|之前/.test(question) && /(?:原先|原来|此前|之前)(?:牵头|负责|承担)/.test(c.quote))
      return null;
    // What a zone is now ("现在在联盟里是什么身份") is not answered by whether it will become something ("能否成为联盟
    // 正式成员，…另行研究").
    if (/现在|目前|如今|眼下/.test(question) && /能否|是否|会不会/.test(said) && !/能否|是否|会不会/.test(question))
      return null;
    // Nor is who or what was done on the way ("申请材料交给了哪个牵头单位"): a whether left open ("能否加入尚未确定")
    // answers only whether it happens, and when.
    if (
      /能否|是否|会不会/.test(open) &&
      /谁|哪家|哪个|哪位|哪些|什么|多少|几/.test(question) &&
      !ASKS_WHEN.test(question) &&
      !/能否|是否|会不会|能不能|可不可以|可否|吗|没有|了吧/.test(question)
    )
      return null;
    // A meeting of a month that was held ("9月那次理事会在哪开的") is not one the quote leaves open without its month
    // ("提出承办2027年年会的意向，…尚待网络理事会研究确定").
    const heldIn = /(\d{1,2})月(?:份)?(?:的)?(?:那次|那场|这次|这场|上次)/.exec(question)?.[1];
    if (heldIn && !new RegExp(`(?<!\\d)${heldIn}月`).test(c.quote)) return null;
    // A later year left open is no answer to this year's question ("今年的年度大会在哪办的" is not answered by
    // "2027年度大会在哪里举办，目前尚未确定" of an article dated 2026).
    // (The year the quote itself gives up to what is open, "至于2027年年会在哪个城市举办，目前正在征求…，还没有最后确定",
    // before one the sentence it goes on from gives.)
    // (The clause nearest to what is open that dates it: "…将在2027年底前建成…，今年的网络年会在哪个城市举办，目前尚未确定"
    // is this year's.)
    const yearIn = (x: string) => (/今年|本年/.test(x) ? "" : /((?:19|20)\d{2})年/.exec(x)?.[1]);
    const dated = clauses
      .slice(0, at + 1)
      .reverse()
      .map(yearIn)
      .find((y) => y !== undefined);
    const openYear = Number(dated ?? yearIn(said) ?? "");
    if (/今年|本年度/.test(question) && openYear && c.date && openYear > Number(c.date.slice(0, 4))) return null;
    // A later term left open ("此后的轮值顺序由理事会另行商定", "第二任轮值主席单位具体由哪家…担任，将在…确定") is no
    // answer to this term's question.
    if (LATER.test(said) && !ASKS_LATER.test(question)) return null;
    // Another phase or term left open is no answer either ("基金二期有多少钱" is not answered by "首期规模尚未确定").
    const ordinal = ORDINAL.exec(question)?.[0];
    if (ordinal && otherOrdinalThan(ordinal, said)) return null;
    // Asked when it will be decided, a clause that says when ("将在2027年联盟年会上协商确定") answers it.
    if (WHEN_DECIDED.test(question) && /(?:19|20)\d{2}年|年会|会议|年内|年底|[上下]半年/.test(open)) return null;
    // A year the question asks that another clause gives is answered there ("2026年由兰州高新区接任"); not when
    // that clause only names what is left open ("对于2026年的下一任轮值主席单位，…目前尚未确定").
    // (Asked when, a clause that says where does not answer it: "…将在成都高新区举行，时间待定".)
    const answers = ASKS_WHEN.test(question) ? WHEN_SAID : HOLDER;
    // ("2027年…大会由哪家成员单位承办，目前同样没有确定": a clause that asks who names no holder.)
    if (year && clauses.some((x) => x !== open && x.includes(year) && answers.test(x) && !/哪|谁|何处|何地/.test(x)))
      return null;
    // (…or another quote gives it: "会议确定，网络2027年年会将由成都高新区承办" beside a working group left open.)
    if (
      year &&
      top.some(
        (t) =>
          t !== c &&
          related(c, t) &&
          !offTopic(t) &&
          // (…when the open one does not name the year: "2026年度会议的举办时间和地点尚未确定" is the year's.)
          !c.quote.includes(year) &&
          sharedWith(t.quote) > 0 &&
          t.quote.includes(year) &&
          answers.test(t.quote) &&
          !leftOpen(t.quote) &&
          !/哪|谁/.test(t.quote),
      )
    )
      return null;
    // (The year asked counts as a word shared when the terms from it on are left open: "2028年度的轮值理事长是A还是B"
    // by "2028年及以后的轮值顺序…另行商定".)
    const enough = (text: string) => {
      // (…and when the clause names the year asked: "2027年年会的承办单位将由理事会另行商定".)
      const fromYear = year !== undefined && new RegExp(`${year}年`).test(text);
      const shared = sharedWith(text) + (fromYear ? 1 : 0);
      return shared >= Math.min(2, pairs.size) && shared > 0;
    };
    if (enough(said)) return said;
    // (…or the clauses before one that points back at them: "我区正在积极争取承办2027年光电子网络年会,相关事项正在与…沟通,
    // 尚未最终确定".)
    const pointedAt = clauses.slice(0, at).findLastIndex((x) => POINTS_BACK.test(x));
    if (pointedAt >= 0 && enough(clauses.slice(0, at + 1).join("，"))) return clauses.slice(0, at + 1).join("，");
    // (…or the clause that names the thing the open clause goes on about: "二是共建跨区域物联网中试基地，…，基地选址目前
    // 尚未确定".)
    // (…when the question names that thing too.)
    const head = open.slice(0, 2);
    const named =
      question.includes(head) && !GROUP_WORDS.test(head)
        ? clauses.slice(0, at).findLastIndex((x) => x.includes(head))
        : -1;
    const thing = named >= 0 ? clauses.slice(named, at + 1).join("，") : "";
    if (thing && enough(thing)) return thing;
    // (…or further back in the sentence, which asks what is open: "第二届理事长单位如何产生、由哪家高新区担任，章程只作
    // 了原则性规定，目前尚未确定".)
    const whole = clauses.slice(0, at + 1).join("，");
    // ("是否吸收…省级高新区作为观察员单位，联盟将在…研究，目前尚未作出决定": whether, too.)
    if (/如何|由哪|哪家|哪个|谁|是否/.test(whole) && enough(whole)) return whole;
    // (…or the thing is named earlier in the sentence, and the open clause shares the act asked: "我区正在申报建设生物制造
    // 中试验证平台,建成后将向网络成员单位开放,具体建成时间尚未确定" asked "…中试验证平台啥时候能建成".)
    return ASKS_WHEN.test(question) && OPEN_DAY.test(open) && sharedWith(open) >= 1 && sharedWith(whole) >= 4
      ? whole
      : null;
  };
  // (…or a passage found beside the quotes that leaves open what is asked, and is nearer the question than the first
  // quote: "遂宁、宜宾等观察员单位何时转为正式成员，章程未作规定" beside "2027年联盟年会拟在成都举办", asked when they
  // become members.)
  // (Only when the first quote shares next to nothing with the question, "基金首期2亿元" answers "基金首期多少钱"
  // beside "…基金规模仍在研究"; or when the passage shares all the first quote shares and more besides:
  // "长沙高新区承办的…创新创业大赛具体哪天举办" is not answered by the day the alliance was founded in 长沙, beside
  // "二是承办…创新创业大赛，具体举办时间尚未确定".)
  const firstShared = [...pairs].filter((p) => (top[0]?.quote ?? "").includes(p));
  const firstShares = firstShared.length;
  const nearer = (c: Citation) => {
    if (top.some((t) => t.quote === c.quote)) return false;
    const shared = sharedWith(c.quote);
    if (firstShares < 2) return shared > firstShares;
    return shared >= firstShares + 3 && firstShared.every((p) => c.quote.includes(p));
  };
  const quotedFirst = [...top, ...more, ...read].find((c) => openIn(c) !== null);
  const quoted: Citation | undefined =
    quotedFirst ??
    others()
      .slice(0, 2)
      .find((c) => nearer(c) && openIn(c) !== null);
  if (!quoted) return null;
  // (A province asked, which the quote decides, before the zone it leaves open: the quote answers that much.)
  if (PROVINCE_ASKED.test(question) && PROVINCE_SAID.test(quoted.quote)) return null;
  const saidOpen = openIn(quoted) ?? "";
  // …unless a later article says it, as near the question as the open sentence ("基金规模最终确定为20亿元").
  // (Said near: the words the question and the open sentence share, all but one of them: "基金", "规模".)
  // (The words of the clause that leaves it open, when they name it: "…联合设立机器人产业协同基金，目前基金首期规模尚未确定"
  // is settled by "该基金首期规模30亿元", which does not repeat the fund's whole name.)
  const openClause = quoted.quote.split(/[，,；;。]/).find(leftOpen) ?? "";
  const inClause = [...pairs].filter((p) => openClause.includes(p));
  const key = inClause.length >= 2 ? inClause : [...pairs].filter((p) => saidOpen.includes(p));
  // (…or, said by "该基金", the thing left open in full, "首期规模" (the words right before the open word), and a word of
  // what it is of, "基金": not "该基地…首期规模约2000亩".)
  const openWord = UNDECIDED.exec(openClause)?.index ?? 0;
  const measure = key.filter((p) => openClause.slice(Math.max(0, openWord - 4), openWord).includes(p));
  const of = key.filter((p) => !measure.includes(p));
  const close = (text: string) => {
    const shared = key.filter((p) => text.includes(p)).length;
    if (shared >= Math.max(2, key.length - 1)) return true;
    return measure.length >= 2 && measure.every((p) => text.includes(p)) && of.some((p) => text.includes(p));
  };

  // (A later sentence may leave another thing open, named in its clause: "基金首期规模20亿元，…，基金管理人将通过公开遴选
  // 确定" settles the size.)
  const another = (clause: string) => {
    const thing = OTHER_THING.exec(clause)?.[0];
    return thing !== undefined && !question.includes(thing);
  };
  const stillOpen = (clause: string) => leftOpen(clause) && !another(clause);
  const after = (c: Citation) =>
    (c.date ?? "") > (quoted.date ?? "") &&
    !c.quote.split(/[，,；;。]/).some(stillOpen) &&
    close(c.quote) &&
    related(quoted, c);
  // (Looked for past the quotes, or found beside them: a later decision among the other passages answers.)
  if ((read.includes(quoted) || quoted !== quotedFirst || IN_THE_END.test(question)) && others().some(after))
    return null;
  return {
    kind: "none",
    // (Not disclosed is not undecided: "具体金额未对外披露".)
    answer: `${/未(?:对外)?(?:披露|公开)/.test(quoted.quote) ? "文章没有披露" : "目前尚未确定"}，文章没有给出答案，只写了：据《${quoted.title}》：${quoted.quote.replace(/\s*\n\s*/g, "")}`,
    citations: [quoted],
  };
}
