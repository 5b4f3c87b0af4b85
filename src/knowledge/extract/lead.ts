/**
 * Leads and chairs.
 *   "X牵头建设(的)Y"                      lead
 *   "(Y/该网络)由X牵头(成立)"             lead
 *   "作为(网络)牵头单位,X…"  "Y牵头单位,X…"  "X担任/作为(Y)牵头单位"   lead
 *   "X联合A、B…共同成立Y" is read in members.ts (the zone that 联合 the others leads).
 *   "选举X为(首届)理事长单位", "理事长单位由X担任", "X担任理事长单位"   chair
 */
import { type Doc, NAME_STOP, PLANNED } from "./context.ts";
import { resolveList } from "./lists.ts";
import type { GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

const CJK_RUN_END = /[\u3400-\u9fff]+$/;

export function leads(doc: Doc): void {
  for (const s of doc.sentences) {
    leadBuilds(doc, s);
    ledBy(doc, s);
    leadUnit(doc, s);
    leadCounted(doc, s);
    chair(doc, s);
    ledClause(doc, s);
    alliedProvinces(doc, s);
    coLeads(doc, s);
  }
}

/**
 * "网络实行双牵头机制，由A、B共同牵头", "A和B为联合牵头单位": two (or more) zones that lead together, kept as a seat
 * ("联合牵头单位"), since a group has one lead.
 */
function coLeads(doc: Doc, s: Sentence) {
  const m =
    /(?:^|[，,：:])(?:由)?([\u3400-\u9fff、]{4,60}?)(?:共同|联合)牵头(建设|组建|成立)?(?=[，,。；;]|$)/.exec(s.text) ??
    /(?:^|[，,：:])([\u3400-\u9fff、]{4,60}?)(?:为|是|作为|担任)(?:网络|联盟)?(?:的)?(?:联合|共同)牵头单位/.exec(
      s.text,
    );
  if (!m || PLANNED.test(s.text.slice(0, m.index + m[0].length))) return;
  // (The group's own: "网络实行双牵头机制，由A、B共同牵头", "该联盟由A、B共同牵头组建", "A和B为联合牵头单位"; not a task
  // two zones lead, "联合攻关，由A、B共同牵头".)
  const own = /双牵头|(?:联合|共同)牵头机制/.test(s.text) || m[2] !== undefined || /牵头单位$/.test(m[0]);
  if (!own) return;
  const list = resolveList(doc, s, (m[1] ?? "").replace(/^(?:网络|联盟)?(?:实行[^，,]{0,8})?由/, ""), {
    bare: false,
  });
  const group = list && list.zones.length >= 2 ? (doc.groupBefore(s, m.index) ?? doc.anaphor(s)) : undefined;
  if (!list || !group) return;
  const from = m.index + (/^[，,：:]/.test(m[0]) ? 1 : 0);
  doc.claims.push({
    type: "seat",
    group,
    role: "联合牵头单位",
    zones: list.zones,
    evidence: doc.ev(s, from, m.index + m[0].length),
  });
}

/**
 * "包头稀土高新区联合江西、福建…6省的10家国家高新区，共同组建国家高新区稀土新材料产业协同创新网络": the zone that
 * brings the others together to found the group named right after, when the others are told by their provinces
 * (members.ts reads the lead with the list when the others are named).
 */
function alliedProvinces(doc: Doc, s: Sentence) {
  // ("包头稀土高新区联合全国9家在稀土功能材料领域各具特色的国家高新区，共同发起成立这一网络": counted, described;
  // "西安高新区牵头，联合在商业航天领域具有产业布局的11家国家高新区，共同组建这一网络": described, then counted;
  // "…牵头，联合珠海、成都、西安、株洲等13家在低空经济领域具有产业布局优势的国家高新区，共同成立…": some named first;
  // "…牵头，联合13家…的国家高新区，共14家国家高新区组建该网络": the whole counted again.)
  const m =
    /(?:^|[，,：:])([\u3400-\u9fff]{2,16}?(?:高新区|示范区|工业园区))(?:牵头[，,]?)?联合(?:[\u3400-\u9fff、]{2,30}?\d{1,2}(?:个)?(?:省|省区|省市)的[^，,。；;]{1,12}?|(?:[^，,。；;、等]{2,24}?的|([\u3400-\u9fff、]{2,40}?等))?(?:全国)?(\d{1,2})家[^，,。；;]{0,24}?)高新区[，,]?(?:共同|共\d{1,2}家(?:国家)?高新区(?:共同)?)(?:组建|发起成立|成立)(?:了)?/.exec(
      s.text,
    );
  if (!m || PLANNED.test(s.text.slice(0, m.index + m[0].length))) return;
  const end = m.index + m[0].length;
  // ("…共同组建这一覆盖低空经济全产业链的跨区域协同创新网络": the group by a description, up to its kind.)
  // ("…共同组建这一跨区域协同平台": the group the item is about, by a word for what it is, when no other sentence has
  // said who leads it; "合肥高新区联合3家高新区共同组建这一合作平台" in a network's news is another thing.)
  // ("…共同组建这一跨区域协作平台": 协作 for 协同.)
  const named = /^(?:这一|该|这个)(?:[^，,。；;]{0,30}?)(网络|联盟|协同平台|协作平台)(?=[，,。；;]|$)/.exec(
    s.text.slice(end),
  );
  const mention = (doc.mentions[s.index] ?? []).find((x) => x.start === end);
  const kind = named?.[1] === "联盟" ? "alliance" : named?.[1] === "网络" ? "network" : undefined;
  const referred = named ? doc.anaphor(s, kind) : undefined;
  const ledAlready =
    /平台$/.test(named?.[1] ?? "") &&
    doc.claims.some((x) => x.type === "lead" && referred !== undefined && x.group.id === referred.id);
  const group = mention ?? (ledAlready ? undefined : referred);
  const quoteEnd = mention ? mention.end : end + (named?.[0].length ?? 0);
  const zone = group ? doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) }) : undefined;
  if (group && zone) doc.claims.push({ type: "lead", group, zone, evidence: doc.ev(s, m.index, quoteEnd) });
  // (The others counted, "联合…11家国家高新区": with the lead, the members are one more; not when some are named,
  // "联合A、B等12家": members.ts reads that list and its count.)
  const others = m[2] ? undefined : m[3];
  if (group && zone && others)
    doc.claims.push({ type: "count", group, count: Number(others) + 1, evidence: doc.ev(s, m.index, quoteEnd) });
}

/**
 * "由X牵头，来自…的N家高新区组成的…正式集结", "由X牵头发起，沿黄…十九家国家高新区共同签署联盟合作框架协议"
 * ("由长沙高新区牵头倡议，…16家国家高新区共同发起成立该联盟", "在长沙高新区倡议下，…共同签署…"): a clause
 * that says who leads the group the item is about.
 */
function ledClause(doc: Doc, s: Sentence) {
  // ("在长沙高新区倡议下，湖北、湖南、江西三省16家国家高新区共同签署联盟合作框架协议": the one whose call they answered.)
  const m =
    // ("联盟在…指导下，由A牵头发起。": the sentence's end, of the group it opens with, only a guidance between; not
    // "网络储能安全标准互认行动同日启动，由A牵头发起。", a work of the group.)
    /(?:^|[，,。；;])由([\u3400-\u9fff]{2,16}?)牵头(?:发起|倡议)?(?:[，,](?![^。；;]{0,40}?等[\u3400-\u9fff]{0,6}高新区共同)|(?<=^(?:该|本)?(?:网络|联盟)在[^。；;]{2,30}?(?:指导|支持)下[，,]由[^。；;]{2,16}?牵头发起)。?$)/.exec(
      s.text,
    ) ??
    // (Of the founding only: "…共同签署联盟合作框架协议", not "在B倡议下，成员共同发布了《…倡议书》".)
    (/成立|框架协议|组建/.test(s.text) && !/倡议书/.test(s.text)
      ? /(?:^|[，,。；;])在([\u3400-\u9fff]{2,16}?)的?(?:倡议|牵头|发起)下[，,](?=[^。；;]{0,40}?共同)/.exec(s.text)
      : null);
  if (!m || PLANNED.test(s.text)) return;
  const zone = doc.names.zoneEnding(m[1] ?? "", { evidence: doc.ev(s) }, NAME_STOP);
  const group = doc.groupBefore(s, m.index ?? 0);
  if (zone && group) doc.claims.push({ type: "lead", group, zone, evidence: doc.ev(s) });
}

const mentionsOf = (doc: Doc, s: Sentence) => doc.mentions[s.index] ?? [];

/** "X牵头建设(的)Y". */
function leadBuilds(doc: Doc, s: Sentence) {
  const t = s.text;
  for (const m of t.matchAll(/牵头(?:建设|成立|组建|发起)(?:的)?/g)) {
    const at = m.index ?? 0;
    const g = mentionsOf(doc, s).find((x) => x.start === at + m[0].length);
    if (!g) continue;
    const run = CJK_RUN_END.exec(t.slice(0, at))?.[0] ?? "";
    const zone = doc.names.zoneEnding(run, { evidence: doc.ev(s) }, NAME_STOP);
    if (!zone) continue;
    const start = at - zoneLength(doc, run, zone);
    doc.claims.push({ type: "lead", group: g, zone, evidence: doc.ev(s, start, g.end) });
  }
}

function zoneLength(doc: Doc, run: string, zone: string): number {
  for (let len = Math.min(run.length, 16); len >= 2; len--) {
    if (doc.names.knownZone(run.slice(run.length - len)) === zone) return len;
  }
  return run.length;
}

/** "(Y|该网络|该联盟)(于…)由X牵头". */
function ledBy(doc: Doc, s: Sentence) {
  const t = s.text;
  // "由X牵头(成立|组建|建设)的Y"
  // ("由X牵头、12家国家高新区共同组建的Y": the others between the lead and the verb.)
  for (const m of t.matchAll(
    /由([\u3400-\u9fff]{2,16}?)牵头(?:[、，,][^。；;，,]{0,24}?)?(?:成立|组建|建设|发起|搭建|打造|建立)?的/g,
  )) {
    const at = m.index ?? 0;
    const g = (doc.mentions[s.index] ?? []).find((x) => x.start === at + m[0].length);
    const zone = g ? doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) }) : undefined;
    if (g && zone) doc.claims.push({ type: "lead", group: g, zone, evidence: doc.ev(s, at, g.end) });
    // "由X牵头组建的这一网络/该联盟", "这张由X牵头搭建的网络": the group the news item is about.
    const ana = g
      ? null
      : (/^(?:这一|这个|该|本)(网络|联盟)/.exec(t.slice(at + m[0].length)) ??
        (/(?:这一|这个|这张|该|本)$/.test(t.slice(0, at)) ? /^(网络|联盟)/.exec(t.slice(at + m[0].length)) : null));
    const ref = ana ? doc.anaphor(s, ana[1] === "联盟" ? "alliance" : "network") : undefined;
    const led = ref ? doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) }) : undefined;
    if (ana && ref && led) {
      doc.claims.push({
        type: "lead",
        group: ref,
        zone: led,
        evidence: doc.ev(s, at, at + m[0].length + ana[0].length),
      });
    }
  }
  // ("由A牵头、全国14家在机器人领域具有产业基础的国家高新区共同组建的这一网络": the others described at length before
  // the verb, then the group the item is about.)
  const described =
    /由([\u3400-\u9fff]{2,16}?)牵头[、，,][^。；;]{10,48}?共同(?:成立|组建|建设|发起|搭建|打造|建立)的(这一|这个|该|本)(网络|联盟)/.exec(
      t,
    );
  const describedZone = described ? doc.names.zone(described[1] ?? "", { evidence: doc.ev(s) }) : undefined;
  const describedGroup = described ? doc.anaphor(s, described[3] === "联盟" ? "alliance" : "network") : undefined;
  if (
    described &&
    describedZone &&
    describedGroup &&
    !doc.claims.some((x) => x.type === "lead" && x.group.id === describedGroup.id)
  )
    doc.claims.push({
      type: "lead",
      group: describedGroup,
      zone: describedZone,
      evidence: doc.ev(s, described.index, described.index + described[0].length),
    });
  // "此次联盟由A、B、C共同倡议发起", "联盟由A、B共同牵头发起": several initiators of the group the sentence or the
  // item is about.
  const several =
    /(?:(该|本|此次)?(网络|联盟))?由([\u3400-\u9fff、]{5,80}?)共同(?:倡议|牵头)?发起(?=[，,。；;]|$)/.exec(t);
  const listed = several ? resolveList(doc, s, several[3] ?? "", { bare: false, level: "national" }) : undefined;
  if (several && listed && listed.zones.length >= 2 && !PLANNED.test(several[0])) {
    const group = several[2]
      ? (doc.groupBefore(s, several.index ?? 0) ?? doc.anaphor(s, several[2] === "联盟" ? "alliance" : "network"))
      : doc.groupBefore(s, several.index ?? 0);
    if (group) doc.claims.push({ type: "initiators", group, zones: listed.zones, evidence: doc.ev(s) });
  }
  // "(联盟)由X发起。": one initiator, the sentence's end (a list of initiators is members.ts's); "由X发起并担任理事长单位".
  // ("该联盟由武汉东湖高新区倡议发起。": who called for it.)
  // ("这一网络由西安高新区倡议并牵头组建": called for it, then led it.)
  const m = /由([\u3400-\u9fff]{2,16}?)(?:(?:倡议|发起)并)?(?:牵头|担任牵头单位|(?:倡议)?发起(?=[。，,；;]|并|$))/.exec(
    t,
  );
  if (!m) return;
  const at = m.index ?? 0;
  const prior = mentionsOf(doc, s).filter((x) => x.end <= at);
  const last = prior[prior.length - 1];
  let group: GroupRef | undefined;
  let start = 0;
  // ("联盟筹建工作由长沙高新区牵头": who led the work of founding it leads it.)
  const founding = "(?:的)?(?:筹建|筹备|组建)(?:工作)?";
  // ("Y（以下简称“网络”）自本次会议起正式启动，由A牵头建设": launched, then led.)
  const launched = "(?:[（(][^）)]{0,16}[）)])?(?:自本次会议起|于本次会议)?正式(?:启动|成立)[，,]";
  if (last && new RegExp(`^(?:于[\\d年月]{0,10}|${founding}|${launched})?$`).test(t.slice(last.end, at))) {
    group = last;
    start = last.start;
  } else {
    // ("这张网由A倡议并牵头组建": the network by a word for it.)
    const ana =
      new RegExp(`(该|本)?(网络|联盟)(?:于[\\d年月]{0,10}|${founding})?$`).exec(t.slice(0, at)) ??
      /(这张|这一张)(网)$/.exec(t.slice(0, at));
    // ("启动大会在深圳高新区举行。…大会在…指导下召开，由深圳高新区牵头组织": the zone that organised the founding
    // meeting, the sentence before, leads the group founded; not a later meeting's organiser.)
    const meeting =
      !ana && FOUNDING_MEETING_LED.test(t) && FOUNDING_MEETING.test(doc.sentences[s.index - 1]?.text ?? "");
    if (!ana && !meeting) return;
    // ("会议还决定组建淮河流域知识产权运营联盟，联盟筹建工作由A牵头": a group being formed, named just before, is not
    // the item's group.)
    const forming = /(?:组建|筹建|成立|设立|发起)[^。；;]{0,30}?(?:联盟|网络)[，,]/;
    if (ana && forming.test(t.slice(0, ana.index))) return;
    group = doc.anaphor(s, ana?.[2] === "联盟" ? "alliance" : ana ? "network" : undefined);
    start = ana?.index ?? 0;
  }
  if (!group) return;
  const zone = doc.names.zone(m[1] ?? "", { evidence: doc.ev(s) });
  if (!zone) return;
  doc.claims.push({ type: "lead", group, zone, evidence: doc.ev(s, start, at + m[0].length) });
}

/** A sentence about a meeting that says who organised it ("大会…，由X牵头组织"), and the meeting that founded a group. */
const FOUNDING_MEETING_LED =
  /^(?:本次|此次)?(?:启动|成立)?大会[^。]{0,30}?由[\u3400-\u9fff]{2,16}?牵头(?:组织|筹办|举办)/;
// (The group's own founding: "国家高新区低空经济产业协同创新网络启动大会在…举行", not a platform launched at a yearly meeting.)
const FOUNDING_MEETING = /(?:网络|联盟)(?:启动|成立)(?:大会|仪式)/;

/** "作为(网络)牵头单位,X…", "Y牵头单位,X…", "X担任(Y)牵头单位". */
function leadUnit(doc: Doc, s: Sentence) {
  const t = s.text;
  const unit = /牵头单位[,，]/.exec(t);
  if (unit) {
    const at = unit.index ?? 0;
    const after = at + unit[0].length;
    const z = doc.names.zoneAtStart(t.slice(after));
    if (z) {
      const prior = mentionsOf(doc, s).filter((x) => x.end <= at);
      const direct = prior.find((x) => x.end === at);
      const asLead = /作为(该|本)?(网络|联盟)?牵头单位[,，]$/.exec(t.slice(0, after));
      let group: GroupRef | undefined = direct;
      if (!group && asLead) {
        // "作为牵头单位,无锡高新区…顾国栋认为,建设好国家高新区物联网产业协同创新网络": the one group the sentence names.
        const all = mentionsOf(doc, s);
        const ids = new Set(all.map((x) => `${x.kind}:${x.id}`));
        if (ids.size === 1) group = all[0];
        else if (ids.size === 0)
          group = doc.anaphor(s, asLead[2] === "联盟" ? "alliance" : asLead[2] ? "network" : undefined);
      }
      if (group) {
        const start = direct ? direct.start : (asLead?.index ?? at);
        const mentionEnd = Math.max(
          after + z.length,
          ...mentionsOf(doc, s)
            .filter((x) => x === group)
            .map((x) => x.end),
        );
        doc.claims.push({ type: "lead", group, zone: z.id, evidence: doc.ev(s, start, mentionEnd) });
      }
    }
  }
  const takes =
    // ("长沙高新区为牵头发起单位": the unit that led the founding.)
    /([\u3400-\u9fff]{2,16}?)(?:担任|作为|为|是)(?:该|本)?(网络|联盟)?(?:的)?牵头(?:发起)?单位/.exec(t) ??
    // "网络牵头单位为B", "牵头单位仍为B": the unit, then who holds it.
    // ("牵头单位落在东湖高新区".)
    /(?<!副)()(网络|联盟)?牵头单位(?:仍|依然|依旧|继续)?(?:为|是|[：:]|落在|落户)([\u3400-\u9fff]{2,16}?)(?=[，,。；;]|$)/.exec(
      t,
    ) ??
    // "网络的牵头单位由深圳高新区担任", "网络的牵头单位，由…担任": the group's own, said by its kind or opening the
    // sentence, not a body's inside it ("…专题组的牵头单位由A担任", "制氢装备专题组，牵头单位由A担任").
    /(?:^|[，,；;：:](?=(?:该|本)?(?:网络|联盟)))()(?:(?:该|本)?(网络|联盟)(?:的)?)?牵头单位[，,]?(?:仍|依然|依旧|继续)?由([\u3400-\u9fff]{2,16}?)(?:担任|承担)(?=[，,。；;]|$)/.exec(
      t,
    ) ??
    // ("据介绍，商业航天网络在…指导下组建，牵头单位由西安高新区担任": the group the sentence opens with is its subject.)
    (opensWithGroup(doc, s)
      ? /[，,]()()牵头单位(?:仍|依然|依旧|继续)?由([\u3400-\u9fff]{2,16}?)(?:担任|承担)(?=[，,。；;]|$)/.exec(t)
      : null);
  // ("网络下设卫星应用专业委员会，牵头单位落在东湖高新区": a body's lead, named in the clause before.)
  const clauseBefore = takes ? (/([^，,。；;]*)[，,]$/.exec(t.slice(0, takes.index))?.[1] ?? "") : "";
  if (takes && !takes[1] && BODY_SET_UP.test(clauseBefore)) return;
  if (takes) {
    const zone = doc.names.zoneEnding(takes[1] || takes[3] || "", { evidence: doc.ev(s) }, NAME_STOP);
    const prior = mentionsOf(doc, s);
    // ("…共同发起成立该联盟，郑州高新区为牵头单位": the unit said without its kind is the item's group's.)
    const kind = takes[2] === "联盟" ? "alliance" : takes[2] === "网络" ? "network" : undefined;
    const group = prior.length === 1 ? prior[0] : doc.anaphor(s, kind);
    if (zone && group) doc.claims.push({ type: "lead", group, zone, evidence: doc.ev(s) });
  }
}

/** A body set up inside a group, named in a clause: its lead, said next, is not the group's. */
// (Not the group described as one: "该网络是…组建的跨区域产业协同平台".)
const BODY_SET_UP =
  /(?:下设|设有|设立)[\u3400-\u9fff]{0,16}(?:委员会|专委会|工作组|专题组|攻关组|联合体|实验室|基地|中心)$/;

/** The sentence opens with a group's name (after "据介绍，"), and names no body of it: the group is its subject. */
function opensWithGroup(doc: Doc, s: Sentence): boolean {
  const first = mentionsOf(doc, s)[0];
  return (
    first !== undefined &&
    /^(?:(?:据介绍|据了解|据悉|目前)[，,])?(?:该|本)?$/.test(s.text.slice(0, first.start)) &&
    !BODY_COUNTED.test(s.text) &&
    // ("据介绍，氢能装备网络今年设立液氢储运联合攻关项目，牵头单位由合肥高新区担任": the project's lead.)
    !/项目|课题|活动|平台|基地|中心|基金|攻关|联合体|计划|行动/.test(
      s.text.slice(first.end).replace(/在[^，,。；;]{2,30}?指导下/g, ""),
    )
  );
}

/**
 * "加上牵头单位深圳高新区，网络首批成员单位共14家", "包括牵头单位A在内，联盟共有…": the lead named as one of the
 * members counted, of the group the sentence names (or the item is about).
 */
function leadCounted(doc: Doc, s: Sentence) {
  const m = /(?:加上|连同|包括|包含|含)(?:该|本)?(网络|联盟)?牵头单位([\u3400-\u9fff]{2,16}?)(?:在内)?[，,]/.exec(
    s.text,
  );
  if (!m || PLANNED.test(s.text)) return;
  // (Not two zones, "加上牵头单位A和B", nor a body inside the group counted, "加上牵头单位A，专委会首批成员单位共8家".)
  const counted = /^[^。；;]*/.exec(s.text.slice(m.index + m[0].length))?.[0] ?? "";
  if (/[和与及、]/.test(m[2] ?? "") || BODY_COUNTED.test(counted)) return;
  const zone = doc.names.zoneEnding(m[2] ?? "", { evidence: doc.ev(s) }, NAME_STOP);
  const later = /(网络|联盟)/.exec(counted)?.[1];
  const said = m[1] ?? later;
  const named = new Map(mentionsOf(doc, s).map((x) => [`${x.kind}:${x.id}`, x]));
  const group =
    named.size === 1
      ? [...named.values()][0]
      : named.size === 0
        ? doc.anaphor(s, said === "联盟" ? "alliance" : said === "网络" ? "network" : undefined)
        : undefined;
  if (zone && group) doc.claims.push({ type: "lead", group, zone, evidence: doc.ev(s) });
}

/** A body inside a group whose members a sentence counts ("专委会首批成员单位共8家"). */
const BODY_COUNTED = /专委会|委员会|工作组|专业组|专题组|板块|分会|联合体|工作站|分中心/;

/** 理事长单位. */
function chair(doc: Doc, s: Sentence) {
  const t = s.text;
  // Every wording is tried: "理事长单位由A和B轮流担任，首届理事长单位为B" names the chair in its second clause.
  const zone = [
    /选举([\u3400-\u9fff]{2,16}?)为(?:联盟|网络)?(?:首届|首任|本届|新一届|新一任)?理事长单位/,
    // (A later term's chair, "第二届理事长单位由B担任" or "第二任…", is not the chair yet: seats.ts keeps it as that
    // term's.)
    /(?<!第[二三四五六七八九十][届任]|下一?[届任]|副)理事长单位由([\u3400-\u9fff]{2,16}?)担任/,
    /(?<!第[二三四五六七八九十][届任]|下一?[届任]|副)理事长单位(?:为|是)([\u3400-\u9fff]{2,16}?)(?=[，,。；;]|$)/,
    /(?:^|[，,：:])([\u3400-\u9fff]{2,16}?)(?:担任|当选为|当选)(?:联盟|网络)?(?:首届|首任|本届|新一届|新一任)?理事长单位/,
    // "郑州高新区为首届理事长单位，西安高新区、济南高新区为副理事长单位".
    /(?:^|[，,：:])([\u3400-\u9fff]{2,16}?)为(?:联盟|网络)?(?:首届|首任|本届|新一届|新一任)?理事长单位/,
    // "被推选为首届理事长单位的，是郑州高新区"; "当选理事长单位的是无锡高新区".
    /(?:(?:被|获)(?:推选|推举|选举|选|确定)为|当选(?:为)?)(?:联盟|网络)?(?:首届|首任|本届|新一届|新一任)?理事长单位的[，,]?(?:是|为)([\u3400-\u9fff]{2,16}?)(?=[，,。；;]|$)/,
    // "郑州高新区作为发起单位担任首届理事长单位".
    /(?:^|[，,：:])([\u3400-\u9fff]{2,16}?)作为[\u3400-\u9fff]{2,8}?(?:担任|出任)(?:联盟|网络)?(?:首届|首任)?理事长单位/,
    // "X还是Y联盟的理事长单位".
    /(?:^|[，,：:])([\u3400-\u9fff]{2,16}?)(?:还|也|现)?是[\u3400-\u9fff]{2,30}?联盟的理事长单位/,
  ]
    .map((re) => re.exec(t)?.[1])
    // ("联盟首届理事长单位由我区担任" in an article a zone publishes: that zone.)
    .map((name) =>
      name && /^(?:我区|本区)$/.test(name)
        ? doc.names.home
        : name
          ? doc.names.zoneEnding(name, { evidence: doc.ev(s) }, NAME_STOP)
          : undefined,
    )
    .find((z) => z !== undefined);
  if (!zone) return;
  const prior = (doc.mentions[s.index] ?? []).filter((x) => x.kind === "alliance");
  // (The item's alliance, unless it goes on about a network after naming the alliance in passing: groupBefore.)
  const group = prior.length === 1 ? prior[0] : doc.groupBefore(s, 0, "alliance");
  if (!group) return;
  doc.claims.push({ type: "chair", group, zone, evidence: doc.ev(s) });
}
