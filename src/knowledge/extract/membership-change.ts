/**
 * Membership changes an article reports: who joined ("A、B 2家正式加入网络", "吸纳A为新成员", "通过了A的入网申请"),
 * who left ("A因…调整，申请退出网络", "A不再作为网络成员单位"), the count after ("成员由12家增至15家"), and the
 * date of the change (the sentence's, else the meeting's an earlier sentence of the item dates).
 */
import type { Evidence } from "../schema.ts";
import { type Doc, PLANNED, passing } from "./context.ts";
import { findDates, leadingDateIn, type ResolvedDate } from "./dates.ts";
import { COUNT, countOf, pushWholeList, resolveList } from "./lists.ts";
import { countedChange } from "./membership-counted.ts";
import { minutesFields } from "./minutes.ts";
import { type GroupRef, PROVINCES } from "./names.ts";
import { clauses, type Sentence } from "./sentences.ts";

/** Membership changes. */
export function change(doc: Doc, s: Sentence) {
  if (joinedAsBlock(doc, s) || joinsToldAfter(doc, s) || newcomersDescribed(doc, s)) return;
  // ("副理事长单位由原来的A、B2家增至4家，新增C、D": a seat that grew, not the membership; seats.ts reads it. Not when
  // zones join in another clause: "A、B正式加入网络，C增补为副理事长单位，副理事长单位由2家增至3家".)
  const seatGrew = SEAT_GREW.exec(s.text);
  const rest = seatGrew
    ? s.text.slice(0, seatGrew.index).replace(/[^，,。；;]*$/, "") +
      s.text.slice(seatGrew.index + seatGrew[0].length).replace(/^[，,](?:新增|增补|增选)[^，,。；;]*/, "")
    : "";
  if (seatGrew && !/加入|入网|入盟|吸纳|新增|成员/.test(rest)) return;
  // "1. 青岛高新区、珠海高新区正式加入网络", "• 淄博高新区因…退出网络": an item of a list is read as a sentence of its own.
  const marked = LIST_MARK.exec(s.text)?.[0].length ?? 0;
  // ("湖北省荆门高新区、咸宁高新区，湖南省郴州高新区，江西省吉安高新区4家国家高新区正式加入": the newcomers grouped by
  // province, the groups apart by commas, are one list; the same length, so the evidence's offsets hold.)
  const t = s.text
    .slice(marked)
    .replace(PROVINCE_GROUP_COMMA, "、")
    .replace(PROVINCE_BRACKET, (x) => "、".repeat(x.length));
  const added: string[] = [];
  let listEvidence = false;
  // ("网络新吸收A、B加入": taken in, then the verb of joining; "吸收A、B加盟".)
  // ("首批吸纳了A、B…5家成员": the founding members, not a change; members.ts reads them.)
  const absorb =
    /(?<!首批)(?:吸纳|接纳|吸收)(?:了)?([\u3400-\u9fff、]+?)(?:为(?:该|本)?(?:网络|联盟)?(?:的)?(?:新|正式)?成员|(?:正式)?(?:加入|入网|入盟|加盟)(?:该|本)?(?:网络|联盟)?(?=[，,。；;]|$))/.exec(
      t,
    );
  // "新成员名单如下：A，B，C，D；以上4家自会议审议通过之日起正式加入": the newcomers listed, counted after them.
  // ("吸纳3家新成员,名单如下:A,B,C.扩容后": a comma before 名单, and half-width marks, the list ending in a full stop.)
  // ("新加入的4家成员单位分别为：A，B，C，D": or counted before them; "新加入联盟的5家国家高新区分别是：湖北省的A、B，湖南省的C":
  // the group between, the names by province.)
  const newList =
    new RegExp(
      `新(?:加入|入网|吸纳)?(?:(?<=加入|入网|吸纳)(?:网络|联盟))?的?(?:${COUNT}家)?(?:成员|成员单位|入网成员|加入成员|国家高新区|高新区|(?<=\\d家|[一两二三四五六七八九十]家))(?:[，,]?名单)?(?:如下|分别为|分别是|为|是|包括)?[：:]([\\u3400-\\u9fff，,、]+?)(?:[；;。]|\\.(?!\\d)|$)`,
    ).exec(t) ??
    // ("此次新加入的3家成员单位为A、B和C": the newcomers of this meeting, no colon after the verb; not "拟新加入的成员包括…".)
    // ("…为A和B，其中A划入燃料电池板块": where each goes, after a comma.)
    new RegExp(
      `(?:(?:此次|本次|这次)|(?<![拟将想计划意愿]))新加入(?:网络|联盟)?的(?:${COUNT}家)?(?:成员|成员单位|国家高新区|高新区)(?:分别)?(?:为|是)([\\u3400-\\u9fff、和]+?)(?:[；;。]|[，,](?=其中)|$)`,
    ).exec(t) ??
    // ("年会审议通过了3家国家高新区的入盟申请：江西的共青城高新区、湖南的郴州高新区、湖北的仙桃高新区": the applications
    // passed, the names after a colon, each by its province.)
    new RegExp(
      `审议通过了?(?:${COUNT}家)(?:国家高新区|高新区)?的?(?:入盟|入网|加入)申请[：:]([\\u3400-\\u9fff，,、]+?)(?:[；;。]|$)`,
    ).exec(t);
  const newTotal = newList
    ? (newList[1] ??
      new RegExp(`^[；;。]?(?:以上|上述)${COUNT}家`).exec(t.slice(newList.index + newList[0].length - 1))?.[1])
    : undefined;
  const newListed = newList
    ? ([newList[0], (newList[2] ?? "").replace(/[，,]/g, "、"), newTotal ?? ""] as unknown as RegExpExecArray)
    : newcomersByProvince(t);
  // "网络新吸纳南京高新区、福州高新区、洛阳高新区3家成员": taken in, counted.
  const absorbCounted = new RegExp(
    `(?<!首批)(?:吸纳|接纳|吸收)(?:了)?([\\u3400-\\u9fff、]+?)(?<!第)${COUNT}家(?:新)?(?:成员(?:单位)?|国家高新区|高新区)`,
  ).exec(t);
  // "新增南京高新区和成都高新区": the newcomers named in full, without a count.
  // ("新增成员单位：A、B": after a colon.)
  const newlyBare = /新增(?:成员(?:单位)?)?[：:]?([\u3400-\u9fff、]+?(?:高新区|园区|示范区))(?=[。，,；;]|$)/.exec(t);
  // ("A、B2家湖南省国家高新区被吸纳为联盟成员单位": taken in.)
  // "A、B 2家高新区正式加入", "A…4家国家高新区新近加入", "A…4家国家高新区正式“入网”", "A、B 2家正式加入网络": a few
  // words of manner between the counted list and the verb, none of intent (拟, 计划, 将: not joined yet).
  // (Never "2026年第一家新加入的成员": an ordinal, not a count after names.)
  const joined = new RegExp(
    `([\\u3400-\\u9fff、]+?)(?<!第)${COUNT}家(?:([\\u3400-\\u9fff]{0,6}?)(?:高新区|单位|园区))?(?:经[^，,。；;]{1,12}[，,])?(?:(?!拟|将|计划|有意|希望)[\\u3400-\\u9fff“”"]){0,6}?(?:加入|“?入(?:网|盟)”?|被?(?:吸纳|吸收|接纳)为(?:该|本)?(?:网络|联盟)?(?:的)?(?:新|正式)?成员)`,
  ).exec(t);
  // ("会议新增A、B、C3家单位为副理事长单位": a seat the members take, not members.)
  const newly = new RegExp(
    `新增(?:成员)?([\\u3400-\\u9fff、]+?)(?<!第)${COUNT}家(?!(?:单位|高新区)?(?:为|担任)[^，,。；;]{0,8}?(?:理事长|理事|主席|秘书|监事|召集))`,
  ).exec(t);
  const newlyNamed = /新增([\u3400-\u9fff、]+?)为(?:新|正式)?成员(?:单位)?/.exec(t);
  // "新增4家成员单位集中签约入网，分别是A、B、C和D": the count first, the newcomers named after it.
  const counted = new RegExp(
    `新增${COUNT}家(?:新)?(?:成员(?:单位)?|国家高新区|高新区)[\\u3400-\\u9fff]{0,8}?(?:入网|入盟|加入)[^，,。；;]{0,8}[，,：:](?:分别是|分别为|即|包括)([\\u3400-\\u9fff、和]+?)(?=[。，,；;]|$)`,
  ).exec(t);
  // (the names first, as the other wordings capture them, then the count)
  const newlyCounted = counted ? ([counted[0], counted[2], counted[1]] as unknown as RegExpExecArray) : null;
  // "年会审议通过了4家新成员的入盟申请，分别是湖北的A、B，湖南的C，江西的D": counted, then named by province.
  const approvedThenNamed = new RegExp(
    `通过(?:了)?${COUNT}家新?(?:成员(?:单位)?|国家高新区|高新区)的?(?:入网|入盟|加入)申请[，,：:](?:分别是|分别为|即|包括)[：:]?([\\u3400-\\u9fff、，,和]+?)(?=[。；;]|$)`,
  ).exec(t);
  const approvedNamed2 = approvedThenNamed
    ? ([
        approvedThenNamed[0],
        // ("…分别是江西省的A、B，湖北省的C，以及湖南省的D": the provinces and 以及 are no part of the names.)
        (approvedThenNamed[2] ?? "")
          .replace(/[，,](?:以及|及|和)?/g, "、")
          .replace(/(?:^|(?<=、))[\u3400-\u9fff]{2,3}省的/g, ""),
        approvedThenNamed[1],
      ] as unknown as RegExpExecArray)
    : null;
  // "会议表决通过了A、B 2家国家高新区的入网申请", "A、B、C经年会审议同意正式入网".
  const approved = new RegExp(
    `通过了?([\\u3400-\\u9fff、]+?)等?${COUNT}家(?:国家)?(?:高新区|单位|园区)的(?:入网|入盟|加入)申请`,
  ).exec(t);
  // "A、B、C3家国家高新区的入网申请获全体成员单位同意": the approval after the application.
  const approvedAfter = new RegExp(
    `(?:^|[，,：:])([\\u3400-\\u9fff、]+?)${COUNT}家(?:国家)?(?:高新区|单位|园区)的(?:入网|入盟|加入)申请(?:获|得到|经)[^，,。；;]{0,12}?(?:同意|批准|通过)`,
  ).exec(t);
  // "A、B的入网申请也在会上获得全体成员单位表决通过": the approval after the application, the applicants named in full.
  // ("A、B的申请获得通过，两家高新区正式成为网络成员单位": an application to be a member, as the sentence says after it;
  // "A的入网申请也在本次年会上获得通过".)
  const becomesMember = /成为(?:该|本|这一)?(?:网络|联盟)?(?:的)?(?:正式)?新?成员/.test(t);
  const approvedNamed = new RegExp(
    `(?:^|[，,：:])([\\u3400-\\u9fff、]+?)的(?:入网|入盟|加入)${becomesMember ? "?" : ""}申请(?:也|亦|均)?(?:在(?:此次|本次|这次)?(?:会议|大会|年会|会)上|会上|当天)?(?:获|获得|得到|经)[^，,。；;]{0,12}?(?:同意|批准|通过)`,
  ).exec(t);
  // "审议通过A、B加入联盟的申请", "批准A入网的申请", "通过A、B的加入申请": the applicants named in full, without a count.
  const applied =
    /(?:通过|批准|同意)了?([\u3400-\u9fff、]+?)的?(?:加入(?:(?:该|本|这一)?(?:网络|联盟))?|入网|入盟)的?申请/.exec(t);
  const admitted =
    /(?:——|—|：|:|，|,|；|;)([\u3400-\u9fff、]+?)经[\u3400-\u9fff]{0,8}?(?:审议)?(?:同意|批准|通过)(?:正式)?(?:入网|入盟|加入)/.exec(
      t,
    );
  // "长沙高新区、济南高新区即日起正式成为网络成员", "珠海高新区成为网络第17家成员".
  const became =
    // ("来自山东的A和来自湖南的B，成为网络的新成员": the names, a comma, then the verb.)
    // ("A、B经申请和审议，成为网络新成员": how they were admitted, before the comma.)
    // ("A、B成为此次新增成员": the group left to the sentence's item.)
    // ("A经网络书面审议，成为2026年第一家新加入的成员": counted in its year.)
    /(?:^|[，,：:；;])([\u3400-\u9fff、]+?)(?:经[\u3400-\u9fff、]{1,10}?)?[，,]?(?:也|亦|还)?(?:在会上|在年会上|在大会上|会上|当天)?(?:即日起|今起|从即日起|自即日起)?(?:正式)?(?:成为|恢复为)(?:(?:该|本|这一)?(?:网络|联盟)(?:的)?(?:正式)?(?:第(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:家|个))?(?:正式)?新?|(?:此次|本次|这次|今年)?新增|(?:(?:19|20)\d{2}年)?第(?:\d{1,2}|[一二三四五六七八九十]{1,3})家新(?:加入|入网|入盟)的)(?:成员|一员)/.exec(
      t,
    );
  // "A是此次新加入的成员之一", "同时获批加入的还有A": a newcomer told of in a sentence of its own.
  const newcomer =
    /(?:^|[，,：:])([\u3400-\u9fff、]+?)是(?:此次|本次|这次|今年|当天)?新(?:加入|入网|入盟|吸纳)的(?:成员|成员单位|高新区)(?:之一)?/.exec(
      t,
    ) ??
    /(?:加入|入网|入盟)的(?:还有|另有|也有)([\u3400-\u9fff、]+?)(?=[，,。；;]|$)/.exec(t) ??
    // ("网络成员调整为15家，新加入的是A、B和C".)
    // ("联盟成员单位共18家，较成立时增加1家，新增的是宿州高新区".)
    // ("此次新加入网络的有A、B、C和D4家国家高新区": the group between.)
    new RegExp(
      `新(?:加入|入网|入盟|增)(?:网络|联盟)?的(?:成员(?:单位)?)?(?:是|有|为|包括)[：:]?([\\u3400-\\u9fff、]+?)(?:${COUNT}家(?:国家)?高新区)?(?=[，,。；;]|$)`,
    ).exec(t);
  // "A、B先后于7月提交入网申请，此次理事会一并审议通过": applied, then approved in the next clause.
  // ("A和B先后提出申请并经理事会同意加入": applied and approved in one; not "…申请并等待理事会审议通过".)
  const appliedThenApproved =
    /(?:^|[，,：:；;])(?:此后[，,]?)?([\u3400-\u9fff、]+?)(?:先后|已|分别|均)?(?:于[^，,。；;]{1,10}?)?(?:提交|递交|提出)(?:了)?(?:(?:入网|入盟|加入)(?:网络|联盟)?申请[，,]|申请并(?=经))[^，,。；;]{0,10}?(?:审议)?(?:通过|同意|批准)/.exec(
      t,
    );
  // "当天，A、B签署入网协议": the agreement signed is the joining.
  const signed =
    /(?:^|[，,：:；;])([\u3400-\u9fff、]+?)(?:随后|也|同时|当天|会上|在会上)?(?:正式)?(?:签署|签订)(?:了)?(?:入网|入盟|加入)协议/.exec(
      t,
    );
  // ("郑州高新区此前为网络观察员单位，…，本次年会上正式恢复为网络成员单位": the zone that opens the sentence, back.)
  const restored =
    /^([\u3400-\u9fff]{2,12}?(?:高新区|园区|示范区))[^。；;]*?(?:正式)?恢复为(?:该|本)?(?:网络|联盟)?(?:的)?(?:正式)?成员/.exec(
      t,
    );
  // "A、B、C、D4家国家高新区正式成为网络新成员" ("…三家国家高新区已于2026年5月正式成为网络成员": when, between).
  const becameCounted = new RegExp(
    `(?:^|[，,：:])([\\u3400-\\u9fff、]+?)(?<!第)${COUNT}家(?:国家)?高新区(?:即日起|今起)?(?:已经|已)?(?:于[^，,。；;]{1,14}?(?=正式|成为))?(?:正式)?成为(?:该|本|这一)?(?:网络|联盟)?(?:的)?(?:正式)?新?成员`,
  ).exec(t);
  // ("A、B加入网络，C也同步入网": each clause that tells of a join; "A于今年9月正式加入网络": when, between.)
  const entered = t.matchAll(
    /(?:^|[，,：:；;])([\u3400-\u9fff、]+?)(?:经[\u3400-\u9fff、]{1,10}[，,]|经申请|经[\u3400-\u9fff]{0,12}?(?:审议|批准|同意|表决)(?:通过)?[，,]?)?(?:同样|也|亦|还)?(?:在(?:此次|本次|这次)?(?:会议|大会|年会|会)上|会上|当天|同日|同时|同期|同步|一并|也|随后|此后|后来|相继|陆续|先后)?(?:作为新?成员(?:单位)?)?(?:于[^，,。；;]{1,12}?(?=正式|加入|入网|入盟))?(?:正式)?(?:获准|获批|经批准)?(?:以[\u3400-\u9fff]{2,10}?身份)?(?:签约|申请)?(?:加入|入网|入盟|“(?:入网|入盟)”)(?:并获(?:通过|批准|同意))?(?:了)?(?:(?:该|本|这一)?(?:网络|联盟|国家高新区)|[\u3400-\u9fff]{2,24}?(?:网络|联盟)(?=[，,。；;]|$)|(?=[，,。；;]))/g,
  );
  // "同一天获批加入的，还有A、B，以及来自江苏的C": those who joined, named after a cleft.
  // (Granted, said so: not "正在申请加入网络的，还有…", "此次未能加入网络的，还有…".)
  const joinedCleft =
    /(?<![未没不能拟想要请])(?:获批|获准|批准)(?:加入|入网|入盟)(?:网络|联盟)?的[，,]?(?:还有|是|有)([\u3400-\u9fff、，,]+?)(?=[。；;]|$)/.exec(
      t,
    );
  const cleftListed = joinedCleft
    ? ([joinedCleft[0], (joinedCleft[1] ?? "").replace(/[，,](?:以及|及|和)?/g, "、")] as unknown as RegExpExecArray)
    : null;
  // "成员由12家增至15家", "成员单位由2024年10月成立时的9家增至10家", "成员总数从成立时的14家增加到17家", "由成立时的
  // 十三家扩至三省十七家".
  // ("由成立时的10家国家高新区和1家省级高新区增至13家": the count before in two parts; "由成立时的11家（10家国家高新区
  // 和…1家省级高新区）增至14家": with its parts in brackets.)
  // ("调整后，网络成员为11家": the count a change left, said plainly after it.)
  const growing =
    new RegExp(
      `成员(?:单位)?(?:数量|总数)?(?:(?:由|从)[^，,。；;]{0,16}?${COUNT}家(?:(?:国家|省级)?高新区(?:和|及|、)${COUNT}家(?:国家|省级)?高新区)?(?:[（(][^（）()]{0,40}[）)])?)?(?:由此|随之|相应)?(?:(?:增|扩)(?:加|展|容|大)?(?:至|到)|达到|变为|调整为|减少(?:至|到|为)|减(?:至|为))(?:[两二三四五六七八九十]省)?${COUNT}家`,
    ).exec(t) ??
    // (Not when the members follow: "调整后，网络成员共14家，分别为：…" is a member list, read as one.)
    new RegExp(
      `^(?:调整后|变动后|至此)[，,]?(?:网络|联盟)?成员(?:单位)?(?:总数|数量)?(?:为|共)()()${COUNT}家(?![，,]?(?:分别|具体|包括|名单|如下|即)|[：:])`,
    ).exec(t);
  const previousCount = growing?.[1]
    ? (countOf(growing[1]) ?? 0) + (growing[2] ? (countOf(growing[2]) ?? 0) : 0)
    : undefined;
  // (A province's members counted is not the group's: "联盟在湖北省的成员单位增至2家", "湖北成员增至2家"; nor a
  // region's.)
  // ("陕南成员增至2家" heading its paragraph, "联盟在陕南的成员单位增至2家": a part named before the members.)
  const before = t.slice(0, growing?.index ?? 0);
  const ofPart =
    new RegExp(`(?:${PROVINCES.join("|")})(?:省|市|自治区)?的?$`).test(before) ||
    /在[\u3400-\u9fff]{2,6}的$/.test(before) ||
    // ("至此，运载火箭及动力系统板块成员增至6家": a part of the chain's members.)
    // ("调整后，整机研制组成员增至7家": a group of the members' own; "该组由我区和A…组建，…成员增至5家": its subject.)
    /(?:板块|环节|片区|地区|方向|专业组|工作组|组)的?$/.test(before) ||
    /^(?:该|这个|这一)(?:专业|工作)?组/.test(t) ||
    (/^[\u3400-\u9fff]{2,3}$/.test(before) && !/网络|联盟|全体|现有|首批|目前|总|共|新/.test(before));
  // ("力争到2028年网络成员单位达到20家": a target, not the count now.)
  const planned = growing ? PLANNED.test(before) || /力争|目标|到(?:19|20)\d{2}年/.test(before) : false;
  const grow = growing && !ofPart && !planned ? growing : null;
  for (const [m, bare, nAt] of [
    [absorb, false, -1],
    [absorbCounted, true, 2],
    [newListed, false, newTotal ? 2 : -1],
    [joined, true, 2],
    [newly, true, 2],
    [newlyNamed, false, -1],
    [newlyCounted, false, 2],
    [approvedNamed2, false, 2],
    [newlyBare, false, -1],
    ...[...entered].map((m) => [m, false, -1] as const),
    [approved, true, 2],
    [approvedAfter, true, 2],
    [applied, false, -1],
    [approvedNamed, false, -1],
    [became, false, -1],
    [becameCounted, true, 2],
    [restored, false, -1],
    [admitted, false, -1],
    [signed, false, -1],
    [newcomer, false, -1],
    [appliedThenApproved, false, -1],
    [cleftListed, false, -1],
  ] as const) {
    if (!m) continue;
    // "欢迎更多沿黄高新区加入": an invitation, not a join.
    if (
      /(?:欢迎|邀请|吸引|鼓励|希望|期待|争取)[^，,。；;]*$/.test(
        t.slice(0, m.index + m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length),
      )
    )
      continue;
    // "下一步，网络拟新加入的成员包括A", "有意向新加入的有A", "申请新加入的是A，目前正在审核": planned or pending, not
    // joined (the clause up to the join, and the rest of the sentence for a pending review).
    const clauseStart = Math.max(0, ...[..."，,；;：:。"].map((x) => t.lastIndexOf(x, m.index) + 1));
    if (JOIN_PLANNED.test(t.slice(clauseStart, m.index + m[0].length)) || NOT_DONE.test(t)) continue;
    // A join is one only as the rest of its own clauses says: not while they leave it open ("我区申请加入X网络事宜正在与
    // 牵头单位沟通对接，尚未最终确定", "X加入网络事宜尚未最终确定") without granting it, nor when they turn it down
    // ("…，决定暂不吸纳"); what is said after of another zone ("，此外，C高新区正在洽谈…") is not this one's.
    // ("会议同意A加入网络，其具体所属产业链环节尚未确定": granted before it, in its clause.)
    const grantedBefore = GRANTED.test(`${t.slice(clauseStart, m.index)}${m[0]}`);
    if (!grantedBefore && !joinStands(ownClauses(t.slice(m.index + m[0].length)))) continue;
    // ("A、B…6家国家高新区作为首批成员加入网络": the founding members, not a change; members.ts reads them.)
    if (/首批|创始/.test(m[0].slice(m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length))) continue;
    const raw = (m[1] ?? "")
      .replace(/^.*(会议|大会|正式|此次|审议|通过|批准|同意|表决|确认|宣布|决定)/, "")
      // "随着天津滨海、青岛两家北方高新区的加入": the preposition that opens the clause is no part of a name.
      .replace(/^(?:随着|伴随着?|由于|因为|鉴于|经过)/, "")
      .replace(/(?:正式|获准|获批|经批准|签约)+$/, "")
      // "来自河南的焦作高新区、来自山东的德州高新区正式加入": where each comes from is not its name.
      .replace(/(^|、|和)来自[\u3400-\u9fff]{2,3}?(?:省|市|自治区)?的/g, "$1")
      // "贵州的贵阳高新区": the province said before the name is no part of it.
      .replace(PROVINCE_OF, "$1")
      // "以光通信器件见长的福州高新区正式加入网络": a clause that describes the first zone is not its name.
      .replace(/^[^、]*的(?=[\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区)(?:、|$))/, "");
    // ("A、B两家省级高新区正式加入联盟": the newcomers' level, as the list calls them.)
    const level = /省级(?:高新区|园区)/.test(m[0].slice(m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length))
      ? "provincial"
      : "national";
    const list = resolveList(doc, s, raw, { bare, level });
    if (!list) continue;
    if (nAt > 0 && countOf(m[nAt] ?? "") !== list.zones.length) continue;
    for (const z of list.zones) if (!added.includes(z)) added.push(z);
    listEvidence = true;
  }
  // "郑州高新区退出网络", "…因故退出联盟": a member that leaves.
  // A member that leaves: each wording is tried until one names zones.
  const leaving = [
    // ("会议同意A暂时退出网络": leaving for now is leaving; "A已于今年3月退出网络", "A主动申请退出，理事会予以同意": when, and
    // the group left unsaid at the clause's end; "A退网".)
    /(?:^|[，,：:])(?:因[^，,。]{1,10}[，,])?([\u3400-\u9fff、]+?)(?:已|正式|主动|暂时|暂)?(?:于[^，,。；;]{1,12}?)?(?:正式)?(?:申请)?(?:退出(?:了)?(?:(?:该|本|这一)?(?:网络|联盟)|(?=[，,。；;]|$))|退网|退盟)/,
    // "A因…调整，经理事会同意退出网络", "A因…调整，主动申请退出网络", "A则因…调整，申请转为观察员单位", "A因发展方向调整不再作为网络成员单位" (no comma), "A因…，申请不再作为网络成员单位", "A因…调整，不再列为网络成员单位", "A因…调整，经申请不再作为网络成员单位",
    // "A因…调整，由(正式)成员(单位)转为观察员单位" (no member any more; "…，自即日起转为网络观察员单位"): the reason (and the approval or the
    // application) between the zone and the verb.
    // ("A因…调整，发展重心转向…，主动申请退出网络": a second clause of the reason may follow; "A因…调整，此前已书面
    // 申请退出网络，会议对此予以确认": an application made before; "A因…调整，此前提出不再作为网络成员单位，会议予以
    // 同意": proposed.)
    /(?:^|[，,：:；;。])([\u3400-\u9fff]{2,12}?(?:高新区|园区|示范区))(?:则|也|亦)?(?:因|由于|鉴于|结合|根据|基于)(?:[^，,。]{1,40}[，,](?:[^，,。；;]{2,30}[，,]){0,2}?|[^，,。；;]{2,16}?(?=不再|退出|申请退出))(?:经[^，,。；;]{1,24}[，,]|经[^。；;]{0,20}?(?:同意|批准|申请)[，,]?)?(?:自[^，,。；;]{1,14}?起|于[^，,。；;]{1,12}?(?=正式|退出|不再))?(?:此前|先前|早前)?(?:已经|已)?(?:书面|主动|正式)?(?:申请|提出)?(?:退出(?:(?:该|本|[\u3400-\u9fff]{2,12}?)?(?:网络|联盟)|(?=[，,。；;]|$))|不再(?:是|作为|担任|列为|列入|属于)(?:(?:该|本)?(?:网络|联盟))?(?:的)?(?:正式)?成员|由(?:正式)?成员(?:单位)?(?:转为|调整为|改为)观察员|(?:转为|转成)(?:网络|联盟)?观察员)/,
    // "同意A因产业布局调整退出联盟", "A因产业发展重心调整申请退出。": the reason between the zone and the verb,
    // without a comma; the group named after the verb, or the clause ending there.
    /([\u3400-\u9fff]{2,12}?(?:高新区|园区|示范区))因[^，,。；;]{1,20}?退出(?:(?:该|本)?(?:网络|联盟)|(?=[，,。；;]|$))/,
    // "A因主导产业调整，…，提出退出网络申请，会议予以同意": an application to leave, granted in the sentence.
    // ("A因…调整，向网络秘书处提交了退出申请，会议研究后予以同意": to whom it applied, before the verb; "A因…调整，已于
    // 今年3月向网络秘书处提交退出申请，年会对此予以确认": when, and the meeting confirming it; "此前已提出退出申请".)
    /(?:^|[，,：:；;。])([\u3400-\u9fff]{2,12}?(?:高新区|园区|示范区))(?:因|由于|鉴于)[^。；;]{1,60}?[，,](?:此前|先前|早前)?(?:已经|已)?(?:于[^，,。；;]{1,12}?)?(?:向[^，,。；;]{1,12}?)?(?:提出|递交|提交)(?:了)?退出(?:该|本)?(?:网络|联盟)?(?:的)?申请[，,][^，,。；;]{0,8}?(?:予以|表示)?(?:同意|批准|通过|确认)/,
    // "A即日起不再是网络成员单位", "A经申请不再作为网络成员单位", "A不再列为网络成员单位".
    /(?:^|[，,：:])([\u3400-\u9fff、]+?)(?:经[\u3400-\u9fff]{1,10}?)?(?:即日起|自即日起|今后)?(?:主动)?(?:申请)?不再(?:是|作为|列为|列入|属于)(?:(?:该|本)?(?:网络|联盟))?(?:的)?(?:正式)?成员/,
    // "A由成员单位转为观察员单位": no longer a member, an observer instead (or a liaison, a partner).
    // ("A则申请由成员单位转为观察员单位": a member that asks to step down to an observer, told as done; not "…，该申请将
    // 提交下次理事会审议", still pending: REQUEST_PENDING below.)
    /(?:^|[，,：:])([\u3400-\u9fff、]+?)(?:则|也|还|亦)?(?:已|正式)?(?:主动)?(?:申请|提出)?由(?:正式)?成员(?:单位)?(?:转为|转成|调整为|改为)(?:观察员|联络|联系|合作伙伴)(?:单位)?/,
    // "因…调整，A申请转为网络观察员单位，不再列为正式成员": a member that becomes an observer, said without 由成员, and
    // no longer a member in the same sentence (an application alone may wait: "…，理事会表示将在下次会议上研究").
    // (Not a topic, "关于A转为观察员一事", nor a time after it, "转为观察员后，A仍可…".)
    /(?:^|[，,：:])(?!关于|对于|至于)([\u3400-\u9fff、]+?(?:高新区|园区|示范区))(?:则|也|还|亦)?(?:已|正式)?(?:主动)?(?:申请|提出)?(?:转为|转成|改为|调整为)(?:该|本)?(?:网络|联盟)?(?:的)?观察员(?:单位)?(?![\u3400-\u9fff]{0,2}(?:一事|后|的))(?=[^。；;]*?不再(?:列为|作为|是|计入|属于)(?:(?:该|本)?(?:网络|联盟))?(?:的)?(?:正式)?成员)/,
    // "会议同意了A提出的退出申请", "审议通过了A的退出申请".
    // ("同意A因产业布局调整提出的退出申请": the reason between.)
    /(?<![未没不])(?:同意|批准|通过)了?([\u3400-\u9fff、]+?)(?:(?:因|由于|鉴于)[\u3400-\u9fff]{1,16}?)?(?:提出|递交|提交)?的退出(?:申请|请求)/,
    // "会议同意A不再保留网络成员资格"; "另外，A不再保留成员单位身份，改为以观察员身份参与网络活动".
    /(?:^|[，,：:]|同意|批准)([\u3400-\u9fff、]+?)(?:即日起|自即日起)?不再保留(?:(?:该|本)?(?:网络|联盟))?(?:的)?成员(?:单位)?(?:资格|身份)/,
  ];
  // "A自本次会议起不再作为网络成员单位": from when, said of "网络" only — read only where the item is about one group
  // (in a piece about several, "网络" may be another's).
  if (doc.groupsOfItem(s.item).length === 1) leaving.push(FROM_NOW_ON);
  const removed: string[] = [];
  for (const re of leaving) {
    const m = re.exec(t);
    // ("郑州高新区退网的传闻不实", "申请退出，理事会未予同意", "…调整为联络单位的提议未获通过": no leaving.)
    if (!m || plannedLeaving(t, m) || LEAVING_DENIED.test(t) || REQUEST_PENDING.test(t)) continue;
    // "…，同意A退出网络": the approval before the one who leaves is not part of its name.
    // ("会议同意了A退出网络的申请": 了 after the approval too.)
    const raw = (m[1] ?? "").replace(/^.*(?:会议|审议|同意|批准)了?/, "");
    const list = resolveList(doc, s, raw, { bare: false, level: "national" });
    if (list) {
      removed.push(...list.zones);
      break;
    }
  }
  // "A成为网络第17家成员": the count after the one who joined.
  const nth =
    listEvidence && !grow
      ? /成为[^，,。；;]{0,8}?第(\d{1,2}|[一二三四五六七八九十]{1,3})(?:家|个)(?:正式)?新?成员/.exec(t)
      : null;
  // (No wording reader read who: the zones named before the count, taken when the count checks them.)
  let countedEvidence: Evidence | undefined;
  const after = countOf(grow?.[3] ?? "");
  const group = changedGroup(doc, s);
  const read =
    grow && group && after !== undefined && !listEvidence && removed.length === 0
      ? countedChange(doc, s, group, marked + grow.index, { before: previousCount, after })
      : undefined;
  if (read) {
    added.push(...read.added);
    removed.push(...read.removed);
    listEvidence = read.added.length > 0;
    countedEvidence = read.evidence;
  }
  // ("由A、B、C三家发起，D…随后加入，网络成员达到8家": a founding told with its initiators, the whole list.)
  const founders =
    grow && group && after !== undefined && previousCount === undefined && removed.length === 0
      ? initiators(doc, s, t, group, added, after)
      : [];
  if (group && founders.length > 0) {
    pushWholeList(doc, group, [...founders, ...added], doc.ev(s));
    return;
  }
  if (!listEvidence && !grow && removed.length === 0) return;
  if (!group) return;
  // ("6月18日，A和B…正式加入联盟；11月20日的联盟年会上，C也成为联盟一员": a change a dated part, each on its day.)
  const parts = grow || removed.length > 0 ? undefined : datedParts(doc, s, added);
  if (parts) {
    for (const part of parts)
      doc.claims.push({
        type: "change",
        group,
        added: part.zones,
        removed: [],
        date: part.date,
        evidence: doc.ev(s, part.from, part.to),
      });
    return;
  }
  // A date inside "由2024年10月成立时的9家" is the earlier count's, not the change's.
  const dated = changeDate(doc, s, grow ? marked + grow.index : s.text.length);
  doc.claims.push({
    type: "change",
    group,
    added,
    removed,
    newCount: grow ? countOf(grow[3] ?? "") : nth ? countOf(nth[1] ?? "") : undefined,
    previousCount: grow ? previousCount : undefined,
    date: dated?.date,
    evidence: countedEvidence ?? doc.ev(s),
    dateEvidence: dated?.evidence,
  });
}

/**
 * The joins of a sentence told in parts apart by semicolons, each opening with its own date: the zones of each part
 * (by their short names) with its day. Undefined unless every zone joined is in exactly one part and there are two
 * parts or more.
 */
function datedParts(doc: Doc, s: Sentence, added: string[]) {
  const parts = clauses(s);
  if (parts.length < 2 || added.length < 2) return undefined;
  const short = (z: string) => doc.names.nameOf(z)?.replace(/(?:高新区|示范区|工业园区|园区)$/, "") ?? "";
  if (added.some((z) => short(z).length < 2)) return undefined;
  const out: { zones: string[]; date: ResolvedDate; from: number; to: number }[] = [];
  for (const p of parts) {
    const text = s.text.slice(p.from, p.to);
    const zones = added.filter((z) => text.includes(short(z)));
    if (zones.length === 0) continue;
    // (The part's date opens it, after a speaker's name maybe: "6月18日，…", "11月20日的联盟年会上，…", "秘书长：6月12日，…".)
    const opening = /^[\u3400-\u9fff]{1,8}[：:]/.exec(text)?.[0].length ?? 0;
    const d = findDates(text).find((x) => x.start <= opening + 1);
    const date = d ? doc.resolve(s, { ...d, start: d.start + p.from, end: d.end + p.from }) : null;
    if (!date) return undefined;
    out.push({ zones, date, from: p.from + opening, to: p.to });
  }
  const all = out.flatMap((x) => x.zones);
  if (out.length < 2 || all.length !== added.length || new Set(all).size !== all.length) return undefined;
  return out;
}

/**
 * The group a change is of: the first the sentence names, not in passing ("…申请退出网络，…其在稀土新材料领域的合作将
 * 依托Y网络继续推进": Y is not the one left), else the one the item is about.
 */
function changedGroup(doc: Doc, s: Sentence) {
  return (doc.mentions[s.index] ?? []).find((m) => !passing(s, m)) ?? doc.anaphor(s);
}

/** "新加入的四家中，湖北一家（荆州高新区），…江西两家（赣州高新区、吉安高新区）": the newcomers by province, counted. */
const NEWCOMERS_COUNTED = new RegExp(
  `新(?:加入|增|吸纳|入盟|入网)(?:联盟|网络)?的${COUNT}家(?:新)?(?:成员(?:单位)?|国家高新区|高新区)?中[，,：:]`,
);
const PROVINCE_COUNTED = new RegExp(`(?:${PROVINCES.join("|")})(?:省|自治区)?${COUNT}家[（(]([^）)]+)[）)]`, "g");

/** The newcomers by province as a list read like "新加入的4家分别是…" (whole, text, count), when every count adds up. */
function newcomersByProvince(t: string): RegExpExecArray | null {
  const m = NEWCOMERS_COUNTED.exec(t);
  if (!m) return null;
  const rest = /^[^。；;]*/.exec(t.slice(m.index + m[0].length))?.[0] ?? "";
  const parts = [...rest.matchAll(PROVINCE_COUNTED)].map((p) => ({
    n: countOf(p[1] ?? ""),
    names: (p[2] ?? "").split("、"),
  }));
  const total = countOf(m[1] ?? "");
  if (parts.length === 0 || parts.some((p) => p.n !== p.names.length)) return null;
  if (parts.reduce((sum, p) => sum + p.names.length, 0) !== total) return null;
  const whole = Object.assign([`${m[0]}${rest}`, parts.flatMap((p) => p.names).join("、"), m[1] ?? ""], {
    index: m.index,
  });
  return whole as unknown as RegExpExecArray;
}

/** A request said to be still before the council ("该申请将提交下次理事会审议", "待理事会审议"). */
export const REQUEST_PENDING =
  /申请(?:将|尚|待|正在)|(?:提交|提请|报请)[^。；;]{0,12}?审议|待[^。；;]{0,8}?审议|尚未(?:审议|批准|通过)|正在审核/;

/** A comma between a zone's name and the next province's zones. */
/**
 * "荆州高新区（湖北）、常德高新区（湖南）、吉安高新区和鹰潭高新区（江西）4家…正式加入": the province in brackets after a
 * name is no part of it; read as as many 、 (an empty item), so the offsets hold.
 */
const PROVINCE_BRACKET = new RegExp(`(?<=高新区|示范区|工业园区)（(?:${PROVINCES.join("|")})(?:省|市|自治区)?）`, "g");
const PROVINCE_GROUP_COMMA = new RegExp(
  `(?<=高新区|示范区|工业园区)[，,](?=(?:${PROVINCES.join("|")})(?:省|市|自治区)?[\\u3400-\\u9fff]{2,10}?(?:高新区|示范区|工业园区))`,
  "g",
);

/** A seat's holders that grew ("副理事长单位由…2家增至4家", "常务理事单位增至9家"). */
const SEAT_GREW =
  /(?:理事长|主席|理事|秘书长|监事|召集)单位(?:由[^，,。；;]{0,40}?)?(?:增至|增加到|扩大到)[\d一二两三四五六七八九十]{1,3}家/;

/** "本次年会上，3家新成员正式加入：": newcomers counted, then listed a line each. */
// ("会上，网络正式吸纳4家新成员单位，分别是：")
/** A province said before a name ("贵州的贵阳高新区", "…和湖南的长沙高新区"). */
const PROVINCE_OF = new RegExp(`(^|、|和)(?:${PROVINCES.join("|")})(?:省|自治区)?的`, "g");

// ("新加入的4家高新区分别是：", "新加入网络的三家国家高新区分别是：": the newcomers named as such, then counted.)
// ("审议通过了3家高新区的入网申请，新成员分别是：": the applicants counted as zones, then named "new members".)
const JOIN_BLOCK = new RegExp(
  `(?:${COUNT}家新?成员(?:单位)?(?:正式)?(?:加入|入网)(?:网络|联盟)?|(?:吸纳|吸收|接纳)${COUNT}家新成员(?:单位)?[，,]?(?:分别是|分别为|包括|如下)|新(?:加入|入网|入盟)(?:网络|联盟)?的${COUNT}家(?:国家)?(?:高新区|成员(?:单位)?)(?:分别是|分别为|包括|如下|为|是)?|通过(?:了)?${COUNT}家(?:新?成员(?:单位)?|(?:国家)?高新区)的?(?:入网|入盟|加入)申请[，,]?(?:新成员(?:单位)?)?(?:分别是|分别为|包括|如下))[：:]$`,
);
/** "经网络理事会表决，以下高新区正式加入网络：", "新成员名单如下：": newcomers listed a line each, not counted yet. */
const JOIN_BLOCK_UNCOUNTED =
  /(?:以下|下列)(?:[\d一二三四五六七八九十]{1,2}家)?(?:国家)?(?:高新区|单位|园区)(?:正式)?(?:加入|入网|入盟|成为(?:网络|联盟)?(?:的)?(?:新|正式)?成员(?:单位)?)(?:网络|联盟)?[：:]$|新(?:加入的)?成员(?:单位)?(?:名单)?如下[：:]$/;
/** The most newcomers read from lines not counted before them. */
const MAX_LISTED = 30;
/** The mark that opens an item of a list: a dash, a bullet or a number. */
const LIST_MARK = /^(?:——|—|[-•·▶■]|\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*/;
/** A line of such a list: the mark, then the zone's name ("——福州高新区，在光通信器件…"). */
// ("1. 武汉东湖新技术开发区": a zone by its full official name.)
export const LISTED_LINE = new RegExp(
  `${LIST_MARK.source}([\\u3400-\\u9fff]{2,16}?(?:高新区|示范区|工业园区|新技术开发区|高新技术产业开发区))`,
);

/**
 * Newcomers counted, then listed a line each ("3家新成员正式加入：" then "——福州高新区，…；", "会议审议通过三家新成员
 * 入网申请，分别是：" then "1. 深圳高新区；"): a join of exactly
 * that many, each line opening with its zone's full name. True when read.
 */
function joinedAsBlock(doc: Doc, s: Sentence): boolean {
  const m = JOIN_BLOCK.exec(s.text);
  const uncounted = m ? undefined : JOIN_BLOCK_UNCOUNTED.exec(s.text);
  const told = m ? countOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "") : undefined;
  const at = m?.index ?? uncounted?.index;
  if (at === undefined || (m && told === undefined) || PLANNED.test(s.text.slice(0, at))) return false;
  const rollback = doc.names.mark();
  const added: string[] = [];
  let last = s;
  for (let i = s.index + 1; i < doc.sentences.length && added.length < (told ?? MAX_LISTED); i++) {
    const line = doc.sentences[i] as Sentence;
    const item = LISTED_LINE.exec(line.text);
    const zone = item ? doc.names.zone(item[1] ?? "", { evidence: doc.ev(line) }) : undefined;
    if (!zone || added.includes(zone)) break;
    added.push(zone);
    last = line;
  }
  // Not counted before the lines: the sentence after them must count them ("以上4家高新区加入后，网络成员由11家增至15家").
  const n = told ?? countAfter(doc.sentences[last.index + 1]);
  return joinedOver(doc, s, last, added.length === n ? added : [], rollback);
}

/** How many joined, as the sentence after a list of newcomers counts them ("以上4家…", "成员由11家增至15家"). */
function countAfter(s: Sentence | undefined): number | undefined {
  const above = s ? new RegExp(`^(?:以上|上述)${COUNT}家`).exec(s.text) : null;
  if (above) return countOf(above[1] ?? "");
  const reached = s ? COUNT_REACHED.exec(s.text) : null;
  return reached ? (countOf(reached[2] ?? "") ?? 0) - (countOf(reached[1] ?? "") ?? 0) : undefined;
}

/**
 * The join told from `s` to `last` (the newcomers `added`, none when they were not read whole): a change of the
 * group `s` is about, dated as `s` is. True when claimed; else the names read are rolled back.
 */
function joinedOver(doc: Doc, s: Sentence, last: Sentence, added: string[], rollback: () => void): boolean {
  const group = changedGroup(doc, s);
  if (added.length === 0 || !group) {
    rollback();
    return false;
  }
  const dated = changeDate(doc, s, s.text.length);
  doc.claims.push({
    type: "change",
    group,
    added,
    removed: [],
    date: dated?.date,
    evidence: doc.evSpan(s, 0, last, last.text.length),
    dateEvidence: dated?.evidence,
  });
  return true;
}

/** "会上，3家国家高新区正式加入网络", "大会审议通过了3家高新区的入网申请": joins counted, none named. */
const JOINS_COUNTED = new RegExp(
  `(?:^|[，,：:])(?:会上|会议|大会|年会|本次|此次|当天)?[^，,。；;、]{0,8}?(?:通过了?)?${COUNT}家(?:国家)?高新区(?:(?:正式)?(?:加入|入网|入盟)(?:网络|联盟)?|的(?:入网|入盟|加入)申请)[。]?$`,
);
/** A clause that opens with the zones it tells of joining ("济南高新区是其中之一", "长沙高新区也…正式入网",
 *  "重庆高新区的申请同样获得通过", "A和B则在年会现场签署了入网协议"), its province maybe said first ("湖北的A在会上
 *  正式成为联盟成员", "湖南方面，B也在此次获批加入", "江西C的入盟申请同样获得通过"). */
const JOINER_CLAUSE = new RegExp(
  `^(?:(?:${PROVINCES.join("|")})(?:省|市|自治区)?(?:方面|那边|这边)?[，,的])?([\\u3400-\\u9fff、]{2,40}?(?:高新区|园区|示范区))(?=是|也|则|的|同样|随后|亦|在|[，,])[^。；;]*?(?:其中之一|加入|入网|入盟|申请|签署|签订|成为)`,
);
/** The count a membership reached ("至此，网络成员单位由成立时的11家增加到14家"). */
const COUNT_REACHED = new RegExp(
  `成员(?:单位)?(?:数量|总数)?(?:由|从)[^，,。；;]{0,16}?${COUNT}家(?:增|扩)(?:加|展|容|大)?(?:至|到)${COUNT}家`,
);

/** "此次加入的三家国家高新区中，": the newcomers counted, each told in a clause of its own after it. */
const AMONG_JOINED = new RegExp(
  `(?:^|[，,：:])(?:此次|本次|这次|今年|新)?(?:新)?(?:加入|入网|入盟)(?:网络|联盟)?的${COUNT}家(?:国家)?(?:高新区|成员单位|成员)(?:中|里|当中)[，,]`,
);

/**
 * "此次加入的三家国家高新区中，南京高新区以…见长；襄阳高新区依托…；安阳高新区则是…之一。": the newcomers, each opening
 * a clause after the count, as many as counted (the proof). True when claimed.
 */
function newcomersDescribed(doc: Doc, s: Sentence): boolean {
  const m = AMONG_JOINED.exec(s.text);
  const n = m ? countOf(m[1] ?? "") : undefined;
  if (!m || n === undefined || PLANNED.test(s.text.slice(0, m.index))) return false;
  const rollback = doc.names.mark();
  const added: string[] = [];
  for (const clause of s.text.slice(m.index + m[0].length).split(/[；;]/)) {
    // (A zone by its full name, known or new: "安阳高新区则是…".)
    const name = /^([\u3400-\u9fff]{2,10}?(?:高新区|示范区|工业园区))/.exec(clause)?.[1];
    const zone = name ? doc.names.zone(name, { evidence: doc.ev(s) }) : undefined;
    if (!zone || added.includes(zone)) break;
    added.push(zone);
  }
  return joinedOver(doc, s, s, added.length === n ? added : [], rollback);
}

/**
 * Joins counted in one sentence, the newcomers told clause by clause in the sentences after, and the count they
 * brought the membership to ("大会审议通过了3家高新区的入网申请。济南高新区是其中之一，…。长沙高新区也在本次大会上
 * 正式入网。重庆高新区的申请同样获得通过。至此，网络成员单位由成立时的11家增加到14家。"): exactly that many zones,
 * each opening a clause that tells of its joining, and a count that grew by that many. True when read.
 */
function joinsToldAfter(doc: Doc, s: Sentence): boolean {
  const m = JOINS_COUNTED.exec(s.text);
  const n = m ? countOf(m[1] ?? "") : undefined;
  if (!m || n === undefined || PLANNED.test(s.text)) return false;
  const rollback = doc.names.mark();
  const added: string[] = [];
  let last: Sentence | undefined;
  // (Proven only by the count the joins brought: it grew by as many as were told.)
  let proven = false;
  for (let i = s.index + 1; i < doc.sentences.length && i <= s.index + n + 1; i++) {
    const next = doc.sentences[i] as Sentence;
    if (next.item !== s.item) break;
    const reached = COUNT_REACHED.exec(next.text);
    if (reached) {
      const grew = (countOf(reached[2] ?? "") ?? 0) - (countOf(reached[1] ?? "") ?? 0);
      proven = added.length === n && grew === n;
      break;
    }
    for (const clause of next.text.split(/[；;]/)) {
      const told = JOINER_CLAUSE.exec(clause);
      const list = told ? resolveList(doc, next, told[1] ?? "", { bare: false, level: "national" }) : undefined;
      for (const z of list?.zones ?? []) if (!added.includes(z)) added.push(z);
      if (list) last = next;
    }
  }
  return joinedOver(doc, s, last ?? s, proven ? added : [], rollback);
}

/**
 * A leaving that is only planned: a plan said before the one who leaves, or between it and the verb outside its
 * reason ("会议将审议A退出…", "A拟申请退出"; not "A因…调整，拟将资源集中投向…，经本单位申请，不再作为网络成员单位",
 * whose plan is the zone's own).
 */
function plannedLeaving(t: string, m: RegExpExecArray): boolean {
  const zoneAt = m.index + m[0].indexOf(m[1] ?? "");
  // (A wording with neither verb, "A由正式成员调整为观察员单位": up to its end, not the clauses after it, "今后将…".)
  const verb = m[0].search(/(?:申请)?(?:退出|不再)[^退不]*$/);
  const verbAt = m.index + (verb >= 0 ? verb : m[0].length);
  const between = t.slice(zoneAt + (m[1] ?? "").length, verbAt).replace(/^(?:因|由于|鉴于|结合|根据|基于).*[，,]/, "");
  // "因园区主导产业调整，今后将集中资源发展…，A主动申请退出网络": a reason before the zone may state a plan.
  // (Only its own part of the sentence: "常州将轮值主席单位交接给合肥；…，株洲因…退出网络" plans nothing of 株洲.)
  const before = t
    .slice(0, zoneAt)
    .replace(/^.*[；;]/, "")
    .replace(/(?:^|[，,：:；;])(?:因|由于|鉴于)[^。；;]*$/, "");
  return PLANNED.test(before) || PLANNED.test(between);
}

/** A leaving denied, refused, proposed or said of something else. */
const LEAVING_DENIED =
  /传闻|不实|否认|未予(?:同意|批准|通过)|(?:暂未|尚未|没有|未)(?:同意|批准|通过)|未获(?:通过|同意|批准)|不予(?:同意|批准)|(?:没有|未|从未|不会)退出|仍是(?:网络|联盟)?(?:的)?成员|提议|一度考虑/;

/** A join not done yet: planned (not "会议同意将A吸纳为新成员", done), an intent, a review under way. */
const JOIN_PLANNED = /拟|计划|有望|预计|准备|筹划|酝酿|争取|将于|将在|下一步/;
const NOT_DONE = /意向|有意|正在审核|审核中|待审|尚未(?:通过|批准|审议)/;
/** After an application, what leaves it open ("…事宜正在与牵头单位沟通对接，尚未最终确定", "…能否获批尚未确定")… */
const STILL_OPEN =
  /尚未(?:最终)?(?:确定|获批|获准|批复|审议)|能否(?:加入|获批|入网|入盟)|正在[^。；;]{0,24}?(?:沟通|对接|洽谈|协商|审核|审批|研究)|提交[^。；;]{0,12}?(?:审议|研究|表决)|尚待|(?<![期等])待[^。；;]{0,12}?(?:审议|表决|研究|批准)|^事宜/;
/** …or turns it down, for now or for good ("经会议审议，决定暂不吸纳"): the answers read applications by it too. */
export const TURNED_DOWN = /(?:暂不|不予|不再)(?:吸纳|接纳|同意|批准|通过|接收|考虑)|未(?:获|予)(?:通过|批准|同意)/;
/** …unless it was granted ("…事宜经会议审议通过"). */
const GRANTED = /通过|同意|批准|获批|获准|正式成为|正式加入/;

function joinStands(own: string): boolean {
  if (TURNED_DOWN.test(own)) return false;
  const granted = GRANTED.test(own.replace(/(?:尚未|未|能否|是否|尚待|待)(?:最终)?(?:获批|获准|批准|通过|同意)/g, ""));
  return granted || !STILL_OPEN.test(own);
}

/** The clauses after a join up to the sentence's end or one about another zone or another matter ("此外", "对…的申请"). */
function ownClauses(after: string): string {
  const [first = "", ...rest] = (after.split(/[。；;]/)[0] ?? "").split(/[，,]/);
  const other = rest.findIndex((x) =>
    /^(?:此外|另外|其他|其余|同时|对|而|但)|[\u4e00-\u9fff]{2,8}(?:高新区|示范区|园区)/.test(x),
  );
  return [first, ...(other < 0 ? rest : rest.slice(0, other))].join("，");
}

/** "A自本次会议起不再作为网络成员单位": a member no more from now on (not "自下一年度起", still to come). */
const FROM_NOW_ON =
  /(?:^|[，,：:。])([\u3400-\u9fff、]+?)自(?:本次|此次|这次|即日|今日|会议之日)[\u3400-\u9fff]{0,4}?起(?:主动)?不再(?:是|作为|列为|列入|属于)(?:(?:该|本)?(?:网络|联盟))?(?:的)?(?:正式)?成员/;

/** The date of a change: one in the sentence, else the one leading the paragraph's earlier sentence. */
export function changeDate(doc: Doc, s: Sentence, upTo: number): { date: ResolvedDate; evidence?: Evidence } | null {
  // A date said of the founding ("2024年11月在无锡成立的网络") is not the change's.
  const founding = /^(?:在[\u3400-\u9fff]{1,10})?(?:成立|启动|组建|揭牌)/;
  // (…nor one whose part of the sentence tells the founding: "今年3月27日，…在南昌高新区发起成立联盟；7月，…加入联盟".)
  const foundingPart = (end: number) => {
    const part = s.text.slice(end).split(/[；;。]/)[0] ?? "";
    return /成立|启动|组建/.test(part) && !/加入|入网|入盟|吸纳|新增|退出/.test(part);
  };
  const dates = findDates(s.text.slice(0, upTo)).filter(
    (d) => !founding.test(s.text.slice(d.end)) && !foundingPart(d.end),
  );
  // ("今年3月27日，…发起成立联盟；7月，荆州高新区、常德高新区加入联盟": the date of the part that tells the join.)
  const joined = /加入|入网|入盟|吸纳|新增|退出/.exec(s.text.slice(0, upTo));
  const partStart = joined ? s.text.lastIndexOf("；", joined.index) + 1 : 0;
  const inPart = dates.filter((d) => d.start >= partStart);
  const own = [...(inPart.length > 0 && partStart > 0 ? inPart : dates)]
    .map((d) => doc.resolve(s, d))
    .find((d) => d !== null);
  if (own) return { date: own };
  // The sentences that lead to it: its paragraph's, and for an item of a list, the paragraph that opens the list
  // ("11月11日，…年度会议在…召开。会议主要有三项议程：" then "1. 青岛高新区、珠海高新区正式加入网络").
  const before = [...leadIn(doc, s), ...doc.before(s)];
  // "会上，A、B正式加入", "本次年会审议通过了…": at the meeting an earlier paragraph of the same item dates.
  const atMeeting = /^(?:在)?(?:此次|本次|这次)?(?:会上|会议上|大会上|年会上|会议|大会|理事会|年会)/;
  // ("同时，A因…，提出退出网络申请，会议予以同意": the meeting's decision, said at its end.)
  const decided = /会议[^。；;]{0,6}?(?:同意|批准|通过)/;
  if (
    atMeeting.test(s.text) ||
    decided.test(s.text) ||
    before.some((b) => atMeeting.test(b.text.replace(LIST_MARK, "")))
  ) {
    for (let i = s.index - 1; i >= 0; i--) {
      const b = doc.sentences[i] as Sentence;
      if (b.item !== s.item) break;
      if (!/会|仪式/.test(b.text)) continue;
      // ("昨天，…两周年会议在V召开。会上…": the day before the article's.)
      const m = leadingDateIn(b.text);
      const date = m ? doc.resolve(b, m) : doc.spokenDay(b);
      // (Quoted from the day's word, without the byline before it.)
      if (date) return { date, evidence: doc.ev(b, m ? 0 : date.mention.start) };
    }
  }
  // ("今年，A和B…同意加入" after "2024年11月19日网络启动时，共有十三家": this year's, not an earlier year's day.)
  const thisYear = /^(?:今年|本年)/.test(s.text) ? doc.article.date?.slice(0, 4) : undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const b = before[i] as Sentence;
    // A sentence that recalls the founding ("2024年11月12日，…成立该网络", "联盟于2024年5月16日在郑州成立") dates the
    // founding, not the change.
    // ("今年3月18日，由我区牵头的…网络正式启动" too.)
    if (
      /(?:成立|启动|组建)(?:了)?(?:该|本|这一)?(?:网络|联盟)|(?:网络|联盟)(?:正式)?(?:成立|启动|揭牌)(?![一二三四五六七八九十两\d]*周年|以来|之后|后|时)|首批成员/.test(
        b.text,
      )
    )
      continue;
    const m = leadingDateIn(b.text);
    if (m && founding.test(b.text.slice(m.end).replace(/^[，,]/, ""))) continue;
    const date = m ? doc.resolve(b, m) : null;
    if (date && thisYear && !date.value.startsWith(thisYear)) continue;
    if (date) return { date, evidence: doc.ev(b) };
  }
  // ("二、同意A、B加入网络。" in a meeting's minutes: the day its "时间：" line gives.)
  const minutes = /纪要/.test(doc.article.title ?? "") ? minutesFields(doc).date : undefined;
  return minutes ? { date: minutes, evidence: doc.ev(minutes.sentence) } : null;
}

/**
 * For an item of a list, the sentence that opens one or the one right after one ("以上4家高新区加入后，…"): the
 * paragraph before the list that ends in "：".
 */
function leadIn(doc: Doc, s: Sentence): Sentence[] {
  const previous = doc.sentences[s.index - 1];
  const listed = (x: Sentence | undefined) => x !== undefined && LIST_MARK.test(x.text);
  if (!listed(s) && !listed(previous) && !/[：:]$/.test(s.text)) return [];
  for (let i = s.index - 1; i >= 0; i--) {
    const b = doc.sentences[i] as Sentence;
    if (b.paragraph === s.paragraph || listed(b)) continue;
    return /[：:]$/.test(b.text) ? [...doc.before(b), b] : [];
  }
  return [];
}

/**
 * "该网络由A、B、C三家发起，D、E…随后加入，网络成员达到8家": the zones that started the group are members too, taken
 * when they and the newcomers make the count the sentence states.
 */
function initiators(
  doc: Doc,
  s: Sentence,
  t: string,
  group: GroupRef,
  added: readonly string[],
  after: number,
): string[] {
  const known = doc.names.knownGroup(group.id);
  if (added.length === 0 || known?.members) return [];
  const m = new RegExp(
    `由([\\u3400-\\u9fff、和]+?)(?:等)?(?:${COUNT}家)?(?:国家高新区|高新区)?(?:共同|联合)?(?:倡议)?发起[，,]`,
  ).exec(t);
  if (!m) return [];
  const rollback = doc.names.mark();
  const list = resolveList(doc, s, m[1] ?? "", { bare: true, level: "national" });
  const zones = list?.zones ?? [];
  const fits =
    zones.length > 0 &&
    (m[2] === undefined || countOf(m[2]) === zones.length) &&
    zones.every((z) => !added.includes(z)) &&
    zones.length + added.length === after;
  if (!fits) rollback();
  return fits ? zones : [];
}
