/**
 * "新型显示网络里有几家是省级高新区": a group's members counted by their level: by the latest sentence of the group's
 * articles that counts them ("其中国家高新区12家、省级高新区1家（合肥新站高新区）"), else by its list when the list is
 * whole (and named).
 */
import type { Parsed } from "../parse.ts";
import { namesGroup, sentenceCited } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact, type Group, saidFact } from "./context.ts";

/** The level counted: "几家是省级高新区", "省级高新区有几家", "几家是国家级的" — not "多少家国家高新区一起发起的", which
 *  counts the members, nor "其中国家级的几个" of platforms. */
const LEVEL_COUNTED =
  /(?:几|多少)[家个](?:是(省级|国家级|国家)(?:高新区|的)|(省级|国家级)高新区)|(省级|国家级)(?:的)?高新区(?:有|是)?(?:几|多少)[家个]/;
const N = "(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})";
/** Words before the count that pick some of the members: a seat, a time, the newcomers. */
const SOME_OF_THEM =
  /理事长|理事单位|主席|秘书处|牵头|成立时|成立之初|启动时|首批|当时|那时|原来|起初|新增|新加入|新吸纳|新进|扩容后新|退出/;

export function levelCount(c: FactContext, p: Parsed, g: Group): Answer | null {
  const m = LEVEL_COUNTED.exec(p.text);
  // (Of some of the members, a seat's or those of a time: "副理事长单位里有几家", "成立时有几家", "新增的几家".)
  if (!m || !g.members || SOME_OF_THEM.test(p.text.slice(0, m.index))) return null;
  const provincial = (m[1] ?? m[2] ?? m[3]) === "省级";
  const word = provincial ? "省级高新区" : "国家高新区";
  // (A sentence that counts the members by level, "其中…省级高新区1家", first: the list may be an earlier one.)
  const counted = new RegExp(`其中[^。；;]{0,24}?(?:${word}${N}家|${N}家(?:为|是)?${word})`);
  const said = sentenceCited(c.k, (x) => counted.test(x), namesGroup(c.k, g.id));
  if (said) return saidFact(c.k, said, g.name);
  if (!g.members.partial) {
    const zones = g.members.zones.filter((z) => c.k.zones.get(z)?.level === (provincial ? "provincial" : "national"));
    const named = zones.map((z) => c.zoneName(z)).join("、");
    return fact(
      c.k,
      `${g.name}的${g.members.zones.length}家成员中，${zones.length > 0 ? `${word}${zones.length}家：${named}` : `没有${word}`}。`,
      g.members.evidence.slice(0, 1),
      { title: g.name },
    );
  }
  return null;
}
