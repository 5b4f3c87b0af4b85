/**
 * Happenings as events of the event model: a launch or founding, a meeting, a membership change. Each names the
 * groups involved (and the venue zone) in `scopes`, so subscribers of any of them are told.
 */
import type { KnowledgeEvent } from "../schema.ts";
import type { Claim } from "./context.ts";
import type { GroupRef } from "./names.ts";

type Named = (ref: GroupRef) => string;
type ZoneName = (id: string) => string;

export function launchEvent(c: Extract<Claim, { type: "launch" }>, name: Named, zone: ZoneName): KnowledgeEvent | null {
  if (!c.date) return null;
  const what = c.group.kind === "alliance" ? "成立" : "启动";
  // A bare verb ("揭牌", "启动") is how it happened, not an occasion to name.
  const verb = c.occasion && /^(启动|成立|揭牌)$/.test(c.occasion) ? c.occasion : what;
  const occasion = c.occasion && c.occasion !== verb ? c.occasion : "";
  const title = c.venue
    ? occasion
      ? `${name(c.group)}${occasion}在${zone(c.venue)}举行`
      : `${name(c.group)}在${zone(c.venue)}${verb}`
    : `${name(c.group)}${occasion || verb}`;
  const e: KnowledgeEvent = {
    id: `${c.group.id}-${c.group.kind === "alliance" ? "founded" : "launch"}`,
    date: c.date.value,
    title,
    summary: c.evidence.quote,
    scopes: [c.group.id, ...(c.venue ? [c.venue] : [])],
    evidence: [c.evidence],
  };
  if (c.venue) e.venue = c.venue;
  if (c.date.inferred) e.dateNote = c.date.inferred;
  return e;
}

export function meetingEvent(c: Extract<Claim, { type: "meeting" }>, name: Named, zone: ZoneName): KnowledgeEvent {
  const names = c.groups.map(name).join("与");
  const e: KnowledgeEvent = {
    id: `${c.groups.map((g) => g.id).join("-")}-${c.date.value}`,
    date: c.date.value,
    title: c.title.startsWith("签署")
      ? `${names}${c.title}`
      : `${names}${c.title}${c.venue ? `在${zone(c.venue)}举行` : ""}`,
    summary: c.evidence.quote,
    scopes: [...c.groups.map((g) => g.id), ...(c.venue ? [c.venue] : [])],
    evidence: [c.evidence],
  };
  if (c.venue) e.venue = c.venue;
  if (c.date.inferred) e.dateNote = c.date.inferred;
  return e;
}

export function changeEvent(
  group: GroupRef,
  date: string,
  dateNote: string | undefined,
  change: { added: string[]; removed: string[]; newCount: number | undefined },
  evidence: { article: string; quote: string }[],
  name: Named,
  zone: ZoneName,
): KnowledgeEvent {
  const { added, removed, newCount } = change;
  const who = added.map(zone).join("、");
  // Who left is said with who joined ("A加入Y，B退出"), or alone ("B退出Y").
  const left = removed.map(zone).join("、");
  const count = newCount ? `，成员${added.length >= removed.length ? "增" : "减"}至${newCount}家` : "";
  const title = who
    ? `${who}加入${name(group)}${left ? `，${left}退出` : ""}${count}`
    : left
      ? `${left}退出${name(group)}${count}`
      : `${name(group)}成员增至${newCount}家`;
  const e: KnowledgeEvent = {
    id: `${group.id}-members-${date}`,
    date,
    title,
    summary: evidence.map((x) => x.quote).join(" "),
    scopes: [group.id, ...added, ...removed],
    evidence,
  };
  if (dateNote) e.dateNote = dateNote;
  return e;
}
