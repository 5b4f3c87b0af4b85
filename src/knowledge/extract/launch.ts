/**
 * Launches, foundings and meetings: date + venue + occasion.
 *   "3月18日，Y启动大会在石家庄高新区召开"        launch (occasion 启动大会), venue, date
 *   "2024年10月21日,11家高新区在V成立Y"            launch, venue, date
 *   "2023年11月29日,Y成立。"                        founding, date
 *   "DATE,在X指导下,…发起成立Y"                    founding, date, guidedBy
 *   "1月15日，Y2026年度工作会议在V召开"            meeting (not a launch)
 *   "在V举行的Y周年会议上"                          meeting
 *   "DATE，Y1与Y2在V签署《…》"                      meeting (a signing)
 * A date the text gives only as 月日 is completed (dates.ts); without a year the date is left out.
 */
import { metWordsSource } from "../lexicon.ts";
import { namesBodyInside } from "./body-inside.ts";
import { type Doc, PLANNED } from "./context.ts";
import { DATELINE, type DateMention, daysAgo, findDates, leadingDateIn, type ResolvedDate, shiftDay } from "./dates.ts";
import { minutesFields, minutesMeeting } from "./minutes.ts";
import { clauses, type Sentence } from "./sentences.ts";

const LAUNCHY = /启动|成立|揭牌|建设大会|开通/;
/** What a meeting is called ("交接会", "理事会", "签约仪式"), as written after its group. */
const MEETING_WORDS =
  "会议|年会|论坛|大会|推进会|座谈会|理事会|对接会|交接会|工作会|签约会|洽谈会|联席会|现场会|观摩会|交接仪式|签约仪式|授牌仪式|发布会|交流会|研讨会|峰会";
const MEETING = new RegExp(MEETING_WORDS);

export function launches(doc: Doc): void {
  for (const s of doc.sentences) {
    for (const c of clauses(s)) clauseLaunches(doc, s, c.from, c.to);
    occasionVenue(doc, s);
    kindMeeting(doc, s);
    thusFounded(doc, s);
    foundedAtMeeting(doc, s);
    guidedFounding(doc, s);
    foundedIn(doc, s);
    datedFoundingMeeting(doc, s);
    decidedInMinutes(doc, s);
  }
  minutesMeeting(doc);
}

/** A minutes' numbered decision that the group is launched: "一、网络正式启动。", "一、联盟正式成立。". */
const DECIDED_LAUNCH = /^[一二三四五六七八九十]{1,2}、(?:关于)?(网络|联盟)(?:正式)?(启动|成立)(?=[。；;，,]|$)/;
/** …or the group named, then launched from the meeting on: "Y（以下简称“网络”）自本次会议起正式启动". */
const LAUNCHED_HERE =
  /^(?:[（(][^）)]{0,16}[）)])?(?:自本次会议起|于本次会议|从即日起)?正式(启动|成立)(?=[。；;，,]|$)/;

/**
 * "一、网络正式启动。", "Y（以下简称“网络”）自本次会议起正式启动" in the minutes of the meeting that launched it (a title
 * "…启动大会…会议纪要", "…启动会暨…纪要"): dated and placed by the minutes' field lines ("时间：…", "地点：…"), as nothing
 * else in the decision says when or where.
 */
function decidedInMinutes(doc: Doc, s: Sentence) {
  const occasion = /(启动|成立)(大会|仪式|会)/.exec(doc.article.title ?? "");
  // (Not a meeting that prepares it: "…启动大会筹备工作会议纪要".)
  if (!occasion || !/纪要/.test(doc.article.title ?? "") || /筹备|筹建/.test(doc.article.title ?? "")) return;
  const numbered = DECIDED_LAUNCH.exec(s.text);
  const named = (doc.mentions[s.index] ?? []).find((x) => LAUNCHED_HERE.exec(s.text.slice(x.end))?.[1] === occasion[1]);
  if (!(numbered && numbered[2] === occasion[1]) && !named) return;
  const group = named
    ? { kind: named.kind, id: named.id }
    : doc.anaphor(s, numbered?.[1] === "联盟" ? "alliance" : "network");
  const minutes = minutesFields(doc);
  if (!group || !minutes.date) return;
  const venue = minutes.place ? doc.names.venue(minutes.place, { evidence: doc.ev(minutes.date.sentence) }) : undefined;
  doc.claims.push({
    type: "launch",
    group,
    date: minutes.date,
    venue,
    occasion: occasion[0],
    evidence: doc.evSpan(minutes.date.sentence, 0, s, s.text.length),
  });
}

/**
 * "4月26日召开的联盟成立大会上，与会各方审议通过了…", "4月16日，联盟成立大会在V举行": the founding meeting dated by the
 * clause that opens the sentence,
 * of the group named there, or the one the item is about (an article that said "日前…宣告成立" before).
 */
function datedFoundingMeeting(doc: Doc, s: Sentence) {
  // ("4月16日，联盟成立大会在光谷科技会展中心举行": the date, a comma, then the meeting of the group by its kind.)
  const held =
    /^([^，,。]{4,16}?)[，,]((?:该|本|这一)?(?:联盟|网络))(成立|启动)(?:大会|仪式|会议)在[^，,。]{2,30}?(?:举行|召开|举办)/.exec(
      s.text,
    );
  const m =
    /^([^，,。]{4,16}?)(?:召开|举行|举办)的([^，,。]{0,30}?)(成立|启动)(?:大会|仪式|会议|会)上[，,]/.exec(s.text) ??
    held;
  if (!m || PLANNED.test(s.text)) return;
  const opening = m[1] as string;
  const date = findDates(opening).find((d) => d.start === 0 && d.end === opening.length && d.day !== undefined);
  if (!date) return;
  const between = m[2] as string;
  const at = opening.length + (m === held ? 1 : 3);
  const named = (doc.mentions[s.index] ?? []).filter((x) => x.start >= at && x.end <= at + between.length);
  // (The group itself, named or by its kind, right before the meeting: not a body's, "…实验室揭牌…".)
  const bare = /^(?:该|本|这一)?(联盟|网络)$/.exec(between);
  if (named.length > 1 || (named.length === 0 && !bare)) return;
  const group = named[0] ?? doc.anaphor(s, bare?.[1] === "联盟" ? "alliance" : "network");
  if (named[0] && !/^(?:产业)?(?:协同创新)?(?:网络|联盟)?$/.test(s.text.slice(named[0].end, at + between.length)))
    return;
  // (By its kind only, the group the article is about, unless the text before names another such body: "东湖牵头组建
  // 光谷人工智能产业联盟。…4月26日召开的联盟成立大会上" is that body's founding.)
  if (!named[0] && otherBodyBefore(doc, s, bare?.[1] ?? "")) return;
  const resolved = group ? doc.resolve(s, date) : null;
  if (!group || !resolved) return;
  // (A date without its year is the report's own, within a season before it: not a look back, "时间回到2023年冬天。
  // 11月29日召开的联盟成立大会上" in a piece of 2025.)
  const prev = doc.sentences[s.index - 1];
  // (A look back, "时间回到2023年冬天。": the year it goes back to; not when the preparation began, "筹建始于2024年".)
  const yearBefore =
    prev?.paragraph === s.paragraph ? /(?:回到|回想|追溯到?|那是)((?:19|20)\d{2})年/.exec(prev.text)?.[1] : undefined;
  if (
    date.year === undefined &&
    (!recentBefore(resolved.value, doc.article.date) || (yearBefore && !resolved.value.startsWith(yearBefore)))
  )
    return;
  doc.claims.push({
    type: "launch",
    group,
    date: resolved,
    occasion: `${m[3]}大会`,
    evidence: doc.ev(s, 0, m[0].length - 1),
  });
}

/** Whether a body of the kind named ("联盟") other than a group the text recognises is named before `s` in its
 *  paragraph or in the sentence before it. */
function otherBodyBefore(doc: Doc, s: Sentence, kind: string): boolean {
  const before = doc.sentences.filter(
    (x) => x.index < s.index && (x.paragraph === s.paragraph || x.index === s.index - 1),
  );
  return before.some((x) =>
    // (A name: its field and a kind of cooperation before the kind word, "光谷人工智能产业联盟", not "会议宣布联盟".)
    [
      ...x.text.matchAll(
        new RegExp(`[\\u4e00-\\u9fff]{2,16}(?:产业|创新|发展|合作|技术|协同|战略|服务|应用)${kind}`, "g"),
      ),
    ].some(
      (m) =>
        !(doc.mentions[x.index] ?? []).some(
          (g) => g.start <= (m.index ?? 0) + m[0].length && g.end >= (m.index ?? 0) + m[0].length,
        ),
    ),
  );
}

/** A day within ~three months before the article's date (or on it). */
function recentBefore(value: string, articleDate: string | null | undefined): boolean {
  if (!articleDate) return false;
  const days = (Date.parse(articleDate) - Date.parse(value)) / 86_400_000;
  return days >= 0 && days <= 92;
}

/**
 * "联盟成立于2024年4月", "Y成立于2024年4月12日": the founding date of the group named right before, or of the one the
 * item is about ("联盟"); a month is enough.
 */
function foundedIn(doc: Doc, s: Sentence) {
  if (PLANNED.test(s.text)) return;
  const named = (doc.mentions[s.index] ?? []).find((x) => /^(?:于)?成立于/.test(s.text.slice(x.end)));
  const ana = named ? undefined : /(?:^|[，,。；;])(?:该|本|这一)?(联盟|网络)(?:于)?成立于/.exec(s.text);
  const group = named ?? (ana ? doc.anaphor(s, ana[1] === "联盟" ? "alliance" : "network") : undefined);
  const start = named ? named.start : (ana?.index ?? 0) + (/^[，,。；;]/.test(ana?.[0] ?? "") ? 1 : 0);
  const at = s.text.indexOf("成立于", start) + "成立于".length;
  const found = findDates(s.text.slice(at)).find((d) => d.start === 0 && d.year !== undefined);
  if (!group || !found) return;
  const date = doc.resolve(s, { ...found, start: found.start + at, end: found.end + at });
  if (!date) return;
  doc.claims.push({ type: "launch", group, date, occasion: "成立", evidence: doc.ev(s, start, at + found.end) });
}

/**
 * "2025年3月28日，…9家高新区在V签署《…协议》，联盟由此成立": the signing founds the group the item is about; its date
 * is the sentence's, its venue where it was signed.
 */
function thusFounded(doc: Doc, s: Sentence) {
  const m =
    /在([\u3400-\u9fff（）()“”"]{2,24}?)签署《[^》]+》[，,]([^，,。]{0,30}?(联盟|网络))由此(?:正式)?(成立|诞生|启动)/.exec(
      s.text,
    );
  if (!m || PLANNED.test(s.text)) return;
  // The group named before 由此, else the one the item is about ("联盟由此成立").
  const subjectAt = (m.index ?? 0) + m[0].indexOf(m[2] ?? "");
  const named = (doc.mentions[s.index] ?? []).find((x) => x.start >= subjectAt);
  const group = named ?? doc.anaphor(s, m[3] === "联盟" ? "alliance" : "network");
  const found = findDates(s.text.slice(0, m.index)).find((d) => d.day !== undefined);
  const date = found ? doc.resolve(s, found) : null;
  if (!group || !date) return;
  const evidence = doc.ev(s, found?.start ?? 0, (m.index ?? 0) + m[0].length);
  const venue = doc.names.venue(m[1] ?? "", { evidence });
  doc.claims.push({ type: "launch", group, date, venue, occasion: m[4], evidence });
}

/**
 * "时间回到2024年12月6日。当天，在郑州举行的联盟成立大会上，…签署合作框架协议，联盟正式成立": the group the item is
 * about, founded at the end of the sentence; dated by the sentence, or after "当天" by the sentence before it; placed
 * where its founding meeting was held.
 */
function foundedAtMeeting(doc: Doc, s: Sentence) {
  const end = /[，,](?:该|本|这一)?(联盟|网络)(?:由此|就此|宣告)?(?:正式)?(?:成立|诞生)。?$/.exec(s.text);
  if (!end || PLANNED.test(s.text.slice(0, end.index))) return;
  const group = doc.anaphor(s, end[1] === "联盟" ? "alliance" : "network");
  const own = findDates(s.text.slice(0, end.index)).find((d) => d.day !== undefined);
  const prev = doc.before(s).at(-1);
  const earlier =
    !own && prev && /^(?:当天|当日|同日|是日)/.test(s.text)
      ? findDates(prev.text).findLast((d) => d.day !== undefined)
      : undefined;
  const date = own ? doc.resolve(s, own) : earlier && prev ? doc.resolve(prev, earlier) : null;
  if (!group || !date) return;
  const evidence = own || !prev ? doc.ev(s, own?.start ?? 0) : doc.evSpan(prev, earlier?.start ?? 0, s, s.text.length);
  const held =
    /在([\u3400-\u9fff（）()]{2,24}?)(?:举行|召开|举办)的[\u3400-\u9fff]{0,12}?(成立|启动)(?:大会|仪式|会议)/.exec(
      s.text,
    );
  const venue = held ? doc.names.venue(held[1] ?? "", { evidence }) : undefined;
  doc.claims.push({ type: "launch", group, date, venue, occasion: held ? `${held[2]}大会` : "成立", evidence });
}

/**
 * "在X指导下，A、B…共同发起成立联盟": who guided the founding of the group the item is about, named by its kind only
 * (a sentence that names the group is read with its other launch words).
 */
function guidedFounding(doc: Doc, s: Sentence) {
  // "启动大会由工业和信息化部规划司指导", "启动大会在工业和信息化部规划司指导下举行": the occasion of the founding,
  // guided by X.
  const occasion =
    /^(?:启动|成立)(?:大会|仪式|会)(?:由([\u3400-\u9fff]{2,24}?)(?:联合)?指导|在([\u3400-\u9fff]{2,24}?)(?:的)?指导下(?:举行|召开|举办))(?=[，,。；;]|$)/.exec(
      s.text,
    );
  if (occasion && (doc.mentions[s.index] ?? []).length === 0 && !PLANNED.test(s.text)) {
    const group = doc.anaphor(s);
    const guidedBy = occasion[1] ?? occasion[2];
    if (group) doc.claims.push({ type: "launch", group, guidedBy, evidence: doc.ev(s, 0, occasion[0].length) });
    return;
  }
  // "…共同发起成立该联盟，郑州高新区为牵头单位，工业和信息化部火炬中心为指导单位": the guiding body said as a unit,
  // in a sentence that founds the group the item is about.
  const unit = /[，,]([\u3400-\u9fff]{2,24}?)为指导单位(?=[，,。；;]|$)/.exec(s.text);
  if (
    unit &&
    /成立|组建/.test(s.text.slice(0, unit.index)) &&
    !PLANNED.test(s.text) &&
    !/高新区$/.test(unit[1] ?? "")
  ) {
    const group = (doc.mentions[s.index] ?? []).at(-1) ?? doc.anaphor(s);
    if (group) {
      const at = unit.index ?? 0;
      doc.claims.push({ type: "launch", group, guidedBy: unit[1], evidence: doc.ev(s, at + 1, at + unit[0].length) });
    }
    return;
  }
  // "联盟由深圳高新区牵头发起，在X和Y指导下组建": the guided founding said after the lead, of the group the sentence
  // opens with by its kind.
  // ("据介绍，联盟在工业和信息化部火炬中心指导下组建，…": no lead said between.)
  const after =
    /^(?:(?:(?!网络|联盟|高新区|示范区)[^，,。；;]){2,10}[，,])?(联盟|网络)(?:由[\u3400-\u9fff]{2,16}?牵头(?:发起)?[，,])?在([\u3400-\u9fff]{2,40}?)指导下(?:发起)?(?:成立|组建)(?=[，,。；;]|$)/.exec(
      s.text,
    );
  if (after && (doc.mentions[s.index] ?? []).length === 0 && !PLANNED.test(s.text)) {
    const group = doc.anaphor(s, after[1] === "联盟" ? "alliance" : "network");
    if (group) doc.claims.push({ type: "launch", group, guidedBy: after[2], evidence: doc.ev(s, 0, after[0].length) });
    return;
  }
  // ("此次组建联盟，是在工业和信息化部火炬中心指导下，由三省…共同推动完成的": the founding first, then who guided it.)
  const founded =
    /^(?:此次|这次|本次)?(?:组建|成立|发起成立)(?:该|这一|这个)?(联盟|网络)[，,]?(?:是|系)?在([\u3400-\u9fff]{2,24}?)(?:的)?指导下/.exec(
      s.text,
    );
  if (founded && (doc.mentions[s.index] ?? []).length === 0 && !PLANNED.test(s.text)) {
    const group = doc.anaphor(s, founded[1] === "联盟" ? "alliance" : "network");
    if (group) doc.claims.push({ type: "launch", group, guidedBy: founded[2], evidence: doc.ev(s) });
    return;
  }
  // ("在工业和信息化部火炬中心指导下，三省15家国家高新区共同签署联盟章程": the founding by its charter signed, or by its
  // agreement, "…共同签署联盟合作协议", or both, "…签署联盟章程和合作框架协议".)
  const m =
    /在([\u3400-\u9fff]{2,20}?)指导下[，,][^。]{0,80}?(?:(?:发起)?(?:成立|组建)(?:了)?(?:该|这一|这个)?(联盟|网络)|共同签署(?:了)?(联盟|网络)(?:章程|合作框架协议|框架协议|合作协议|共建协议)(?:(?:和|及|与)[\u3400-\u9fff]{2,12}?)?)(?=[，,。；;]|$)/.exec(
      s.text,
    );
  // ("在工业和信息化部指导下，深圳高新区牵头，…共同组建国家高新区低空经济产业协同创新网络": the group named right after the
  // verb.)
  const named = m
    ? undefined
    : /在([\u3400-\u9fff]{2,20}?)指导下[，,][^。]{0,80}?(?:发起)?(?:成立|组建)(?:了)?/.exec(s.text);
  const right = named
    ? (doc.mentions[s.index] ?? []).find((x) => x.start === (named.index ?? 0) + named[0].length)
    : undefined;
  if (named && right && !PLANNED.test(s.text) && !(doc.mentions[s.index] ?? []).some((x) => x.start < right.start)) {
    doc.claims.push({
      type: "launch",
      group: { kind: right.kind, id: right.id },
      guidedBy: named[1],
      evidence: doc.ev(s, named.index ?? 0, right.end),
    });
    return;
  }
  // (A group named only after it, in a document's title "《…联盟章程》", is not the one founded here.)
  const end = (m?.index ?? 0) + (m?.[0].length ?? 0);
  if (!m || (doc.mentions[s.index] ?? []).some((x) => x.start < end) || PLANNED.test(s.text)) return;
  const kind = m[2] ?? m[3];
  const group = doc.anaphor(s, kind === "联盟" ? "alliance" : "network");
  if (!group) return;
  doc.claims.push({
    type: "launch",
    group,
    guidedBy: m[1],
    evidence: doc.ev(s, m.index ?? 0, (m.index ?? 0) + m[0].length),
  });
}

/**
 * "成立大会在洛阳高新区举行": the founding occasion of the group the item is about, named without the group, and
 * its venue (a zone).
 */
function occasionVenue(doc: Doc, s: Sentence) {
  const m =
    /^(成立大会|成立仪式|启动仪式|启动大会|启动会|揭牌仪式)在([\u3400-\u9fff（）()“”"]{2,24}?)(?:隆重)?(?:举行|召开|举办)/.exec(
      s.text,
    );
  if (!m || (doc.mentions[s.index] ?? []).length > 0 || PLANNED.test(s.text)) return;
  const group = doc.anaphor(s);
  const evidence = doc.ev(s, 0, m[0].length);
  const venue = group ? doc.names.venue(m[2] ?? "", { evidence }) : undefined;
  if (!group || !venue) return;
  doc.claims.push({ type: "launch", group, venue, occasion: m[1], evidence });
}

/**
 * "2025年12月，网络首届年会在苏州工业园区举行": a meeting of the group the item is about, named by its kind only, dated
 * right before it (a month is enough) and held at a zone. A meeting to come ("2026年年会将于9月在我区举办") is not one.
 */
function kindMeeting(doc: Doc, s: Sentence) {
  const m = new RegExp(
    `(?:^|[，,；;])(?:该|本)?(网络|联盟)((?:首届|第[一二三四五六七八九十\\d]{1,2}届|(?:19|20)\\d{2}年度?)?(?:${MEETING_WORDS}))(?:也|又)?在([\\u3400-\\u9fff（）()]{2,24}?)(?:隆重)?(?:举行|召开|举办)`,
  ).exec(s.text);
  if (!m || (doc.mentions[s.index] ?? []).length > 0 || LAUNCHY.test(m[2] ?? "")) return;
  const at = (m.index ?? 0) + (/^[，,；;]/.test(m[0]) ? 1 : 0);
  if (PLANNED.test(s.text.slice(at, at + m[0].length))) return;
  const found = findDates(s.text.slice(0, at)).at(-1);
  const date = found && /^[，,]?$/.test(s.text.slice(found.end, at)) ? doc.resolve(s, found) : null;
  const group = doc.anaphor(s, m[1] === "联盟" ? "alliance" : "network");
  if (!group || !date || !found) return;
  const evidence = doc.ev(s, found.start, (m.index ?? 0) + m[0].length);
  const venue = doc.names.venue(m[3] ?? "", { evidence });
  doc.claims.push({ type: "meeting", groups: [group], title: m[2] ?? "", date, venue, evidence });
}

function clauseLaunches(doc: Doc, s: Sentence, from: number, to: number) {
  const t = s.text;
  const ms = (doc.mentions[s.index] ?? []).filter((m) => m.start >= from && m.end <= to);
  for (const [i, g] of ms.entries()) {
    const before = t.slice(from, g.start);
    // ("3月30日，在X指导下，A牵头，…共同组建Y": said in a clause before, when no other group is named before Y.)
    const first = (doc.mentions[s.index] ?? []).every((x) => x.start >= g.start);
    const guided =
      /在([\u3400-\u9fff]{2,20}?)指导下/.exec(before)?.[1] ??
      (first ? /在([\u3400-\u9fff]{2,20}?)指导下[，,]/.exec(t.slice(0, g.start))?.[1] : undefined);
    let occasion: string | undefined;
    let venueText: string | undefined;
    let launch = false;
    let meeting = false;
    let occasionDay: { from: number; to: number } | undefined;
    // "Y于6月3日在V…": the date right after the name.
    // (A short name given in brackets after the name, "（以下简称“淮河联盟”）", is skipped.)
    const aka = /^[（(]以下简称[^）)]{1,20}[）)]/.exec(t.slice(g.end, to))?.[0].length ?? 0;
    const when = /^于(?:\d{4}年)?\d{1,2}月\d{1,2}日/.exec(t.slice(g.end + aka, to));
    const skip = aka + (when ? when[0].length : 0);
    const after = t.slice(g.end + skip, to);
    // ("网络航空动力专业委员会成立会议在我区召开": a body inside the group is founded, not the group.)
    if (namesBodyInside(after)) continue;
    let end = g.end + skip;
    // "Y启动大会暨首届…论坛在V举行": the occasion may be a long joint title ("…会议也在V召开": not the 也), its
    // second part another group's meeting ("Y启动仪式暨Y2 2026年工作推进会在V举行": Y's occasion is the first).
    const a =
      /^([\u3400-\u9fff\d—–·]{0,30}?(?:暨[\u3400-\u9fff\d—–·“”"+A-Za-z]{0,40}?)?)(?:也|又|还|同样)?在([\u3400-\u9fff（）()“”"]{2,24}?)(?:正式|隆重)?(召开|举行|举办|启动|成立|开幕|揭牌)/.exec(
        after,
      );
    // "Y在V召开理事会议": the occasion after the verb.
    const f = new RegExp(
      `^在([\\u3400-\\u9fff（）()“”"]{2,24}?)(?:召开|举行|举办)([\\u3400-\\u9fff\\d]{0,12}(?:${MEETING_WORDS}))`,
    ).exec(after);
    const b = /在([\u3400-\u9fff（）()“”"]{2,24}?)(?:正式)?(成立|启动)$/.exec(before);
    // ("Y同步启动": launched alongside the meeting the sentence dates.)
    // ("Y正式揭牌成立": two such words.)
    const c = /^(?:同步|同时|正式|宣告|宣布|揭牌){0,2}(成立|启动)(?:运行|运营)?(?:[。，,]|$)/.exec(after);
    // ("…共同组建Y": founded by its members; not "约定年内共同组建Y", agreed to be.)
    const d = /(?:发起)?(?:成立|启动|共同组建|联合组建)["“]?$/.exec(before);
    const e = /在([\u3400-\u9fff（）()“”"]{2,24}?)(?:举行|召开)的$/.exec(before);
    // "在V举行Y启动仪式"
    const held = /在([\u3400-\u9fff（）()“”"]{2,24}?)(?:隆重)?(?:举行|召开|举办)(?:了)?$/.exec(before);
    const heldWhat = held ? /^(?:成立|启动|揭牌)(?:大会|仪式|典礼|会)?/.exec(after) : null;
    if (f && !LAUNCHY.test(f[2] ?? "")) {
      occasion = f[2];
      venueText = f[1];
      meeting = true;
      end += f[0].length;
    } else if (a) {
      // ("Y成立大会于2026年1月9日在V召开": the day said after the founding occasion, with 于; not another meeting's,
      // "Y西安对接会于…召开", which stays the event an admin records.)
      const dated = LAUNCHY.test(a[1] ?? "")
        ? /于(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午)?$/.exec(a[1] ?? "")
        : null;
      if (dated) occasionDay = { from: g.end + skip + dated.index, to: g.end + skip + (a[1] ?? "").length };
      // ("Y今天在V成立", "Y6日在V启动": a time word or a day is no occasion.)
      // ("Y启动仪式25日在V举行": nor is a day after the occasion.)
      const said = (dated ? (a[1] ?? "").slice(0, dated.index) : (a[1] ?? ""))
        .replace(/^(?:今天|今日|当天|当日|昨天|日前|近日|上午|下午|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?)+/, "")
        .replace(/(?:今天|今日|当天|当日|昨天|上午|下午|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?)+$/, "");
      const joint = /^(.+?)暨/.exec(said)?.[1];
      occasion =
        (joint && LAUNCHY.test(joint) ? joint : said) || (/^(启动|成立|揭牌)$/.test(a[3] ?? "") ? a[3] : undefined);
      venueText = a[2];
      const what = `${a[1]}${a[3]}`;
      launch = LAUNCHY.test(what) && !/周年|年度/.test(a[1] ?? "");
      meeting = !launch && MEETING.test(a[1] ?? "");
      end += a[0].length;
    } else if (held && heldWhat) {
      occasion = heldWhat[0];
      venueText = held[1];
      launch = true;
      end += heldWhat[0].length;
    } else if (b) {
      venueText = b[1];
      occasion = b[2];
      launch = true;
    } else if (c) {
      occasion = c[1];
      launch = true;
      end += c[0].length - (/[。，,]$/.test(c[0]) ? 1 : 0);
      // "15家高新区今天在V“牵手”，Y正式成立": where the members met to found it (a clause before).
      venueText = MET_AT.exec(t.slice(0, g.start))?.[1];
    } else if (d && i === 0 && !(/组建["“]?$/.test(d[0]) && /约定|商定|协商|计划|准备|筹备|拟|将/.test(before))) {
      launch = true;
    } else if (e) {
      const occ = new RegExp(`^([\\u3400-\\u9fff\\d]{0,12}?(?:${MEETING_WORDS}))`).exec(after);
      if (occ) {
        occasion = occ[1];
        venueText = e[1];
        launch = LAUNCHY.test(occ[1] ?? "") && !/周年|年度/.test(occ[1] ?? "");
        meeting = !launch;
        end += occ[1]?.length ?? 0;
      }
    }
    if (!launch && !meeting) continue;
    // "专家建议成立Y", "Y将于6月3日在V启动": a plan, not a launch.
    if (PLANNED.test(before) || PLANNED.test(t.slice(g.end, end))) continue;
    const dayFrom = when ? g.end + aka : occasionDay?.from;
    const inline =
      dayFrom === undefined ? undefined : findDates(t.slice(dayFrom, when ? g.end + skip : occasionDay?.to))[0];
    const inlineDate =
      inline && dayFrom !== undefined
        ? doc.resolve(s, { ...inline, start: inline.start + dayFrom, end: inline.end + dayFrom })
        : null;
    // ("会议宣布Y正式启动" in a meeting's minutes: the day and place its field lines give, "时间：…", "地点：…".)
    const minutes = launch && ANNOUNCED.test(before) ? minutesFields(doc) : undefined;
    const date =
      (inlineDate ? { ...inlineDate, sentence: s } : leadingDate(doc, s, from, g.start, g.end)) ??
      minutes?.date ??
      null;
    venueText ??= minutes?.place;
    const venue = venueText
      ? doc.names.venue(venueText, { evidence: doc.ev(s, from, end) })
      : date && date.sentence !== s
        ? (sceneVenue(doc, date.sentence, date.mention.end) ?? meetingVenue(doc, date.sentence, t.slice(from, g.start)))
        : undefined;
    const opening = b ?? (held && heldWhat ? held : null);
    const start =
      date && !inlineDate ? date.mention.start : Math.min(g.start, opening ? from + (opening.index ?? 0) : g.start);
    const evidence =
      date && date.sentence !== s
        ? doc.evSpan(date.sentence, date.mention.start, s, end)
        : doc.ev(s, e ? from + (e.index ?? 0) : start, end);
    if (launch) {
      // (Neither date nor place, but who guided it: "在X指导下，…共同发起成立联盟".)
      if (!date && !venue && !guided) continue;
      doc.claims.push({
        type: "launch",
        group: g,
        date: date ?? undefined,
        venue,
        occasion,
        guidedBy: guided,
        evidence,
      });
    } else if (date && occasion) {
      doc.claims.push({
        type: "meeting",
        groups: [g],
        title: occasion,
        date,
        venue,
        evidence:
          date.sentence !== s || inlineDate ? evidence : doc.ev(s, e ? from + (e.index ?? 0) : date.mention.start, end),
      });
    }
  }
  signing(doc, s, from, to);
}

/** The meeting announces it: "会议宣布", "大会正式宣告". */
const ANNOUNCED = /(?:会议|大会)(?:正式)?(?:宣布|宣告)$/;

/** "6月12日上午，西安高新区丝路科学城会议中心座无虚席": a hall inside a zone, where the scene is set. */
function sceneVenue(doc: Doc, scene: Sentence, from: number): string | undefined {
  const rest = scene.text.slice(from).replace(/^(?:上午|下午|晚上|晚间)?[，,]?/, "");
  const zone = doc.names.zoneNamedAtStart(rest);
  const hall = zone
    ? /^[\u3400-\u9fff]{0,10}?(?:会议中心|会展中心|国际会议|会堂|礼堂|大厦|酒店|宾馆)/.exec(rest.slice(zone.length))
    : null;
  return zone && hall ? zone.id : undefined;
}

/** "8月22日，…大会在郑州高新区举行。会上，…成立Y": the venue of the meeting the sentence before tells of. */
function meetingVenue(doc: Doc, meeting: Sentence, head: string): string | undefined {
  if (!AT_THE_MEETING.test(head)) return undefined;
  const v = HELD.exec(meeting.text)?.[1];
  return v ? doc.names.venue(v, { evidence: doc.ev(meeting, 0, meeting.text.length) }) : undefined;
}

/** "DATE，Y1与Y2在V签署《X》". */
function signing(doc: Doc, s: Sentence, from: number, to: number) {
  const t = s.text.slice(from, to);
  // (Where, when the sentence says: "同日，该网络与Y2签署《X》" names no place.)
  const m = /^(.{0,14}?)[，,]?([^，,。]+?)(?:在([\u3400-\u9fff（）()“”"]{2,24}?))?签署(《[^》]+》)/.exec(t);
  if (!m) return;
  const ms = (doc.mentions[s.index] ?? []).filter((x) => x.start >= from && x.end <= from + m[0].length);
  // "该网络与Y2…": the group the item is about is the first party.
  const self = /^(?:该|本|这一)(网络|联盟)/.test(m[2] ?? "")
    ? doc.anaphor(s, m[2]?.includes("联盟") ? "alliance" : "network")
    : undefined;
  const groups = [...(self ? [self] : []), ...ms].filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
  if (groups.length === 0 || (ms.length === 0 && !m[3])) return;
  const date = leadingDate(doc, s, from, ms[0]?.start ?? from);
  if (!date) return;
  const end = from + m[0].length;
  const venue = m[3] ? doc.names.venue(m[3], { evidence: doc.ev(s, date.mention.start, end) }) : undefined;
  doc.claims.push({
    type: "meeting",
    groups: groups.map((x) => ({ kind: x.kind, id: x.id })),
    title: `签署${m[4]}`,
    date,
    venue,
    evidence: doc.ev(s, date.mention.start, end),
  });
}

/**
 * The date that leads a clause ("2024年9月8日,…"), before the group; else, when the group opens the sentence,
 * a headline date in the sentence before ("10月21日,11家高新区。").
 */
function leadingDate(
  doc: Doc,
  s: Sentence,
  from: number,
  groupStart: number,
  groupEnd = groupStart,
): (ResolvedDate & { sentence: Sentence }) | null {
  const head = s.text.slice(from, groupStart);
  // A dateline ("本报讯（记者 张伟）4月17日，") may stand before the date.
  const dateline = DATELINE.exec(head)?.[0].length ?? 0;
  const m = findDates(head).find((d) => d.start - dateline <= 3 && d.start >= dateline && d.day !== undefined);
  if (m) {
    const r = doc.resolve(s, { ...m, start: m.start + from, end: m.end + from });
    return r ? { ...r, sentence: s } : null;
  }
  // "湖南日报4月16日讯（记者…）今天上午，Y成立", "…讯 来自三省的15家高新区今天在V“牵手”，Y正式成立": today is
  // the dateline's day.
  const line = head.slice(0, dateline);
  // The dateline's date, resolved in this sentence.
  const here = (d: DateMention) => {
    const r = doc.resolve(s, { ...d, start: d.start + from, end: d.end + from });
    return r ? { ...r, sentence: s } : null;
  };
  // ("…讯（记者…）Y今天在V成立": today said right after the group.)
  const today =
    dateline && (/今天|今日/.test(head.slice(dateline)) || /^(?:于)?(?:今天|今日)/.test(s.text.slice(groupEnd)))
      ? datelineDate(line)
      : undefined;
  if (today) return here(today);
  // "…4月17日电（记者…）昨天，Y成立大会在V举行": the day before the dateline's, or before the article's date.
  const ago = /^(昨天|昨日|前天)/.exec(head.slice(dateline))?.[1];
  if (ago) return daysBefore(doc, s, from + dateline, ago, dateline ? datelineDate(line) : undefined);
  // "科技日报泰州4月16日电（记者…）16日，Y启动仪式在V举行": a day alone after the dateline is the dateline's.
  const dayAlone = dateline ? /^(\d{1,2})日/.exec(head.slice(dateline))?.[1] : undefined;
  const sameDay = dayAlone ? datelineDate(line, dayAlone) : undefined;
  if (sameDay) return here(sameDay);
  // "本报济南6月12日讯（记者…）“…。”今天，Y成立大会在V举行": the dateline opens the paragraph, a sentence before.
  if (!dateline && /^(?:今天|今日)/.test(head)) {
    const opening = paragraphOpening(doc, s);
    const opened = opening && opening !== s ? DATELINE.exec(opening.text)?.[0] : undefined;
    const day = opened ? datelineDate(opened) : undefined;
    const r = day && opening ? doc.resolve(opening, day) : null;
    if (r && opening) return { ...r, sentence: opening };
  }
  // "新华社广州6月17日电…Y17日在V成立", "本报珠海3月25日电…Y启动仪式25日在V举行": the day after the group (or
  // after its occasion) is the dateline's.
  // ("…讯（记者…）记者从…获悉，Y成立大会昨天在V举行": yesterday after the group's occasion.)
  const agoAfter = /^(?:[\u3400-\u9fff]{0,8}?(?:仪式|大会|会议|年会|典礼))?(昨天|昨日|前天)/.exec(
    s.text.slice(groupEnd),
  )?.[1];
  if (agoAfter) return daysBefore(doc, s, groupEnd, agoAfter, dateline ? datelineDate(line) : undefined);
  const day = /^(?:[\u3400-\u9fff]{0,8}?(?:仪式|大会|会议|年会|典礼))?(\d{1,2})日/.exec(s.text.slice(groupEnd))?.[1];
  const dated = dateline && day ? datelineDate(line, day) : undefined;
  if (dated) return here(dated);
  // "3月26日，…启动仪式在V举行。…次日，Y…会议也在V召开": the day after the last date the item gives.
  // (The word opens the sentence, whichever clause names the group: "同日，由A牵头的Y宣告启动".)
  const relative = RELATIVE_DAY.exec(head) ?? RELATIVE_DAY.exec(s.text);
  // "会议当天，Y同步启动": the day of the meeting the item reports, said in its first dated sentence.
  if (relative?.[1]) return meetingDay(doc, s);
  if (relative?.[2]) return dayAfterLast(doc, s, relative[2]);
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return null;
  // "8月22日，首届…大会在郑州高新区举行。会上，…发起成立Y": the meeting the sentence before dates.
  // ("本报郑州9月25日讯（…）…大会今天在郑州举行。会上，…": the dateline's day, when the meeting is today's.)
  const prevLine = DATELINE.exec(prev.text)?.[0];
  const meetingToday =
    prevLine && /今天|今日/.test(prev.text.slice(prevLine.length)) ? datelineDate(prevLine) : undefined;
  const atMeeting = AT_THE_MEETING.test(head) ? (leadingDateIn(prev.text) ?? meetingToday) : undefined;
  if (atMeeting && HELD.test(prev.text)) {
    const r = doc.resolve(prev, atMeeting);
    return r ? { ...r, sentence: prev } : null;
  }
  // "6月12日上午，…座无虚席。随着…，Y正式启动运行。": the scene's date, when nothing but a clause of manner
  // ("随着…，") stands before the group.
  const scene = /^随着[^，,。]{1,20}[，,]$/.test(head) ? leadingDateIn(prev.text) : undefined;
  if (scene) {
    const r = doc.resolve(prev, scene);
    return r ? { ...r, sentence: prev } : null;
  }
  if (groupStart !== 0) return null;
  const h = /^(\d{1,2}月\d{1,2}日)[,，]\d+家高新区[。.]$/.exec(prev.text);
  if (!h) return null;
  const pm = findDates(prev.text)[0];
  const r = pm ? doc.resolve(prev, pm) : null;
  return r ? { ...r, sentence: prev } : null;
}

/**
 * "昨天" (or "前天") said at `at`: the day before the dateline's date `line` (its year completed as any date's), or
 * before the article's own date.
 */
function daysBefore(
  doc: Doc,
  s: Sentence,
  at: number,
  word: string,
  line: DateMention | undefined,
): (ResolvedDate & { sentence: Sentence }) | null {
  const from = line ? doc.resolve(s, line)?.value : (doc.article.date ?? undefined);
  if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return null;
  return { ...daysAgo(word, from, line ? `电头的${line.month}月${line.day}日` : `文章日期${from}`, at), sentence: s };
}

/** Where the founders met, said before the group: "在V“牵手”", "在V齐聚". */
const MET_AT = new RegExp(`在([\\u3400-\\u9fff（）()]{2,24}?)${metWordsSource()}`);

/** The whole day a dateline gives ("科技日报泰州4月16日电"), or the one whose day is `day`. */
function datelineDate(line: string, day?: string): DateMention | undefined {
  return findDates(line).find((d) => d.day !== undefined && (day === undefined || String(d.day) === day));
}

/** A day said from the one before: "次日，", "第二天，", "同日，", "当天，"; or from the meeting ("会议当天，"). */
const RELATIVE_DAY =
  /^(?:((?:此次|本次)?(?:会议|大会|年会)(?:召开)?)(?:当天|当日|同日)|(次日|第二天|翌日|同日|当天|当日))[，,]/;

/** The whole date opening the item's first sentence that tells of a meeting held ("3月20日，…会议在V召开"). */
function meetingDay(doc: Doc, s: Sentence): (ResolvedDate & { sentence: Sentence }) | null {
  for (const b of doc.sentences) {
    if (b.index >= s.index) break;
    if (b.item !== s.item || !/会/.test(b.text) || !HELD.test(b.text)) continue;
    const m = leadingDateIn(b.text);
    const r = m ? doc.resolve(b, m) : null;
    if (r?.value.length === 10) return { ...r, sentence: b };
  }
  return null;
}

/** The date leading the nearest earlier sentence of the item that opens with one, or (次日) the day after it. */
function dayAfterLast(doc: Doc, s: Sentence, word: string): (ResolvedDate & { sentence: Sentence }) | null {
  for (let i = s.index - 1; i >= 0; i--) {
    const b = doc.sentences[i] as Sentence;
    if (b.item !== s.item) break;
    const m = leadingDateIn(b.text);
    // ("科技日报泰州4月16日电（…）16日，…": the dateline gives the whole day the sentence says by its day alone.)
    const line = DATELINE.exec(b.text)?.[0];
    const lined = line ? datelineDate(line) : undefined;
    const whole = m ? doc.resolve(b, m) : null;
    const r = whole?.value.length === 10 ? whole : lined ? doc.resolve(b, lined) : null;
    if (r?.value.length !== 10) continue; // (a whole day: YYYY-MM-DD)
    if (!/次日|第二天|翌日/.test(word)) return { ...r, sentence: b };
    const value = shiftDay(r.value, 1);
    return { ...r, value, inferred: `文中写“${word}”，取前文${r.value}的后一天`, sentence: b };
  }
  return null;
}

/** A clause set at the meeting the sentence before tells of ("会上，", "大会上，"). */
const AT_THE_MEETING = /^(?:会上|大会上|会议上|仪式上)[，,]/;
/** Where a meeting was held: "…在V举行" (V, a zone or a hall). */
const HELD = /在([\u3400-\u9fff（）()“”"]{2,24}?)(?:隆重)?(?:举行|召开|举办)/;

/** The first sentence of a sentence's paragraph (a dateline stands there), at most three sentences back. */
function paragraphOpening(doc: Doc, s: Sentence): Sentence | undefined {
  let first = s;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const b = doc.sentences[i];
    if (!b || b.paragraph !== s.paragraph || b.item !== s.item) break;
    first = b;
  }
  return first;
}
