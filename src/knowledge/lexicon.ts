/**
 * The lexicon: the word lists the question reader and the search use (stop words, English glossary, domain
 * thesaurus, pinyin names, cue words), kept as data in knowledge/lexicon/*.yaml rather than as constants in code.
 *
 * Every file holds one or more named lists (schema below); a list may be continued in another file of the folder
 * (files are read in name order, entries appended), so a new knowledge pack extends a list by adding a file. The
 * lists are parsed and validated once, when this module loads: a malformed entry, an empty word or a word listed
 * twice stops the program with a KnowledgeError naming the file and the list. Node reads the folder
 * (./lexicon-files.ts); the Worker bundles the same files (scripts/build-worker.ts), both through the package import
 * "#lexicon-files".
 */
import YAML from "yaml";
import { z } from "zod";
import { lexiconSources } from "#lexicon-files";
import { KnowledgeError } from "./errors.ts";

/** One lexicon file as read: its path (for messages) and its text. */
export type LexiconSource = { file: string; text: string };

/** A word or phrase: not empty, no line break, no leading space ("is " keeps its trailing space on purpose). */
const word = z.string().regex(/^\S[^\n]*$/, "a word must be non-empty, start with a character and hold no line break");
const words = z.array(word).min(1);
/** Chinese words separated by single spaces ("成立 启动"). */
const targets = z.string().regex(/^\S+(?: \S+)*$/, "the words must be non-empty, separated by single spaces");

const attributeCues = z
  .object({
    leadPerson: words,
    secretariat: words,
    lead: words,
    venue: words,
    date: words,
    members: words,
    count: words,
    results: words,
  })
  .partial()
  .strict();
const readerCues = z
  .object({
    leadWord: words,
    secretariat: words,
    councilSeat: words,
    founded: words,
    howManySince: words,
    changedOther: words,
    compareMore: words,
    every: words,
    alsoIn: words,
    newcomers: words,
    commonMembers: words,
    difference: words,
    whichZones: words,
    whichGroups: words,
    least: words,
    latest: words,
    alliances: words,
    pilotScope: words,
  })
  .partial()
  .strict();
const factCues = z
  .object({
    sameDay: words,
    sameYear: words,
    sameMonth: words,
    union: words,
    articleMeta: words,
    articleWord: words,
    brief: words,
    briefFiller: words,
  })
  .partial()
  .strict();

/** One lexicon file: any of the named lists (an unknown name is an error, so a typo cannot go unused). */
export const lexiconFileSchema = z
  .object({
    stopwords: words,
    englishFiller: words,
    /** Common English words of five letters or more: typed, they are words, never a slip of another word. */
    englishWords: words,
    /** An English word (lower case, looked up whole) → the Chinese words the articles use for it. */
    glossary: z.record(z.string().regex(/^[a-z]+$/, "a glossary key is one lower-case English word"), targets),
    /** A question word → more words the articles use for the same thing. */
    thesaurus: z.record(word, targets),
    /** "feng li" → 冯立. */
    pinyinNames: z.record(
      z.string().regex(/^[a-z]+(?: [a-z]+)+$/, "a pinyin name is lower-case syllables separated by spaces"),
      z.string().regex(/^[\u4e00-\u9fff]{2,4}$/, "a Chinese name is 2 to 4 characters"),
    ),
    /** The words an official's title ends in (主任, 书记, 县长 …). */
    titles: words,
    /** Common one-character family names: a name asked of that the articles never write is no one they quote. */
    surnames: words,
    /** How a question says someone spoke (讲话, 发言, 致辞, 表态, 发声 …), in every written form. */
    speechActs: words,
    /** How an article says a group's founders met, as where it was founded ("在V“牵手”", "在V齐聚"). */
    metWords: words,
    details: words,
    /** A detail word → the other words the articles write for it (营收 → 营业收入): a passage stating one answers it. */
    detailForms: z.record(word, targets),
    /** Bodies inside a group (专委会, 工作组 …): their lead or members are not the group's, so passages answer. */
    subBodies: words,
    /** An industry a zone's full name carries after its city (泰州医药高新区, 包头稀土高新区): the city's zone. */
    zoneSpecialties: words,
    /** What a member that left may still be ("以观察员身份继续参加"): said with the leaving when an article says it. */
    statusAfterLeaving: words,
    /** The measured things a figure's label may name (营业收入, 企业, 创新药 …): a label naming none is no figure. */
    figureHeads: words,
    /** …and those it names only at its end ("联盟专业委员会", not "工作组成员单位"). */
    figureEndHeads: words,
    /** What an interviewer asks about ("打算", "进展"): a question that asks it again is answered by the reply after
     *  the interviewer's line (src/retrieval/section-asked.ts). */
    interviewAsks: words,
    /** Two-character words of the domain a pinyin slip of which is repaired ("仁期" → 任期) where the articles never
     *  write the slip. */
    slipWords: words,
    /** Characters that look alike (形近字), one group per entry: a slip between them is repaired in a name's start. */
    lookAlikes: words,
    /**
     * An English word of a network's or an alliance's name → the Chinese it stands for there ("ocean" → 海洋,
     * "yellow" → 黄): a learned group asked in English ("the ocean equipment network") is found by its name.
     */
    nameWords: z.record(z.string().regex(/^[a-z]+$/, "a name word is one lower-case English word"), targets),
    /** An English name of an occasion ("annual meeting") → the Chinese word the articles use for it (年会). */
    englishOccasions: z.record(
      z.string().regex(/^[a-z]+(?: [a-z]+)*$/, "an occasion is lower-case English words separated by spaces"),
      word,
    ),
    /** A colloquial word of a question ("退群") → the word the articles use for it (退出). */
    colloquial: z.record(word, word),
    /** A kind word typed in pinyin beside Chinese characters ("mishu处") → the word (秘书). */
    pinyinWords: z.record(z.string().regex(/^[a-z]+$/), word),
    /** A post asked in English ("rotating chair") → the words the articles use for it (轮值主席). */
    englishSeats: z.record(
      z.string().regex(/^[a-z]+(?:[ -][a-z]+)*$/, "a post is lower-case English words separated by spaces"),
      word,
    ),
    /**
     * A city's short name → its province's (孝感 → 湖北): gazetteer data for a zone learned from an article that does
     * not say its province, as the curated zones carry theirs (data for reading and filtering, never cited).
     */
    cities: z.record(word, word),
    /** A river's short name as people say its basin (黄河 → 沿黄): "沿黄联盟" is the 黄河流域 alliance. */
    basinNames: z.record(word, word),
    /** An industry's short form people name a network by (医疗器械 → 医械): "医械网络" is the 高端医疗器械 network. */
    fieldShortForms: z.record(word, word),
    /** A region's short name → other names people call it by, space-separated (成渝 → 川渝): "川渝联盟". */
    regionNames: z.record(word, targets),
    /** A part of the country → its provinces, space-separated (东北 → 辽宁 吉林 黑龙江): "东北地区的成员". */
    regions: z.record(word, targets),
    /** A province's one-character short name → the province (湘 → 湖南): "湘鄂赣联盟" names an alliance of three. */
    provinceShort: z.record(z.string().regex(/^[\u4e00-\u9fff]$/, "a province's short name is one character"), word),
    attributeCues,
    openCues: words,
    intersection: words,
    difference: words,
    most: words,
    least: words,
    earliest: words,
    latest: words,
    membershipCheck: words,
    networkWords: words,
    allianceWords: words,
    reverse: words,
    englishNotName: words,
    genericNames: words,
    cues: readerCues,
    factCues,
  })
  .partial()
  .strict();

type LexiconFile = z.infer<typeof lexiconFileSchema>;
/** Named word lists (attributeCues, cues, factCues), every name present. */
type Groups<T> = { [K in keyof T]-?: string[] };
/** Every list, merged over the files (a list no file names is empty). */
export type Lexicon = {
  [K in keyof LexiconFile]-?: NonNullable<LexiconFile[K]> extends string[]
    ? string[]
    : NonNullable<LexiconFile[K]> extends Record<string, string>
      ? Record<string, string>
      : Groups<NonNullable<LexiconFile[K]>>;
};

function emptyLexicon(): Lexicon {
  const lists = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, [] as string[]]));
  return {
    stopwords: [],
    englishFiller: [],
    englishWords: [],
    glossary: {},
    thesaurus: {},
    pinyinNames: {},
    titles: [],
    surnames: [],
    speechActs: [],
    metWords: [],
    details: [],
    detailForms: {},
    subBodies: [],
    zoneSpecialties: [],
    statusAfterLeaving: [],
    figureHeads: [],
    figureEndHeads: [],
    interviewAsks: [],
    slipWords: [],
    lookAlikes: [],
    nameWords: {},
    englishOccasions: {},
    englishSeats: {},
    colloquial: {},
    pinyinWords: {},
    cities: {},
    basinNames: {},
    fieldShortForms: {},
    regionNames: {},
    provinceShort: {},
    regions: {},
    attributeCues: lists(attributeCues.keyof().options) as Lexicon["attributeCues"],
    openCues: [],
    intersection: [],
    difference: [],
    most: [],
    least: [],
    earliest: [],
    latest: [],
    membershipCheck: [],
    networkWords: [],
    allianceWords: [],
    reverse: [],
    englishNotName: [],
    genericNames: [],
    cues: lists(readerCues.keyof().options) as Lexicon["cues"],
    factCues: lists(factCues.keyof().options) as Lexicon["factCues"],
  };
}

/** Parses, validates and merges lexicon files (in the order given). Throws KnowledgeError on the first problem. */
export function parseLexicon(sources: readonly LexiconSource[]): Lexicon {
  const lexicon = emptyLexicon();
  // Where each entry was first listed, per list: a second listing (same file or another) is an error.
  const seen = new Map<string, Map<string, string>>();
  const add = (file: string, list: string, entry: string) => {
    const entries = seen.get(list) ?? new Map<string, string>();
    seen.set(list, entries);
    const first = entries.get(entry);
    if (first !== undefined) {
      const where = first === file ? "" : ` (first in ${first})`;
      throw new KnowledgeError("E_KNOWLEDGE_INVALID", `${file}: ${list}: "${entry}" is listed twice${where}`);
    }
    entries.set(entry, file);
  };
  const appendWords = (file: string, list: string, into: string[], from: readonly string[]) => {
    for (const w of from) {
      add(file, list, w);
      into.push(w);
    }
  };
  const mergeMap = (file: string, list: string, into: Record<string, string>, from: Record<string, string>) => {
    for (const [key, value] of Object.entries(from)) {
      add(file, list, key);
      into[key] = value;
    }
  };
  const lists = lexicon as unknown as Record<string, unknown>;
  for (const { file, text } of sources) {
    let raw: unknown;
    try {
      // Duplicate keys in one mapping are a YAML error (uniqueKeys).
      raw = YAML.parse(text) ?? {};
    } catch (err) {
      throw new KnowledgeError("E_KNOWLEDGE_SCHEMA", `${file}: not valid YAML: ${(err as Error).message}`);
    }
    const parsed = lexiconFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
      throw new KnowledgeError("E_KNOWLEDGE_SCHEMA", `${file}: ${issues}`);
    }
    for (const [name, value] of Object.entries(parsed.data as Record<string, unknown>)) {
      if (Array.isArray(value)) appendWords(file, name, lists[name] as string[], value);
      else if (
        name === "glossary" ||
        name === "thesaurus" ||
        name === "pinyinNames" ||
        name === "detailForms" ||
        name === "nameWords" ||
        name === "englishOccasions" ||
        name === "englishSeats" ||
        name === "colloquial" ||
        name === "pinyinWords" ||
        name === "cities" ||
        name === "basinNames" ||
        name === "fieldShortForms" ||
        name === "regionNames" ||
        name === "regions" ||
        name === "provinceShort"
      ) {
        mergeMap(file, name, lists[name] as Record<string, string>, value as Record<string, string>);
      } else {
        const groups = lists[name] as Record<string, string[]>;
        for (const [group, entries] of Object.entries(value as Record<string, string[]>)) {
          appendWords(file, `${name}.${group}`, groups[group] as string[], entries);
        }
      }
    }
  }
  return lexicon;
}

/** A list of plain words as one alternation, in the list's order (words are literal, never patterns). */
/** The occasion a text names as the question words it: "年会" is also written "年度大会"/"年度会议"/"年度工作会议". */
// ("周年会议" and "2026年会议" hold the characters 年会 and are no 年会.)
export function namesOccasion(text: string, occasion: string): boolean {
  if (occasion === "年会") return /(?<!周)年会(?!议)|年度(?:大会|会议|工作会议)/.test(text);
  return text.includes(occasion);
}

/** The lexicon's gathering words as a regular-expression source, each maybe in quotes ("“牵手”"). */
export function metWordsSource(): string {
  return `[“"]?(?:${lexicon.metWords.map(escaped).join("|")})[”"]?`;
}

export function alternation(list: readonly string[]): RegExp {
  return new RegExp(list.map(escaped).join("|"));
}

/** A word as a regular expression that matches it literally. */
export function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The lexicon of knowledge/lexicon/, parsed and validated once. */
export const lexicon: Lexicon = parseLexicon(lexiconSources);
