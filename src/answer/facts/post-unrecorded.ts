/**
 * A post of one group asked ("物联网网络副理事长都有谁", "长三角联盟秘书长是谁") that no article about the group
 * writes at all: said so, with what is known of the group, rather than another list (its members) or the
 * catch-all refusal. Only when no article that names the group has the post's word anywhere: a passage that may
 * tell it, however it is written, keeps the question for the lookups and the passages.
 */
import { namesGroup } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import type { FactContext, Group } from "./context.ts";
import { missing } from "./overview.ts";

/** Posts a group gives besides its lead, chair and secretariat: the word asked, the word an article would write,
 *  and how the answer names it. The chair and the lead are left out: their lookups answer them, each with its own
 *  refusal. */
const POSTS: { asked: RegExp; written: RegExp; name: string }[] = [
  { asked: /副理事长/, written: /副理事长/, name: "副理事长单位" },
  { asked: /副秘书长/, written: /副秘书长/, name: "副秘书长" },
  { asked: /(?<!副)秘书长(?!单位)/, written: /(?<!副)秘书长|正、?副秘书长/, name: "秘书长" },
  { asked: /常务理事(?!会)/, written: /常务理事/, name: "常务理事单位" },
  { asked: /副主席/, written: /副主席/, name: "副主席单位" },
  { asked: /执行主席/, written: /执行主席/, name: "执行主席" },
  { asked: /监事/, written: /监事/, name: "监事单位" },
  { asked: /副牵头/, written: /副牵头/, name: "副牵头单位" },
  { asked: /召集(?:单位|人)/, written: /召集/, name: "召集单位" },
];

/** Who holds it asked ("是谁", "有哪些", "都有谁", "是哪几家"), not what it does or how it is chosen. */
const WHO = /谁|哪[些几家个位]|名单|有几家|多少家/;
const NOT_WHO = /怎么|如何|什么职责|负责什么|干什么|做什么|为什么|为啥/;

export function postUnrecorded(c: FactContext, text: string, g: Group): Answer | null {
  if (!WHO.test(text) || NOT_WHO.test(text)) return null;
  const asked = POSTS.filter((post) => post.asked.test(text));
  // (One post asked: two, "副理事长和秘书长分别是谁", are each the seat lookups' to answer or refuse.)
  if (asked.length !== 1) return null;
  const post = asked[0] as (typeof POSTS)[number];
  const about = namesGroup(c.k, g.id);
  for (const a of c.k.articles.values()) if (about(a) && post.written.test(a.body)) return null;
  return missing(c, g, post.name);
}
