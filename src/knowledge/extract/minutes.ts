/** What a meeting's minutes say in their field lines ("时间：…", "地点：…"), which date and place what they decide. */
import type { Doc } from "./context.ts";
import { findDates, type ResolvedDate } from "./dates.ts";
import type { Sentence } from "./sentences.ts";

/** A minutes' field lines, each a paragraph of its own before the body: "时间：2026年3月18日（星期三）上午9:30", "地点：…"
 *  ("会议时间：", "会议地点：" alike). */
export function minutesFields(doc: Doc): {
  date?: ResolvedDate & { sentence: Sentence };
  place?: string;
  placeLine?: Sentence;
} {
  const line = (field: string) =>
    doc.sentences.find((x) => x.item === 0 && x.index < 8 && new RegExp(`^(?:会议)?${field}[：:]`).test(x.text));
  const when = line("时间");
  const day = when ? findDates(when.text).find((d) => d.day !== undefined) : undefined;
  const resolved = when && day ? doc.resolve(when, day) : null;
  const where = line("地点");
  const place = where?.text.replace(/^(?:会议)?地点[：:]/, "").replace(/[。；;]$/, "");
  return {
    ...(resolved && when ? { date: { ...resolved, sentence: when } } : {}),
    ...(place && where ? { place, placeLine: where } : {}),
  };
}

/** A title that names the group and the meeting the minutes are of: "…网络2026年度理事会会议纪要". */
const MINUTES_TITLE =
  /^(.{4,40}?(?:网络|联盟))((?:(?:19|20)\d{2}年度?|首届|第[一二三四五六七八九十\d]{1,2}(?:届|次))?[\u3400-\u9fff]{0,8}?(?:会议|年会|理事会|联席会))纪要$/;

/**
 * The meeting a group's minutes are of ("国家高新区物联网产业协同创新网络2026年度理事会会议纪要"), dated and placed by
 * their field lines: the group's meeting, held there that day. Not a launch or its preparation (launch.ts reads those).
 */
export function minutesMeeting(doc: Doc): void {
  const m = MINUTES_TITLE.exec(doc.article.title ?? "");
  if (!m || /启动|成立|筹备|筹建/.test(m[2] ?? "")) return;
  const group = doc.names.group(m[1] ?? "");
  const { date, place, placeLine } = minutesFields(doc);
  if (!group || !date || !place || !placeLine) return;
  const evidence = doc.evSpan(date.sentence, 0, placeLine, placeLine.text.length);
  const venue = doc.names.venue(place, { evidence });
  doc.claims.push({ type: "meeting", groups: [group], title: m[2] ?? "", date, venue, evidence });
}
