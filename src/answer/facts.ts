/**
 * The fact engine: deterministic answers over the structured knowledge. Returns null when the
 * question is not an exact question (the caller then tries retrieval).
 */
import { alternation, lexicon } from "../knowledge/lexicon.ts";
import type { Article, EntityRef, Knowledge } from "../knowledge/load.ts";
import { findTerm, hasTerm, normalize } from "../knowledge/normalize.ts";
import { pieceFor } from "../knowledge/pieces.ts";
import type { Alliance, Evidence, Figure, KnowledgeEvent, Members, Network, Zone } from "../knowledge/schema.ts";
import { findMentions, hasReverseCue, type Parsed, parseQuestion } from "./parse.ts";
import { allPilotsNote } from "./query/graph.ts";
import { numberFrom } from "./query/read.ts";
import type { Answer, AnswerItem, Citation } from "./types.ts";

type Group = Network | Alliance;

/** Words that carry no content in "介绍一下物联网网络" style questions. */
const FILLER =
  /介绍|一下|情况|基本|概况|简介|简况|是什么|什么|怎么样|有关|关于|信息|资料|请|你|我|想|了解|知道|告诉|说说|讲讲|的|吗|呢|吧|啊|网络|联盟|高新区|tell me about|what is|what s|about|the|network|alliance|zone|\s/g;

/** "…分别是哪些" / "which zones belong to …": a member list even without the word 成员. */
const ASKS_MEMBERS =
  /(?:是|有|包括|包含)哪些(?:高新区|园区|成员|单位)?$|哪些高新区|哪几家|哪些园区|which (?:high tech )?zones|which parks|who (?:is|are) in|belong to/;

export function citationsFor(knowledge: Knowledge, evidence: readonly Evidence[]): Citation[] {
  const out: Citation[] = [];
  for (const ev of evidence) {
    // Evidence may name a page: the citation names the piece of it (a 本报讯 item) that holds the quote.
    const article = pieceFor(knowledge.articles, ev.article, ev.quote) ?? knowledge.articles.get(ev.article);
    const articleId = article?.id ?? ev.article;
    if (out.some((c) => c.articleId === articleId && c.quote === ev.quote)) continue;
    out.push({
      articleId,
      title: article?.title ?? ev.article,
      date: article?.date ?? null,
      quote: ev.quote,
    });
  }
  return out;
}

export function formatDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${m ? `${Number(m)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}

export function fact(
  knowledge: Knowledge,
  answer: string,
  evidence: readonly Evidence[],
  extra: Partial<Answer> = {},
): Answer {
  return { kind: "fact", answer, citations: citationsFor(knowledge, evidence), ...extra };
}

function none(answer: string, extra: Partial<Answer> = {}): Answer {
  return { kind: "none", answer, citations: [], ...extra };
}

/** Answers that only summarise the entities a question names: a supporting passage is preferred to them. */
export const SUMMARIES = new WeakSet<Answer>();

export class FactEngine {
  constructor(private readonly k: Knowledge) {}

  zoneName(id: string): string {
    const z = this.k.zones.get(id);
    if (!z) return id;
    if (z.level === "provincial") return `${z.name}（${z.province}省级高新区）`;
    if (z.level === "other") return `${z.name}（非高新区）`;
    return z.name;
  }

  private group(ref: EntityRef): Group | undefined {
    return ref.kind === "network"
      ? this.k.networks.get(ref.id)
      : ref.kind === "alliance"
        ? this.k.alliances.get(ref.id)
        : undefined;
  }

  private shortName(g: Group): string {
    return "field" in g ? `${g.field}网络` : g.name;
  }

  /** Lists known networks (for "none" answers and the network list question). */
  knownNetworks(): string {
    return [...this.k.networks.values()].map((n) => n.name).join("、");
  }

  knownAlliances(): string {
    return [...this.k.alliances.values()].map((a) => a.name).join("、");
  }

  answer(p: Parsed): Answer | null {
    const groups = p.entities
      .filter((e) => e.kind !== "zone")
      .map((e) => this.group(e))
      .filter((g): g is Group => !!g);
    const zoneReadings = this.zoneReadings(p);

    const article = this.articleInfo(p);
    if (article) return article;
    if (p.opinion) {
      return none(
        "我只依据文章回答事实，不做评价、优劣比较或预测。可以问成员、成立时间、地点、牵头单位，或文章里的原话。",
      );
    }
    // What has not happened yet is never a fact here: say so, with what the articles do record.
    // Who joined lately: a recorded change is the query layer's history; without one, the articles say nothing.
    if (p.future || (p.recent && !groups.some((g) => g.memberHistory.length > 0))) return this.notYet(p);
    // "入盟要满足哪些条件": a question about something else than the lookups; passages answer it.
    if (p.asksOther && (p.attribute === null || p.attribute === "members" || p.attribute === "count")) return null;
    // "哪个联盟的企业多", "总共多少家公司": the articles count members, not that.
    const comparing = p.compare !== null || /[最更](?:多|少|高|低|大|小|强)/.test(p.text);
    if (p.countsOther && (p.quantity || comparing || /哪些/.test(p.text))) {
      return this.notCounted(p, p.countsOther, comparing);
    }
    if (p.uncoveredYear !== null) return none(`文章没有涉及${p.uncoveredYear}年的内容。`);
    // "东湖牵头的那个网络有哪些成员": the network is named by its lead.
    const ledNetwork = this.networkNamedByLead(p, groups, zoneReadings);
    if (ledNetwork) return ledNetwork;
    // A detail no fact records (phone, price, budget …): only a figure that names it may answer; else passages.
    if (p.detail) {
      const figure = this.figures(p);
      return figure?.answer.includes(p.detail) ? figure : null;
    }
    // "顾国栋是谁" is a fact; "顾国栋怎么看…" is answered by what he said (passages).
    const person = p.asksWhatWasSaid ? null : this.person(p);
    if (person) return person;
    if (p.attribute === "date" || p.attribute === "venue" || p.attribute === null) {
      const event = this.event(p);
      if (event) return event;
    }
    // "某网络下一届年会在哪开": another occasion than the founding; its date, venue or host is not the
    // launch's, so the passages answer it (or nothing does).
    if (p.occasion && (["date", "venue", "lead"] as (string | null)[]).includes(p.attribute)) return null;
    if (p.unknownName && !(p.unknownName.kind === "zone" && zoneReadings.length > 0)) {
      return (p.unknownName.kind === "zone" && this.figures(p)) || this.unknown(p.unknownName);
    }

    if (groups.length >= 2 && zoneReadings.length === 0) {
      if (SAME_DAY.test(p.text)) return this.sameDayOf(groups);
      return UNION.test(p.text) ? this.union(groups) : this.multiGroup(p, groups);
    }
    if (groups.length >= 1 && zoneReadings.length >= 1) {
      const g = groups[0] as Group;
      const figure = this.figures(p);
      if (figure) return figure;
      if (p.attribute === "count" && zoneReadings.some((r) => r.zones.length > 1))
        return this.countAmong(g, zoneReadings);
      if (p.attribute === "count") return this.groupAttribute(p, g);
      if (p.attribute === "lead" && "field" in g && g.lead) return this.leadCheck(g, zoneReadings);
      if (p.attribute === "venue" || p.attribute === "date" || p.attribute === "leadPerson")
        return this.groupAttribute(p, g);
      // A zone and a network named together: a membership question only when it asks one
      // ("西安在物联网网络里吗"); "某高新区在某联盟里做了哪些工作" is for the passages.
      if (p.membershipCheck || hasReverseCue(p) || this.asksAboutItself(p) || p.attribute === "members") {
        return this.membershipCheck(groups, zoneReadings);
      }
      return null;
    }
    if (groups.length === 1) {
      const g = groups[0] as Group;
      const province = this.provinceIn(p);
      if (province && g.members && (p.attribute === "members" || p.attribute === "count" || p.quantity)) {
        return this.membersIn(g, province);
      }
      // "某网络谁牵头？何时成立": each attribute asked, answered in turn.
      const asked = p.attributes.filter((a) => SINGLE_ATTRIBUTES.has(a));
      if (asked.length >= 2 && p.clauses >= 2 && !p.open) {
        const parts = asked.map((attribute) => this.groupAttribute({ ...p, attribute }, g));
        const answered = parts.filter((a) => a.kind !== "none");
        if (answered.length > 0) {
          return {
            kind: "fact",
            answer: parts.map((a) => a.answer.replace(/已知的是：[\s\S]*$/, "")).join("\n"),
            citations: answered.flatMap((a) => a.citations),
            title: g.name,
            notes: parts.flatMap((a) => a.notes ?? []),
          };
        }
      }
      if (p.attribute === null || p.attribute === "count") {
        const figure = this.figures(p);
        if (figure) return figure;
      }
      if (p.open && (p.attribute === null || p.attribute === "results" || p.attribute === "members")) return null;
      // Results are recorded as facts for alliances only; for a network the passages may still tell.
      if (p.attribute === "results" && "field" in g) return null;
      // "某某倡议由几家签署" counts the signatories of a document, not the alliance.
      if (p.open && p.attribute === "count" && /签|倡议|协议/.test(p.text)) return null;
      if (p.attribute === null && ASKS_MEMBERS.test(p.text))
        return this.groupAttribute({ ...p, attribute: "members" }, g);
      if (p.attribute === null && !this.asksAboutItself(p)) return null;
      return this.groupAttribute(p, g);
    }
    if (
      zoneReadings.length >= 1 &&
      groups.length === 0 &&
      p.attribute === "date" &&
      /成立|设立|建立|批准|获批|升级|创建/.test(p.text)
    ) {
      // The articles date the networks and alliances, not the zones themselves.
      const names = zoneReadings.flatMap((r) => r.zones.map((z) => z.name)).join("、");
      return none(`文章没有记载${names}本身的设立或获批时间。`);
    }
    if (zoneReadings.length >= 1) {
      const figure = this.figures(p);
      if (figure && !hasReverseCue(p)) return figure;
      if (p.open && !hasReverseCue(p)) return null;
      if (hasReverseCue(p) || p.asksNetworks || p.asksAlliances || this.asksAboutItself(p) || p.membershipCheck) {
        return this.reverse(p, zoneReadings);
      }
      return null;
    }
    return this.general(p);
  }

  /** True when, names aside, the question is only "tell me about X". */
  private asksAboutItself(p: Parsed): boolean {
    let rest = p.text;
    for (const m of [...p.mentions].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
    rest = rest.replace(FILLER, "");
    return rest.length <= 3;
  }

  private networkNamedByLead(p: Parsed, groups: Group[], readings: { zones: Zone[] }[]): Answer | null {
    const phrase = /牵头(?:建设)?的?(?:是)?(?:什么|啥|哪个|哪一个)?(?:那个|这个|那|这)?(?:产业)?(?:协同创新)?网络/.exec(
      p.text,
    );
    const zone = readings.length === 1 ? readings[0]?.zones[0] : undefined;
    if (!phrase || groups.length > 0 || !zone || readings[0]?.zones.length !== 1) return null;
    const led = [...this.k.networks.values()].filter((n) => n.lead?.zone === zone.id);
    const mention = p.mentions.find((m) => m.type === "entity" && m.ref.id === zone.id);
    if (led.length !== 1 || !mention || mention.end > phrase.index) return null;
    const rewritten =
      p.text.slice(0, mention.start) + (led[0] as Network).name + p.text.slice(phrase.index + phrase[0].length);
    return this.answer(parseQuestion(rewritten, this.k));
  }

  /** A province named in the question (not inside a zone's name): "集成电路网络里江苏的高新区". */
  private provinceIn(p: Parsed): string | null {
    let rest = p.text;
    for (const m of [...p.mentions].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
    const provinces = new Set([...this.k.zones.values()].map((z) => z.province).filter((v): v is string => !!v));
    for (const province of provinces) if (province.length >= 2 && rest.includes(province)) return province;
    return null;
  }

  private membersIn(g: Group, province: string): Answer {
    const m = g.members as Members;
    const zones = m.zones.filter((id) => this.k.zones.get(id)?.province === province);
    const items = zones.map((id) => ({ name: this.zoneName(id) }));
    const partial = m.partial ? "（文章只列出了部分成员，以下仅就点名的成员而言）" : "";
    const answer = zones.length
      ? `${g.name}的成员中，${province}的高新区有${zones.length}家${partial}：${items.map((i) => i.name).join("、")}。`
      : `${g.name}的成员中没有${province}的高新区${partial}。`;
    return fact(this.k, answer, m.evidence.slice(0, 1), {
      title: `${g.name} · ${province}`,
      items,
      notes: ["省份依据高新区所在地（知识库的地名数据），成员名单依据原文。"],
    });
  }

  private notCounted(p: Parsed, noun: string, comparing: boolean): Answer | null {
    const figure = this.figures(p);
    if (figure) return figure;
    if (!comparing) return null; // an amount: a passage may state it (checked by the retrieval's support rules)
    const sizes = [...this.k.networks.values()]
      .filter((n) => n.members && !n.members.partial)
      .map((n) => `${this.shortName(n)}${n.members?.zones.length}家`)
      .join("、");
    return none(`文章没有各网络或联盟“${noun}”的数据，无法比较。文章记载的是成员数：${sizes}。`);
  }

  /** "明年的大会在哪开", "第二届秘书处轮值到哪": not recorded; what is recorded is offered instead. */
  private notYet(p: Parsed): Answer {
    const recorded = this.answer({ ...p, future: false, recent: false, year: null });
    const known = recorded && recorded.kind !== "none" ? `文章记载的是：${recorded.answer}` : "";
    return none(`文章只记载到发表时为止的情况，没有以后的安排或之后的变化（明年、下一届、新加入的成员等）。${known}`, {
      citations: recorded && recorded.kind !== "none" ? recorded.citations : [],
    });
  }

  /** Questions that name a person the articles quote ("顾国栋是谁"). */
  private person(p: Parsed): Answer | null {
    for (const n of this.k.networks.values()) {
      for (const who of n.leadPeople) {
        if (!p.text.includes(who.name)) continue;
        const lead = n.lead ? `，${n.name}的牵头单位是${this.zoneName(n.lead.zone)}` : "";
        return fact(this.k, `${who.name}：${who.role}。文章在${n.name}部分引述了其讲话${lead}。`, who.evidence, {
          title: who.name,
        });
      }
    }
    return null;
  }

  /** A dated event the question describes (its title's words), when it asks when/where or nothing specific. */
  private event(p: Parsed): Answer | null {
    // A zone the question names must be one the event is about (and a zone no fact knows, none is).
    if (p.unknownName?.kind === "zone") return null;
    // The question's own words, less the groups it names: what tells one of a group's events from another.
    const q = ownBigrams(p.text, p.mentions, ASKING_WORDS);
    const zonesAsked = p.entities.flatMap((x) => (x.kind === "zone" ? [x.id] : []));
    let best: { e: KnowledgeEvent; score: number } | null = null;
    for (const e of this.k.events) {
      if (e.id.startsWith("launch-") || e.id.startsWith("founding-")) continue;
      if (zonesAsked.length > 0 && !zonesAsked.some((z) => e.scopes.includes(z))) continue;
      const { groups, title } = this.eventWords(e);
      if (groups.length > 0 && !p.entities.some((x) => groups.includes(x.id))) continue;
      let hit = 0;
      for (const g of title) if (q.has(g)) hit++;
      // Most of the title's own words are asked, or (for an event of a group the question names) most of the
      // question's own words are the title's.
      const byTitle = hit / Math.max(title.size, 1);
      const score = groups.length > 0 ? Math.max(byTitle, hit / Math.max(q.size, 1)) : byTitle;
      const enough = Math.min(groups.length > 0 ? 3 : 4, title.size);
      if (hit >= enough && title.size > 0 && score >= 0.45 && (!best || score > best.score)) best = { e, score };
    }
    if (!best) return null;
    if (p.attribute === null && !/什么时候|何时|哪天|哪年|哪一年|日期|时间|在哪|哪里|地点|when|where/.test(p.text))
      return null;
    const e = best.e;
    const venue = e.venue ? `，地点：${this.zoneName(e.venue)}` : "";
    return fact(this.k, `${e.title}：${formatDate(e.date)}${venue}。${e.summary}`, e.evidence, {
      title: e.title,
      notes: e.dateNote ? [e.dateNote] : undefined,
    });
  }

  /**
   * An event's groups and its own words ("淮河联盟周年会议在随州高新区举行": what comes before its venue, less the
   * group's name: "周年会议"), read once per snapshot.
   */
  private eventWords(e: KnowledgeEvent): { groups: string[]; title: Set<string> } {
    let known = EVENT_WORDS.get(this.k);
    if (!known) {
      known = new Map();
      EVENT_WORDS.set(this.k, known);
    }
    let words = known.get(e);
    if (!words) {
      const named = normalize(e.title.replace(/在[^在]+?(?:举行|召开|举办)$/, ""));
      const names = findMentions(named, this.k.aliases);
      const groups = names.flatMap((m) => (m.type === "entity" && m.ref.kind !== "zone" ? [m.ref.id] : []));
      words = { groups, title: ownBigrams(named, names) };
      known.set(e, words);
    }
    return words;
  }

  private countAmong(g: Group, readings: { zones: Zone[]; note?: string }[]): Answer {
    const zones = readings.flatMap((r) => r.zones).filter((z) => g.members?.zones.includes(z.id));
    const asked = readings.flatMap((r) => r.zones);
    const items = zones.map((z) => ({ name: this.zoneName(z.id) }));
    const answer = `${g.name}的成员中，${asked.map((z) => z.name).join("、")}里有${zones.length}家在列${
      zones.length ? `：${items.map((i) => i.name).join("、")}` : ""
    }。`;
    return fact(this.k, answer, g.members?.evidence.slice(0, 1) ?? [], {
      items,
      notes: readings.flatMap((r) => (r.note ? [r.note] : [])),
    });
  }

  /** Zones named by the question; an ambiguous name contributes one entry per reading. */
  private zoneReadings(p: Parsed): { zones: Zone[]; note?: string }[] {
    const out: { zones: Zone[]; note?: string }[] = [];
    for (const m of p.mentions) {
      if (m.type === "entity" && m.ref.kind === "zone") {
        const z = this.k.zones.get(m.ref.id);
        if (z && !out.some((r) => r.zones.includes(z))) out.push({ zones: [z] });
      } else if (m.type === "ambiguous") {
        const zones = m.name.readings.map((id) => this.k.zones.get(id)).filter((z): z is Zone => !!z);
        out.push({ zones, note: m.name.note });
      }
    }
    return out;
  }

  private unknown(u: NonNullable<Parsed["unknownName"]>): Answer {
    if (u.kind === "network") {
      return none(`知识库中没有关于“${u.name}”的记录。文章记载的产业协同创新网络有：${this.knownNetworks()}。`, {
        notes: ["只回答文章中记载的网络；新的网络需先加入知识库。"],
      });
    }
    if (u.kind === "alliance") {
      return none(`知识库中没有关于“${u.name}”的记录。文章记载的联盟有：${this.knownAlliances()}。`);
    }
    return none(
      `知识库中没有关于“${u.name}”的记录：文章没有提到它参加任何产业协同创新网络或联盟。可以问：西安高新区参加了哪些网络？`,
    );
  }

  // ---------- one network or alliance ----------

  private groupAttribute(p: Parsed, g: Group): Answer {
    const isNetwork = "field" in g;
    switch (p.attribute) {
      case "members":
        return this.members(g);
      case "count":
        return this.count(g);
      case "date":
        return this.date(g);
      case "venue":
        if (isNetwork) return this.venue(g);
        return g.founded?.venue
          ? fact(
              this.k,
              `${g.name}于${formatDate(g.founded.date)}在${this.zoneName(g.founded.venue)}成立。`,
              g.founded.evidence,
              {
                title: g.name,
              },
            )
          : this.missing(g, "举办地点");
      case "lead":
        if (isNetwork) return this.lead(g);
        if (g.founded?.guidedBy && /指导/.test(p.text)) {
          return fact(
            this.k,
            `${g.name}是在${g.founded.guidedBy}指导下成立的（${formatDate(g.founded.date)}）。`,
            g.founded.evidence,
            { title: g.name },
          );
        }
        // An alliance is led by its chair (理事长单位) when an article names one; else its seat or initiators.
        if (g.chair)
          return fact(this.k, `${g.name}的理事长单位是${this.zoneName(g.chair.zone)}。`, g.chair.evidence, {
            title: g.name,
          });
        if (g.secretariat) return this.secretariat(g);
        if (g.initiator)
          return fact(this.k, `${g.name}由${g.initiator.text}发起成立。`, g.initiator.evidence, { title: g.name });
        return this.missing(g, "牵头单位");
      case "leadPerson":
        return isNetwork ? this.leadPerson(g) : this.missing(g, "负责人");
      case "secretariat":
        return g.secretariat ? this.secretariat(g, p) : this.missing(g, "秘书处");
      case "results":
        return !isNetwork && g.results.length > 0 ? this.results(g) : this.missing(g, "成果");
      default:
        return this.overview(g);
    }
  }

  private missing(g: Group, what: string): Answer {
    const overview = this.overview(g);
    return none(`文章没有提到${g.name}的${what}。已知的是：${overview.answer}`, {
      title: g.name,
      notes: overview.notes,
    });
  }

  private memberItems(g: Group, members: Members): AnswerItem[] {
    const lead = "field" in g ? g.lead?.zone : undefined;
    return members.zones.map((id) => ({ name: this.zoneName(id), ...(id === lead ? { note: "牵头" } : {}) }));
  }

  private members(g: Group): Answer {
    const m = g.members;
    if (!m || (m.zones.length === 0 && !m.statedCount)) return this.missing(g, "成员名单");
    const items = this.memberItems(g, m);
    const names = items.map((i) => (i.note ? `${i.name}（${i.note}）` : i.name)).join("、");
    if (m.zones.length === 0) {
      // The list is asked for and not given: that is not an answer, though the count is worth saying.
      return none(`文章没有逐一列出${g.name}的成员，只写了共${m.statedCount}家。${m.countNote ?? ""}`, {
        title: `${g.name} · 成员`,
        citations: citationsFor(this.k, m.evidence),
        notes: ["成员名单文章未列出"],
      });
    }
    if (m.partial) {
      const answer = `${g.name}的成员名单文章只列出了一部分。点名的有：${names}。${m.countNote ?? ""}`;
      return fact(this.k, answer, m.evidence, {
        title: `${g.name} · 成员（部分）`,
        items,
        notes: ["名单不完整：文章只点名了部分成员"],
      });
    }
    const h = this.history(g);
    const answer = `${h.asOf}${g.name}共有${m.zones.length}家成员：${names}。${h.text}`;
    return fact(
      this.k,
      answer,
      [...m.evidence, ...h.evidence, ...(("field" in g && g.lead?.evidence) || [])].slice(0, 4),
      {
        title: `${g.name} · 成员`,
        items,
        notes: m.countNote ? [m.countNote] : undefined,
      },
    );
  }

  /** When later articles changed the list: "截至…" for the current one, and each earlier size with its date. */
  history(g: Group): { asOf: string; text: string; evidence: Evidence[] } {
    if (g.memberHistory.length === 0 || !g.members) return { asOf: "", text: "", evidence: [] };
    const earlier = g.memberHistory.map((h) => {
      const n = h.statedCount ?? h.zones.length;
      return `${h.asOf ? `${formatDate(h.asOf)}` : "此前"}${h === g.memberHistory[0] ? "成立时" : ""}为${n}家`;
    });
    const added = g.members.zones
      .filter((z) => !g.memberHistory.at(-1)?.zones.includes(z))
      .map((z) => this.zoneName(z));
    return {
      asOf: g.members.asOf ? `截至${formatDate(g.members.asOf)}，` : "",
      text: `（${earlier.join("；")}${added.length ? `；此后新增${added.join("、")}` : ""}。）`,
      evidence: g.memberHistory.flatMap((h) => h.evidence.slice(0, 1)),
    };
  }

  private count(g: Group): Answer {
    const m = g.members;
    if (!m || (m.statedCount === undefined && m.zones.length === 0)) return this.missing(g, "成员数量");
    if (m.partial || m.zones.length === 0) {
      const stated = m.statedCount !== undefined ? `文中写有${m.statedCount}家。` : "";
      return fact(this.k, `${g.name}：${stated}${m.countNote ?? ""}`, m.evidence, {
        title: g.name,
        notes: ["名单不完整"],
      });
    }
    const lead = "field" in g && g.lead ? `（含牵头的${this.zoneName(g.lead.zone)}）` : "";
    const items = this.memberItems(g, m);
    const h = this.history(g);
    return fact(
      this.k,
      `${h.asOf}${g.name}共有${m.zones.length}家高新区${lead}：${items.map((i) => i.name).join("、")}。${h.text}`,
      [...m.evidence, ...h.evidence],
      {
        title: g.name,
        items,
      },
    );
  }

  private date(g: Group): Answer {
    if ("field" in g) {
      if (!g.launch?.date) return this.missing(g, "成立日期");
      const venue = g.launch.venue ? `，${g.launch.occasion ?? "启动活动"}在${this.zoneName(g.launch.venue)}举行` : "";
      return fact(this.k, `${g.name}于${formatDate(g.launch.date)}成立${venue}。`, g.launch.evidence, {
        title: g.name,
      });
    }
    if (!g.founded) return this.missing(g, "成立日期");
    const guided = g.founded.guidedBy ? `，在${g.founded.guidedBy}指导下` : "";
    return fact(this.k, `${g.name}于${formatDate(g.founded.date)}成立${guided}。`, g.founded.evidence, {
      title: g.name,
    });
  }

  private venue(g: Network): Answer {
    if (!g.launch?.venue) return this.missing(g, "启动地点");
    const date = g.launch.date ? `于${formatDate(g.launch.date)}` : "";
    return fact(
      this.k,
      `${g.name}${date}在${this.zoneName(g.launch.venue)}${g.launch.occasion ? `举行${g.launch.occasion}` : "启动"}。`,
      g.launch.evidence,
      { title: g.name },
    );
  }

  private lead(g: Network): Answer {
    if (!g.lead) return this.missing(g, "牵头单位");
    const people = g.leadPeople.map((p) => `${p.name}（${p.role}）`).join("、");
    const said = people ? `文章引述的牵头方负责人：${people}。` : "";
    return fact(this.k, `${g.name}的牵头单位是${this.zoneName(g.lead.zone)}。${said}`, g.lead.evidence, {
      title: g.name,
    });
  }

  private leadPerson(g: Network): Answer {
    // Curated lead people, else the officials the articles name for the lead zone or the network itself.
    const learned = this.k.officials.filter((o) => o.org !== undefined && (o.org === g.lead?.zone || o.org === g.id));
    const leadPeople = g.leadPeople.length > 0 ? g.leadPeople : learned;
    if (leadPeople.length === 0) return this.missing(g, "牵头方负责人");
    const lead = g.lead ? `牵头单位是${this.zoneName(g.lead.zone)}；` : "";
    const people = leadPeople.map((p) => `${p.name}（${p.role}）`).join("、");
    return fact(
      this.k,
      `${g.name}：${lead}文章引述的牵头方负责人是${people}。`,
      leadPeople.flatMap((p) => p.evidence),
      {
        title: g.name,
      },
    );
  }

  private secretariat(a: Group, p?: Parsed): Answer {
    if (!a.secretariat) return this.missing(a, "秘书处");
    // A curated note names the seat ("首届联盟秘书处"); a learned one says how it runs ("由…承担日常工作").
    const seat = (s: NonNullable<Group["secretariat"]>) => {
      if (s.note && /秘书处$/.test(s.note)) return `${s.note}设在${this.zoneName(s.zone)}`;
      // "设在常州高新区科技创新局": the learned note names the office inside the zone.
      const [place, ...rest] = (s.note ?? "").split("；");
      const at = place?.startsWith("设在") ? place : `设在${this.zoneName(s.zone)}`;
      const how = (place?.startsWith("设在") ? rest : [place, ...rest]).filter(Boolean).join("；");
      return `秘书处${at}${how ? `（${how}）` : ""}`;
    };
    const history = a.secretariatHistory ?? [];
    if (history.length === 0)
      return fact(this.k, `${a.name}的${seat(a.secretariat)}。`, a.secretariat.evidence, { title: a.name });
    // It moved: the seat asked about first (the first one for "首届/最初/成立时", else the current one), then the rest.
    const first = history[0] as NonNullable<Group["secretariat"]>;
    const asksFirst = p
      ? /首届|第一届|最初|最早|起初|原来|原先|一开始|刚成立|成立时|成立之初|此前|之前/.test(p.text)
      : false;
    const since = a.secretariat.asOf ? `（据${formatDate(a.secretariat.asOf)}的报道）` : "";
    const now = `现在${seat(a.secretariat).replace(/^首届/, "")}${since}`;
    const before = history.map((h) => `${h.asOf ? `据${formatDate(h.asOf)}的报道，` : "此前"}${seat(h)}`).join("；");
    const answer = asksFirst
      ? `${a.name}最初的${seat(first).replace(/^首届/, "")}；${now}。`
      : `${a.name}${now}；${before}。`;
    const evidence = asksFirst
      ? [...first.evidence, ...a.secretariat.evidence]
      : [...a.secretariat.evidence, ...history.flatMap((h) => h.evidence)];
    return fact(this.k, answer, evidence, { title: a.name });
  }

  private results(a: Alliance): Answer {
    const items = a.results.map((r) => ({ name: r.text }));
    return fact(
      this.k,
      `${a.name}的成果与进展：${a.results.map((r, i) => `${i + 1}. ${r.text}`).join("；")}。`,
      a.results.flatMap((r) => r.evidence),
      {
        title: `${a.name} · 成果`,
        items,
      },
    );
  }

  overview(g: Group): Answer {
    const parts: string[] = [];
    const evidence: Evidence[] = [];
    const notes: string[] = [];
    if ("field" in g) {
      if (g.launch?.date) {
        parts.push(`${formatDate(g.launch.date)}成立${g.launch.venue ? `（${this.zoneName(g.launch.venue)}）` : ""}`);
        evidence.push(...g.launch.evidence.slice(0, 1));
      }
      if (g.lead) {
        parts.push(`牵头单位${this.zoneName(g.lead.zone)}`);
        evidence.push(...g.lead.evidence.slice(0, 1));
      }
    } else {
      if (g.founded) {
        parts.push(`${formatDate(g.founded.date)}成立`);
        evidence.push(...g.founded.evidence.slice(0, 1));
      }
      if (g.secretariat) {
        parts.push(`${g.secretariat.note ?? "秘书处"}设在${this.zoneName(g.secretariat.zone)}`);
        evidence.push(...g.secretariat.evidence);
      }
      if (g.initiator) {
        parts.push(`由${g.initiator.text}发起成立`);
        evidence.push(...g.initiator.evidence);
      }
    }
    const m = g.members;
    let items: AnswerItem[] | undefined;
    if (m) {
      items = m.zones.length > 0 ? this.memberItems(g, m) : undefined;
      const names = items?.map((i) => i.name).join("、") ?? "";
      if (m.partial) {
        parts.push(
          `${m.statedCount ? `文中称有${m.statedCount}家` : "成员数文中未明确"}${names ? `，点名的有${names}` : ""}`,
        );
        notes.push("名单不完整：文章只点名了部分成员");
      } else parts.push(`成员${m.zones.length}家：${names}`);
      evidence.push(...m.evidence.slice(0, 1));
    }
    if (!("field" in g) && g.results.length > 0) {
      parts.push(`成果：${g.results.map((r) => r.text).join("；")}`);
      evidence.push(...g.results.flatMap((r) => r.evidence));
    }
    if (evidence.length === 0) return none(`关于${g.name}，文章只提到了名称，没有更多记载。`);
    return fact(this.k, `${g.name}：${parts.join("；")}。`, evidence, {
      title: g.name,
      items,
      notes: notes.length ? notes : undefined,
    });
  }

  // ---------- several networks / alliances ----------

  private multiGroup(p: Parsed, groups: Group[]): Answer {
    if (p.compare === "most" || p.compare === "least") return this.compareSize(groups, p.compare);
    if (p.compare === "earliest" || p.compare === "latest") return this.compareDate(groups, p.compare);
    if (/几天|多少天|相隔|相差|间隔|隔了|days/.test(p.text)) return this.daysBetween(groups);
    if (p.setOp || hasTerm(p.text, "和") || hasTerm(p.text, "与")) {
      const [a, b] = groups as [Group, Group];
      if (p.setOp === "difference") return this.difference(a, b, p);
      if (p.setOp === "intersection" || p.attribute === "members" || p.attribute === null || p.attribute === "count") {
        if (p.setOp === "intersection" || /(?:都|共同|同时|共有的|重合|交集|both)/.test(p.text))
          return this.intersection(groups);
      }
    }
    // Same attribute for each group, answered one after the other. Without an attribute (or with one a group
    // lacks) this is only a summary of each: a passage about the two together answers better, if there is one.
    const answers = groups.map((g) => this.groupAttribute(p, g));
    const answer: Answer = {
      kind: answers.every((a) => a.kind === "none") ? "none" : "fact",
      answer: answers.map((a) => a.answer).join("\n"),
      citations: answers.flatMap((a) => a.citations),
      notes: answers.flatMap((a) => a.notes ?? []),
    };
    const asksSomethingOfThem = /哪|谁|多|少|几|有没有|是否|吗|比/.test(p.text);
    if (!asksSomethingOfThem && (p.attribute === null || answers.some((a) => a.kind === "none"))) SUMMARIES.add(answer);
    return answer;
  }

  private daysBetween(groups: Group[]): Answer {
    const dated = groups.flatMap((g) => {
      const date = "field" in g ? g.launch?.date : g.founded?.date;
      const ev = "field" in g ? g.launch?.evidence : g.founded?.evidence;
      return date && ev && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [{ g, date, ev }] : [];
    });
    if (dated.length < 2) return none("文章没有给出这些网络或联盟的完整成立日期，无法计算相隔天数。");
    const [a, b] = dated as [(typeof dated)[number], (typeof dated)[number]];
    const days = Math.round(Math.abs(Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    const [early, late] = a.date <= b.date ? [a, b] : [b, a];
    const answer =
      days === 0
        ? `${early.g.name}和${late.g.name}是同一天成立的（${formatDate(early.date)}），没有先后。`
        : `${early.g.name}于${formatDate(early.date)}成立，${late.g.name}于${formatDate(late.date)}成立，相隔${days}天（${this.shortName(late.g)}晚${days}天）。`;
    return fact(this.k, answer, [...early.ev.slice(0, 1), ...late.ev.slice(0, 1)], { title: "成立时间相隔" });
  }

  private partialNote(groups: Group[]): string[] {
    const partial = groups.filter((g) => g.members?.partial);
    return partial.length ? [`${partial.map((g) => g.name).join("、")}的名单不完整，结果只基于文章点名的成员。`] : [];
  }

  private intersection(groups: Group[]): Answer {
    const lists = groups.map((g) => g.members?.zones ?? []);
    const common = (lists[0] ?? []).filter((z) => lists.every((l) => l.includes(z)));
    const label = groups.map((g) => this.shortName(g)).join("和");
    const items = common.map((id) => ({ name: this.zoneName(id) }));
    const answer = common.length
      ? `同时在${label}中的高新区有${common.length}家：${items.map((i) => i.name).join("、")}。`
      : `文章所列名单中，没有同时在${label}中的高新区。`;
    return fact(
      this.k,
      answer,
      groups.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
      {
        title: `${label} · 共同成员`,
        items,
        notes: this.partialNote(groups),
      },
    );
  }

  private difference(a: Group, b: Group, p: Parsed): Answer {
    // "A有但B没有": keep the order the question names them; "不在A…在B" is rare enough to read as A − B.
    const [first, second] = this.orderForDifference(a, b, p);
    const inSecond = new Set(second.members?.zones ?? []);
    const only = (first.members?.zones ?? []).filter((z) => !inSecond.has(z));
    const items = only.map((id) => ({ name: this.zoneName(id) }));
    const answer = only.length
      ? `在${this.shortName(first)}中、但不在${this.shortName(second)}中的高新区有${only.length}家：${items.map((i) => i.name).join("、")}。`
      : `${this.shortName(first)}的成员都在${this.shortName(second)}中。`;
    return fact(
      this.k,
      answer,
      [first, second].flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
      {
        title: `${this.shortName(first)} − ${this.shortName(second)}`,
        items,
        notes: this.partialNote([first, second]),
      },
    );
  }

  private orderForDifference(a: Group, b: Group, p: Parsed): [Group, Group] {
    // The group named right after a negation ("不在B", "没有…B" before it) is the one subtracted.
    const negAt = ["不在", "没有", "未加入", "没加入", "不是", "but not", "not in", "except", "除了"]
      .map((t) => findTerm(p.text, t))
      .filter((i) => i >= 0);
    const neg = negAt.length ? Math.min(...negAt) : -1;
    const pos = (g: Group) => p.mentions.find((m) => m.type === "entity" && m.ref.id === g.id)?.start ?? 0;
    if (neg < 0) return [a, b];
    if (hasTerm(p.text, "除了") || hasTerm(p.text, "except")) {
      // "除了A以外B还有谁" → B − A
      return pos(a) < pos(b) ? [b, a] : [a, b];
    }
    const before = [a, b].filter((g) => pos(g) < neg);
    const after = [a, b].filter((g) => pos(g) > neg);
    if (before.length === 1 && after.length === 1) return [before[0] as Group, after[0] as Group];
    return [a, b];
  }

  private compareSize(groups: Group[], dir: "most" | "least"): Answer {
    const complete = groups.filter((g) => g.members && !g.members.partial && g.members.zones.length > 0);
    if (complete.length === 0) return none("文章没有给出这些网络或联盟的完整成员数，无法比较。");
    const sorted = [...complete].sort((x, y) => (y.members?.zones.length ?? 0) - (x.members?.zones.length ?? 0));
    if (dir === "least") sorted.reverse();
    const top = sorted[0] as Group;
    const n = top.members?.zones.length ?? 0;
    const ties = sorted.filter((g) => g.members?.zones.length === n);
    const items = sorted.map((g) => ({ name: g.name, note: `${g.members?.zones.length}家` }));
    const word = dir === "most" ? "最多" : "最少";
    const lead = ties.map((g) => g.name).join("、");
    const answer = `成员${word}的是${lead}（${n}家）。各自的成员数：${items.map((i) => `${i.name}${i.note}`).join("，")}。`;
    const left = groups.filter((g) => !complete.includes(g));
    return fact(
      this.k,
      answer,
      sorted.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
      {
        title: `成员数比较`,
        items,
        notes: left.length ? [`${left.map((g) => g.name).join("、")}的成员数文章未完整给出，未参与比较。`] : undefined,
      },
    );
  }

  private compareDate(groups: Group[], dir: "earliest" | "latest"): Answer {
    const dated = groups
      .map((g) => ({
        g,
        date: "field" in g ? g.launch?.date : g.founded?.date,
        ev: "field" in g ? g.launch?.evidence : g.founded?.evidence,
      }))
      .filter((x): x is { g: Group; date: string; ev: Evidence[] } => !!x.date && !!x.ev);
    if (dated.length === 0) return none("文章没有给出这些网络或联盟的成立日期，无法比较。");
    dated.sort((x, y) => x.date.localeCompare(y.date));
    if (dir === "latest") dated.reverse();
    const first = dated[0] as (typeof dated)[number];
    const ties = dated.filter((d) => d.date === first.date);
    const items = dated.map((d) => ({ name: d.g.name, note: formatDate(d.date) }));
    const word = dir === "earliest" ? "最早" : "最晚";
    const answer = `成立${word}的是${ties.map((t) => t.g.name).join("、")}（${formatDate(first.date)}）。按时间：${items
      .map((i) => `${i.name}（${i.note}）`)
      .join("，")}。`;
    return fact(
      this.k,
      answer,
      dated.flatMap((d) => d.ev.slice(0, 1)),
      { title: `成立时间比较`, items },
    );
  }

  // ---------- zones ----------

  private leadCheck(g: Network, readings: { zones: Zone[] }[]): Answer {
    const zones = readings.flatMap((r) => r.zones);
    const lead = g.lead?.zone;
    const hit = zones.find((z) => z.id === lead);
    const answer = hit
      ? `是的，${g.name}的牵头单位是${this.zoneName(hit.id)}。`
      : `不是。${g.name}的牵头单位是${this.zoneName(lead ?? "")}，不是${zones.map((z) => z.name).join("或")}。`;
    return fact(this.k, answer, g.lead?.evidence ?? [], { title: g.name });
  }

  private membershipCheck(groups: Group[], readings: { zones: Zone[]; note?: string }[]): Answer {
    const lines: string[] = [];
    const evidence: Evidence[] = [];
    const notes: string[] = [];
    for (const r of readings) if (r.note) notes.push(r.note);
    for (const g of groups) {
      const m = g.members;
      for (const z of readings.flatMap((r) => r.zones)) {
        const name = this.zoneName(z.id);
        if (m?.zones.includes(z.id)) {
          const isLead = "field" in g && g.lead?.zone === z.id;
          lines.push(`是的，${name}是${g.name}的成员${isLead ? "（牵头单位）" : ""}。`);
        } else if (!m || m.partial) {
          lines.push(`无法确定：${g.name}的成员名单文章只列出了一部分，点名的成员中没有${name}。`);
        } else {
          // Say where the zone is a member instead: the correction a false premise needs.
          const inGroups = this.k.memberships.get(z.id);
          const other = inGroups ? [...inGroups.networks, ...inGroups.alliances] : [];
          const where = other.length ? `；它参加的是：${other.map((o) => this.shortName(o)).join("、")}` : "";
          lines.push(`不是。${name}不在${g.name}的${m.zones.length}家成员中${where}。`);
          for (const o of other.slice(0, 2)) evidence.push(...(o.members?.evidence.slice(0, 1) ?? []));
        }
      }
      if (m) evidence.push(...m.evidence.slice(0, 1));
    }
    return fact(this.k, lines.join("\n"), evidence, { notes: notes.length ? notes : undefined });
  }

  private reverse(p: Parsed, readings: { zones: Zone[]; note?: string }[]): Answer {
    const wantNetworks = p.asksNetworks || !p.asksAlliances;
    const wantAlliances = p.asksAlliances || !p.asksNetworks;
    const allZones = readings.flatMap((r) => r.zones);
    if (readings.length >= 2 && p.setOp === "intersection")
      return this.sharedByZones(allZones, wantNetworks, wantAlliances);
    const lines: string[] = [];
    const evidence: Evidence[] = [];
    const notes: string[] = [];
    const items: AnswerItem[] = [];
    for (const r of readings) if (r.note) notes.push(`“${r.note}”以下分别回答。`.replace("。”", "”"));
    // "在哪个省": the zone's province, as the article (or the gazetteer) gives it.
    const asksWhere = /省|位于|在哪里|在哪儿|哪个城市|哪座城市/.test(p.text);
    for (const z of allZones) {
      const mem = this.k.memberships.get(z.id) ?? { networks: [], alliances: [] };
      const where =
        asksWhere && z.province ? `（位于${z.province}${z.city && z.city !== z.province ? z.city : ""}）` : "";
      const name = `${this.zoneName(z.id)}${where}`;
      const parts: string[] = [];
      if (wantNetworks) {
        const nets = mem.networks.map((n) => `${n.name}${n.lead?.zone === z.id ? "（牵头）" : ""}`);
        parts.push(
          nets.length
            ? `参加了${nets.length}个产业协同创新网络${allPilotsNote(
                this.k,
                mem.networks.map((n) => n.id),
              )}：${nets.join("、")}`
            : "文章所列的产业协同创新网络名单中没有它",
        );
        for (const n of mem.networks) {
          items.push({ name: n.name, note: `${name}${n.lead?.zone === z.id ? " · 牵头" : ""}` });
          evidence.push(...(n.members?.evidence.slice(0, 1) ?? []));
        }
        // Its role in a network besides membership: the secretariat.
        for (const n of this.k.networks.values()) {
          if (n.secretariat?.zone !== z.id) continue;
          parts.push(`${n.name}的秘书处设在这里`);
          evidence.push(...n.secretariat.evidence.slice(0, 1));
        }
      }
      if (wantAlliances) {
        const alls = mem.alliances.map((a) => a.name);
        if (alls.length) parts.push(`所在联盟：${alls.join("、")}`);
        else if (!wantNetworks) parts.push("文章所列的联盟成员名单中没有它");
        for (const a of mem.alliances) {
          items.push({ name: a.name, note: name });
          evidence.push(...(a.members?.evidence.slice(0, 1) ?? []));
        }
        const sec = [...this.k.alliances.values()].filter((a) => a.secretariat?.zone === z.id);
        for (const a of sec) parts.push(`${a.name}的${a.secretariat?.note ?? "秘书处"}设在这里`);
        const chairs = [...this.k.alliances.values()].filter((a) => a.chair?.zone === z.id);
        for (const a of chairs) parts.push(`${a.name}的理事长单位`);
      }
      // "只加入了三个网络，对吗": the stated number is checked first.
      const stated = allZones.length === 1 && wantNetworks ? statedNetworkCount(p.text) : undefined;
      const verdict = stated === undefined ? "" : stated === mem.networks.length ? "是。" : "不是。";
      lines.push(`${verdict}${name}${parts.join("；")}。`);
      if (evidence.length === 0) evidence.push(...z.evidence);
      // A brief of the zone ("讲讲某高新区"): also what the articles report of it — its events, the people
      // they quote for it, its figures.
      if (this.asksAboutItself(p) && allZones.length === 1) lines.push(...this.zoneFacts(z, evidence));
    }
    // "A和B谁加入的网络多": the verdict first.
    if (
      allZones.length === 2 &&
      wantNetworks &&
      /更多|更少|多还是少|(?:哪个|谁|哪家)[^，,。？?]{0,12}?(?:多|少)(?:一些|些|一点)?(?:呢|啊)?$/.test(p.text)
    ) {
      const [a, b] = allZones.map((z) => ({ z, n: this.k.memberships.get(z.id)?.networks.length ?? 0 })) as [
        { z: Zone; n: number },
        { z: Zone; n: number },
      ];
      const verdict =
        a.n === b.n
          ? `一样多：${this.zoneName(a.z.id)}和${this.zoneName(b.z.id)}都参加了${a.n}个产业协同创新网络。`
          : `${this.zoneName((a.n > b.n ? a : b).z.id)}参加的更多（${Math.max(a.n, b.n)}个，${this.zoneName((a.n > b.n ? b : a).z.id)}${Math.min(a.n, b.n)}个）。`;
      lines.unshift(verdict);
    }
    const partial = [...this.k.networks.values(), ...this.k.alliances.values()].filter(
      (g) => g.members?.partial && !allZones.some((z) => g.members?.zones.includes(z.id)),
    );
    if (partial.length) notes.push(`以上只依据文章列出的名单；${partial.map((g) => g.name).join("、")}的名单不完整。`);
    return fact(this.k, lines.join("\n"), evidence, { items, notes: notes.length ? notes : undefined });
  }

  /** A zone's events, quoted officials and figures, as lines of a brief (their evidence is added). */
  private zoneFacts(z: Zone, evidence: Evidence[]): string[] {
    const lines: string[] = [];
    const events = this.k.events.filter(
      (e) => e.scopes.includes(z.id) && !e.id.startsWith("launch-") && !e.id.startsWith("founding-"),
    );
    for (const e of events.slice(0, 3)) {
      lines.push(
        `${formatDate(e.date)}：${e.title}${e.venue && e.venue !== z.id ? `（${this.zoneName(e.venue)}）` : ""}。`,
      );
      evidence.push(...e.evidence.slice(0, 1));
    }
    const people = this.k.officials.filter((o) => o.org === z.id).slice(0, 3);
    if (people.length) {
      lines.push(`文章引述的负责人：${people.map((o) => `${o.name}（${o.role}）`).join("、")}。`);
      for (const o of people) evidence.push(...o.evidence.slice(0, 1));
    }
    const figures = this.k.figures.filter((f) => f.about.includes(z.id)).slice(0, 3);
    for (const f of figures) {
      lines.push(`${f.label}：${f.value}${f.unit}${f.period ? `（${f.period}）` : ""}。`);
      evidence.push(...f.evidence.slice(0, 1));
    }
    return lines;
  }

  private sharedByZones(zones: Zone[], wantNetworks: boolean, wantAlliances: boolean): Answer {
    const groups: Group[] = [
      ...(wantNetworks ? [...this.k.networks.values()] : []),
      ...(wantAlliances ? [...this.k.alliances.values()] : []),
    ].filter((g) => zones.every((z) => g.members?.zones.includes(z.id)));
    const names = zones.map((z) => this.zoneName(z.id)).join("和");
    const items = groups.map((g) => ({ name: g.name }));
    const answer = groups.length
      ? `${names}共同参加的有${groups.length}个：${items.map((i) => i.name).join("、")}。`
      : `文章所列名单中，${names}没有共同参加的网络或联盟。`;
    return fact(
      this.k,
      answer,
      groups.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
      { items },
    );
  }

  // ---------- questions without a named entity ----------

  private general(p: Parsed): Answer | null {
    const figure = this.figures(p);
    if (figure) return figure;
    const networks = [...this.k.networks.values()];
    const mentionsZoneWord = /高新区|园区|zone/.test(p.text);

    if (
      p.compare &&
      mentionsZoneWord &&
      (p.asksNetworks || p.asksAlliances) &&
      /哪个高新区|哪家高新区|哪些高新区|which zone/.test(p.text)
    ) {
      return this.zoneRanking(p.compare === "least" ? "least" : "most", p.asksAlliances && !p.asksNetworks);
    }
    if (UNION.test(p.text) && p.asksNetworks) return this.union(networks.filter((n) => n.pilot));
    if (SAME_DAY.test(p.text) && (p.asksNetworks || p.asksAlliances)) {
      return this.sameDay(p);
    }
    if (p.setOp === "intersection" && p.asksNetworks && /高新区|园区|zone|哪家|哪些|哪个/.test(p.text)) {
      return this.intersection(networks.filter((n) => n.pilot));
    }
    if (p.month !== null || p.year !== null || p.day !== null) {
      if (
        p.asksNetworks ||
        p.asksAlliances ||
        /成立|启动|发生|举行|召开|events?|happen|launched|founded/.test(p.text)
      ) {
        return this.byDate(p);
      }
    }
    if (p.compare === "most" || p.compare === "least") {
      if (p.asksAlliances && !p.asksNetworks) return this.compareSize([...this.k.alliances.values()], p.compare);
      if (p.asksNetworks) return this.compareSize(networks, p.compare);
    }
    if ((p.compare === "earliest" || p.compare === "latest") && (p.asksNetworks || p.asksAlliances)) {
      const groups: Group[] = p.asksAlliances && !p.asksNetworks ? [...this.k.alliances.values()] : networks;
      return this.compareDate(groups, p.compare);
    }
    // "各网络分别由谁牵头": every network with its lead.
    if (p.asksNetworks && p.attribute === "lead" && /各个|各|每个|分别|都/.test(p.text)) {
      const led = networks.filter((n) => n.lead);
      if (led.length > 0) {
        return fact(
          this.k,
          `${led.map((n) => `${this.shortName(n)}：${this.zoneName(n.lead?.zone ?? "")}牵头`).join("；")}。`,
          led.flatMap((n) => n.lead?.evidence.slice(0, 1) ?? []),
          {
            title: "各网络的牵头单位",
            items: led.map((n) => ({ name: n.name, note: this.zoneName(n.lead?.zone ?? "") })),
          },
        );
      }
    }
    if (p.asksNetworks && !p.open && (p.attribute === "count" || asksForList(p.text, "网络", "networks?"))) {
      return this.networkList(p);
    }
    if (p.asksAlliances && !p.open && (p.attribute === "count" || asksForList(p.text, "联盟", "alliances?"))) {
      return this.allianceList();
    }
    return null;
  }

  /** "五个网络一共覆盖多少家不同的高新区": the union of complete member lists, each zone once. */
  private union(groups: Group[]): Answer {
    const complete = groups.filter((g) => g.members && !g.members.partial && g.members.zones.length > 0);
    const zones = [...new Set(complete.flatMap((g) => g.members?.zones ?? []))];
    const items = zones.map((id) => ({ name: this.zoneName(id) }));
    const answer = `${complete.map((g) => this.shortName(g)).join("、")}合计覆盖${zones.length}家不同的高新区（同一高新区只计一次）：${items.map((i) => i.name).join("、")}。`;
    return fact(
      this.k,
      answer,
      complete.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
      { title: "网络覆盖的高新区（去重）", items, notes: ["只计成员名单完整的网络；苏州高新区与苏州工业园区是两家。"] },
    );
  }

  /** "江苏那篇文章来源是哪家报纸，哪天的": an article's source, date and authors as its front matter records them. */
  private articleInfo(p: Parsed): Answer | null {
    if (!ARTICLE_META.test(p.text) || !ARTICLE_WORD.test(p.text)) return null;
    const asked = bigrams(
      p.text.replace(new RegExp(ARTICLE_META, "g"), "").replace(new RegExp(ARTICLE_WORD, "g"), ""),
      "cjk",
    );
    let best: { article: Article; hits: number } | null = null;
    for (const article of this.k.articles.values()) {
      const title = bigrams(normalize(`${article.title}${article.subtitle ?? ""}`), "cjk");
      let hits = 0;
      for (const g of asked) if (title.has(g)) hits++;
      if (hits >= 2 && (!best || hits > best.hits)) best = { article, hits };
    }
    if (!best) return null;
    const a = best.article;
    const lines = [
      `《${a.title}》`,
      `来源：${a.source ?? "文中未注明"}`,
      `日期：${a.date ? formatDate(a.date) : `文中未注明${a.dateNote ? `（${a.dateNote}）` : ""}`}`,
      a.authors.length ? `作者：${a.authors.join("、")}` : "",
    ].filter(Boolean);
    // The line of the article that names its source or reporter, quoted as it stands.
    const byline = a.body
      .split("\n")
      .find((l) => /来源|记者/.test(l))
      ?.trim();
    const quote = byline ?? a.title;
    return {
      kind: "fact",
      answer: lines.join("\n"),
      title: a.title,
      citations: a.body.includes(quote) ? [{ articleId: a.id, title: a.title, date: a.date, quote }] : [],
      notes: ["来源、日期和作者取自文章的登记信息（front matter）。"],
    };
  }

  /** "A联盟和B联盟是否同日成立": yes or no, with each date. */
  private sameDayOf(groups: Group[]): Answer {
    const dated = groups.map((g) => ({ g, when: "field" in g ? g.launch : g.founded }));
    const missing = dated.filter((d) => !d.when);
    if (missing.length > 0) {
      return none(`文章没有记载${missing.map((d) => d.g.name).join("、")}的成立日期，无法比较。`);
    }
    const dates = new Set(dated.map((d) => d.when?.date));
    const each = dated.map((d) => `${d.g.name}${formatDate(d.when?.date ?? "")}成立`).join("；");
    const answer = dates.size === 1 ? `是的，是同一天：${each}。` : `不是同一天：${each}。`;
    return fact(
      this.k,
      answer,
      dated.flatMap((d) => d.when?.evidence.slice(0, 1) ?? []),
      { title: "成立日期比较" },
    );
  }

  /** "哪些联盟在同一天成立": launches or foundings sharing a date. */
  private sameDay(p: Parsed): Answer {
    const prefix =
      p.asksAlliances && !p.asksNetworks ? "founding-" : p.asksNetworks && !p.asksAlliances ? "launch-" : "";
    const byDate = new Map<string, KnowledgeEvent[]>();
    for (const e of this.k.events) {
      if (!(e.id.startsWith("launch-") || e.id.startsWith("founding-")) || !e.id.startsWith(prefix)) continue;
      byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
    }
    const shared = [...byDate.entries()].filter(([, events]) => events.length >= 2);
    const what = prefix === "founding-" ? "联盟" : prefix === "launch-" ? "网络" : "网络和联盟";
    if (shared.length === 0) return none(`文章记载的${what}中，没有同一天成立的。`);
    const name = (e: KnowledgeEvent) => e.title.replace(/成立$/, "");
    const answer = shared
      .map(([date, events]) => `${formatDate(date)}同一天成立的有：${events.map(name).join("、")}。`)
      .join("");
    return fact(
      this.k,
      answer,
      shared.flatMap(([, events]) => events.flatMap((e) => e.evidence.slice(0, 1))),
      {
        title: `同一天成立的${what}`,
        items: shared.flatMap(([date, events]) => events.map((e) => ({ name: name(e), note: formatDate(date) }))),
      },
    );
  }

  private networkList(p: Parsed): Answer {
    const networks = [...this.k.networks.values()];
    const pilots = networks.filter((n) => n.pilot);
    const others = networks.filter((n) => !n.pilot);
    const describe = (n: Network) => {
      const bits = [
        n.launch?.date ? formatDate(n.launch.date) : null,
        n.lead ? `${this.zoneName(n.lead.zone)}牵头` : null,
        n.members && !n.members.partial ? `${n.members.zones.length}家` : null,
      ].filter(Boolean);
      return `${n.name}（${bits.join("，")}）`;
    };
    const items = networks.map((n) => ({ name: n.name, note: n.pilot ? "试点" : undefined }));
    const answer =
      `文章记载的试点产业协同创新网络有${pilots.length}个：${pilots.map(describe).join("；")}。` +
      (others.length ? `此外还有：${others.map(describe).join("；")}。` : "");
    const evidence = networks.flatMap((n) => (n.launch?.evidence ?? n.lead?.evidence ?? []).slice(0, 1));
    const countOnly = p.attribute === "count";
    return fact(
      this.k,
      countOnly
        ? `共${pilots.length}个试点网络${others.length ? `，另有${others.length}个其他网络` : ""}。${answer}`
        : answer,
      evidence,
      {
        title: "产业协同创新网络",
        items,
      },
    );
  }

  private allianceList(): Answer {
    const alliances = [...this.k.alliances.values()];
    const items = alliances.map((a) => ({ name: a.name, note: a.founded ? formatDate(a.founded.date) : undefined }));
    const answer = `文章记载的联盟有${alliances.length}个：${items.map((i) => (i.note ? `${i.name}（${i.note}成立）` : i.name)).join("；")}。`;
    const evidence = alliances.flatMap((a) =>
      (a.founded?.evidence ?? a.members?.evidence ?? a.initiator?.evidence ?? []).slice(0, 1),
    );
    return fact(this.k, answer, evidence, { title: "高新区联盟", items });
  }

  private zoneRanking(dir: "most" | "least", alliances: boolean): Answer {
    const counts = [...this.k.memberships.entries()].map(([id, m]) => ({
      id,
      groups: alliances ? m.alliances : m.networks,
    }));
    counts.sort((a, b) => b.groups.length - a.groups.length);
    if (dir === "least") counts.reverse();
    const best = counts[0]?.groups.length ?? 0;
    const top = counts.filter((c) => c.groups.length === best);
    const what = alliances ? "联盟" : "产业协同创新网络";
    const answer = `参加${what}${dir === "most" ? "最多" : "最少"}的是${top.map((t) => this.zoneName(t.id)).join("、")}（${best}个：${(
      top[0]?.groups ?? []
    )
      .map((g) => g.name)
      .join("、")}）。`;
    return fact(
      this.k,
      answer,
      (top[0]?.groups ?? []).flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
      {
        items: top.map((t) => ({ name: this.zoneName(t.id), note: `${best}个` })),
        notes: ["只依据文章列出的成员名单（新型显示等网络的名单不完整）。"],
      },
    );
  }

  private byDate(p: Parsed): Answer {
    const wantNetworks = p.asksNetworks && !p.asksAlliances;
    const wantAlliances = p.asksAlliances && !p.asksNetworks;
    const direction = /以后|之后|后成立|后启动|after|since/.test(p.text)
      ? 1
      : /以前|之前|前成立|前启动|before/.test(p.text)
        ? -1
        : 0;
    const events = this.k.events.filter((e) => {
      const [y, m, d] = e.date.split("-").map(Number);
      if (direction !== 0 && p.month !== null) {
        // "11月15日以后": compare (month, day) within the stated or implied year.
        if (p.year !== null && y !== p.year) return false;
        const key = (m ?? 0) * 100 + (d ?? 0);
        const ref = p.month * 100 + (p.day ?? (direction > 0 ? 0 : 99));
        return direction > 0 ? key > ref || (key === ref && p.day === null) : key < ref;
      }
      if (p.year !== null && y !== p.year) return false;
      if (p.month !== null && m !== p.month) return false;
      if (p.day !== null && d !== p.day) return false;
      if (wantNetworks) return e.id.startsWith("launch-");
      if (wantAlliances) return e.id.startsWith("founding-");
      return true;
    });
    const when = `${p.year ? `${p.year}年` : ""}${p.month ? `${p.month}月` : ""}${p.day ? `${p.day}日` : ""}${
      direction > 0 ? "以后" : direction < 0 ? "以前" : ""
    }`;
    const what = wantNetworks ? "成立的网络" : wantAlliances ? "成立的联盟" : "的事件";
    if (events.length === 0) return none(`文章中没有${when}${what}的记载。`);
    const items = events.map((e) => ({ name: e.title.replace(/成立$/, ""), note: formatDate(e.date) }));
    const answer = `${when}${what}有${events.length}个：${events.map((e) => `${e.title.replace(/成立$/, "")}（${formatDate(e.date)}）`).join("；")}。`;
    return fact(
      this.k,
      answer,
      events.flatMap((e) => e.evidence.slice(0, 1)),
      {
        title: `${when}${what}`,
        items,
        notes: events.some((e) => e.dateNote) ? events.flatMap((e) => (e.dateNote ? [e.dateNote] : [])) : undefined,
      },
    );
  }

  // ---------- figures ----------

  figures(p: Parsed): Answer | null {
    // "贾敬敦说行动计划怎么推进" shares words with a figure but asks how, not how much.
    if (p.open && !p.quantity) return null;
    const difference = this.figureDifference(p);
    if (difference) return difference;
    const matched = this.matchFigures(p);
    if (matched.length === 0) return null;
    // "具体多少个，给个数字" when the article only says "一半以上": not the exact figure asked for.
    if (/具体|数字|确切|精确|exact/.test(p.text) && matched.every((f) => !/\d/.test(String(f.value)))) {
      const said = matched.map((f) => `${f.label}：${f.value}${f.unit}`).join("；");
      return none(`文章没有给出具体数字，只写了：${said}。`, {
        citations: citationsFor(
          this.k,
          matched.flatMap((f) => f.evidence),
        ),
      });
    }
    const lines = matched.map(
      (f) =>
        `${f.label}：${f.value}${f.unit}${f.note ? `（${f.note}）` : ""}${f.period && !f.label.includes(f.period.replace(/年$/, "")) ? `，${f.period}` : ""}。`,
    );
    return fact(
      this.k,
      lines.join("\n"),
      matched.flatMap((f) => f.evidence),
      {
        title: matched.length === 1 ? matched[0]?.label : "数据",
        items: matched.map((f) => ({ name: f.label, note: `${f.value}${f.unit}` })),
      },
    );
  }

  /**
   * "某指标今年比去年多多少": the same measure in the two years the question names, and the difference
   * (computed here, from the two quoted values; only when both are plain numbers in the same unit).
   */
  private figureDifference(p: Parsed): Answer | null {
    if (!/比.{0,12}?(?:多|少|增加|增长|减少|高|低)了?(?:多少|几)/.test(p.text)) return null;
    const years = [...new Set([...p.text.matchAll(/20\d{2}/g)].map((m) => Number(m[0])))];
    if (years.length !== 2) return null;
    const mentioned = new Set(p.mentions.flatMap((m) => (m.type === "entity" ? [m.ref.id] : m.name.readings)));
    const yearTerm = (t: string) => /^20\d{2}$|预计|明年|去年|今年/.test(t);
    const found = this.k.figures.filter(
      (f) =>
        f.year !== undefined &&
        years.includes(f.year) &&
        f.match.every((group) =>
          group.some(
            (t) => yearTerm(t) || (t.startsWith("@") ? mentioned.has(t.slice(1)) : hasTerm(p.text, normalize(t))),
          ),
        ),
    );
    const [a, b] = years.map((y) => found.filter((f) => f.year === y));
    if (a?.length !== 1 || b?.length !== 1) return null;
    const [early, late] = [a[0] as Figure, b[0] as Figure].sort((x, y) => (x.year ?? 0) - (y.year ?? 0)) as [
      Figure,
      Figure,
    ];
    const number = (f: Figure) => /^约?(\d+(?:\.\d+)?)$/.exec(String(f.value))?.[1];
    const [x, y] = [number(early), number(late)];
    if (!x || !y || early.unit !== late.unit) return null;
    const diff = Math.round((Number(y) - Number(x)) * 100) / 100;
    const more = diff >= 0 ? `多${diff}` : `少${-diff}`;
    return fact(
      this.k,
      `${late.year}年比${early.year}年${more}${late.unit}：${late.label}${late.value}${late.unit}，${early.label}${early.value}${early.unit}。`,
      [...late.evidence, ...early.evidence],
      { title: late.label },
    );
  }

  private matchFigures(p: Parsed): Figure[] {
    const years = [...p.text.matchAll(/20\d{2}/g)].map((m) => Number(m[0]));
    const mentioned = new Set(p.mentions.flatMap((m) => (m.type === "entity" ? [m.ref.id] : m.name.readings)));
    const scored: { f: Figure; score: number }[] = [];
    for (const f of this.k.figures) {
      if (f.exclude.some((t) => hasTerm(p.text, normalize(t)))) continue;
      if (f.year !== undefined && years.length > 0 && !years.includes(f.year)) continue;
      const ok = f.match.every((group) =>
        group.some((term) => (term.startsWith("@") ? mentioned.has(term.slice(1)) : hasTerm(p.text, normalize(term)))),
      );
      if (ok) scored.push({ f, score: f.match.length });
    }
    if (scored.length === 0) return [];
    const best = Math.max(...scored.map((s) => s.score));
    return scored
      .filter((s) => s.score === best)
      .map((s) => s.f)
      .slice(0, 4);
  }
}

/** Character bigrams of normalised text (CJK, Latin and digits; with "cjk", CJK only), for fuzzy title matching. */
function bigrams(text: string, only?: "cjk"): Set<string> {
  const clean = text.replace(only === "cjk" ? /[^\u4e00-\u9fff]/g : /[^\u4e00-\u9fffa-z0-9]/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 2 <= clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

/** The number of networks a yes/no question states for a zone ("只加入了三个…对吗" → 3). */
function statedNetworkCount(text: string): number | undefined {
  if (!/是吗|对吗|是不是|对不对|吗$/.test(text)) return undefined;
  const m = /(?:只|仅|一共|共)?(?:参加|加入|参与)了?(\d+|[一二两三四五六七八九十])个/.exec(text);
  return m ? numberFrom(m[1] as string) : undefined;
}

/** Each event's groups and own words (FactEngine.eventWords), per knowledge snapshot (its aliases name the groups). */
const EVENT_WORDS = new WeakMap<Knowledge, Map<KnowledgeEvent, { groups: string[]; title: Set<string> }>>();

/** The bigrams of a text less the networks and alliances it names (and less `drop`), each part on its own. */
function ownBigrams(text: string, mentions: readonly Parsed["mentions"][number][], drop?: RegExp): Set<string> {
  let own = text;
  for (const m of [...mentions].reverse()) {
    if (m.type === "entity" && m.ref.kind !== "zone") own = `${own.slice(0, m.start)} ${own.slice(m.end)}`;
  }
  if (drop) own = own.replace(drop, " ");
  return new Set(own.split(" ").flatMap((part) => [...bigrams(part)]));
}

/** The asking words of a when/where question, which name no event. */
const ASKING_WORDS =
  /是哪一?天|哪一?天|是什么时候|什么时候|何时|哪一?年|在哪里|在哪儿|在哪|哪里|是哪|举行的|召开的|办的|的|了|吗|呢/g;
const SAME_DAY = alternation(lexicon.factCues.sameDay);
const UNION = alternation(lexicon.factCues.union);
const ARTICLE_META = alternation(lexicon.factCues.articleMeta);
const ARTICLE_WORD = alternation(lexicon.factCues.articleWord);

/** Attributes of one network or alliance that can be answered side by side. */
const SINGLE_ATTRIBUTES = new Set(["members", "count", "date", "venue", "lead", "leadPerson", "secretariat"]);

/**
 * True when the list word binds to the noun: "有哪些网络", "网络有哪几个", "which networks" — not
 * "网络各成员单位共建了哪些东西", where "哪些" asks about something else.
 */
function asksForList(text: string, noun: string, englishNoun: string): boolean {
  return (
    new RegExp(
      `(?:哪些|哪几|几个|多少|什么)[^，,。？?；;]{0,8}${noun}|${noun}[^，,。？?；;]{0,6}(?:哪些|哪几|几个|多少)`,
    ).test(text) || new RegExp(`\\b(?:which|what|list|how many|name)\\b(?: [a-z-]+){0,5} ${englishNoun}\\b`).test(text)
  );
}
