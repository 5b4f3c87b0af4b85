/**
 * One network's or alliance's attributes: its date, venue, lead, lead people, secretariat and results (its seats
 * asked by name are seats.ts's).
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import { metWordsSource } from "../../knowledge/lexicon.ts";
import { inOrder } from "../../knowledge/normalize.ts";
import { presentDate } from "../../knowledge/present-year.ts";
import { type Alliance, type Evidence, MOVED_INSIDE, type Network } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import { articleSentences, namesGroup, sentenceCited } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { actAsked, actDated, preparedAsked, preparedWhen } from "./act-dated.ts";
import { citationsFor, type FactContext, fact, formatDate, type Group, leftOpen, none, saidFact } from "./context.ts";
import { ASKS_ROTATION, AT_FOUNDING, UNDECIDED } from "./cues.ts";
import { count, members } from "./members.ts";
import { missing, overview, secretariatSaid } from "./overview.ts";
import { AFTER_HOLDER, ASKS_TENURE, seatAsked, TENURE } from "./seats.ts";

/** Who joined after the founding asked beside it ("后来又加了哪些", "现在呢"). */
const LATER_ASKED = /后来|此后|之后|以后|现在|目前|如今|又加|新加|新增|新进|扩容|增加|多了|变化|变动/;

/** The list (or its size) at the founding, when later articles changed it; the current size follows. */
function atFounding(c: FactContext, g: Group, what: "members" | "count", question: string): Answer {
  const first = g.memberHistory[0] as NonNullable<Group["members"]>;
  const n = first.statedCount ?? first.zones.length;
  const when = first.asOf ? `${formatDate(first.asOf)}` : "";
  const names = first.zones.map((z) => c.zoneName(z)).join("、");
  const now = g.members ? (g.members.statedCount ?? g.members.zones.length) : undefined;
  // (Who joined later is named only when asked, "后来又加了哪些": the founding list is asked, and a later member is
  // no answer to it. Who of it left is.)
  const added = LATER_ASKED.test(question)
    ? (g.members?.zones ?? []).filter((z) => !first.zones.includes(z)).map((z) => c.zoneName(z))
    : [];
  const left = g.members && !g.members.partial ? first.zones.filter((z) => !g.members?.zones.includes(z)) : [];
  const joined =
    (added.length > 0 && first.zones.length > 0 ? `，新增${added.join("、")}` : "") +
    (left.length > 0 ? `，${left.map((z) => c.zoneName(z)).join("、")}退出` : "");
  const asOf = g.members?.asOf ? `，截至${formatDate(g.members.asOf)}` : "";
  // (Without the newcomers named, the count after and who of the founders left: "（此后调整为11家，截至…，其中淄博
  // 高新区已退出。）".)
  const later =
    now === undefined || now === n
      ? ""
      : added.length > 0 || left.length === 0
        ? `（此后${now > n ? "增至" : "调整为"}${now}家${asOf}${joined}。）`
        : `（此后调整为${now}家${asOf}，其中${left.map((z) => c.zoneName(z)).join("、")}已退出。）`;
  const list = names && (what === "members" || first.zones.length === n) ? `：${names}` : "";
  return fact(
    c.k,
    `${g.name}${when}成立时共${n}家${list}。${later}`,
    [...first.evidence, ...(g.members?.evidence ?? [])].slice(0, 3),
    {
      title: `${g.name} · 首批成员`,
      items: first.zones.map((z) => ({ name: c.zoneName(z) })),
    },
  );
}

/** The sentence of the chair's article that leaves the chair's term undecided, as a refusal that quotes it. */
function openTerm(c: FactContext, evidence: Evidence | undefined): Answer | undefined {
  const article = evidence ? c.k.articles.get(evidence.article) : undefined;
  const quote = article
    ? articleSentences(article.body)
        .map((x) => x.trim())
        .find((x) => /理事长/.test(x) && /任期/.test(x) && UNDECIDED.test(x))
    : undefined;
  if (!article || !quote) return undefined;
  return leftOpen({ articleId: article.id, title: article.title, date: article.date ?? null, quote });
}

/** "（联盟）的科创飞地最后选在哪": a thing of the group and where it is placed (no founding). */
const THING_PLACED =
  /(?:网络|联盟)(?:的|那个|这个)?([\u4e00-\u9fff“”]{2,10}?)的?(?:都|主要|最后|最终|现在|目前|具体)*(?:选址|选在|设在|放在|落在|落户在?|建在|定在|位于)/;
/** A body claimed to have guided the founding: "是在科技部火炬中心指导下成立的吗". */
const GUIDED_CLAIM = /(?:是在|在|由)([\u4e00-\u9fff]{2,20}?)(?:的)?指导下/;
/** What a list asked for lists: "测试场名单" (of 首批互认的测试场名单). */
const THING_LIST = /([\u4e00-\u9fff]{2,10}?)(?<!的)名单/;
/** A later batch of members: "第二批", "第3批". */
const LATER_BATCH = /第(?:[二三四五六七八九十]|[2-9]|1\d)批/;
/** Things of a group whose place is the group's own, its members' or an occasion's, which the group's facts answer. */
// (Nor a time: "最早选在哪里成立", "当初选在哪个高新区".)
const NOT_A_THING =
  /秘书处|总部|机构|单位|成员|盟主|成立|启动|大会|会议|年会|仪式|论坛|活动|当初|最初|最早|起初|一开始|原来|成立时/;

/**
 * A list asked that the member list does not answer: one of other things ("首批互认的测试场名单里都有哪些"), or a later
 * batch of members no article of the group tells of ("第二批成员都有谁"), or one told and left open ("第二批成员单位正在
 * 征集中，名单尚未公布", quoted as not known yet). Null when the member list answers.
 */
function notTheList(c: FactContext, p: Parsed, g: Group): Answer | null {
  const named = p.mentions.find((m) => m.type === "entity" && m.ref.id === g.id);
  const listed =
    THING_LIST.exec(p.text.slice(named?.end ?? 0))?.[1]?.replace(
      /^(?:的|首批|第一批|最新|完整|全部|现有|目前|当前|正式|最终)+/,
      "",
    ) ?? "";
  // ("是哪15家？直接列名单就行": the list asked for, not a list of a thing called "家直接列".)
  // ("…14家分别是谁？列个名单就行": 列个名单 asks the list.)
  if (listed && !/成员|会员|高新区|单位|园区|网络|联盟|理事|名单|列个?$/.test(listed))
    return missing(c, g, `${listed}名单`);
  const batch = LATER_BATCH.exec(p.text)?.[0];
  if (!batch) return null;
  const told = new RegExp(`${batch}[^。，,；;]{0,8}?(?:成员|加入|入网|单位)`);
  const said = sentenceCited(c.k, (x) => told.test(x), namesGroup(c.k, g.id));
  if (!said) return missing(c, g, `${batch}成员`);
  return UNDECIDED.test(said.quote) ? leftOpen(said) : null;
}

/** The attribute the question asks of one network or alliance (its overview when none). */
export function groupAttribute(c: FactContext, p: Parsed, g: Group): Answer {
  const isNetwork = "field" in g;
  const seat = seatAsked(c, p, g);
  if (seat) return seat;
  // "是哪几家发起的", "发起单位有哪些": an alliance that several of its members initiated is asked for those.
  if ((p.attribute === "members" || p.attribute === "count") && !isNetwork && /发起|倡议/.test(p.text)) {
    if ((g.initiator?.text.split("、").length ?? 0) > 1) return initiatedBy(c, g, /几|多少/.test(p.text));
  }
  switch (p.attribute) {
    case "members":
      return (
        notTheList(c, p, g) ??
        (AT_FOUNDING.test(p.text) && g.memberHistory.length > 0
          ? atFounding(c, g, "members", p.text)
          : members(c, g, p.text))
      );
    case "count":
      // "那9家具体是哪几家": the count is given; which ones is asked.
      if (WHICH_ONES.test(p.text)) return groupAttribute(c, { ...p, attribute: "members" }, g);
      return AT_FOUNDING.test(p.text) && g.memberHistory.length > 0
        ? atFounding(c, g, "count", p.text)
        : count(c, g, p.text);
    case "date": {
      // "网络的人才地图什么时候发布": the date of a thing the group does, not its founding; "什么时候开始筹备的": its
      // preparation.
      if (preparedAsked(p)) return preparedWhen(c, g);
      const act = actAsked(p, g);
      return act ? actDated(c, g, act) : date(c, g);
    }
    case "venue": {
      // "联盟的科创飞地最后选在哪了": where a thing of the group is, not where the group was founded.
      const thing = THING_PLACED.exec(p.text)?.[1];
      if (thing && !NOT_A_THING.test(thing)) return missing(c, g, `${thing}的地点`);
      if (isNetwork) return venue(c, g, HALL_ASKED.test(p.text));
      if (!g.founded?.venue) {
        // ("…联合沿黄17家国家高新区在郑州共同发起成立Y": a city, not a zone, the founding sentence gives.)
        const quoted = g.founded?.evidence.find((e) => FOUNDED_IN.test(e.quote));
        const place = quoted ? FOUNDED_IN.exec(quoted.quote)?.[1] : undefined;
        if (!quoted || !place || !g.founded) return missing(c, g, "举办地点");
        const hall = hallAfter(c, quoted);
        if (hall)
          return fact(c.k, `${g.name}于${formatDate(g.founded.date)}在${place}成立，会场设在${hall.hall}。`, [
            { article: quoted.article, quote: hall.quote },
          ]);
        return fact(c.k, `${g.name}于${formatDate(g.founded.date)}在${place}成立。`, [quoted], { title: g.name });
      }
      {
        const at = placeAsWritten(c, g.founded.venue, g.founded.evidence);
        return fact(c.k, `${g.name}于${formatDate(g.founded.date)}在${at.place}成立。`, at.evidence, {
          title: g.name,
        });
      }
    }
    case "lead": {
      // "在哪个部门指导下成立的": who guided the founding, not who leads.
      const founding = "field" in g ? g.launch : g.founded;
      if (founding?.guidedBy && /指导/.test(p.text)) {
        const when = founding.date ? `（${formatDate(founding.date)}）` : "";
        // ("谁牵头、谁指导": who leads it too.)
        const leader = /牵头/.test(p.text) ? ("field" in g ? g.lead : g.initiator) : undefined;
        const led = !leader ? "" : "zone" in leader ? c.zoneName(leader.zone) : leader.text;
        // ("是在科技部火炬中心指导下成立的吗": a body claimed, checked.)
        const claimed = GUIDED_CLAIM.exec(p.text)?.[1];
        // (Said short, "工信部火炬中心" is 工业和信息化部火炬中心: its characters stand in the name in order.)
        const wrong = claimed && !/哪|谁|什么/.test(claimed) && !inOrder(claimed, founding.guidedBy) ? claimed : "";
        return fact(
          c.k,
          `${wrong ? "不是。" : ""}${g.name}${led ? `由${led}牵头，` : ""}是在${founding.guidedBy}指导下成立的${when}${wrong ? `，不是${wrong}` : ""}。`,
          [...(leader?.evidence.slice(0, 1) ?? []), ...founding.evidence],
          { title: g.name },
        );
      }
      // ("在哪个部门指导下组建的", "在谁的指导下", no guiding body read: not its lead or its seat.)
      // (…unless a sentence of its articles says one guided it, "启动大会在X指导下举行", which is told elsewhere.)
      if (/(?:哪个|哪家|什么|谁)(?:部门|单位|机构|的)?指导/.test(p.text)) {
        // ("联盟在三省科技厅指导下运行": a sentence of its articles says who guides it; else not written.)
        const guided =
          /^(?:联盟|网络|该联盟|该网络)在([\u4e00-\u9fff、]{2,30}?)(?:的)?指导下(运行|成立|组建|开展工作|启动|运作)/;
        const said = sentenceCited(c.k, (x) => guided.test(x), namesGroup(c.k, g.id));
        const m = said ? guided.exec(said.quote) : null;
        if (said && m)
          return fact(c.k, `${g.name}在${m[1]}指导下${m[2]}。`, [{ article: said.articleId, quote: said.quote }], {
            title: g.name,
          });
        if (!sentenceCited(c.k, (x) => /指导下/.test(x), namesGroup(c.k, g.id))) return missing(c, g, "指导单位");
      }
      if (isNetwork) return lead(c, g, CHANGED.test(p.text));
      // An alliance is led by its chair (理事长单位) when an article names one; else its seat or initiators, unless
      // the chair is what is asked.
      if (!g.chair && /理事长单位|\bchair/i.test(p.text)) return missing(c, g, "理事长单位");
      // Who initiated it, when that is what is asked ("是哪几家倡议发起的"): its initiators before its chair.
      if (g.initiator && /发起|倡议/.test(p.text) && !/理事长/.test(p.text)) return initiatedBy(c, g);
      // ("淮河联盟是由哪些高新区发起的", "是谁发起的", no initiator named apart: its founding members founded it
      // together, not its first secretariat.)
      if (!g.initiator && /发起/.test(p.text) && /哪些|哪几|哪(?:\d+|[一二三四五六七八九十]{1,3})家|谁/.test(p.text))
        return g.memberHistory.length > 0 ? atFounding(c, g, "members", p.text) : members(c, g, p.text);
      // ("联盟由A牵头发起", its chair rotating from B: "牵头单位" asks A.)
      const ledFounding = /牵头/.test(g.initiator?.evidence[0]?.quote ?? "");
      if (ledFounding && /牵头/.test(p.text) && /轮值/.test(g.chair?.evidence[0]?.quote ?? ""))
        return initiatedBy(c, g);
      if (g.chair) {
        // "理事长单位怎么轮换，一届多长": the rule its article states, and the next term's holder when one is named.
        const rule = ASKS_ROTATION.test(p.text) ? seatRule(c, g.chair.evidence, CHAIR_SEAT) : undefined;
        const next = rule ? g.seats.find((s) => /^下一任理事长/.test(s.role)) : undefined;
        // ("任期多久": the term the chair's own sentence gives, "任期两年，自2026年4月至2028年4月".)
        const own = ASKS_TENURE.test(p.text) ? TENURE.exec(g.chair.evidence[0]?.quote ?? "")?.[0] : undefined;
        // ("任期几年" of a chair whose article leaves its term open: "理事长单位的任期…将在后续理事会会议上研究确定".)
        const open = ASKS_TENURE.test(p.text) && !own && !rule ? openTerm(c, g.chair.evidence[0]) : undefined;
        if (open) return open;
        const lines = [
          `${g.name}的理事长单位是${c.zoneName(g.chair.zone)}${own ? `（${own}）` : ""}。`,
          ...(rule ? [`轮值办法：${rule.quote}。`] : []),
          ...(next ? [`${next.role}是${next.zones.map((z) => c.zoneName(z)).join("、")}。`] : []),
        ];
        const evidence = [...g.chair.evidence, ...(rule ? [rule] : []), ...(next?.evidence.slice(0, 1) ?? [])];
        return fact(c.k, lines.join("\n"), evidence, { title: g.name });
      }
      // Who led its founding (牵头…联合…成立, "在A倡议下…", or asked 谁发起) before where its seat is.
      if (g.initiator && /牵头|倡议下/.test(g.initiator.evidence[0]?.quote ?? "")) return initiatedBy(c, g);
      // (Those who initiated it, when named, before saying no lead is written.)
      if (g.initiator) return initiatedBy(c, g);
      if (g.secretariat) return leadUnnamed(c, g);
      return missing(c, g, "牵头单位");
    }
    case "leadPerson":
      // "秘书处的负责人叫什么": the secretariat's head, not the lead zone's people.
      if (SECRETARIAT_HEAD.test(p.text)) return secretariatHead(c, g);
      return isNetwork ? leadPerson(c, g) : missing(c, g, "负责人");
    case "secretariat": {
      if (!g.secretariat)
        return (SECRETARIAT_HEAD.test(p.text) ? null : (bodySeat(c, g) ?? jointSeat(c, g))) ?? missing(c, g, "秘书处");
      const seat = secretariat(c, g, p);
      // ("秘书处在哪，谁当秘书长": where it sits, then who heads it.)
      const head = SECRETARIAT_HEAD.test(p.text) && /谁|叫什么|叫啥|哪位/.test(p.text) ? secretariatHead(c, g) : null;
      // ("秘书处的秘书长叫什么名字": the head alone asked, not where the secretariat is: the head, or that none is written.)
      if (head && !/在哪|设在|哪里|哪儿|什么地方|哪个(?:高新区|单位|地方)|哪家/.test(p.text)) return head;
      return head?.kind === "fact"
        ? { ...seat, answer: `${seat.answer}\n${head.answer}`, citations: [...seat.citations, ...head.citations] }
        : seat;
    }
    case "results":
      return !isNetwork && g.results.length > 0 ? results(c, g) : missing(c, g, "成果");
    default:
      return overview(c, g, AT_FOUNDING.test(p.text));
  }
}

/**
 * Who initiated an alliance, as its article says it: one zone that 牵头, or several together (共同, how many
 * when `counted` is asked).
 */
function initiatedBy(c: FactContext, g: Alliance, counted = false): Answer {
  if (!g.initiator) return missing(c, g, "发起单位");
  const quote = g.initiator.evidence[0]?.quote ?? "";
  const several = g.initiator.text.split("、").length;
  // ("A联合B、C等沿黄国家高新区共同发起成立该联盟": the one who initiated it, with those it joined, as written.)
  const joined = several === 1 ? /联合([^，,。；;]+?)共同(?:倡议)?发起/.exec(quote)?.[1] : undefined;
  // ("在长沙高新区倡议下，…16家国家高新区共同签署…": one zone's call, which the others answered together.)
  const called = several === 1 && new RegExp(`在${g.initiator.text}的?倡议下`).test(quote);
  const how = joined
    ? `联合${joined}共同`
    : /牵头/.test(quote)
      ? "牵头"
      : called
        ? "倡议"
        : `${several > 1 && counted ? `${several}家` : ""}${/共同/.test(quote) ? "共同" : ""}`;
  return fact(c.k, `${g.name}由${g.initiator.text}${how}发起成立。`, g.initiator.evidence, { title: g.name });
}

/** An occasion that is only the act ("启动", "成立"): said as the act, not as a thing held. */
const BARE_ACT = /^(?:启动|成立|揭牌)$/;
/** "在V举行启动仪式", or "在V启动" when the article names no occasion but the act. */
const heldAs = (occasion: string | undefined) =>
  !occasion ? "启动" : BARE_ACT.test(occasion) ? occasion : `举行${occasion}`;

/** When a network was launched or an alliance founded. */
function date(c: FactContext, g: Group): Answer {
  if ("field" in g) {
    if (!g.launch?.date) return missing(c, g, "成立日期");
    const occasion = g.launch.occasion;
    const venue = !g.launch.venue
      ? ""
      : occasion && BARE_ACT.test(occasion)
        ? `，在${c.zoneName(g.launch.venue)}${occasion}`
        : `，${occasion ?? "启动活动"}在${c.zoneName(g.launch.venue)}举行`;
    return fact(c.k, `${g.name}于${formatDate(g.launch.date)}成立${venue}。`, g.launch.evidence, {
      title: g.name,
    });
  }
  if (!g.founded) return missing(c, g, "成立日期");
  const guided = g.founded.guidedBy ? `，在${g.founded.guidedBy}指导下` : "";
  return fact(c.k, `${g.name}于${formatDate(g.founded.date)}成立${guided}。`, g.founded.evidence, {
    title: g.name,
  });
}

/** Asks the hall, not the zone: "具体在哪个会场", "哪家酒店", "会议中心叫什么". */
const HALL_ASKED = /会场|酒店|宾馆|会议中心|展览中心|会展中心|场馆|礼堂|会堂|哪个厅|哪栋|哪座楼|哪幢|具体地址|门牌/;

/** Where a network was launched (`hall`: the hall asked, which the articles may not name). */
function venue(c: FactContext, g: Network, hall = false): Answer {
  // ("地点：深圳高新区深圳湾科技生态园国际会议中心三楼报告厅": a minutes' field line names the place.)
  const field = fieldPlace(c, g.launch?.evidence ?? []);
  const zone = g.launch?.venue ? c.k.zones.get(g.launch.venue) : undefined;
  const inZone = (place: string) =>
    !zone || [zone.name, ...zone.aliases].some((n) => n.length >= 2 && place.startsWith(n));
  if (field && inZone(field.place)) {
    const date = g.launch?.date ? `于${formatDate(g.launch.date)}` : "";
    return fact(c.k, `${g.name}${date}在${field.place}${heldAs(g.launch?.occasion)}。`, field.evidence, {
      title: g.name,
    });
  }
  if (!g.launch?.venue) return cityOnly(c, g) ?? missing(c, g, "启动地点");
  const date = g.launch.date ? `于${formatDate(g.launch.date)}` : "";
  const at = placeAsWritten(c, g.launch.venue, g.launch.evidence);
  const said = fact(c.k, `${g.name}${date}在${at.place}${heldAs(g.launch.occasion)}。`, at.evidence, { title: g.name });
  // (Only the zone written: the hall asked is not said.)
  if (hall && at.place === c.zoneName(g.launch.venue))
    return { ...said, kind: "none", answer: `文章没有提到具体的会场，只写了：${said.answer}` };
  return said;
}

/**
 * The place a minutes' field line gives in the launch's article ("地点：苏州高新区太湖科学城会议中心"), when it names a
 * zone the knowledge has: the place as written, quoted with the launch.
 */
function fieldPlace(c: FactContext, evidence: readonly Evidence[]): { place: string; evidence: Evidence[] } | null {
  for (const e of evidence) {
    const body = c.k.articles.get(e.article)?.body ?? "";
    const line = /(?:^|\n)(地点[：:]\s*([\u3400-\u9fff（）()]{4,40}))\s*(?:\n|$)/.exec(body);
    const place = line?.[2];
    if (!line || !place) continue;
    const named = [...c.k.zones.values()].some((z) =>
      [z.name, ...z.aliases].some((n) => n.length >= 2 && place.startsWith(n)),
    );
    if (named) return { place, evidence: [...evidence, { article: e.article, quote: line[1] as string }] };
  }
  return null;
}

/** "…，会场设在合肥滨湖国际会展中心": the hall, said in the clause after the launch (or opening the next sentence). */
const HALL_SET = /^[，,]?(?:主?会场)(?:设在|位于|选在|在)([\u3400-\u9fff（）()“”]{4,30}?)(?=[，,。；;]|$)/;

/** The hall the sentence of a launch's quote goes on to name ("…在合肥举行，会场设在合肥滨湖国际会展中心"). */
function hallAfter(c: FactContext, e: Evidence): { hall: string; quote: string } | undefined {
  const body = c.k.articles.get(e.article)?.body ?? "";
  const at = body.indexOf(e.quote);
  const rest = at >= 0 ? (/^[^。！？\n]*/.exec(body.slice(at + e.quote.length))?.[0] ?? "") : "";
  const hall = HALL_SET.exec(rest)?.[1];
  return hall ? { hall, quote: `${e.quote}${rest}`.replace(/[。！？]$/, "") } : undefined;
}

/**
 * "启动仪式在合肥举行": a launch whose article names only the city (no zone is its venue), said as written; the hall
 * too when the sentence goes on to name it ("会场设在合肥滨湖国际会展中心").
 */
function cityOnly(c: FactContext, g: Network): Answer | null {
  const cities = new Set([...c.k.zones.values()].map((z) => z.city ?? "").filter((x) => x.length >= 2));
  for (const e of g.launch?.evidence ?? []) {
    const city = /在([\u4e00-\u9fff]{2,4})(?:举行|召开|举办|启动|成立)/.exec(e.quote)?.[1];
    if (!city || !cities.has(city)) continue;
    const date = g.launch?.date ? `于${formatDate(g.launch.date)}` : "";
    const hall = hallAfter(c, e);
    if (hall)
      return fact(c.k, `${g.name}${date}在${city}${heldAs(g.launch?.occasion)}，会场设在${hall.hall}。`, [
        { article: e.article, quote: hall.quote },
      ]);
    return fact(
      c.k,
      `${g.name}${date}在${city}${heldAs(g.launch?.occasion)}（文章只写了城市，没有写在哪个高新区）。`,
      [e],
      { title: g.name },
    );
  }
  return null;
}

/**
 * The venue as the article writes it when it names the place inside the zone ("在长沙高新区麓谷企业广场举行" →
 * 长沙高新区麓谷企业广场), else the zone's name.
 */
function placeAsWritten(
  c: FactContext,
  zone: string,
  evidence: readonly Evidence[],
): { place: string; evidence: readonly Evidence[] } {
  const z = c.k.zones.get(zone);
  const names = z ? [z.name, ...z.aliases].filter((n) => n.length >= 2) : [];
  for (const e of evidence) {
    for (const name of names) {
      // (…or where the founders met: "在长沙麓谷科技创新中心“牵手”".)
      const m = new RegExp(
        `${name}([\\u3400-\\u9fff（）()]{2,16}?)(?:召开|举行|举办|开幕|启动|成立|${metWordsSource()})`,
      ).exec(e.quote);
      // (A short name followed by the rest of the zone's full name is the zone, not a place in it.)
      const place = m?.[1] ? `${name}${m[1]}` : "";
      // ("2025中国（泰州）国际医药博览会开幕": a name inside another's brackets is no place of the zone.)
      const unbalanced = (m?.[1]?.match(/[）)]/g)?.length ?? 0) > (m?.[1]?.match(/[（(]/g)?.length ?? 0);
      if (
        m?.[1] &&
        !unbalanced &&
        !/^(?:正式|隆重|顺利|共同|联合|牵头|的|和|与|等)/.test(m[1]) &&
        !names.includes(place)
      )
        return { place, evidence };
    }
    // "…启动大会在包头稀土高新区召开。会议在位于…的国际稀土科技交流中心举行": a sentence soon after (one of the next
    // three of its paragraph, or of the next paragraph's first two) names the hall.
    const body = c.k.articles.get(e.article)?.body ?? "";
    const at = body.indexOf(e.quote);
    const rest = at >= 0 ? body.slice(at + e.quote.length).replace(/^[。]+/, "") : "";
    const [paragraph = "", following = ""] = rest.split(/\n\s*\n/);
    const sentencesOf = (text: string) => text.trim().match(/[^。！？]+[。！？]?/g) ?? [];
    for (const sentence of [...sentencesOf(paragraph).slice(0, 3), ...sentencesOf(following).slice(0, 2)]) {
      // (…or where those who came gathered: "来自…的代表齐聚X会展交易中心".)
      const hall =
        /^(?:会议|大会|活动|仪式|启动仪式|启动大会|启动会|成立大会|成立会|成立仪式)在((?:位于[\u3400-\u9fff（）()]{2,20}的)?[\u3400-\u9fff（）()“”]{2,30}?)(?:举行|召开|举办)/.exec(
          sentence,
        )?.[1] ??
        HALL_SET.exec(sentence)?.[1] ??
        /(?:齐聚|汇聚|相聚|聚首)([\u3400-\u9fff]{2,20}?(?:中心|会堂|礼堂|大厦|酒店|宾馆|广场))/.exec(sentence)?.[1];
      // (Not who guided it, "会议在工业和信息化部规划司指导下召开", nor how it went, "会议在热烈友好的氛围中举行".)
      if (hall && !/(?:指导|支持|主持|见证|关心)下$|氛围|气氛|中$/.test(hall)) {
        const quote = sentence.replace(/[。！？]$/, "");
        return { place: `${c.zoneName(zone)}（${hall}）`, evidence: [...evidence, { article: e.article, quote }] };
      }
    }
  }
  return { place: c.zoneName(zone), evidence };
}

/** The zone that leads a network, with the lead people the articles quote. */
/** "牵头单位换了没", "变了吗": whether it changed (the graph keeps one lead: it did not, as far as the articles say). */
const CHANGED = /换了|变了|换没换|变没变|改了|更换|换人|调整了|还是/;

function lead(c: FactContext, g: Network, askedChange = false): Answer {
  // ("由A、B共同牵头": two that lead together, kept as a seat.)
  const joint = g.lead ? undefined : g.seats.find((x) => x.role === "联合牵头单位");
  if (joint)
    return fact(c.k, `${g.name}由${joint.zones.map((z) => c.zoneName(z)).join("、")}联合牵头。`, joint.evidence, {
      title: g.name,
    });
  if (!g.lead) return missing(c, g, "牵头单位");
  const people = g.leadPeople.map((p) => `${p.name}（${p.role}）`).join("、");
  const said = people ? `文章引述的牵头方负责人：${people}。` : "";
  const verdict = askedChange ? "没有变，文章所载的牵头单位仍是同一家：" : "";
  return fact(c.k, `${verdict}${g.name}的牵头单位是${c.zoneName(g.lead.zone)}。${said}`, g.lead.evidence, {
    title: g.name,
  });
}

/** The people who lead a network's lead zone (curated, else the officials the articles name). */
function leadPerson(c: FactContext, g: Network): Answer {
  // Curated lead people, else the officials the articles name for the lead zone or the network itself.
  const learned = c.k.officials.filter((o) => o.org !== undefined && (o.org === g.lead?.zone || o.org === g.id));
  const leadPeople = g.leadPeople.length > 0 ? g.leadPeople : learned;
  if (leadPeople.length === 0) return missing(c, g, "牵头方负责人");
  const lead = g.lead ? `牵头单位是${c.zoneName(g.lead.zone)}；` : "";
  const people = leadPeople.map((p) => `${p.name}（${p.role}）`).join("、");
  return fact(
    c.k,
    `${g.name}：${lead}文章引述的牵头方负责人是${people}。`,
    leadPeople.flatMap((p) => p.evidence),
    {
      title: g.name,
    },
  );
}

/** A title in a body other than a zone or a group ("…行业协会…分会副秘书长", "…研究院秘书长"). */
const OTHER_BODY = /协会|学会|商会|联合会|分会|研究院|研究会|基金会|公司|集团/;

/** The head of the secretariat asked ("秘书处的负责人", "秘书处主任是谁", "秘书长是谁"). */
export const SECRETARIAT_HEAD = /秘书处(?:的)?(?:负责人|领导|主任|负责同志|一把手)|秘书长/;

/**
 * The secretariat's head: an official named 秘书长 in an article that tells where this group's secretariat is (or
 * of the group itself), else not stated.
 */
function secretariatHead(c: FactContext, g: Group): Answer {
  const told = new Set(
    [g.secretariat, ...g.secretariatHistory].flatMap((s) => s?.evidence.map((e) => e.article) ?? []),
  );
  // (Not a deputy, nor another body's: "中国化学与物理电源行业协会储能应用分会副秘书长" is not the group's.)
  // ("联盟秘书处负责人、武汉东湖高新区管委会副主任冯立": the head named by that post.)
  // (…or "网络秘书处负责人" in an article about the group, which tells no seat.)
  const about = namesGroup(c.k, g.id);
  const aboutIt = (id: string) => {
    const a = c.k.articles.get(id);
    return a !== undefined && about(a);
  };
  // (…and not the other kind's: "联盟秘书处负责人、南昌高新区管委会主任" in a zone's page heads its alliance's, not its
  // network's.)
  const otherKind = "field" in g ? "联盟" : "网络";
  const named = (o: (typeof c.k.officials)[number]) =>
    /(?<!副)秘书长|秘书处(?:的)?(?:负责人|主任)/.test(o.role) &&
    !o.role.startsWith(`${otherKind}秘书处`) &&
    (o.org === g.id ||
      (!OTHER_BODY.test(o.role) &&
        o.evidence.some((e) => told.has(e.article) || (/^(?:网络|联盟)秘书处/.test(o.role) && aboutIt(e.article)))));
  const heads = c.k.officials.filter(named);
  if (heads.length === 0) return missing(c, g, "秘书处负责人（秘书长）");
  const people = [...new Set(heads.map((o) => `${o.name}（${o.role}）`))].join("、");
  return fact(
    c.k,
    `${g.name}秘书处的负责人：${people}。`,
    heads.flatMap((o) => o.evidence.slice(0, 1)),
    {
      title: g.name,
    },
  );
}

/** The bodies beside a secretariat a question may ask for, each with how its sentence names it: the one that
 *  supports it ("哪个科研机构在做技术支撑" — "A作为技术支撑单位参与秘书处工作"), the one that runs it day to day ("谁负责
 *  日常运营" — "由B承担秘书处日常运营工作", "日常运营工作委托C承担"). */
const SIDE_BODIES: { asked: RegExp; said: RegExp }[] = [
  {
    asked: /技术支撑|支撑单位|支撑机构|科研机构|科研院所|研究所|研究院|协助|配合/,
    said: /[^，,。；;]{2,40}?(?:作为|担任)[^，,。；;]{0,8}?(?:支撑|支持|协助|配合|协作)单位[^，,。；;]*/,
  },
  {
    asked: /日常运营|日常工作|具体工作|运营|运行|哪个机构|哪家机构|什么机构/,
    said: /由[^，,。；;]{2,30}?(?:承担|负责)[^，,。；;]{0,8}?(?:日常|具体)[^，,。；;]*|(?:日常|具体)[^，,。；;]{0,8}?(?:委托|交由|由)[^，,。；;]{2,50}?(?:承担|负责)[^，,。；;]*/,
  },
];

/** The clause of the seat's sentences (now's first, then before) that names the body beside it the question asks for. */
function sideBody(question: string, seats: readonly { evidence: readonly Evidence[] }[]) {
  for (const { asked, said } of SIDE_BODIES) {
    if (!asked.test(question)) continue;
    for (const e of seats.flatMap((x) => x.evidence)) {
      const clause = said.exec(e.quote)?.[0];
      if (clause) return { clause, evidence: e };
    }
  }
  return undefined;
}

/** A sentence that says who initiated a group: "由A、B、C三家共同倡议发起". */
const INITIATED = /(?:共同)?(?:倡议)?发起(?:成立|组建)?|倡议(?:成立|组建)/;

/** An alliance whose articles name no lead, chair or initiator, asked who leads it: said so, with who holds its
 *  rotating chair now and where its secretariat is — not the secretariat given as its lead. */
function leadUnnamed(c: FactContext, g: Alliance): Answer {
  const seat = secretariat(c, g);
  const chair = g.seats
    .filter((s) => /^(?:首任|首届|现任)?轮值主席单位$/.test(s.role))
    .sort((x, y) => (x.asOf ?? "").localeCompare(y.asOf ?? ""))
    .at(-1);
  if (seat.kind === "none") return seat;
  const role = chair?.role === "轮值主席单位" ? "现任轮值主席单位" : chair?.role;
  const chairLine = chair ? `${role}是${chair.zones.map((z) => c.zoneName(z)).join("、")}。\n` : "";
  // (A sentence of its articles that says who initiated it, which no reader took: quoted, not "not written".)
  const initiated = sentenceCited(c.k, (x) => INITIATED.test(x), namesGroup(c.k, g.id));
  const opening = initiated ? `文章写：${initiated.quote}\n` : `文章没有写${g.name}由哪家牵头。\n`;
  return {
    ...seat,
    answer: `${opening}${chairLine}${seat.answer}`,
    citations: [
      ...(initiated ? [initiated] : []),
      ...(chair ? citationsFor(c.k, chair.evidence.slice(0, 1)) : []),
      ...seat.citations,
    ],
  };
}

/** Where the secretariat sits, and where it sat before when it moved. */
function secretariat(c: FactContext, a: Group, p?: Parsed): Answer {
  if (!a.secretariat) return missing(c, a, "秘书处");
  // "蚌埠高新区之后秘书处由谁接任": the one after the seat's holder now is not written; the rule is, when stated.
  const holder = a.secretariat.zone;
  const after = p?.mentions.find(
    (m) => m.type === "entity" && m.ref.id === holder && AFTER_HOLDER.test(p.text.slice(m.end)),
  );
  // (Not when the articles give the order it passes in: "此后将依次轮转至济南高新区、西安高新区".)
  const ordered = [a.secretariat, ...(a.secretariatHistory ?? [])].some((s) =>
    s.evidence.some((e) => /依次|此后|之后由|顺序/.test(e.quote)),
  );
  if (after && !ordered) {
    const rule = seatRule(c, [...a.secretariat.evidence], SECRETARIAT_SEAT);
    return none(
      `文章没有写${c.zoneName(holder)}之后由哪家承接${a.name}秘书处。${rule ? `文章写到的轮值办法是：${rule.quote}。` : ""}`,
      { citations: rule ? citationsFor(c.k, [rule]) : [] },
    );
  }
  // ("秘书处是哪个科研机构在做技术支撑": a body that supports the seat, as its sentence names it.)
  // (An earlier seat's body only when it sat in the same zone: the office that ran another zone's term is not this one's.)
  const inZone = (a.secretariatHistory ?? []).filter((h) => h.zone === a.secretariat?.zone).reverse();
  const support = p ? sideBody(p.text, [a.secretariat, ...inZone]) : undefined;
  if (support)
    return fact(c.k, `${a.name}的秘书处设在${c.zoneName(holder)}，${support.clause}。`, [support.evidence], {
      title: a.name,
    });
  // "任期多长": the term its sentence gives (of the seat's zone, when the sentence gives terms of several:
  // "首届秘书处由A承担，任期自…至2026年5月；第二届秘书处由B承担，任期至2028年5月").
  const clauses = a.secretariat.evidence.flatMap((e) => e.quote.split(/[；;。]/));
  const own = c.zoneName(a.secretariat.zone).replace(/高新区$/, "");
  const tenure =
    p && ASKS_TENURE.test(p.text)
      ? (TENURE.exec(clauses.find((x) => x.includes(own) && TENURE.test(x)) ?? "")?.[0] ??
        TENURE.exec(clauses.join("。"))?.[0])
      : undefined;
  const history = a.secretariatHistory ?? [];
  // "秘书处是怎么轮值的": the rule its articles state, after where it sits.
  // (…or the articles whose title names the group: "联盟秘书处设在当年的轮值主席单位，随轮值主席单位同步轮换" in the
  // founding's report, where the seat's own sentences are a later one's.)
  const names = entityNames(c.k, a.id).filter((n) => n.length >= 4);
  const titled = [...c.k.articles.values()]
    .filter((x) => names.some((n) => x.title.includes(n)))
    .map((x) => ({ article: x.id, quote: "" }));
  // (Not another group's rule quoted there: "黄河流域…联盟秘书处由成员单位按年度轮值" in a report of a visit.)
  const others = [...c.k.networks.keys(), ...c.k.alliances.keys()]
    .filter((id) => id !== a.id)
    .flatMap((id) => entityNames(c.k, id))
    .filter((n) => n.length >= 4 && !names.some((own) => own.includes(n)));
  const found =
    p && ASKS_HOW_ROTATES.test(p.text)
      ? seatRule(c, [...a.secretariat.evidence, ...history.flatMap((h) => h.evidence), ...titled], SECRETARIAT_SEAT)
      : undefined;
  // (…known or not: the group its sentence names before 秘书处 must be this one.)
  const ownerSaid = found ? /([\u4e00-\u9fff]{4,30}(?:联盟|网络))秘书处/.exec(found.quote)?.[1] : undefined;
  const ofOther = ownerSaid !== undefined && !names.some((n) => ownerSaid.endsWith(n) || n.endsWith(ownerSaid));
  const rule = found && !ofOther && !others.some((n) => found.quote.includes(n)) ? found : undefined;
  const term = tenure ? `，${tenure}` : "";
  const ruleLine = rule ? `。轮值办法：${rule.quote}` : "";
  const ruled = rule ? [rule] : [];
  // (Said once: not again after "自2026年1月1日起".)
  const movedOn = a.secretariat.movedOn ? formatDate(a.secretariat.movedOn) : "";
  const handedOver = movedOn && !(a.secretariat.note ?? "").includes(movedOn) ? `（${movedOn}交接）` : "";
  // "秘书处是不是也换地方了": no article tells of a move; it is where it was. (A move inside the zone, from one of its
  // bodies to another, is told by the note: "由…科技局移交至…服务中心".)
  const asksChange = p !== undefined && (CHANGED.test(p.text) || /换地方|搬/.test(p.text));
  const movedInside = MOVED_INSIDE.test(a.secretariat.note ?? "");
  // (A seat the articles say it moved to, on a day, where no earlier seat is known, did change: not "没有变".)
  const moved = movedInside || a.secretariat.movedOn !== undefined;
  const unchanged = history.length === 0 && asksChange ? (moved ? "有变化：" : "没有变：") : "";
  if (history.length === 0)
    return fact(
      c.k,
      `${unchanged}${a.name}的${secretariatSaid(c, a.secretariat)}${handedOver}${term}${ruleLine}。`,
      [...a.secretariat.evidence, ...ruled],
      {
        title: a.name,
      },
    );
  // It moved: the seat asked about first (the first one for "首届/最初/成立时", else the current one), then the rest.
  const first = history[0] as NonNullable<Group["secretariat"]>;
  const asksFirst = p
    ? /首届|第一届|最初|最早|起初|原来|原先|一开始|刚成立|成立时|成立之初|此前|之前/.test(p.text)
    : false;
  const since = handedOver || (a.secretariat.asOf ? `（据${formatDate(a.secretariat.asOf)}的报道）` : "");
  const now = `现在${secretariatSaid(c, a.secretariat).replace(/^首届/, "")}${since}${term}`;
  const before = history
    .map((h) => `${h.asOf ? `据${formatDate(h.asOf)}的报道，` : "此前"}${secretariatSaid(c, h)}`)
    .join("；");
  // (A move decided from a day after the knowledge's newest article, "自2027年1月1日起…移至长沙高新区": where it is until
  // then, and where it goes.)
  const last = history.at(-1);
  const ahead = a.secretariat.movedOn !== undefined && a.secretariat.movedOn > (presentDate(c.k) ?? "") && last;
  const answer = asksFirst
    ? `${a.name}最初的${secretariatSaid(c, first).replace(/^首届/, "")}；${now}${ruleLine}。`
    : ahead
      ? `${a.name}目前${secretariatSaid(c, last).replace(/^首届/, "")}；自${movedOn}起移至${c.zoneName(a.secretariat.zone)}${term}${ruleLine}。`
      : `${a.name}${now}；${before}${ruleLine}。`;
  const evidence = asksFirst
    ? [...first.evidence, ...a.secretariat.evidence, ...ruled]
    : [...a.secretariat.evidence, ...history.flatMap((h) => h.evidence), ...ruled];
  return fact(c.k, answer, evidence, { title: a.name });
}

/** An alliance's results as the articles list them. */
function results(c: FactContext, a: Alliance): Answer {
  const items = a.results.map((r) => ({ name: r.text }));
  return fact(
    c.k,
    `${a.name}的成果与进展：${a.results.map((r, i) => `${i + 1}. ${r.text}`).join("；")}。`,
    a.results.flatMap((r) => r.evidence),
    {
      title: `${a.name} · 成果`,
      items,
    },
  );
}

/** The place a founding sentence gives, before its verb: "在郑州共同发起成立". */
const FOUNDED_IN = /在([\u4e00-\u9fff]{2,10}?)(?:共同|正式|隆重)?(?:发起)?(?:举行|举办|召开|启动|成立)/;

/** Which members, not how many: "具体是哪几家", "分别是谁", "都有谁". */
const WHICH_ONES = /具体是哪|分别是(?:谁|哪)|都(?:有|是)谁|是哪几家|名单/;
/** How a seat is named where its rule is stated: the chair's own post (not the deputies', nor another seat's that
 * follows it: "秘书处是否随理事长单位一并轮换"), and the secretariat (not one that follows another's). */
// (Not inside a document's title: "《联盟秘书处轮值制度》".)
const CHAIR_SEAT = "(?<![副随跟]|《[^》]{0,20})理事长单位";
const SECRETARIAT_SEAT = "(?<![随跟]|《[^》]{0,20})秘书处";
/** Asks how a seat rotates, not only how long a term is: "怎么轮值的", "规则讲一下", "轮值单位怎么产生". */
// ("由谁推选": who chooses the holder, which the rule says; "是固定设在一个地方吗", "会不会变": whether it moves.)
// ("按什么顺序轮": the order it goes round in.)
// ("秘书处是固定在一个地方吗？怎么设置的": how it is set.)
const ASKS_HOW_ROTATES =
  /怎么设置|如何设置|轮换吗|轮不轮换|怎么轮|如何轮|轮值规则|规则|制度|顺序|次序|多久轮|怎么产生|如何产生|怎么定|谁来定|推选|推举|选举|选出|固定|会不会[变换动]|会[变换]吗|轮不轮|是否轮/;
/**
 * "成渝联盟的轮值主席是怎么轮的": the rule the articles of the seat's holders state ("轮值主席由重庆、四川两地成员单位交替担任，
 * 每届任期一年").
 */
export function rotatingSeatRule(c: FactContext, p: Parsed, g: Group): Answer | null {
  const post = /轮值主席|轮值理事长/.exec(p.subBody ?? "")?.[0];
  if (!post || !ASKS_HOW_ROTATES.test(p.text)) return null;
  const held = g.seats.filter((s) => s.role.includes(post)).flatMap((s) => s.evidence);
  const rule = held.length > 0 ? seatRule(c, held, post) : undefined;
  // (The order asked: a rule that says one, else the passages; "任期一年" says none.)
  if (rule && /顺序|次序/.test(p.text) && !/顺序|依次|轮流|交替/.test(rule.quote)) return null;
  return rule ? fact(c.k, `${g.name}的${post}轮值办法：${rule.quote}。`, [rule], { title: g.name }) : null;
}

/**
 * "网络秘书处设在中国医药城生物医药产业促进中心": a secretariat in a body no zone names (the facts keep a seat as a zone),
 * said in a sentence that names the group or in an article whose title does: that sentence.
 */
function bodySeat(c: FactContext, g: Group): Answer | null {
  const names = entityNames(c.k, g.id).filter((n) => n.length >= 4);
  const kind = "field" in g ? "网络" : "联盟";
  // ("网络秘书处此前由A承担,会议决定即日起改设在B研究所": where it is set now, after what it was.)
  const seated = new RegExp(
    `(?:${kind})?秘书处(?:[^。；;]{0,40}?(?:改设在|改设于|改由)|设在|设于|常设在|落户)([^，,。；;]{2,30})`,
  );
  // (An article about this group alone, whose sentence names no zone: one a zone names is the extractor's.)
  const others = [...c.k.networks.values(), ...c.k.alliances.values()]
    .filter((o) => o.id !== g.id)
    .flatMap((o) => entityNames(c.k, o.id).filter((n) => n.length >= 4));
  const said = sentenceCited(
    c.k,
    (x) => !UNDECIDED.test(x) && !/高新区|示范区|工业园区/.test(seated.exec(x)?.[1] ?? "高新区"),
    (a) => names.some((n) => a.title.includes(n)) && !others.some((n) => a.title.includes(n)),
  );
  return said ? saidFact(c.k, said, g.name) : null;
}

/** A sentence that says there was no rule: "首届秘书处设立时尚无轮值制度，未约定任期". */
const NO_RULE = /(?:尚无|没有|并无|无)轮值|未(?:约定|规定|明确)任期/;

/**
 * The sentence of the seat's articles that says how it rotates ("理事长单位实行轮值制，每届任期两年…", "秘书处每两年轮值
 * 一次，轮值单位由成员单位自愿申请、常务理事会议审议确定").
 */
function seatRule(c: FactContext, evidence: readonly Evidence[], seat: string): Evidence | undefined {
  // (With the document it follows, when the sentence opens so: "根据《联盟理事长轮值办法》，理事长单位…".)
  const rule = new RegExp(
    `(?:(?:根据|按照|依据)《[^》]+》[，,](?:联盟|网络)?)?${seat}[^。]*?(?:轮值|轮换|轮流|任期)[^。]*`,
  );
  const found: Evidence[] = [];
  for (const article of new Set(evidence.map((e) => e.article))) {
    for (const sentence of articleSentences(c.k.articles.get(article)?.body ?? "")) {
      const m = rule.exec(sentence);
      // (A seat inside a quoted rule, "按照联盟章程“秘书处随轮值主席单位设置”的规定，…": from the sentence's start.)
      const before = m ? sentence.slice(0, m.index) : "";
      // (…and with its subject when the clause sets it up: "联盟实行轮值主席制度，轮值主席由…交替担任".)
      const setUp = /(?:^|[，,：:；;])([^，,：:；;“”]{1,12}(?:实行|实施|建立))$/.exec(before)?.[1];
      // (…and from its clause's start otherwise: "长沙高新区担任首任轮值主席单位，任期一年", not "轮值主席单位，任期一年".)
      const own = /[^，,：:；;“”]{0,16}$/.exec(before)?.[0] ?? "";
      const clause =
        m && before.split("“").length > before.split("”").length
          ? before + m[0]
          : m && setUp
            ? setUp + m[0]
            : m && own.length < 16
              ? own + m[0]
              : m?.[0];
      // (A rule left open is no rule: "…章程未作规定，目前尚无定论".)
      // (…nor one that says there was none. "每届任期两年，由常务理事会议…推选产生" is how every term is filled.)
      const open = clause && UNDECIDED.test(clause) && !/每届|每[一两二三]?年/.test(clause);
      // (A rule, then what is left open: "轮值主席单位原则上在三省成员之间依次轮换，下一任轮值主席单位将在联盟年会上确定"
      // — the rule, up to the clause that leaves the next holder open.)
      const ruled = open ? /^(.*)[，,；;][^，,；;]*$/.exec(clause.slice(0, clause.search(UNDECIDED)))?.[1] : clause;
      // (…a rule that says how, not "联盟理事长单位的任期及轮换方式，将在后续理事会会议上研究确定".)
      const rotates = ruled !== undefined && /依次|交替|轮流担任|每届|任期(?:为)?[一两二三四五六\d]/.test(ruled);
      if (ruled && (!open || rotates) && !NO_RULE.test(ruled)) found.push({ article, quote: ruled });
    }
  }
  // The sentence that says how it rotates and for how long, before one that says less (a heading, "…轮值机制").
  // (What is said after the seat, beside its own name: "轮值主席单位，任期一年" says no more than its name does, and
  // "新成员入盟申请和轮值主席轮换等事项" says nothing of how.)
  // (`seat` is a pattern: "秘书处", "理事长(?:单位)?".)
  const seatSaid = new RegExp(seat, "g");
  const after = (e: Evidence) => e.quote.slice(Math.max(0, e.quote.search(seatSaid))).replace(seatSaid, "");
  const says = (e: Evidence) =>
    (/轮值|轮换|轮流/.test(after(e)) ? 2 : 0) +
    // (A term's length or span, not "将在任期内牵头…", which only says there is a term.)
    (/任期(?!内)|[一两二三四五\d]年|每年|每届/.test(after(e)) ? 2 : 0) +
    // ("…交替担任，每届任期一年" says how it passes on.)
    (/顺序|依次|申请|推荐|产生|交替|每届/.test(after(e)) ? 1 : 0);
  return [...found].sort((a, b) => says(b) - says(a) || b.quote.length - a.quote.length)[0];
}

/**
 * "网络秘书处…调整为由无锡高新区与苏州工业园区联合承担": a secretariat two zones hold together, which the knowledge keeps
 * no seat of (one zone each): the sentence that says so.
 */
// (Two zones named after 由, not "秘书处将与承办单位共同负责…筹备工作".)
const JOINT_SEAT =
  /秘书处[^。；;]{0,16}?由[\u4e00-\u9fff]{2,12}?(?:高新区|示范区|园区)(?:与|和)[\u4e00-\u9fff]{2,12}?(?:高新区|示范区|园区)(?:联合|共同)(?:承担|负责)/;
function jointSeat(c: FactContext, g: Group): Answer | null {
  const said = sentenceCited(c.k, (x) => JOINT_SEAT.test(x) && !UNDECIDED.test(x), namesGroup(c.k, g.id));
  return said ? saidFact(c.k, said, g.name) : null;
}
