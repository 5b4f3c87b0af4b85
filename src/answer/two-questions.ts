/**
 * Two questions in one message ("成渝联盟首批一共几家？四川占几家", "秘书处在哪，副牵头单位是哪两家"): each part
 * answered (a second part that names nothing gets the first's name, subject or topic back), both answers given
 * together when both parts are answered; else null, and the message is answered whole.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { claimedPremise } from "./claimed-premise.ts";
import { formatDate } from "./facts/context.ts";
import { ASKS_PLAN, ASKS_WHY, JUST_LIST, LIST_AGAIN, PREMISE } from "./facts/cues.ts";
import { WHICH_PART } from "./facts/members.ts";
import { ROLE_ASKED } from "./facts/roles.ts";
import { POST_ASKED } from "./facts/seats.ts";
import { listThenCheck } from "./list-then-check.ts";
import { type Mention, parseQuestion } from "./parse.ts";
import { dateOf, group as groupOf } from "./query/graph.ts";
import type { Answer } from "./types.ts";
import { LEVEL_OF_THEM, levelsNamed } from "./zone-level.ts";

/** Answers one question (the whole answer route, after normalising). */
type Ask = (text: string) => Promise<Answer>;

/** A second part that points back at the group the first names: "这个网络", "那个联盟", "该网络". */
const POINTS_AT_GROUP = /^(?:那么)?(?:这个|那个|这张|那张|该|这|那)(?:网络|联盟)(?:的)?/;

/** A group pointed at anywhere in a part: "这个联盟", "该网络". */
const GROUP_POINTER = /(?:这个|那个|该|这|那)(?:网络|联盟)/;

/** A second part that names another part of a chain and asks the same: "封装测试这块又是哪些", "设计环节呢". */
const OTHER_PART =
  /^(?:那)?([\u4e00-\u9fff]{2,8}?)(?:这块|这一块|这边|这个环节|环节|领域|方面)?(?:又|则)?(?:是|有)?(?:哪些|哪几家|哪家|谁|呢)[？?]?$/;
/** …or asks again who does another part: "哪些做封装测试", "那哪些在深耕芯片制造". */
const OTHER_PART_DONE =
  /^(?:那|又)?哪些(?:高新区)?(?:主要)?(?:在)?(?:做|搞|深耕|布局在?|主攻|聚焦)([\u4e00-\u9fff]{2,8}?)(?:领域|环节|方面)?(?:的)?[？?]?$/;
/** What the first part's zones do, and in what: "在深耕芯片制造", "主要布局在芯片设计". */
const DOES_IN =
  /((?:在|主要)?(?:深耕|布局在|主攻|集聚在|做|搞|聚焦))([\u4e00-\u9fff]{2,8}?)(?=领域|环节|方面|[，,？?]|$)/;

/** Asks how much one amount exceeds another: "多多少", "差几个", "相差多少". */
const DIFFERENCE = /多(?:出)?(?:多少|几)|少(?:了)?(?:多少|几)|差(?:多少|几)|相差/;
/** Asks an amount: "多少", "几个", "几家". */
const AMOUNT_ASKED = /多少|几(?:个|家|项|场|次|亿|万|位|名)/;
/** A second part that names only a zone, asking the first part's amount of it: "东湖自己呢", "那西安呢". */
const ZONE_OWN = /^(?:那)?([\u4e00-\u9fff]{2,12}?)(?:自己|自身|本身|单独)(?:的)?呢?[？?]?$/;

/** The seat or thing a question asks about, right after the name it asks of ("淮河联盟秘书处…"). */
const TOPIC_AFTER_NAME = /^的?(秘书处|副理事长单位|理事长(?:单位)?|轮值主席(?:单位)?|牵头单位|基金|年会)/;
/**
 * A second part that asks a term of office ("任期到哪年哪月", "杭州这一届到什么时候"), when a zone takes it over ("成都
 * 哪年接任", "从哪家手里接的"), how its holder is chosen ("由谁推选") or where it was before ("之前是在哪里", "从哪换到哪"): of the seat the
 * first asks.
 */
// (Not a body's own term: "首届理事会任期多久".)
const ASKED_OF_THE_SEAT =
  /^(?!.*(?:理事会|委员会|工作组))(?=.*(?:任期|这一?届|本届|到什么时候|到哪(?:年|一年|天|月)|接任|接手|接棒|接过|(?:手里|手中|手上)接|上任|推选|推举|选举|产生|之前|此前|以前|原来|从哪(?:里|儿)?(?:换|搬|迁|移|调)到哪))/;
/** A second part that names only a term ("2025年度是谁", "首届呢"), and the post the first part names after its term. */
const ANOTHER_TERM =
  /^((?:19|20)\d{2}年度?|首届|首任|上一届|上一任|下一届|下一任)的?(?=是|呢|由|轮到|该|归|换成|[？?]?$)/;
/** A second part that asks who held the post before ("之前是谁", "前任呢"), when the first names a year. */
const PREVIOUS_TERM = /^(?:之前|此前|以前|前任|前一任|上一任|上一届|上一年度?|去年)的?(?=是|呢|由|[？?]?$)/;
const POST_AFTER_TERM =
  /^的?(?:(?:19|20)\d{2}(?:[—–-]?(?:19|20)\d{2})?年度?|首届|首任|本届|上一届|下一届)?的?((?:轮值)?(?:副|常务)?(?:理事长|主席|牵头)(?:单位)?)/;
/** A second part that asks about the first's act, naming nothing of its own ("依据的是什么制度", "为啥换"). */
const ON_THE_ACT = /^(?:又|还|那)?(?:是)?(?:依据|根据|按照?|凭)(?:的是)?(?:什么|啥|哪)/;

/** A second part that asks an amount by a thing alone: "企业多少家", "专利几件". */
const SHORT_AMOUNT = /^[\u4e00-\u9fff]{1,4}?(?:有)?(?:多少|几)[\u4e00-\u9fff]?[？?]?$/;
/** The industry the first part names right after the zone: "光电子信息产业2025年营收多少". */
const INDUSTRY_AFTER_NAME = /^的?([\u4e00-\u9fff]{2,10}?产业)/;

/** A second part that asks only why the first's act happened: "为啥退", "为什么", "什么原因". */
// ("…，原因是什么", "理由呢": the reason asked as a noun.)
const WHY_OF_FIRST =
  /^(?:那|又|是)?(?:(?:为啥|为什么|为何|因为什么|什么原因|啥原因)[\u4e00-\u9fff]{0,3}|(?:原因|理由)(?:是什么|是啥|何在|呢)?)[？?]?$/;

/** A short part that asks who did something: "谁牵头", "哪家发起的". */
const WHO_DID = /^(?:是|由)?(?:谁|哪家|哪个|哪一家)(?:高新区|单位)?[\u4e00-\u9fff]{1,6}?的?[？?]?$/;

/** A second part that asks by what rule a seat passes on: "按什么规则轮", "怎么轮". */
const RULE_ASKED =
  /^(?:那|又)?(?:是)?(?:按|按照|依据|根据)(?:什么|啥|哪种?)(?:规则|办法|制度|顺序|原则)|^(?:那|又)?(?:是)?(?:怎么|如何)轮/;

/** A second part that asks only when the seat is taken over: "哪年接任？", "什么时候上任". */
// ("谁接，啥时候接": who, said again before when.)
const WHEN_TAKES_OVER =
  /^(?:那|又)?(?:谁接(?:任|手)?[，,]?)?(?:哪一?年|什么时候|啥时候|何时|几时)(?:开始)?(?:接任|上任|接手|接棒|担任|接)[？?]?$/;

/** A clause that says something moved away, and not where to: "秘书处搬走了". */
const MOVED_AWAY = /(?:搬|迁|移)走了?$|(?:搬|迁)家?了$/;

/** An answer that tells why: "文章写：A因…调整，…退出". */
const REASON_GIVEN = /(?:因|由于|鉴于|结合|原因)[^，,。；;]{2,}/;

/** The subject a question opens with, before its verb ("创新型产业集群试点是哪年开始的"). */
const SUBJECT = /^([\u4e00-\u9fff]{4,16}?)(?:是|有|在|于|从|的)/;

/** A seat or a thing a clause may ask about on its own. */
const SEAT_OR_THING = /秘书处|理事长|主席|牵头|成员|基金|年会|会议/;

/** A clause that ends by asking: "是谁", "在哪", "设哪" ("秘书处设哪"), "多少家", "哪一天", "有哪些". */
// ("…是11月12日启动的对吧，来了多少家": a claim asked to be confirmed ends a question too.)
const ASKED_AT_END =
  /(?:对吧|对吗|是吗|没错吧|对不对|是谁|谁|在哪(?:里|儿)?|设哪(?:里|儿)?|哪[两几]?[家个天年位]|哪些|哪(?:个|家|一个)?(?:高新区|园区|城市|地方|单位)|多少(?:家|个)?|几[家个位]|(?:哪一?年|什么时候|啥时候|何时|哪一?天|几月几[号日]|几[号日])[\u4e00-\u9fff]{0,4}的)$/;

/** Asks an amount of money, and one written. */
// ("总投资呢": the amount asked back of the first part's thing.)
const MONEY_ASKED =
  /多少钱|(?:投|金额|资金|投入|投资)[\u4e00-\u9fff]{0,2}多少|^(?:那)?(?:总投资额?|投资额|投资总额|总金额|金额|总额)呢?[？?]?$/;
const MONEY = /\d(?:\.\d+)?(?:万亿|亿|万)(?:元|美元)/;

/** How a question ends when it asks: "在哪开", "是几号", "是谁", "有哪些". */
const QUESTION_TAIL = /(?:是|在|于|有)?(?:哪|几|多少|什么|谁|何)[\u4e00-\u9fff]{0,4}$/;

/** How the answer should be given, said after the question ("只要现有名单", "不用讲历史变化", "直接列名单就行"). */
// ("给个数字", "说个准数": how the answer is wanted.)
// ("列出来就行": how to answer, not another question.)
const INSTRUCTION = new RegExp(
  // ("…？列一下": the list asked for again, parse.ts reads the question without it; "…？只说封测这块": what it asks,
  // narrowed.)
  // ("…都有谁？算上后来加进来的": who counts in the list asked, not a question of its own.)
  `^(?:请|麻烦|帮忙|帮我)?(?:只要|只说|只讲|只看|只问|只列|直接列|不用|不要|别|无需|不必|给个|给出|说个|(?:算上|包括|连同|加上|含)(?:后来|新)|${JUST_LIST.source}|${LIST_AGAIN.source})`,
);

/** A part asking a few of the first's items ("说几个关键的", "挑两三条重点的讲讲"), nothing of its own. */
const SOME_OF_IT =
  /^(?:请|麻烦|帮忙)?(?:说|讲|列|挑|举)(?:出)?(?:几|一两|两三|三五|几)(?:个|条|点|项|件)(?:最)?(?:关键|重点|主要|重要|核心)?的?(?:说说|讲讲)?(?:就行|就好|即可|吧)?[。.!！]?$/;
/** A last part asking whether the answers before it are the same ("是同一家吗", "一样吗"). */
const SAME_ONE = /^(?:是|那|它们|两者)?(?:不是)?(?:同一[家个位]|一样|相同)(?:的)?(?:吗|嘛|么|不)?$/;

/** A group and its lead stated first ("集成电路网络上海张江牵头的，…"), then the questions. */
// ("IC网络是中关村牵头的，哪天启动的来着": a group named in Latin letters too.)
const LEAD_STATED = /^([A-Za-z\u4e00-\u9fff]{2,20}?(?:网络|联盟))(?:是|由)?([\u4e00-\u9fff]{2,8}?)牵头的?[，,\s]+(.+)$/;
/** A group described in brackets by its lead: "（武汉东湖牵头那个）", "（东湖牵头的）". */
const LEAD_ASIDE = /[（(]([\u4e00-\u9fff]{2,10}?)牵头(?:的)?(?:[那哪](?:个|张|家))?[）)]/;
/** A group described at the end by its lead: "…，无锡牵头的那个", "，东湖牵头的那张网". */
const LEAD_AFTER = /[，,]\s*([\u4e00-\u9fff]{2,10}?)牵头(?:的)?(?:那个|那张|那家|这个)(?:网络|联盟|网)?[。？?！!]?$/;
/** A yes/no question run straight into the next ("…牵头的吗有那些成员"): split after 吗. */
const YES_NO_THEN = /(?<=吗)(?=[\u4e00-\u9fff]{0,6}(?:哪|那些|几|多少|什么|谁))/;

/** A zone guessed after a question: "是不是杭州", "是临沂吗", "会是武汉东湖吗". */
// (Not a question of its own: "是谁把主席交给长春的" asks who.)
const GUESS =
  /^(?:那)?(?:是不是|会不会是|会是|是)(?!.*(?:谁|哪|什么|几))([\u4e00-\u9fff]{2,10}?)(?:高新区)?(?:吗|呢|嘛)?$/;

/** The zone the text names, when it names one zone and nothing else. */
function onlyZone(knowledge: Knowledge, text: string): string | undefined {
  const [one, ...more] = parseQuestion(text, knowledge).entities;
  return one?.kind === "zone" && more.length === 0 ? one.id : undefined;
}

/** A second part that asks the title of the person the first part asks for: "他什么职务", "她是什么身份". */
// ("…是谁作的？什么职务？": asked without 他.)
const THEIR_TITLE =
  /^[他她](?:是)?(?:什么|啥|哪个)?(?:职务|职位|身份|头衔|官)|^(?:是)?(?:什么|啥|哪个)(?:职务|职位|身份|头衔)/;
/** …or whom they speak for, which the title gives: "他是哪个单位的". */
const THEIR_BODY = /^[他她](?:是)?(?:哪个|哪家|什么)单位/;

/**
 * "成渝联盟首批一共几家？四川占几家": two questions in one message, the second about what the first names. Each is
 * answered (the second with the first's name put back); both answers are given when both parts are answered.
 */
export async function twoQuestions(knowledge: Knowledge, q: string, askOnce: Ask): Promise<Answer | null> {
  // (A part is often asked by more than one reading below: it is answered once.)
  const answers = new Map<string, Promise<Answer>>();
  const ask: Ask = (text) => {
    const known = answers.get(text) ?? askOnce(text);
    answers.set(text, known);
    return known;
  };
  const each = (await eachGroup(knowledge, q, ask)) ?? (await eachOccasion(knowledge, q, ask));
  if (each) return each;
  // (A question answered by another it holds: a list, then a zone checked in it; a value stated, then checked.)
  const held = (await listThenCheck(knowledge, q, ask)) ?? (await claimedPremise(knowledge, q, ask));
  if (held) return held;
  const pair = await sameSeats(knowledge, q, ask);
  if (pair) return pair;
  // ("低空网络轮值主席是谁 任期多久": a space between two clauses of Chinese stands for a comma.)
  const split = (by: RegExp) =>
    q
      .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "，")
      .split(by)
      .map((x) => x.trim())
      .filter((x) => x.length >= 2);
  // ("秘书处在哪。。首期运行多久": a run of full stops ends a question too.)
  let parts = split(/[？?]|。{2,}/);
  // ("光电子网洛是武汉东湖牵头的吗有那些成员": two questions, no mark between them.)
  if (parts.length === 1) {
    const run = split(YES_NO_THEN);
    if (run.length === 2) parts = run;
  }
  // "…有哪些？只要现有名单，不用讲历史变化": an instruction after the question is part of it, not a question.
  if (parts.length === 2 && INSTRUCTION.test(parts[1] as string) && !ASKS.test(parts[1] as string)) return null;
  // "…下一步重点做哪些事？说几个关键的": how much of the first's answer is wanted; one question.
  if (parts.length === 2 && SOME_OF_IT.test(parts[1] as string)) return ask(parts[0] as string);
  // "低空网络的秘书长是谁？叫什么名字": the name of the one the first part asks for; one question.
  if (parts.length === 2 && NAME_AGAIN.test(parts[1] as string) && /是谁|哪位/.test(parts[0] as string))
    return ask(parts[0] as string);
  // "轮值主席一届干多久？由谁来当？": who holds the seat the first part asks about; one question.
  if (parts.length === 2 && WHO_HOLDS.test(parts[1] as string) && SEAT_NAMED.test(parts[0] as string)) return null;
  // "下一届轮值主席换成谁了？从什么时候开始": when the holder the first part asks takes the seat; one question.
  if (parts.length === 2 && WHEN_STARTS.test(parts[1] as string) && SEAT_NAMED.test(parts[0] as string))
    return ask(`${parts[0]}，${parts[1]}`);
  // "有没有高新区同时在三个网络里？都有谁": the ones the first part asks about, named; one question.
  if (parts.length === 2 && WHO_AGAIN.test(parts[1] as string) && WHETHER_ANY.test(parts[0] as string)) return null;
  // "为啥要搞X联盟？南昌那边的负责人是怎么解释的": the reason asked, as someone gave it; one question.
  if (parts.length === 2 && ASKS_WHY.test(parts[0] as string) && EXPLAINED.test(parts[1] as string)) return null;
  // "…应该注意什么？有专家讲过吗": whether someone said it, of what the first part asks; one question.
  if (parts.length === 2 && SAID_SO.test(parts[1] as string)) return null;
  // "2027年度理事会议在哪开？定了鹰潭吗": the answer to the first guessed, not a question of its own; the first's answer
  // says whether it is so.
  const guessedZone = parts.length === 2 ? GUESSED_ANSWER.exec(parts[1] as string)?.[1] : undefined;
  if (guessedZone && ASKS_WHO_WHERE.test(parts[0] as string) && namesZone(knowledge, guessedZone))
    return ask(parts[0] as string);
  // "谁牵头发起的？首任理事长单位又是哪家？是同一家吗": whether the two answers are the same is read off the two
  // answers given together.
  if (parts.length === 3 && SAME_ONE.test(parts[2] as string)) parts = parts.slice(0, 2);
  // "发布了多少个场景，签了多少个项目": two amounts asked in one sentence, a comma between them.
  if (parts.length === 1) {
    const clauses = split(/[，,]/);
    // ("…交流活动和对接活动分别多少场，对接活动多多少": the difference of the two the first asks, one question.)
    if (clauses.length === 2 && clauses.every((x) => AMOUNT_ASKED.test(x)) && !DIFFERENCE.test(clauses[1] as string))
      parts = clauses;
    // "纳米网络谁退了,原因是什么": the why of the first clause, after a comma.
    else if (clauses.length === 2 && WHY_OF_FIRST.test(clauses[1] as string)) parts = clauses;
    // "长江中游联盟为什么要成立，接下来打算做啥", "…是为了干什么成立的，谁牵头": why, then what it plans or another
    // thing asked at its end.
    else if (
      clauses.length === 2 &&
      ASKS_WHY.test(clauses[0] as string) &&
      (ASKS_PLAN.test(clauses[1] as string) ||
        ASKED_AT_END.test((clauses[1] as string).replace(/[？?]$/, "")) ||
        WHO_DID.test(clauses[1] as string))
    )
      parts = clauses;
    // "轮值主席多久换一次，按什么规则轮": a seat's question, then by what rule it passes on.
    else if (
      clauses.length === 2 &&
      RULE_ASKED.test(clauses[1] as string) &&
      SEAT_OR_THING.test(clauses[0] as string) &&
      /多久|多长|几年|谁|哪|什么|几/.test(clauses[0] as string)
    )
      parts = clauses;
    // "2026年轮值主席是谁，秘书处还在无锡吗", "秘书处在哪，副牵头单位是哪两家": two questions, each asking at its end.
    // (The second names a thing of its own: "…现在是谁，下一年度轮到谁" is one question about one seat.)
    else if (
      clauses.length === 2 &&
      ASKED_AT_END.test(clauses[0] as string) &&
      (/[吗嘛][？?]?$/.test(clauses[1] as string) ||
        ASKED_AT_END.test((clauses[1] as string).replace(/[？?]$/, "")) ||
        AMOUNT_ASKED.test(clauses[1] as string)) &&
      (SEAT_OR_THING.test(clauses[1] as string) ||
        AMOUNT_ASKED.test(clauses[1] as string) ||
        PREVIOUS_TERM.test(clauses[1] as string) ||
        parseQuestion(clauses[1] as string, knowledge).entities.length > 0)
    )
      parts = clauses;
  }
  // "X秘书处搬去杭州了，那牵头单位换了没": a first clause that only states (a premise, no question), then the
  // question: the question is asked of the group the first names.
  // (Only when the premise holds: the whole is answered "是。" for it; a premise the articles contradict is corrected
  // by the whole answer, "淮河联盟首届秘书处设在随州高新区，那…".)
  const premise = parts.length === 1 && !LEAD_ASIDE.test(q) ? premiseThenAsk(knowledge, q) : null;
  // "光电子网络是上海张江牵头的，它一共有多少成员": a statement, then a question about it by 它: the statement is
  // checked as a question of its own; a wrong one is corrected before the answer.
  const stated = parts.length === 1 && !premise ? statedThenAsked(knowledge, q) : null;
  if (stated) {
    const [check, rest] = [await ask(`${stated.claim}吗`), await ask(stated.rest)];
    if (check.kind !== "fact" || !check.answer.startsWith("不是")) return rest;
    return rest.kind === "none" ? check : both(check, rest);
  }
  // ("X秘书处搬走了，那Z还是牵头单位吗": a move with no place claims nothing to check; the question is asked.)
  if (premise && MOVED_AWAY.test(q.split(/[，,]/)[0] ?? "")) return ask(premise);
  if (premise) {
    const whole = await ask(q);
    if (whole.kind === "fact" && whole.answer.startsWith("是。")) return ask(premise);
    // ("听说纳米网络淄博退了，那山东现在就没有成员了吧": the whole read as the premise's zone, "不是…"; a premise that
    // holds leaves what is asked after it.)
    if (whole.kind === "fact" && whole.answer.startsWith("不是")) {
      const check = await ask(`${(q.split(/[，,]/)[0] ?? "").replace(HEARSAY, "")}吗`);
      const rest = check.kind === "fact" && /^是/.test(check.answer) ? await ask(premise) : null;
      if (rest && rest.kind !== "none") return rest;
    }
    // ("纳米网络是上海张江牵头的，那张江的负责人怎么说的": nothing answers the whole; the premise is checked on its own,
    // and a wrong one is corrected before what is asked after it.)
    if (whole.kind === "none") {
      const claim = q.split(/[，,]/)[0] ?? "";
      const check = await ask(`${claim}吗`);
      if (check.kind === "fact" && check.answer.startsWith("不是")) {
        const rest = await ask(premise);
        return rest.kind === "none" ? check : both(check, rest);
      }
    }
    // (A premise corrected: what is asked after it is still answered, "…，那它的周年会议是在哪开的".)
    const rest = whole.kind === "fact" && whole.answer.startsWith(PREMISE) ? await ask(premise) : null;
    return rest && rest.kind !== "none" && !whole.answer.includes(rest.answer) ? both(whole, rest) : whole;
  }
  // "冯立什么身份，他怎么评价…": a second question about the person the first names, by 他/她.
  const person = await aboutThePerson(knowledge, parts.length === 1 ? split(/[，,]/) : parts, ask);
  if (person) return person;
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  // "新吸收的成员是谁？是国家级的吗": the level of the zones the first part's answer names.
  if (LEVEL_OF_THEM.test(second)) {
    const a1 = await ask(first);
    // (Of a list with its newcomers, "…（此后新增A、B。）", the newcomers asked for.)
    const named =
      /此后新增((?:[^，,。；;（(]|[（(][^）)]*[）)])+)/.exec(a1.answer)?.[1]?.replace(/[（(][^）)]*[）)]/g, "") ??
      a1.answer.split("\n")[0] ??
      "";
    const levels = a1.kind !== "none" ? levelsNamed(knowledge, named, second) : null;
    if (levels) return both(a1, levels);
  }
  // "2027年度工作会议在哪开？是不是杭州？": a zone guessed for what the first part asks; when the articles do not say
  // it (not recorded, still open), that is the answer, not whether the zone is a member.
  // ("现在的轮值主席是谁？是不是杭州": when it is answered, yes or no by whether its first clause names the zone.)
  const guess = GUESS.exec(second);
  const guessed = guess && QUESTION_TAIL.test(first) ? onlyZone(knowledge, guess[1] as string) : undefined;
  if (guessed) {
    const a1 = await ask(first);
    if (a1.kind !== "fact") return a1;
    const head = a1.answer.split(/[；;。\n]/)[0] ?? "";
    const named = entityNames(knowledge, guessed).some((n) => head.includes(n));
    return { ...a1, answer: `${named ? "是的" : "不是"}。${a1.answer}` };
  }
  // A second part with nothing of its own ("几家？", "列一下"): a request about the first's answer, one question.
  const own = second
    .replace(/几家|几个|多少|哪些|哪几|哪个|哪家|是谁|在哪|啥|什么|吗|呢|的|了|又|还|呀|^是/g, "")
    .replace(/^(?:请|麻烦|帮我)?(?:列|说|讲|介绍|展开|整理|总结)(?:一下|下|出来|一列|说|讲)?(?:吧|谢谢)?$/, "");
  // "东湖牵头那个网络几号启动的，有几家": a day, then a count of members of what the first part names.
  const when = /(?:几号|几月几[号日]|哪一?天|什么时候|啥时候|何时)(?:启动|成立|发起|组建)的?$/.exec(first);
  if (own.length < 2 && when && /^(?:有|共有|一共)?(?:几家|多少家)/.test(second))
    return eachAnswered(await ask(first), await ask(`${first.slice(0, when.index)}${second}`));
  if (own.length < 2) return null;
  // "下一届理事长单位是哪家？哪年接任": when the one named takes the seat over, one question about the seat.
  if (WHEN_TAKES_OVER.test(second) && SEAT_OR_THING.test(first)) return null;
  // "谁退出了X？为啥退": why of the first part's act, nothing of its own; one question.
  // (When the whole is not answered by a fact, the first part is, if its answer gives the reason: "有谁退出了？为什么退出".)
  if (WHY_OF_FIRST.test(second)) {
    const whole = await ask(q);
    if (whole.kind === "fact") return whole;
    const a1 = await ask(first);
    return a1.kind === "fact" && REASON_GIVEN.test(a1.answer) ? a1 : whole;
  }
  // "…设在哪里？任期多长？", "哪个先开？隔了几天": one question when the answer to the whole gives the term or the
  // days between (that answer, not computed again).
  const rest = second.replace(/^(?:那|它的?|其|新一届的?|新的?|这一?届的?|本届的?)/, "");
  // ("谁讲的…？他什么职务": the person's answer gives their title with their name.)
  if (THEIR_TITLE.test(second) || THEIR_BODY.test(second)) {
    const whole = await ask(first);
    if (whole.kind === "fact" && /^[\u4e00-\u9fff]{2,4}（[^）]+）/.test(whole.answer)) return whole;
  }
  // ("任期到什么时候": only a term that says until when.)
  const covered = /^(?:任期|多长|多久|几年)/.test(rest)
    ? /到(?:什么时候|何时|哪)|截至|为止/.test(rest)
      ? /任期[^，,。；;）)]*(?:至|到)/
      : /任期/
    : /几天|多少天/.test(rest)
      ? /(?:相隔|早|晚)\d+天/
      : // "…干几年？到期以后怎么轮": the rule the chair's answer quotes.
        /^(?:到期|期满|届满)?(?:以后|之后|后)?(?:怎么|如何|按什么|按啥)(?:轮|换)/.test(rest)
        ? /轮值办法|顺序/
        : null;
  if (covered) {
    const whole = await ask(q);
    if (whole.kind === "fact" && covered.test(whole.answer)) return whole;
  }
  // "…产业规模合计多少？增速呢": the first part's figure comes with its growth, when its sentence gives one.
  if (/^(?:增速|增幅|增长率?|同比)/.test(rest)) {
    const figure = await ask(first);
    if (figure.kind === "fact" && /(?:增长|下降|增幅|增速)[^，,。；;]{0,6}?\d/.test(figure.answer)) return figure;
  }
  // "X首批多少家？其中几家同时在Y里": the second part narrows the first's answer; the whole question reads it, the
  // first part is answered too.
  if (/^其中/.test(second)) {
    const a1 = await ask(first);
    const a2 = await ask(q);
    if (a1.kind === "fact" && a2.kind === "fact" && a1.answer !== a2.answer) return both(a1, a2);
  }
  // "…哪些高新区在深耕芯片制造？封装测试这块又是哪些": the first part asked again of what the second names in place
  // of what the first does it in.
  const instead = OTHER_PART.exec(second)?.[1] ?? OTHER_PART_DONE.exec(second)?.[1];
  // (Only of a first part that asks which zones do something: "哪些高新区在深耕芯片制造".)
  const did = instead && /哪(?:些|几家)(?:国家)?高新区/.test(first) ? DOES_IN.exec(first) : null;
  if (instead && did && !first.includes(instead) && !/哪|什么|几|的|吧/.test(`${instead}${did[2] ?? ""}`)) {
    const again = `${first.slice(0, did.index + (did[1] ?? "").length)}${instead}${first.slice(did.index + did[0].length)}`;
    const answered = eachAnswered(await ask(first), await ask(again));
    if (answered) return answered;
  }
  const p1 = parseQuestion(first, knowledge);
  // "Z牵头的是哪个网络？在X里它是什么角色": the second part names Z by 它/其; Z is put back and both are answered.
  const pronoun = /它(?!们)|(?<![尤极])其(?![他它中余实次])/.exec(second);
  const only = p1.mentions.filter((m) => m.type === "entity");
  if (pronoun && only.length === 1) {
    const m = only[0] as (typeof only)[number];
    const named = p1.text.slice(m.start, m.end);
    const text2 = `${second.slice(0, pronoun.index)}${named}${second.slice(pronoun.index + 1)}`;
    const answered = eachAnswered(await ask(first), await ask(text2));
    if (answered) return answered;
  }
  // "Z在哪些网络里？在X联盟里是什么角色": a second part that asks a role and names no zone is about the first's zone.
  const zones = only.filter((m) => m.type === "entity" && m.ref.kind === "zone");
  const zone = zones.length === 1 ? zones[0] : undefined;
  const named2 = parseQuestion(second, knowledge).entities;
  if (zone && ROLE_ASKED.test(second) && !named2.some((e) => e.kind === "zone")) {
    const answered = eachAnswered(await ask(first), await ask(`${p1.text.slice(zone.start, zone.end)}${second}`));
    if (answered) return answered;
  }
  // "孝感高新区加入的是哪个联盟？加入后这个联盟共有多少家成员": the group the first part's answer names, pointed at
  // inside the second; asked of that group, with the first's zone when the second names none.
  const pointer = zone && !only.some((m) => m.ref.kind !== "zone") ? GROUP_POINTER.exec(second) : null;
  if (pointer && zone) {
    const a1 = await ask(first);
    const read = parseQuestion(a1.kind === "fact" ? a1.answer : "", knowledge);
    const groups = read.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
    const [g] = groups;
    if (g?.type === "entity" && groups.every((m) => m.type === "entity" && m.ref.id === g.ref.id)) {
      const zoneSaid = named2.some((e) => e.kind === "zone") ? "" : p1.text.slice(zone.start, zone.end);
      const text2 = `${zoneSaid}${second.replace(pointer[0], read.text.slice(g.start, g.end))}`;
      const answered = eachAnswered(a1, await ask(text2));
      if (answered) return answered;
    }
  }
  // "Z在X网络里吗？这个网络谁牵头": a second part that points at the group is about the group, whatever comes first.
  const pointsAtGroup = POINTS_AT_GROUP.exec(second);
  const named = pointsAtGroup
    ? p1.mentions.find((m) => m.type === "entity" && m.ref.kind !== "zone")
    : p1.mentions.find((m) => m.type === "entity");
  // (A second part may name a zone of the group the first names: "秘书处还在无锡吗".)
  const group = named?.type === "entity" && named.ref.kind !== "zone";
  // "创新型产业集群试点是哪年开始的，现在布了多少个": a first part that names no entity, its subject before the
  // verb; the second part, naming nothing, is about it.
  // (An amount asked of it: "中间隔了多久" is about the first part's answer, one question.)
  const subject = !named && named2.length === 0 && AMOUNT_ASKED.test(second) ? SUBJECT.exec(first)?.[1] : undefined;
  if (subject) return eachAnswered(await ask(first), await ask(`${subject}${second}`));
  // "X的年会是几号？Y的年度大会又是几号", "X在哪开？Y呢": each part asks of a group of its own; a second part that
  // only names its group asks the first's question of it.
  const other = named2.find((e) => e.kind !== "zone" && !(named?.type === "entity" && named.ref.id === e.id));
  if (named && group && other) {
    const tail = /呢$/.test(second) ? QUESTION_TAIL.exec(first)?.[0] : "";
    if (tail !== undefined) return eachAnswered(await ask(first), await ask(`${second.replace(/呢$/, "")}${tail}`));
  }
  // "光电子网络成员单位的光电子信息产业规模合计多少？东湖自己呢": the first part's amount asked of one zone, its own.
  const itself = ZONE_OWN.exec(second);
  if (named && group && itself && AMOUNT_ASKED.test(first) && named2.length === 1 && named2[0]?.kind === "zone") {
    const measure = p1.text
      .slice(named.end)
      .replace(/^(?:里|中)?的?(?:\d+家)?(?:成员单位|成员高新区|成员)?的?/, "")
      .replace(/合计|总共|一共|共计|加起来/g, "");
    const [whole, own] = [await ask(first), await ask(`${itself[1]}的${measure}`)];
    // (The zone's own amount not written: the first part's answer, and that it is not, "长沙自己呢" of a total only.)
    const amount = own.kind === "fact" && /\d/.test(own.answer) && !/^(?:是的|不是)/.test(own.answer);
    if (amount) return eachAnswered(whole, own);
    return whole.kind === "none"
      ? null
      : { ...whole, answer: `${whole.answer}\n文章没有单独写${itself[1]}的这一数字。` };
  }
  if (!named || named2.some((e) => !group || e.kind !== "zone")) return null;
  const a1 = await ask(first);
  // "榜单有几项，计划投多少钱": the first part's figure comes with the money said of it.
  if (MONEY_ASKED.test(second) && a1.kind === "fact" && MONEY.test(a1.answer)) return a1;
  // "…供应链目录首批入库截止到什么时候？要入多少家": the first part's quote gives the amount too.
  if (a1.kind === "passage" && named2.length === 0 && amountInQuote(second, a1.answer)) return a1;
  const asked = pointsAtGroup ? second.slice(pointsAtGroup[0].length) : second;
  // (With the seat or thing the first part asks about after the name, when the second asks about the first's act:
  // "秘书处从哪家换到哪家了？依据的是什么制度" asks the secretariat's rule.)
  const topic = TOPIC_AFTER_NAME.exec(p1.text.slice(named.end))?.[1] ?? "";
  // ("2026年度轮值主席是哪家？2025年度是谁": another term of the first part's post.)
  // ("2026年度轮值主席单位是谁，之前是谁": the term before the first part's year.)
  const year = /((?:19|20)\d{2})年(度?)/.exec(p1.text.slice(named.end));
  const before = year ? PREVIOUS_TERM.exec(asked) : null;
  const term: string[] | null =
    before && year ? [before[0], `${Number(year[1]) - 1}年${year[2]}`] : ANOTHER_TERM.exec(asked);
  const post = term ? POST_AFTER_TERM.exec(p1.text.slice(named.end))?.[1] : undefined;
  // ("南昌高新区光电子信息产业2025年营收多少，企业多少家": a short amount asked after an amount of one industry of the
  // zone, of that industry.)
  const fieldOf = SHORT_AMOUNT.test(asked) ? INDUSTRY_AFTER_NAME.exec(p1.text.slice(named.end))?.[1] : undefined;
  // (The name as said, with the word that makes it a group: "IC network", not the field "IC".)
  const name = p1.text.slice(named.start, named.end) + (GROUP_WORD.exec(p1.text.slice(named.end))?.[0] ?? "");
  // ("首批成员里有没有合肥高新区？在哪个板块": the part of the zone the first part asks about.)
  const partOf = PART_ASKED.test(asked)
    ? p1.mentions.find((m) => m.type === "entity" && m.ref.kind === "zone")
    : undefined;
  const a2 = await ask(
    partOf
      ? `${p1.text.slice(partOf.start, partOf.end)}在${name}${asked.replace(/^在/, "")}`
      : term && post
        ? `${name}${term[1]}${post}${asked.slice(term[0]?.length)}`
        : `${name}${ON_THE_ACT.test(asked) || (ASKED_OF_THE_SEAT.test(asked) && !SEAT_OR_THING.test(asked)) ? topic : (fieldOf ?? "")}${asked}`,
  );
  // Each part answered, by a fact or by the passages ("有多少企业？产值多少？": two amounts, often two sentences).
  if (a1.kind === "passage" && a2.kind === "passage" && a1.citations[0]?.quote === a2.citations[0]?.quote) return null;
  return eachAnswered(a1, a2);
}

/**
 * The second part's amount is in the first part's quote, in the unit asked and in a clause that holds every word the
 * second part asks it of ("要入多少家" by "…不少于300家配套企业入库", not "扩容后多少家" by "企业1.9万余家"); not the
 * members' count, which a second part asks when it names a change or the members ("调整完一共几家").
 */
function amountInQuote(second: string, quoted: string): boolean {
  const unit = /(?:多少|几)(家|个|项|台|条|场|次)/.exec(second)?.[1];
  const own = second.replace(/(?:多少|几)[家个项台条场次]?|[？?]|要|了|后|的|一共|总共|共/g, "");
  if (!unit || own.length === 0 || /成员|调整|扩容|加入|入网|入盟|新增|退出|现在|目前/.test(own)) return false;
  const clause = new RegExp(`[^，,。；;]*\\d[\\d.]*(?:余|多)?${unit}[^，,。；;]*`).exec(quoted)?.[0];
  return clause !== undefined && [...own].every((ch) => clause.includes(ch));
}

/** A second part that asks which part of the list a zone is in: "在哪个板块", "属于什么环节". */
const PART_ASKED = new RegExp(`^(?:那)?(?:它)?(?:在|属于?|是)?(?:${WHICH_PART.source})`);

/** The word after a name that makes it a network or an alliance, not its field. */
const GROUP_WORD = /^\s*(?:(?:产业)?(?:协同创新)?(?:网络|联盟)|(?:network|alliance)\b)/i;

/** A clause that asks: a question word or a question's ending. */
const ASKS = /[吗嘛么呢]|[没吧][？?]?$|谁|哪|几|多少|什么|怎么|如何|是否|有没有|是不是/;
/** A second part that only asks for the ones the first asks about: "都有谁", "分别是哪些". */
// ("有的话是哪些", "如果有，都有谁": the ones asked whether there are.)
const WHO_AGAIN =
  /^(?:那|那么)?(?:(?:如果|要是)?有(?:的话)?[，,]?)?(?:都|分别|具体)?(?:是|有)?(?:谁|哪些|哪几家|哪几个)(?:呢|啊)?$/;
/** A second part that asks how someone, named by their post, explained it ("南昌那边的负责人是怎么解释的"). */
const EXPLAINED =
  /(?:负责人|领导|主任|书记|局长|部长|专家|秘书长|院长)[^，,。？?]{0,6}?(?:怎么|如何|怎样)(?:解释|说明|阐述|说|讲|回应)的?(?:呢|吗)?$/;
/** A second part that asks whether someone said so: "有专家讲过吗", "有没有人提到过". */
const SAID_SO =
  /^(?:那)?(?:有|是否有|有没有)(?:专家|学者|领导|人|谁)(?:讲|说|提|谈|论述)(?:过|到)?(?:过)?(?:吗|没有?|呢)?$/;
/** A second part that asks who holds it: "由谁来当", "谁担任". */
const WHO_HOLDS = /^(?:那|又)?(?:是)?(?:由)?(?:谁|哪家|哪些)(?:来)?(?:当|担任|做|干|接任|轮)(?:呢|啊)?$/;
/** A seat named: "轮值主席", "副理事长单位", "秘书长", "牵头单位". */
const SEAT_NAMED = new RegExp(`${POST_ASKED.source}|牵头单位`);
/** A second part that guesses the first's answer: "定了鹰潭吗", "是不是长沙", "会是合肥吗". */
const GUESSED_ANSWER =
  /^(?:已经|是不是|会不会)?(?:定了|定在|就是|会是|是|选了|选在|在)?([\u4e00-\u9fff]{2,8}?)(?:了)?(?:吗|么|嘛|吧)[？?]?$/;

/** A zone's name or alias, as a guess gives it ("鹰潭", "鹰潭高新区"). */
function namesZone(knowledge: Knowledge, name: string): boolean {
  return [...knowledge.zones.values()].some((z) =>
    [z.name, ...z.aliases].some((n) => n === name || n === `${name}高新区`),
  );
}
/** A first part that asks where, who or when. */
const ASKS_WHO_WHERE = /在哪|哪里|哪儿|哪个城市|谁|哪家|什么时候|何时|哪天/;
/** A first part that asks whether there are any, or how many ("有没有…", "是否有…", "有几家…"). */
const WHETHER_ANY = /有没有|是否有|有无|有几家|有多少家/;

/** A statement about a group, then a question, in two clauses: the clauses and the group's name as written. */
function statementThen(knowledge: Knowledge, q: string): { first: string; second: string; name: string } | null {
  const clauses = q
    .replace(/[？?]+$/, "")
    .split(/[，,]/)
    .filter((x) => x.length > 0);
  if (clauses.length !== 2) return null;
  const [first, second] = clauses as [string, string];
  if (ASKS.test(first) || !ASKS.test(second)) return null;
  const p1 = parseQuestion(first, knowledge);
  const named = p1.mentions.find((m) => m.type === "entity" && m.ref.kind !== "zone");
  return named ? { first, second, name: p1.text.slice(named.start, named.end) } : null;
}

/** Words that say a claim was heard ("听说", "据说"), not part of it. */
const HEARSAY = /^(?:我)?(?:听说|据说|听人说|有人说|好像)/;

/** The question after a premise ("X秘书处搬去杭州了，那牵头单位换了没"), with the group the premise names. */
function premiseThenAsk(knowledge: Knowledge, q: string): string | null {
  const s = statementThen(knowledge, q);
  // (The question turns to something else: "那…", or "…也…" — "牵头单位也换成杭州了吗".)
  const turns = s && (/^(?:那么?|而|那它的)/.test(s.second) || /^[\u4e00-\u9fff]{1,6}也/.test(s.second));
  if (!s || !turns || parseQuestion(s.second, knowledge).entities.some((e) => e.kind !== "zone")) return null;
  return `${s.name}${s.second.replace(/^(?:那么?|而|那它的)/, "")}`;
}

/** "X是A牵头的，它一共有多少成员": the statement about a group, and the question with the group put back for 它. */
function statedThenAsked(knowledge: Knowledge, q: string): { claim: string; rest: string } | null {
  // "光电子网络（武汉东湖牵头那个），13家成员分别是": the group described in brackets by its lead.
  const aside = LEAD_ASIDE.exec(q);
  const before = aside ? q.slice(0, aside.index) : "";
  const subject = before.split(/[，,]/).at(-1) ?? "";
  if (aside && parseQuestion(subject, knowledge).entities.some((e) => e.kind !== "zone")) {
    return { claim: `${subject}是${aside[1]}牵头的`, rest: `${before}${q.slice(aside.index + aside[0].length)}` };
  }
  // "物联网网络成员名单发我一下，无锡牵头的那个": the group described after the question by its lead.
  const trailing = LEAD_AFTER.exec(q);
  const asked = trailing ? q.slice(0, trailing.index) : "";
  const read = trailing ? parseQuestion(asked, knowledge) : undefined;
  const named = read?.mentions.find((m) => m.type === "entity" && m.ref.kind !== "zone");
  if (trailing && read && named)
    return { claim: `${read.text.slice(named.start, named.end)}是${trailing[1]}牵头的`, rest: asked };
  // "集成电路网络上海张江牵头的，一共几家，有没有无锡": the group and its lead stated, then what is asked of it.
  const led = LEAD_STATED.exec(q);
  if (led && ASKS.test(led[3] ?? "") && parseQuestion(led[1] ?? "", knowledge).entities.some((e) => e.kind !== "zone"))
    return { claim: `${led[1]}是${led[2]}牵头的`, rest: `${led[1]}${led[3]}` };
  const s = statementThen(knowledge, q);
  const it = s ? /^(?:它|其|该网络|该联盟|这个网络|这个联盟)/.exec(s.second) : null;
  if (!s || !it || !/是/.test(s.first)) return null;
  return { claim: s.first, rest: `${s.name}${s.second.slice(it[0].length)}` };
}

/**
 * "X什么身份，他怎么评价Y": the first part names a person the articles quote, the second asks about them by 他/她;
 * each is answered (the second with the name put back), unless the person's answer already says what is asked.
 */
async function aboutThePerson(knowledge: Knowledge, parts: string[], ask: Ask): Promise<Answer | null> {
  const [first, second] = parts;
  if (parts.length !== 2 || !first || !second) return null;
  // "X是怎么说的？这位书记叫什么名字": the name of the one whose words the first part asks; both answered.
  if (THIS_ONES_NAME.test(second)) return eachAnswered(await ask(`${first}，叫什么名字`), await ask(first));
  const name = knowledge.officials.find((o) => first.includes(o.name))?.name;
  if (name) {
    const them = /(?<!其)[他她](?!们|人)/.exec(second);
    // "杨桂山是谁？中科院南京分院的科研园区什么时候建成": who the person is, then a question of its own; both answered.
    // (Not a second part that goes on about the person without naming them: "在氢能网络会上说了啥".)
    if (WHO_IS.test(first) && !them && !ABOUT_THEM.test(second) && second.length >= 6)
      return eachAnswered(await ask(first), await ask(second));
    // "孟庆华提出了什么观点？他是什么身份": the title, then the words.
    if (THEIR_TITLE.test(second) || THEIR_BODY.test(second))
      return eachAnswered(await ask(`${name}${second.replace(/^[他她]/, "")}`), await ask(first));
    // "马骏是哪个高新区的？对秘书处工作有什么想法": a part about them without naming them, the name put before it.
    // (The first part a question itself: "X作为某中心主任，在会上讲了什么" states a title, which the whole corrects.)
    if (!them && ABOUT_THEM.test(second) && WHO_IS.test(first))
      return eachAnswered(await ask(first), await ask(`${name}${second}`));
    // ("…交接时他把东西交给了谁": the name put back where 他 stands.)
    if (!them) return null;
    return eachAnswered(await ask(first), await ask(second.replace(them[0], name)));
  }
  // "入盟时是谁表的态，打算和哪些成员加强对接": the one the first part asks for, then what they plan or said.
  // ("那个副局长叫什么名字？他在储能网络启动会上说了啥": the name asked, then what they said somewhere.)
  const theirWords =
    THEIR_WORDS.test(second) || /^[他她].{0,20}?(?:说|讲|表示|提到|谈)(?:了|过)?(?:啥|什么|些什么)/.test(second);
  if (!/(?:是谁|哪位|叫什么|姓名|名字)/.test(first) || !theirWords) return null;
  const who = await ask(first);
  const found = who.kind === "fact" ? knowledge.officials.find((o) => who.answer.startsWith(o.name))?.name : undefined;
  return found ? eachAnswered(who, await ask(`${found}${second.replace(/^[他她]/, "")}`)) : null;
}

/** A part that goes on about the one asked before, without a subject ("在会上说了啥", "怎么看…"). */
const ABOUT_THEM = /^(?:在|对|就|跟|和|说|讲|谈|怎么|咋|如何|表示|认为|提|介绍|都|又|还|也|主要|具体)/;

/** A part that asks only when something starts ("从什么时候开始", "哪天起"). */
const WHEN_STARTS =
  /^(?:那|那么)?(?:从|自)?(?:什么时候|啥时候|何时|哪天|哪一天|几月几号)(?:开始|起|上任|接任|履职)(?:的|呢|啊)?[？?。]*$/;

/** A part that asks only a name, of no one it names ("叫什么名字", "他叫啥"). */
const NAME_AGAIN = /^(?:他|她|其|对方)?(?:叫什么|叫啥|的?名字|的?姓名|全名)(?:名字)?(?:是什么|是啥|呢)?[。？?]*$/;

/** A part asking who someone is ("X是谁", "X什么职务", "X是哪个单位的"). */
const WHO_IS = /是谁|什么职务|啥职务|什么身份|哪个(?:单位|高新区)|哪家单位|干什么的|做什么的/;

/** A second part asking the name of the one the first part is about ("这位书记叫什么名字"). */
const THIS_ONES_NAME = /^(?:这位|那位|该|此)[\u4e00-\u9fff]{0,6}?(?:叫什么|叫啥|是谁|姓名|名字|是哪位)/;
/** A second part about what the person asked for plans or said ("打算和哪些…", "他说了什么"). */
const THEIR_WORDS = /^[他她]?(?:打算|准备|计划|说|讲|表示|提到|认为|希望|要)/;

/**
 * Both answers together, when each part is answered and they differ. A fact and a part the articles do not state
 * ("文章没有提到…的秘书处"): the fact, then that it is not stated (without the summary the refusal offers).
 */
function eachAnswered(a1: Answer, a2: Answer): Answer | null {
  if (a1.answer === a2.answer) return null;
  // (A first answer that says the second already: it alone.)
  if (a1.kind !== "none" && a2.kind !== "none" && a1.answer.includes(a2.answer)) return a1;
  // (…or a second that goes on from the first: the newcomers, then the same change with the list now.)
  if (a1.kind !== "none" && a2.kind !== "none" && a2.answer.includes(a1.answer)) return a2;
  // (…or what comes after the term, which the first's rule says: "理事长单位任期两年，期满后在成员单位中轮换产生".)
  if (/^文章没有写任期届满以后/.test(a2.answer) && /(?:期满|届满|到期)(?:后|以后|之后)/.test(a1.answer)) return a1;
  const unstated = (a: Answer) => a.kind === "none" && /^文章没有(?:提到|写|给出)/.test(a.answer);
  const short = (a: Answer): Answer => ({
    ...a,
    answer: a.answer.replace(/已知的是：[\s\S]*$/, "").trim(),
    citations: [],
  });
  if (a1.kind === "fact" && unstated(a2)) return { ...both(a1, short(a2)), kind: "fact" };
  if (a2.kind === "fact" && unstated(a1)) return { ...both(short(a1), a2), kind: "fact" };
  return a1.kind === "none" || a2.kind === "none" ? null : both(a1, a2);
}

/** Two answers given together: a fact when both are facts, else passages; citations once each. */
function both(a1: Answer, a2: Answer): Answer {
  // (A second answer that says the first again, "没有变：…", is said alone; so is one that tells the same record at more
  // length: "哪些新加入了？又有谁退出？" gives the joins, then "有，X退出。" with the same change and who left.)
  if (a1.kind === "fact" && a2.kind === "fact" && a2.answer.endsWith(a1.answer)) return a2;
  const record = (line: string) => line.replace(/^(?:有|没有)[^。：]*?。/, "");
  // (A group's record of changes: "物联网网络：2024年11月12日成立时12家；…".)
  const head = /^([^：]{2,12})：\d{4}年\d{1,2}月(?:\d{1,2}日)?成立时/.exec(a1.answer)?.[1];
  const fuller = (line: string) =>
    head !== undefined && record(line).startsWith(`${head}：`) && record(line).length > a1.answer.length;
  if (a1.kind === "fact" && a2.kind === "fact" && !a1.answer.includes("\n") && a2.answer.split("\n").some(fuller))
    return a2;
  // (A line the first answer gave already is not said again: "医疗器械产业产值：约310亿元" after "有多少家…？产值多少".)
  const said = new Set(a1.answer.split("\n"));
  const second = a2.answer
    .split("\n")
    .filter((line) => !said.has(line))
    .join("\n");
  return {
    ...a1,
    kind: a1.kind === "fact" && a2.kind === "fact" ? "fact" : "passage",
    answer: second ? `${a1.answer}\n${second}` : a1.answer,
    citations: [...a1.citations, ...a2.citations.filter((c) => !a1.citations.some((x) => x.quote === c.quote))],
  };
}

/** "理事长单位和秘书处是同一家高新区吗": two seats of one group, and whether one zone holds both. */
const SAME_SEATS =
  /^(.*?)(理事长单位|轮值主席单位|轮值主席|牵头单位|秘书处)(?:和|与|跟)(理事长单位|轮值主席单位|轮值主席|牵头单位|秘书处)(?:所在地|所在单位)?(?:是|在)(?:不是)?同一(?:家|个)(?:高新区|地方|单位)?(?:吗|么|嘛)?[？?]?$/;

/** Each seat asked, then yes or no by the zone each answer names first. */
async function sameSeats(knowledge: Knowledge, q: string, ask: Ask): Promise<Answer | null> {
  const m = SAME_SEATS.exec(q);
  if (!m) return null;
  const [, of, a, b] = m as unknown as [string, string, string, string];
  const seat = (post: string) => ask(`${of}${post}${post === "秘书处" ? "设在哪里" : "是哪家"}`);
  const [a1, a2] = [await seat(a), await seat(b)];
  const joined = eachAnswered(a1, a2);
  if (!joined) return null;
  const zoneOf = (x: Answer) =>
    parseQuestion(x.answer.split(/[；;。\n（(]/)[0] ?? "", knowledge).entities.find((e) => e.kind === "zone")?.id;
  const [z1, z2] = [zoneOf(a1), zoneOf(a2)];
  if (!z1 || !z2) return joined;
  return { ...joined, answer: `${z1 === z2 ? "是同一家" : "不是同一家"}。${joined.answer}` };
}

/** Asks the same of each: "分别是谁", "各是哪家". */
const RESPECTIVELY = /分别|各自|各是|各为|各由|各在/;

/**
 * "光电子网络和集成电路网络2026年的轮值主席分别是谁": the same question asked of each of two groups named side by side
 * (not "…都有的高新区", which asks of both at once), each answered; both answers together when both are answered.
 */
async function eachGroup(knowledge: Knowledge, q: string, ask: Ask): Promise<Answer | null> {
  // (One thing asked: "分别是哪家牵头、哪天启动的" asks two, which the whole question answers.)
  if (!RESPECTIVELY.test(q) || (q.match(/谁|哪|几|多少|什么|何时|何地/g) ?? []).length !== 1) return null;
  const p = parseQuestion(q, knowledge);
  if (p.setOp || p.compare) return null;
  const groups = p.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone");
  const [a, b] = groups;
  if (groups.length !== 2 || !a || !b) return null;
  const between = p.text.slice(a.end, b.start);
  if (/^(?:和|与|及|、|跟|以及)$/.test(between)) {
    const of = (m: Mention) => `${p.text.slice(0, a.start)}${p.text.slice(m.start, m.end)}${p.text.slice(b.end)}`;
    const answered = eachAnswered(await ask(of(a)), await ask(of(b)));
    return FOUNDING_DAY_ASKED.test(q) ? sameDay(knowledge, answered, a, b) : answered;
  }
  // "纳米网络2025年度大会和光电子网络2025年年会分别是哪天": each group with a meeting of its own, asked the same.
  const own = /^([^，,。？?]{1,16}?)(?:和|与|及|、|跟|以及)$/.exec(between)?.[1];
  const asked = RESPECTIVELY.exec(p.text);
  if (!own || !OCCASION_WORD.test(own) || !asked || asked.index < b.end) return null;
  const tail = p.text.slice(asked.index).replace(RESPECTIVELY, "");
  const first = `${p.text.slice(0, a.start)}${p.text.slice(a.start, a.end)}${own}${tail}`;
  return eachAnswered(await ask(first), await ask(p.text.slice(b.start).replace(RESPECTIVELY, "")));
}

/** Two occasions side by side before 分别: "成立一周年的会和2026年度会议分别…". */
const TWO_OCCASIONS =
  /((?:(?!联盟|网络)[^，,。？?、和与及]){2,14}?(?:会|会议|仪式|论坛|活动))(?:和|与|及|、|跟|以及)([^，,。？?、和与及]{2,14}?(?:会|会议|仪式|论坛|活动))(?=分别|各自|各是|各在)/;

/**
 * "淮河联盟成立一周年的会和2026年度会议分别是在哪开的": the same question asked of two occasions of one group, each
 * answered; both answers together when both are answered.
 */
async function eachOccasion(knowledge: Knowledge, q: string, ask: Ask): Promise<Answer | null> {
  const two = TWO_OCCASIONS.exec(q);
  if (!two || (q.match(/谁|哪|几|多少|什么|何时|何地/g) ?? []).length !== 1) return null;
  const head = q.slice(0, two.index);
  const groups = parseQuestion(head, knowledge).entities.filter((e) => e.kind !== "zone");
  if (groups.length !== 1) return null;
  const tail = q.slice(two.index + two[0].length).replace(RESPECTIVELY, "");
  return eachAnswered(await ask(`${head}${two[1]}${tail}`), await ask(`${head}${two[2]}${tail}`));
}

/** Asks the day each was founded ("分别是哪天成立的"). */
const FOUNDING_DAY_ASKED = /(?:哪天|哪一天|什么时候|何时|几号|日期)[^，,。？?]{0,4}(?:成立|启动)/;

/** Two founding days asked each that are one day (the groups' own dates): said so after both. */
function sameDay(k: Knowledge, a: Answer | null, x: Mention, y: Mention): Answer | null {
  const [dx, dy] = [x, y]
    .map((m) => (m.type === "entity" ? groupOf(k, m.ref.id) : undefined))
    .map((g) => g && dateOf(g));
  if (!a || !dx || dx !== dy || !/^\d{4}-\d{2}-\d{2}$/.test(dx)) return a;
  return { ...a, answer: `${a.answer}\n两者是同一天（${formatDate(dx)}）成立的。` };
}

/** A meeting or an event of a group ("2025年度大会", "一周年会议", "年会"). */
const OCCASION_WORD = /会|仪式|论坛|活动/;
