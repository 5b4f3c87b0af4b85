/**
 * Figures the articles give: the ones a question names, and the difference between two years.
 */
import { hasTerm, normalize } from "../../knowledge/normalize.ts";
import type { Figure } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import type { Answer } from "../types.ts";
import { citationsFor, type FactContext, fact, none } from "./context.ts";

/** The figures a question names (at most four, the best matched), or the difference it asks for. */
export function figures(c: FactContext, p: Parsed): Answer | null {
  // "贾敬敦说行动计划怎么推进" shares words with a figure but asks how, not how much.
  if (p.open && !p.quantity) return null;
  const difference = figureDifference(c, p);
  if (difference) return difference;
  const matched = matchFigures(c, p);
  if (matched.length === 0) return null;
  // "具体多少个，给个数字" when the article only says "一半以上": not the exact figure asked for.
  if (/具体|数字|确切|精确|exact/.test(p.text) && matched.every((f) => !/\d/.test(String(f.value)))) {
    const said = matched.map((f) => `${f.label}：${f.value}${f.unit}`).join("；");
    return none(`文章没有给出具体数字，只写了：${said}。`, {
      citations: citationsFor(
        c.k,
        matched.flatMap((f) => f.evidence),
      ),
    });
  }
  const lines = matched.map(
    (f) =>
      `${f.label}：${f.value}${f.unit}${f.note ? `（${f.note}）` : ""}${f.period && !f.label.includes(f.period.replace(/年$/, "")) ? `，${f.period}` : ""}。`,
  );
  return fact(
    c.k,
    lines.join("\n"),
    matched.flatMap((f) => f.evidence),
    {
      title: matched.length === 1 ? matched[0]?.label : "数据",
      items: matched.map((f) => ({ name: f.label, note: `${f.value}${f.unit}` })),
    },
  );
}

/**
 * "某指标今年比去年多多少": the same measure in the two years the question names, and the difference
 * (computed here, from the two quoted values; only when both are plain numbers in the same unit).
 */
function figureDifference(c: FactContext, p: Parsed): Answer | null {
  if (!/比.{0,12}?(?:多|少|增加|增长|减少|高|低)了?(?:多少|几)/.test(p.text)) return null;
  const years = [...new Set([...p.text.matchAll(/20\d{2}/g)].map((m) => Number(m[0])))];
  if (years.length !== 2) return null;
  const mentioned = new Set(p.mentions.flatMap((m) => (m.type === "entity" ? [m.ref.id] : m.name.readings)));
  const yearTerm = (t: string) => /^20\d{2}$|预计|明年|去年|今年/.test(t);
  const found = c.k.figures.filter(
    (f) =>
      f.year !== undefined &&
      years.includes(f.year) &&
      f.match.every((group) =>
        group.some(
          (t) => yearTerm(t) || (t.startsWith("@") ? mentioned.has(t.slice(1)) : hasTerm(p.text, normalize(t))),
        ),
      ),
  );
  const [a, b] = years.map((y) => found.filter((f) => f.year === y));
  if (a?.length !== 1 || b?.length !== 1) return null;
  const [early, late] = [a[0] as Figure, b[0] as Figure].sort((x, y) => (x.year ?? 0) - (y.year ?? 0)) as [
    Figure,
    Figure,
  ];
  const number = (f: Figure) => /^约?(\d+(?:\.\d+)?)$/.exec(String(f.value))?.[1];
  const [x, y] = [number(early), number(late)];
  if (!x || !y || early.unit !== late.unit) return null;
  const diff = Math.round((Number(y) - Number(x)) * 100) / 100;
  const more = diff >= 0 ? `多${diff}` : `少${-diff}`;
  return fact(
    c.k,
    `${late.year}年比${early.year}年${more}${late.unit}：${late.label}${late.value}${late.unit}，${early.label}${early.value}${early.unit}。`,
    [...late.evidence, ...early.evidence],
    { title: late.label },
  );
}

/** Figures whose match terms the question states (for the years it names), the best matched first. */
function matchFigures(c: FactContext, p: Parsed): Figure[] {
  const years = [...p.text.matchAll(/20\d{2}/g)].map((m) => Number(m[0]));
  const mentioned = new Set(p.mentions.flatMap((m) => (m.type === "entity" ? [m.ref.id] : m.name.readings)));
  const scored: { f: Figure; score: number }[] = [];
  for (const f of c.k.figures) {
    if (f.exclude.some((t) => hasTerm(p.text, normalize(t)))) continue;
    if (f.year !== undefined && years.length > 0 && !years.includes(f.year)) continue;
    const ok = f.match.every((group) =>
      group.some((term) => (term.startsWith("@") ? mentioned.has(term.slice(1)) : hasTerm(p.text, normalize(term)))),
    );
    if (ok) scored.push({ f, score: f.match.length });
  }
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score === best)
    .map((s) => s.f)
    .slice(0, 4);
}

/** A count of something the articles do not count for groups (companies, projects): a figure, or a refusal. */
export function notCounted(c: FactContext, p: Parsed, noun: string, comparing: boolean): Answer | null {
  const figure = figures(c, p);
  if (figure) return figure;
  if (!comparing) return null; // an amount: a passage may state it (checked by the retrieval's support rules)
  const sizes = [...c.k.networks.values()]
    .filter((n) => n.members && !n.members.partial)
    .map((n) => `${c.shortName(n)}${n.members?.zones.length}家`)
    .join("、");
  return none(`文章没有各网络或联盟“${noun}”的数据，无法比较。文章记载的是成员数：${sizes}。`);
}
