/**
 * What a passage answer quotes of a sentence: the sentence alone, or the exact span of the article it belongs to
 * (the quotation it closes, the speaker it leaves out, the list it opens or is an item of, the paragraph its topic
 * sentence heads), and a quote without the heading and byline lines it starts with.
 */

import type { Retriever } from "./hybrid.ts";
import type { Passage } from "./passages.ts";
import { closesQuote, opensQuote, quotedAfter, quotedBefore, quoteEdge } from "./quotation.ts";

/** A list quote stops after this many sentences or characters. */
const MAX_LIST_SENTENCES = 10;
const MAX_LIST_CHARS = 1600;
/** An enumerated item this short names only its heading ("二是推动创新平台共建共享。"). */
const SHORT_ITEM = 20;

/** A sentence that announces what follows: ends in a colon, or "可以用…概括。", "主要有以下几点。". */
// ("成立大会发布了联盟近期三大重点任务。": a counted set announced, its items in the sentences after.)
export const OPENS_LIST =
  /[:：]$|(?:概括|归纳|总结|如下|以下几(?:个方面|点|项))[。.]?$|[一二三四五六七八九十两\d]+(?:大|项|个方面|方面|件事)(?:重点)?(?:任务|举措|工作|措施|行动)[。.]?$/;
/** A sentence that lists items ("…：一是…；二是…") or announces them counted ("将重点推进五方面工作"). */
export const LISTS_ITEMS =
  /(?:^|[，,：:])(?:一是|其一)|[一二三四五六七八九十两\d]+(?:大|项|个方面|方面|件事)(?:重点)?(?:任务|举措|工作|措施|行动)/;

/** A sentence that only says who spoke ("…倪乾表示。"): the words are in the sentence before it (or after). */
const ATTRIBUTION_ONLY = /(?:表示|说|认为|指出|介绍|强调|谈到)[。:：]?$/;

/** A sentence in which someone speaks ("…在讲话中指出，", "…表示，"). */
const SAYS = /(?:指出|表示|强调|认为|谈到)[，,：:]/;
/** A sentence a speaker opens ("深圳市科技创新局副局长林海涛表示，…"): a quotation right before it is theirs too. */
export const SPEAKER_OPENS = /^[^，,。“”"]{2,40}?(?:表示|说|指出|强调|认为)[，,：:]/;

/** The first half of a two-sided sentence cut at its "；", and the second. */
const ON_ONE_HAND = /一方面[^；;]*[；;]$/;
const ON_THE_OTHER = /^另一方面/;

/** A sentence that opens by referring back ("该项目", "(据介绍，)这一平台"): the one before names what it means. */
const REFERS_BACK = /^(?:据介绍[，,])?(?:该|这一|此)(?:项目|平台|基地|中心|基金|园区|企业|公司)/;

/** A short topic sentence opening a paragraph ("开放创新成果亮眼。"): the substance follows. */
const TOPIC_MAX_CHARS = 12;
/** The most of its paragraph a topic sentence is quoted with. */
const TOPIC_SPAN_CHARS = 320;
const ITEM_END = /[;；]$/;
const ENUMERATED =
  /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、])/;

/** A short sentence of what will be done, and the sentences that spell it out. */
const PLAN_HEAD = /(?:将|要|拟|准备)[^。，,；;]{2,30}[。.]?$/;
const SPELLS_OUT = /^(?:支持|鼓励|推动|引导|探索|建立|完善|加快)/;
/** A list's first item inside a sentence ("…说,一是聚焦…"). */
const FIRST_ITEM = /(?:^|[，,：:])(?:一是|其一[，,是])/;
/** A sentence that counts its items before the first ("将重点推进四项工作：一是…"): quoting one item leaves out the rest. */
const COUNTED_FIRST_ITEM = /[一二三四五六七八九十两\d]+(?:大|项|个方面|方面|件事|点)[^，,。：:]{0,8}[：:](?:一是|其一)/;

/**
 * A sentence that cannot stand alone, joined with the one that carries its content, as one exact span:
 * an attribution ("…倪乾表示。") with the quotation before it in the same paragraph (else the sentence after),
 * a short topic sentence with the sentence after it in the same paragraph, a heading with the sentence after it,
 * the two halves of "一方面…；另一方面…".
 */
function completeSentence(
  retriever: Retriever,
  passage: Passage,
  asksWho: boolean | "words" = false,
): { pieces: string[]; passages: Passage[] } | null {
  const before = retriever.previous(passage);
  const after = retriever.next(passage);
  const sameParagraph = (p: Passage | undefined) => (p?.paragraph === passage.paragraph ? p : undefined);
  let pair: [Passage, Passage] | null = null;
  // A sentence that closes a quotation opened sentences before ("过去大家各干各的，…接起来。”"): from the one that
  // opens it, in the same paragraph (at most three back).
  // …and one that opens a quotation it does not close: to the one that closes it.
  const opener = closesQuote(passage.text) ? quoteEdge(retriever, passage, "previous") : undefined;
  const closer = !opener && opensQuote(passage.text) ? quoteEdge(retriever, passage, "next") : undefined;
  if (opener || closer) {
    // (…with the speaker, when the sentence after only names them: "…韩振宇在致辞中说。")
    const last = closer ?? passage;
    const next = retriever.next(last);
    const said = next?.paragraph === passage.paragraph && ATTRIBUTION_ONLY.test(next.text) ? next : undefined;
    pair = [opener ?? passage, said ?? last];
  } else if (/^#+\s/.test(passage.text) && after) {
    // A markdown heading: what it heads is the sentence after it.
    pair = [passage, after];
  } else if (
    asksWho === "words" &&
    SPEAKER_OPENS.test(passage.text) &&
    /^[“"][^“”"]+[”"]$/.test(sameParagraph(before)?.text.trim() ?? "")
  ) {
    // "“接棒不是简单的‘接力’，更要‘加力’。”林海涛表示，…": the quotation before the sentence the speaker opens.
    pair = [before as Passage, passage];
  } else if (asksWho === "words" && SAYS.test(passage.text) && /^[他她“"]/.test(sameParagraph(after)?.text ?? "")) {
    // "何年初在讲话中指出，…。他希望…。“…方向不能变、力度不能减。”": the speaker's words go on in the sentences
    // after (up to two), said of 他 or quoted.
    let last = after as Passage;
    const next = retriever.next(last);
    if (next && sameParagraph(next) && /^[他她“"]/.test(next.text)) last = next;
    pair = [passage, last];
  } else if (ATTRIBUTION_ONLY.test(passage.text)) {
    const quoted = sameParagraph(before);
    pair = quoted ? [quoted, passage] : after ? [passage, after] : null;
  } else if (
    asksWho === true &&
    /^[“"]/.test(passage.text) &&
    /[”"]$/.test(passage.text.trim()) &&
    sameParagraph(after)
  ) {
    // A quotation alone does not say who said it; for "谁/哪位" the sentence that names the speaker follows.
    pair = [passage, after as Passage];
  } else if (passage.text.replace(/\s/g, "").length <= TOPIC_MAX_CHARS && sameParagraph(after)) {
    // A topic sentence heads a paragraph of its substance ("促进产融协同发展。支持…。推动…。"): the paragraph,
    // up to a few sentences.
    let last = after as Passage;
    let chars = passage.text.length + last.text.length;
    for (let next = retriever.next(last); next && sameParagraph(next); next = retriever.next(next)) {
      if (chars + next.text.length > TOPIC_SPAN_CHARS) break;
      chars += next.text.length;
      last = next;
    }
    pair = [passage, last];
  } else if (
    asksWho === "words" &&
    /^[^“"，,。]{2,40}?(?:表示|说|指出|认为|介绍)[，,：:]/.test(passage.text) &&
    /^[“"].*[”"]$/.test(sameParagraph(before)?.text.trim() ?? "")
  ) {
    // What someone said: the quotation that stands before the sentence naming them is theirs.
    pair = [before as Passage, passage];
  } else if (ON_ONE_HAND.test(passage.text) && ON_THE_OTHER.test(sameParagraph(after)?.text ?? "")) {
    // "一方面…；另一方面…": the two halves are one answer.
    pair = [passage, after as Passage];
  } else if (ON_THE_OTHER.test(passage.text) && ON_ONE_HAND.test(sameParagraph(before)?.text ?? "")) {
    pair = [before as Passage, passage];
  } else if (REFERS_BACK.test(passage.text) && sameParagraph(before)) {
    // "该项目将…": what the sentence refers to is named in the one before.
    pair = [before as Passage, passage];
  } else if (releasedThenTold(passage.text, sameParagraph(after)?.text)) {
    // "…还发布了网络首批关键核心技术攻关榜单。榜单共12项，聚焦…": what was released is told in the sentence after.
    pair = [passage, after as Passage];
  }
  if (!pair) return null;
  // (A quotation the pair starts inside is quoted from where it opens: "…。”某某表示。" after "“…。".)
  const from = closesQuote(pair[0].text) ? quoteEdge(retriever, pair[0], "previous") : undefined;
  if (from) pair = [from, pair[1]];
  const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
  // (Every sentence of the span is quoted, those between the two too.)
  const spanned = [pair[0]];
  for (let p = retriever.next(pair[0]); p && p.start < pair[1].end; p = retriever.next(p)) spanned.push(p);
  return { pieces: [body.slice(pair[0].start, pair[1].end)], passages: spanned };
}

/** A sentence that only says a document was released, and the next opens with it ("榜单共12项…", "该清单收录…"). */
const RELEASED =
  /(?:发布|推出|公布|印发|出台|发出)(?:了)?[^。，,]{0,30}?(榜单|清单|名单|目录|报告|方案|指南|白皮书|倡议|宣言)[。！]?$/;
function releasedThenTold(text: string, next: string | undefined): boolean {
  const thing = RELEASED.exec(text)?.[1];
  return thing !== undefined && next !== undefined && new RegExp(`^(?:该|这份|这一|此)?${thing}`).test(next);
}

/**
 * The passage alone, or with the list it opens or belongs to. Each piece is an exact substring of the article:
 *  - after an opening colon, the first sentence of each enumerated item that follows ("一是…", "二是…"),
 *    skipping the rest of each item's paragraph;
 *  - for a ";"-separated list, the sentences up to the one that closes it, as one contiguous span.
 */
export function listOf(
  retriever: Retriever,
  passage: Passage,
  asksForList: boolean,
  asksWho: boolean | "words" = false,
  asksHow = false,
  asksWhy = false,
): { pieces: string[]; passages: Passage[] } {
  const completed = completeSentence(retriever, passage, asksWho);
  // (…and a quotation that opens the paragraph before the speaker's sentence: "“我们聚力…。”在…会议上，某某介绍，…";
  // asked why, it often says what the speaker answers: "“…仍面临…等突出问题。”某某表示，组建网络就是要…".)
  // (Not when the sentence completed holds it already: "“…。”贾敬敦介绍,…" is one span.)
  const before = asksWho === "words" || asksWhy ? quotedBefore(retriever, passage) : undefined;
  const earlier = before?.some((x) => completed?.pieces.some((piece) => piece.includes(x.text))) ? undefined : before;
  // (One span from the quotation on, as the article writes it.)
  const spoken = (then: Passage[]) => {
    const from = (earlier as Passage[])[0] as Passage;
    const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
    return body.slice(from.start, (then.at(-1) as Passage).end);
  };
  if (completed && earlier && completed.pieces.length === 1)
    return { pieces: [spoken(completed.passages)], passages: [...earlier, ...completed.passages] };
  if (completed) return completed;
  // "他说了些什么": a speaker's sentence, then a paragraph that is only their quotation ("韩建军介绍，…。" then
  // "“我们要让…试验台。”"), which goes on with their words.
  const more = asksWho === "words" ? quotedAfter(retriever, passage) : undefined;
  if (more || earlier) {
    const said = earlier ? [spoken([passage])] : [passage.text];
    return {
      pieces: [...said, ...(more ?? []).map((x) => x.text)],
      passages: [...(earlier ?? []), passage, ...(more ?? [])],
    };
  }
  // "工信部打算怎么推动…": a short sentence that says what will be done ("工信部将探索网络内创新平台共建共享。") is
  // spelled out by the sentences of its paragraph that follow it ("支持…", "探索建立…"): those too.
  if ((asksHow || asksForList) && passage.text.length <= 40 && PLAN_HEAD.test(passage.text)) {
    const spelled = [passage];
    for (
      let next = retriever.next(passage);
      next && next.paragraph === passage.paragraph;
      next = retriever.next(next)
    ) {
      if (!SPELLS_OUT.test(next.text) || spelled.length > 3) break;
      spelled.push(next);
    }
    if (spelled.length > 1) {
      const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
      return { pieces: [body.slice(passage.start, (spelled.at(-1) as Passage).end)], passages: spelled };
    }
  }
  const taken = [passage];
  // A sentence that opens a list ("…如下：") is quoted with the enumerated items after it. So is one that holds a
  // list's first item ("贾敬敦说,一是聚焦…"), whose items ("二是…", "三是…") may stand a paragraph on, after the
  // examples each item's paragraph goes on with.
  if (OPENS_LIST.test(passage.text)) return itemsAfter(retriever, passage, null, 0);
  // (Asked for a list or not: "接下来打算怎么干" answered by "将重点推进四项工作：一是…" is all four.)
  if ((asksForList && FIRST_ITEM.test(passage.text)) || COUNTED_FIRST_ITEM.test(passage.text)) {
    const items = itemsAfter(retriever, passage, passage.paragraph, 1);
    if (items.passages.length > 1) return items;
  }
  let chars = passage.text.length;
  // An item inside a ";"-separated list ("各具特色：A…；B…；C…。"): the list from its first item.
  if (asksForList) {
    for (
      let prev = retriever.previous(passage);
      prev && prev.paragraph === passage.paragraph && ITEM_END.test(prev.text) && taken.length < MAX_LIST_SENTENCES;
      prev = retriever.previous(prev)
    ) {
      if (chars + prev.text.length > MAX_LIST_CHARS) break;
      taken.unshift(prev);
      chars += prev.text.length;
    }
  }
  // (…and asked how, the sentence a ";" cut goes on: "该市将深入实施祖冲之攻关计划…；继续深入实施制造业“智改数转”…".)
  if ((asksForList || asksHow) && ITEM_END.test(passage.text)) {
    for (let next = retriever.next(passage); next && taken.length < MAX_LIST_SENTENCES; next = retriever.next(next)) {
      if (!ITEM_END.test((taken[taken.length - 1] as Passage).text) || chars + next.text.length > MAX_LIST_CHARS) break;
      taken.push(next);
      chars += next.text.length;
    }
  }
  if (taken.length === 1) return { pieces: [passage.text], passages: taken };
  const body = retriever.knowledge.articles.get(passage.articleId)?.body ?? "";
  const first = taken[0] as Passage;
  const last = taken[taken.length - 1] as Passage;
  return { pieces: [body.slice(first.start, last.end)], passages: taken };
}

/**
 * `passage` and the enumerated items after it, until a sentence that is none stands more than `gap` paragraphs
 * after the last item (`from`: the paragraph that counts as the last item's before the first; null: none does).
 */
function itemsAfter(
  retriever: Retriever,
  passage: Passage,
  from: number | null,
  gap: number,
): { pieces: string[]; passages: Passage[] } {
  const pieces = [passage.text];
  const taken = [passage];
  let chars = passage.text.length;
  let itemParagraph = from;
  for (let next = retriever.next(passage); next && pieces.length <= MAX_LIST_SENTENCES; next = retriever.next(next)) {
    if (ENUMERATED.test(next.text) && chars + next.text.length <= MAX_LIST_CHARS) {
      // (An item that only names its heading, "二是推动创新平台共建共享。", with the sentence that says what it is.)
      const said = retriever.next(next);
      // (…an item that opens its own paragraph: the last of "一是…；二是…；三是…。" is followed by what else happened.)
      const opens = retriever.previous(next)?.paragraph !== next.paragraph;
      const spelled =
        opens && next.text.length <= SHORT_ITEM && said?.paragraph === next.paragraph && !ENUMERATED.test(said.text)
          ? said
          : undefined;
      const body = spelled ? (retriever.knowledge.articles.get(next.articleId)?.body ?? "") : "";
      pieces.push(spelled ? body.slice(next.start, spelled.end) : next.text);
      taken.push(next, ...(spelled ? [spelled] : []));
      chars += next.text.length + (spelled?.text.length ?? 0);
      itemParagraph = next.paragraph;
      if (spelled) next = spelled;
    } else if (itemParagraph === null || next.paragraph > itemParagraph + gap) break; // the list is over
  }
  return { pieces, passages: taken };
}

/** Lines that frame an article but say nothing: markdown headings, bylines, datelines, photo credits. */
const FRAME_LINE =
  /^(?:#{1,6}\s|▶|(?:本报)?记者\s*\S{1,12}(?:报道|摄)?$|本报讯|[（(](?:本报|特约)?(?:记者|通讯员)|编者按)/;

/** A quote without the heading or byline lines it starts with (what is left is still an exact substring). */
export function withoutHeadings(piece: string): string {
  let rest = piece;
  for (;;) {
    const nl = rest.indexOf("\n");
    const first = (nl < 0 ? rest : rest.slice(0, nl)).trim();
    // "本报讯（记者 韩雪）记者从…获悉，2025年…": the dateline goes, the news it opens stays.
    const dateline = /^本报讯\s*(?:[（(][^）)\n]{0,30}[）)])?\s*/.exec(first);
    if (dateline && first.length > dateline[0].length + 8) return rest.trim().slice(dateline[0].length).trim();
    if (!FRAME_LINE.test(first)) return rest.trim();
    if (nl < 0) return "";
    rest = rest.slice(nl + 1).replace(/^\s+/, "");
  }
}
