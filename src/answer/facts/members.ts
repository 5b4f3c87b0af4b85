/**
 * A network's or alliance's members: the list, the count, its history and the members in one province.
 */

import { entityNames } from "../../knowledge/entity-names.ts";
import { escaped, lexicon } from "../../knowledge/lexicon.ts";
import { type Evidence, type ListPart, listArticles, type Members } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import {
  articleSentences,
  listCount,
  namesGroup,
  partAskedOf,
  provincesSaid,
  sentenceCited,
  zoneNamesOf,
} from "../query/graph.ts";
import { numberFrom } from "../query/read.ts";
import type { Answer } from "../types.ts";
import { citationsFor, type FactContext, fact, formatDate, type Group, none } from "./context.ts";
import { AT_FOUNDING, DIVISION_ASKED, LIST_ONLY, NOW_ASKED } from "./cues.ts";
import { memberItems, missing } from "./overview.ts";
import { partsNamed } from "./parts-named.ts";

/** The members besides those named asked ("除了张江、无锡、南京，另外三家是哪几家", "剩下那3家是谁"). */
export const OTHERS_ASKED =
  /除了?[^。？?]{2,30}?[，,]?(?:另外|其余|其他|剩下|剩余)的?(?:那|这)?(?:[\d一二两三四五六七八九十]+家)?(?:是|有|都是)?(?:哪|谁)/;

/** The member list of one network or alliance (partial or stated-only lists said so). */
export function members(c: FactContext, g: Group, text = ""): Answer {
  const m = g.members;
  if (!m || (m.zones.length === 0 && !m.statedCount)) return missing(c, g, "成员名单");
  const items = memberItems(c, g, m);
  const names = items.map((i) => (i.note ? `${i.name}（${i.note}）` : i.name)).join("、");
  if (m.zones.length === 0) {
    // The list is asked for and not given: that is not an answer, though the count is worth saying.
    return none(
      `文章没有列出${g.name}的成员名单，没有提到具体是哪些高新区，只写了共${m.statedCount}家。${m.countNote ?? ""}`,
      {
        title: `${g.name} · 成员`,
        citations: citationsFor(c.k, m.evidence),
        notes: ["成员名单文章未列出"],
      },
    );
  }
  if (m.partial) {
    // "除了A、B、C，另外三家是哪几家": the ones the article does not name are asked; it does not say.
    if (OTHERS_ASKED.test(text))
      return none(`文章没有写${g.name}其余的成员是哪几家，只点名了：${names}。${m.countNote ?? ""}`, {
        title: `${g.name} · 成员（部分）`,
        citations: citationsFor(c.k, m.evidence),
      });
    // (Who joined since, when a change moved the list on.)
    const h = history(c, g);
    const answer = `${g.name}的成员名单文章只列出了一部分。点名的有：${names}。${m.countNote ?? ""}${h.text}`;
    return fact(c.k, answer, [...m.evidence, ...h.evidence].slice(0, 4), {
      title: `${g.name} · 成员（部分）`,
      items,
      notes: ["名单不完整：文章只点名了部分成员"],
    });
  }
  // (The list now asked: who left since is counted, not named beside the members; unless who left is asked too.)
  const h = history(c, g, NOW_ASKED.test(text) && !/退出|离开|走了|谁走/.test(text));
  const answer = `${h.asOf}${g.name}共有${m.zones.length}家成员：${names}。${LIST_ONLY.test(text) ? "" : h.text}`;
  return fact(c.k, answer, [...m.evidence, ...h.evidence, ...(("field" in g && g.lead?.evidence) || [])].slice(0, 4), {
    title: `${g.name} · 成员`,
    items,
    notes: m.countNote ? [m.countNote] : undefined,
  });
}

/** When later articles changed the list: "截至…" for the current one, and each earlier size with its date. */
export function history(
  c: FactContext,
  g: Group,
  leftCounted = false,
): { asOf: string; text: string; evidence: Evidence[] } {
  if (g.memberHistory.length === 0 || !g.members) return { asOf: "", text: "", evidence: [] };
  // (A list known in part counts only by the count an article states.)
  const earlier = g.memberHistory.flatMap((h) => {
    const n = listCount(h);
    return n === undefined
      ? []
      : [`${h.asOf ? `${formatDate(h.asOf)}` : "此前"}${h === g.memberHistory[0] ? "成立时" : ""}为${n}家`];
  });
  const last = g.memberHistory.at(-1);
  // (Of an earlier list known by its count only, who joined since is not known.)
  const added =
    last && last.zones.length === 0
      ? []
      : g.members.zones.filter((z) => !last?.zones.includes(z)).map((z) => c.zoneName(z));
  const left = last?.partial ? [] : (last?.zones ?? []).filter((z) => !g.members?.zones.includes(z));
  const moves = [
    ...(added.length ? [`新增${added.join("、")}`] : []),
    ...(left.length ? [leftCounted ? `${left.length}家退出` : `${left.map((z) => c.zoneName(z)).join("、")}退出`] : []),
  ];
  return {
    asOf: g.members.asOf ? `截至${formatDate(g.members.asOf)}，` : "",
    text:
      earlier.length + moves.length > 0
        ? `（${[...earlier, ...(moves.length ? [`此后${moves.join("，")}`] : [])].join("；")}。）`
        : "",
    // (No sentence cited for a history the answer does not tell.)
    evidence: earlier.length + moves.length > 0 ? g.memberHistory.flatMap((h) => h.evidence.slice(0, 1)) : [],
  };
}

/** How many members one network or alliance has, with the list. */
/** The others than the lead asked ("除了牵头的X，其余成员有几家", "不算牵头的几家", "X牵头…，除了它自己还拉了几家"). */
// ("深圳牵头，一共联合了几家别的高新区": the others it joined with.)
const WITHOUT_LEAD =
  /除(?:了|去|开)?牵头(?:的|单位)?[^，,。？?]{0,12}?[，,]?[^，,。？?]{0,12}?(?:其余|其他|另外|剩下|还有)|不(?:算|含|包括)牵头|(?:除了?|不算)(?:它|其)自己|(?:联合|拉)了?(?:多少|几)家(?:别的|其他|其余|另外)/;

export function count(c: FactContext, g: Group, text = ""): Answer {
  const m = g.members;
  if (!m || (m.statedCount === undefined && m.zones.length === 0)) return missing(c, g, "成员数量");
  const leadZone = "field" in g ? g.lead?.zone : undefined;
  if (leadZone && !m.partial && m.zones.includes(leadZone) && WITHOUT_LEAD.test(text)) {
    const others = memberItems(c, g, m).filter((i) => i.name !== c.zoneName(leadZone));
    return fact(
      c.k,
      `${g.name}共${m.zones.length}家，除牵头的${c.zoneName(leadZone)}外，其余${others.length}家：${others.map((i) => i.name).join("、")}。`,
      m.evidence,
      { title: g.name, items: others },
    );
  }
  if (m.partial || m.zones.length === 0) {
    // A list that names some of the members ("联合A、B等12家") never stands for all of them: the count is the
    // one the article states, and the names are said to be some only; with no count stated, there is no answer.
    const items = memberItems(c, g, m);
    const named = items.length ? `文章只点名了其中${items.length}家：${items.map((i) => i.name).join("、")}。` : "";
    if (m.statedCount === undefined && m.countNote)
      return fact(c.k, `${g.name}：${m.countNote}${named}`, m.evidence, {
        title: g.name,
        items,
        notes: ["名单不完整"],
      });
    if (m.statedCount === undefined)
      return none(`文章没有写明${g.name}共有几家成员。${named.replace("其中", "")}`, {
        title: g.name,
        citations: citationsFor(c.k, m.evidence),
        notes: ["名单不完整，总数未写明"],
      });
    const h = history(c, g);
    return fact(
      c.k,
      `${h.asOf}${g.name}共有${m.statedCount}家成员。${m.countNote ?? ""}${named}${h.text}`,
      [...m.evidence, ...h.evidence].slice(0, 4),
      {
        title: g.name,
        items,
        notes: ["名单不完整：文章只点名了部分成员"],
      },
    );
  }
  const lead = "field" in g && g.lead ? `（含牵头的${c.zoneName(g.lead.zone)}）` : "";
  const items = memberItems(c, g, m);
  const h = history(c, g);
  return fact(
    c.k,
    `${h.asOf}${g.name}共有${m.zones.length}家高新区${lead}：${items.map((i) => i.name).join("、")}。${LIST_ONLY.test(text) ? "" : h.text}`,
    [...m.evidence, ...h.evidence],
    {
      title: g.name,
      items,
    },
  );
}

/** The members of one network or alliance in one province (of `founding`, its first list, when that is asked). */
export function membersIn(c: FactContext, g: Group, province: string, founding?: Members): Answer {
  const m = (founding ?? g.members) as Members;
  const zones = m.zones.filter((id) => c.k.zones.get(id)?.province === province);
  const items = zones.map((id) => ({ name: c.zoneName(id) }));
  const partial = m.partial ? "（文章只列出了部分成员，以下仅就点名的成员而言）" : "";
  const whose = `${g.name}${founding ? "成立时" : ""}`;
  const answer = zones.length
    ? `${whose}的成员中，${province}的高新区有${zones.length}家${partial}：${items.map((i) => i.name).join("、")}。`
    : `${whose}的成员中没有${province}的高新区${partial}。`;
  return fact(c.k, answer, m.evidence.slice(0, 1), {
    title: `${g.name} · ${province}`,
    items,
    notes: ["省份依据高新区所在地（知识库的地名数据），成员名单依据原文。"],
  });
}

/**
 * "植介入与高值医用耗材板块包括哪些园区": the one group whose list has a part of its chain (板块, 环节) the question names,
 * when it names no group.
 */
export function groupOfPart(c: FactContext, text: string): Group | undefined {
  // (Its zones asked, not its firms: "动力系统板块有哪些企业".)
  if (!/板块|环节/.test(text) || !/高新区|园区|成员|哪几家|几家/.test(text) || /企业|公司|机构/.test(text))
    return undefined;
  const groups = [...c.k.networks.values(), ...c.k.alliances.values()].filter((g) => {
    const parts = [...(g.members?.parts ?? []), ...(g.memberHistory[0]?.parts ?? [])];
    return (
      partsNamed(
        parts.filter((x) => /板块|环节/.test(x.label)),
        text,
      ).length > 0
    );
  });
  return groups.length === 1 ? groups[0] : undefined;
}

/** The zones an article about the group says joined a part of its list ("A、B加入场景应用板块"), with the sentences. */
function joinedInto(c: FactContext, g: Group, label: string): { zones: string[]; evidence: Evidence[] } {
  const cited = listArticles(g);
  // ("均加入网络的核心部件与动力系统板块": the group said before its part.)
  // ("加入核心零部件板块" of "动力电池、电机等核心零部件环节": the part's own words, called a 板块 or a 环节 alike.)
  const core = label.replace(/^[^等]*等/, "").replace(/(?:环节|板块|领域|方面)$/, "");
  const word = core === label ? "" : "(?:环节|板块|领域|方面)";
  // ("进入整机制造工作组" of "整机研发制造环节": a long part said by its first and last words, its group of members.)
  const ends = core.length >= 5 ? `|${escaped(`${core.slice(0, 2)}${core.slice(-2)}`)}(?:工作组|组|环节|板块)` : "";
  const into = new RegExp(`${JOINS.source}(?:(?:网络|联盟)的)?(?:${escaped(core)}${word}${ends})`);
  const names = [...c.k.zones.keys()].map((id) => ({ id, names: zoneNamesOf(c.k, id) }));
  // (In the order the sentence names them.)
  const where = (text: string, z: { names: string[] }) =>
    Math.min(...z.names.map((n) => text.indexOf(n)).filter((i) => i >= 0));
  const named = (text: string) =>
    names
      .filter((z) => z.names.some((n) => text.includes(n)))
      .sort((a, b) => where(text, a) - where(text, b))
      .map((z) => z.id);
  const out: string[] = [];
  const evidence: Evidence[] = [];
  for (const id of cited) {
    const sentences = articleSentences(c.k.articles.get(id)?.body ?? "");
    for (const [i, sentence] of sentences.entries()) {
      for (const part of sentence.split(/[；;：:。]/)) {
        const at = part.search(into);
        if (at < 0) continue;
        // The zones before the verb in its clause, or ("安顺高新区和自贡高新区分别在…具备较好基础，纳入整机研发制造环节")
        // in the clauses before it, back to one that tells another join.
        const clauses = part.slice(0, at).split(/[，,]/);
        let scope = clauses.pop() ?? "";
        while (named(scope).length === 0 && clauses.length > 0 && !JOINS.test(clauses.at(-1) as string))
          scope = `${clauses.pop()}，${scope}`;
        // ("…审议通过了A、B的入网申请。…。两家高新区均加入…板块": zones counted, named by a sentence just before.)
        const counted =
          named(scope).length === 0
            ? numberFrom(/(\d{1,2}|[两二三四五六七八九十])家/.exec(scope)?.[1] ?? "")
            : undefined;
        const before = counted
          ? sentences
              .slice(Math.max(0, i - 2), i)
              .reverse()
              .map(named)
              .find((zones) => zones.length === counted)
          : undefined;
        // ("我区于2026年7月正式加入…网络，成为该网络第15家成员单位，归入…板块": the zone whose page it is.)
        const home =
          !before && named(part.slice(0, at)).length === 0 && /我区|本区/.test(part.slice(0, at))
            ? homeZoneOf(c.k, id)
            : undefined;
        const zones = before ?? (home ? [home] : named(scope));
        for (const zone of zones) if (!out.includes(zone)) out.push(zone);
        if (zones.length > 0 && !evidence.some((e) => e.quote === sentence.trim()))
          evidence.push({ article: id, quote: sentence.trim() });
      }
    }
  }
  return { zones: out, evidence };
}

/** Joins a part of the list: "加入", "纳入". */
// ("其中，烟台高新区、湘潭高新区编入生物基材料与化学品板块": placed in it, 编入, 划入, 列入, 并入.)
// ("青岛高新区将重点参与飞控…环节的协作", "绵阳高新区聚焦动力系统…环节": a newcomer placed in a part by what it does.)
const JOINS = /(?:加入|纳入|归入|进入|编入|划入|列入|并入|(?:将)?(?:重点)?(?:参与|聚焦|主攻|深耕))/;

/**
 * Who leads a part of the list ("场景应用板块由哪家牵头"), or each part's lead ("三个板块分别由谁牵头协调"), when the
 * article names them ("四个板块分别由A、B、C和D担任板块牵头单位").
 */
export function partLead(c: FactContext, g: Group, text: string): Answer | null {
  // ("疫苗那块是谁带头的": 牵头 in other words.)
  if (!/牵头|领衔|召集|带头|领头|挑头/.test(text)) return null;
  const list = g.members?.parts?.some((x) => x.lead) ? g.members : g.memberHistory[0];
  const parts = (list?.parts ?? []).filter((x) => x.lead);
  const named = partsNamed(parts, text);
  const asked = named.length > 0 ? named : /(?:板块|环节)/.test(text) && /分别|各|每/.test(text) ? parts : [];
  if (!list || asked.length === 0) return leadApart(c, g, text);
  // ("长春高新区将…，与武汉东湖高新区共同牵头生物制品与疫苗板块": a part led by two, the other named in that sentence.)
  const shared = asked.map((x) => coLead(c, g, x));
  const lines = asked.map(
    (x, i) => `${x.label}由${c.zoneName(x.lead as string)}${shared[i] ? `、${shared[i]?.with}共同` : ""}牵头`,
  );
  const quoted = list.evidence.filter((e) => asked.some((x) => e.quote.includes(c.zoneName(x.lead as string))));
  // (A lead said apart from the list, "其中卫星及载荷研制环节由长春高新区牵头": that sentence.)
  const apart = quoted.length > 0 ? [] : leadSaid(c, g, asked);
  const also = shared.flatMap((x) => (x ? [x.evidence] : []));
  return fact(
    c.k,
    `${g.name}的${lines.join("，")}。`,
    [...(quoted.length > 0 ? quoted.slice(0, 1) : apart.length > 0 ? apart : list.evidence.slice(0, 1)), ...also],
    {
      title: `${g.name} · ${asked.map((x) => x.label).join("、")}`,
    },
  );
}

/**
 * A body of the group asked by a part's name ("现代中药工作组由谁牵头"), when an article of the group sets its bodies
 * one to each part ("网络下设4个专业工作组，与四个板块一一对应，分别由…牵头"): the part's lead, with that sentence.
 */
export function bodyOfPart(c: FactContext, g: Group, text: string): Answer | null {
  const oneEach = sentenceCited(c.k, (x) => /一一对应/.test(x) && /牵头/.test(x), namesGroup(c.k, g.id));
  if (!oneEach) return null;
  const list = g.members?.parts?.some((x) => x.lead) ? g.members : g.memberHistory[0];
  const [part, ...more] = partsNamed(
    (list?.parts ?? []).filter((x) => x.lead),
    text,
  );
  if (!part?.lead || more.length > 0 || !oneEach.quote.includes(c.zoneName(part.lead))) return null;
  const body =
    /([\u4e00-\u9fff]{0,10}?(?:工作组|专委会|专业委员会|小组))/.exec(
      text.replace(/^.*?(?:网络|联盟)(?:的|里)?/, ""),
    )?.[1] ?? "";
  // ("…工作组是天津滨海牵头的吗": yes or no by the zones it names.)
  const named = /吗|是不是/.test(text)
    ? [...c.k.zones.values()].filter((z) => zoneNamesOf(c.k, z.id).some((n) => text.includes(n)))
    : [];
  const verdict = named.length === 0 ? "" : named.every((z) => z.id === part.lead) ? "是的。" : "不是。";
  return fact(
    c.k,
    `${verdict}${g.name}的${part.label}${body ? `（${body}）` : ""}由${c.zoneName(part.lead)}牵头。`,
    [{ article: oneEach.articleId, quote: oneEach.quote }],
    { title: `${g.name} · ${part.label}` },
  );
}

/** Asks the zones in the same part as a zone: "跟哪些高新区分在同一个板块", "同属一个环节的还有谁". */
const SAME_PART = /同一(?:个)?(?:板块|环节|领域|方向|片区|组)|同属(?:一个)?(?:板块|环节)?|(?:一个|同个)(?:板块|环节)/;

/** Asks which part a zone is in: "在哪个板块", "属于什么环节". */
// ("属于哪个产业链板块": the chain's word between.)
export const WHICH_PART = /(?:哪个|哪一个|哪一|什么)(?:产业链|产业|链条)?(?:板块|环节)/;

/** "长沙高新区在生物医药网络里跟哪些高新区分在同一个板块" ("…在哪个板块"): the other zones of the part the zone's list puts it in. */
export function partMates(c: FactContext, g: Group, zone: string, text: string): Answer | null {
  if (!SAME_PART.test(text) && !WHICH_PART.test(text)) return null;
  // (The founding list's parts, when the list now is not told by parts and the zone is still a member; its mates
  // those that still are.)
  const still = (z: string) => !g.members || g.members.zones.includes(z);
  const list = [g.members, g.memberHistory[0]].find((l) => l?.parts?.some((x) => x.zones.includes(zone)));
  if (!still(zone)) return null;
  const part = list?.parts?.find((x) => x.zones.includes(zone));
  if (!part) return WHICH_PART.test(text) ? noPartWritten(c, g, zone) : null;
  if (!list) return null;
  const others = part.zones.filter((z) => z !== zone && still(z)).map((z) => c.zoneName(z));
  const answer =
    others.length > 0
      ? `${c.zoneName(zone)}在${g.name}的${part.label}，同一${partWord(part.label)}的还有${others.join("、")}。`
      : `${c.zoneName(zone)}在${g.name}的${part.label}，这一部分没有其他成员。`;
  const quoted = list.evidence.filter((e) => e.quote.includes(part.label)).slice(0, 1);
  return fact(c.k, answer, quoted.length > 0 ? quoted : list.evidence.slice(0, 1), {
    title: `${g.name} · ${part.label}`,
  });
}

/** A yes/no question ("是做整机研制的吧", "是不是在零部件环节"). */
const YES_NO = /吧[？?]?$|吗[？?]?$|是不是|是否|对不对|没错吧/;

/**
 * "沈阳高新区在低空网络里是做整机研制的吧": the zone's part checked against the one the question names (by the words of
 * its label, "整机研制环节"); the zone's own part said either way. Null unless exactly one part is named.
 */
export function partClaimed(c: FactContext, g: Group, zone: string, text: string): Answer | null {
  const part = YES_NO.test(text) ? partAskedOf(g, zone, text) : undefined;
  if (!part || (g.members && !g.members.zones.includes(zone))) return null;
  const { asked, own, list } = part;
  const answer =
    asked.label === own.label
      ? `是的，${c.zoneName(zone)}在${g.name}的${own.label}。`
      : `不是。${c.zoneName(zone)}在${g.name}的${own.label}，不在${asked.label}。`;
  const quoted = list.evidence.filter((e) => e.quote.includes(own.label)).slice(0, 1);
  return fact(c.k, answer, quoted.length > 0 ? quoted : list.evidence.slice(0, 1));
}

/** What a part of a list is called, 环节 or 板块, as its label says. */
const partWord = (label: string) => (/环节$/.test(label) ? "环节" : "板块");

/**
 * A member that no list by parts holds (it joined after the list by parts) has no part any article gives — unless an
 * article says it joined one ("沈阳高新区加入运营服务板块").
 */
function noPartWritten(c: FactContext, g: Group, zone: string): Answer | null {
  const lists = [g.members, ...g.memberHistory];
  const parted = lists.find((l) => l?.parts?.some((x) => /板块|环节/.test(x.label)));
  if (
    !parted ||
    !g.members?.zones.includes(zone) ||
    lists.some((l) => l?.parts?.some((x) => x.zones.includes(zone))) ||
    parted.parts?.some((x) => joinedInto(c, g, x.label).zones.includes(zone))
  )
    return null;
  const word = partWord(parted.parts?.[0]?.label ?? "");
  const when = parted.asOf ? `${formatDate(parted.asOf)}的` : "";
  return none(
    `${c.zoneName(zone)}是${g.name}的成员，但文章没有提到它属于哪个${word}（文章按${word}列出的${when}${listCount(parted) ?? parted.zones.length}家成员中没有它）。`,
  );
}

/**
 * A part's lead that its list does not give, said by another article of the group: "我区…负责牵头建设网络高值医用耗材与
 * 植介入器械板块" (a zone's own page: 我区 is its zone), "A牵头X板块". The one zone of the part said before 牵头.
 */
function leadApart(c: FactContext, g: Group, text: string): Answer | null {
  const list = [g.members, g.memberHistory[0]].find((l) => l?.parts?.length);
  const [part, ...more] = partsNamed(list?.parts ?? [], text);
  if (!part || more.length > 0) return null;
  const leads = new RegExp(`牵头(?:建设|负责|协调|推进|组建)?(?:网络|联盟)?(?:的)?${part.label}`);
  const leader = (quote: string, articleId: string): string | undefined => {
    const before = quote.slice(0, leads.exec(quote)?.index ?? 0);
    const named = part.zones.filter((z) => before.includes(c.zoneName(z)));
    if (named.length > 0) return named.length === 1 ? named[0] : undefined;
    const home = /我区|本区/.test(before) ? homeZoneOf(c.k, articleId) : undefined;
    return home && part.zones.includes(home) ? home : undefined;
  };
  const said = [...c.k.articles.values()].filter(namesGroup(c.k, g.id)).flatMap((a) =>
    articleSentences(a.body)
      .map((x) => x.trim())
      .filter((x) => leads.test(x))
      .map((quote) => ({ zone: leader(quote, a.id), evidence: { article: a.id, quote } })),
  );
  const [first] = said;
  if (!first?.zone || new Set(said.map((x) => x.zone)).size > 1) return null;
  return fact(c.k, `${g.name}的${part.label}由${c.zoneName(first.zone)}牵头。`, [first.evidence], {
    title: `${g.name} · ${part.label}`,
  });
}

/** "A…，与B共同牵头X板块": the zone (as written) that leads the part with its lead, from the group's articles. */
function coLead(c: FactContext, g: Group, part: ListPart): { with: string; evidence: Evidence } | undefined {
  const lead = part.lead ? c.zoneName(part.lead) : "";
  const with_ = (q: string) => new RegExp(`与([\\u4e00-\\u9fff]{2,16}?)共同牵头${part.label}`).exec(q)?.[1];
  const cited = sentenceCited(c.k, (q) => q.includes(lead) && with_(q) !== undefined, namesGroup(c.k, g.id));
  const other = cited ? with_(cited.quote) : undefined;
  return cited && other ? { with: other, evidence: { article: cited.articleId, quote: cited.quote } } : undefined;
}

/** The sentences of the group's articles that say a part's label, its lead and 牵头: one for each part asked. */
function leadSaid(c: FactContext, g: Group, asked: ListPart[]): Evidence[] {
  const quotes = asked.flatMap((x) => {
    const said = (q: string) => q.includes(x.label) && q.includes(c.zoneName(x.lead as string)) && /牵头/.test(q);
    const cited = sentenceCited(c.k, said, namesGroup(c.k, g.id));
    return cited ? [{ article: cited.articleId, quote: cited.quote }] : [];
  });
  return quotes.filter((e, i) => quotes.findIndex((o) => o.quote === e.quote) === i);
}

/** Things asked that are not zones: "哪些场景入选", "有什么项目". */
const OTHER_THINGS_ASKED =
  /(?:哪些|哪几个|哪几项|什么|啥)(?:应用)?(?:场景|项目|企业|技术|产品|平台|成果|榜单|任务|活动|基金|机构)/;

/**
 * The part of a member list the question names by its label ("华东片区的成员", "中西部占几家"), when the article
 * gave the list in labelled parts ("华东地区5家，分别为…"): that part, quoted from the list.
 */
export function memberPart(c: FactContext, g: Group, text: string): Answer | null {
  // ("首批应用场景征集的结果出来了吗？都有哪些场景入选": things of another kind asked, not a part's zones, though a part's
  // label holds the word, "运营服务与应用场景板块".)
  if (OTHER_THINGS_ASKED.test(text) && !/板块|环节|片区|地区/.test(text)) return null;
  // ("How many Class 1 innovative drugs (一类创新药)…": a count asked in English of things, not of a part's zones.)
  if (/\bhow many\b/i.test(text) && !/板块|环节|\b(?:parts?|segments?|sectors?|chains?)\b/i.test(text)) return null;
  // Every part the question names ("东部、中部、西部、东北各几家"), in the article's order.
  // ("负责卫星研制这一块的": a part of the chain asked by a piece of its label, "卫星研制环节".)
  // (The parts of the founding list are read when the list now has none: a province's part is brought up to date
  // below.)
  // ("成立时华东地区有哪些": the first list's parts, never today's.)
  const first = AT_FOUNDING.test(text) ? (g.memberHistory[0] ?? g.members) : undefined;
  // (A part the list now does not have, when it has parts of another kind — regions now, the chain's parts at the
  // founding: the founding list's part, brought up to date as below.)
  // ("网络成员是怎么分工的": every part of the chain, not of a map.)
  const listed = (first ? first.parts : g.members?.parts) ?? [];
  const chain = listed.length > 0 && listed.every((x) => /板块|环节|方向|领域/.test(x.label)) ? listed : [];
  const byLabel = partsNamed(listed, text);
  const own = byLabel.length > 0 ? byLabel : DIVISION_ASKED.test(text) ? chain : [];
  const fromFounding = own.length === 0 && !first;
  const named = fromFounding ? partsNamed(g.memberHistory[0]?.parts ?? [], text) : own;
  if (named.length === 0 || !g.members) return null;
  // (A province's part of the founding list, after members joined or left: those of that province now.)
  // ("启动时场景应用板块有哪些": the part as first listed.)
  const now = (g.members.parts && !fromFounding) || AT_FOUNDING.test(text) ? undefined : g.members;
  const founding = new Set((g.memberHistory[0]?.parts ?? []).flatMap((part) => part.zones));
  const current = (part: { label: string; zones: string[] }) => {
    const province = now
      ? /^(.{2,3}?)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?$/.exec(part.label)?.[1]
      : undefined;
    const inProvince = (id: string) => province !== undefined && c.k.zones.get(id)?.province === province;
    // (A part of the chain: the zones that joined since, said to join it, "重庆高新区、佛山高新区加入场景应用板块".)
    if (now && !part.zones.every(inProvince)) {
      const joins = joinedInto(c, g, part.label);
      const into = joins.zones.filter((id) => now.zones.includes(id) && !founding.has(id));
      // (…and those of it that left, when the list now is whole.)
      const gone = now.partial ? [] : part.zones.filter((id) => !now.zones.includes(id));
      const said = into.length > 0 ? joins.evidence : [];
      return { zones: [...part.zones.filter((id) => !gone.includes(id)), ...into], joined: into, left: gone, said };
    }
    if (!now || !part.zones.every(inProvince))
      return { zones: part.zones, joined: [] as string[], left: [] as string[], said: [] as Evidence[] };
    const joined = now.zones.filter((id) => !founding.has(id) && inProvince(id));
    // (A list that only samples the members now says nothing of who left.)
    const left = now.partial ? [] : part.zones.filter((id) => !now.zones.includes(id));
    return {
      zones: [...part.zones.filter((id) => !left.includes(id)), ...joined],
      joined,
      left,
      said: [] as Evidence[],
    };
  };
  const parts = named.map((part) => ({ part, ...current(part) }));
  const lines = parts.map(({ part, zones, joined, left }) => {
    const changed = [
      ...(joined.length ? [`此后新增${joined.map((id) => c.zoneName(id)).join("、")}`] : []),
      ...(left.length ? [`${left.map((id) => c.zoneName(id)).join("、")}已退出`] : []),
    ];
    return `${part.label}${zones.length}家：${zones.map((id) => c.zoneName(id)).join("、")}${changed.length ? `（成立时${part.zones.length}家，${changed.join("，")}）` : ""}`;
  });
  const labels = named.map((part) => part.label).join("、");
  // The sentences that list the parts named, and those that say who joined since.
  const listing = [...g.members.evidence, ...(g.memberHistory[0]?.evidence ?? [])];
  const says = (names: string[]) => {
    const held = (e: Evidence) => names.filter((n) => e.quote.includes(n)).length;
    const best = listing.reduce<Evidence | undefined>((b, e) => (held(e) > (b ? held(b) : 0) ? e : b), undefined);
    return best ? [best] : [];
  };
  // (A part changed since, "调整后，…板块增至7家，包括常州、潍坊…7家高新区": the sentence that lists it whole now, first.)
  const whole = (part: ListPart, zones: string[]): Evidence[] => {
    const holds = (q: string) =>
      q.includes(part.label) && zones.every((id) => zoneNamesOf(c.k, id).some((n) => q.includes(n)));
    const cited = sentenceCited(c.k, holds, namesGroup(c.k, g.id));
    return cited ? [{ article: cited.articleId, quote: cited.quote }] : [];
  };
  const evidence = parts.flatMap(({ part, zones, joined, said }) => {
    const now = joined.length > 0 ? whole(part, zones) : [];
    return now.length > 0
      ? now
      : [
          ...says(part.zones.map((id) => c.zoneName(id))),
          ...(said.length > 0 ? said : says(joined.map((id) => c.zoneName(id)))),
        ];
  });
  const cited = evidence.length > 0 ? [...new Set(evidence)] : g.members.evidence.slice(0, 1);
  // ("两个领域加起来有几家": the parts' members counted together, each once.)
  const together = new Set(parts.flatMap((x) => x.zones)).size;
  // (Not each on its own, "各有几家", nor one against the other, "多几家".)
  const sum =
    parts.length >= 2 && /(?:几|多少)[家个]/.test(text) && !/各|分别|多几|差几|哪个[^，,。？?]{0,4}多/.test(text)
      ? `${labels}合计${together}家。`
      : "";
  return fact(c.k, `${sum}${g.name}的成员中，${lines.join("；")}。`, cited, {
    title: `${g.name} · ${labels}`,
    items: parts.flatMap(({ part, zones }) => zones.map((id) => ({ name: c.zoneName(id), note: part.label }))),
  });
}

/** "X的成员来自哪些省份", "是不是N个省": the provinces of the listed members, with a stated number checked. */
export function provincesOf(c: FactContext, g: Group, text: string): Answer | null {
  // "启动时…来自几个省": the list at the founding, when members changed since.
  const m = (AT_FOUNDING.test(text) ? g.memberHistory[0] : undefined) ?? g.members;
  if (!m || m.zones.length === 0) return null;
  const byProvince = new Map<string, string[]>();
  for (const id of m.zones) {
    const province = c.k.zones.get(id)?.province;
    if (!province) return null; // a member without a known province: no exact answer
    byProvince.set(province, [...(byProvince.get(province) ?? []), c.zoneName(id)]);
  }
  const stated = /(\d+|[一二两三四五六七八九十]+)个?省/.exec(text)?.[1];
  const n = stated ? numberFrom(stated) : undefined;
  const verdict = n === undefined ? "" : n === byProvince.size ? "是。" : `不是${n}个省。`;
  const partial = m.partial ? "（文章只列出了部分成员，以下仅就点名的成员而言）" : "";
  const lines = [...byProvince].map(([province, zones]) => `${province}${zones.length}家（${zones.join("、")}）`);
  // (With the article's own words when a sentence counts them so: "覆盖江苏、安徽、山东、河南、湖北5省29个市(县)".)
  const said = m.partial || m !== g.members ? undefined : provincesSaid(c.k, g);
  return fact(
    c.k,
    `${verdict}${g.name}的${m.zones.length}家成员分布在${byProvince.size}个省（区、市）${partial}：${lines.join("；")}。${said ? `\n文章写：${said.quote}` : ""}`,
    [...m.evidence.slice(0, 1), ...(said ? [{ article: said.articleId, quote: said.quote }] : [])],
    {
      title: `${g.name} · 省份`,
      items: [...byProvince].map(([province, zones]) => ({ name: province, note: `${zones.length}家` })),
      notes: ["省份依据高新区所在地（知识库的地名数据），成员名单依据原文。"],
    },
  );
}

/** A region a question narrows the members to ("华北地区的成员", "华东片区有几家"). */
// ("长三角地区有A、B…7家": a region by its name, knowledge/lexicon/names.yaml regions.)
// (A region with a name of its own needs no 地区: "物联网网络里长三角的成员".)
const NAMED_REGIONS = Object.keys(lexicon.regions).filter((r) => r.length >= 3);
const REGION = new RegExp(
  `([东南西北中华]{1,2}(?:及[东南西北中华]{1,2})?(?:地区|片区|区域)|(?:${NAMED_REGIONS.join("|")})(?:地区|片区|区域)?)`,
);

/**
 * "X网络华北地区的成员是哪几家": when the member list is written by region ("华北地区（2家）：A、B"), the zones of
 * the region asked, read from the list's own lines; undefined when the question names no region or the list
 * is not written so.
 */
export function regionMembers(c: FactContext, g: Group, question: string): Answer | undefined {
  const region = REGION.exec(question)?.[1];
  const m = g.members;
  if (!region || !m || m.zones.length === 0) return undefined;
  // (Only the region's members or their count asked: "…长三角的成员牵头单位是谁" asks the lead.)
  if (
    !/哪些|哪几|几家|多少家|名单|有谁|是谁|成员是|成员有/.test(question) ||
    /牵头|理事|秘书|规模|产值|营收|合计/.test(question)
  )
    return undefined;
  // (Not the group the region names: "京津冀联盟有哪些成员" asks the whole list.)
  const place = region.replace(/(?:地区|片区|区域)$/, "");
  if (entityNames(c.k, g.id).some((n) => n.includes(place))) return undefined;
  for (const e of m.evidence) {
    // ("长三角地区有A、B…7家；其他地区有…": the part said with 有.)
    const line = new RegExp(
      `${region}${/(?:地区|片区|区域)$/.test(region) ? "" : "(?:地区|片区|区域)?"}(?:[（(](\\d+)家[）)])?(?:[：:]|有|包括)([^\\n；;。]+)`,
    ).exec(e.quote);
    if (!line?.[2]) continue;
    const zones = m.zones.filter((z) => {
      const zone = c.k.zones.get(z);
      return [zone?.name, ...(zone?.aliases ?? [])].some((n) => n && n.length >= 2 && line[2]?.includes(n));
    });
    if (zones.length === 0) continue;
    // (A part said with 有 is taken only when its count is every zone read: "…芜湖高新区7家" and seven found; "苏州"
    // of two 苏州 zones is not read, and the provinces answer instead.)
    // (…or, with no count, when every name of it is read: "中西部地区有郑州高新区、西安高新区、成都高新区、鹰潭高新区".)
    const said =
      /(\d+)家$/.exec(line[2] ?? "")?.[1] ?? line[1] ?? (/等/.test(line[2]) ? undefined : line[2].split("、").length);
    if (!/[：:]/.test(line[0]) && Number(said) !== zones.length) continue;
    const names = zones.map((z) => c.zoneName(z)).join("、");
    return fact(c.k, `${g.name}${region}的成员共${zones.length}家：${names}。`, [e], {
      title: `${g.name} · ${region}`,
      items: zones.map((z) => ({ name: c.zoneName(z) })),
    });
  }
  return undefined;
}

/** Asks how many the lead joined with: "联合了多少家", "联合几家". */
export const JOINED_WITH = /联合(?:了)?(?:多少|几)家/;

/** "A牵头，联合12家…共同组建": the count of those the lead joined with, from the sentence that says it. */
export function joinedByLead(c: FactContext, g: Group, readings: { zones: { id: string }[] }[]): Answer | null {
  const lead = "field" in g ? g.lead?.zone : (g.chair?.zone ?? undefined);
  if (!lead || !readings.some((r) => r.zones.some((z) => z.id === lead))) return null;
  const names = entityNames(c.k, lead).filter((n) => n.length >= 2);
  const said = sentenceCited(
    c.k,
    (x) => names.some((n) => x.includes(n)) && /牵头/.test(x) && JOINED_COUNT.test(x),
    namesGroup(c.k, g.id),
  );
  const n = said ? JOINED_COUNT.exec(said.quote)?.[1] : undefined;
  if (!said || !n) return null;
  const total =
    g.members && !g.members.partial ? `，${"field" in g ? "网络" : "联盟"}共${g.members.zones.length}家` : "";
  return {
    kind: "fact",
    answer: `${c.zoneName(lead)}联合了${n}家高新区${total}（据《${said.title}》：${said.quote}）。`,
    citations: [said],
    title: g.name,
  };
}
const JOINED_COUNT = /联合(?:全国)?(\d{1,2}|[一二两三四五六七八九十]|十[一二三四五六七八九])家/;
