/**
 * An alliance called by its provinces' short names ("湘鄂赣联盟" for the 长江中游 alliance of 湖北, 湖南 and 江西): when
 * an article about it writes a run of short names (knowledge/lexicon/names.yaml provinceShort) that are exactly its
 * members' provinces ("湘鄂赣三省的国家高新区…"), the run with 联盟 (or 高新区联盟) is one more of its names.
 */
import { lexicon } from "./lexicon.ts";
import type { KnowledgeFiles } from "./load.ts";
import { listArticles } from "./schema.ts";

const SHORT = lexicon.provinceShort;
const RUN = new RegExp(`[${Object.keys(SHORT).join("")}]{2,4}`, "g");

export function provinceNicknames(files: KnowledgeFiles): void {
  const provinceOf = new Map(files.zones.map((z) => [z.id, z.province]));
  const taken = new Set([...files.networks, ...files.alliances].flatMap((g) => [g.name, ...(g.aliases ?? [])]));
  for (const a of files.alliances) {
    const zones = a.members?.zones ?? [];
    const provinces = new Set(zones.map((id) => provinceOf.get(id)));
    if (provinces.has(undefined) || provinces.size < 2 || provinces.size > 4) continue;
    const cited = listArticles(a);
    const texts = files.articles.filter((x) => cited.has(x.id)).map((x) => `${x.title}\n${x.body}`);
    for (const text of texts)
      for (const m of text.matchAll(RUN)) {
        const named = [...m[0]].map((ch) => SHORT[ch]);
        const nicknames = [`${m[0]}联盟`, `${m[0]}高新区联盟`].filter((n) => !taken.has(n));
        if (named.length !== provinces.size || new Set(named).size !== named.length) continue;
        if (!named.every((p) => provinces.has(p)) || nicknames.length === 0) continue;
        a.aliases = [...(a.aliases ?? []), ...nicknames];
        for (const n of nicknames) taken.add(n);
      }
  }
}
