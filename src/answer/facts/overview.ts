/**
 * A network's or alliance's overview, and the refusal that offers it when an attribute is not recorded.
 */
import { type Evidence, type Members, SEAT_PLACE } from "../../knowledge/schema.ts";
import type { Answer, AnswerItem } from "../types.ts";
import { type FactContext, fact, formatDate, type Group, none } from "./context.ts";

/**
 * Where a group's secretariat sits, as said: a curated note names the seat ("首届联盟秘书处设在…"); a learned one names
 * the office inside the zone ("设在常州高新区科技创新局") or says how it runs ("由…承担日常工作"). "设在轮值主席单位" is a
 * seat, not a place: the zone it is now, with the rule after.
 */
export function secretariatSaid(c: FactContext, s: NonNullable<Group["secretariat"]>): string {
  // ("首届秘书处": a term's name, not a sentence ending in 秘书处, "…工作同步移交秘书处".)
  if (s.note && /^[^；，,]{0,8}秘书处$/.test(s.note)) return `${s.note}设在${c.zoneName(s.zone)}`;
  const [place, ...rest] = (s.note ?? "").split("；");
  const named = place !== undefined && SEAT_PLACE.test(place) && !/轮值|主席单位|理事长单位|牵头单位/.test(place);
  const at = named ? place.replace(SEAT_PLACE, "设在") : `设在${c.zoneName(s.zone)}`;
  const how = (named ? rest : [place, ...rest]).filter(Boolean).join("；");
  return `秘书处${at}${how ? `（${how}）` : ""}`;
}

/** "Not recorded" for an attribute, with what is recorded of the group. */
export function missing(c: FactContext, g: Group, what: string): Answer {
  const about = overview(c, g);
  return none(`文章没有提到${g.name}的${what}。已知的是：${about.answer}`, {
    title: g.name,
    notes: about.notes,
  });
}

/** The member list as answer items (the lead marked). */
export function memberItems(c: FactContext, g: Group, members: Members): AnswerItem[] {
  const lead = "field" in g ? g.lead?.zone : undefined;
  return members.zones.map((id) => ({ name: c.zoneName(id), ...(id === lead ? { note: "牵头" } : {}) }));
}

/**
 * A network's or alliance's key facts: date, venue, lead or seat, members, results; the first member list when the
 * brief asks how it was at its launch ("刚启动时的情况").
 */
export function overview(c: FactContext, g: Group, atFounding = false): Answer {
  const parts: string[] = [];
  const evidence: Evidence[] = [];
  const notes: string[] = [];
  if ("field" in g) {
    if (g.launch?.date) {
      parts.push(`${formatDate(g.launch.date)}成立${g.launch.venue ? `（${c.zoneName(g.launch.venue)}）` : ""}`);
      evidence.push(...g.launch.evidence.slice(0, 1));
    }
    if (g.lead) {
      parts.push(`牵头单位${c.zoneName(g.lead.zone)}`);
      evidence.push(...g.lead.evidence.slice(0, 1));
    }
    // How it is run: its rotating head (the first two terms the articles name) and its secretariat.
    for (const seat of g.seats.filter((s) => /轮值|理事长/.test(s.role) && !/副/.test(s.role)).slice(0, 2)) {
      parts.push(`${seat.role}${seat.zones.map((z) => c.zoneName(z)).join("、")}`);
      evidence.push(...seat.evidence.slice(0, 1));
    }
    if (g.secretariat) {
      parts.push(secretariatSaid(c, g.secretariat));
      evidence.push(...g.secretariat.evidence.slice(0, 1));
    }
  } else {
    if (g.founded) {
      parts.push(`${formatDate(g.founded.date)}成立`);
      evidence.push(...g.founded.evidence.slice(0, 1));
    }
    if (g.secretariat) {
      parts.push(secretariatSaid(c, g.secretariat));
      evidence.push(...g.secretariat.evidence);
    }
    if (g.initiator) {
      parts.push(`由${g.initiator.text}发起成立`);
      evidence.push(...g.initiator.evidence);
    }
  }
  const m = (atFounding ? g.memberHistory[0] : undefined) ?? g.members;
  let items: AnswerItem[] | undefined;
  if (m) {
    items = m.zones.length > 0 ? memberItems(c, g, m) : undefined;
    const names = items?.map((i) => i.name).join("、") ?? "";
    if (m.partial) {
      parts.push(
        `${m.statedCount ? `文中称有${m.statedCount}家` : "成员数文中未明确"}${names ? `，点名的有${names}` : ""}`,
      );
      notes.push("名单不完整：文章只点名了部分成员");
    } else parts.push(`成员${m.zones.length}家：${names}`);
    evidence.push(...m.evidence.slice(0, 1));
  }
  if (!("field" in g) && g.results.length > 0) {
    parts.push(`成果：${g.results.map((r) => r.text).join("；")}`);
    evidence.push(...g.results.flatMap((r) => r.evidence));
  }
  if (evidence.length === 0) return none(`关于${g.name}，文章只提到了名称，没有更多记载。`);
  return fact(c.k, `${g.name}：${parts.join("；")}。`, evidence, {
    title: g.name,
    items,
    notes: notes.length ? notes : undefined,
  });
}
