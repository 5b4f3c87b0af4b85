/**
 * Seats a group gives its members besides the lead, the chair (理事长单位, lead.ts) and the secretariat
 * (secretariat.ts): 副理事长单位, 常务理事单位, (首届/2026年)轮值主席单位, 副主席单位, 副牵头单位, 观察员 …
 *   "郑州高新区、济南高新区为副理事长单位"            zones, then the seat ("A任首任理事长单位": 任 for 担任)
 *   "联盟副理事长单位为A、B"  "轮值主席单位由A担任"  "常务理事单位分别是：A（江苏）、B（安徽）"
 *                                                   the seat, then the zones
 *   "A继续作为常务理事单位参与"  "A以观察员身份加入"  "A、B以“联系成员单位”身份加入"
 * The zones are taken whole or not at all (lists.ts), and the group is the one the sentence names before the
 * seat, else the one the news item is about.
 */
import { type Doc, PLANNED } from "./context.ts";
import { COUNT, countOf, resolveList, splitItems } from "./lists.ts";
import { REQUEST_PENDING } from "./membership-change.ts";
import type { GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A seat's name: an optional term, then the post ("首届轮值主席单位", "2026年轮值主席单位", "副理事长单位"). */
/** (A numbered term may give its years in brackets, "首任（2026年度）", or after 即, "首任即2025年度".) */
const TERM =
  "(?:(?:首届|首任|首批|本届|新一届|新一任|下一任|下一届|下届|第[一二三四五六七八九十\\d]{1,2}[届任])(?:[（(](?:19|20)\\d{2}[^（）()]{0,12}[）)]|即(?:19|20)\\d{2}年度?)?|(?:19|20)\\d{2}(?:[—–-]|至)(?:19|20)\\d{2}年度?|(?:19|20)\\d{2}年度?)?";
const POST =
  "(?:轮值)?(?:常务副|执行副|副|常务|执行)?(?:理事长|主席|理事|监事长|监事|秘书长|协调|召集)单位|副轮值(?:理事长|主席)(?:单位)?|副牵头单位|(?:轮值|副)主席(?!单位)|轮值理事长(?!单位)|观察员(?:单位)?|联系成员(?:单位)?|联络(?:成员)?单位";
/** (The group's kind may stand between the term and the post: "2026年度联盟轮值理事长单位"; seatClaim drops it.) */
const SEAT = `(${TERM}(?:联盟|网络)?(?:${POST}))`;
/** A seat written as a unit's ("2026年度轮值理事长单位"): its holder's name may follow it directly. */
const SEAT_UNIT = `(${TERM}(?:联盟|网络)?(?:轮值)?(?:常务副|执行副|副|常务|执行)?(?:理事长|主席|理事)单位)`;
/** Zones as a list: names joined by 、 和 及 与 (no punctuation inside). */
const LIST = "([\\u3400-\\u9fff、（）()\\d]{2,80}?)";

const PATTERNS: { re: RegExp; zones: number; seat: number }[] = [
  // "A由成员单位转为观察员单位": a seat it takes instead of membership ("A因…调整，由正式成员转为观察员单位": with
  // the reason between; "A结合自身…的实际，由正式成员调整为观察员"; "A则因…调整，申请由正式成员转为观察员单位").
  {
    re: new RegExp(
      `(?:^|[，,；;：:。])${LIST}(?:(?:则|也|还|亦)?(?:因|由于|鉴于|结合|考虑到|出于)[^，,。；;]{1,30}[，,])?(?:则|也|还|亦)?(?:已|正式)?(?:主动)?(?:申请|提出)?由(?:正式)?成员(?:单位)?(?:转为|转成|调整为|改为)${SEAT}`,
      "g",
    ),
    zones: 1,
    seat: 2,
  },
  // "被推选为首届理事长单位的，是深圳高新区", "当选理事长单位的是无锡高新区", "担任首任理事长单位的是西安高新区": the
  // seat first, its holder after "的，是".
  {
    re: new RegExp(
      `(?:^|[，,；;：:。])(?:(?:被|获)(?:推选|推举|选举|选|确定|确认)为|当选为?|担任)(?:该|本)?(?:联盟|网络)?${SEAT}的[，,]?(?:是|为)${LIST}(?=[，,。；;]|$)`,
      "g",
    ),
    zones: 2,
    seat: 1,
  },
  // "A、B为副理事长单位", "A当选首届轮值主席单位", "A是人工智能网络2025年度轮值主席单位"
  {
    re: new RegExp(
      // ("A自2027年1月1日起担任轮值主席单位", "A即日起接任…": the day it starts between; "A继续担任…": kept; "A、B新当选为
      // 副理事长单位": newly.)
      // ("B在年会上接任第二任轮值主席单位": the meeting said between.)
      // ("牵头单位无锡高新区当选理事长单位": the zone by the role it already has; "B从A手中接过轮值主席单位": taken over.)
      // ("确定A为理事长单位、B为副理事长单位": a seat after another, joined by 、; "…卸任…，由B接棒担任2027年度轮值主席单位".)
      `(?:^|[，,；;：:。]|(?<=单位)、)(?:牵头单位|发起单位|由)?${LIST}(?:同时)?(?:将)?(?:在(?:此次|本次|这次)?[\u3400-\u9fff]{0,8}?(?:会议|大会|年会)上)?(?:正式|已经|已)?(?:自[^，,。；;]{2,14}?(?:起|以来)|(?:自|从)?(?:即日|当日|同日|当天)起)?(?:一直|继续|仍然|仍|新)?(?:共同|联合|接棒|接手)?(?:从[\\u3400-\\u9fff（）]{2,20}?手(?:中|里))?(?:为|担任|连任|当选为|当选|新增为|增补为|增选为|被(?:推举|推选|选举|选为|确定|确认)为?|获选为?|出任|成为|将接任|接任|接过了?|将担任|将出任|转任|改任|是|(?<![卸离退])任(?=首任|首届|副|常务|轮值|理事|主席|秘书))(?:该|本)?(?:[\\u3400-\\u9fff]{0,10}?(?:联盟|网络))?的?${SEAT}`,
      "g",
    ),
    zones: 1,
    seat: 2,
  },
  // "A担任常务副理事长单位，并将于2028年接任第二届理事长单位": a later term the clause's holder takes, after a comma.
  {
    re: new RegExp(
      `(?:^|[，,；;：:。])${LIST}(?:担任|为|作为)[^，,。；;]{2,20}[，,](?:并|且|同时|还)(?:将)?(?:于(?:19|20)\\d{2}年度?(?:\\d{1,2}月)?起?)?(?:接任|担任)${SEAT}`,
      "g",
    ),
    zones: 1,
    seat: 2,
  },
  // "我区已参与A、B两个…网络，并担任C联盟2026年度轮值主席单位": what the holder takes part in, then the seat it holds.
  {
    re: new RegExp(
      `(?:^|[，,；;：:。])${LIST}(?:已|还|也)?(?:参与|参加|加入)(?:了)?[^，,。；;]{2,40}[，,](?:并|且|同时|还)(?:担任|出任)(?:了)?(?:该|本)?(?:[\\u3400-\\u9fff]{0,24}?(?:联盟|网络))?的?${SEAT}`,
      "g",
    ),
    zones: 1,
    seat: 2,
  },
  // "副理事长单位为A、B", "轮值主席单位由A担任", "副牵头单位：A、B"
  {
    re: new RegExp(
      // ("首任轮值主席由A担任（2025—2026年）": its years in brackets after.)
      // ("首任轮值主席单位由牵头单位A担任": the lead's title before its name.)
      // ("第二届轮值理事长单位确定为A", "2027年度轮值主席由上游片区的A担任": decided, and where the holder sits.)
      // ("轮值主席单位由A移交至B": a handover, read below, not A and B holding it.)
      // ("执行副主席单位相应调整为A和B": the holders after a change.)
      // ("副主席单位由此调整为A、B、C3家", "副理事长单位由首届的A、B调整为A、C和D": the holders after, not before.)
      // ("增补后，网络的副理事长单位共四家：A、B、C和D": counted, then named.)
      // ("年会同时调整了副主席单位，由A、B担任": a comma before 由; "副理事长单位由网络成立之初的A、B、C，调整为A、C、D":
      // the holders before said with when, a comma before the change.)
      `${SEAT}(?:[，,](?=(?:改|转|现)?由))?(?:(?:分别)?(?:为|是|(?:改|转|现)?由(?![^，,。；;]*?(?:移交|交接|转交|调整为|改为|变更为)(?:至|给)?|[^，,。；;]{0,12}?(?:之初|成立时)的)|确定为|定为|(?:相应|由此|随之|由(?:首届|第[一二三四五六七八九十\\d]{1,2}届|上届|上一届|原来|原先|此前)的?[^，,。；;]{2,40}?|由[^，,。；;]{0,12}?(?:之初|成立时|首届|上届|此前)的[^，,。；;]{2,60}?[，,]?)?(?:调整为|改为|变更为))[：:]?|(?:共(?:\\d{1,2}|[一两二三四五六七八九十]{1,3})家)?[：:])(?:(?:网络|联盟)?牵头单位|[\\u3400-\\u9fff]{2,6}?片区的)?${LIST}(?:按年度|按年|依次)?(?:担任|出任|轮流担任|接任|兼任|组成)?(?=[，,。；;]|[（(](?:19|20)\\d{2}|$)`,
      "g",
    ),
    zones: 2,
    seat: 1,
  },
  // "2025年度轮值理事长单位无锡高新区与2026年度轮值理事长单位青岛高新区完成交接（进行了交接）": the seat, then its
  // holder's full name.
  {
    re: new RegExp(
      // ("轮值主席单位由A移交至B": A hands it over; 由 is no part of a name.)
      // ("接替上一届副理事长单位A和B": the holders before, not now.)
      `(?<!(?:上一?届|上任|前任|原)(?:常务副|执行副|副|常务|执行)?)(?<!副|常务|执行)${SEAT_UNIT}(?!由)([\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?:（[\\u3400-\\u9fff]{1,6}）)?(?=[与和向，,。；;]|将|完成|进行|举行|办理|顺利|正式|交接|移交|宣布|表示|$)`,
      "g",
    ),
    zones: 2,
    seat: 1,
  },
  // "作为网络牵头单位和首届轮值主席单位的武汉东湖高新区，将轮值主席交由B": who held a term before handing it on (the
  // term said: "一直担任轮值主席单位的A" names none, and is left to the one who takes it).
  {
    re: new RegExp(
      `(?:作为|担任)[^，,。；;]{0,12}?((?:首届|首任|(?:19|20)\\d{2}年度?)(?:联盟|网络)?(?:${POST}))的([\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?:（[\\u3400-\\u9fff]{1,6}）)?(?=[，,]?将)`,
      "g",
    ),
    zones: 2,
    seat: 1,
  },
  // "A向B移交轮值主席": B takes the seat handed over (handedBy records A).
  {
    re: new RegExp(`向([\\u3400-\\u9fff（）()]{2,20}?)(?:正式)?(?:移交|交接|交出)(?:了)?${SEAT}`, "g"),
    zones: 1,
    seat: 2,
  },
  // "B接替A，成为网络第二任轮值主席单位": the one who takes it over (handedBy records A).
  {
    re: new RegExp(
      // ("A接替B担任网络理事长单位".)
      `(?:^|[，,；;：:。])${LIST}接替[\\u3400-\\u9fff（）()]{2,20}?[，,]?(?:正式)?(?:成为|担任|出任)(?:该|本)?(?:联盟|网络)?的?${SEAT}`,
      "g",
    ),
    zones: 1,
    seat: 2,
  },
  // "…由B担任，接替2025年度轮值主席无锡高新区": the term handed over, and who held it.
  {
    re: new RegExp(`接替${SEAT}([\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?=[，,。；;]|$)`, "g"),
    zones: 2,
    seat: 1,
  },
  // "首个轮值年度（2025年10月至2026年9月）由A担任轮值主席单位": the first term's holder.
  {
    re: new RegExp(`(首个|第一个)轮值(?:年度|期)(?:[（(][^）)]{2,30}[）)])?由${LIST}(?:担任|出任)${SEAT}`, "g"),
    zones: 2,
    seat: 3,
  },
  // "网络由A发起并担任理事长单位": the initiator's post.
  {
    // (Not a clause that names another group after it: "由A发起并担任理事长单位的长三角…联盟同期揭牌".)
    re: new RegExp(`由${LIST}(?:牵头)?发起(?:并|，|,)(?:同时)?(?:担任|出任)${SEAT}(?!的)`, "g"),
    zones: 1,
    seat: 2,
  },
  // "A作为牵头单位，同时担任首届轮值理事长单位": the lead's second post.
  {
    re: new RegExp(
      `(?:^|[，,；;：:。])${LIST}作为(?:联盟|网络)?牵头单位[，,](?:同时|并|还|也)(?:担任|兼任)${SEAT}`,
      "g",
    ),
    zones: 1,
    seat: 2,
  },
  // "A继续作为常务理事单位", "A以观察员身份加入"
  {
    // ("经协商，A暂以观察员身份参与联盟活动": for now.)
    re: new RegExp(`(?:^|[，,；;：:。])${LIST}(?:继续|仍|暂|暂时|先)?(?:作为|以)[“"]?${SEAT}[”"]?(?:身份)?`, "g"),
    zones: 1,
    seat: 2,
  },
  // "…副理事长单位为A、B2家，此次增补C、D，副理事长单位增至4家": those added, after the holders before counted by the
  // seat (read with them in seatClaim); not new members before a seat's count, "此次新增湘潭、株洲2家高新区，副理事长单位
  // 增至3家".
  {
    re: new RegExp(
      `${SEAT}为[\\u3400-\\u9fff、]{2,60}?${COUNT}家[，,]((?:此次|同时|会议|本次)?(?:增补|增选|新增)[\\u3400-\\u9fff、（）()\\d]{2,80}?)[，,]${SEAT}(?:由${COUNT}家)?(?:增至|增加到|扩大到)${COUNT}家`,
      "g",
    ),
    zones: 3,
    seat: 4,
  },
];

/**
 * A seat handed on: "首届轮值主席单位A将“接力棒”交给了B", "…由A担任，2026年9月起由B接任". The one who takes
 * it over holds the post (without the first term's name).
 */
const HANDED = new RegExp(
  `${SEAT}[^，,。；;]{0,24}?(?:交给了?|移交(?:给|至)?|交接给|交予|交与|转交(?:给|至)|交至|(?<=由[^，,。；;]{2,20})(?:变更|调整|更换|改|换)为)([\\u3400-\\u9fff（）()]{2,20}?)(?=[，,。；;]|$)`,
  "g",
);
const TAKES_OVER = /(?:依次)?由([\u3400-\u9fff（）()、]{2,40}?)(?:依次)?接任/g;
/** "按年度轮值：2026年由A担任": a year's holder, said as the first of the years ("2027年由B接任" follows). */
const YEAR_HOLDS = /(?<=(?:19|20)\d{2}年度?)由([\u3400-\u9fff（）()、]{2,40}?)担任/g;
/** "此后依次由A、B担任轮值理事长单位": the holders after the first, in order. */
const IN_TURN = /(?:此后|之后|随后|以后)(?:将)?依次由([\u3400-\u9fff（）()、]{2,60}?)(?:担任|接任|轮值)/g;
/** "此后按照A、B、C等顺序依次轮值": the holders after the first, in order. */
const IN_ORDER =
  /(?:此后|之后|随后|以后)(?:将)?(?:按照?)([\u3400-\u9fff（）()、]{2,60}?)等?(?:的)?顺序(?:依次)?(?:轮值|轮换|接任|担任)/g;

/** "将轮值主席交接给B": 将 as 把, before what is handed over (not "将于", "将在", "将要", "将会"). */
const DISPOSAL = /将(?![于在要会])(?=[^，,。；;]{1,12}?(?:交接给|交给|移交给?|交予|交与|交由|交到))/g;

/** The plain chair of an alliance is lead.ts's (`chair`); a deputy, a standing seat, a rotating or dated term is a seat here. */
const PLAIN_CHAIR = /^(?:首届|首任|本届|新一届|新一任)?理事长单位$/;

export function seats(doc: Doc): void {
  for (const s of doc.sentences) {
    const before = doc.claims.length;
    grownSeat(doc, s);
    sentenceSeats(doc, s);
    handedBy(doc, s, before);
    leftTo(doc, s, before);
    termOfHolder(doc, s, before);
  }
}

/** "副理事长单位由原来的A、B2家增至4家，新增C、D": the holders before, counted, and those added: every holder. */
const GROWN_SEAT = new RegExp(
  `${SEAT}由(?:原来的|此前的|原有的|首届的|原)?([\\u3400-\\u9fff、]{2,60}?)${COUNT}家(?:增至|增加至|增加到|扩大到|扩大至)${COUNT}家(?:[，,](?:新增|增补|增选)(?:了)?([\\u3400-\\u9fff、和]{2,60}?)(?=[，,。；;]|$))?`,
);
/** "增补A为副理事长单位" in the sentence before ("…。至此，网络副理事长单位由B、C2家增加至3家"): those added. */
// ("我区由成员单位增补为网络副理事长单位": the one added first, from what it was.)
const ADDED_BEFORE = (role: string) =>
  new RegExp(
    `(?:增补|增选)(?:了)?([\\u3400-\\u9fff、和]{2,60}?)为(?:联盟|网络)?${role}|(?:^|[，,：:])([\\u3400-\\u9fff、]{2,30}?)由成员(?:单位)?(?:增补|增选)为(?:联盟|网络)?${role}`,
  );
/** "增选A、B为副理事长单位，与原副理事长单位C共同组成3家副理事长单位": those added and those before, counted. */
const JOINED_SEAT = new RegExp(
  `(?:增补|增选|新增)(?:了)?([\\u3400-\\u9fff、和]{2,60}?)为(?:联盟|网络)?${SEAT}[，,]与(?:原|原有的?|此前的)?(?:${SEAT})?([\\u3400-\\u9fff、和]{2,60}?)(?:一起|一道)?(?:共同)?(?:组成|构成)(?:了)?${COUNT}家`,
);
function joinedSeat(doc: Doc, s: Sentence): boolean {
  const m = JOINED_SEAT.exec(s.text);
  if (!m || PLANNED.test(s.text)) return false;
  const role = (m[2] as string).replace(/^((?:[^联网]*?)(?:年度?|届|任))?(?:联盟|网络)/, "$1");
  if (m[3] && m[3] !== m[2]) return false;
  const group = doc.groupBefore(s, m.index ?? 0);
  const added = resolveList(doc, s, (m[1] ?? "").replace(/和/g, "、"), { bare: false });
  const before = resolveList(doc, s, (m[4] ?? "").replace(/和/g, "、"), { bare: false });
  const now = countOf(m[5] ?? "");
  if (!group || !before || !added || before.zones.length + added.zones.length !== now) return false;
  pushWholeSeat(doc, s, group, role, [...before.zones, ...added.zones], now);
  return true;
}

/** Every holder of a seat, counted: those before and those added. */
function pushWholeSeat(doc: Doc, s: Sentence, group: GroupRef, role: string, zones: string[], count: number) {
  doc.claims.push({ type: "seat", group, role, zones, evidence: doc.ev(s), count, whole: true });
}

function grownSeat(doc: Doc, s: Sentence): void {
  if (joinedSeat(doc, s)) return;
  const m = GROWN_SEAT.exec(s.text);
  if (!m || PLANNED.test(s.text)) return;
  const group = doc.groupBefore(s, m.index ?? 0);
  const role = (m[1] as string).replace(/^((?:[^联网]*?)(?:年度?|届|任))?(?:联盟|网络)/, "$1");
  // (…or those added said in the sentence before, of the same paragraph: "增补A为副理事长单位。至此，…由B、C2家增加至3家".)
  // (…or one sentence further back: "…我区由成员单位增补为网络副理事长单位。据悉，该次理事会…。至此，…由3家增至4家".)
  const prevs = [1, 2]
    .map((n) => doc.sentences[s.index - n])
    .filter((x): x is Sentence => x !== undefined && x.paragraph === s.paragraph);
  const found =
    m[5] === undefined
      ? prevs.map((x) => ({ x, m: ADDED_BEFORE(role).exec(x.text) })).find((f) => f.m !== null)
      : undefined;
  const addedBefore = found?.m ?? null;
  const prev = found?.x;
  const addedText = m[5] ?? addedBefore?.[1] ?? addedBefore?.[2];
  if (addedText === undefined) return;
  const before = resolveList(doc, s, m[2] ?? "", { bare: false });
  const added = resolveList(doc, addedBefore && prev ? prev : s, addedText.replace(/和/g, "、"), { bare: false });
  const [was, now] = [countOf(m[3] ?? ""), countOf(m[4] ?? "")];
  // (Those added must be new to the seat: "2025年，杭州…增补为…" told before a list that holds 杭州 is an earlier step.)
  if (added?.zones.some((z) => before?.zones.includes(z))) return;
  if (!group || !before || !added || before.zones.length !== was || was + added.zones.length !== now) return;
  pushWholeSeat(doc, s, group, role, [...before.zones, ...added.zones], now);
}

/** "Z任期为2026年1月至12月", "Z任期为2026年度": the one year a holder's term lies in. */
const HOLDER_TERM =
  /([\u3400-\u9fff（）]{2,20}?)(?:的)?任期(?:为|是|自)?((?:19|20)\d{2})年(?:度|\d{1,2}月(?:\d{1,2}日)?(?:起)?(?:至|到|—|-)(?:\2年)?\d{1,2}月(?:\d{1,2}日)?)?(?=[，,。；;）)]|$)/;

/** "A自2027年1月1日起担任…": the holder and the year its term starts. */
const STARTS_IN =
  /([\u3400-\u9fff（）]{2,20}?)(?:将)?自((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?起(?:正式)?(?:担任|接任|出任)/;

/**
 * "无锡高新区将轮值理事长单位交接给青岛高新区，青岛高新区任期为2026年1月至12月": a rotating seat given without its
 * year, whose holder's term the sentence puts in one year, is that year's ("2026年度轮值理事长单位").
 */
function termOfHolder(doc: Doc, s: Sentence, since: number) {
  // ("南昌高新区自2027年1月1日起担任联盟轮值主席单位，任期一年": the year it starts, for a term of one year.)
  const m = HOLDER_TERM.exec(s.text) ?? (/任期(?:为)?一年|每届一年/.test(s.text) ? STARTS_IN.exec(s.text) : null);
  const holder = m ? doc.names.knownZone(m[1] ?? "") : undefined;
  if (!m || !holder) return;
  const role = (c: { role: string }) => `${m[2]}年度${c.role}`;
  for (const c of doc.claims.slice(since)) {
    if (c.type !== "seat" || c.zones.length !== 1 || c.zones[0] !== holder || !/^轮值/.test(c.role)) continue;
    // (Not when an earlier sentence gave that year's seat already: this one says when it begins.)
    const given = doc.claims
      .slice(0, since)
      .some((x) => x.type === "seat" && x.role === role(c) && x.zones.join() === c.zones.join());
    if (!given) c.role = role(c);
  }
}

/** The zone a clause names first, at its start ("会上，中关村示范区向…": 中关村示范区). */
function clauseZone(doc: Doc, clause: string): string | undefined {
  return doc.names.zoneAtStart(
    clause.replace(/^(?:会上|会议上|大会上|年会上|当天|仪式上|交接仪式上|同时|随后)[，,]?/, ""),
  )?.id;
}

/**
 * "A向B移交轮值主席旗帜", "A将轮值理事长单位交接给B", "B…从A手中接过轮值主席职责": the seats this sentence gave B
 * (those claimed since `since`, rotating posts) were handed over by A.
 */
function handedBy(doc: Doc, s: Sentence, since: number) {
  const pairs: { from: string; to: string }[] = [];
  for (const clause of s.text.split(/[，,；;]/)) {
    const giver = /(?:向|将)/.test(clause) && HANDING.test(clause) ? clauseZone(doc, clause) : undefined;
    const towards = /向([\u3400-\u9fff（）]{2,20}?)(?:正式)?(?:移交|交接|交出|交棒)/.exec(clause)?.[1];
    // ("A将轮值主席旗帜移交B": 移交 without 给.)
    const given = /(?:交给了?|移交给?|交接给|交予|交与|交到|交棒给?)([\u3400-\u9fff（）]{2,20}?)(?:手中|手上)?$/.exec(
      clause,
    )?.[1];
    const to = towards ?? given;
    // ("沈阳高新区向我区移交…": 我区 on its own page.)
    const receiver = !to
      ? undefined
      : /^(?:我区|本区)$/.test(to)
        ? doc.names.home
        : doc.names.knownZone(to.replace(/（[^）]*）$/, ""));
    if (giver && receiver && giver !== receiver) pairs.push({ from: giver, to: receiver });
    // "2025年度轮值理事长单位A与B完成交接", "…A与…B进行了交接": A handed it to B (each the zone its words end with).
    const met =
      /([\u3400-\u9fff（）\d]{2,30}?)与([\u3400-\u9fff（）\d]{2,30}?)(?:正式|顺利)?(?:完成|进行了?|举行了?)(?:了)?交接/.exec(
        clause,
      );
    const [metFrom, metTo] = met
      ? [doc.names.knownZoneEnding(met[1] ?? ""), doc.names.knownZoneEnding(met[2] ?? "")]
      : [];
    if (metFrom && metTo && metFrom !== metTo) pairs.push({ from: metFrom, to: metTo });
    // "B接替A，成为…": A handed it to B.
    // "轮值主席单位由A变更为B": A handed it to B (not one that starts in a later year).
    const changed = laterStart(doc, s.text)
      ? null
      : /由([\u3400-\u9fff（）]{2,20}?)(?:变更|调整|更换|改|换)为([\u3400-\u9fff（）]{2,20}?)$/.exec(clause);
    const [before, after] = changed
      ? [doc.names.knownZoneEnding(changed[1] ?? ""), doc.names.knownZoneEnding(changed[2] ?? "")]
      : [];
    if (before && after && before !== after) pairs.push({ from: before, to: after });
    const replaced = /^([\u3400-\u9fff（）]{2,20}?)接替([\u3400-\u9fff（）]{2,20}?)$/.exec(clause);
    const [outgoing, incoming] = replaced
      ? [doc.names.knownZone(replaced[2] ?? ""), doc.names.knownZone(replaced[1] ?? "")]
      : [];
    if (outgoing && incoming && outgoing !== incoming) pairs.push({ from: outgoing, to: incoming });
    const took = /从([\u3400-\u9fff（）]{2,20}?)手中接过/.exec(clause);
    const handedFrom = took ? doc.names.knownZone(took[1] ?? "") : undefined;
    // ("会上，B从A手中接过…": the taker opens the clause, or the sentence.)
    const taker = took ? (doc.names.zoneAtStart(clause)?.id ?? doc.names.zoneAtStart(s.text)?.id) : undefined;
    if (handedFrom && taker && handedFrom !== taker) pairs.push({ from: handedFrom, to: taker });
  }
  if (pairs.length === 0) return;
  for (const c of doc.claims.slice(since)) {
    if (c.type !== "seat" || c.zones.length !== 1 || !/轮值|理事长|主席/.test(c.role) || c.role.startsWith("副"))
      continue;
    const pair = pairs.find((x) => x.to === c.zones[0]);
    if (pair) c.from = pair.from;
  }
}

/**
 * "A因工作安排卸任网络副理事长单位，由B接任", "首任轮值主席单位A任期届满卸任，由B接任": a holder leaves the seat to another.
 */
const LEFT_TO =
  /(?:^|[，,：:])(?:(首任|首届|上一?任|上一?届|原)?([\u3400-\u9fff]{2,10}?单位))?([\u3400-\u9fff（）]{2,20}?(?:高新区|示范区|园区))(?:因[^，,。；;]{1,16}?|任期届满)?卸任(?:该|本)?(?:网络|联盟)?的?([\u3400-\u9fff]{2,10}?单位)?[，,](?:改)?由([\u3400-\u9fff（）]{2,20}?)接任/;

/**
 * A seat left to another ("上海张江高新区…卸任网络副理事长单位，由中关村示范区接任"): the claim of the one who takes it says
 * whom it replaces (`from`); a deputy seat's other holders keep theirs (knowledge/learn.ts).
 */
function leftTo(doc: Doc, s: Sentence, since: number): void {
  const m = LEFT_TO.exec(s.text);
  const role = m?.[4] ?? m?.[2];
  if (!m || !role || laterStart(doc, s.text)) return;
  const from = doc.names.knownZone(m[3] ?? "");
  const to = doc.names.knownZone(m[5] ?? "");
  if (!from || !to || from === to) return;
  const taken = doc.claims
    .slice(since)
    .find(
      (c) =>
        c.type === "seat" &&
        role.endsWith(c.role) &&
        role.startsWith("副") === c.role.startsWith("副") &&
        c.zones.length === 1 &&
        c.zones[0] === to,
    );
  if (taken?.type !== "seat") return;
  taken.from = from;
  // ("首任轮值主席单位A任期届满卸任，…": the first term's holder, said as it leaves.)
  const group = taken.group;
  if (m[1] === "首任" || m[1] === "首届")
    doc.claims.push({ type: "seat", group, role: `${m[1]}${role}`, zones: [from], evidence: taken.evidence });
}

/** The sentence says what it tells starts in a year after the article's ("自2027年1月1日起"), or is to come (将, 拟). */
function laterStart(doc: Doc, text: string): boolean {
  const year = /(?:自|从|于)((?:19|20)\d{2})年[^，,。；;]{0,8}?起/.exec(text)?.[1];
  const published = (doc.article.date ?? "").slice(0, 4);
  return (year !== undefined && published !== "" && year > published) || /将(?:由|于|在)|拟/.test(text);
}

/** A handing over ("移交", "交接给", "交棒"). */
const HANDING = /移交|交接|交给|交予|交与|交棒|交到/;

/** The seats one sentence gives. */
function sentenceSeats(doc: Doc, s: Sentence): void {
  // "第二届理事长单位将由B担任": a plan the article states, kept as the next term's seat.
  for (const m of s.text.matchAll(NEXT_PLANNED)) seatClaim(doc, s, m, m[2] ?? "", `下一任${postOf(m[1] ?? "")}`);
  // ("会议同时确定，B将担任下一任轮值主席单位": the holder said first.)
  for (const m of s.text.matchAll(NEXT_PLANNED_HOLDER)) seatClaim(doc, s, m, m[1] ?? "", `下一任${postOf(m[2] ?? "")}`);
  // "2027年度秘书处拟由C承接": the secretariat's next term, planned (the seat now is secretariat.ts's).
  // ("徐州高新区承担2026年度秘书处工作，2027年度拟由C承接": the seat said once, before.)
  for (const m of s.text.matchAll(NEXT_SECRETARIAT))
    if (m[0].includes("秘书处") || /秘书处/.test(s.text.slice(0, m.index)))
      seatClaim(doc, s, m, m[1] ?? "", "下一任秘书处单位");
  // A sentence that plans nothing, or plans only in other clauses ("首任轮值主席单位为A，…，2026年年会将由A承办").
  // ("A将轮值主席交接给B": 将 that takes the object, as 把 does, is no plan.)
  const plain = s.text.replace(DISPOSAL, "");
  // ("B将担任2026年度轮值主席单位": a term decided, by its year, is no plan.)
  // ("2026年、2027年将分别由B、C担任": terms decided by their years.)
  const decided =
    /将(?:于(?:19|20)\d{2}年度?起?(?:担任|出任|接任)|(?:担任|出任|接任)(?:19|20)\d{2}年|自(?:19|20)\d{2}年[^，,。；;]{0,8}?起(?:正式)?(?:担任|出任|接任))/.test(
      s.text,
    ) || /(?:19|20)\d{2}年度?(?:[、和与及](?:19|20)\d{2}年度?)+将分别由/.test(s.text);
  // ("…接替A，担任2027年度轮值主席单位，将于…履职": taken over, unless only proposed, "会议建议…，尚需提交理事会审议".)
  const proposed = /建议|提议|拟|尚需|尚待|待[^，,。]{0,6}审议|提交[^，,。]{0,8}审议/.test(s.text);
  const takenOver = /继续|仍|接任|交给了/.test(s.text) || (/接替/.test(s.text) && !proposed);
  if (PLANNED.test(plain) && !decided && !takenOver && !seatStated(s.text)) return;
  // ("A由成员单位调整为联络单位的提议未获通过": a seat proposed and refused.)
  if (/提议|方案|建议/.test(s.text) && /未获|未予|不予|否决|搁置/.test(s.text)) return;
  // "第二届、第三届理事长单位分别由A、B担任": one term each, in order.
  for (const m of s.text.matchAll(RESPECTIVE_TERMS)) {
    const terms = (m[1] ?? "").split(/[、和与及]/);
    const holders = splitItems(m[3] ?? "");
    if (terms.length !== holders.length) continue;
    terms.forEach((term, i) => {
      seatClaim(doc, s, m, holders[i] as string, `${term}${m[2]}`);
    });
  }
  for (const { re, zones, seat } of PATTERNS) {
    for (const m of s.text.matchAll(re)) {
      // The last term of "第二届、第三届理事长单位分别由…" is not the post of the whole list (read above).
      if (/届[、和与及]$/.test(s.text.slice(0, m.index))) continue;
      // "下一年度轮值主席单位由B接任": the next term's (TAKES_OVER below), not the seat now.
      if (/(?:下一年度|明年)(?:的)?(?:联盟|网络)?$/.test(s.text.slice(0, m.index))) continue;
      // ("今年3月，我区作为副理事长单位参与发起…网络": what it was months before the article, dated then, not now.)
      seatClaim(doc, s, m, m[zones] ?? "", m[seat] ?? "", toldOfBefore(doc, s.text.slice(0, m.index)));
    }
  }
  // "A继续担任副主席单位，与B共同协助轮值主席开展工作": B shares the seat said before.
  for (const m of s.text.matchAll(SHARED_WITH)) seatClaim(doc, s, m, m[2] ?? "", m[1] ?? "");
  for (const m of s.text.matchAll(HANDED)) {
    // ("自2027年1月1日起，…由A变更为B" in a 2026 article: decided, not yet so; the passages tell it.)
    if (/为$/.test(m[0].slice(0, m[0].length - (m[2] ?? "").length)) && laterStart(doc, s.text)) continue;
    seatClaim(doc, s, m, m[2] ?? "", postOf(m[1] ?? ""));
  }
  // "至此，网络副理事长单位增至3家，分别为A、B和C": the seat's holders after it grew, all of them (as many as counted).
  for (const m of s.text.matchAll(GREW_TO)) {
    if (splitItems(m[4] ?? "").length === countOf(m[3] ?? "")) seatClaim(doc, s, m, m[4] ?? "", m[1] ?? "");
  }
  // "首任轮值理事长单位为A，2026年、2027年将分别由B、C接任": one year each, in order.
  const respective: [number, number][] = [];
  for (const m of s.text.matchAll(RESPECTIVE_YEARS)) {
    respective.push([m.index, m.index + m[0].length]);
    const years = (m[1] ?? "").match(/(?:19|20)\d{2}/g) ?? [];
    const holders = splitItems(m[2] ?? "");
    const post = postOf(seatBefore(s.text, m.index)?.[1] ?? "");
    if (years.length !== holders.length || !/^轮值/.test(post)) continue;
    years.forEach((year, i) => {
      seatClaim(doc, s, m, holders[i] as string, `${year}年${post}`);
    });
  }
  // "2025年由A担任首任轮值主席": a rotating post's term, by its year.
  for (const m of s.text.matchAll(YEAR_HELD)) seatClaim(doc, s, m, m[2] ?? "", `${m[1]}年${postOf(m[3] ?? "")}`);
  // "轮值主席单位每年轮换一次，2025年由A担任": the year's holder of the rotating post named before.
  for (const m of s.text.matchAll(YEAR_HELD_BARE)) {
    const post = postOf(seatBefore(s.text, m.index)?.[1] ?? "");
    if (/^轮值/.test(post)) seatClaim(doc, s, m, m[2] ?? "", `${m[1]}年${post}`);
  }
  // "首届（2025—2026年）轮值理事长单位为A，第二届（2027—2028年）为B": a later term said without its post, which is the
  // one named before.
  for (const m of s.text.matchAll(TERM_WITHOUT_POST)) {
    const post = postOf(seatBefore(s.text, m.index)?.[1] ?? "");
    if (post) seatClaim(doc, s, m, m[2] ?? "", `${m[1]}${post}`);
  }
  // "包头稀土高新区担任2025年度轮值主席单位，赣州高新区将于2026年接任": the rotating post's term that year.
  for (const m of s.text.matchAll(TAKES_OVER_IN)) {
    const post = postOf(seatBefore(s.text, m.index)?.[1] ?? "");
    if (/^轮值/.test(post)) seatClaim(doc, s, m, m[1] ?? "", `${m[2]}年${post}`);
  }
  for (const m of s.text.matchAll(ROTATION_ORDER)) nextInOrder(doc, s, m);
  // "合肥高新区是…；同时，它还是长三角国家高新区联盟的常务理事单位": 它 is the zone a clause of the sentence opens with.
  for (const m of s.text.matchAll(PRONOUN_SEAT)) {
    // "A将轮值理事长交接给B，由其担任…": 由其 is the one handed to, not the clause's subject.
    const before = s.text.slice(0, m.index);
    // ("…将轮值主席交由B，后者担任2026年度轮值主席单位": 后者 is B.)
    const subject =
      before.endsWith("由") || m[0].startsWith("后者") ? handedTo(doc, before) : clauseSubject(doc, before);
    if (subject) seatClaim(doc, s, m, subject, m[1] ?? "");
  }
  // "接任", "按…顺序依次轮值" name no post: the last seat the sentence names before it.
  for (const m of [
    ...s.text.matchAll(TAKES_OVER),
    ...s.text.matchAll(IN_ORDER),
    ...s.text.matchAll(IN_TURN),
    ...s.text.matchAll(YEAR_HOLDS),
  ]) {
    // (Holders given by year, read above.)
    if (respective.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // (Or the last seat the sentence before names, in the same paragraph: "…向B移交轮值主席，…。按照规则确定的轮值
    // 顺序，2027年将由C接任。")
    // (Only a rotating post, in a sentence that names no other office: "2028年起将由B接任" of 秘书处工作 is not it.)
    const prev = doc.sentences[s.index - 1];
    const previous =
      prev?.paragraph === s.paragraph && !/秘书处|秘书长/.test(s.text)
        ? seatBefore(prev.text, prev.text.length)
        : undefined;
    const before = seatBefore(s.text, m.index) ?? (previous && /轮值/.test(previous[1] ?? "") ? previous : undefined);
    const term = takenOverTerm(s.text.slice(0, m.index), postOf(before?.[1] ?? ""), m[0], s.text);
    if (before) seatClaim(doc, s, m, m[1] ?? "", term);
  }
}

/**
 * The clause before a seat said is a month two or more before the article's date ("今年3月", "2025年11月"): the seat
 * was held then (YYYY-MM), and may not be now.
 */
function toldOfBefore(doc: Doc, before: string): string | undefined {
  const clause = before.slice(Math.max(...["，", ",", "；", ";", "。"].map((x) => before.lastIndexOf(x))) + 1);
  const m = /^(?:((?:19|20)\d{2})年|今年|去年)?(\d{1,2})月(?:\d{1,2}日)?$/.exec(clause);
  const date = doc.article.date;
  if (!m || !date) return undefined;
  const year = m[1] ? Number(m[1]) : Number(date.slice(0, 4)) - (clause.startsWith("去年") ? 1 : 0);
  const month = Number(m[2]);
  const months = (Number(date.slice(0, 4)) - year) * 12 + Number(date.slice(5, 7)) - month;
  return months >= 2 && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, "0")}` : undefined;
}

/**
 * The term a holder takes a post over for, from what stands before the verb (`head`): "首届理事长单位为A，2027年起由B
 * 接任" → 2027年起理事长单位 (the chair's next term is a seat, kept with the year it starts; the chair itself is
 * lead.ts's); "按年度轮值：2026年由A担任，2027年由B接任" → that year's; "…担任首任轮值主席，2026年由B接任" → the rotating
 * post's term that year ("2026年将由赣州高新区接任": a plan said of that year); "…由A担任，下一年度由B接任" → the next
 * term, not the post now; "此后依次由A、B担任" → the holders after this term, in turn; else the post.
 */
function takenOverTerm(head: string, post: string, verb: string, sentence: string): string {
  const from = /((?:19|20)\d{2})年度?(?:起|开始)?(?:将|则|会)?$/.exec(head)?.[1];
  const yearly = /按年度?轮值|按年轮换|按年度轮换/.test(sentence);
  if (from && yearly) return `${from}年${post.replace(/^(?:首届|首任)/, "")}`;
  if (from && PLAIN_CHAIR.test(post)) return `${from}年起${post}`;
  if (from && /^轮值/.test(post) && !/起(?:将|则|会)?$/.test(head)) return `${from}年${post}`;
  if (NEXT_TERM.test(head)) return `下一任${post}`;
  if (verb.includes("依次由")) return `此后依次担任的${post}`;
  return post;
}

const ANY_SEAT = new RegExp(SEAT, "g");
/** The last seat the text names before `at` (the post "接任", "依次轮值" take over). */
const seatBefore = (text: string, at: number) => [...text.slice(0, at).matchAll(ANY_SEAT)].at(-1);
/** "B将于2026年接任": who takes a rotating post over, and the year. */
// ("深圳高新区将于2027年1月接任网络轮值主席": the month said too; not a term the sentence names itself, "接任下一任轮值
// 主席单位".)
const TAKES_OVER_IN = new RegExp(
  `(?:^|[，,；;：:])${LIST}(?:将)?于((?:19|20)\\d{2})年度?(?:\\d{1,2}月(?:\\d{1,2}日)?)?起?接任(?!下一?[任届]|第)`,
  "g",
);
/** "副理事长单位增至3家，分别为A、B和C": a seat grown to a count, then all its holders. */
const GREW_TO = new RegExp(
  `${SEAT}(?:由${COUNT}家)?(?:增至|增加到|扩大到|达到)${COUNT}家[，,](?:分别为|分别是|包括|即|为)${LIST}(?=[，,。；;]|$)`,
  "g",
);
/** "2026年、2027年将分别由B、C接任": years, then their holders in order. */
const RESPECTIVE_YEARS = new RegExp(
  `((?:19|20)\\d{2}年度?(?:[、和与及](?:19|20)\\d{2}年度?)+)(?:将)?分别由${LIST}(?:担任|接任)`,
  "g",
);
/** "2025年由A担任首任轮值主席": the year, the holder, the seat. */
const YEAR_HELD = new RegExp(`(?:^|[，,；;：:。])((?:19|20)\\d{2})年度?由${LIST}(?:担任|出任)${SEAT}`, "g");
/** "…，2025年由A担任。" (the post named before it). */
const TERM_WITHOUT_POST = new RegExp(
  `[，,；;]((?:第[二三四五六七八九十\\d]{1,2}届|下一届|下届)(?:[（(](?:19|20)\\d{2}[^（）()]{0,12}[）)])?)(?:为|是|由)${LIST}(?:担任|接任)?(?=[，,。；;]|$)`,
  "g",
);
const YEAR_HELD_BARE = new RegExp(`(?:^|[，,；;：:])((?:19|20)\\d{2})年度?由${LIST}(?:担任|出任)(?=[，,。；;]|$)`, "g");
/** Numbered terms of one post, each held by the zone at its place in the list ("第二届、第三届理事长单位分别由A、B担任"). */
const NUMBERED_TERM = "(?:首届|第[一二三四五六七八九十\\d]{1,2}届)";
const RESPECTIVE_TERMS = new RegExp(
  `(${NUMBERED_TERM}(?:[、和与及]${NUMBERED_TERM})+)(${POST})分别(?:由|为|是)${LIST}(?:担任|出任|接任)?(?=[，,。；;]|$)`,
  "g",
);
/** A later term's seat, planned: "第二届理事长单位将由B担任". */
const NEXT_PLANNED = new RegExp(
  `((?:第[二三四五六七八九十2-9]届|下一任|下一届|下届)(?:${POST}))(?:将|拟)由${LIST}(?:担任|接任|承担)(?=[，,。；;]|$)`,
  "g",
);
const SHARED_WITH = new RegExp(
  `(?:担任|为|出任)${SEAT}[，,](?:并)?与${LIST}(?:一起|一道|共同)(?:协助|负责|承担|参与|开展|做好)`,
  "g",
);
const NEXT_PLANNED_HOLDER = new RegExp(
  `(?:^|[，,；;：:。])${LIST}(?:将|拟)(?:担任|接任|出任)((?:第[二三四五六七八九十2-9]届|下一任|下一届|下届)(?:${POST}))`,
  "g",
);
/** The secretariat's next term, planned: "2027年度秘书处拟由C承接", "下一届秘书处将由C承担". */
const NEXT_SECRETARIAT = new RegExp(
  `(?:(?:19|20)\\d{2}年度|下一年度|下一任|下一届|下届|明年)(?:的)?(?:(?:联盟|网络)?秘书处(?:工作)?)?(?:将|拟)由${LIST}(?:担任|接任|承担|承接)(?=[，,。；;]|$)`,
  "g",
);
/** The term after this one, written right before who takes it ("下一年度由B接任", "下一年度轮值主席单位由B接任"). */
// ("…，下一轮值年度由B接任": the next rotating year's.)
const NEXT_TERM = new RegExp(
  `(?:下一年度|下一个?轮值(?:年度|期)|下一任|下一届|下届|明年)(?:的)?(?:联盟|网络)?(?:${POST})?$`,
);

/** A clause of the sentence states a seat, and that clause plans nothing. */
function seatStated(text: string): boolean {
  return text
    .split(/[，,。；;]/)
    .some((clause) => !PLANNED.test(clause) && PATTERNS.some(({ re }) => new RegExp(re.source).test(clause)));
}
const LEADING_TERM = new RegExp(`^${TERM}`);
/** "自2027年1月1日起担任": the year a holder takes a seat from. */
const FROM_YEAR = /自((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?起(?:正式)?(?:担任|接任|出任)/;
/** A list's own count of 高新区 at its end ("…5家高新区"). */
const LIST_COUNT = new RegExp(`${COUNT}家(?:(国家|省级)?高新区)?$`);

/** A seat without its term ("首届轮值主席单位" → "轮值主席单位"): the post the next holder takes over. */
/** A seat said of 它/其 ("它还是X联盟的常务理事单位"). */
const PRONOUN_SEAT = new RegExp(
  `(?:它|其|该区|后者)(?:还|也|同时|另外)?(?:是|为|担任)(?:[^，,。；;]{0,30}?的)?${SEAT}`,
  "g",
);

/** The zone the last clause before a point opens with ("目前，合肥高新区是…；同时，它…" → 合肥高新区). */
function clauseSubject(doc: Doc, before: string): string | undefined {
  for (const clause of before.split(/[，,；;：:]/).reverse()) {
    const zone = doc.names.zoneNamedAtStart(clause);
    if (zone) return clause.slice(0, zone.length);
  }
  return undefined;
}

/** The zone the clause before hands something to ("…交接给B，由"). */
function handedTo(doc: Doc, before: string): string | undefined {
  const m = /(?:交接给|移交给|交给|移交|交棒给|交由)([\u3400-\u9fff（）()]{2,20}?)[，,]由?$/.exec(before);
  const zone = m ? doc.names.zoneNamedAtStart(m[1] ?? "") : undefined;
  return zone ? (m?.[1] ?? "").slice(0, zone.length) : undefined;
}

/** "理事长单位实行轮值制，…，按照A、B、C的顺序轮值": the order of a rotating post, from its holder now. */
const ROTATION_ORDER = /(?<!此后|之后|随后|以后)按照?([\u3400-\u9fff、]{4,60}?)的?顺序(?:依次)?(?:轮值|轮换|轮流担任)/g;

/**
 * The next holder in a rotation order the sentence gives after its post, when the order starts with the zone an
 * article names as the holder now (the chair, or a seat of that post): the one after it holds the next term.
 */
function nextInOrder(doc: Doc, s: Sentence, m: RegExpMatchArray) {
  const before = seatBefore(s.text, m.index ?? 0);
  const post = postOf(before?.[1] ?? "");
  const items = splitItems(m[1] ?? "");
  if (!before || items.length < 2) return;
  const group = doc.groupBefore(s, m.index ?? 0, /理事|监事/.test(post) ? "alliance" : undefined);
  // (Looked up, never proposed: "按湖南、湖北、江西的省份顺序轮换" names provinces, not zones.)
  const first = doc.names.knownZone(items[0] as string) ?? doc.names.knownZone(`${items[0]}高新区`);
  const holds = doc.claims.some(
    (c) =>
      (c.type === "chair" && PLAIN_CHAIR.test(post) && c.group.id === group?.id && c.zone === first) ||
      (c.type === "seat" && c.group.id === group?.id && c.role.endsWith(post) && c.zones.includes(first ?? "")),
  );
  if (holds) seatClaim(doc, s, m, items[1] as string, `下一任${post}`);
}

const TERM_YEARS =
  /^(?:[，,]任期(?:为|是)?|[（(](?=(?:19|20)\d{2}年?[—–-]))((?:19|20)\d{2}年?(?:[—–-]|至|到)(?:19|20)\d{2}年|自(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?起(?:[，,]为期[一两二三四五]年)?)/;

const postOf = (seat: string) =>
  seat
    .replace(LEADING_TERM, "")
    .replace(/主席$/, "主席单位")
    .replace(/轮值理事长$/, "轮值理事长单位");

function seatClaim(doc: Doc, s: Sentence, m: RegExpMatchArray, list: string, written: string, told?: string) {
  // ("A、B、C当选为首批副理事长单位": the first holders of the seat, which is the seat's name without 首批.)
  const plainSeat = written.replace(/^((?:[^联网]*?)(?:年度?|届|任))?(?:联盟|网络)/, "$1").replace(/^首批(?=.)/, "");
  // ("B将自2027年1月1日起担任联盟轮值主席单位": a rotating seat from a year on is that year's term.)
  // (A year's term only: not "自2024年起担任…，任期三年", nor a year before the article's own.)
  const fromYear =
    /轮值/.test(plainSeat) && LEADING_TERM.exec(plainSeat)?.[0] === "" && !/任期(?:两|二|三|四|五|\d)年/.test(s.text)
      ? new RegExp(`${FROM_YEAR.source}[^，,。；;]{0,6}?${plainSeat}`).exec(s.text)?.[1]
      : undefined;
  const from = fromYear && Number(fromYear) >= Number(doc.article.date?.slice(0, 4) ?? 0) ? fromYear : undefined;
  const seat = from ? `${from}年度${plainSeat}` : plainSeat;
  // The group named before the seat ("联盟理事会选举A为副理事长单位"), else the one the item is about: for a
  // council's seat (理事长, 理事, 监事), the item's alliance when it has one, whatever network the sentence names
  // after it.
  // ("3月，我区作为副理事长单位加入国家高新区低空经济产业协同创新网络；4月，…加入长江中游…联盟": the group the seat
  // joins, named right after it, before any the item is about.)
  const end = (m.index ?? 0) + m[0].length;
  // (Joining, not attending: "作为联盟副理事长单位参加…网络2026年度工作会议" holds no seat in the network.)
  const joins = /^(?:正式)?(?:加入|参与发起|参与组建)(?:了)?/.exec(s.text.slice(end));
  const joined = joins ? (doc.mentions[s.index] ?? []).find((x) => x.start === end + joins[0].length) : undefined;
  const group = joined
    ? { kind: joined.kind, id: joined.id }
    : doc.groupBefore(s, end, /理事|监事/.test(seat) ? "alliance" : undefined);
  // (An alliance's one chair is lead.ts's; chairs held jointly, "由A和B共同担任理事长单位", are a seat of two.)
  const joint = /共同(?:担任|出任)/.test(m[0]);
  if (!group || (group.kind === "alliance" && PLAIN_CHAIR.test(seat) && !joint)) return;
  // The list starts after the verb that introduces it ("会议确定A为…", "同时增设A为…").
  const verb =
    /^.*(?:确定|选举|推选|增选|增补|选出|推举|同意|审议通过|明确|其中|增设|新增|同时|决定|届时)/.exec(list)?.[0] ?? "";
  // ("由B担任2026—2027年度轮值主席单位": the 由 that introduces the holder is no part of its name.)
  // ("郑州高新区作为发起单位担任…": what it acts as is no part of its name.)
  // ("由于长沙高新区转任轮值主席单位，…": a reason said, not a seat given; and no zone "于长沙".)
  if (
    /^由?于[\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区)$/.test(list.slice(verb.length)) &&
    s.text.includes(`由于${list.slice(verb.length).replace(/^由?于/, "")}`)
  )
    return;
  const text = list
    .slice(verb.length)
    .replace(/^由/, "")
    // ("原副理事长单位苏州工业园区改任常务理事单位": the seat it held before is no part of its name.)
    .replace(/^(?:原|原任|前)[\u3400-\u9fff]{2,10}?单位(?=[\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区)$)/, "")
    .replace(/^([\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区))作为[\u3400-\u9fff]{2,10}$/, "$1")
    // ("郑州高新区卸任轮值主席后继续担任副主席单位": the seat it leaves is no part of its name.)
    .replace(/^([\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区))卸任[\u3400-\u9fff]{2,10}?后(?:继续|仍|将)?$/, "$1");
  // "增选A、B为常务理事单位，常务理事单位由7家增至9家": zones added to the seat, and how many hold it after.
  // (Not inside a longer seat's name: 理事单位 of "常务理事单位由9家增至10家".)
  const grown = new RegExp(`(?<!副|常务|执行)${seat}(?:由${COUNT}家)?(?:增至|增加到|扩大到|达到)${COUNT}家`).exec(
    s.text,
  );
  const grownTo = grown ? countOf(grown[2] ?? "") : undefined;
  // Only zones written as zones (known, or named with their kind): a wrong seat is worse than none. A list counted
  // as 高新区 ("昆明、贵阳…5家高新区") names zones by their place, and its count must be its length.
  const counted = LIST_COUNT.exec(text);
  const names = (counted ? text.slice(0, counted.index) : text).replace(/[（(][^）)]*[）)]/g, "");
  const read = resolveList(doc, s, names, {
    bare: Boolean(counted),
    ...(counted?.[2] === "省级" ? { level: "provincial" as const } : {}),
  });
  const items = read && (!counted || countOf(counted[1] ?? "") === read.zones.length) ? read : undefined;
  // "A不再承担秘书处工作，继续作为常务理事单位": the zone the sentence starts with.
  const subject = /^(?:继续|仍)/.test(text) ? doc.names.zoneAtStart(s.text)?.id : undefined;
  const zones = items?.zones ?? (subject ? [subject] : []);
  if (zones.length === 0 || (joint && PLAIN_CHAIR.test(seat) && zones.length < 2)) return;
  // (An observer seat asked for and still before the council, "…转为观察员单位，该申请将提交下次理事会审议": none yet.)
  if (/观察员/.test(seat) && REQUEST_PENDING.test(s.text)) return;
  // ("孝感高新区当选常务理事单位，常务理事单位由9家增至10家": elected to a seat that grew past them, they are added.)
  // ("新增的副理事长单位共两家：A和B": added, said before the seat.)
  const added =
    /增选|增补|新增|增设/.test(verb) ||
    (grownTo !== undefined && grownTo > zones.length && /当选|成为/.test(m[0])) ||
    new RegExp(`(?:新增|增补|增选|新当选)(?:的)?${seat}`).test(s.text);
  // ("增选A、B为副理事长单位，与此前的C、D共同组成4家副理事长单位": the holders before named, every holder counted.)
  const together = added
    ? new RegExp(`与(?:此前的|原有的|原来的|原)?([\u3400-\u9fff、]{2,60}?)共同(?:组成|构成)${COUNT}家${seat}`).exec(
        s.text,
      )
    : null;
  // ("副理事长单位由原来的A、B2家增至4家，新增C、D": the holders before counted, then those added, after the count.)
  // ("网络原有A、B2家副理事长单位，此次会议增补C为副理事长单位": the holders before counted, then the one added.)
  // (Not when the sentence has one of them leave too: "…，长春高新区因工作调整不再担任副理事长单位".)
  const had =
    added && !together && !/不再担任|卸任|退出/.test(s.text)
      ? (new RegExp(`原有([\u3400-\u9fff、]{2,60}?)${COUNT}家${seat}`).exec(s.text) ??
        // ("第一届理事会的副理事长单位为A、B2家，此次增补C、D": counted after the seat.)
        new RegExp(`${seat}为([\u3400-\u9fff、]{2,60}?)${COUNT}家[，,](?:此次|同时|会议|本次)?(?:增补|增选|新增)`).exec(
          s.text,
        ))
      : null;
  // ("在原有副理事长单位苏州工业园区的基础上，新增A、B为副理事长单位": the holders before named, uncounted.)
  const basis =
    added && !together && !had && !/不再担任|卸任|退出/.test(s.text)
      ? new RegExp(`原有(?:的)?${seat}([㐀-鿿、]{2,60}?)的基础上`).exec(s.text)
      : null;
  const before = together
    ? resolveList(doc, s, together[1] ?? "", { bare: false })
    : had
      ? resolveList(doc, s, had[1] ?? "", { bare: false })
      : basis
        ? resolveList(doc, s, basis[1] ?? "", { bare: false })
        : undefined;
  const total = together
    ? countOf(together[2] ?? "")
    : had
      ? (countOf(had[2] ?? "") ?? 0) + zones.length
      : basis && before
        ? before.zones.length + zones.length
        : undefined;
  const hadCount =
    (had ? countOf(had[2] ?? "") === before?.zones.length : true) && (grownTo === undefined || grownTo === total);
  if (before && hadCount && before.zones.length + zones.length === total) {
    doc.claims.push({
      type: "seat",
      group,
      role: seat,
      zones: [...before.zones, ...zones.filter((z) => !before.zones.includes(z))],
      evidence: doc.ev(s),
      count: total,
      whole: true,
    });
    return;
  }
  const count = added ? grownTo : undefined;
  // "…接任第二届轮值理事长单位，任期为2026年至2027年": the term's years, said right after the seat.
  const years = TERM_YEARS.exec(s.text.slice((m.index ?? 0) + m[0].length))?.[1];
  doc.claims.push({
    type: "seat",
    group,
    role: years && !seat.includes(years) ? `${seat}（任期${years}）` : seat,
    zones,
    evidence: doc.ev(s),
    ...(added ? { added } : {}),
    ...(count ? { count } : {}),
    ...(told ? { told } : {}),
    // ("至此…增至3家，分别为A、B和C": every holder, as counted; "由此调整为A、B和C": every holder after a change.)
    // (Not "A由成员单位调整为副理事长单位": one zone's seat, the others' kept.)
    // ("增补后，网络的副理事长单位共四家：A、B、C和D": every holder, counted before them.)
    ...(!added &&
    (grownTo === zones.length ||
      (countOf(new RegExp(`(?<!新增的?|增补的?|增选的?|新当选的?)${seat}共${COUNT}家[：:]`).exec(s.text)?.[1] ?? "") ===
        zones.length &&
        !/(?:新增|增补|增选|新当选)(?!后)/.test(s.text.slice(0, s.text.indexOf(seat)))) ||
      /(?<!成员)(?:单位|主席)(?:由[^，,。；;]{0,40}?|由此|相应|随之)?(?:调整为|改为|变更为)/.test(m[0]))
      ? { whole: true }
      : {}),
  });
}
