/**
 * Member lists an article counts but that were not read in full: "首批成员共15家" with fifteen names no pattern
 * took. Until someone looks, every members, count-by-province, reverse and intersect question on the group is
 * answered "文章没有给出完整成员名单", so the add reports it (`warnings` in the body of POST /admin/articles and of
 * `npm run knowledge -- add-article | extract`), when it is cheapest to fix.
 *
 * A list the article itself calls partial ("成员包括A、B等28家") is reported too: the numbers say how much is missing,
 * and a maintainer can tell a list the reader missed from one the article never gave. So is a group whose launch or
 * founding the article reports with neither a list nor a count read (`W_MEMBERS_NONE`).
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Members } from "../knowledge/schema.ts";

export type UnreadList = {
  code: "W_MEMBERS_UNREAD" | "W_MEMBERS_NONE";
  /** The group's id and name. */
  group: string;
  name: string;
  /** The count the article states, and how many members were read. */
  stated: number;
  read: number;
  /** The date the list describes, when known. */
  asOf?: string;
  /** The article's sentence the count was read from. */
  quote: string;
  message: string;
};

/** Every list of a network or alliance (current or earlier) quoted from `articleId` with fewer members read than
 *  the count it states, and every group whose start the article reports with no list at all. */
export function unreadLists(knowledge: Knowledge, articleId: string): UnreadList[] {
  const found: UnreadList[] = [];
  const groups = [
    ...[...knowledge.networks.values()].map((group) => ({ group, born: group.launch })),
    ...[...knowledge.alliances.values()].map((group) => ({ group, born: group.founded })),
  ];
  for (const { group, born } of groups) {
    const of = { group: group.id, name: group.name };
    const lists = [...(group.members ? [group.members] : []), ...group.memberHistory];
    const quote = born?.evidence.find((e) => e.article === articleId)?.quote;
    if (lists.length === 0 && quote) {
      const message = `${group.name}: the article reports its start, but neither a member list nor a count was read`;
      found.push({ code: "W_MEMBERS_NONE", ...of, stated: 0, read: 0, quote, message });
    }
    for (const list of lists) {
      const unread = unreadList(list, articleId);
      if (!unread) continue;
      const { stated, read } = unread;
      const message = `${group.name}: the article states ${stated} members, ${read} were read; members questions answer that no full list is given`;
      found.push({ code: "W_MEMBERS_UNREAD", ...of, ...unread, ...(list.asOf ? { asOf: list.asOf } : {}), message });
    }
  }
  return found;
}

function unreadList(list: Members, articleId: string): { stated: number; read: number; quote: string } | undefined {
  const evidence = list.evidence.find((e) => e.article === articleId);
  if (!evidence || list.statedCount === undefined) return undefined;
  const read = list.zones.length + list.others.length;
  return read < list.statedCount ? { stated: list.statedCount, read, quote: evidence.quote } : undefined;
}
