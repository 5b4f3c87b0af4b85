/**
 * Questions naming no entity: the lists of networks and alliances, and what is asked of all of them.
 */
import { escaped, lexicon } from "../../knowledge/lexicon.ts";
import { hasAny } from "../../knowledge/normalize.ts";
import type { Network } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import { APPLIED } from "../query/applying.ts";
import { sentenceCited } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { compareDate, compareSize, intersection, sumSizes, union } from "./compare.ts";
import { type FactContext, fact, formatDate, type Group, knownAlliances, knownNetworks, none } from "./context.ts";
import { asksForList, SAME_DAY, UNION } from "./cues.ts";
import { byDate, eventsOfDate, sameDay } from "./events.ts";
import { figures } from "./figures.ts";
import { groupAttribute } from "./group.ts";
import { zoneRanking } from "./zones.ts";

/** Questions that name no network, alliance or zone: lists, rankings, dates, all the networks at once. */

/** "都有哪些", "都有谁": which ones of one list, not the ones every network has ("都有的"). */
const WHICH_ONES = /(?<![个些]网络)都有(?=哪|谁|什么|啥|几|多少|些)/g;

/** Up to a time: "到2025年底", "截至2025年", "截止到目前". */
const UP_TO = /(?:到|截至|截止到?|直到)(?:20\d{2})年(?:底|末)?/;

/** What the groups did or reached, measured (projects, firms, revenue …), in Chinese and in English. */
const MEASURED =
  /项目|企业|营收|营业收入|产值|收入|投资|金额|基金|projects?|companies|enterprises|firms|revenue|investment/i;

/** The members of several groups counted together: "成员数加起来一共多少家次", "成员合计多少家次". */
const SUM_OF_SIZES = /家次|成员数?(?:加起来|加在一起|相加|合计|总和)/;

export function general(c: FactContext, p: Parsed): Answer | null {
  const figure = figures(c, p);
  if (figure) return figure;
  const networks = [...c.k.networks.values()];
  const mentionsZoneWord = /高新区|园区|zone/.test(p.text);

  if (
    p.compare &&
    mentionsZoneWord &&
    (p.asksNetworks || p.asksAlliances) &&
    /哪个高新区|哪家高新区|哪些高新区|which (?:high ?tech )?(?:zone|park)/.test(p.text)
  ) {
    return zoneRanking(c, p.compare === "least" ? "least" : "most", p.asksAlliances && !p.asksNetworks);
  }
  // "5个网络的成员数加起来一共多少家次": the counts summed (the pilots, when five or the pilots are named).
  if (p.asksNetworks && SUM_OF_SIZES.test(p.text))
    return sumSizes(c, /5个|五个|试点|这几个|那几个/.test(p.text) ? networks.filter((n) => n.pilot) : networks);
  if (UNION.test(p.text) && p.asksNetworks)
    return union(
      c,
      networks.filter((n) => n.pilot),
    );
  if (SAME_DAY.test(p.text) && (p.asksNetworks || p.asksAlliances)) {
    return sameDay(c, p);
  }
  // (Not the leads asked of them all: "这几个网络，牵头的高新区都有谁"; nor a list asked as "都有哪些" of a network
  // the question names in a way not known, "医疗器戒那个新的协同创新网络都有哪些高新区".)
  if (
    p.setOp === "intersection" &&
    hasAny(p.text.replace(WHICH_ONES, ""), lexicon.intersection) &&
    p.asksNetworks &&
    /高新区|园区|zone|哪家|哪些|哪个/.test(p.text) &&
    !(p.attribute === "lead" && /牵头的?(?:高新区|单位|园区)?(?:都|分别)/.test(p.text))
  ) {
    return intersection(
      c,
      networks.filter((n) => n.pilot),
    );
  }
  // "各网络分别由谁牵头", "2024年那五个网络的牵头单位分别是谁": every network (of the year asked) with its lead.
  // ("工信部推动了哪些国家高新区牵头，率先试点建设…网络": the leads, asked as which zones lead.)
  // ("…，牵头的分别是哪几家": the lead asked after a count of the networks, "那五个".)
  const leadAsked = p.attribute === "lead" || (p.attributes.includes("lead") && /分别|各自/.test(p.text));
  if (p.asksNetworks && leadAsked && /各个|各|每个|分别|都|哪些(?:国家)?高新区牵头/.test(p.text)) {
    const led = leadsOf(c, p, networks);
    if (led) return led;
  }
  // "到2025年底一共建了几个": all up to a time, which a sentence of the articles counts (not those of that year).
  if (p.year !== null && UP_TO.test(p.text)) return null;
  // "2025年合作项目数排前三的是哪几个网络": an amount the groups reached in a year, not which were founded in it.
  const measured =
    MEASURED.test(p.text) && !/成立|启动|组建|新建|建了|建成|launched|founded|set up|established/.test(p.text);
  if (measured) return null;
  if (p.month !== null || p.year !== null || p.day !== null) {
    if (p.asksNetworks || p.asksAlliances || /成立|启动|发生|举行|召开|events?|happen|launched|founded/.test(p.text)) {
      const dated = groupOfDate(c, p);
      if (dated) return dated;
      // "2024年10到11月成立的那几个网络里，哪个成员最多": those founded then, compared.
      if (p.compare === "most" || p.compare === "least") {
        const founded = eventsOfDate(c, p).events.flatMap((e) => {
          const id = /^(?:launch|founding)-(.+)$/.exec(e.id)?.[1];
          const g = id ? (c.k.networks.get(id) ?? c.k.alliances.get(id)) : undefined;
          return g ? [g] : [];
        });
        if (founded.length > 1) return compareSize(c, founded, p.compare);
      }
      return byDate(c, p);
    }
  }
  if (p.compare === "most" || p.compare === "least") {
    if (p.asksAlliances && !p.asksNetworks) return compareSize(c, [...c.k.alliances.values()], p.compare);
    if (p.asksNetworks) return compareSize(c, pilotsAsked(p, networks) ?? networks, p.compare);
  }
  if ((p.compare === "earliest" || p.compare === "latest") && (p.asksNetworks || p.asksAlliances)) {
    const groups: Group[] = p.asksAlliances && !p.asksNetworks ? [...c.k.alliances.values()] : networks;
    return compareDate(c, groups, p.compare);
  }
  if (p.asksNetworks && !p.open && (p.attribute === "count" || asksForList(p.text, "网络", "networks?"))) {
    return networkList(c, p);
  }
  if (p.asksAlliances && !p.open && (p.attribute === "count" || asksForList(p.text, "联盟", "alliances?"))) {
    return allianceList(c);
  }
  return null;
}

/** The pilot networks, when the question says 试点 or counts them ("那五个网络"); else undefined. */
function pilotsAsked(p: Parsed, networks: Network[]): Network[] | undefined {
  const pilots = networks.filter((n) => n.pilot);
  const counted = new RegExp(`(?:${pilots.length}|${"零一二三四五六七八九十"[pilots.length] ?? "-"})个`).test(p.text);
  return /试点/.test(p.text) || counted ? pilots : undefined;
}

/**
 * The networks with their leads: those launched in the year (and month) the question names, or the pilots when it
 * says 试点 or counts them ("五个"), else all.
 */
function leadsOf(c: FactContext, p: Parsed, networks: Network[]): Answer | null {
  const dated = (n: Network) => {
    const [y, m] = (n.launch?.date ?? "").split("-").map(Number);
    return (p.year === null || y === p.year) && (p.month === null || m === p.month);
  };
  const scope = p.year !== null || p.month !== null ? networks.filter(dated) : (pilotsAsked(p, networks) ?? networks);
  const led = scope.filter((n) => n.lead);
  if (led.length === 0) return null;
  return fact(
    c.k,
    `${led.map((n) => `${c.shortName(n)}：${c.zoneName(n.lead?.zone ?? "")}牵头`).join("；")}。`,
    led.flatMap((n) => n.lead?.evidence.slice(0, 1) ?? []),
    {
      title: "各网络的牵头单位",
      items: led.map((n) => ({ name: n.name, note: c.zoneName(n.lead?.zone ?? "") })),
    },
  );
}

/** Every network, pilots first, each with its date, lead and size. */
function networkList(c: FactContext, p: Parsed): Answer {
  const networks = [...c.k.networks.values()];
  const pilots = networks.filter((n) => n.pilot);
  const others = networks.filter((n) => !n.pilot);
  const describe = (n: Network) => {
    const bits = [
      n.launch?.date ? formatDate(n.launch.date) : null,
      n.lead ? `${c.zoneName(n.lead.zone)}牵头` : null,
      n.members && !n.members.partial ? `${n.members.zones.length}家` : null,
    ].filter(Boolean);
    return `${n.name}（${bits.join("，")}）`;
  };
  const items = networks.map((n) => ({ name: n.name, note: n.pilot ? "试点" : undefined }));
  // ("一共建了几个产业协同创新网络": all of them, the pilots among them; "试点网络有几个": the pilots.)
  const all = others.length > 0 && !/试点/.test(p.text);
  const answer =
    (all
      ? `文章记载的产业协同创新网络共${networks.length}个，其中试点网络${pilots.length}个：`
      : `文章记载的试点产业协同创新网络有${pilots.length}个：`) +
    `${pilots.map(describe).join("；")}。` +
    (others.length ? `此外还有：${others.map(describe).join("；")}。` : "");
  const evidence = networks.flatMap((n) => (n.launch?.evidence ?? n.lead?.evidence ?? []).slice(0, 1));
  const countOnly = p.attribute === "count";
  const counted = all
    ? `共${networks.length}个（试点网络${pilots.length}个，其他网络${others.length}个）。`
    : `共${pilots.length}个试点网络${others.length ? `，另有${others.length}个其他网络` : ""}。`;
  return fact(c.k, countOnly ? `${counted}${answer}` : answer, evidence, {
    title: "产业协同创新网络",
    items,
  });
}

/** Every alliance with its founding date. */
function allianceList(c: FactContext): Answer {
  const alliances = [...c.k.alliances.values()];
  const items = alliances.map((a) => ({ name: a.name, note: a.founded ? formatDate(a.founded.date) : undefined }));
  const answer = `文章记载的联盟有${alliances.length}个：${items.map((i) => (i.note ? `${i.name}（${i.note}成立）` : i.name)).join("；")}。`;
  const evidence = alliances.flatMap((a) =>
    (a.founded?.evidence ?? a.members?.evidence ?? a.initiator?.evidence ?? []).slice(0, 1),
  );
  return fact(c.k, answer, evidence, { title: "高新区联盟", items });
}

/** A network, alliance or zone no fact knows: not recorded, and what is. */
export function unknown(c: FactContext, u: NonNullable<Parsed["unknownName"]>): Answer {
  if (u.kind === "network") {
    return none(`文章中没有关于“${u.name}”的记载。文章记载的产业协同创新网络有：${knownNetworks(c)}。`, {
      notes: ["只回答文章中记载的网络；新的网络需先加入知识库。"],
    });
  }
  if (u.kind === "alliance") {
    return none(`文章中没有关于“${u.name}”的记载。文章记载的联盟有：${knownAlliances(c)}。`);
  }
  // A zone an article names in passing ("鄂尔多斯高新区已向联盟递交入盟申请") is not unknown: what is said of it is
  // quoted, and that no article makes it a member.
  // ("东营高新区是哪天加入氢能网络的" of a zone whose own page says it applied: the application, not decided yet.)
  const own = new RegExp(`我区[（(]${escaped(u.name)}[）)]`);
  const applied = sentenceCited(
    c.k,
    (x) => APPLIED.test(x) && /我区|本区/.test(x),
    (a) => own.test(a.body),
  );
  const said = applied ?? sentenceCited(c.k, (x) => x.includes(u.name));
  if (said)
    return none(
      `文章提到了“${u.name}”，但没有记载它是哪个产业协同创新网络或联盟的成员。据《${said.title}》：${said.quote}`,
      { citations: [said] },
    );
  return none(
    `文章中没有关于“${u.name}”的记载：文章没有提到它参加任何产业协同创新网络或联盟。可以问：西安高新区参加了哪些网络？`,
  );
}

/**
 * A group told by its day ("11月11日启动的那个网络在哪开的会"): when the day is the launch or founding of exactly
 * one network or alliance, what is asked of it (not its date, which the question already gives) is answered
 * as if the question had named it, after the group it was read as.
 */
function groupOfDate(c: FactContext, p: Parsed): Answer | null {
  if (p.month === null || p.day === null || !p.attribute || p.attribute === "date") return null;
  if (/以后|之后|以前|之前|before|after|since/.test(p.text)) return null;
  const day = `-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  const prefixes =
    p.asksAlliances && !p.asksNetworks
      ? ["founding-"]
      : p.asksNetworks && !p.asksAlliances
        ? ["launch-"]
        : ["launch-", "founding-"];
  const launched = c.k.events.filter(
    (e) =>
      e.date.endsWith(day) &&
      (p.year === null || e.date.startsWith(String(p.year))) &&
      prefixes.some((x) => e.id.startsWith(x)),
  );
  if (launched.length !== 1) return null;
  const id = (launched[0]?.id ?? "").replace(/^(?:launch|founding)-/, "");
  const g: Group | undefined = c.k.networks.get(id) ?? c.k.alliances.get(id);
  if (!g) return null;
  // (What the articles do not record of it, such as a venue, is refused with the group named.)
  const answer = groupAttribute(c, p, g);
  return { ...answer, answer: `${formatDate(launched[0]?.date ?? "")}成立的是${g.name}。${answer.answer}` };
}
