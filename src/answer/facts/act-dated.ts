/**
 * "物联网网络第二批场景能力清单具体哪天发布", "商业航天首批…榜单打算什么时候发布": the date of a thing a group does
 * (a list published, a fund set up), not the group's founding. The sentence of the group's articles that tells of that
 * thing and its act answers: when it says when ("于今年6月底前发布首批…“榜单”"), that; when it leaves it open
 * ("具体发布时间尚未确定"), a refusal that quotes it; when no sentence tells of it, the articles do not say.
 */
import { ORDINAL, sameOrdinal } from "../ordinals.ts";
import type { Parsed } from "../parse.ts";
import { articleSentences, namesGroup, sentenceCited } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { type FactContext, type Group, leftOpen } from "./context.ts";
import { bigrams, UNDECIDED } from "./cues.ts";
import { missing } from "./overview.ts";

/** The thing, then the asking of when, then the act: "(的)第二批场景能力清单具体哪天发布" ("…榜单准备啥时候发",
 *  "…创新券互认是从什么时候开始试行的", "创新券跨省通用从什么时候开始试点", "…通用试点是什么时候启动的"). */
const ACT_DATED =
  /^(?:产业)?(?:协同创新)?(?:网络|联盟)?的?([\u4e00-\u9fff“”]{2,16}?)(?:具体|大概|大约|预计|打算|计划|准备|是)?(?:在|从)?(?:什么时候|啥时候|何时|哪天|哪一天|哪年|哪一年|几月几号|几月几日|几号|几月|几月份|哪个月)(?:能|会|将|要)?(?:正式)?(?:开始)?(发布|出台|印发|公布|上线|建成|投用|启用|开通|编制完成|设立|完成设立|完成|试行|试点|启动|实施|施行|推行|实行|发(?![展生起言]))/;
/** A step a thing completes, said after 完成: "完成注册", "完成备案". */
const STEP = /^(?:注册|备案|登记|设立|组建|筹建|签约|验收|募集)(?=的|了|吗|呢|$)/;
/** Words that name no thing ("具体是什么时候设立的", "最早是哪年设立的" ask the group's own founding). */
const NO_THING = /^(?:具体|最早|最初|大概|大约|究竟|到底|一开始|当初|正式|是|在|的)+$/;

/** When a sentence says an act happens: a year, a month, or part of a year. */
const WHEN_SAID =
  /(?:于|在)?(?:(?:(?:19|20)\d{2}年|今年|明年)(?:\d{1,2}月(?:\d{1,2}日|底|初|中旬|上旬|下旬|份)?|上半年|下半年|年底|年中|年初|内)?|\d{1,2}月(?:\d{1,2}日|底|初|中旬|上旬|下旬|份)?|上半年|下半年|年底|年中|年初|年内)(?:前|以前|之前)?/;

/** A part of a clause that is only a time ("6月", "今年上半年"). */
const WHEN_ONLY = new RegExp(`^(?:${WHEN_SAID.source})$`);

/** A batch ("首批", "第二批"), and the ways it is written. */
const BATCH = /首批|第[一二三四五六七八九十\d]{1,2}批/;
const batchForms = (b: string) => (/^(?:首批|第[一1]批)$/.test(b) ? ["首批", "第一批", "第1批"] : [b]);

/** The thing and act a question asks the date of, from after the group's name, if it asks one. */
export function actAsked(p: Parsed, g: Group): { thing: string; act: string } | undefined {
  const named = p.mentions.find((m) => m.type === "entity" && m.ref.id === g.id);
  const after = p.text.slice(named?.end ?? 0);
  const m = ACT_DATED.exec(after);
  // ("协同基金啥时候完成首期募集": what is completed, said after the act, is the thing.)
  const object =
    m?.[2] === "完成" ? /^[\u4e00-\u9fff]{2,8}/.exec(after.slice((m.index ?? 0) + m[0].length))?.[0] : undefined;
  // ("协同基金是什么时候完成注册的": a step of the thing's own, said after 完成, is the act.)
  const step = object ? STEP.exec(object)?.[0] : undefined;
  // (The thing as written, without quotation marks; "那个线上协同创新服务平台": a pointer is no part of its name.)
  const written = m?.[1]?.replace(/[“”]/g, "");
  const plain = written?.replace(/^(?:那个|这个|那|该)/, "");
  if (m && step) return { thing: plain ?? "", act: `完成${step}` };
  if (m && object) return { thing: `${written ?? ""}${object.replace(/(?:吗|呢|了)$/, "")}`, act: "完成" };
  // ("首期募集计划啥时候完成": the plan's completion is the thing's.)
  const thing = plain?.replace(/(?<=[\u4e00-\u9fff]{2})(?:计划|工作|任务)$/, "");
  // ("啥时候发": 发 of a list is 发布.)
  const act = m?.[2] === "发" ? "发布" : m?.[2]?.replace(/^完成(?=.)/, "");
  // (Not a date word taken for the thing, "是几月几号启动的", nor the group itself, "那个协同创新网络是哪天启动的": the
  // group's own launch.)
  if (thing && /几|哪|什么|啥/.test(thing)) return undefined;
  if (
    act === "启动" &&
    thing &&
    (/网络|联盟|^(?:是|那个|这个)/.test(thing) || !/试点|工程|行动|计划|项目|专项|平台|大赛|活动/.test(thing))
  )
    return undefined;
  return thing && act && !NO_THING.test(thing) ? { thing, act } : undefined;
}

export function actDated(c: FactContext, g: Group, asked: { thing: string; act: string }): Answer {
  const { thing, act } = asked;
  // ("首批…清单" is not "第二批…清单": an ordinal the thing has, the text must have too, in any of its forms; the
  // rest of the thing is matched by its own words: "第一批攻关榜单" by "首批关键核心技术攻关“榜单”".)
  const ordinal = (BATCH.exec(thing) ?? ORDINAL.exec(thing))?.[0];
  // (The words on each side of the ordinal apart: "基金首期募集" has no word "金募".)
  const own = [...new Set((ordinal ? thing.split(ordinal) : [thing]).flatMap((part) => [...bigrams(part)]))];
  const forms = ordinal ? (/批$/.test(ordinal) ? batchForms(ordinal) : sameOrdinal(ordinal)) : [];
  const holds = (text: string) =>
    own.length > 0 &&
    own.filter((b) => text.includes(b)).length / own.length >= 0.7 &&
    (!ordinal || forms.some((o) => text.includes(o)));
  const of = namesGroup(c.k, g.id);
  for (const a of [...c.k.articles.values()].filter(of).sort((x, y) => (y.date ?? "").localeCompare(x.date ?? ""))) {
    const sentences = articleSentences(a.body).map((x) => x.trim());
    for (const [i, quote] of sentences.entries()) {
      const plain = quote.replace(/[“”"]/g, "");
      const said =
        act === "完成"
          ? completed(plain, thing.replace(ordinal ?? "", ""), holds)
          : told(plain, sentences[i - 1]?.replace(/[“”"]/g, "") ?? "", act, holds);
      if (said === undefined) continue;
      const citation = { articleId: a.id, title: a.title, date: a.date ?? null, quote };
      if (said === "open") return leftOpen(citation);
      // ("今年11月" in an article of 2026: 2026年11月.)
      const year = Number(a.date?.slice(0, 4));
      const dated = said
        .replace(/^(?:于|在)/, "")
        .replace(/^(今|明)年/, (_, w: string) => (year ? `${year + (w === "明" ? 1 : 0)}年` : `${w}年`))
        // ("6月" in an article of November 2026, of what is done: 2026年6月; "12月" in one of January 2027: 2026年.)
        .replace(/^(\d{1,2})月/, (m, n: string) =>
          year ? `${Number(n) > Number(a.date?.slice(5, 7)) ? year - 1 : year}年${m}` : m,
        );
      return {
        kind: "fact",
        // ("完成注册": the step's completion, "协同基金注册的完成时间".)
        answer: `${g.name}${/^完成./.test(act) ? `${thing}${act.slice(2)}的完成` : `${thing}的${act}`}时间：${dated}。据《${a.title}》：${quote}`,
        citations: [citation],
        title: g.name,
      };
    }
  }
  return missing(c, g, `${thing}的${act}时间`);
}

/**
 * What a sentence says of the thing's act: its time, "open" when it leaves it open, or undefined. Read from the
 * part of a clause that names the thing ("…已于4月投入使用，合肥…平台预计年底建成": not the other platform's 4月) to the
 * clause's end; the thing may be named by the sentence before ("备受关注的联盟协同发展基金也有了进展。今年11月，
 * 基金完成设立").
 */
function told(sentence: string, before: string, act: string, holds: (text: string) => boolean) {
  for (const clause of sentence.split(/[；;]/)) {
    if (!clause.includes(act)) continue;
    const parts = clause.split(/[，,]/);
    const at = parts.findIndex((x) => holds(x));
    // (The thing named by the sentence's earlier clauses: "网络协同基金首期规模确定为20亿元，…，力争2026年12月底前完成
    // 首期募集".)
    const from =
      at >= 0 ? parts.slice(at).join("，") : holds(`${before}${clause}`) || holds(sentence) ? clause : undefined;
    if (from === undefined || !from.includes(act)) continue;
    // (The part that names it gives its time first: "2025年发布的首批…清单…，第二批…尚未确定" dates the first.)
    const own = at >= 0 && parts[at]?.includes(act) ? WHEN_SAID.exec(parts[at] ?? "")?.[0] : undefined;
    if (own) return own;
    // ("6月，网络发布首批36个低空应用场景": a time that opens the clause, a part of its own.)
    const opening = at > 0 ? parts.slice(0, at).find((x) => WHEN_ONLY.test(x.trim())) : undefined;
    if (opening) return opening.trim();
    if (UNDECIDED.test(from)) return "open";
    // (The act said twice, the thing named by the first: "联合发布低空应用场景清单，首批清单计划于今年6月底前发布" dates
    // it in the part of the second.)
    const when =
      WHEN_SAID.exec(from.slice(0, from.indexOf(act) + act.length + 12))?.[0] ??
      from
        .split(/[，,]/)
        .filter((x) => x.includes(act))
        .map((x) => WHEN_SAID.exec(x)?.[0])
        .find(Boolean);
    if (when) return when;
  }
  return undefined;
}

/**
 * When a bare 完成 is dated ("首期募集什么时候完成"): a 完成 the thing's head follows in its clause ("…，力争2026年12月
 * 底前完成首期募集", not "基金管理人遴选已于2026年5月完成" nor "已于2025年10月完成筹建"), in a sentence that names the
 * thing, and the time said nearest before that 完成 in its clause.
 */
function completed(sentence: string, thing: string, holds: (text: string) => boolean): string | undefined {
  const head = thing.slice(-2);
  if (head.length < 2 || !holds(sentence)) return undefined;
  for (let at = sentence.indexOf("完成"); at >= 0; at = sentence.indexOf("完成", at + 2)) {
    if (!(sentence.slice(at + 2).split(/[，,。；;]/)[0] ?? "").includes(head)) continue;
    const clause =
      sentence
        .slice(0, at)
        .split(/[，,。；;]/)
        .at(-1) ?? "";
    const times = [...clause.matchAll(new RegExp(WHEN_SAID.source, "g"))].filter((m) => m[0].length > 0);
    const when = times.at(-1)?.[0];
    if (when) return when;
    if (UNDECIDED.test(sentence.slice(at))) return "open";
  }
  return undefined;
}

/** "从什么时候开始筹备的": when the group's preparation began, not its founding. */
const PREPARED_ASKED =
  /(?:什么时候|啥时候|何时|哪一?年|几月)(?:开始|启动)?(?:筹备|筹建)|(?:筹备|筹建)(?:工作)?(?:是)?(?:从)?(?:什么时候|啥时候|何时|哪一?年|几月)/;
/** "网络筹备工作自2025年9月启动", "2025年9月，…启动网络筹备工作". */
// ("自2025年下半年启动", "2025年初": a part of a year, a month's part.)
const PREPARED_DATE = String.raw`(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)?|上半年|下半年|年初|年底|年末|初|底)?`;
const PREPARED_SAID = [
  new RegExp(`(?:筹备|筹建)(?:工作)?(?:自|于|从)(${PREPARED_DATE})(?:起)?(?:正式)?(?:启动|开始|展开)`),
  new RegExp(`(${PREPARED_DATE})[，,]?[^。；;]{0,16}?(?:启动|开始)(?:了)?[^。；;，,]{0,8}?(?:筹备|筹建)`),
];

export function preparedAsked(p: Parsed): boolean {
  return PREPARED_ASKED.test(p.text);
}

/** When the group's preparation began, as an article about it says; else that the articles do not say. */
export function preparedWhen(c: FactContext, g: Group): Answer {
  const when = (x: string) => PREPARED_SAID.map((re) => re.exec(x)?.[1]).find(Boolean);
  const said = sentenceCited(c.k, (x) => when(x) !== undefined, namesGroup(c.k, g.id));
  if (!said) return missing(c, g, "筹备起始时间");
  return {
    kind: "fact",
    answer: `${g.name}的筹备工作自${when(said.quote)}启动。据《${said.title}》：${said.quote}`,
    citations: [said],
    title: g.name,
  };
}
