/**
 * A group named by what it did with another ("跟量子网络签合作备忘录的那个网络"): the other group an article says
 * signed with the one named. The question is read with that group's name in place of the description, and says so.
 */
import { groupAliases } from "../../knowledge/entity-names.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { normalize } from "../../knowledge/normalize.ts";
import { articleSentences } from "./graph.ts";

/** "跟X签…的那个网络": the one named, and the kind of the one described. */
const SIGNED_WITH =
  /(?:跟|与|和|同)([\u4e00-\u9fff]{2,24}?(?:网络|联盟))(?:一起)?(?:签|签署|签订|签了)[^，,。？?的]{0,12}的(?:那个|这个|那家)?(网络|联盟)/;
const SIGNING = /签署|签订|签约|签下/;

type Named = { id: string; kind: string; name: string };

export function partnerRead(k: Knowledge, question: string): { text: string; note: string } | null {
  const m = SIGNED_WITH.exec(question);
  if (!m) return null;
  const named = groupNamed(k, m[1] ?? "");
  if (!named) return null;
  const partners = new Map<string, Named>();
  for (const article of k.articles.values()) {
    const about = groupsIn(k, normalize(article.title)).some((g) => g.id === named.id);
    for (const sentence of articleSentences(article.body)) {
      if (!SIGNING.test(sentence)) continue;
      const groups = groupsIn(k, normalize(sentence));
      // The sentence names the group asked about, or stands in an article about it ("该网络还与Y签署…").
      if (!about && !groups.some((g) => g.id === named.id)) continue;
      for (const g of groups) if (g.id !== named.id && g.kind === kindOf(m[2] ?? "")) partners.set(g.id, g);
    }
  }
  if (partners.size !== 1) return null;
  const partner = [...partners.values()][0] as Named;
  return {
    text: question.replace(m[0], partner.name),
    note: `按“${partner.name}”理解（与${named.name}签约的${m[2]}）`,
  };
}

const kindOf = (word: string) => (word === "联盟" ? "alliance" : "network");

/** The group a name is an alias of. */
function groupNamed(k: Knowledge, name: string): Named | undefined {
  const key = normalize(name);
  const hit = groupAliases(k).find((a) => a.alias === key);
  return hit ? entity(k, hit.id, hit.kind) : undefined;
}

/** Every network or alliance a text names by one of its names (four characters or more). */
function groupsIn(k: Knowledge, text: string): Named[] {
  const out = new Map<string, Named>();
  for (const a of groupAliases(k)) {
    if (a.alias.length < 4 || !text.includes(a.alias)) continue;
    const e = entity(k, a.id, a.kind);
    if (e) out.set(e.id, e);
  }
  return [...out.values()];
}

function entity(k: Knowledge, id: string, kind: string): Named | undefined {
  const g = kind === "network" ? k.networks.get(id) : k.alliances.get(id);
  return g ? { id, kind, name: g.name } : undefined;
}
