/**
 * "物联网网络第三批新成员都有谁": newcomers asked by their batch. The founding list is no batch of newcomers; each
 * recorded change that added members is one, in turn. A batch past those the articles record is not known: said so,
 * with what they record (and a sentence that says that batch is still open, "第二批新成员的申请受理工作将于下半年启动，
 * 具体名单尚未确定").
 */
import type { Parsed } from "../parse.ts";
import { namesGroup, sentenceCited } from "../query/graph.ts";
import { numberFrom } from "../query/read.ts";
import type { Answer } from "../types.ts";
import { type FactContext, formatDate, type Group, none } from "./context.ts";
import { UNDECIDED } from "./cues.ts";

/** "第三批新成员", "第2批新加入的": a batch of newcomers after the first; "第二批成员": a batch of members, the first
 *  the founding list. */
const BATCH_OF_NEWCOMERS = /第([二三四五六七八九十\d]{1,2})批(?:的)?(新)?(?:成员|加入|入网|入盟|吸纳)/;

/** A call for a batch's members asked ("第二批成员征集打算招几家"): how many it takes, which the passages tell (or say
 *  is still open), not the members. */
const CALL_FOR_BATCH =
  /第[二三四五六七八九十\d]{1,2}批[^，,。？?]{0,6}?(?:征集|招募|招收|遴选|申报)|(?:征集|招募|招收|遴选)第[二三四五六七八九十\d]{1,2}批/;

export function batchCallAsked(text: string): boolean {
  // (How many it takes: not when it starts or who applied, which the batch's own lookup tells.)
  return CALL_FOR_BATCH.test(text) && /几|多少|名额/.test(text);
}

/** Which change adding members a question asks by its batch's number, if it asks one. */
export function batchAsked(text: string): number | undefined {
  const m = BATCH_OF_NEWCOMERS.exec(text);
  const n = m ? numberFrom(m[1] ?? "") : undefined;
  return n === undefined ? undefined : m?.[2] ? n : n - 1;
}

/** The recorded steps of a group's list that added members, with their dates. */
function additions(g: Group): { asOf?: string }[] {
  const lists = [...g.memberHistory, ...(g.members ? [g.members] : [])];
  return lists.slice(1).filter((next, i) => next.zones.some((z) => !(lists[i]?.zones ?? []).includes(z)));
}

/** Whether the batch asked is past those the group's articles record. */
export function batchUnrecorded(g: Group, text: string): boolean {
  const n = batchAsked(text);
  return n !== undefined && n > additions(g).length;
}

/** The refusal for a batch past those recorded: what is recorded, and the sentence that leaves that batch open. */
export function unrecordedBatch(c: FactContext, p: Parsed, g: Group): Answer | null {
  const n = batchAsked(p.text);
  if (n === undefined || !batchUnrecorded(g, p.text)) return null;
  const done = additions(g);
  const asked = BATCH_OF_NEWCOMERS.exec(p.text);
  const batch = `第${asked?.[1]}批`;
  const recorded =
    done.length === 0
      ? `文章没有记载${c.shortName(g)}成立后有新成员加入。`
      : `文章只记载了${c.shortName(g)}成立后${done.length}批新成员加入（${done.map((x) => (x.asOf ? formatDate(x.asOf) : "日期未写")).join("、")}）。`;
  const open = sentenceCited(c.k, (x) => x.includes(batch) && UNDECIDED.test(x), namesGroup(c.k, g.id));
  return none(
    `文章没有提到${c.shortName(g)}${batch}${asked?.[2] ?? ""}成员。${recorded}${open ? `文章写：${open.quote}` : ""}`,
    {
      citations: open ? [open] : [],
    },
  );
}
