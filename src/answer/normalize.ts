/**
 * Normalising a question before it is read: traditional characters → simplified, and entity names typed with a
 * slip repaired against the alias index. The reading is shown to the user ("按“无锡”理解").
 *
 * - Traditional → simplified with opencc-js (Taiwan phrases too: 積體電路 → 集成电路, 網路 → 网络), character by character, but a character the articles or the names
 *   themselves use is kept as typed (so a name such as 倪乾 is never "simplified" into something else).
 * - A name typed with a homophone (pinyin-input slip: 无息 → 无锡, 集成电录 → 集成电路) is repaired when its
 *   toneless pinyin equals one alias's exactly. Two-character names only before 高新区/网络/联盟, or as the
 *   question's subject before 在/参加/牵头… (short words collide with ordinary words otherwise). A slip that could be two different entities is not repaired.
 * - One mistyped character in a network's or an alliance's name of four characters or more (京津翼联盟 → 京津冀联盟).
 * - A name typed in pinyin letters, with or without spaces ("guangdianzi网络", "jicheng dianlu").
 * - "来着" at a clause's end ("几家来着"), a word asking to be reminded, is left out; "最早试点的" is the first batch
 *   of pilots ("首批试点的"); a verb split by 的 or 了 is the verb ("致的辞" → "致辞", "发了言" → "发言"); "网落"/"网洛"
 *   are 网络, and "是那天启动的？" asks 哪天.
 */
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { PROVINCES } from "../knowledge/extract/names.ts";
import { escaped, lexicon } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { inOrder } from "../knowledge/normalize.ts";
import { POINTING_INSIDE_NAME } from "./parse.ts";

export type Normalized = {
  text: string;
  /** Each repair made, for the answer's note: "按“无锡”理解（原文“无息”）". */
  repairs: { from: string; to: string }[];
  /** A slip that matches two entities equally: the bot asks which one was meant. */
  ambiguous?: { from: string; candidates: string[] };
};

/** A region said with "那边" ("长三角那边的成员"): knowledge/lexicon/names.yaml regions. */
const REGION_THERE = new RegExp(
  `(?<=${Object.keys(lexicon.regions)
    .filter((r) => r.length >= 2)
    .join("|")})(?:那边|这边|那块|一带)(?=的)`,
  "g",
);

/** A question word that names a body or a title ("秘书处", "牵头单位", "理事长"). */
const DOMAIN_NOUN = /^[^什么谁哪吗几多]+(?:处|单位|长|席)$/;

let toSimplified: ((s: string) => string) | undefined;
const CJK = /^[\u3400-\u9fff]+$/;

type AliasKeys = {
  chars: Set<string>;
  byKey: Map<string, Set<string>>;
  names: Map<string, string>;
  /** Names of three characters or more (a person's of two) by their toneless pinyin without spaces ("guangdianzi"). */
  byLetters: Map<string, Set<string>>;
  /**
   * Network and alliance names of four characters or more, by their first two characters (a slip is never looked
   * for there) and their length: a window one character off one of these is a slip.
   */
  byStart: Map<string, Map<number, { who: string; alias: string }[]>>;
  /** Network and alliance names of eight characters or more, with their entity, by their first two characters. */
  longGroupNames: Map<string, { who: string; name: string }[]>;
  /** Each key's first syllable and its length in syllables: most windows of a question are ruled out by these. */
  starts: Map<string, Set<number>>;
  /** The articles' Chinese text, marks removed: a window they write ("创新型县(市)") is no slip of a name. */
  written: string;
  /** Three characters each side of a 与, 和 or 及 the articles write ("新能源新材料" → "新能源与新材料"). */
  joined: Map<string, string>;
  /** The articles' characters by their toneless syllable ("chu" → 处, 出, 初 …). */
  bySyllable: Map<string, string[]>;
  /** English words the names, the glossary and the question fillers use ("network", "alliance", "members"). */
  english: Set<string>;
  /** A network's name said with 网 for 网络 ("生物制造网企业数"), longest first, and the name as written. */
  netShort?: RegExp;
};
/**
 * A name's toneless pinyin as keys: as pinyin-pro reads it in context, and with another reading of a character that
 * has several ("理事长单位" is read "li shi chang dan wei"; said, it is "zhang", and "理事涨单位" is a slip of it): eight
 * at most.
 */
function readingKeys(word: string): string[] {
  const base = pinyin(word, { toneType: "none", type: "array" });
  const keys = [base];
  for (let i = 0; i < base.length && keys.length < 8; i++) {
    const others = pinyin(word[i] as string, { toneType: "none", type: "array", multiple: true }).filter(
      (r) => r !== base[i],
    );
    for (const reading of others)
      for (const key of [...keys]) if (keys.length < 8) keys.push(key.map((x, j) => (j === i ? reading : x)));
  }
  return [...new Set(keys.map((key) => key.join(" ")))];
}

const keysByKnowledge = new WeakMap<Knowledge, AliasKeys>();

function aliasKeys(k: Knowledge): AliasKeys {
  let keys = keysByKnowledge.get(k);
  if (keys) return keys;
  const chars = new Set<string>();
  for (const a of k.articles.values()) for (const ch of a.body) chars.add(ch);
  const written = [...k.articles.values()].map((a) => a.body.replace(/[^\u3400-\u9fff]+/g, "")).join("\n");
  const byKey = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  /** Each name to be keyed by its readings, with what it stands for (`${who}\0${name}`). */
  const keyed: { name: string; entry: string }[] = [];
  for (const { alias, target } of k.aliases) {
    for (const ch of alias) chars.add(ch);
    if (!CJK.test(alias) || alias.length < 2 || alias.length > 12) continue;
    const who = target.type === "entity" ? `${target.ref.kind}:${target.ref.id}` : `ambiguous:${target.name.name}`;
    keyed.push({ name: alias, entry: `${who}\u0000${alias}` });
    names.set(alias, who);
  }
  // People the articles name with a title: a slip in a name ("何年出") is repaired like an entity's.
  // (A two-character name only as the question's subject: see the window loop.)
  for (const o of k.officials) {
    if (!CJK.test(o.name) || o.name.length < 2 || names.has(o.name)) continue;
    keyed.push({ name: o.name, entry: `person:${o.name}\u0000${o.name}` });
    names.set(o.name, `person:${o.name}`);
    for (const ch of o.name) chars.add(ch);
  }
  // The question words of three characters or more (秘书处, 牵头单位, 理事长单位): a homophone slip in one
  // ("秘书出") is repaired like a name's.
  // (…and the seats a group's members hold, "副理事长单位": "负理事长单位" is a slip of it.)
  const seats = lexicon.subBodies.filter((w) => /(?:单位|长|席)$/.test(w)).flatMap((w) => [w, w.replace(/单位$/, "")]);
  for (const word of new Set([...Object.values(lexicon.attributeCues).flat(), ...seats])) {
    // Nouns of the domain only (a title or a body): a phrase ("表示什么") would be read into ordinary words.
    if (!CJK.test(word) || word.length < 3 || names.has(word) || !DOMAIN_NOUN.test(word)) continue;
    keyed.push({ name: word, entry: `word:${word}\u0000${word}` });
    names.set(word, `word:${word}`);
  }
  // Each name under its reading in context, and under another reading of a character only where no other name is read
  // so in context ("信阳" read "shen yang" would take 沈阳's slips).
  const readings = keyed.map(({ name, entry }) => ({ entry, keys: readingKeys(name) }));
  const inContext = new Set(readings.map((r) => r.keys[0]));
  for (const { entry, keys } of readings) {
    for (const [i, key] of keys.entries()) {
      if (i > 0 && inContext.has(key)) continue;
      const set = byKey.get(key) ?? new Set<string>();
      byKey.set(key, set);
      set.add(entry);
    }
  }
  const byStart = new Map<string, Map<number, { who: string; alias: string }[]>>();
  for (const { alias, target } of k.aliases) {
    if (target.type !== "entity" || target.ref.kind === "zone" || !CJK.test(alias) || alias.length < 4) continue;
    const lengths = byStart.get(alias.slice(0, 2)) ?? new Map<number, { who: string; alias: string }[]>();
    byStart.set(alias.slice(0, 2), lengths);
    lengths.set(alias.length, [
      ...(lengths.get(alias.length) ?? []),
      { who: `${target.ref.kind}:${target.ref.id}`, alias },
    ]);
  }
  const byLetters = new Map<string, Set<string>>();
  for (const [key, set] of byKey) {
    // Two syllables spell too many words for a place or a field; a person's full name is still one ("Ni Qian").
    if (key.split(" ").length < (set.size > 0 && [...set].every((f) => f.startsWith("person:")) ? 2 : 3)) continue;
    const letters = key.replace(/ /g, "");
    byLetters.set(letters, new Set([...(byLetters.get(letters) ?? []), ...set]));
  }
  const longGroupNames = new Map<string, { who: string; name: string }[]>();
  for (const { alias, target } of k.aliases) {
    if (target.type !== "entity" || target.ref.kind === "zone" || !CJK.test(alias) || alias.length < 8) continue;
    const start = alias.slice(0, 2);
    longGroupNames.set(start, [
      ...(longGroupNames.get(start) ?? []),
      { who: `${target.ref.kind}:${target.ref.id}`, name: alias },
    ]);
  }
  const starts = new Map<string, Set<number>>();
  for (const key of byKey.keys()) {
    const syllables = key.split(" ");
    const lengths = starts.get(syllables[0] as string) ?? new Set<number>();
    lengths.add(syllables.length);
    starts.set(syllables[0] as string, lengths);
  }
  // (Read in each article as written, marks kept: two words of different clauses are never joined.)
  const joined = new Map<string, string>();
  for (const a of k.articles.values())
    for (const m of a.body.matchAll(/(?=([\u4e00-\u9fff]{3})([与和及])([\u4e00-\u9fff]{3}))/g))
      joined.set(`${m[1]}${m[3]}`, `${m[1]}${m[2]}${m[3]}`);
  const bySyllable = new Map<string, string[]>();
  for (const ch of chars) {
    if (!CJK.test(ch)) continue;
    const syllable = pinyin(ch, { toneType: "none" });
    bySyllable.set(syllable, [...(bySyllable.get(syllable) ?? []), ch]);
  }
  // (The English words a question may use: of the names' English aliases, the glossary and the fillers.)
  const english = new Set<string>([
    ...Object.keys(lexicon.glossary),
    ...Object.keys(lexicon.nameWords),
    ...lexicon.englishFiller,
  ]);
  for (const { alias } of k.aliases)
    if (/^[a-z0-9 .-]+$/.test(alias)) for (const w of alias.split(/[ .-]+/)) english.add(w);
  const shorts = [
    ...new Set(
      k.aliases
        .filter(
          (a) =>
            a.target.type === "entity" && a.target.ref.kind === "network" && /^[\u4e00-\u9fff]{3,}网络$/.test(a.alias),
        )
        .map((a) => a.alias.slice(0, -1)),
    ),
  ].sort((a, b) => b.length - a.length);
  // (Not a word of its own after 网: "智能网联", "物联网站".)
  const netShort =
    shorts.length > 0
      ? new RegExp(`(?:${shorts.map(escaped).join("|")})(?![络联站页格点关民红店购速])`, "g")
      : undefined;
  keys = {
    chars,
    byKey,
    names,
    byStart,
    byLetters,
    longGroupNames,
    starts,
    written,
    joined,
    bySyllable,
    english,
    ...(netShort ? { netShort } : {}),
  };
  keysByKnowledge.set(k, keys);
  return keys;
}

let charsOnly: ((s: string) => string) | undefined;

/**
 * Traditional → simplified, character by character (a character the articles use stays as typed), with Taiwan
 * phrases read as the mainland terms (積體電路 → 集成电路, 人工智慧 → 人工智能); a phrase read so is a repair the
 * answer reports, unlike a plain character conversion.
 */
function simplify(text: string, known: Set<string>): { text: string; phrases: { at: number; end: number }[] } {
  const phrases = toSimplified ?? OpenCC.Converter({ from: "twp", to: "cn" });
  const chars = charsOnly ?? OpenCC.Converter({ from: "tw", to: "cn" });
  toSimplified = phrases;
  charsOnly = chars;
  const byPhrase = phrases(text);
  if (byPhrase === text) return { text, phrases: [] }; // nothing traditional: no second conversion
  const byChar = chars(text);
  if (byPhrase.length !== text.length || byChar.length !== text.length) return { text, phrases: [] };
  let out = "";
  for (let i = 0; i < text.length; i++) out += known.has(text[i] as string) ? text[i] : byPhrase[i];
  // Runs where the phrase reading differs from the character one (and from what was typed) are reported.
  const found: { at: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (out[i] === byChar[i] || out[i] === text[i]) continue;
    let j = i;
    while (j < text.length && out[j] !== byChar[j]) j++;
    found.push({ at: i, end: j });
    i = j;
  }
  return { text: out, phrases: found };
}

const SUFFIX = /^(?:高新区|网络|联盟|示范区|园区)/;
/** What follows a person's name in a question about the person. */
const PERSON_NEXT = /^(?:是谁|是什么|是做|是干|是哪|的职务|的身份|说|表示|认为|讲)/;
/** What a zone does as a question's subject: "在…", "参加了…", "牵头…". */
const SUBJECT_VERB = /^(?:在|参加|加入|加的|加了|参与|牵头|属于|有没有|是不是|都在)/;

/** Characters a two-character name may follow: particles, conjunctions, measure words, verbs of asking. */
const WORD_BEFORE = /[的和与及跟同、在是了把被让从到向对为个家那这里中有说问请吗呢吧啊，,]/;

/** "从重庆还是四川的成员里出": two places, of which the question asks one. */
const EITHER_PROVINCE =
  /(?:会|将|要)?从([\u4e00-\u9fff]{2,3}?)(?:省|市)?还是([\u4e00-\u9fff]{2,3}?)(?:省|市)?的?(?:成员(?:单位)?|高新区)?(?:里|中|当中)(?:出|产生|选出?|挑)/g;

export function normalizeQuestion(question: string, k: Knowledge): Normalized {
  const keys = aliasKeys(k);
  const simplified = simplify(question, keys.chars);
  let text = simplified.text;
  // A phrase read as the mainland term is reported as the name it lands in (人工智慧网络 → 人工智能网络), else with
  // the characters around it.
  const repairs: Normalized["repairs"] = simplified.phrases.map(({ at, end }) => {
    const [from, to] = nameAround(text, at, end, keys) ?? [Math.max(0, at - 2), Math.min(text.length, end + 2)];
    return { from: question.slice(from, to), to: text.slice(from, to) };
  });
  // "淮河生态经济带那个高新区联盟": a pointing word inside a name is no part of it (nor of a slip in it).
  // ("几家来着", "谁牵头来着": a word asking to be reminded, at a clause's end, asks nothing more.)
  // ("最早试点的那五个网络": the first batch of pilots, said by when they began, not which began first.)
  // ("生物制造网企业数现在涨到多少了": 网 for 网络 after a network's name.)
  if (keys.netShort) text = text.replace(keys.netShort, (short) => `${short}络`);
  text = text
    .replace(POINTING_INSIDE_NAME, "")
    .replace(/来着(?=[？?！!。，,；;\s]|$)/g, "")
    .replace(/(?:最早|最先)(?=(?:试点|获批|批准)的)/g, "首批")
    // ("哪位领导致的辞", "谁发了言": a verb split by 的 or 了 is the verb.)
    .replace(/(致|发)[的了](辞|言)/g, "$1$2")
    // ("下一任会从重庆还是四川的成员里出": which province's members, asked as a choice of two.)
    .replace(EITHER_PROVINCE, (all, a: string, b: string) =>
      PROVINCES.includes(a) && PROVINCES.includes(b) ? "从哪个省的成员里产生" : all,
    )
    // ("长沙高新区进生物医药网络的申请": a zone going into a group is joining it.)
    .replace(
      /(?<=高新区|园区|示范区|^[\u4e00-\u9fff]{2,3})(?<![推引促先前改演跟增迈精])进(?=(?:了)?[\u4e00-\u9fff]{2,20}?(?:网络|联盟)(?:的申请|了没|了吗|没有|吗))/g,
      "加入",
    )
    // ("3月启动那会儿的情况": the time of the act, said as 时.)
    .replace(/(启动|成立|组建|创立|揭牌|加入)的?(?:那会儿|那会|那时候|那阵子|那时)/g, "$1时")
    // ("倪乾说了些什么", "都有些什么": 些 asks nothing more.)
    .replace(/([说讲谈做干搞有])了?些(什么|啥)/g, (all, verb: string, what: string) =>
      all.includes("了") ? `${verb}了${what}` : `${verb}${what}`,
    )
    // ("IC网落", "AI网洛": 网络 typed with a homophone, no word of its own.)
    // ("长三角那边的成员": the region's; "那边" points at nothing.)
    .replace(REGION_THERE, "")
    .replace(/网[落洛路]/g, "网络")
    // ("在哪些连盟里": 联盟 typed with a homophone.)
    .replace(/连盟/g, "联盟")
    // ("长江中游这个跨省联盟": a group pointed at after its name, with what kind it is; the name and the kind.)
    // (Not a pointer alone: "成都那个网络建设交流会" is the meeting in 成都; nor a kind of group asked for, "有哪些跨省联盟".)
    .replace(
      /(?<=[\u4e00-\u9fff]{2})(?<!哪些|哪个|什么|几个|这些|那些|所有|各个|各|有)(?:这个|那个|这一|这张|那张)?(?:跨省|跨区域|跨省份)(?=联盟|网络)/g,
      "",
    )
    // ("重庆进了AI网络没有？": a join asked yes or no, 没有 at its end for 吗.)
    .replace(/((?:进|加入|参加|入)了[^，,。？?]{2,14}?)没有(?=[？?。]*$)/, "$1吗")
    // ("代表新成员发言的湛江那位叫什么": a person pointed at, asked by name, is who it is.)
    .replace(
      /(那位|这位|那个人|那人|(?:发言|讲话|致辞|主持|表态|报告|介绍)的(?:人)?)叫(?:什么|啥)(?:名字)?(?=[？?]*$)/,
      "$1是谁",
    )
    // ("光电子网络秘书长？": a person's post asked alone is who holds it.)
    .replace(/(?<=^[\u4e00-\u9fffA-Za-z]{2,16}(?:网络|联盟)的?(?:副)?秘书长)[？?]*$/, "是谁？")
    // ("新型显示网络谁牵头、有哪些成员": the lead and the members asked, listed with 、, are two clauses, as with a comma.)
    // (Only a group's own facts so asked: "…按什么原则布局、目标建多少个" is one passage.)
    .replace(/(?<=(?:谁|哪家|哪个高新区)(?:牵头|负责))、(?=(?:有哪些|有几家|有多少家|都有谁|成员|秘书处))/g, "，")
    // ("长沙高新区是哪个月加入医疗器械网络的": when it joined.)
    .replace(/(?:哪个月|哪一个月|几月份?|哪一年|哪年)(?=(?:才|就)?(?:加入|入网|入盟))/g, "什么时候")
    // ("轮值主席咋轮换的": 咋 is 怎么 said colloquially.)
    .replace(/咋(?=[\u4e00-\u9fff])/g, "怎么")
    // ("是那天启动的？？": 哪天 typed as 那天, asked.)
    .replace(/是那天(?=(?:启动|成立|召开|举行|举办|签约|发布)的?[？?])/g, "是哪天")
    // ("中关村牵头滴人工智能网络", "东湖牵头那个光电子网络": 的 said colloquially, or as a pointer, after who led it.)
    .replace(/(牵头|发起|组建|成立)(?:滴|那个|这个)(?=[\u4e00-\u9fffA-Za-z]{2,}?(?:网络|联盟))/g, "$1的");
  const syllables = pinyin(text, { toneType: "none", type: "array" });
  // Homophones are looked for only where each character has its syllable (not in a question with letters).
  const aligned = syllables.length === text.length;
  // Longest windows first; a repaired span is not looked at again.
  const taken: boolean[] = new Array(text.length).fill(false);
  let ambiguous: Normalized["ambiguous"];
  const edits: { at: number; len: number; to: string }[] = [];
  for (let len = aligned ? Math.min(12, text.length) : 0; len >= 2; len--) {
    for (let at = 0; at + len <= text.length; at++) {
      if (!keys.starts.get(syllables[at] as string)?.has(len)) continue;
      const window = text.slice(at, at + len);
      if (!CJK.test(window) || keys.names.has(window)) continue;
      if (taken.slice(at, at + len).some(Boolean)) continue;
      const found = keys.byKey.get(syllables.slice(at, at + len).join(" "));
      if (!found) continue;
      // ("江苏获批国家创新型县（市）…": 新型县市 sounds like 新型显示, but the articles write it.)
      if (len >= 3 && keys.written.includes(window)) continue;
      // ("福州高新区" sounds like 抚州高新区, but 福州 is a city of its own: another zone, not a slip.)
      if (lexicon.cities[window.replace(/(?:国家)?(?:高新区|高新技术产业开发区)$/, "")]) continue;
      // A two-character name without its suffix only as the question's subject ("<homophone>在/参加/牵头…"), or a
      // person's name before what is asked of a person ("倪倩是什么职务").
      const person = [...found].every((f) => f.startsWith("person:")) && PERSON_NEXT.test(text.slice(at + len));
      if (
        len === 2 &&
        !SUFFIX.test(text.slice(at + len)) &&
        !(at === 0 && SUBJECT_VERB.test(text.slice(len))) &&
        !person
      )
        continue;
      // A window inside a name the question spells correctly is not a slip; a two-character one must start a word
      // ("网络和联盟" holds 络和, which ends one word and is another's first character, not 漯河).
      if (isInsideKnownName(text, at, len, keys)) continue;
      if (len === 2 && at > 0 && CJK.test(text[at - 1] as string) && !WORD_BEFORE.test(text[at - 1] as string))
        continue;
      const entities = new Set([...found].map((f) => f.split("\u0000")[0]));
      const alias = ([...found][0] as string).split("\u0000")[1] as string;
      if (entities.size > 1) {
        ambiguous ??= { from: window, candidates: [...found].map((f) => f.split("\u0000")[1] as string) };
        continue;
      }
      edits.push({ at, len, to: alias });
      for (let i = at; i < at + len; i++) taken[i] = true;
    }
  }
  // One mistyped character in a network's or an alliance's name ("京津翼联盟", "人工智慧网络"): four characters at
  // least, and never a zone's name (zone names one character apart are often two real zones).
  // The first two characters (a region's or a field's own, 珠三角 ≠ 长三角, 黄河 ≠ 淮河) must be typed right, or
  // with a character that looks like the right one (准河 → 淮河: knowledge/lexicon/names.yaml lookAlikes).
  const starts = Array.from(text, (_, at) => startsLike(text.slice(at, at + 2)));
  for (let len = Math.min(24, text.length); len >= 4; len--) {
    for (let at = 0; at + len <= text.length; at++) {
      const like = starts[at] ?? [];
      const candidates =
        like.length === 1
          ? keys.byStart.get(like[0] as string)?.get(len)
          : like.flatMap((start) => keys.byStart.get(start)?.get(len) ?? []);
      if (!candidates?.length) continue;
      const window = text.slice(at, at + len);
      if (!CJK.test(window) || keys.names.has(window) || taken.slice(at, at + len).some(Boolean)) continue;
      // ("“低空物联与智能网联”场景对接会": a word the articles write is no slip of a name, 智能网络.)
      if (keys.written.includes(window)) continue;
      // The names this window is one character off.
      const found = new Set<string>();
      for (const c of candidates) if (oneOff(window, c.alias)) found.add(`${c.who}\u0000${c.alias}`);
      if (found.size === 0 || isInsideKnownName(text, at, len, keys)) continue;
      const entities = new Set([...found].map((f) => f.split("\u0000")[0]));
      if (entities.size > 1) {
        ambiguous ??= { from: window, candidates: [...new Set([...found].map((f) => f.split("\u0000")[1] as string))] };
        continue;
      }
      edits.push({ at, len, to: ([...found][0] as string).split("\u0000")[1] as string });
      for (let i = at; i < at + len; i++) taken[i] = true;
    }
  }
  for (const e of fieldSlips(text, taken, keys)) edits.push(e);
  // A long name said with words left out ("淮河生态经济带高新区战略联盟"): its characters in order in one group's
  // name, which it starts and ends as that name does, and at least half of it.
  for (const m of text.matchAll(/[\u4e00-\u9fff]{4,30}?(?:联盟|网络)/g)) {
    const stop = (m.index ?? 0) + m[0].length;
    for (let at = m.index ?? 0; at + 6 <= stop; at++) {
      const span = text.slice(at, stop);
      if (keys.names.has(span) || taken.slice(at, stop).some(Boolean)) break;
      const hits = (keys.longGroupNames.get(span.slice(0, 2)) ?? []).filter(
        (g) =>
          g.name.length > span.length &&
          span.length * 2 >= g.name.length &&
          g.name.startsWith(span.slice(0, 2)) &&
          g.name.endsWith(span.slice(-2)) &&
          inOrder(span, g.name),
      );
      const entities = new Set(hits.map((h) => h.who));
      if (entities.size > 1) break;
      const hit = hits[0];
      if (!hit) continue;
      edits.push({ at, len: span.length, to: hit.name });
      for (let i = at; i < stop; i++) taken[i] = true;
      break;
    }
  }
  // A two-character word of the domain typed with a homophone ("仁期几年", "在张江起动的", "几家成圆"): the word, where no
  // article writes what was typed (首战 is a word of its own, but not of these articles).
  for (const word of lexicon.slipWords) {
    const sound = pinyin(word, { toneType: "none", type: "array" }).join(" ");
    for (let at = 0; at + 2 <= text.length; at++) {
      const pair = text.slice(at, at + 2);
      if (pair === word || !CJK.test(pair) || taken[at] || taken[at + 1] || keys.written.includes(pair)) continue;
      if (!aligned || `${syllables[at]} ${syllables[at + 1]}` !== sound) continue;
      // (Nor a name: a city, a place before a name's suffix, "启东高新区", or a part of a name the question spells, a
      // person's "程远".)
      if (lexicon.cities[pair] || keys.names.has(pair) || isInsideKnownName(text, at, 2, keys)) continue;
      if (SUFFIX.test(text.slice(at + 2)) || /^[市县区省]/.test(text.slice(at + 2))) continue;
      // (Nor a pair across two words, its second character the first of a word the articles write: "机器人企业" holds
      // 人企, which sounds as 任期 does.)
      const next = text[at + 2] ?? "";
      if (
        CJK.test(next) &&
        !/[的了吗呢吧啊是在和与及都也还就]/.test(next) &&
        keys.written.includes(`${pair[1]}${next}`)
      )
        continue;
      edits.push({ at, len: 2, to: word });
      taken[at] = taken[at + 1] = true;
    }
  }
  // One syllable of a name or a question word typed in letters ("淮河连盟 mi书处在哪儿", "秘shu处"): the word, when
  // the letters and the characters around them spell exactly one such word (its characters all there but that one).
  const spelled = (chars: string) => (chars ? pinyin(chars, { toneType: "none", type: "array" }) : []);
  for (const m of text.matchAll(/[a-z]{1,6}/gi)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    let done = false;
    for (let before = 0; before <= 4 && !done; before++) {
      for (let after = Math.max(0, 2 - before); before + after <= 5 && !done; after++) {
        const from = at - before;
        const to = end + after;
        if (from < 0 || to > text.length || taken.slice(from, to).some(Boolean)) continue;
        const head = text.slice(from, at);
        const tail = text.slice(end, to);
        if (!/^[\u4e00-\u9fff]*$/.test(head + tail)) continue;
        const found = keys.byKey.get([...spelled(head), m[0].toLowerCase(), ...spelled(tail)].join(" "));
        if (!found) continue;
        const entities = new Set([...found].map((f) => f.split("\u0000")[0]));
        const alias = ([...found][0] as string).split("\u0000")[1] as string;
        if (entities.size !== 1 || !alias.startsWith(head) || !alias.endsWith(tail)) continue;
        edits.push({ at: from, len: to - from, to: alias });
        for (let i = from; i < to; i++) taken[i] = true;
        done = true;
      }
    }
  }
  // A name typed in pinyin letters ("guangdianzi网络"): the letters spell one name's toneless pinyin exactly; a
  // person's name may also be a part of them ("What is Ma Wentao's post"), the longest such part first. (A group or
  // a zone is not taken out of a sentence typed all in pinyin, which retrieval reads whole.)
  for (const m of text.matchAll(/[a-z]{2,}(?: +[a-z]{2,})*/gi)) {
    const words = [...m[0].matchAll(/[a-z]+/gi)].slice(0, 16);
    for (let n = words.length; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const first = words[i] as RegExpExecArray;
        const last = words[i + n - 1] as RegExpExecArray;
        const at = (m.index ?? 0) + first.index;
        const len = last.index + last[0].length - first.index;
        const letters = words
          .slice(i, i + n)
          .map((w) => w[0].toLowerCase())
          .join("");
        if (letters.length < 5 || taken.slice(at, at + len).some(Boolean)) continue;
        const found = keys.byLetters.get(letters);
        if (!found) continue;
        const entities = new Set([...found].map((f) => f.split("\u0000")[0]));
        if (entities.size !== 1 || (n < words.length && ![...entities][0]?.startsWith("person:"))) continue;
        edits.push({ at, len, to: ([...found][0] as string).split("\u0000")[1] as string });
        for (let j = at; j < at + len; j++) taken[j] = true;
      }
    }
  }
  // "新能源新材料专委会": two terms the articles join with 与 (和, 及), typed without it ("新能源与新材料").
  for (const m of text.matchAll(/[\u4e00-\u9fff]{6,}/g)) {
    const run = m[0];
    for (let i = 3; i + 3 <= run.length; i++) {
      const at = (m.index ?? 0) + i;
      if (taken.slice(at - 3, at + 3).some(Boolean)) continue;
      // (Not a pair the articles also write together: looked for only when a joined one is found.)
      const to = keys.joined.get(run.slice(i - 3, i + 3));
      if (!to || keys.written.includes(run.slice(i - 3, i + 3))) continue;
      edits.push({ at: at - 3, len: 6, to });
      for (let j = at - 3; j < at + 3; j++) taken[j] = true;
    }
  }
  // "淮河联盟的秘书chu": one syllable typed in letters after two characters, the one character the articles write
  // after those two with that sound ("秘书处").
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})([a-z]{1,6})(?![a-z])/gi)) {
    const at = (m.index ?? 0) + 2;
    const typed = (m[2] ?? "").toLowerCase();
    if (taken.slice(at, at + typed.length).some(Boolean)) continue;
    const fits = (keys.bySyllable.get(typed) ?? []).filter((ch) => keys.written.includes(`${m[1]}${ch}`));
    if (fits.length !== 1) continue;
    edits.push({ at, len: typed.length, to: fits[0] as string });
    for (let j = at; j < at + typed.length; j++) taken[j] = true;
  }
  // "AI netwrok": an English word of five letters or more one slip (a letter changed, added, dropped or two swapped)
  // from exactly one word the names or the glossary use; a word they use, or a pinyin name, is never changed.
  for (const m of text.matchAll(/(?<![a-z])[a-z]{5,}(?![a-z])/gi)) {
    const at = m.index ?? 0;
    const typed = m[0].toLowerCase();
    if (isEnglishWord(typed, keys.english) || taken.slice(at, at + typed.length).some(Boolean)) continue;
    // ("Hubei" is one letter from "hebei", but pinyin: a place, never a slip.)
    if (inSyllables(typed, keys.bySyllable)) continue;
    const near = [...keys.english].filter((w) => w.length >= 5 && oneSlip(typed, w));
    if (near.length !== 1) continue;
    edits.push({ at, len: typed.length, to: near[0] as string });
  }
  for (const e of edits.sort((a, b) => b.at - a.at)) {
    repairs.unshift({ from: text.slice(e.at, e.at + e.len), to: e.to });
    text = text.slice(0, e.at) + e.to + text.slice(e.at + e.len);
  }
  return ambiguous && repairs.length === 0 ? { text, repairs, ambiguous } : { text, repairs };
}

/** Each character of the look-alike groups → the characters it looks like. */
const LOOK_ALIKE = new Map<string, string[]>(
  lexicon.lookAlikes.flatMap((group) => [...group].map((ch) => [ch, [...group].filter((x) => x !== ch)] as const)),
);

/** Two characters as typed, and with either one replaced by a character that looks like it. */
function startsLike(start: string): string[] {
  const out = [start];
  for (let i = 0; i < start.length; i++) {
    for (const other of LOOK_ALIKE.get(start[i] as string) ?? [])
      out.push(start.slice(0, i) + other + start.slice(i + 1));
  }
  return out;
}

/** A network's field, then a pointer and the kind word: "医疗器戒那个新的协同创新网络". */
const FIELD_BEFORE_POINTER =
  /[\u4e00-\u9fff]{4,10}?(?=(?:(?:那个|这个|那|这)(?:新成立的|新组建的|最新的|新的)?|新成立的|新组建的|最新的|新的)(?:产业)?(?:协同创新|协同)?网络)/g;

/**
 * A network's field mistyped before a pointer ("医疗器戒那个新的协同创新网络"): the field (its last four characters or
 * more) with 网络 is one character off exactly one network's name, its first two characters typed right or alike.
 */
function fieldSlips(text: string, taken: boolean[], keys: AliasKeys): { at: number; len: number; to: string }[] {
  const out: { at: number; len: number; to: string }[] = [];
  for (const m of text.matchAll(FIELD_BEFORE_POINTER)) {
    const end = (m.index ?? 0) + m[0].length;
    for (let at = m.index ?? 0; end - at >= 4; at++) {
      const field = text.slice(at, end);
      if (taken.slice(at, end).some(Boolean) || keys.names.has(`${field}网络`)) break;
      const hits = startsLike(field.slice(0, 2))
        .flatMap((start) => keys.byStart.get(start)?.get(field.length + 2) ?? [])
        .filter((c) => c.alias.endsWith("网络") && oneOff(`${field}网络`, c.alias));
      if (new Set(hits.map((h) => h.who)).size !== 1) continue;
      out.push({ at, len: field.length, to: (hits[0] as { alias: string }).alias.slice(0, -2) });
      break;
    }
  }
  return out;
}

/** The longest known name of the text that covers [at, end), as [start, stop). */
function nameAround(text: string, at: number, end: number, keys: AliasKeys): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (let start = Math.max(0, at - 8); start <= at; start++) {
    for (let stop = end; stop <= Math.min(text.length, end + 8); stop++) {
      if (keys.names.has(text.slice(start, stop)) && (!best || stop - start > best[1] - best[0])) best = [start, stop];
    }
  }
  return best;
}

function isInsideKnownName(text: string, at: number, len: number, keys: AliasKeys): boolean {
  for (let start = Math.max(0, at - 6); start <= at; start++) {
    for (let end = at + len; end <= Math.min(text.length, at + len + 6); end++) {
      if (end - start > len && keys.names.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

/** The letters split into toneless syllables the articles' characters have ("hubei" = hu bei). */
const COMMON_ENGLISH = new Set(lexicon.englishWords);

/** A word as typed that is one (a name's, the glossary's, a common one), or one of them with -s, -es, -ed, -ing, -ly. */
function isEnglishWord(typed: string, used: Set<string>): boolean {
  const known = (w: string) => used.has(w) || COMMON_ENGLISH.has(w);
  if (known(typed)) return true;
  const stem = /^(.{4,}?)(?:es|s|ed|d|ing|ly)$/.exec(typed)?.[1];
  return stem !== undefined && (known(stem) || known(`${stem}e`));
}

function inSyllables(letters: string, syllables: Map<string, string[]>): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= letters.length; end++)
    ok[end] = [1, 2, 3, 4, 5, 6].some(
      (n) => end >= n && ok[end - n] === true && syllables.has(letters.slice(end - n, end)),
    );
  return ok[letters.length] === true;
}

/** One slip apart: a letter changed, added or dropped, or two neighbours swapped (never the same word). */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Two texts of one length that differ in exactly one character (a name's slip: no swap, unlike oneSlip). */
function oneOff(a: string, b: string): boolean {
  let differ = 0;
  for (let i = 0; i < a.length && differ < 2; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}
