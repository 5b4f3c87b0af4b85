/**
 * What changed in a group's council after it was founded, asked of the council as a whole ("理事会有什么变化",
 * "年会上理事会做了啥调整"): each later report's seats, in date order, quoted as the report says them.
 * A post named in the question ("副理事长单位有变化吗") is the seat lookup's (seats.ts); the members' changes are the
 * history's.
 */
import type { RoleSeat } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact, formatDate, type Group } from "./context.ts";
import { ELECTED_ANEW } from "./seat-history.ts";
import { POST_ASKED } from "./seats.ts";

/** The council as a whole, not one post in it nor its members ("理事会成员" is the council's own). */
const COUNCIL = /理事会(?!议)/;
/** A change asked of it: "有什么变化", "做了啥调整", "增补了谁", "改选". */
const CHANGED =
  /变化|变动|调整|增补|增选|改选|换届|改组|(?:做|有)了?(?:啥|什么|哪些)(?:新的?)?(?:动作|变化|调整)|(?:有|做)(?:啥|什么)(?:新|变)/;

export function councilChanges(c: FactContext, p: Parsed, g: Group): Answer | null {
  const text = p.text.replace(/理事会成员/g, "理事会");
  if (!COUNCIL.test(text) || !CHANGED.test(text)) return null;
  // (One post asked, or the members: not the council as a whole.)
  if (POST_ASKED.test(text.replace(/理事会/g, "")) || /成员|[几多]家|名单/.test(text)) return null;
  // (Nor its rules or meetings: "理事会的会议制度有什么调整" is what the passages say.)
  if (/制度|规则|章程|机制|会议|召开|任期|职责|议事/.test(text)) return null;
  const dated = g.seats
    .filter((s) => s.asOf !== undefined)
    .sort((a, b) => (a.asOf as string).localeCompare(b.asOf as string));
  const first = dated[0]?.asOf ?? "";
  // The founding report's seats are the council as set up; every later report's tell what changed.
  // (A later page that only says the seat again, "我区担任副理事长单位", tells no change: a seat counts when it was
  // added, its report elects anew, or its holders differ from the post's list before it.)
  const before = (s: RoleSeat) =>
    dated.filter((t) => t.role === s.role && (t.asOf as string) < (s.asOf as string)).at(-1)?.zones ?? [];
  // (A post first told of in a later report, "昆明高新区、成都高新区为网络常务理事单位", is no change unless it says so.)
  const changed = (s: RoleSeat) =>
    s.added === true ||
    s.evidence.some((e) => ELECTED_ANEW.test(e.quote)) ||
    (before(s).length > 0 && s.zones.join() !== before(s).join());
  const later = dated.filter((s) => (s.asOf as string) > first && changed(s));
  if (later.length === 0) return null;
  const said = new Set<string>();
  const lines: string[] = [];
  const evidence = later.flatMap((s) => s.evidence);
  for (const seat of later) {
    for (const e of seat.evidence) {
      if (said.has(e.quote)) continue;
      said.add(e.quote);
      lines.push(`${formatDate(seat.asOf as string)}的报道：${e.quote}`);
    }
  }
  return fact(c.k, `${g.name}成立以后理事会的调整：\n${lines.join("\n")}`, evidence);
}
