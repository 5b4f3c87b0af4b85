/**
 * A member list told seat by seat, the rest after them: "牵头单位为A；副牵头单位为B、C；其他成员单位为D、E、F" (or
 * "理事长单位是A，副理事长单位是B，其余成员包括C…"). The zones of every clause together are the whole list when they
 * are exactly as many as the article says the group has; else nothing is read (the seats are seats.ts's).
 */
import type { Doc } from "./context.ts";
import { countedSo, countsClaimed, pushWholeList, resolveList } from "./lists.ts";
import { groupKey } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A clause that names a seat's holders ("副牵头单位为B、C"). */
const SEAT_CLAUSE =
  /^(?:网络|联盟)?(?:的)?(?:首届|首任)?(?:牵头单位|副牵头单位|理事长单位|副理事长单位|轮值主席单位|副主席单位|主席单位|秘书长单位|秘书处单位)(?:为|是|有)[：:]?(.+)$/;
/** The clause that ends the list: the rest of the members ("其他成员单位为…", "其余成员包括…"). */
const REST_CLAUSE = /^(?:其他|其余|其它|另外的?)(?:成员单位|成员高新区|成员)(?:为|是|有|包括|分别是|分别为)[：:]?(.+)$/;

export function membersBySeat(doc: Doc, s: Sentence): void {
  const clauses = s.text.replace(/[。.]$/, "").split(/[；;]/);
  const last = REST_CLAUSE.exec(clauses[clauses.length - 1] ?? "");
  if (!last || clauses.length < 2) return;
  const seats = clauses.slice(0, -1).map((c) => SEAT_CLAUSE.exec(c));
  if (seats.some((m) => !m)) return;
  const group = doc.groupBefore(s, 0) ?? doc.anaphor(s);
  if (!group) return;
  const rollback = doc.names.mark();
  const zones: string[] = [];
  for (const text of [...seats.map((m) => m?.[1] ?? ""), last[1] ?? ""]) {
    const list = resolveList(doc, s, text, { bare: false });
    if (!list) {
      rollback();
      return;
    }
    for (const z of list.zones) if (!zones.includes(z)) zones.push(z);
  }
  const key = groupKey(group);
  if (zones.length < 3 || !(countsClaimed(doc, key).includes(zones.length) || countedSo(doc, key, zones.length))) {
    rollback();
    return;
  }
  // (The rest's clause alone may have been read as a whole list, "其他成员单位为D、E、F": it is part of this one.)
  const narrower = doc.claims.filter(
    (c) => c.type === "members" && groupKey(c.group) === key && c.zones.every((z) => zones.includes(z)),
  );
  if (doc.claims.some((c) => c.type === "members" && groupKey(c.group) === key && !narrower.includes(c))) {
    rollback();
    return;
  }
  for (const c of narrower) doc.claims.splice(doc.claims.indexOf(c), 1);
  pushWholeList(doc, group, zones, doc.ev(s));
}
