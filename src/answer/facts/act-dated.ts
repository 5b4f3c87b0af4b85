/**
 * "物联网网络第二批场景能力清单具体哪天发布", "商业航天首批…榜单打算什么时候发布": the date of a thing a group does
 * (a list published, a fund set up), not the group's founding. The sentence of the group's articles that tells of that
 * thing and its act answers: when it says when ("于今年6月底前发布首批…“榜单”"), that; when it leaves it open
 * ("具体发布时间尚未确定"), a refusal that quotes it; when no sentence tells of it, the articles do not say.
 */
import type { Parsed } from "../parse.ts";
import { articleSentences, namesGroup } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import type { FactContext, Group } from "./context.ts";
import { bigrams, UNDECIDED } from "./cues.ts";
import { missing } from "./overview.ts";

/** The thing, then the asking of when, then the act: "(的)第二批场景能力清单具体哪天发布". */
const ACT_DATED =
  /^(?:产业)?(?:协同创新)?(?:网络|联盟)?的?([\u4e00-\u9fff“”]{2,16}?)(?:具体|大概|大约|预计|打算|计划|准备|是)?(?:在)?(?:什么时候|啥时候|何时|哪天|哪一天|哪年|几月|几月份|哪个月)(?:能|会|将|要)?(?:正式)?(发布|出台|印发|公布|上线|建成|投用|启用|开通|编制完成|设立|完成设立)/;

/** When a sentence says an act happens: a month, part of a year, or a year. */
const WHEN_SAID =
  /(?:于|在)?(?:(?:19|20)\d{2}年|今年|明年|年内)?(?:\d{1,2}月(?:底|初|中旬|上旬|下旬|份)?|上半年|下半年|年底|年中|年初|年内)(?:前|以前|之前)?/;

/** The thing and act a question asks the date of, from after the group's name, if it asks one. */
export function actAsked(p: Parsed, g: Group): { thing: string; act: string } | undefined {
  const named = p.mentions.find((m) => m.type === "entity" && m.ref.id === g.id);
  const m = ACT_DATED.exec(p.text.slice(named?.end ?? 0));
  return m?.[1] && m[2] ? { thing: m[1].replace(/[“”]/g, ""), act: m[2].replace(/^完成/, "") } : undefined;
}

export function actDated(c: FactContext, g: Group, asked: { thing: string; act: string }): Answer {
  const { thing, act } = asked;
  const own = [...bigrams(thing)];
  const of = namesGroup(c.k, g.id);
  // The clause that tells of the act and names the thing (most of its words, quotes aside), or whose sentence before
  // names it ("备受关注的联盟协同发展基金也有了进展。今年11月，基金完成设立").
  const holds = (text: string) => own.length > 0 && own.filter((b) => text.includes(b)).length / own.length >= 0.7;
  for (const a of [...c.k.articles.values()].filter(of).sort((x, y) => (y.date ?? "").localeCompare(x.date ?? ""))) {
    const sentences = articleSentences(a.body).map((x) => x.replace(/[“”"]/g, ""));
    for (const [i, sentence] of sentences.entries()) {
      const clause = sentence
        .split(/[；;]/)
        .find((x) => x.includes(act) && (holds(x) || holds(`${sentences[i - 1]}${x}`)));
      if (!clause) continue;
      const quote = (articleSentences(a.body)[i] ?? "").trim();
      const citation = { articleId: a.id, title: a.title, date: a.date ?? null, quote };
      if (UNDECIDED.test(clause))
        return {
          kind: "none",
          answer: `目前尚未确定，文章没有给出答案，只写了：据《${a.title}》：${quote}`,
          citations: [citation],
        };
      const when = WHEN_SAID.exec(clause.slice(0, clause.indexOf(act) + act.length + 12))?.[0];
      if (!when) continue;
      // ("今年11月" in an article of 2026: 2026年11月.)
      const year = Number(a.date?.slice(0, 4));
      const dated = when
        .replace(/^(?:于|在)/, "")
        .replace(/^(今|明)年/, (_, w: string) => (year ? `${year + (w === "明" ? 1 : 0)}年` : `${w}年`));
      return {
        kind: "fact",
        answer: `${g.name}${thing}的${act}时间：${dated}。据《${a.title}》：${quote}`,
        citations: [citation],
        title: g.name,
      };
    }
  }
  return missing(c, g, `${thing}的${act}时间`);
}
