/**
 * What the pattern families share for one article: its sentences, the names (known and new), the groups each
 * sentence mentions, and the claims the families make. index.ts turns the claims into an Extraction.
 */

import { isHeadingLine } from "../heading.ts";
import type { Evidence, ListPart } from "../schema.ts";
import { sourceZone } from "../source-zone.ts";
import { DATELINE, type DateMention, daysAgo, findDates, type ResolvedDate, resolveDate } from "./dates.ts";
import { type GroupKind, type GroupRef, groupKey as key, Names } from "./names.ts";
import { asRead, quote, type Sentence, splitSentences } from "./sentences.ts";
import type { ArticleInput, Gazetteer } from "./types.ts";

export type Mention = GroupRef & { start: number; end: number };

export type Claim =
  | {
      type: "members";
      group: GroupRef;
      /** The zone that 联合/牵头 the others, first in the list. */
      lead?: string;
      zones: string[];
      /** Members outside the zone table, as written (a provincial zone not resolved). */
      others: string[];
      /** "等N家": the count the sentence states, and whether it counts the lead. */
      count?: number;
      countIncludesLead?: boolean;
      /** The sentence says the list is only some of the members ("包括…等"). */
      partial: boolean;
      /** The labelled parts the list was read in ("华东地区5家：…"). */
      parts?: ListPart[];
      evidence: Evidence;
    }
  | { type: "count"; group: GroupRef; count: number; evidence: Evidence }
  | {
      type: "launch";
      group: GroupRef;
      date?: ResolvedDate;
      venue?: string;
      occasion?: string;
      guidedBy?: string;
      evidence: Evidence;
    }
  | { type: "lead"; group: GroupRef; zone: string; evidence: Evidence }
  /** Several zones that initiated a group together ("由A、B、C共同倡议发起"): an alliance's initiators. */
  | { type: "initiators"; group: GroupRef; zones: string[]; evidence: Evidence }
  | { type: "chair"; group: GroupRef; zone: string; evidence: Evidence }
  /** Another seat the group gives members (副理事长单位, 2026年轮值主席单位, 观察员 …): extract/seats.ts. */
  | {
      type: "seat";
      group: GroupRef;
      role: string;
      zones: string[];
      evidence: Evidence;
      /** Added to the seat ("增选A为…"), with the count after when stated. */
      added?: boolean;
      /** All the seat's holders, as many as the sentence counts ("增至3家，分别为A、B和C"). */
      whole?: boolean;
      count?: number;
      /** Who handed the seat over ("A向B移交轮值主席旗帜"). */
      from?: string;
      /** When the sentence says the seat was so, months before the article ("今年3月，我区作为…"): YYYY-MM. */
      told?: string;
    }
  /** `moved`: the seat after a handover ("由A移交B", "B成为第二任秘书处单位"), current over any other in the article. */
  /** `former`: a seat the sentence says the group had before ("由原来常设于A，调整为…"), history only. */
  | {
      type: "secretariat";
      group: GroupRef;
      zone: string;
      note?: string;
      moved?: boolean;
      former?: boolean;
      evidence: Evidence;
    }
  | {
      type: "change";
      group: GroupRef;
      added: string[];
      removed: string[];
      newCount?: number;
      previousCount?: number;
      date?: ResolvedDate;
      evidence: Evidence;
      /** The sentence that dates the change, when it is not this one ("1月15日，…会议召开。会议吸纳…"). */
      dateEvidence?: Evidence;
    }
  | {
      type: "meeting";
      groups: GroupRef[];
      title: string;
      date: ResolvedDate;
      venue?: string;
      evidence: Evidence;
    };

const CJK_RUN_END = /[\u3400-\u9fff]+$/;
/**
 * A region that opens a network's name, before its field: an economic belt or circle, a basin, an area, a city
 * cluster ("淮河生态经济带", "成渝地区双城经济圈", "长江流域"), or "沿"+ a river or coast ("沿淮", "沿江", "沿海").
 */
const REGION_BEFORE_FIELD =
  /^(?:[\u3400-\u9fff]{2,10}?(?:经济带|经济圈|城市群|流域|地区)|沿[\u3400-\u9fff](?=[\u3400-\u9fff]{2,8}$))/;

/** Where a name cannot go on to the left: a verb or function word before it. */
export const NAME_STOP =
  /.*(?:的|和|与|及|在|等|了|为|该|各|是|将|由|对|于|从|向|建设|成立|启动|建立|组建|发起|加入|支持|推动|试点|牵头|联合|共同|打造|形成|通过|作为|参与|参加|身份|退出|因|相关|上述|签署|指导下|携手|吸纳|吸收|接纳|批准|审议|新增|着力|担任|出任|兼任|当选|主持|围绕|两大|各大|全国|区域|确定|明确|选定|推选|推举|选举|决定|同意|会议|这)/;

/** Words that make a founding or a meeting a plan, a proposal or a wish, not a happening. */
export const PLANNED = /建议|拟|计划|筹划|筹备|准备|有望|希望|呼吁|将|预计|争取|力争|酝酿|探索成立|可探索/;

/**
 * What may come before a group that opens a part of an item: a date, a heading's bracket or mark, and before a date
 * a word that turns to other news ("另据了解，11月28日，", "又讯 11月11日，"; not "据了解，Y由…牵头", background within a
 * part).
 */
// ("【集成电路】11月13日，…": a part's label in brackets.)
const PART_OPENING =
  /^(?:又讯|另讯)?[\s\u3000]*(?:[（(][^（）()]{0,20}[）)])?(?:(?:另据了解|另悉|此外|另外)[，,](?=\d)|同日[，,])?(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、])?(?:【[^】]{1,12}】|[【[■▶])?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[至到—-]\d{1,2}日)?[，,]?$/;

/** The known zone an article's source is ("西安高新区管委会"), if any (source-zone.ts). */
function homeZone(names: Names, article: ArticleInput): string | undefined {
  return sourceZone(
    article.source,
    (name) => names.knownZone(name),
    (text) => names.zoneNamedAtStart(text)?.id,
    article.body,
  );
}

export class Doc {
  readonly body: string;
  readonly sentences: Sentence[];
  readonly names: Names;
  readonly mentions: Mention[][];
  readonly claims: Claim[] = [];
  /**
   * Sentences that tell a list whose joins are no change after it ("此外，A、B也作为成员单位加入"), read after them:
   * their change claims are dropped once every sentence is read (members.ts).
   */
  readonly tellings: { sentences: Sentence[]; zones: string[] }[] = [];
  /** The groups each news item names, in order (for anaphora). */
  private readonly itemMentions = new Map<number, { ref: GroupRef; index: number; passing: boolean }[]>();

  /** The groups an item names, each once. */
  groupsOfItem(item: number): GroupRef[] {
    const refs = (this.itemMentions.get(item) ?? []).map((x) => x.ref);
    return refs.filter((r, i) => refs.findIndex((o) => key(o) === key(r)) === i);
  }
  private titleMentions: Mention[] | undefined;
  /** The bare kind word an article defines as its group's short name ("（以下简称联盟）"), once defined. */
  private shortKind: { word: string; ref: GroupRef } | undefined;

  constructor(
    readonly article: ArticleInput,
    known: Gazetteer,
  ) {
    this.body = article.body;
    this.sentences = splitSentences(article.body);
    this.names = new Names(known);
    // (An article a zone publishes calls it 我区: "…常务理事会议在我区召开" by "蚌埠高新技术产业开发区管理委员会".)
    this.names.home = homeZone(this.names, article);
    // (In order, each sentence's after those before: a short name may be of a group the sentence before named.)
    this.mentions = [];
    for (const s of this.sentences) this.mentions.push(this.findMentions(s));
    for (const s of this.sentences) {
      const list = this.itemMentions.get(s.item) ?? [];
      for (const m of this.mentions[s.index] ?? [])
        list.push({ ref: { kind: m.kind, id: m.id }, index: s.index, passing: passing(s, m) });
      this.itemMentions.set(s.item, list);
    }
  }

  /** The sentence a quote of this article comes from (or that a quote holds whole): its index, else -1. */
  sentenceOf(quote: string): number {
    const q = asRead(quote);
    return this.sentences.findIndex((s) => s.text.includes(q) || q.includes(s.text));
  }

  ev(s: Sentence, from = 0, to = s.text.length): Evidence {
    return { article: this.article.id, quote: quote(this.body, s, from, to).trim() };
  }

  /** A quote from `from` in sentence `a` to `to` in a later sentence `b` of the same paragraph (one line). */
  evSpan(a: Sentence, from: number, b: Sentence, to: number): Evidence {
    const start = a.map[from];
    const end = b.map[to - 1];
    if (start === undefined || end === undefined) return this.ev(b, 0, to);
    return { article: this.article.id, quote: this.body.slice(start, end + 1).trim() };
  }

  /** Sentences of the same paragraph before `s`. */
  before(s: Sentence): Sentence[] {
    const out: Sentence[] = [];
    for (let i = s.index - 1; i >= 0; i--) {
      const x = this.sentences[i] as Sentence;
      if (x.paragraph !== s.paragraph) break;
      out.unshift(x);
    }
    return out;
  }

  /**
   * The sentences of the section before `s` (a count that closes it, "至此，…"): back to the section's heading line (or
   * the item's start), at most twelve.
   */
  sectionBefore(s: Sentence): Sentence[] {
    const out: Sentence[] = [];
    for (let i = s.index - 1; i >= 0 && out.length < 12; i--) {
      const x = this.sentences[i] as Sentence;
      if (x.item !== s.item) break;
      if (isHeadingLine(x.text) && !this.sentences.some((y) => y.paragraph === x.paragraph && y !== x)) break;
      out.unshift(x);
    }
    return out;
  }

  resolve(s: Sentence, m: DateMention): ResolvedDate | null {
    return resolveDate(m, s, this.before(s), this.article.date);
  }

  /**
   * The day a sentence opens with as a word ("本报讯（记者…）昨天，…会议在V召开"): reckoned from its dateline's whole
   * day, else from the article's date.
   */
  spokenDay(s: Sentence): ResolvedDate | null {
    const line = DATELINE.exec(s.text)?.[0] ?? "";
    const word = /^(昨天|昨日|前天|今天|今日)/.exec(s.text.slice(line.length))?.[1];
    if (!word) return null;
    const lined = findDates(line).find((d) => d.day !== undefined);
    const from = lined ? this.resolve(s, lined)?.value : (this.article.date ?? undefined);
    if (!from || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return null;
    return daysAgo(word, from, lined ? `电头的${lined.month}月${lined.day}日` : `文章日期${from}`, line.length);
  }

  /** The first date of a sentence (or of the text before `upTo`), completed. */
  dateIn(s: Sentence, from = 0, upTo = s.text.length): ResolvedDate | null {
    const m = findDates(s.text.slice(from, upTo))[0];
    return m ? this.resolve(s, { ...m, start: m.start + from, end: m.end + from }) : null;
  }

  /**
   * The last group the sentence names before `at`, else the one the item is about (of the kind `prefer`, when the
   * item has one: a council's seat is an alliance's, whatever network the sentence names after it).
   */
  groupBefore(s: Sentence, at: number, prefer?: GroupKind): GroupRef | undefined {
    const prior = (this.mentions[s.index] ?? []).filter((x) => x.end <= at);
    // ("网络由A牵头，首批成员共11家，其中9家为联盟成员单位": the kind said before the point is the one meant.)
    const said = s.text
      .slice(0, at)
      .match(/网络|联盟/g)
      ?.at(-1);
    const kind = prefer ?? (said === "联盟" ? "alliance" : said === "网络" ? "network" : undefined);
    const preferred = kind ? this.anaphor(s, kind) : undefined;
    // (Not an alliance named in passing before the item goes on about its network: "…同时也是淮河…联盟成员。¶会议审议
    //通过了《…网络章程》，选举产生首届理事会。A当选理事长单位" is the network's council.)
    const plain = prefer && preferred ? this.anaphor(s) : undefined;
    // (…nor one named in passing that the item then leaves for its network, said bare: "…将继续通过东北地区国家高新区
    // 联盟与网络成员保持交流合作。¶目前，网络16家成员单位…。¶会议增选A为副理事长单位".)
    const later =
      plain &&
      plain.kind !== prefer &&
      (this.lastNamed(s, plain) > this.lastNamed(s, preferred) ||
        this.lastSaid(s, plain.kind) > this.lastSaid(s, preferred?.kind));
    return prior[prior.length - 1] ?? (later ? plain : preferred) ?? this.anaphor(s);
  }

  /** The last sentence of the item before `s` that says the kind's word (网络, 联盟), named or bare, and not the
   *  other kind's (-1 when none does). */
  private lastSaid(s: Sentence, kind: GroupKind | undefined): number {
    const [word, other] = kind === "network" ? ["网络", "联盟"] : kind === "alliance" ? ["联盟", "网络"] : [];
    if (!word || !other) return -1;
    for (let i = s.index - 1; i >= 0; i--) {
      const x = this.sentences[i];
      if (!x || x.item !== s.item) break;
      if (x.text.includes(word) && !x.text.includes(other)) return i;
    }
    return -1;
  }

  /**
   * In an interview, the group the question ("问：光电子网络成立两年来有哪些新变化？") names, one only, for the answer
   * after it that names none ("答：…。今年，A和B…同意加入网络。").
   */
  private interviewTopic(s: Sentence, kind?: GroupKind): GroupRef | undefined {
    for (let i = s.index - 1; i >= 0 && i >= s.index - 12; i--) {
      const x = this.sentences[i];
      if (!x || x.item !== s.item) return undefined;
      const named = (this.mentions[i] ?? []).filter((m) => !kind || m.kind === kind);
      if (!/^问[：:]/.test(x.text)) {
        if (named.length > 0) return undefined;
        continue;
      }
      const refs = new Set(named.map((m) => key(m)));
      return refs.size === 1 ? named[0] && { kind: named[0].kind, id: named[0].id } : undefined;
    }
    return undefined;
  }

  /** The last sentence of the item before `s` that names the group (-1 when none does). */
  // (Not `s` itself: "A作为副理事长单位，…介绍了参与…光电子…网络的做法" names the network after the seat.)
  private lastNamed(s: Sentence, ref: GroupRef | undefined): number {
    if (!ref) return -1;
    const named = (this.itemMentions.get(s.item) ?? []).filter((x) => x.index < s.index && key(x.ref) === key(ref));
    return named.at(-1)?.index ?? -1;
  }

  /**
   * The group a bare "网络"/"联盟"/"该联盟"/"秘书处" refers to: the last group (of the kind, when given) named in
   * this news item up to this sentence. When the item has named several groups of that kind, only one named in
   * this or the previous sentence counts (else nothing: no guessing).
   */
  anaphor(s: Sentence, kind?: GroupKind): GroupRef | undefined {
    // ("在物联网领域，我区加入网络后…", on a page about several networks: the network of the field the sentence opens with.)
    const field = /^(?:在|从)([\u3400-\u9fff]{2,8}?)领域[，,]/.exec(s.text)?.[1];
    const ofField = field && kind !== "alliance" ? this.names.group(`${field}网络`) : undefined;
    if (ofField?.kind === "network") return ofField;
    // A sentence that says only "联盟" (or only "网络") refers to a group of that kind, when the item has one.
    if (!kind) {
      // (A sentence that says neither goes on with the one before, when that one opens with its kind: "网络由A牵头，
      // …其中9家为联盟成员单位。成员包括…" is the network's.)
      const prev = this.sentences[s.index - 1];
      const topic =
        prev?.paragraph === s.paragraph && !/联盟|网络/.test(s.text)
          ? /^(?:该|这一|此|这个)?(网络|联盟)/.exec(prev.text)?.[1]
          : undefined;
      const text = topic ?? s.text;
      const said = /联盟/.test(text) === /网络/.test(text) ? undefined : /联盟/.test(text) ? "alliance" : "network";
      const ref = said ? this.anaphor(s, said) : undefined;
      if (ref) return ref;
    }
    const asked = this.interviewTopic(s, kind);
    if (asked) return asked;
    const all: { ref: GroupRef; index: number; passing: boolean }[] = [];
    for (const entry of this.itemMentions.get(s.item) ?? []) {
      if (entry.index > s.index) break;
      if (kind && entry.ref.kind !== kind) continue;
      all.push(entry);
    }
    // A group named in passing ("…的合作将依托Y网络继续推进") is not what the item goes on about, when it names
    // another group firmly.
    const firm = all.filter((x) => !x.passing);
    const seen = firm.length > 0 ? firm : all;
    const distinct = new Set(seen.map((x) => key(x.ref)));
    const last = seen[seen.length - 1];
    if (!last) return s.item === 0 ? this.titleGroup(kind) : undefined;
    if (distinct.size === 1) return last.ref;
    // A new paragraph after one that named several groups is about the group the title opens with, when there is
    // one ("…新成立的网络还与Y网络签署协议。¶ 据介绍，网络秘书处设在…").
    const across = last.index === s.index - 1 && this.sentences[last.index]?.paragraph !== s.paragraph;
    const title = s.item === 0 ? this.titleGroup(kind) : undefined;
    // An item that reports on several groups in turn opens each part with the group as its subject ("11月6日，Y网络
    // 2025年度成员大会在…召开。"): that group stays the topic until another one is named.
    // (The part may open with a heading line that names it, "纳米新材料网络“一进一出”", the group named again after.)
    const opening = seen.findLast((x) => this.opensPart(x.ref, x.index));
    // (Named again with another in passing, "A…退出纳米新材料网络，该区目前已是Y网络成员", it stays the topic.)
    if (opening && seen.some((x) => x.index === last.index && key(x.ref) === key(opening.ref))) return opening.ref;
    if (last.index >= s.index - 1) return across && title ? title : last.ref;
    // ("即我区牵头的Y网络。该网络成立时…。今年，网络新吸收…": a paragraph goes on about the one group it named last.)
    const lastNamed = new Set(seen.filter((x) => x.index === last.index).map((x) => key(x.ref)));
    if (this.sentences[last.index]?.paragraph === s.paragraph && lastNamed.size === 1) return last.ref;
    return this.askedBefore(s, kind) ?? title;
  }

  /**
   * On a page of questions and answers ("问：光电子网络的组织架构是怎样的？¶答：…我区为理事长单位…"), the one group (of
   * the kind) the question right before the answer's paragraph names.
   */
  private askedBefore(s: Sentence, kind?: GroupKind): GroupRef | undefined {
    const opening = this.sentences.find((x) => x.paragraph === s.paragraph);
    if (!opening || !/^(?:答|A)[：:]/.test(opening.text)) return undefined;
    const before = this.sentences[opening.index - 1];
    const question = this.sentences.filter((x) => before !== undefined && x.paragraph === before.paragraph);
    if (!/^(?:问|Q)[：:]/.test(question[0]?.text ?? "")) return undefined;
    const refs = question.flatMap((x) => (this.mentions[x.index] ?? []).filter((m) => !kind || m.kind === kind));
    const ids = new Set(refs.map((m) => key(m)));
    const [one] = refs;
    return ids.size === 1 && one ? { kind: one.kind, id: one.id } : undefined;
  }

  /** The sentence opens its paragraph with the group as its subject, after no more than PART_OPENING allows. */
  private opensPart(ref: GroupRef, index: number): boolean {
    const s = this.sentences[index];
    if (!s || this.sentences[index - 1]?.paragraph === s.paragraph) return false;
    const m = (this.mentions[index] ?? []).find((x) => x.kind === ref.kind && x.id === ref.id);
    return m !== undefined && PART_OPENING.test(s.text.slice(0, m.start));
  }

  /** The one group (of the kind) the article's title names: what the main article is about. */
  private titleGroup(kind?: GroupKind): GroupRef | undefined {
    this.titleMentions ??= this.findMentions({
      text: this.article.title.replace(/\s/g, ""),
      map: [],
      item: 0,
      paragraph: -1,
      index: -1,
    });
    const refs = this.titleMentions.filter((m) => !kind || m.kind === kind);
    const ids = new Set(refs.map(key));
    const first = refs[0];
    // A title that opens with a group is about it, whatever else it names ("X网络在合肥启动 与Y网络签署备忘录").
    const opens = first && first.start === 0 && this.titleMentions[0] === first;
    return (ids.size === 1 || opens) && first ? { kind: first.kind, id: first.id } : undefined;
  }

  private findMentions(s: Sentence): Mention[] {
    const out: Mention[] = [];
    const t = s.text;
    // ("国家高新区种业协同创新网络": without 产业, only after "国家高新区".)
    for (const m of t.matchAll(/(?:产业)?协同创新网络/g)) {
      const p = m.index ?? 0;
      const end = p + m[0].length;
      const industry = m[0].startsWith("产业");
      const run = CJK_RUN_END.exec(t.slice(Math.max(0, p - 20), p))?.[0] ?? "";
      let field: string;
      let prefix = "";
      const national = run.lastIndexOf("国家高新区");
      const state = run.lastIndexOf("国家");
      if (national >= 0) {
        prefix = "国家高新区";
        field = run.slice(national + 5);
      } else if (state >= 0) {
        prefix = "国家";
        field = run.slice(state + 2);
      } else field = run.replace(NAME_STOP, "");
      // ("生物制造协同创新网络宜昌年会": without 产业 or "国家高新区", only a network known already.)
      const knownOnly = !industry && prefix !== "国家高新区";
      // "淮河生态经济带低空经济产业协同创新网络", "沿淮低空经济…": a region before the field names the network too.
      const region = prefix === "" ? REGION_BEFORE_FIELD.exec(field)?.[0] : undefined;
      if (region) field = field.slice(region.length);
      // (A field is a few words: "光电子", "智能网联新能源汽车"; after "国家高新区" it may join two with 与/和/及,
      // "海洋牧场装备与水产种业".)
      const stopped = NAME_STOP.test(prefix === "国家高新区" ? field.replace(/[与和及]/g, "") : field);
      if (field.length < 2 || field.length > 12 || stopped) continue;
      const fullName = `${prefix}${region ?? ""}${field}${m[0]}`;
      const start = end - fullName.length;
      // A name without "国家…" founds a network only right after a founding verb ("共同成立新型显示产业协同创新网络")
      // or right before one ("…网络正式启动").
      const founding =
        /(成立|启动|建立|组建|发起成立)$/.test(t.slice(0, start)) ||
        /^(?:正式|同步|同时|当天|同日)?(?:宣告|宣布)?(?:正式)?(?:成立|启动|揭牌)/.test(t.slice(end));
      // (Without 产业 only where it is founded: "国家高新区种业协同创新网络成立大会", not "共同构建国家高新区开放协同创新网络".)
      // (Known only by a name it is called: "生物制造网络" for "生物制造协同创新网络", not "人工智能开源协同创新网络" for the
      // 人工智能 network.)
      const ref = knownOnly
        ? this.names.group(`${field}网络`)
        : this.names.network(field, fullName, (prefix !== "" && industry) || founding, region);
      if (ref) out.push({ ...ref, start, end });
    }
    for (const m of t.matchAll(/联盟/g)) {
      const p = m.index ?? 0;
      const run = CJK_RUN_END.exec(t.slice(Math.max(0, p - 24), p))?.[0] ?? "";
      const name = `${run.replace(NAME_STOP, "")}联盟`;
      if (!name.includes("高新区")) continue;
      // (A known alliance at the end of words run on before it: "…协同发展成渝地区双城经济圈国家高新区协同创新联盟".)
      let known: GroupRef | undefined;
      for (let i = 1; !known && i + 8 <= name.length; i++) known = this.names.alliance(name.slice(i), false);
      // "成渝地区双城经济圈国家高新区联盟（以下简称“成渝高新区联盟”）": the short name is the group just named.
      const named = /[（(]以下简称[“"]$/.test(t.slice(0, p + 2 - name.length))
        ? out.find((x) => /^[（(]以下简称[“"]$/.test(t.slice(x.end, p + 2 - name.length)))
        : undefined;
      if (named && !known) this.names.shortNameOf(name, named);
      const ref = named ?? known ?? this.names.alliance(name, true);
      if (ref) out.push({ ...ref, start: p + 2 - name.length, end: p + 2 });
    }
    // "…共同发起成立联盟（以下简称“陆海联盟”）": a short name without 高新区, of the group of its kind named just before,
    // in the sentence or in the one before it.
    for (const m of t.matchAll(/[（(]以下简称[“"]([\u4e00-\u9fff]{2,12}?(联盟|网络))[”"][）)]/g)) {
      const alias = m[1] as string;
      const kind = m[2] === "联盟" ? "alliance" : "network";
      const at = m.index ?? 0;
      if (alias.includes("高新区") || out.some((x) => x.start > at && x.start < at + m[0].length)) continue;
      const of = (list: Mention[]) => list.filter((x) => x.kind === kind && x.end <= at).at(-1);
      const group = of(out) ?? (s.index > 0 ? of(this.mentions[s.index - 1] ?? []) : undefined);
      if (!group) continue;
      this.names.shortNameOf(alias, { kind: group.kind, id: group.id });
      out.push({ kind: group.kind, id: group.id, start: at + 6, end: at + 6 + alias.length });
    }
    // "长江中游城市群国家高新区协同创新联盟（以下简称联盟）": the bare kind word is this article's name of the group just
    // named; later, "由长沙高新区牵头发起的联盟在…成立" names it (not inside another name, "淮河联盟").
    const defined = /[（(]以下简称[“"]?(联盟|网络)[”"]?[）)]/.exec(t);
    const definedOf = defined
      ? out.filter((x) => x.kind === (defined[1] === "联盟" ? "alliance" : "network") && x.end <= defined.index).at(-1)
      : undefined;
    if (defined && definedOf)
      this.shortKind = { word: defined[1] as string, ref: { kind: definedOf.kind, id: definedOf.id } };
    else if (this.shortKind) {
      const { word, ref } = this.shortKind;
      for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
        const before = t[i - 1] ?? "";
        if (/[\u4e00-\u9fff]/.test(before) && !/[的该本此这与和在由了]/.test(before)) continue;
        // (Not another one: "此前已有一个由襄阳高新区牵头发起的联盟".)
        const clause = t.slice(Math.max(0, ...[..."，,。；;"].map((x) => t.lastIndexOf(x, i) + 1)), i);
        if (/一个|另一|其他|其它|另外|别的|又一|某/.test(clause)) continue;
        if (!out.some((o) => o.start <= i && o.end >= i + word.length))
          out.push({ ...ref, start: i, end: i + word.length });
      }
    }
    for (const { alias, ref } of this.names.shortGroupNames()) {
      for (let i = t.indexOf(alias); i >= 0; i = t.indexOf(alias, i + 1)) {
        if (!out.some((o) => o.start <= i && o.end >= i + alias.length))
          out.push({ ...ref, start: i, end: i + alias.length });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

/**
 * A group named in passing: as what something is done through or with ("依托Y网络", "与Y网络签署"), not as the
 * subject or the object of the sentence's news.
 */
const PASSING_BEFORE = /(?:依托|借助|借力|对接|参照|融入|通过|与|同|跟|向)$/;

export function passing(s: Sentence, m: Mention): boolean {
  return PASSING_BEFORE.test(s.text.slice(0, m.start));
}
