/**
 * People the articles name with their titles (knowledge.officials): "X是什么职务" → the title; "Y县长叫什么" →
 * the person whose title matches the words of the question best. Only an unambiguous match is an answer.
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import { escaped, lexicon } from "../../knowledge/lexicon.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Official } from "../../knowledge/schema.ts";
import { PREMISE, SPEECH } from "../facts/cues.ts";
import { citationsFor } from "../facts.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { articleSentences, evidenceOf, group, titleAbout } from "./graph.ts";
import { groupNames, peopleByAct, personByAct } from "./person-by-act.ts";

// ("X是干什么的" asks a title; "X说轮值期间要做什么" asks a plan, what was said.)
const ASKS_TITLE =
  /职务|职位|是谁|什么人|身份|头衔|担任|(?:什么|啥)(?:来头|来历|背景)|(?<![要将会想头责备算划点])(?:干什么|做什么|干啥|干嘛|做啥)|搞什么的|什么官|哪个(?:单位|部门|机构|高新区|园区)|哪家(?:单位|机构|高新区)|什么(?:部门|机构|单位)|哪里的|谁啊|\bwho (?:is|s)\b|\b(?:position|title|role|job|post)\b/i;
const ASKS_NAME = /叫什么|叫啥|是谁|哪位|谁|名字|姓名|(?:什么|啥)(?:来头|来历|背景)/;
/** The day a post is taken, said in its quote: "自2026年10月1日起". */
const SINCE = /自((?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?)起/;

/** Several people asked for ("有哪些领导讲了话", "都有谁发了言"). */
// ("出席年会的领导有哪些".)
const ASKS_PEOPLE =
  /(?:哪些|哪几位)(?:领导|嘉宾|负责人|官员|人)|(?:领导|嘉宾|官员)(?:都)?(?:有哪些|是哪些)|都有谁|有谁|都是谁/;
/** A body right after a zone, before who heads it is asked: "三代半国创中心的负责人", "产业研究院院长". */
const BODY_AFTER_ZONE =
  /^(?:高新区)?(?:的)?([\u4e00-\u9fff]{2,12}?(?:中心|研究院|实验室|研究所|公司|协会|促进会))(?:的)?(?:负责人|主任|院长|所长|总经理|会长|领导)/;

/** A person asked for (not a report's or a body's name: "那份报告叫什么"). */
// ("…的长沙高新区主任叫啥": a title, then asked its name.)
const ASKS_WHO = /谁|哪位|叫什么名字|名字叫什么|叫啥名|姓名|(?:领导|嘉宾|代表|任|记|长|员|人)(?:叫|姓)(?:什么|啥)/;
/** A title ends in one of these (主任, 副局长, 书记, 委员, 理事长 …). */
const TITLE_END = /(?:长|任|记|员|理|席|事|师|官|人)$/;
/** What a person said or thinks is a passage question, not a title lookup. */
const ASKS_WORDS = /说了|说过|表示|认为|谈到|指出|提出|观点|怎么看|讲了|\b(?:say|said|says|think|thinks|view)\b/i;
/** …and, of a person the question names, more ways ("贾敬敦讲的…计划是干什么的", "文锋说他们2026年要干什么"; without
 *  a name, "谁讲的话" asks who spoke). */
// ("X说轮值期间要做什么", "X打算和哪些成员加强对接", "X是怎么表态的".)
// ("X怎么解释这次扩容的": an explanation.)
const NAMED_SAYS =
  /讲的|说的|说他|说她|说要|提到|咋看|(?:怎么|如何|怎样)(?:解释|说明|评价|看待|回应)|说[^，,。？?]{0,14}?(?:什么|啥|哪些|哪几|怎么|如何)|打算|准备怎么|表的态|表态/;

/** Asks what someone said ("讲了话", "发了言" say only that someone spoke). */
export const asksWords = (t: string, named = false) =>
  ASKS_WORDS.test(t.replace(/讲了话|发了言/g, "")) || (named && NAMED_SAYS.test(t.replace(/讲的话|说的话/g, "")));

/** A year's rotating chair asked ("2027年度轮值主席是谁", "2027年度轮值主席定的是谁"). */
// (A term said otherwise, "首任轮值主席是谁", may ask the person who chairs.)
const TERM_CHAIR_ASKED =
  /(?:19|20)\d{2}(?:[—–-](?:19|20)?\d{2})?年度的?轮值主席(?:单位)?[^。！!]{0,10}?(?:是谁|由谁|为谁)/;

export function answerPerson(k: Knowledge, p: Parsed): Answer | null {
  const t = p.text;
  // A unit asked for ("轮值主席单位轮到谁", "理事长单位是谁") is not a person, whatever title it shares.
  // (…nor is a term's rotating chair, "2027年度轮值主席定的是谁": a zone holds it.)
  if (
    k.officials.length === 0 ||
    // ("副理事长单位都有谁", "理事长和副理事长单位分别是谁": the units, not who speaks for them.)
    /单位(?:都?是谁|(?:分别|各自?)是谁|轮到谁|由谁|为谁|都?有谁|都是谁)(?=[？?。，,！!]|$)|(?:轮到|接任的是)(?:谁|哪)/.test(
      t,
    ) ||
    TERM_CHAIR_ASKED.test(t)
  )
    return null;
  // "从X手里接过旗帜的是谁", "X把旗交给了谁": X is named as the other side of the act; someone else is asked.
  const otherSide = OTHER_SIDE.exec(t);
  const counterpart = otherSide ? (otherSide[1] ?? otherSide[2] ?? otherSide[3]) : undefined;
  const named = k.officials.filter((o) => t.includes(o.name) && o.name !== counterpart);
  // "X是某部某中心主任吧", "X作为某区管委会副主任…": a title the question gives a named person is checked.
  // (The zone the question names right before the name with 的, "盐城高新区的陈永刚", as the reader found it.)
  const at = named.length > 0 ? t.indexOf(named[0]?.name as string) : -1;
  const zoneBefore = p.mentions.find(
    (m) => m.type === "entity" && m.ref.kind === "zone" && m.end === at - 1 && t[m.end] === "的",
  );
  const claimed =
    named.length > 0
      ? titleClaim(t, named[0]?.name as string, zoneBefore ? zoneSaid(k, t, zoneBefore) : undefined)
      : null;
  // (A county's, city's or district's head before the name is wrong only when the person holds no such post:
  // "三原县长杨红刚" is right though the role reads "三原县委副书记、县长".)
  // (A claim asked, "杨红刚是三原县县长吧", is checked as before.)
  const localPost =
    claimed && !claimed.asked && !/高新区|示范区|园区|管委会|党工委/.test(claimed.title)
      ? LOCAL_TITLED.exec(claimed.title)?.[1]
      : undefined;
  const holdsPost =
    localPost !== undefined && named.some((o) => o.name === named[0]?.name && o.role.includes(localPost));
  const checked = claimed && !holdsPost ? checkTitle(k, named, claimed) : null;
  if (checked) return checked;
  // "X是哪年当上副主任的", "X之前在哪里任职": the articles give titles, never when one was held or a career.
  const career = PAST.test(t) && /任职|工作|干过|当过|担任过|做过/.test(t);
  if (named.length > 0 && ((ASKS_WHEN.test(t) && TAKES_POST.test(t)) || career)) {
    const name = named[0]?.name as string;
    // ("自2026年10月1日起，由…梁振宇同志接任网络秘书长": the day a post is taken, when the quote says it.)
    const dated = career
      ? undefined
      : named
          .filter((o) => o.name === name)
          .flatMap((o) => o.evidence.map((e) => ({ o, e, since: SINCE.exec(e.quote)?.[1] })))
          // (Of the post the question names: "…什么时候担任管委会副主任的" is not asked of the secretary-general's post.)
          .find(
            (x) =>
              x.since !== undefined && t.includes((x.o.role.split("，").at(-1) ?? "").replace(/^(?:网络|联盟)/, "")),
          );
    if (dated)
      return {
        kind: "fact",
        answer: `${name}自${dated.since}起任${dated.o.role.split("，").at(-1)}（${dated.o.role}）。`,
        citations: citationsFor(k, [dated.e]),
      };
    const what = career ? "此前的任职经历" : "何时担任这一职务";
    return {
      kind: "none",
      answer: `文章没有写${name}${what}，只写了其职务：${rolesOf(named, name).join("；")}。`,
      citations: citationsFor(
        k,
        named.filter((o) => o.name === name).flatMap((o) => o.evidence.slice(0, 1)),
      ),
    };
  }
  // (The name out, a space in its place: "what is贾敬敦position" keeps "position" a word.)
  const titleAsked = named.length > 0 && ASKS_TITLE.test(t.replace(named[0]?.name ?? "", " "));
  // What someone said is the passages' ("Who is X and what did he say…": the title, and then the passages).
  if (asksWords(t, named.length > 0) && !titleAsked) return null;
  if (named.length > 0) {
    if (!titleAsked) return null;
    const names = [...new Set(named.map((o) => o.name))];
    const citations = citationsFor(
      k,
      named.flatMap((o) => o.evidence.slice(0, 1)),
    );
    // (One person: where the article quotes them too, "顾国栋是什么身份" — as what, in which network's story.)
    const first = citations[0];
    const body = first ? k.articles.get(first.articleId)?.body : undefined;
    const sentences = body ? articleSentences(body) : [];
    const at = first ? sentences.findIndex((x) => x.includes(first.quote)) : -1;
    // (A sentence that only says who spoke, after the words it quotes: "“…。”某某表示。" — the words too.)
    const tagOnly = /^[”"’」』]*[^，,。“”]{2,60}(?:表示|说|指出|认为|介绍|强调)[。！!]?$/.test(
      sentences[at]?.trim() ?? "",
    );
    // (…or a sentence that opens by saying who spoke the words just before it: "“…。”某某表示，…".)
    const closes = /^[”"’」』][^，,。“”]{2,60}(?:表示|说|指出|认为|介绍|强调)[，,]/.test(sentences[at]?.trim() ?? "");
    const sentence =
      at < 0 ? undefined : (tagOnly || closes) && at > 0 ? `${sentences[at - 1]}${sentences[at]}` : sentences[at];
    const where =
      names.length === 1 && first && sentence
        ? `\n据《${first.title}》：${sentence.trim().replace(/^[”"’」』]+/, "")}`
        : "";
    const answer = names.map((n) => `${n}：${rolesOf(named, n).join("；")}。`).join("") + where;
    return { kind: "fact", answer, citations };
  }
  // A title of a group or zone no fact knows is not any known person's.
  if ((!ASKS_NAME.test(t) && !ASKS_PEOPLE.test(t)) || p.unknownName) return null;
  // "谁把旗交给了谁": two people, one act between them; the sentence that tells it answers (the passages).
  if (/谁[^谁]{1,12}(?:给|向|与|和|跟)了?谁/.test(t)) return null;
  // ("轮值主席单位交接给谁了": a seat of units handed on, to a zone; no person.)
  if (/(?:单位|轮值主席|秘书处)[^。？?]{0,4}?(?:交接|移交|交棒|交)给了?谁/.test(t)) return null;
  // A zone the question names must be the person's: its id as the official's org, or its name in the title.
  // (Not the zone a meeting was held in: "在赣州开的…年会上，南昌高新区是谁表的态".)
  const heldIn = (m: Parsed["mentions"][number]) =>
    /在$/.test(t.slice(0, m.start)) && /^(?:高新区)?(?:开|举行|举办|召开|办)的/.test(t.slice(m.end));
  const zones = [
    ...new Set(
      p.mentions.flatMap((m) => (m.type === "entity" && m.ref.kind === "zone" && !heldIn(m) ? [m.ref.id] : [])),
    ),
  ];
  // A group the question names (one of them, when it names several) must be the person's too: the official's own
  // group, or (a person of a zone) one an article quoting them is about. Another group's chair is not this group's.
  const groups = p.mentions.flatMap((m) => (m.type === "entity" && m.ref.kind !== "zone" ? [m.ref.id] : []));
  const isGroup = (id: string | undefined) => id !== undefined && (k.networks.has(id) || k.alliances.has(id));
  // ("光电子网络启动那天，工信部是哪位领导出席讲话的": a ministry the question names is the person's.)
  const ministry = NATIONAL_BODY.exec(t)?.[0];
  // ("物联网网络建设大会是哪位部领导出席讲话的": a ministry's official, whichever ministry.)
  const anyMinistry = ANY_MINISTRY.test(t);
  // ("苏州工业园区三代半国创中心的负责人叫啥": a body of the zone named after it, whose head must be its own; a person
  // of the zone's government is not.)
  const ofBody = p.mentions
    .filter((m) => m.type === "entity" && m.ref.kind === "zone")
    .map((m) => BODY_AFTER_ZONE.exec(t.slice(m.end))?.[1])
    .find((b) => b !== undefined);
  const candidates = k.officials.filter(
    (o) =>
      o.name !== counterpart &&
      (ofBody === undefined || o.role.includes(ofBody)) &&
      (ministry === undefined || sameBody(o.role).includes(sameBody(ministry))) &&
      (!anyMinistry || NATIONAL_BODY.test(o.role)) &&
      zones.every((z) => o.org === z || namesOf(k, z).some((n) => o.role.includes(n))) &&
      (groups.length === 0 ||
        groups.some((g) =>
          k.officials.some(
            (x) =>
              x.name === o.name &&
              (x.org === g || (!isGroup(x.org) && x.evidence.some((e) => articleNames(k, e.article, g)))),
          ),
        )),
  );
  // "专家咨询委员会主任是谁": the head of a body inside the group; a title without that body (管委会主任) is not it.
  const body = lexicon.subBodies.find((b) => /^[\u4e00-\u9fff]+$/.test(b) && headOf(b).test(t));
  // (A title in the clause that sets the scene is not asked: "纳米网络改成轮值理事长以后，秘书处由谁承担".)
  // (Nor are a group's own words: "机器人网络谁牵头的" asks no "…机器人技术…实验室教授"; its kind stays, "联盟秘书长".)
  const groupsMasked = p.mentions.reduce((text, m) => {
    if (m.type !== "entity" || m.ref.kind === "zone") return text;
    const kind = /(?:网络|联盟)$/.exec(text.slice(m.start, m.end))?.[0] ?? "";
    const end = m.end - kind.length;
    return `${text.slice(0, m.start)}${"＿".repeat(Math.max(0, end - m.start))}${text.slice(end)}`;
  }, t);
  const asked = p.scene ? groupsMasked.slice(p.scene.length) : groupsMasked;
  let best: Official[] = [];
  let bestLen = 2;
  for (const o of body ? candidates.filter((x) => x.role.includes(body)) : candidates) {
    // A later term is not the first one ("第二届理事长" is not "首届理事长"); a deputy is not the head.
    if (/第[二三四五六七八九十]届|第[二三四五六七八九十]任|下一届|下届|下一任|现任/.test(t) && /首届|首任/.test(o.role))
      continue;
    const len = titleOverlap(asked, o.role);
    if (len > bestLen) {
      best = [o];
      bestLen = len;
    } else if (len === bestLen && len > 2) best.push(o);
  }
  // A group's seat ("联盟秘书长", "首任秘书长") is held in the group the article is about (seatIn): another group
  // the body of the article mentions is not the person's.
  if (groups.length > 0) best = best.filter((o) => !SEAT_TITLE.test(o.role) || seatIn(k, o, groups));
  best = heldInTurn(k, best, t, groups);
  let people = [...new Set(best.map((o) => o.name))];
  // "X网络年会上Y高新区是哪位负责人讲话": no title is asked, but the zone is named; the one person of that
  // zone the articles quote (in an article about the group the question names, when it names one) is meant.
  // ("杭州高新区接轮值主席的那位领导": the seat the zone takes is not a title asked.)
  const seatTaken = t.replace(SEAT_TAKEN, "");
  // (The group's own founding meeting, said right after its name: "生物制造网络启动会上"; not a thing's, "…测评基地揭牌
  // 仪式上".)
  const meeting = FOUNDING_MEETING.exec(t);
  const ownMeeting = p.mentions.some(
    (m) =>
      m.type === "entity" &&
      m.ref.kind !== "zone" &&
      meeting !== null &&
      m.end <= meeting.index &&
      /^(?:产业)?(?:协同创新)?(?:网络|联盟)?的?$/.test(t.slice(m.end, meeting.index)),
  );
  const founding = new Set(
    ownMeeting
      ? groups.flatMap((id) => {
          const g = group(k, id);
          return g ? evidenceOf(g, "date").map((e) => e.article) : [];
        })
      : [],
  );
  const reports = reportsPointedOccasion(t, founding);
  const atPointed = (o: Official) => o.evidence.some((e) => reports(k.articles.get(e.article)));
  if (people.length === 0 && zones.length === 1 && ANY_PERSON.test(t) && !A_TITLE.test(seatTaken)) {
    const about = (o: Official) => groups.every((g) => o.evidence.some((e) => articleNames(k, e.article, g)));
    // (At an occasion pointed out, "东湖高新区那次成立大会上，长沙高新区是谁发言的": a person of an article that reports
    // it, by its title or opening; the zone's speaker at another meeting is not the one asked.)
    best = candidates.filter((o) => about(o) && atPointed(o));
    // Several of the zone's people in articles that name the group: the one quoted in the article about it
    // (its title names the group).
    if (new Set(best.map((o) => o.name)).size > 1) {
      const titled = best.filter((o) =>
        groups.every((g) => o.evidence.some((e) => articleNames(k, e.article, g, true))),
      );
      if (titled.length > 0) best = titled;
    }
    people = [...new Set(best.map((o) => o.name))];
  }
  // "代表某省政府讲话的是哪位", "某中心哪位领导出席": no title, but the body the person speaks for; the one
  // person of that body quoted in an article about the group the question names.
  if (people.length === 0 && zones.length === 0 && groups.length > 0 && (ANY_PERSON.test(t) || /是谁|哪位/.test(t))) {
    const body = (o: Official) => bodyOverlap(t, o.role) >= 4;
    best = candidates.filter(body);
    people = [...new Set(best.map((o) => o.name))];
  }
  // "代表某区发言的是谁": no title, or several people of the zone; the one named doing what the question says.
  // Only where the question's places are known: an ambiguous one ("上海") or none besides a group leaves too many.
  const placed = zones.length > 0 || (groups.length > 0 && p.mentions.every((m) => m.type !== "ambiguous"));
  // "有哪些领导讲了话": everyone the article about it names doing the act.
  if (placed && ASKS_PEOPLE.test(t)) {
    const all = peopleByAct(k, t, candidates, groups);
    if (all.length >= 2) {
      return {
        kind: "fact",
        answer: `${all.map((m) => `${m.name}（${rolesOf(candidates, m.name).join("；")}）`).join("、")}。`,
        citations: citationsFor(
          k,
          all.map((m) => ({ article: m.article, quote: m.quote })),
        ),
      };
    }
  }
  if (people.length !== 1 && ASKS_WHO.test(t) && placed) {
    const pool = (people.length > 1 ? best : candidates).filter(atPointed);
    const act = personByAct(k, t, pool, groups);
    if (act) {
      const roles = rolesOf(pool, act.name);
      return {
        kind: "fact",
        answer: `${act.name}（${roles.join("；")}）。`,
        citations: citationsFor(k, [{ article: act.article, quote: act.quote }]),
      };
    }
    // ("代表副理事长单位发言的是苏州工业园区的哪位" when the one who did is of another zone: who did, not of that zone.)
    // (Only a person asked for a speech, by 哪位 or "发言的是", with no other place named.)
    const speechAsked = /哪位|(?:发言|讲话|致辞|表态)的是/.test(t) && p.mentions.every((m) => m.type === "entity");
    // (Not the zone spoken for, "代表无锡高新区讲话的是谁": its speaker need not be its official.)
    const spokenFor = (z: string) => namesOf(k, z).some((n) => t.includes(`代表${n}`));
    const zone =
      zones.length === 1 && groups.length === 1 && speechAsked && !spokenFor(zones[0] as string) ? zones[0] : undefined;
    // (Of the people an article about the group asked quotes: no one from an unrelated article.)
    const aboutGroup = (o: Official) => o.evidence.some((e) => articleNames(k, e.article, groups[0] as string));
    // (Asked without the zone, whose name may read as a province the sentence must say: "重庆高新区".)
    const elsewhere = zone
      ? personByAct(
          k,
          namesOf(k, zone).reduce((q, n) => q.split(n).join(""), t),
          k.officials.filter((o) => o.org !== zone && atPointed(o) && aboutGroup(o)),
          groups,
        )
      : null;
    if (zone && elsewhere && people.length === 0) {
      const roles = rolesOf([...k.officials], elsewhere.name);
      return {
        kind: "fact",
        answer: `是${elsewhere.name}（${roles.join("；")}），不是${k.zones.get(zone)?.name ?? ""}的人。`,
        citations: citationsFor(k, [{ article: elsewhere.article, quote: elsewhere.quote }]),
      };
    }
  }
  // ("低空网络里安顺高新区是哪位领导负责对接的": no person of the zone in any article, neither an official read nor a title
  // written after its name: the articles do not name one.)
  const zone = zones[0];
  // (…nor any person of the body the question names after the zone.)
  if (people.length === 0 && ofBody !== undefined && ANY_PERSON.test(t))
    return { kind: "none", answer: `文章没有提到${ofBody}的负责人是谁。`, citations: [] };
  if (people.length === 0 && zone !== undefined && zones.length === 1 && ANY_PERSON.test(t) && !personWritten(k, zone))
    return {
      kind: "none",
      answer: `文章没有提到${k.zones.get(zone)?.name ?? "这家高新区"}方面的负责人或领导是谁。`,
      citations: [],
    };
  if (people.length !== 1) return null;
  const name = people[0] as string;
  return {
    kind: "fact",
    answer: `${name}（${rolesOf(best, name).join("；")}）。`,
    citations: citationsFor(
      k,
      best.flatMap((o) => o.evidence.slice(0, 1)),
    ),
  };
}

/** An occasion the question points out ("那次成立大会上", "那个网络建设交流会上"): its kind, and the word before it that
 *  tells which one when it does ("成立", "启动", "交流"…). */
const POINTED_OCCASION =
  /(?:那次|那个|这次|这个|那场|这场)[^，,。？?]{0,12}?(成立|启动|揭牌|成员|工作|推进|建设|联席|理事)?(大会|年会|交流会|推进会|座谈会|推介会|对接会|论坛|峰会|会议)上/;
/** The founding meeting, "启动会上", "成立大会上". */
const FOUNDING_MEETING = /(?:成立|启动)(?:大会|会议|会|仪式)上/;
/** How much of an article's start says what it reports. */
const OPENING = 200;

/** Whether an article reports the occasion the question points out, in its title or opening (any, when none is). */
function reportsPointedOccasion(
  t: string,
  founding: ReadonlySet<string>,
): (a: { id: string; title: string; body: string } | undefined) => boolean {
  const m = POINTED_OCCASION.exec(t);
  // ("生物制造网络启动会上天津滨海高新区是谁讲的话": the founding meeting without 那次, reported by the articles the
  // groups' founding is read from; not a later one that recalls it, "由3月启动时的14家".)
  if (!m && FOUNDING_MEETING.test(t) && founding.size > 0) return (a) => a !== undefined && founding.has(a.id);
  if (!m) return () => true;
  const said = `${m[1] ?? ""}${m[2]}`;
  return (a) => a !== undefined && `${a.title}\n${a.body.slice(0, OPENING)}`.includes(said);
}

/** The title a question gives a named person: "X是<title>吧/吗" (asked), "X作为<title>，…" (taken for granted). */
/** The zone a mention names, as the question writes it, or by its full name when it writes a short one ("张江的顾国栋"). */
function zoneSaid(k: Knowledge, t: string, m: Parsed["mentions"][number]): string {
  const said = t.slice(m.start, m.end);
  if (/(?:高新区|示范区|工业园区)$/.test(said) || m.type !== "entity") return said;
  return k.zones.get(m.ref.id)?.name ?? said;
}

function titleClaim(t: string, name: string, zoneBefore?: string): { title: string; asked: boolean } | null {
  const after = t.slice(t.indexOf(name) + name.length);
  // The claim ends at its particle ("…副主任吧"), even when another question follows it.
  const asked =
    /^(?:是不是|是否|是)([\u4e00-\u9fff]{3,24}?)(?:对吧|对不对|吧|吗|呢)/.exec(after) ??
    /^(?:是不是|是否|是)([\u4e00-\u9fff]{3,24}?)$/.exec(after);
  const assumed = asked ? null : /^作为([\u4e00-\u9fff]{3,24}?)(?=[，,]|是|怎么|如何|对|在|说|表示|认为)/.exec(after);
  const title = (asked ?? assumed)?.[1];
  // "X是哪年当上副主任的" asks something of the title; it claims none.
  if (title && A_TITLE.test(title) && !QUESTION_WORD.test(title)) return { title, asked: Boolean(asked) };
  // ("倪乾作为无锡高新区的负责人": a zone's 负责人 or 领导 claims whom they speak for.)
  const zoneHead =
    title && !QUESTION_WORD.test(title)
      ? /^([\u4e00-\u9fff]{2,8}?(?:高新区|示范区|园区))的?(?:负责人|领导)$/.exec(title)
      : null;
  // ("倪乾是无锡高新区的领导吧": the same, asked.)
  if (zoneHead) return { title: zoneHead[1] as string, asked: Boolean(asked) };
  // ("何年初是科技部火炬中心的领导吗": a ministry's body's head, asked: the body is claimed.)
  const bodyHead =
    asked && title && !QUESTION_WORD.test(title) ? /^([\u4e00-\u9fff]{2,16}?)的?(?:负责人|领导)$/.exec(title) : null;
  if (bodyHead && MINISTRY.test(bodyHead[1] ?? "")) return { title: bodyHead[1] as string, asked: true };
  // ("倪乾是无锡高新区的吧": whose they are, asked.)
  // ("顾国栋是哪个高新区的": which zone is the question, not a claim.)
  const zoneAsked =
    asked && title && !QUESTION_WORD.test(title)
      ? /^([\u4e00-\u9fff]{2,8}?(?:高新区|示范区|园区))的$/.exec(title)
      : null;
  if (zoneAsked) return { title: zoneAsked[1] as string, asked: true };
  // "工信部火炬中心主任贾敬敦…": a title written before the name, from the ministry or body it starts with.
  const before = t.slice(Math.max(0, t.indexOf(name) - 16), t.indexOf(name));
  // ("无锡高新区的倪乾副主任": the zone before the name, the title after it.)
  const zone = /([\u4e00-\u9fff]{2,4}?(?:高新区|示范区|工业园区))的?$/.exec(before)?.[1];
  const post = /^(?:党工委|管委会)?副?(?:书记|主任|局长|处长|秘书长)/.exec(after)?.[0];
  if (zone && post) return { title: `${zone}${post}`, asked: false };
  // ("无锡高新区的冯立在…讲了啥": the zone said as theirs, with 的, claims whom they speak for.)
  if (zoneBefore && /(?:高新区|示范区|工业园区)$/.test(zoneBefore) && !post) return { title: zoneBefore, asked: false };
  // (…or a zone with a title, "江阴高新区书记崔荣国": whose secretary they are is claimed.)
  // (…or a county's or a city's, "三原县长文锋": whose head they are is claimed.)
  // (A zone's body before the ministry's words it shares: "东湖管委会副主任" claims 东湖's, not any 管委会.)
  const body = ZONE_TITLED.exec(before) ?? MINISTRY.exec(before) ?? LOCAL_TITLED.exec(before);
  const prefixed = body ? before.slice(body.index) : "";
  // "工信部规划司的贾敬敦": a body written before the name, without a title, is a claim about whom they speak for.
  const org = prefixed.replace(/的$/, "");
  // ("工信部规划司负责人贾敬敦": a body's 负责人 is a title there.)
  return prefixed && (A_TITLE.test(prefixed) || /负责人$/.test(prefixed) || BODY_END.test(org))
    ? { title: org, asked: false }
    : null;
}

/** A zone and a title written right before a name: "江阴高新区书记", "某某高新区党工委书记". */
// ("苏州工业园区党工委书记": a park is a zone too.)
// ("苏州工业园区的副主任张宇蕾": 的 between.)
/** A county's, a city's or a district's head written before a name ("三原县长", "咸阳市委书记"). */
// (Two characters of place right before the post: "请问三原县长" is 三原.)
const LOCAL_TITLED = /[\u4e00-\u9fff]{2}(?:县委|市委|区委)?副?(县长|市长|区长|书记)$/;
// ("东湖管委会副主任顾国栋": the zone by its short name, then its body.)
export const ZONE_TITLED =
  /[\u4e00-\u9fff]{2,4}?(?:(?:高新区|示范区|工业园区)的?(?:党工委|管委会)?|(?:党工委|管委会))(?:副)?(?:书记|主任)$/;

/** When a post was taken, or for how long it has been held. */
const ASKS_WHEN = /哪年|哪一年|什么时候|何时|几月|哪天|多久|多长时间|几年/;
/** Before the post the articles give: "之前", "以前", "曾经". */
const PAST = /之前|以前|此前|曾经|原来|过去/;
const TAKES_POST = /当上|开始当|担任|上任|任职|就任|出任|升任|履新|调任|干了|当了|在任|任期/;
const QUESTION_WORD = /哪|什么|何|几|谁|怎么|多少|多久/;

/** Where a title written before a name starts: a ministry or a government body. */
// ("火炬中心主任何年初": the torch centre said without its ministry.)
export const MINISTRY =
  /工业和信息化部|工信部|科技部|科学技术部|火炬中心|发改委|发展改革委|商务部|财政部|教育部|人民政府|省政府|市政府|管委会|(?:北京|上海|天津|重庆)市科委|科技厅|科技局/;

/**
 * Asked: 是 when one of the person's titles holds the one claimed (工信部 = 工业和信息化部), else 不是 with the
 * titles. Taken for granted: only a wrong title is answered (the correction); a right one lets the question go on.
 */
function checkTitle(k: Knowledge, named: Official[], claim: { title: string; asked: boolean }): Answer | null {
  const name = named[0]?.name as string;
  const roles = rolesOf(named, name);
  const same = (x: string) => x.replace(/工业和信息化部/g, "工信部").replace(/的/g, "");
  // ("无锡管委会副主任": a zone by its short name before its body, read as the zone's full name.)
  const short = /^([\u4e00-\u9fff]{2,4}?)(?=党工委|管委会)/.exec(same(claim.title))?.[1];
  const zone = short
    ? [...k.zones.values()].find(
        (z) => z.name.endsWith("高新区") && (z.aliases.includes(short) || z.name === `${short}高新区`),
      )
    : undefined;
  const claimed = zone && short ? same(claim.title).replace(short, zone.name) : same(claim.title);
  // (A zone's title is held in its parts: "无锡高新区书记" by "无锡高新区党工委书记".)
  const pieces = claimed.split(/(?<=高新区|示范区|工业园区)/);
  const post = pieces[pieces.length - 1] as string;
  // (A zone alone claimed is held by the person's zone under any of its names: "东湖高新区的冯立" of 武汉东湖新技术开发区.)
  const zoneOnly = /^[\u4e00-\u9fff]{2,4}?(?:高新区|示范区|工业园区)$/.test(claimed);
  const theirZone = named.find((o) => o.name === name)?.org;
  // (The zone claimed by one of its names, exactly: "常州武进高新区" is not 常州高新区.)
  // (A body and a post the role holds apart, "北京市科委副主任" of "北京市科委、中关村管委会党组成员、副主任"; the post
  // as written, 副 or not: "火炬中心主任" is not "火炬中心副主任".)
  const bodyPost = /^(.{2,}?)(副?(?:主任|书记|局长|处长|秘书长|厅长|司长|部长))$/.exec(claimed);
  const apart = (v: string) =>
    bodyPost !== null &&
    v.includes(bodyPost[1] as string) &&
    v.includes(bodyPost[2] as string) &&
    (bodyPost[2]?.startsWith("副") || !v.includes(`副${bodyPost[2]}`));
  // (…or by its body in their title: "中关村管委会…副主任" leads 中关村示范区.)
  const claimedZone = zoneOnly
    ? [...k.zones.values()].find((z) => entityNames(k, z.id).some((n) => same(n) === claimed))
    : undefined;
  const shortNames = claimedZone
    ? entityNames(k, claimedZone.id)
        .map((n) => n.replace(/(?:高新区|示范区|工业园区)$/, ""))
        .filter((n) => n.length >= 2)
    : [];
  const ofItsBody = roles.some((r) => shortNames.some((n) => r.includes(`${n}管委会`) || r.includes(`${n}党工委`)));
  const holds =
    ofItsBody ||
    (zoneOnly && theirZone !== undefined && entityNames(k, theirZone).some((n) => same(n) === claimed)) ||
    roles.some((r) =>
      roleVariants(r).some(
        (v) => (pieces.every((x) => same(v).includes(x)) && !same(v).includes(`副${post}`)) || apart(same(v)),
      ),
    );
  if (holds && !claim.asked) return null;
  const titles = roles.join("；");
  const citations = citationsFor(
    k,
    named.filter((o) => o.name === name).flatMap((o) => o.evidence.slice(0, 1)),
  );
  if (holds) return { kind: "fact", answer: `是。${name}：${titles}。`, citations };
  const correction = `文章写的${name}是${titles}，不是${claim.title}。`;
  return {
    kind: "fact",
    answer: claim.asked ? `不是。${correction}` : `${PREMISE}${correction}`,
    citations,
  };
}

/** The head of a body asked: "委员会主任", "工作组组长", "专班的负责人". */
const headOf = (body: string) => new RegExp(`${body}(?:的)?(?:副)?(?:主任|组长|会长|秘书长|负责人|主席|召集人)`);

/** Bodies a person speaks for: a ministry's centre, a government, a committee, a bureau. */
const BODY_END = /(?:中心|政府|管委会|委员会|科技局|局|厅|部|司|研究院|大学)$/;
/** Bodies written short and long alike: 科技厅 = 科学技术厅, 工信部 = 工业和信息化部. */
const BODY_SAME: [RegExp, string][] = [
  [/人民政府/g, "政府"],
  [/工业和信息化部|工信部/g, "工信部"],
  [/科学技术/g, "科技"],
  [/经济和信息化/g, "经信"],
  [/发展和改革委员会|发展改革委/g, "发改委"],
];

/** A body written the one way it is compared in (BODY_SAME). */
function sameBody(text: string): string {
  return BODY_SAME.reduce((t, [re, to]) => t.replace(re, to), text);
}

/** A ministry or national commission a question may name a person by (not a zone's or a city's body). */
const NATIONAL_BODY = /工业和信息化部|工信部|科技部|科学技术部|发改委|发展改革委|商务部|财政部|教育部/;
/** A ministry's official asked for without naming the ministry. */
const ANY_MINISTRY = /(?<![全内干局])部领导|部委领导|部里(?:的)?(?:哪位|领导)|部委(?:的)?(?:哪位|领导)/;

/** The longest stretch of the question that stands in the title and ends like a body ("火炬中心", "河南省政府"). */
function bodyOverlap(question: string, role: string): number {
  const q = sameBody(question);
  const r = sameBody(role);
  let best = 0;
  for (let i = 0; i < q.length; i++) {
    for (let j = i + 2; j <= q.length; j++) {
      const piece = q.slice(i, j);
      if (!r.includes(piece)) break;
      if (BODY_END.test(piece) && piece.length > best) best = piece.length;
    }
  }
  return best;
}

/** A person named as the other side of an act the question asks about (from whom, to whom, whom they took over from). */
const OTHER_SIDE =
  /从([\u4e00-\u9fff]{2,3}?)(?:手里|手中|那里|那儿|处)|接替([\u4e00-\u9fff]{2,3}?)(?:的|担任|出任)|([\u4e00-\u9fff]{2,3}?)(?:把|将)[^，,。？?]{0,12}?(?:交给|移交给|交到)/;

/** A person asked for without a title: "哪位领导", "哪位负责人" (a title asked for must match: "管委会主任是谁"). */
// ("是谁出来讲参与协同网络的事的": 讲 of a topic.)
// ("和谁谈合作": a partner, not a speaker.)
const ANY_PERSON = new RegExp(
  `哪位|负责人|领导|(?<![和跟与同向对])谁(?:出面|出来|来|在)?(?:${SPEECH}|讲|说的|谈|介绍|代表)`,
);
/** Asks the first holder of a seat, an earlier one, or the holder now; or every holder ("先后由谁担任"). */
const FIRST_HOLDER = /首任|首届|第一任|第一届|最早|最初|刚成立/;
const EARLIER_HOLDER = /之前|以前|原来|原先|前任|上一任|上任/;
const HOLDER_NOW = /现在|目前|现任|如今|眼下|换成|换了|新任|接任/;
const EVERY_HOLDER = /都有谁|分别|先后|历任|几任|哪几位|哪些人/;
/** A later report says the seat changed hands ("联盟秘书长改由…担任"). */
const HANDED_ON = /改由|接任|接替|换为|调整为|不再担任/;

/**
 * Several people who held the same seat of a group in turn ("长沙高新区管委会副主任，联盟秘书长" in April, "东湖高新区
 * 科技创新局局长，联盟秘书长" after the handover in December): the first (or an earlier one) asked, the one of the
 * earliest report; else the one of the latest. Anyone else, or one holder, as found.
 */
// (Only two people, of a head's seat, told in reports of different days, one group asked, one of them asked: three
// holders, deputies held together, or every holder asked are the passages'.)
function heldInTurn(k: Knowledge, best: Official[], t: string, groups: readonly string[]): Official[] {
  const names = [...new Set(best.map((o) => o.name))];
  if (groups.length !== 1 || names.length !== 2 || EVERY_HOLDER.test(t)) return best;
  if (!best.every((o) => SEAT_TITLE.test(o.role) && !/副(?:秘书长|理事长|主席)/.test(o.role))) return best;
  const dateOf = (name: string) =>
    best
      .filter((o) => o.name === name)
      .flatMap((o) => o.evidence.map((e) => k.articles.get(e.article)?.date ?? ""))
      .sort()[0] ?? "";
  const [first, later] = [...names].sort((a, b) => dateOf(a).localeCompare(dateOf(b))) as [string, string];
  if (dateOf(first) === dateOf(later)) return best;
  // (The later report must say the seat changed hands.)
  const handedOn = best.some((o) => o.name === later && o.evidence.some((e) => HANDED_ON.test(e.quote)));
  const pick =
    FIRST_HOLDER.test(t) || EARLIER_HOLDER.test(t) ? first : handedOn || HOLDER_NOW.test(t) ? later : undefined;
  return pick ? best.filter((o) => o.name === pick) : best;
}

/**
 * An official of the zone is read, or of its city or province ("上海市科委副主任…" may speak for 张江), or one quoted in
 * a sentence that names it, or a title follows one of its names in an article ("安顺高新区管委会主任…").
 */
function personWritten(k: Knowledge, zone: string): boolean {
  const z = k.zones.get(zone);
  const places = [z?.city, z?.province].filter((x): x is string => !!x && x.length >= 2);
  const names = entityNames(k, zone).filter((n) => n.length >= 2);
  // (…or a person quoted in a sentence that names the zone: "在烟台，高新区管委会副主任孙晓峰介绍，烟台高新区将…".)
  // (Each article is split into sentences once, however many officials it quotes.)
  const split = new Map<string, string[]>();
  const sentencesOf = (id: string) => {
    const known = split.get(id) ?? articleSentences(k.articles.get(id)?.body ?? "");
    split.set(id, known);
    return known;
  };
  const quotedOf = (o: Official) =>
    o.org === undefined &&
    o.evidence.some((e) => sentencesOf(e.article).some((x) => x.includes(o.name) && names.some((n) => x.includes(n))));
  // (…or of the district or county its name begins with: "萧山区副区长" of 萧山临江高新区.)
  const district = (o: Official) => {
    const at = /^([\u4e00-\u9fff]{2,3}?)(?:区|县|市)/.exec(o.role)?.[1];
    return at !== undefined && (z?.name ?? "").startsWith(at);
  };
  if (k.officials.some((o) => o.org === zone || places.some((x) => o.role.includes(x)) || district(o) || quotedOf(o)))
    return true;
  const titled = new RegExp(`(?:${names.map(escaped).join("|")})[^，,。；;、]{0,12}?(?:${A_TITLE.source})`);
  return [...k.articles.values()].some((a) => titled.test(a.body));
}

/** A seat a zone takes or holds ("接物联网网络轮值主席", "担任理事长单位"). */
const SEAT_TAKEN = /(?:接|接任|接过|担任|当|出任)[^，,。？?]{0,12}?(?:轮值主席|理事长|主席)(?:单位)?/g;
const A_TITLE = /主任|书记|局长|县长|市长|区长|院长|理事长|秘书长|主席|部长|厅长|处长|董事长|总经理|司长|会长|组长/;

/** A seat of a network or alliance, not a post in a zone or a ministry. */
const SEAT_TITLE = /秘书长|理事长|轮值主席|(?:^|[，、])(?:首任|首届)?主席/;

/** The person holds the seat in one of the groups: the official's org, or the title of an article quoting them. */
function seatIn(k: Knowledge, o: Official, groups: string[]): boolean {
  // (A title that says which kind of group it is ("联盟秘书长") is not a seat of the other kind.)
  const kindSaid = /联盟/.test(o.role) ? "alliance" : /网络/.test(o.role) ? "network" : undefined;
  const ofKind = (g: string) => !kindSaid || (kindSaid === "alliance" ? k.alliances.has(g) : k.networks.has(g));
  return groups.some(
    (g) =>
      o.org === g ||
      groupNames(k, g).some((n) => o.role.includes(n)) ||
      (ofKind(g) && o.evidence.some((e) => articleAbout(k, e.article, g))),
  );
}

/** The article is about the group: its title names it, or the group's members, lead, seat or date come from it. */
function articleAbout(k: Knowledge, articleId: string, id: string): boolean {
  if (articleNames(k, articleId, id, true)) return true;
  const g = group(k, id);
  const facts = ["members", "lead", "secretariat", "date"] as const;
  return g !== undefined && facts.some((what) => evidenceOf(g, what)[0]?.article === articleId);
}

/** The article (or piece) names the group by one of its names (in its title, when asked). */
function articleNames(k: Knowledge, articleId: string, group: string, inTitle = false): boolean {
  const article = k.articles.get(articleId);
  const names = groupNames(k, group);
  if (inTitle) return names.some((n) => (article?.title ?? "").includes(n));
  // (…or a title about the group, as a year's review titled after it says only "联盟" in its body.)
  return names.some((n) => (article?.body ?? "").includes(n)) || titleAbout(article?.title ?? "", names);
}

function namesOf(k: Knowledge, zone: string): string[] {
  const z = k.zones.get(zone);
  return z ? [z.name, ...z.aliases].filter((n) => n.length >= 2) : [];
}

function rolesOf(officials: Official[], name: string): string[] {
  return [...new Set(officials.filter((o) => o.name === name).map((o) => o.role))];
}

/**
 * The longest stretch of the question that stands in the title and ends like a title ("县长", "三原县县长"). A
 * title of several posts under one place ("三原县委副书记、县长") also reads as the place with each post
 * ("三原县县长", "三原县长").
 */
function titleOverlap(question: string, role: string): number {
  return Math.max(...roleVariants(role).map((v) => overlapWith(question, v)));
}

/** A title, and each of its posts read with its place ("三原县委副书记、县长" → "三原县县长", "三原县长"). */
function roleVariants(role: string): string[] {
  const place = /^[\u4e00-\u9fff]{2,4}?[县市区州省]/.exec(role)?.[0];
  const posts = place
    ? role
        .split(/[、，,]/)
        .flatMap((post) => (post.startsWith(place) ? [post] : [place + post, place.slice(0, -1) + post]))
    : [];
  return [role, ...posts];
}

function overlapWith(question: string, role: string): number {
  let best = 0;
  for (let i = 0; i < question.length; i++) {
    // "副主任委员" asked: the role must have the 副 too.
    if (question[i - 1] === "副" && !role.includes(`副${question.slice(i, i + 2)}`)) continue;
    for (let j = i + 2; j <= question.length; j++) {
      const piece = question.slice(i, j);
      if (!role.includes(piece)) break;
      // "秘书长" asked: a "副秘书长" in the role is a deputy, not the post asked.
      if (
        question[i - 1] !== "副" &&
        !role
          .split(piece)
          .slice(0, -1)
          .some((before) => !before.endsWith("副"))
      )
        continue;
      if (TITLE_END.test(piece) && piece.length > best) best = piece.length;
    }
  }
  return best;
}
