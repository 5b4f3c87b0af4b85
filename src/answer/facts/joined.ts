/**
 * Joins told of a zone or a group: the groups a zone joined lately or at a time asked (with their leads, when asked),
 * and the zones that joined a group in a seat that is not membership.
 */
import type { Parsed } from "../parse.ts";
import { statusWord } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact, formatDate, type Group } from "./context.ts";
import type { zoneReadings } from "./zones.ts";

/**
 * "新进来的是哪两家": no member joined, but zones joined in a seat that is not membership ("以“联系成员单位”身份
 * 加入"): who, and in what seat, apart from the members.
 */
export function joinedInSeat(c: FactContext, g: Group): Answer | null {
  // (Seats that are a way of joining without being a member: the statuses a member that left may keep.)
  const seats = g.seats.filter((s) => statusWord(s.role));
  if (seats.length === 0) return null;
  const count = g.members ? `，不计入${g.members.statedCount ?? g.members.zones.length}家正式成员` : "";
  const lines = seats.map(
    (s) =>
      `${s.zones.map((z) => c.zoneName(z)).join("、")}以“${s.role}”身份加入${s.asOf ? `（${formatDate(s.asOf)}报道）` : ""}`,
  );
  return fact(
    c.k,
    `文章没有记载${g.name}新增正式成员；${lines.join("；")}${count}。`,
    seats.flatMap((s) => s.evidence.slice(0, 1)),
    {
      title: g.name,
    },
  );
}

/**
 * The groups a zone joined after their founding, as a recorded change says (with when, and the count after); asked of
 * a time ("2026年3月加入的那个网络"), those it joined then, at their founding too; asked who leads them, their leads.
 */
export function joinedLately(
  c: FactContext,
  reading: ReturnType<typeof zoneReadings>[number] | undefined,
  p: Parsed,
): Answer | null {
  const zone = reading?.zones.length === 1 ? reading.zones[0]?.id : undefined;
  if (!zone) return null;
  const text = p.text;
  // ("株洲今年加入了哪些网络": this year, the latest year the articles tell of; a group founded in it with the zone
  // among its first members was joined this year too.)
  // ("合肥高新区2026年3月加入的…": the year and month asked.)
  const thisYear = /今年|本年/.test(text)
    ? [...c.k.articles.values()].reduce((y, a) => ((a.date ?? "").slice(0, 4) > y ? (a.date ?? "").slice(0, 4) : y), "")
    : p.year !== null
      ? `${p.year}${p.month !== null ? `-${String(p.month).padStart(2, "0")}` : ""}`
      : undefined;
  // The first list after the founding's that holds the zone: when it joined, and the count then.
  const joined = [...c.k.networks.values(), ...c.k.alliances.values()].flatMap((g) => {
    const lists = [...g.memberHistory, ...(g.members ? [g.members] : [])];
    const at = lists.findIndex((l) => l.zones.includes(zone));
    const since = "launch" in g ? g.launch?.date : "founded" in g ? g.founded?.date : undefined;
    const founding = at === 0 && thisYear !== undefined && since?.startsWith(thisYear);
    // (A join of another year is not this year's.)
    const joinedThen = at > 0 && (thisYear === undefined || (lists[at]?.asOf ?? thisYear).startsWith(thisYear));
    const list = (joinedThen || founding) && g.members?.zones.includes(zone) ? lists[at] : undefined;
    return list ? [{ g, list, founding, since }] : [];
  });
  if (joined.length === 0) return null;
  // ("…加入的那个网络是哪家牵头的": the lead of each.)
  const leadAsked = /牵头/.test(text);
  const lines = joined.map(({ g, list, founding, since }) => {
    const lead = "field" in g ? g.lead : undefined;
    const led = leadAsked && lead ? `，由${c.zoneName(lead.zone)}牵头` : "";
    if (founding && since)
      return `${g.name}（${formatDate(since)}成立时的首批成员，共${list.statedCount ?? list.zones.length}家${led}）`;
    const when = list.asOf ? `${formatDate(list.asOf)}加入` : "成立之后加入";
    return `${g.name}（${when}，加入后共${list.statedCount ?? list.zones.length}家成员${led}）`;
  });
  const leads = leadAsked ? joined.flatMap(({ g }) => ("field" in g && g.lead ? g.lead.evidence.slice(0, 1) : [])) : [];
  const when = /今年|本年/.test(text) ? "今年" : p.year !== null ? formatDate(thisYear as string) : "新";
  return fact(c.k, `${c.zoneName(zone)}${when}加入的是：${lines.join("；")}。`, [
    ...joined.flatMap(({ list }) => list.evidence.slice(0, 1)),
    ...leads,
  ]);
}

/** A join asked of a time: "2026年3月加入的那个网络", "作为首批成员加入的网络". */
export const JOINED_THEN = /加入(?:的|了)|入网的|入盟的/;
