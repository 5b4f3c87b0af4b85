/**
 * A network or an alliance asked by an English name no alias holds ("the ocean equipment network", "the Yellow
 * River basin alliance"): each word of the name stands for Chinese (knowledge/lexicon/names.yaml `nameWords`, then
 * the glossary), and the one group whose name holds those words in that order is meant. The question is read with
 * its Chinese name, and says so. Words that name no field (national, industry, innovation …) are left out.
 */
import { entityNames } from "../knowledge/entity-names.ts";
import { lexicon } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { inOrder, normalize } from "../knowledge/normalize.ts";

const PHRASE = /\b((?:[a-z]+[ -]){1,8})(network|alliance)\b/g;
/** Words of a group's English name that say what kind of group it is, not which. */
const GENERIC = new Set([
  "national",
  "high",
  "tech",
  "zone",
  "zones",
  "industry",
  "industrial",
  "collaboration",
  "collaborative",
  "innovation",
  "cooperation",
  "coordinated",
  "pilot",
  "s",
]);
const MAX_CANDIDATES = 256;

export function englishGroupRead(k: Knowledge, question: string, again = true): { text: string; note: string } | null {
  const lower = question.toLowerCase();
  if (!/[a-z]{3}/.test(lower)) return null;
  // (A group named in Chinese in brackets, and another in English words: "both the Yellow River high-tech zone alliance
  // and the nano new materials (纳米新材料) network" — the other is read too, once.)
  const bracketed = chineseNamed(k, question, lower);
  if (bracketed) {
    const other = again ? englishGroupRead(k, bracketed.text, false) : null;
    return other ? { text: other.text, note: `${bracketed.note}；${other.note}` } : bracketed;
  }
  const filler = new Set(lexicon.englishFiller);
  for (const m of lower.matchAll(PHRASE)) {
    const phrase = m[0];
    if (index(k).aliases.has(normalize(phrase))) continue;
    // The name is the words right before "network" that each mean something ("…summary of the | optical lens").
    const meaning = (w: string) => (filler.has(w) ? undefined : (lexicon.nameWords[w] ?? lexicon.glossary[w]));
    const all = [...(m[1] ?? "").matchAll(/[a-z]+/g)].filter((w) => !GENERIC.has(w[0]));
    let from = all.length;
    while (from > 0 && meaning(all[from - 1]?.[0] as string)) from--;
    // A word before the name may mean something and still not be part of it ("the new biomedicine network"):
    // the longest run of words that names one group is the name.
    let group: ReturnType<typeof groupNamed>;
    let words = all.slice(from);
    while (words.length > 0) {
      const meanings = words.map((w) => (meaning(w[0]) as string).split(" "));
      group = groupNamed(k, candidates(meanings as string[][]), m[2] === "alliance" ? "alliance" : "network");
      if (group) break;
      words = words.slice(1);
    }
    if (!group) continue;
    // (From the name's first word to the end of "network".)
    const at = (m.index ?? 0) + (words[0]?.index ?? 0);
    const end = (m.index ?? 0) + phrase.length;
    return {
      text: `${question.slice(0, at)}${group.name}${question.slice(end)}`,
      note: `按“${group.name}”理解（原文“${question.slice(at, end)}”）`,
    };
  }
  return namedApart(k, question, lower, filler);
}

/** Two words or more, each meaning something, in a row ("low-altitude economy"). */
const RUN = /\b[a-z]+(?:[ -][a-z]+)+\b/g;

/**
 * "the low-altitude economy output of the network's member zones": the group named by a run of words away from the
 * word "network" (or "alliance", whichever the question says alone), when the run names one group of that kind.
 */
function namedApart(k: Knowledge, question: string, lower: string, filler: Set<string>) {
  const network = /\bnetworks?\b/.test(lower);
  if (network === /\balliances?\b/.test(lower)) return null;
  const meaning = (w: string) =>
    filler.has(w) || GENERIC.has(w) ? undefined : (lexicon.nameWords[w] ?? lexicon.glossary[w]);
  for (const m of lower.matchAll(RUN)) {
    // (Each stretch of meaningful words in the run, and its parts of two words or more, longest first: "low altitude
    // economy output" is read as "low altitude economy".)
    const words = [...m[0].matchAll(/[a-z]+/g)];
    const runs: RegExpMatchArray[][] = [];
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 2; to <= words.length && meaning(words[to - 1]?.[0] as string); to++)
        if (meaning(words[from]?.[0] as string)) runs.push(words.slice(from, to));
    }
    for (const run of runs.sort((a, b) => b.length - a.length)) {
      const meanings = run.map((w) => (meaning(w[0]) as string).split(" "));
      const group = groupNamed(k, candidates(meanings), network ? "network" : "alliance");
      if (!group) continue;
      const at = (m.index ?? 0) + (run[0]?.index ?? 0);
      const last = run.at(-1) as RegExpMatchArray;
      const end = (m.index ?? 0) + (last.index ?? 0) + last[0].length;
      return {
        text: `${question.slice(0, at)}${group.name}${question.slice(end)}`,
        note: `按“${group.name}”理解（原文“${question.slice(at, end)}”）`,
      };
    }
  }
  return null;
}

/**
 * "the Yellow River (黄河流域) high-tech zone alliance": the Chinese words the question gives, before the kind of
 * group that follows them, name the one group whose names hold them.
 */
function chineseNamed(k: Knowledge, question: string, lower: string): { text: string; note: string } | null {
  const m = /[(（]?([\u4e00-\u9fff]{2,12})[)）]?\s*((?:[a-z]+[ -]){0,5})(network|alliance)\b/.exec(lower);
  if (!m || (m[2] ?? "").split(/[ -]/).some((w) => w && !GENERIC.has(w))) return null;
  const group = groupNamed(k, [normalize(m[1] ?? "")], m[3] === "alliance" ? "alliance" : "network");
  if (!group) return null;
  const at = m.index ?? 0;
  // (The short name when it is one, "黄河联盟": the question keeps the words it gave.)
  const short = `${m[1]}${m[3] === "alliance" ? "联盟" : "网络"}`;
  const name = index(k).aliases.has(normalize(short)) ? short : group.name;
  return {
    text: `${question.slice(0, at)}${name}${question.slice(at + m[0].length)}`,
    note: `按“${group.name}”理解（原文“${question.slice(at, at + m[0].length)}”）`,
  };
}

/**
 * "无锡高新区牵头的那个network有几家成员": a Chinese question that says the kind of group in English, right after
 * Chinese, says 网络 or 联盟.
 */
export function kindWordRead(text: string): string | null {
  if ((text.match(/[\u4e00-\u9fff]/g) ?? []).length < 4) return null;
  const read = text.replace(/(?<=[\u4e00-\u9fff])\s*(networks?|alliances?)\b\s*/gi, (_, w: string) =>
    w.toLowerCase().startsWith("network") ? "网络" : "联盟",
  );
  return read === text ? null : read;
}

/** Every reading of the words in order, one meaning each. */
function candidates(meanings: string[][]): string[] {
  let out = [""];
  for (const options of meanings) {
    out = out.flatMap((prefix) => options.map((o) => `${prefix}${o}`)).slice(0, MAX_CANDIDATES);
  }
  return out.filter((c) => c.length >= 2);
}

type Index = { aliases: Set<string>; names: Map<string, string[]> };
const indexes = new WeakMap<Knowledge, Index>();

/** Every alias, and every group's names, normalised once per knowledge snapshot. */
function index(k: Knowledge): Index {
  let found = indexes.get(k);
  if (!found) {
    const groups = [...k.networks.values(), ...k.alliances.values()];
    found = {
      aliases: new Set(k.aliases.map((a) => normalize(a.alias))),
      names: new Map(groups.map((g) => [g.id, [g.name, ...entityNames(k, g.id)].map(normalize)])),
    };
    indexes.set(k, found);
  }
  return found;
}

/** The one group of the kind whose names hold the longest reading. */
function groupNamed(k: Knowledge, readings: string[], kind: "network" | "alliance") {
  const groups = kind === "network" ? [...k.networks.values()] : [...k.alliances.values()];
  let best: { length: number; ids: Set<string> } = { length: 0, ids: new Set() };
  for (const g of groups) {
    const names = index(k).names.get(g.id) ?? [];
    // (A reading of four characters or more may stand in the name with a word between: "rare earth materials" is
    // 稀土材料 in 稀土新材料.)
    const held = readings.filter((r) => names.some((n) => n.includes(r) || (r.length >= 4 && inOrder(r, n))));
    const length = Math.max(0, ...held.map((r) => r.length));
    if (length === 0 || length < best.length) continue;
    if (length > best.length) best = { length, ids: new Set() };
    best.ids.add(g.id);
  }
  if (best.ids.size !== 1) return undefined;
  const id = [...best.ids][0] as string;
  return groups.find((g) => g.id === id);
}
