/**
 * A person the articles quote for a network.
 */
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact } from "./context.ts";

/** Questions that name a person the articles quote ("顾国栋是谁"). */
export function person(c: FactContext, p: Parsed): Answer | null {
  for (const n of c.k.networks.values()) {
    for (const who of n.leadPeople) {
      if (!p.text.includes(who.name)) continue;
      const lead = n.lead ? `，${n.name}的牵头单位是${c.zoneName(n.lead.zone)}` : "";
      return fact(c.k, `${who.name}：${who.role}。文章在${n.name}部分引述了其讲话${lead}。`, who.evidence, {
        title: who.name,
      });
    }
  }
  return null;
}
