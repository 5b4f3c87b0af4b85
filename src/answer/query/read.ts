/**
 * Question → reading: the query it asks and the claims it takes for granted. Works on the parsed question
 * (normalised text and the entity mentions the alias index found, with their positions): a reading composes
 * references ("东湖牵头的网络" is the set of networks led by 东湖), cues (common members, how many, the most,
 * which first, yes/no) and numbers. Returns no query when the question needs nothing the fact engine lacks.
 */

import { PROVINCES } from "../../knowledge/extract/names.ts";
import { lexicon } from "../../knowledge/lexicon.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { chineseNumber } from "../../knowledge/numerals.ts";
import { presentYear, RELATIVE_YEARS } from "../../knowledge/present-year.ts";
import { batchUnrecorded } from "../facts/batches.ts";
import {
  AT_FOUNDING,
  asksLaterStatus,
  asksWhoMayJoin,
  attendanceAsked,
  BRIEF,
  DATES_BY_ZONE,
  LIST_ONLY,
  MEMBERS_DOING,
  RANK_ASKED,
  WILL_APPLY,
} from "../facts/cues.ts";
import { partOfListNamed } from "../facts/parts-named.ts";
import { AT_THE_SAME_TIME, LATEST_CHANGE, type Parsed } from "../parse.ts";
import type { Claim, Query, Reading, SetExpr } from "./algebra.ts";
import { asksMembership, CUES, YEAR_PART } from "./cues.ts";
import { heldClaim } from "./event-venue.ts";
import { group as groupOf, ledBy, partAskedOf } from "./graph.ts";

type Ref = { kind: "zone" | "group"; id: string; start: number; end: number; ledBy?: string };

/** Things counted that are no group or member: "多少个项目", "多少家企业". */
const OTHER_COUNTED = /企业|公司|机构|项目|平台|人才|专家|场景|基地|中心|产值|规模|营收|试点/;
/** A body of a zone named right after it: "科技创新局", "管理服务中心". */
const BODY_AFTER = /^[\u4e00-\u9fff]{1,10}?(?:局|中心|办公室|公司|委员会|管委会)/;
/** "12", "十二", "两" → a number (the question's counts are small). */
export function numberFrom(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return s === "" ? undefined : chineseNumber(s);
}
const NUM = "(\\d+|[一二两三四五六七八九十]{1,3})";
/** "比B晚了一年才成立": the order of two foundings (the group before 比 is the subject). */
const ORDER = /比[^，,。？?]{1,24}?(晚|早)了?[^，,。？?]{0,6}?(?:成立|启动|组建|建立|创立)/;
/** How many is asked, not which ("一共有几家"). */
const ASKS_COUNT = /多少|几家|几个/;

/**
 * Zones listed right after 除了 ("除了A、B以外，其他…", "除了A和B，还有…"): the index of the last one, when what follows
 * it sets them aside; else -1.
 */
function exceptChainEnd(text: string, mentions: Parsed["mentions"], at: number): number {
  for (let i = at; ; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (!m || m.type !== "entity" || m.ref.kind !== "zone") return -1;
    if (/^(?:之外|以外|外)?(?:还|另外|其他|其余|别的)/.test(text.slice(m.end))) return i;
    if (!next || next.type !== "entity" || next.ref.kind !== "zone") return -1;
    if (!/^(?:和|及|与|以及)?$/.test(text.slice(m.end, next.start))) return -1;
  }
}

/** Zone and group references in question order; "Z牵头的网络" becomes the group(s) Z leads. */
function references(
  p: Parsed,
  k: Knowledge,
): {
  refs: Ref[];
  leadClaims: Claim[];
  strip: [number, number][];
  except: string[];
  /** The spans of `strip` that set zones aside. */
  asideSpans: [number, number][];
} {
  const refs: Ref[] = [];
  /** Zones set aside ("除了X"). */
  const except: string[] = [];
  const asideSpans: [number, number][] = [];
  const leadClaims: Claim[] = [];
  /** "Z牵头的" before a named network: read here, so the lookup sees the network alone. */
  const strip: [number, number][] = [];
  const mentions = p.mentions.filter((m) => m.type === "entity");
  let chainEnd = -1;
  const oneGroup =
    new Set(mentions.flatMap((m) => (m.type === "entity" && m.ref.kind !== "zone" ? [m.ref.id] : []))).size === 1;
  for (const [i, m] of mentions.entries()) {
    if (m.type !== "entity") continue;
    if (m.ref.kind !== "zone") {
      refs.push({ kind: "group", id: m.ref.id, start: m.start, end: m.end });
      continue;
    }
    // "A高新区（不是B园区）": a zone named only to be told apart is not asked about.
    // ("是不是X" asks about X.)
    const apart = TOLD_APART.exec(p.text.slice(Math.max(0, m.start - 5), m.start));
    if (apart) {
      strip.push([m.start - apart[0].length, m.end]);
      continue;
    }
    // "除了X(以外)，还有哪些…": X is set aside from what is asked.
    // ("除了A、B以外": each zone of the list after 除了, the text read without its punctuation.)
    const besides = /除了?$/.exec(p.text.slice(Math.max(0, m.start - 2), m.start));
    const rest = /^(?:之外|以外|外)?(?=还|另外|其他|其余|别的|也|有)/.exec(p.text.slice(m.end));
    // (Not zones that applied or mean to join, "除了A、B、C，还有哪些高新区申请加入": no members asked; and of one group.)
    if (besides && oneGroup && !/申请|意向|打算|计划|准备/.test(p.text)) chainEnd = exceptChainEnd(p.text, mentions, i);
    const listed = i <= chainEnd;
    if ((rest || listed) && (besides || listed || /^(?:之外|以外)/.test(rest?.[0] ?? ""))) {
      except.push(m.ref.id);
      const span: [number, number] = [m.start - (besides?.[0].length ?? 0), m.end + (rest?.[0].length ?? 0)];
      strip.push(span);
      asideSpans.push(span);
      continue;
    }
    // ("wuxi高新区牵头的…": a name in English, then the kind of zone in Chinese.)
    const end = m.end + (/^(?:国家)?高新区/.exec(p.text.slice(m.end))?.[0].length ?? 0);
    const after = p.text.slice(end);
    const lead = CUES.ledBy.exec(after);
    const next = mentions[i + 1];
    // ("南昌高新区牵头的低空网络核心零部件供需对接会": what it leads is a thing of the network named after it, not the
    // network.)
    const thing =
      next?.type === "entity"
        ? THING_OF_GROUP.exec(p.text.slice(next.end).replace(/^(?:产业)?(?:协同创新)?(?:网络|联盟)?的?/, ""))
        : null;
    // (A thing named right after the network, no verb or question word between: "…网络今年举办了哪些活动" keeps the claim.)
    const ofThing = thing !== null && !/了|哪|什么|啥|有|举办|成立|建|开展|组织|设|推出|发布/.test(thing[1] ?? "");
    if (
      next &&
      next.type === "entity" &&
      next.ref.kind === "network" &&
      !ofThing &&
      CUES.leadsNamed.test(p.text.slice(end, next.start))
    ) {
      leadClaims.push({ is: "lead", zone: m.ref.id, group: next.ref.id });
      strip.push([m.start, next.start]);
      continue;
    }
    if (lead) {
      const named =
        next && next.type === "entity" && next.ref.kind === "network" && next.start <= end + lead[0].length + 2;
      if (named && next.type === "entity") {
        leadClaims.push({ is: "lead", zone: m.ref.id, group: next.ref.id });
        strip.push([m.start, next.start]);
        continue;
      }
      const led = ledBy(k, m.ref.id);
      // "光电子网络是不是张江牵头的": a lead the question ends on is what it asks about, not a network it names.
      // ("IC网络是中关村牵头的那个吧": the one it leads, said of a network named before, is still the claim.)
      const asked = /^(?:牵头|领衔|带头|主导)(?:的|建设的|成立的)?(?:那个|那一个|那张)?(?:网络)?(?:吗|吧|呢|么)?$/.test(
        after,
      );
      if (led.length === 1 && led[0] && !asked) {
        refs.push({ kind: "group", id: led[0].id, start: m.start, end: end + lead[0].length, ledBy: m.ref.id });
        continue;
      }
    }
    refs.push({ kind: "zone", id: m.ref.id, start: m.start, end: m.end });
  }
  return { refs, leadClaims, strip, except, asideSpans };
}

/** Another zone named between `zr` and the lead word after it ("A在B牵头的X网络里吗"). */
/** A yes/no question that names a part of the group's list the zone is in one of ("是做整机研制的吧"). */
function partAsked(k: Knowledge, group: string, zone: string, t: string): boolean {
  const g = k.networks.get(group) ?? k.alliances.get(group);
  return g !== undefined && partAskedOf(g, zone, t) !== undefined;
}

function ledByAnother(zr: Ref, mentions: Parsed["mentions"], t: string): boolean {
  const lead = t.slice(zr.end).search(/牵头|领衔|带头|主导/);
  if (lead < 0) return false;
  const at = zr.end + lead;
  return mentions.some((m) => m.type === "entity" && m.ref.kind === "zone" && m.start >= zr.end && m.end <= at);
}

/** A thing of a group said right after its name: a meeting, an event, a body, a piece of work ("…核心零部件供需对接会"). */
const THING_OF_GROUP =
  /^([\u4e00-\u9fff]{0,16}?)(?:对接会|推介会|座谈会|交流会|论坛|大赛|活动|工作组|专班|专委会|平台|基金|项目|板块|环节)/;

export function readQuestion(p: Parsed, k: Knowledge): Reading {
  const reading = readWhole(p, k);
  const renames = toldApartReadings(p, k);
  return renames.length > 0 ? { ...reading, renames } : reading;
}

/** A zone told apart ("不是B"), right before it. */
const TOLD_APART = /(?:注意)?(?:(?<!是)不是|并非|而非|不包括|非)$/;

/**
 * "单写“苏州”的那家（不是苏州工业园区）": a short name the question gives, one of whose readings it tells apart, is the
 * one reading left.
 */
function toldApartReadings(p: Parsed, k: Knowledge): NonNullable<Reading["renames"]> {
  const apart = p.mentions.flatMap((m) =>
    m.type === "entity" && m.ref.kind === "zone" && TOLD_APART.test(p.text.slice(Math.max(0, m.start - 5), m.start))
      ? [m.ref.id]
      : [],
  );
  if (apart.length === 0) return [];
  return p.mentions.flatMap((m) => {
    if (m.type !== "ambiguous" || !m.name.readings.some((id) => apart.includes(id))) return [];
    const left = m.name.readings.filter((id) => !apart.includes(id));
    const to = left.length === 1 ? k.zones.get(left[0] as string)?.name : undefined;
    return to ? [{ start: m.start, end: m.end, to }] : [];
  });
}

function readWhole(p: Parsed, k: Knowledge): Reading {
  const t = p.text;
  const { refs, leadClaims, strip, except, asideSpans } = references(p, k);
  const groupRefs = refs.filter((r) => r.kind === "group");
  const zoneRefs = refs.filter((r) => r.kind === "zone");
  const groupsIds = [...new Set(groupRefs.map((r) => r.id))];
  const zoneIds = [...new Set(zoneRefs.map((r) => r.id))];
  const yesNo = CUES.yesNo.test(t);
  const among = CUES.pilotScope.test(t) ? ("pilot" as const) : ("network" as const);
  const composedByLead = groupRefs.some((r) => r.ledBy);

  // ---- claims the question makes: what a yes/no question asks, or what another question takes for granted
  const asked: Claim[] = [];
  const assumed: Claim[] = [...leadClaims];
  const g0 = groupsIds[0];
  // "Z是不是X和Y两个网络都参加了": a membership claim for each group named.
  const eachGroup =
    yesNo && zoneIds.length === 1 && groupsIds.length >= 2 && /都|全|两个|三个|均/.test(t) && asksMembership(p);
  if (eachGroup) for (const g of groupsIds) asked.push({ is: "member", zone: zoneIds[0] as string, group: g });
  // "京津冀联盟和东北联盟都是2023年成立的吗": the founding year claimed of each group named.
  const yearOfEach =
    yesNo && zoneIds.length === 0 && groupsIds.length >= 2 && /都|均|全/.test(t) && CUES.founded.test(t)
      ? CUES.foundedYear.exec(t)
      : null;
  // ("都是2024年7月成立的吗": the month too.)
  if (yearOfEach)
    for (const g of groupsIds) {
      asked.push({
        is: "year",
        group: g,
        year: Number(yearOfEach[1] ?? yearOfEach[2] ?? yearOfEach[3] ?? yearOfEach[4]),
      });
      if (p.month !== null) asked.push({ is: "monthDay", group: g, month: p.month });
    }
  if (g0 && groupsIds.length === 1) {
    for (const z of zoneIds) {
      if (leadClaims.some((c) => "zone" in c && c.zone === z)) continue;
      const zr = zoneRefs.find((r) => r.id === z) as Ref;
      // The lead word next to the zone, or before it as the subject ("牵头单位现在是Z吗").
      // (Within the zone's clause, which a time ends: "轮值主席换成长春以后牵头单位还是东湖吗" claims nothing of 长春
      // leading.)
      const around = `${t.slice(Math.max(0, zr.start - 2), zr.start)}${t.slice(zr.start, zr.end + 8).replace(/(?:以后|之后|以来|[，,。；;]).*$/, "")}${/(?:牵头|领衔|带头|主导)(?:单位|方|者)?[^，,。？?]{0,6}$/.test(t.slice(0, zr.start)) ? "牵头" : ""}`;
      // Where another occasion (a meeting, a contest) is held says nothing of the founding's venue.
      const venuePhrase =
        CUES.venueAfterZone.test(t.slice(zr.end, zr.end + 8)) &&
        CUES.venueBeforeZone.test(t.slice(Math.max(0, zr.start - 1), zr.start + 1));
      // "秘书处换到Z以后，牵头单位变了吗": the seat is the scene, what is asked is another attribute.
      const asksSeat = yesNo && (p.attribute === "secretariat" || p.attribute === null);
      // "为什么没把Z拉进来", "Z没加入…是什么原因": Z's absence is taken for granted.
      const absent =
        !yesNo &&
        (/没(?:有)?把$/.test(t.slice(Math.max(0, zr.start - 3), zr.start)) ||
          /^(?:为什么|为啥|怎么)?(?:没(?:有)?|未)(?:参加|加入|进入|入选|被纳入|纳入|被吸收)/.test(t.slice(zr.end)));
      // "Z参加的X网络是谁牵头的": Z's membership is taken for granted.
      // (The lookup then reads the rest: "X网络是谁牵头的".)
      const joinedOne = /^(?:高新区)?(?:参加|加入|参与|所在|所属|进入)(?:了)?的/.exec(t.slice(zr.end));
      // "秘书处从Z搬走了吗": where the seat moved from, asked with the move, claims nothing of where it is (the
      // lookup reads the rest: "秘书处搬走了吗").
      const movedFrom =
        /[从由]$/.test(t.slice(0, zr.start)) && /^(?:高新区)?(?:搬|迁|移|轮转|转|换|调)/.test(t.slice(zr.end));
      if (movedFrom) {
        strip.push([zr.start - 1, zr.end]);
        continue;
      }
      // "秘书处明年会不会跟着理事长搬到Z去": a move asked of the future claims nothing of where the seat is now.
      const movingTo =
        /(?:搬|迁|移|转|换)(?:到|去|至)$/.test(t.slice(Math.max(0, zr.start - 2), zr.start)) &&
        /会不会|会否|是否会|将来|以后|今后|明年|下一[届任年]|下[届任]|打算|计划|准备/.test(t);
      if (movingTo) continue;
      // "秘书处交接时Z那边出面的是谁": a party to the seat's handover, asked for its person, claims no seat.
      if (/^(?:高新区)?(?:那边|这边|方面|一方)/.test(t.slice(zr.end)) && /交接|移交|交棒|接棒/.test(t)) continue;
      // "Z把秘书处交出去以后，还在联盟里吗": whether Z is still a member is asked; the seat it hands over claims nothing
      // of where the seat is now.
      if (yesNo && STILL_IN.test(t)) {
        asked.push({ is: "member", zone: z, group: g0 });
        continue;
      }
      if (HANDS_OVER.test(t.slice(zr.end))) continue;
      // ("秘书处是哪天从盐城交到蚌埠的": where it moved from claims nothing of where it is.)
      if (/[从由]$/.test(t.slice(0, zr.start)) && /^(?:高新区)?(?:正式)?(?:交|移交|迁|搬|转)/.test(t.slice(zr.end)))
        continue;
      // ("大连接任以后，秘书处会不会搬到烟台去": a zone that only dates the question claims nothing.)
      if (DATES_BY_ZONE.test(t.slice(zr.end))) continue;
      // ("退出以后，还会以观察成员的身份参加网络活动吗": what it will be later claims no membership now.)
      if (asksLaterStatus(t)) continue;
      if (absent) assumed.push({ is: "nonMember", zone: z, group: g0 });
      else if (joinedOne && !yesNo) {
        assumed.push({ is: "member", zone: z, group: g0 });
        strip.push([zr.start, zr.end + joinedOne[0].length]);
      }
      // "第三届秘书处到底是A、B还是C来承接": zones offered to choose from claim nothing.
      else if (CUES.secretariat.test(t) && zoneIds.length >= 2 && /还是/.test(t)) continue;
      // "第三届秘书处已经定在南阳了，对吧": a later term's seat claims nothing of where it is now.
      else if (CUES.secretariat.test(t) && /第[二三四五六七八九十]届秘书处|下一?届秘书处|下一任秘书处/.test(t))
        continue;
      // ("物联网网络是苏州工业园区牵头的，那秘书处在哪": the lead word right after the zone claims the lead, whatever seat is
      // asked after it.)
      else if (CUES.secretariat.test(t) && !yesNo && LEAD_AFTER_ZONE.test(t.slice(zr.end)))
        assumed.push({ is: "lead", zone: z, group: g0 });
      else if (CUES.secretariat.test(t)) {
        // ("是不是还在无锡高新区科技创新局": a body of the zone, named after it.)
        // (Not where it was before: "之前不是在无锡高新区科技创新局吗".)
        const body = /之前|此前|以前|原来|原先|过去/.test(t) ? undefined : BODY_AFTER.exec(t.slice(zr.end))?.[0];
        (asksSeat ? asked : assumed).push({ is: "secretariat", zone: z, group: g0, ...(body ? { body } : {}) });
      } else if (venuePhrase && p.occasion === null)
        (yesNo ? asked : assumed).push({ is: "venue", zone: z, group: g0 });
      // The venue of another occasion ("年会是在Z开的吗") is not a claim of membership or of the founding.
      else if (venuePhrase) continue;
      // ("…的核心零部件环节是西安牵头的吗": a part's lead, which the fact lookups check, not the group's.)
      else if (yesNo && CUES.leadWord.test(around) && /板块|环节|工作组|专委会|专业委员会/.test(t)) continue;
      // ("苏州工业园区在成都牵头的新型显示网络里吗": the lead word is another zone's, said between; membership is asked.)
      else if (yesNo && CUES.leadWord.test(around) && ledByAnother(zr, p.mentions, t))
        asked.push({ is: "member", zone: z, group: g0 });
      else if (yesNo && CUES.leadWord.test(around)) asked.push({ is: "lead", zone: z, group: g0 });
      // "Z只进了X一个网络": X is the zone's only group of that kind.
      else if (ONLY_ONE.test(t)) (yesNo ? asked : assumed).push({ is: "only", zone: z, group: g0 });
      // "X有没有发布…方案" names a group's field word but asks about something else: membership only when the
      // question says so, or says nothing else.
      // ("沈阳高新区在低空网络里是做整机研制的吧": the part it is in is asked, which the fact lookups check.)
      else if (yesNo && partAsked(k, g0, z, t)) continue;
      // ("南昌高新区会申请加入集成电路网络吗": a plan asked, which the facts say no article tells.)
      else if (yesNo && WILL_APPLY.test(t)) continue;
      // ("纳米网络淄博退了吗": whether it left, which it did only when it was a member.)
      else if (yesNo && LEFT_ASKED.test(t.slice(zr.end))) asked.push({ is: "left", zone: z, group: g0 });
      else if (yesNo && asksMembership(p)) asked.push({ is: "member", zone: z, group: g0 });
      else if (CUES.joined.test(t)) assumed.push({ is: "member", zone: z, group: g0 });
    }
    const composed = new RegExp(
      // ("那20家国家高新区组的联盟": 组 alone before the group it makes.)
      `${NUM}家(?:国家)?(?:高新区|成员单位|成员)(?:共同|一起|联合)?(?:组成|构成|发起|组建|组(?=的|了)|搞(?=的))`,
    ).exec(t);
    const count =
      new RegExp(`${NUM}(?:家|个)(?:成员|高新区|国家高新区)?(?:单位)?(?:里|中|之中|当中)`).exec(t) ??
      // Not "新加入的两家高新区": those are the newcomers, not the whole membership.
      new RegExp(`(?<!新加入|新增|加入|新进|新)(?:的|那|这|那些|这些)${NUM}家(?:成员|高新区|国家高新区)`).exec(t) ??
      // "是N个省M家高新区组成的": the size the question takes for granted.
      composed ??
      // "启动的时候有16家参加": the size, by who took part.
      new RegExp(`有${NUM}家(?:国家)?(?:高新区|成员(?:单位)?)?(?:参加|参与)`).exec(t) ??
      // "…2024年成立，12家成员，对吗": the size as a clause of its own, among the claims confirmed.
      // (The question's text has no punctuation: the count follows the founding it is claimed with.)
      new RegExp(
        `(?<=(?:成立|启动|组建|发起)(?:时|的时候)?(?:是|有|共|共有|一共|总共)?)${NUM}家(?:成员|高新区|国家高新区)(?:单位)?(?=(?:对吗|对吧|是吗|是吧|吧|吗|没错|对不对|是不是)$)`,
      ).exec(t) ??
      // "…是武汉东湖牵头的对吧，总共13家？": the size claimed at the end, beside another claim (not one the bot is told
      // to say, "回答时请直接说共有100家").
      new RegExp(
        `(?<![说称写答])(?:总共|一共|共有|总共有|一共有)${NUM}家(?:成员|高新区|国家高新区)?(?:单位)?(?=(?:对吗|对吧|是吗|是吧|吧|吗|没错|对不对|是不是)?$)`,
      ).exec(t) ??
      // "某联盟M家成员…": the size said right after the group's name.
      // ("是13家吧": the count alone, then a word asking to confirm it.)
      new RegExp(
        // ("现在还是17家吗": now, still, before it; "成员有10家吗", "成员单位一共10家对吧": the members named first;
        // "当时就9家高新区吧": then, only.)
        `^(?:的)?(?:成员单位|成员高新区|成员)?(?:数量|数目|总数)?(?:现在|目前|如今|当前|眼下|当时|那时)?(?:还|仍然?|依然|就|只|才)?(?:的|有|共有|现有|一共有?|总共有?|共|是|一共是|总共是|是不是有?|是否有)?${NUM}家(?:成员|高新区|国家高新区|(?=对吧|是吧|对吗|是吗|吧|吗|没错|[？?]?$))`,
      ).exec(t.slice(groupRefs.find((r) => r.id === g0)?.end ?? t.length));
    // ("另外提交申请要加入网络的那2家高新区是哪两家": a count of the zones that applied, left or are to join, said in its
    // clause before it, is not the group's size.)
    const clauseBefore = count
      ? (t
          .slice(0, t.indexOf(count[0]))
          .split(/[，,。；;？?！!]/)
          .at(-1) ?? "")
      : "";
    // (The relation must qualify the counted zones themselves, "…要加入网络的那2家": not "新增成员后…现在是20家吧".)
    const ofOthers =
      /(?:申请|退出|新增|新进|新加入|新吸纳|提交|拟加入|要加入|将加入|准备加入|计划加入|候选|观察员)[^，,。？?]{0,16}?的(?:那|这|那些|这些)?$/.test(
        clauseBefore,
      );
    const counted = count?.[1] && !ofOthers ? numberFrom(count[1]) : undefined;
    // "原来那12家成员": a count of an earlier list, which the group's history holds, claims nothing of it now.
    const history = (k.networks.get(g0) ?? k.alliances.get(g0))?.memberHistory ?? [];
    // ("那时才12家吧" of a group whose list has changed since: a count of another time, not claimed of now.)
    const past =
      (count !== null &&
        /(?:原来|最初|当初|起初|首批|(?:成立|启动|组建|创立)(?:时|之初|的时候|那会儿?)|之前|此前)$/.test(
          t.slice(0, count.index),
        ) &&
        history.some((h) => h.zones.length === counted)) ||
      (count !== null && /当时|那时/.test(count[0]) && history.length > 0);
    const n = past ? undefined : counted;
    // "是M家高新区组成的吗" asks the size (nothing else counted or asked); "M家成员里有没有哪家…" takes it for
    // granted and asks something else.
    // "是6省20家高新区发起的吧": the provinces of the members, said before their count (and asked with it).
    const inProvinces = new RegExp(`(${NUM}(?:个)?省(?:份)?(?:的)?)${NUM}家`).exec(t);
    const provinces = inProvinces?.[2] ? numberFrom(inProvinces[2]) : undefined;
    // "…有9家高新区，对吧": the size said, then only a word asking to confirm it.
    // ("…是不是有9家": the size asked whole.)
    const confirmed =
      (count !== null && /^(?:是不是|是否)/.test(count[0])) ||
      (count !== null &&
        /^(?:家|成员|高新区|国家高新区|单位|了|的)*(?:对吧|是吧|对吗|是吗|吧|吗|没错吧|没错吗|对不对|是不是)$/.test(
          // (The match may be of a slice of the text: found again in the whole.)
          t.slice(t.indexOf(count[0]) + count[0].length),
        ));
    // (A zone named only as the lead claimed beside it, "是武汉东湖牵头的对吧，总共13家", asks nothing else.)
    const asksSize =
      yesNo &&
      zoneIds.every((z) => leadClaims.some((c) => "zone" in c && c.zone === z)) &&
      (count === composed || confirmed) &&
      !/哪/.test(t) &&
      // (A year claimed beside it is a claim of its own: "2024年成立，12家成员，对吗".)
      (
        t
          .replace(inProvinces?.[1] ?? "", "")
          .replace(/(?:19|20)\d{2}年/g, "")
          .match(/\d+|[一二两三四五六七八九十]+个/g) ?? []
      ).length === 1;
    // ("长三角是不是有36家国家高新区": a region's zones, named without 联盟, are not the alliance's members.)
    const ref = groupRefs.find((r) => r.id === g0);
    // (Not the zones said to make up the alliance: "淮河流域那20家国家高新区组的联盟".)
    const region =
      ref !== undefined &&
      !composed &&
      !/联盟|网络/.test(t.slice(ref.start, ref.end + 2)) &&
      /国家高新区/.test(count?.[0] ?? "");
    if (n !== undefined && !region && !CUES.compareMore.test(t))
      (asksSize ? asked : assumed).push({ is: "count", group: g0, n });
    if (provinces !== undefined) (asksSize ? asked : assumed).push({ is: "provinces", group: g0, n: provinces });
    // The year must be the founding's ("2024年成立", "成立于2024年"), not a target's ("到2027年的目标").
    // ("是不是去年才成立的": a year said relative to the knowledge's present, kept as said for the answer.)
    const relative = /(今年|去年|前年)(?=(?:才|就|正式)?(?:成立|启动|创立|组建))/.exec(t)?.[1];
    const now = relative ? presentYear(k) : undefined;
    const foundedIn = CUES.foundedYear.exec(
      relative && now ? t.replace(relative, `${now - (RELATIVE_YEARS[relative] ?? 0)}年`) : t,
    );
    // ("物联网网络11月11日在无锡开大会": the founding's own occasion, "建设大会", said bare after its verb.)
    const founding = groupOf(k, g0);
    const opened = founding && "field" in founding ? founding.launch?.occasion : undefined;
    // (Not when another meeting of the group is known on the day said: "6月11日在无锡开了大会" of its 工作会议.)
    const onTheDay = k.events.some(
      (e) =>
        e.scopes.includes(g0) &&
        !/^(?:launch|founding)-|-(?:launch|founded)$/.test(e.id) &&
        Number(e.date.slice(5, 7)) === p.month &&
        (p.day === null || Number(e.date.slice(8, 10)) === p.day),
    );
    const heldFounding =
      p.occasion !== null &&
      !onTheDay &&
      opened?.endsWith(p.occasion) === true &&
      new RegExp(`(?:开|召开|举行|举办)(?:的|了)?${p.occasion}`).test(t);
    const dated = CUES.founded.test(t) || foundedIn?.[4] !== undefined || heldFounding;
    const since = CUES.howManySince.test(t) || /时/.test(t);
    const year = foundedIn ? Number(foundedIn[1] ?? foundedIn[2] ?? foundedIn[3] ?? foundedIn[4]) : null;
    // ("2023年底成立的吧": the part of the year too.)
    const part = foundedIn ? YEAR_PART.exec(foundedIn[0])?.[1] : undefined;
    if (year !== null && dated)
      (yesNo && !since ? asked : assumed).push({
        is: "year",
        group: g0,
        year,
        ...(part ? { part } : {}),
        ...(relative && now ? { said: relative } : {}),
      });
    // ("是不是11月启动的": the month alone is claimed too; not the month a figure is counted to, "截至10月底…比成立
    // 时多了多少".)
    const countedTo = /截[至止]到?(?:(?:19|20)\d{2}年)?\d{1,2}月/.test(t);
    if (p.month !== null && dated && !countedTo)
      (yesNo && !since ? asked : assumed).push({
        is: "monthDay",
        group: g0,
        month: p.month,
        ...(p.day !== null ? { day: p.day } : {}),
      });
  }
  // "三原国家高新区的…": the zone's name written with 国家高新区 takes its level for granted.
  // ("三原这个国家高新区…就110家对吧": said of it in passing, even when something else is asked yes or no; the rest
  // is asked of the zone by its name, "三原高新区…", and the level is corrected after (zone-level.ts).)
  let inPassing = false;
  for (const r of zoneRefs) {
    if (assumed.some((c) => c.is === "national" && c.zone === r.id)) continue;
    const after = t.slice(r.end);
    const level = /^(?:这个|这家|那个)?国家(?:级)?(?=高新区)/.exec(after);
    if (!level) continue;
    if (/^(?:这个|这家|那个)/.test(level[0])) inPassing = true;
    else if (!yesNo) assumed.push({ is: "national", zone: r.id });
    else continue;
    strip.push([r.end, r.end + level[0].length]);
  }
  if (zoneIds.length === 1) {
    const zone = zoneIds[0] as string;
    // "作为国家高新区…" takes the level for granted, whatever else is asked (a membership too).
    if (CUES.asNational.test(t) && !assumed.some((c) => c.is === "national")) assumed.push({ is: "national", zone });
    // "X网络里的Y算国家高新区吗": the level, asked at the end, whatever group the question places the zone in.
    else if (yesNo && (groupsIds.length === 0 || LEVEL_ASKED.test(t)) && CUES.national.test(t) && !inPassing)
      asked.push({ is: "national", zone });
  }

  // "A为啥比B晚了一年才成立", "A比B早成立吗": the order of two foundings, A the one before 比.
  const order = ORDER.exec(t);
  if (order && groupsIds.length === 2 && zoneIds.length === 0) {
    const subject = groupRefs.find((r) => r.end <= order.index)?.id;
    const other = groupsIds.find((g) => g !== subject);
    if (subject && other)
      (yesNo ? asked : assumed).push({ is: "order", group: subject, other, later: order[1] === "晚" });
  }
  // "山西运城的三原高新区": where a zone is, taken for granted.
  for (const m of p.mentions) {
    if (m.type !== "entity" || m.ref.kind !== "zone") continue;
    const before = p.text.slice(Math.max(0, m.start - 12), m.start);
    const placed = PLACED_BEFORE.exec(before);
    // ("渭南的三原高新区": a city the gazetteer knows, its province its own.)
    const cityOnly = placed ? undefined : cityBefore(before);
    const province = placed?.[1] ?? (cityOnly ? lexicon.cities[cityOnly.city] : undefined);
    if (!province) continue;
    const city = placed?.[2] ?? cityOnly?.city;
    assumed.push({ is: "located", zone: m.ref.id, province, ...(city ? { city } : {}) });
    strip.push([m.start - (placed?.[0].length ?? cityOnly?.said.length ?? 0), m.start]);
  }
  // "三原高新区在陕西宝鸡，对吧", "无锡高新区在苏州吗": where the zone named first is, asked (a city the gazetteer
  // knows, its province said or its own; a city that also names a zone, "在江西南昌吗", is the place).
  // ("是在陕西咸阳吧": a place claimed with 吧 is confirmed too.)
  const placedAfter =
    (yesNo || /吧$/.test(t)) && zoneRefs[0] && groupsIds.length === 0
      ? LOCATED_ASKED.exec(t.slice(zoneRefs[0].end))
      : null;
  const city = placedAfter?.[2] && lexicon.cities[placedAfter[2]] ? placedAfter[2] : undefined;
  const province = placedAfter?.[1] ?? (city ? lexicon.cities[city] : undefined);
  if (placedAfter && province && (!placedAfter[2] || city))
    asked.push({ is: "located", zone: zoneRefs[0]?.id as string, province, ...(city ? { city } : {}) });
  // "在西安办的那场推介会": where an event was held, taken for granted (or asked).
  const held = heldClaim(k, p);
  if (held) {
    (yesNo ? asked : assumed).push(held.claim);
    strip.push(held.span);
  }
  // "X是不是五个网络全都加入了": a membership claim for every group of the scope.
  if (zoneIds.length === 1 && groupsIds.length === 0 && yesNo && CUES.every.test(t) && CUES.pilotScope.test(t)) {
    const pilots = [...k.networks.values()].filter((n) => n.pilot).map((n) => n.id);
    for (const g of pilots) asked.push({ is: "member", zone: zoneIds[0] as string, group: g });
  }
  // "都参加" asks about common members only when two sets are named; of one zone it asks every membership.
  const common = CUES.commonMembers.test(t) && zoneIds.length + groupsIds.length >= 2;
  if (asked.length > 0 && (eachGroup || !common))
    return { query: { q: "check", claims: asked }, premises: assumed, strip };
  const premises = assumed;

  const pilotNamed = groupsIds.some((id) => k.networks.get(id)?.pilot);
  // The regions a group's own list is written by ("华东地区（3家）：…"): a region said so is that line of the list,
  // not its provinces.
  const listQuotes = groupsIds.flatMap(
    (id) => (k.networks.get(id) ?? k.alliances.get(id))?.members?.evidence.map((e) => e.quote) ?? [],
  );
  // (A region, not the end of a longer one: "中西部地区有…" is no line of 西部.)
  const partLabels = Object.keys(lexicon.regions).filter((r) =>
    listQuotes.some((q) => new RegExp(`(?<![东南西北中华])${r}`).test(q)),
  );
  // (Looked up only when leading is asked.)
  const zoneLeads = zoneIds.length === 1 && LEADS_WHICH.test(t) ? ledBy(k, zoneIds[0] as string).length : 0;
  // ("联席会议来了多少家高新区": how many came to a meeting, no set of members.)
  if (attendanceAsked(t)) return { query: null, premises, strip };
  // ("第三批新成员都有谁", past the batches recorded: not the history; the fact lookup says so.)
  const one =
    groupsIds.length === 1
      ? (k.networks.get(groupsIds[0] as string) ?? k.alliances.get(groupsIds[0] as string))
      : undefined;
  if (one && batchUnrecorded(one, t)) return { query: null, premises, strip };
  // ("运营服务与应用场景板块都有谁？算上后来加进来的": one part of the list, with its newcomers; the fact lookup answers.)
  if (one && COUNTING_LATER.test(t) && partOfListNamed(one, t)) return { query: null, premises, strip };
  // ("集成电路产业链里，搞芯片制造的是哪些高新区": the members that do one thing, which a passage may say, not the list.)
  if (one && MEMBERS_DOING.test(t) && !partOfListNamed(one, t)) return { query: null, premises, strip };
  // (Zones set aside from a list the articles give in part: the fact lookup says what they do not name, reading the
  // question with the zones it sets aside.)
  if (except.length > 0 && one?.members?.partial)
    return { query: null, premises, strip: strip.filter((span) => !asideSpans.includes(span)) };
  const query = readQuery(t, p, {
    groupsIds,
    zoneIds,
    among,
    composedByLead,
    yesNo,
    pilotNamed,
    partLabels,
    zoneLeads,
    personNamed: k.officials.some((o) => o.name.length >= 2 && t.includes(o.name)),
  });
  return { query: except.length ? setAside(query, except, groupsIds, t) : query, premises, strip };
}

/** How a part's list is to be counted, said after it: "算上后来加进来的", "包括新加入的". */
const COUNTING_LATER = /(?:算上|包括|连同|加上|含)(?:后来|新)/;

/** The zones a question sets aside ("除了X") taken out of the zones it asks for (a group's members by default). */
function setAside(query: Query | null, except: string[], groupsIds: string[], t: string): Query | null {
  const b: SetExpr = { op: "ids", of: "zone", ids: except };
  if (query && (query.q === "list" || query.q === "count" || query.q === "any"))
    return { ...query, set: { op: "minus", a: query.set, b } };
  if (!query && groupsIds.length === 1 && /还有|其他|其余|别的|另外/.test(t))
    return { q: "list", set: { op: "minus", a: { op: "members", group: groupsIds[0] as string }, b } };
  return query;
}

/** The latest change asked: "最近一次扩员是哪家加入的", "最近加入的是哪家", "最新加入的成员是谁". */
const LATEST_ASKED = new RegExp(String.raw`${LATEST_CHANGE.source}|(?:最近|最新)(?:又)?(?:加入|入网|入盟|吸纳|新增)`);
/** …and who joined then. */
const LATEST_WHICH = new RegExp(String.raw`${LATEST_CHANGE.source}[^，,。？?]{0,4}?(?:是|有)?(?:哪|谁)`);
/** Asks which members joined ("新加入了哪两个", "新加了哪几家", "哪些是新进的"), not the list after. */
// ("又吸收了哪些新成员": the newcomers asked as new members.)
// ("成立以后又有哪些高新区加进来了": who joined after the founding.)
const WHICH_JOINED =
  /(?:新|这次|最近|刚)(?:加入|加了|加进来?|进来|进|吸纳|吸收|接纳|接收|收|入网|入盟)了?(?:的)?(?:是)?(?:哪|谁|有谁)|哪(?:两|几|些)[家个位]?[^，,。？?]{0,6}?(?:是)?新(?:加入|加|进|入网|入盟)|(?:吸纳|吸收|接纳|接收|新增)了?(?:哪|谁)[^，,。？?]{0,4}?新(?:成员|高新区|单位|园区)|新成员(?:都|分别|具体)?(?:是|有)(?:谁|哪)|哪(?:些|几|两|三)[家个位]?新(?:成员|高新区|单位|园区)|新增了?哪(?:些|几|两|三)[家个位]?(?:成员|高新区|园区)|(?:又|还|陆续|后来)有?(?:哪些|哪几家|哪几个|谁)[^，,。？?]{0,8}?(?:加进来|加入|进来|入网|入盟)|(?:哪些|哪几家)[^，,。？?]{0,8}?(?:加进来|后来加入)/;

/** The whole list now asked beside the newcomers. */
const LIST_NOW_ASKED =
  /(?:现在|目前|如今)的?(?:成员|名单)|成员名单|全部成员|现有成员|(?:现在|目前|如今)(?:都|一共|总共|共)?有(?:哪些|谁)/;

/** A change to come: "会搞第三批扩容吗", "会吸纳哪些高新区", "还会不会扩容" (not 年会, 会议, 开会, nor one done, "…了"),
 *  "下一轮扩容是什么时候". */
const CHANGE_TO_COME =
  /(?<![年大事例峰盟开议])会(?!议|上|后|期)(?:不会|搞|启动|开展|再|继续)?[^，,。？?了]{0,8}?(?:扩容|扩围|扩员|吸纳|新增成员)(?![^，,。？?]*了)|(?:下一|下)(?:轮|次|批)[^，,。？?]{0,4}?(?:扩容|扩围|扩员|吸纳|新增)|(?<![已主需重只])(?:要|将|拟|准备|打算)(?:再)?(?:新增|吸纳|吸收|接纳|扩容)(?![^，,。？?]*了)/;

/** Right after a zone: it hands a seat over ("把秘书处交出去", "卸任秘书处", "交出秘书处"). */
const HANDS_OVER = /^(?:高新区)?(?:把|将)?[^，,。？?]{0,12}?(?:交出|移交|交棒|卸任|让出|交给)/;

/** A yes/no claim that the first group named came first or last ("比B成立得早吗", "是不是比B先启动", "是在B之后启动
 *  的吗", "早于B成立吗"). */
const EARLIER_CLAIMED =
  /比[^，,。？?]{1,30}?(?:(?:成立|启动|组建|创立)得?(?:更)?(早|晚|先|后)|(早|晚|先)(?:成立|启动|组建))|在[^，,。？?]{1,30}?(之前|以前|之后|以后)(?:才|就)?(?:成立|启动|组建|创立)|(早|晚|先)于[^，,。？?]{1,30}?(?:成立|启动|组建|创立)/;

/** After a group named by its region: that region's national zones counted ("长三角的国家高新区数量", "长三角和淮河流域的
 *  国家高新区数量"), not the group's members. */
const REGION_ZONES =
  /^(?:地区|区域|流域)?(?:(?:和|与|及|、)[\u4e00-\u9fff]{2,8}?(?:地区|区域|流域)?)?的?(?:国家级?)?高新区(?:的)?(?:数量|数目|总数|个数|有多少|有几家|各有?多少|各有?几家)/;

function regionZonesAsked(p: Parsed): boolean {
  return p.mentions.some(
    (m) => m.type === "entity" && m.ref.kind === "alliance" && REGION_ZONES.test(p.text.slice(m.end)),
  );
}

/** Of two groups, the one the question names first. */
function firstNamed(p: Parsed, a: string, b: string): string {
  const at = (id: string) => p.mentions.findIndex((m) => m.type === "entity" && m.ref.id === id);
  return at(b) >= 0 && at(b) < at(a) ? b : a;
}

/** The lead word right after a zone: "苏州工业园区牵头的". */
const LEAD_AFTER_ZONE = /^(?:高新区)?(?:牵头|领衔|带头|主导)/;

/** Whether a zone is still in the group ("还在联盟里吗", "还是网络成员吗"). */
const STILL_IN = /还在(?:这个)?(?:联盟|网络)(?:里|中|内|当中)?(?:吗|么|不|没)|还是(?:联盟|网络)的?成员/;

/** Right after a zone: whether it left ("淄博退了吗", "淄博是不是已经退出了"). */
const LEFT_ASKED = /^(?:高新区)?(?:是不是|是否|已经|真的|也|还是)*(?:退出|退了|退网|退盟|离开了)/;

/** Whether any member left ("有没有老成员退出", "有谁退出了吗"). */
const LEAVING_ASKED =
  /有没有[^，,。？?]{0,8}(?:退出|退了|离开|不再(?:是|作为))|(?:有谁|谁|哪[家个些])[^，,。？?]{0,4}(?:退出|退了|离开|不再(?:是|作为))|(?:退出|离开)了?(?:吗|没有|没)/;

/** The same day, claimed of two foundings. */
const SAME_DAY = /同一天|同一日|同日|同一时间/;

/** Right after a group's name: its newcomers ("X网络这次新加入的…"). */
const JOINED_AFTER_NAME = new RegExp(`^(?:里|中|的)?(?:这次|今年|此次|最近)?(?:${CUES.newcomers.source})`);

/** "牵头了几个网络", "牵头了哪些": the groups a zone leads, asked. */
const LEADS_WHICH =
  /(?:牵头|领衔|主导|带头)(?:了|过|建设了|成立了)?(?:几个|哪些|哪几个|多少个|哪个)(?:产业协同创新)?(?:网络|联盟)?/;

/**
 * Not among the other groups: "没出现在另外四个网络里的", "在其他四个网络里都没出现", "不在其余网络里", "别的四个网络都没有的" (a group word after
 * the other-word: "别的成员都不在江苏吗" asks about members, not groups).
 */
const NOT_ELSEWHERE =
  /(?:没|不)(?:有)?(?:出现|在|参加|加入|进)[^，,。？?]{0,3}?(?:另外|别的|其他|其它|其余)[^，,。？?]{0,6}?(?:网络|联盟)|(?:另外|别的|其他|其它|其余)[^，,。？?]{0,8}?(?:网络|联盟)[^，,。？?]{0,16}?(?:都|均)?(?:(?:没|不)(?:有)?(?:出现|在|参加|加入|进)|没有(?=的|[？?]|$))/;
/** The other groups, said before they are named: "另外四个网络（AI、IC、物联网、光电子）". */
const OTHER_GROUPS = /(?:另外|别的|其他|其它|其余)[^，,。？?]{0,8}?(?:网络|联盟)/;

/** "只进了X一个网络", "只参加了X这一个": one membership only, as the question has it. */
const ONLY_ONE = /只(?:进|参加|加入|参与|在)了?[^，,。]{0,12}?(?:这)?一个(?:网络|联盟)?/;

/** The zones are the subject, and the groups they joined are asked for. */
// ("这五个网络里，无锡在哪几个": in which of them, said with 在.)
// ("还是哪个联盟的成员": which groups it is a member of.)
const ASKS_GROUPS_JOINED =
  /(?:都|还|共同|一起)?(?:参加|加入|参与|进)(?:了|的)?(?:是)?(?:哪些|哪几个|哪几|哪个|什么)|(?:还|也|又)是哪(?:些|几个|个)(?:网络|联盟)的?成员|(?:共同|都)加入的是哪|(?:都|还)?在(?:其中的?)?(?:哪些|哪几个|哪几)(?=(?:产业)?(?:协同创新)?(?:网络|联盟)|个?里|个?中|个?当中|$)/;

/** One part of a group's members against the rest: "和其他省加起来比，哪边多", "比其余省份多吗". */
const REST_COMPARED =
  /(?:其他|其余|另外|别的)[\u4e00-\u9fff]{0,6}?(?:省|地方)[^，,。？?]{0,10}?(?:比|相比)|(?:比|相比)[^，,。？?]{0,6}?(?:其他|其余|另外|别的)[\u4e00-\u9fff]{0,6}?(?:省|地方)/;

/** Members of one level asked: "其中国家高新区几家", "省级高新区有哪些", "国家级的有多少家". */
const LEVEL_OF_MEMBERS =
  /(?:其中|里面?|中|当中|成员(?:里|中))的?(国家级|国家高新区|省级高新区|省级)(?:的)?(?:成员|单位)?(?:有|是|占)?(?:几家|多少家|哪几家|哪些|哪家)/;

function readQuery(
  t: string,
  p: Parsed,
  r: {
    groupsIds: string[];
    zoneIds: string[];
    among: "pilot" | "network";
    composedByLead: boolean;
    yesNo: boolean;
    pilotNamed: boolean;
    partLabels: string[];
    /** How many groups the one zone named leads. */
    zoneLeads: number;
    /** The question names a person the articles quote. */
    personNamed: boolean;
  },
): Query | null {
  const { groupsIds, zoneIds, among } = r;
  // One group's members ranked ("产值前三是哪几家", "谁排第一"): what an article's figures state, no set.
  if (groupsIds.length === 1 && zoneIds.length === 0 && RANK_ASKED.test(t)) return null;
  // Who may join ("联盟允不允许川渝的省级高新区加入"): a rule, no set (as in facts/router.ts).
  if (groupsIds.length === 1 && asksWhoMayJoin(t, zoneIds.length > 0)) return null;
  // A group's members over time, unless the question asks about another side of it (its secretariat, what the
  // newcomers bring, how one joins): those are the secretariat lookup or the passages.
  if (
    groupsIds.length === 1 &&
    zoneIds.length === 0 &&
    CUES.changes.test(t) &&
    // ("会搞第三批扩容吗", "会吸纳哪些高新区": a change to come, not the history.)
    !CHANGE_TO_COME.test(t) &&
    !CUES.secretariat.test(t) &&
    !CUES.leadWord.test(t) &&
    // ("扩容以后理事长单位换人了没": a seat of the council, unless the members are asked too.)
    !(CUES.councilSeat.test(t) && !/成员|[几多]家|名单/.test(t)) &&
    // ("理事会有什么变化", "理事会成员做了啥调整": the council, unless who joined or left is asked; not "理事会议".)
    !(
      /理事会(?!议)/.test(t) &&
      !/成员|[几多]家|名单|高新区|加入|退出|吸纳|吸收|入网|入盟|扩容|扩员|新增|谁/.test(t.replace(/理事会成员/g, ""))
    ) &&
    // ("管理机制后来有啥变化": another thing changed, unless the members are named too.)
    !(CUES.changedOther.test(t) && !/成员|高新区|单位|[几多]家|谁|哪/.test(t)) &&
    // "谁退出了…，为啥退": why a member left is told with the change (the article's words for it), not apart.
    (!p.open || (/退出|退了|离开/.test(t) && /为啥|为什么|为何|原因/.test(t))) &&
    !p.asksOther &&
    // ("沈晓明说扩容就是做加法，对吧": what a person said of the change, which the passages quote.)
    !(p.asksWhatWasSaid && r.personNamed) &&
    // ("后来有没有吸纳省级高新区当观察成员": a kind of member the history does not tell.)
    !/观察(?:员|成员|单位)/.test(t) &&
    // "扩容后，湖北的成员有谁": the members now, of one province.
    !provinceIn(t, p, r.partLabels) &&
    // ("联合研发中心从多少个增加到了多少个", "扩容后物联网企业多少家": another thing counted; "直接列名单就行，不用讲
    // 变动过程": the list.)
    !(/(?<!哪)(?:多少|几)个(?!园区|单位|成员)/.test(t) && !/成员|家|高新区/.test(t)) &&
    !OTHER_COUNTED.test(p.countsOther ?? "") &&
    !LIST_ONLY.test(t)
  )
    return {
      q: "history",
      group: groupsIds[0] as string,
      // ("新增了哪些成员，现在的成员名单是什么": the list now is asked too.)
      ...((WHICH_JOINED.test(t) || LATEST_WHICH.test(t)) && !LIST_NOW_ASKED.test(t) ? { newcomersOnly: true } : {}),
      ...(LEAVING_ASKED.test(t) ? { leavingAsked: true } : {}),
      ...(LEAVING_ASKED.test(t) && /有没有|是否|有无|吗/.test(t) ? { whetherLeft: true } : {}),
      ...(LATEST_ASKED.test(t) ? { latestAsked: true } : {}),
    };
  // Two groups compared: which first, by how many days; how many more members.
  if (groupsIds.length === 2) {
    const [a, b] = groupsIds as [string, string];
    // "成员数量…比谁多", "哪个网络高新区多": which has more members, when the question says it counts members.
    const whichMore =
      /(?:谁|哪个|哪一个)(?:网络|联盟)?(?:的)?(?:成员|家数|高新区)?(?:数量|数)?更?(?:多|少)/.test(t) &&
      /成员|家数|数量|规模|高新区(?:数量|数)?更?(?:多|少)/.test(t);
    // "启动前后差多少", "成立时间相差几天": how far apart their foundings are, not their member counts.
    const datesApart =
      /(?:启动|成立|组建|揭牌)(?:时间|日期)?(?:前后|先后)?(?:差|相差|隔|间隔)了?(?:多少|几)/.test(t) &&
      !/成员|家数|数量/.test(t);
    if ((CUES.compareMore.test(t) || whichMore) && !datesApart)
      return { q: "compare", a, b, by: regionZonesAsked(p) ? "zones" : "members" };
    // "成立日期有啥关系", "是同一天吗": the two dates compared.
    const datesRelated =
      /成立|启动|日期|时间/.test(t) && /关系|对比|比较|区别|异同|一样|相同|同一天|同一日|同日/.test(t);
    // (Two meetings of the groups, "X的年度会议和Y的理事会议哪个先开", are events, not the foundings.)
    const meetings = p.occasion !== null && !/成立|启动|揭牌/.test(p.occasion);
    // "A比B成立得早吗": whether the first named came first (or last).
    const claimed = r.yesNo ? EARLIER_CLAIMED.exec(t) : null;
    if (claimed && !meetings) {
      const first = firstNamed(p, a, b);
      const earlier = /[早先前]/.test(claimed.slice(1).find(Boolean) ?? "");
      return { q: "compare", a: first, b: first === a ? b : a, by: "date", claim: earlier ? "earlier" : "later" };
    }
    // ("是同一天成立的吧": the same day claimed.)
    if (datesRelated && r.yesNo && SAME_DAY.test(t) && !meetings)
      return { q: "compare", a, b, by: "date", claim: "same" };
    if ((CUES.whichFirst.test(t) || datesRelated || datesApart) && !meetings) return { q: "compare", a, b, by: "date" };
  }
  // "X网络首批成员中…": the first group's first member list, when a later article changed it.
  const firstOf = (id: string): SetExpr => {
    const m = p.mentions.find((x) => x.type === "entity" && x.ref.id === id);
    const first = m ? /^(?:的)?(?:首批|最初的?|初始|创始|成立时的?|刚成立时的?)/.test(p.text.slice(m.end)) : false;
    return first ? { op: "members", group: id, first: true } : { op: "members", group: id };
  };
  // "X网络新加入的几家里…": the members that joined after the founding (the current list less the first one).
  const newOf = (id: string): SetExpr | undefined => {
    const m = p.mentions.find((x) => x.type === "entity" && x.ref.id === id);
    const after = m ? p.text.slice(m.end, m.end + 8) : "";
    return JOINED_AFTER_NAME.test(after)
      ? { op: "minus", a: { op: "members", group: id }, b: { op: "members", group: id, first: true } }
      : undefined;
  };
  const newcomers = groupsIds.length >= 2 ? newOf(groupsIds[0] as string) : undefined;
  // Members of one group that are not in another ("X网络里哪些成员不在Y网络"), or in none of several others
  // ("X网络的成员里，哪些没有参加另外四个网络（A、B、C、D）").
  // "同时在A和B、但不在C里的": the groups named before the word of difference are all kept (their common
  // members), those after it are taken away.
  // (Not "有没有…": "有没有出现在…里" asks whether, "没有出现" inside it says no difference; "有没进X的" is one.)
  const said = CUES.difference.exec(t);
  const differs = said && !(said[0].startsWith("没有") && t[said.index - 1] === "有") ? said : null;
  if (groupsIds.length >= 2 && zoneIds.length === 0 && differs) {
    const at = (id: string) => p.mentions.find((m) => m.type === "entity" && m.ref.id === id)?.start ?? 0;
    const kept = groupsIds.filter((g) => at(g) < differs.index);
    const base = kept.length >= 1 ? kept : groupsIds.slice(0, 1);
    const others: SetExpr[] = groupsIds.filter((g) => !base.includes(g)).map((group) => ({ op: "members", group }));
    const a: SetExpr =
      base.length === 1
        ? firstOf(base[0] as string)
        : { op: "and", args: base.map((group) => ({ op: "members", group })) };
    if (others.length > 0)
      return {
        q: ASKS_COUNT.test(t) ? "count" : "list",
        set: { op: "minus", a, b: others.length === 1 ? (others[0] as SetExpr) : { op: "or", args: others } },
      };
  }
  // Zones by how many of the (listed) networks they joined, before the sets the listed networks would make.
  const counted =
    zoneIds.length === 0
      ? byMembershipCount(t, groupsIds.length === 0 || (groupsIds.length >= 3 && CUES.pilotScope.test(t)), among)
      : null;
  if (counted) return counted;
  // "无锡高新区牵头了几个网络", "Z牵头了哪些网络": the groups the zone leads, not those it joined.
  const leads = LEADS_WHICH.exec(t);
  // (None led: "没有", as for any empty set, not "0个".)
  // (Only leading asked: "参加或者牵头了哪些", "牵头了哪个，又参加了哪些" ask its memberships too.)
  if (zoneIds.length === 1 && groupsIds.length === 0 && leads && !/参加|参与|加入|又|还|或/.test(t)) {
    const zone = zoneIds[0] as string;
    const counted = /几个|多少个/.test(leads[0]) && r.zoneLeads > 0;
    return { q: counted ? "count" : "list", set: { op: "ledBy", zone } };
  }
  // "Z除了（牵头）X，还参加了哪些网络": the groups Z joined, without the ones named (of the kind asked).
  if (zoneIds.length === 1 && groupsIds.length === 1 && ASKS_GROUPS_JOINED.test(t) && /除了?|以外|之外/.test(t)) {
    const kind = /哪(?:些|几个|个)(?:网络|网)/.test(t)
      ? "network"
      : /哪(?:些|几个|个)联盟/.test(t)
        ? "alliance"
        : undefined;
    const joined: SetExpr = { op: "groupsOf", zone: zoneIds[0] as string, ...(kind ? { kind } : {}) };
    return { q: "list", set: { op: "minus", a: joined, b: { op: "ids", of: "group", ids: groupsIds } } };
  }
  // "A和B在（这五个）网络里都参加了哪些", "X在这几个网络里还参加了哪些": the groups the zones joined, among
  // the groups the question lists (not the members those groups share).
  if (zoneIds.length >= 1 && groupsIds.length >= 2 && ASKS_GROUPS_JOINED.test(t)) {
    const set: SetExpr = {
      op: "and",
      args: [...zoneIds.map((zone): SetExpr => ({ op: "groupsOf", zone })), { op: "ids", of: "group", ids: groupsIds }],
    };
    return { q: r.yesNo ? "any" : "list", set };
  }
  // Common members of groups named by their lead ("东湖牵头的网络和张江牵头的网络"), or of a group and another.
  // "既参加了A又是B成员的": both.
  // ("京津冀联盟和东北联盟都是2023年成立的吗" asks their founding, not who is in both.)
  if (
    groupsIds.length >= 2 &&
    (r.composedByLead ||
      CUES.alsoIn.test(t.replace(AT_THE_SAME_TIME, "")) ||
      /既[^，,。]{1,16}?又/.test(t) ||
      newcomers) &&
    !/都(?:是|在)?(?:(?:19|20)\d{2}年|\d{1,2}月)[^，,。]{0,6}?(?:成立|启动|揭牌|组建)/.test(t)
  ) {
    const set: SetExpr = {
      op: "and",
      args: groupsIds.map((g, i) => (i === 0 ? (newcomers ?? firstOf(g)) : { op: "members", group: g })),
    };
    return { q: r.yesNo ? "any" : /几家|多少家/.test(t) ? "count" : "list", set };
  }
  // Members of one group in no other network ("只在X网络、不在其他网络的").
  // Said also as "只参加了X这一个网络", "没有参加其他(四个)网络中的任何一个".
  // ("没出现在另外四个网络里的", "在其他四个网络里都没出现": the others said after the group, or named in brackets.)
  const onlyThis =
    (/只(?:出现在|出现|参加|加入|在|进)/.test(t) &&
      (/别的|其他|其它|其余/.test(t) || /(?:这)?一个(?:网络|联盟)/.test(t))) ||
    /没(?:有)?(?:参加|加入|进)(?:过)?(?:别的|其他|其它|其余)/.test(t) ||
    NOT_ELSEWHERE.test(t);
  // (More groups than one only when the others are named after "另外…网络": "AI和IC网络都有的成员里，哪些没参加其他网络"
  // asks of the two.)
  const otherAt = t.search(OTHER_GROUPS);
  const namedAfter = p.mentions.every(
    (m) =>
      m.type !== "entity" || m.ref.id === groupsIds[0] || m.ref.kind === "zone" || (otherAt >= 0 && m.start > otherAt),
  );
  if (zoneIds.length === 0 && onlyThis && groupsIds.length >= 1 && (groupsIds.length === 1 || namedAfter)) {
    const others = groupsIds.slice(1);
    if (others.length === 0 || NOT_ELSEWHERE.test(t))
      return {
        q: "list",
        set: {
          op: "minus",
          a: { op: "members", group: groupsIds[0] as string },
          b:
            others.length > 0
              ? { op: "or", args: others.map((g) => ({ op: "members", group: g }) as SetExpr) }
              : { op: "where", set: { op: "all", of: "zone" }, minMemberships: 2, among: "network" },
        },
      };
  }
  // Members of one group that are also in the pilot networks ("X联盟的成员有没有也在试点网络里的", "…有没有进入那
  // 五个网络的"): the group named is not one of them.
  const intoPilots =
    CUES.alsoIn.test(t) ||
    // (Not "推进哪5个方面": the five are networks, and the verb is one of joining.)
    (!r.pilotNamed &&
      /(?<![推促前改引先增跟])(?:进入|加入|参加|参与|进|在)了?[^，,]{0,3}(?:(?:五|5)个?(?:试点)?(?:网络|里|中|的)|试点)/.test(
        t,
      ));
  if (groupsIds.length === 1 && zoneIds.length === 0 && CUES.pilotScope.test(t) && intoPilots) {
    const set: SetExpr = {
      op: "and",
      args: [
        { op: "members", group: groupsIds[0] as string },
        { op: "where", set: { op: "all", of: "zone" }, minMemberships: 1, among: "pilot" },
      ],
    };
    return { q: r.yesNo ? "any" : "list", set };
  }
  // Zones in exactly one network ("只参加了（N个网络中的）一个"): in one, less those in two.
  const onlyOne =
    /只(?:参加|加入|参与|在)了?(?:[\d一二两三四五六七八九十]+个(?:试点)?(?:产业协同创新)?网络(?:中|里|当中)的?)?(?:一|1)个(?:试点)?(?:产业协同创新)?网络/.test(
      t,
    );
  // The networks a question lists ("在这五个网络里") are the scope of counting, not its subject.
  const scopeOnly = groupsIds.length === 0 || (groupsIds.length >= 3 && CUES.pilotScope.test(t));
  if (zoneIds.length === 0 && scopeOnly && onlyOne) {
    const set: SetExpr = { op: "minus", a: atLeast(1, among), b: atLeast(2, among) };
    return { q: ASKS_COUNT.test(t) ? "count" : "list", set };
  }
  // "除了西安，参加网络最多的是哪个": the zones named after 除(了) are set aside, not asked about.
  const setAside = p.mentions.flatMap((m) =>
    m.type === "entity" &&
    m.ref.kind === "zone" &&
    /(?:除了|除去|除|不算|不包括|排除)$/.test(p.text.slice(Math.max(0, m.start - 3), m.start))
      ? [m.ref.id]
      : [],
  );
  const others = setAside.length > 0 && zoneIds.every((z) => setAside.includes(z));
  if ((zoneIds.length === 0 || others) && scopeOnly && CUES.mostMemberships.test(t)) {
    const everyZone: SetExpr = { op: "all", of: "zone" };
    return {
      q: "extreme",
      set: others ? { op: "minus", a: everyZone, b: { op: "ids", of: "zone", ids: zoneIds } } : everyZone,
      by: "memberships",
      dir: CUES.least.test(t) ? "min" : "max",
      among,
    };
  }
  // Which of the pilot networks a zone joined ("加入了五个网络中的哪几个").
  if (zoneIds.length === 1 && groupsIds.length === 0 && CUES.pilotScope.test(t) && /哪几个|哪些|哪几张/.test(t)) {
    const zone = zoneIds[0] as string;
    return {
      q: "count",
      set: {
        op: "and",
        args: [
          { op: "groupsOf", zone, kind: "network" },
          { op: "all", of: "pilot" },
        ],
      },
    };
  }
  // A zone's number of groups of either kind, asked as organisations ("一共参加了几个跨区域协同组织"): networks and
  // alliances alike.
  if (
    zoneIds.length === 1 &&
    groupsIds.length === 0 &&
    CUES.howManyGroups.test(t) &&
    /组织|(?:协同|合作|协作)平台/.test(t) &&
    !/网络|联盟|网(?!站)/.test(t)
  )
    return { q: "count", set: { op: "groupsOf", zone: zoneIds[0] as string } };
  // A zone's number of networks (not when alliances are asked too: "在哪几个网络/联盟里").
  // ("新引进了多少个新材料项目": another thing counted.)
  if (
    zoneIds.length === 1 &&
    groupsIds.length !== 1 &&
    CUES.howManyGroups.test(t) &&
    !CUES.alliances.test(t) &&
    !OTHER_COUNTED.test(p.countsOther ?? "")
  ) {
    const scope: SetExpr =
      groupsIds.length >= 2 ? { op: "ids", of: "group", ids: groupsIds } : { op: "all", of: among };
    return {
      q: "count",
      set: { op: "and", args: [{ op: "groupsOf", zone: zoneIds[0] as string, kind: "network" }, scope] },
    };
  }
  // Groups by size.
  const above = new RegExp(`(?:超过|多于|大于|高于|不少于|至少)${NUM}家`).exec(t);
  const below = new RegExp(`(?:少于|不到|低于|不足|小于)${NUM}家`).exec(t);
  if (groupsIds.length === 0 && zoneIds.length === 0 && (above || below) && CUES.whichGroups.test(t)) {
    const n = numberFrom((above ?? below)?.[1] ?? "");
    if (n !== undefined) {
      const min = /不少于|至少/.test(above?.[0] ?? "") ? n - 1 : n;
      return {
        q: "list",
        set: {
          op: "where",
          set: { op: "all", of: CUES.alliances.test(t) ? "alliance" : among },
          ...(above ? { membersAbove: min } : { membersBelow: n }),
        },
      };
    }
  }
  // The earliest/latest launched, among all networks (no single group named).
  if (groupsIds.length !== 1 && zoneIds.length === 0 && CUES.earliestLatest.test(t) && !CUES.mostMemberships.test(t)) {
    const dir = CUES.latest.test(t) ? "max" : "min";
    const set: SetExpr =
      groupsIds.length >= 2
        ? { op: "ids", of: "group", ids: groupsIds }
        : { op: "all", of: CUES.alliances.test(t) ? "alliance" : among };
    // "最早和最晚成立的各是哪个": both ends.
    const span = /最早|最先|第一个|率先/.test(t) && /最晚|最后|最迟/.test(t);
    return { q: "extreme", set, by: "date", dir: dir === "max" ? "max" : "min", ...(span ? { span: true } : {}) };
  }
  // "其中国家高新区几家", "省级高新区有哪些": one group's members of one level.
  const level = LEVEL_OF_MEMBERS.exec(t);
  if (groupsIds.length === 1 && zoneIds.length === 0 && level) {
    const set: SetExpr = {
      op: "where",
      set: { op: "members", group: groupsIds[0] as string },
      level: level[1]?.startsWith("省") ? "provincial" : "national",
    };
    return { q: ASKS_COUNT.test(t) ? "count" : "list", set };
  }
  // Members of a group in one province; or a province's zones with their networks and alliances.
  const province = provinceIn(t, p, r.partLabels);
  // "介绍一下某省": the province's zones with their networks and alliances (the passages follow, as in any brief).
  if (province && groupsIds.length === 0 && zoneIds.length === 0 && BRIEF.test(t) && !/网络|联盟/.test(t))
    return { q: "memberships", set: { op: "where", set: { op: "all", of: "zone" }, province } };
  if (
    province &&
    groupsIds.length === 0 &&
    zoneIds.length === 0 &&
    /网络|联盟/.test(t) &&
    /哪些|哪几|哪个|什么|吗/.test(t)
  ) {
    // "某省有哪些高新区在这几个网络里": only the zones in those networks (an alliance member is not one).
    const inNetworks = !CUES.alliances.test(t) ? { minMemberships: 1, among } : {};
    return { q: "memberships", set: { op: "where", set: { op: "all", of: "zone" }, province, ...inNetworks } };
  }
  // "江苏的和其他四个省加起来比，哪边多": the province's members against the rest of the group's.
  if (province && groupsIds.length === 1 && REST_COMPARED.test(t)) {
    const all: SetExpr = { op: "members", group: groupsIds[0] as string };
    const one: SetExpr = { op: "where", set: all, province };
    return {
      q: "sizes",
      a: { label: province, set: one },
      b: { label: "其他省份", set: { op: "minus", a: all, b: one } },
    };
  }
  // "陕西以外的成员有哪些", "除了陕西还有哪些": the members less the province's.
  if (
    province &&
    groupsIds.length === 1 &&
    (new RegExp(`${province}(?:省|自治区|市)?(?:以外|之外)`).test(t) ||
      new RegExp(`除(?:了)?${province}(?:省|自治区|市)?(?:的)?(?:成员)?(?:以外|之外)?`).test(t) ||
      // ("那14家里，不在广西的是哪些": the members not in it.)
      // (Not "是不是湖北的", asked yes or no.)
      new RegExp(`(?:(?<!在)不在|(?<!是)不是|不属于|不位于)${province}(?:省|自治区|市)?(?:的|境内)`).test(t))
  ) {
    const all: SetExpr = {
      op: "members",
      group: groupsIds[0] as string,
      ...(AT_FOUNDING.test(t) ? { first: true } : {}),
    };
    return {
      q: ASKS_COUNT.test(t) ? "count" : "list",
      set: { op: "minus", a: all, b: { op: "where", set: all, province } },
    };
  }
  // (What each province paid, "重庆和四川各出多少钱", is no list of members.)
  if (province && groupsIds.length === 1 && !/多少钱|出资|出了?多少|金额|资金/.test(t)) {
    // "甲省和乙省各有哪些": the members in each province named, together.
    // (At the founding, "启动时江苏有哪些": its first list, when members changed since.)
    // ("X网络新加入的甘肃高新区有哪些": the newcomers of the province, not its founding members.)
    const members: SetExpr = newOf(groupsIds[0] as string) ?? {
      op: "members",
      group: groupsIds[0] as string,
      ...(AT_FOUNDING.test(t) ? { first: true } : {}),
    };
    const each = provincesIn(t, p, r.partLabels).map(
      (name): SetExpr => ({ op: "where", set: members, province: name }),
    );
    const set: SetExpr = each.length >= 2 ? { op: "or", args: each } : (each[0] as SetExpr);
    return { q: r.yesNo ? "any" : "list", set };
  }
  return null;
}

/**
 * Zones by number of memberships: at least N ("三个及以上", "至少三个", or just "三个"), or exactly N ("恰好两个").
 * The networks a question lists are the scope ("这5个试点网络（…）里", `scopeOnly`), and so is "在五个网络里" itself.
 */
function byMembershipCount(t: string, scopeOnly: boolean, among: "pilot" | "network"): Query | null {
  const nMember = new RegExp(
    `(恰好|正好|刚好|仅仅?|只)?(?:参加|加入|参与|进|在|同时是)(?:了)?(至少|不少于)?${NUM}个(或以上|及以上|以上|或更多|或者更多)?(?:的)?(?:试点)?(?:产业协同创新)?(?:网络|的)`,
  ).exec(t);
  if (!nMember?.[3] || !scopeOnly || !CUES.whichZones.test(t)) return null;
  // "五个网络中一个网络的": the first number is the scope, the second the count (read elsewhere).
  if (new RegExp(`^(?:中|里|当中|之中)的?${NUM}个`).test(t.slice(nMember.index + nMember[0].length))) return null;
  // "在五个网络（里）…" names the scope, unless "同时" or a bound makes it a count ("同时在4个或以上网络里的").
  const bound = Boolean(nMember[2] || nMember[4]);
  if (!bound && nMember[0].startsWith("在") && !/同时$/.test(t.slice(Math.max(0, nMember.index - 2), nMember.index)))
    return null;
  const n = numberFrom(nMember[3]);
  if (!n) return null;
  const exactly = Boolean(nMember[1]) && !bound;
  return {
    q: ASKS_COUNT.test(t) ? "count" : "list",
    set: exactly ? { op: "minus", a: atLeast(n, among), b: atLeast(n + 1, among) } : atLeast(n, among),
  };
}

/** The zones in at least `n` of the groups counted. */
const atLeast = (n: number, among: "pilot" | "network"): SetExpr => ({
  op: "where",
  set: { op: "all", of: "zone" },
  minMemberships: n,
  among,
});

function provinceIn(t: string, p: Parsed, partLabels: string[] = []): string | undefined {
  return provincesIn(t, p, partLabels)[0];
}

/** The question ends by asking a zone's level: "算国家高新区吗", "是不是国家级的". */
const LEVEL_ASKED = /(?:算|是|属于)(?:不是)?国家(?:级)?(?:高新区)?(?:的)?(?:吗|吧|么|呢|嘛)?$/;

/** A province (and a city) written before a zone with 的: "山西运城的", "江苏省的". */
const LOCATED_ASKED = new RegExp(
  `^(?:是)?(?:位于|在)(${PROVINCES.join("|")})?(?:省|自治区)?([\\u4e00-\\u9fff]{2,3}?)?市?(?:的)?(?:对吧|是吧|对吗|是吗|吧|吗|没错吧)$`,
);
/** A city the gazetteer knows, right before 的 at the end ("渭南的", "咸阳市的"), and the words that say it. */
function cityBefore(text: string): { city: string; said: string } | undefined {
  for (const n of [2, 3]) {
    const said = new RegExp(`([\\u4e00-\\u9fff]{${n}})(市?)的$`).exec(text);
    if (said?.[1] && lexicon.cities[said[1]]) return { city: said[1], said: said[0] };
  }
  return undefined;
}
const PLACED_BEFORE = new RegExp(`(${PROVINCES.join("|")})(?:省|自治区|市)?(?:([\\u4e00-\\u9fff]{2,3}?)市?)?的$`);

/** A meeting a province's name opens ("省科技工作会议", "省委经济工作会"). */
const OCCASION_AFTER = /^(?:省|市)[\u4e00-\u9fff]{0,8}?(?:会议|工作会|大会|论坛|峰会|座谈会|推进会|博览会)/;

/** The provinces a question filters by, in its order. */
function provincesIn(t: string, p: Parsed, partLabels: string[] = []): string[] {
  const found: { name: string; at: number }[] = [];
  for (const name of PROVINCES) {
    const at = t.indexOf(name);
    if (at < 0) continue;
    const after = t.slice(at + name.length);
    // Part of an entity's own name ("上海张江") is not a province filter; a city's zone said by the city's name is
    // the province when it stands beside another province ("四川重庆各有哪些").
    const inside = p.mentions.find((m) => m.start <= at && at < m.end);
    const beside =
      PROVINCES.some((other) => other !== name && (t.slice(0, at).endsWith(other) || after.startsWith(other))) &&
      inside?.end === at + name.length &&
      inside.start === at;
    // ("属于重庆的是哪几家": a city that is a province, after a word of place, is the province.)
    // ("重庆本地的成员": a place, said with 本地.)
    const placed = /(?:属于|来自|位于|地处)$/.test(t.slice(0, at)) || /^(?:本地|当地)/.test(after);
    if (inside && !beside && !placed) continue;
    // ("在江苏省科技工作会上怎么介绍的": a province in the name of a meeting, after 在, is no filter.)
    if (/(?:在|于)$/.test(t.slice(0, at)) && OCCASION_AFTER.test(after)) continue;
    // ("湖南省联络组是哪家牵头": a body inside the group named by the province, not its members there.)
    const rest = after.replace(/^(?:省|市|自治区)/, "");
    if (lexicon.subBodies.some((w) => rest.startsWith(w))) continue;
    if (
      /^(?:省|市|的|地区|本地|当地|境内|区域|那边|这边|方面|那块|各|分别|有哪些|有哪几|有几|(?:一共|总共|共)有?(?:几|多少)家|有高新区|有没有|有无|占|和|与|及|、|以外|之外|国家高新区|高新区|$|(?:这|那)?(?:几|[两三四五六七八九\d])个?(?:省|地)|等(?:省|地))/.test(
        after,
      ) ||
      // "青海甘肃宁夏各是哪些" (the question's punctuation is gone here): one province right after another.
      PROVINCES.some((other) => after.startsWith(other)) ||
      // "Which zones from 河南和山东 are …": a province an English question names (english-places.ts).
      /^\s*[a-z]/i.test(after) ||
      // "介绍一下江苏这几年…": a province as the subject of a brief.
      (BRIEF.test(t) && /^(?:这|那|近|几年|情况|概况)/.test(after)) ||
      CUES.provinceFilter.test(t)
    )
      found.push({ name, at });
  }
  // "东北地区的成员": a part of the country is its provinces (knowledge/lexicon/names.yaml), unless it is part of a
  // name the question gives ("东北地区国家高新区联盟").
  for (const [region, provinces] of Object.entries(lexicon.regions)) {
    if (partLabels.some((label) => label.startsWith(region))) continue;
    // (Each place it is said: "华北平原联盟里华北地区的成员" names it twice, once inside a name.)
    for (let at = t.indexOf(region); at >= 0; at = t.indexOf(region, at + 1)) {
      if (p.mentions.some((m) => m.start <= at && at < m.end)) continue;
      // (Not the end of a longer region: "西部" of "中西部".)
      if (/[东南西北中华]/.test(t[at - 1] ?? "")) continue;
      if (!/^(?:地区|片区|区域)?(?:的|有|是|各|分别|成员|高新区|园区|$)/.test(t.slice(at + region.length))) continue;
      for (const name of provinces.split(" ")) if (!found.some((f) => f.name === name)) found.push({ name, at });
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
