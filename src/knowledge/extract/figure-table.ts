/**
 * Figures written as a table in text, a row a line, as work summaries give them: "指标 | 2025年上半年 | 2026年上半年",
 * then "生物医药产业营业收入（亿元） | 512.3 | 586.7". Each row's value in each period's column is a figure of that
 * period, its unit the one the row's label gives in brackets, of the zone whose page it is (else of the group the item
 * is about). Rows of a rate of change ("增速（%）") are left out, as the prose reader leaves them. Quoted from the header
 * to the row, which together say what, when and how much.
 */
import type { Figure } from "../schema.ts";
import type { Doc } from "./context.ts";
import type { Sentence } from "./sentences.ts";

/** The header's first cell: the label column. */
const LABEL_COLUMN = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
/** A period column: "2025年", "2025年上半年", "2026年前三季度". */
const PERIOD = /^((?:19|20)\d{2})年度?(上半年|下半年|前三季度|[一二三四]季度|全年)?$/;
/** A row's label and its unit in brackets: "生物医药产业营业收入（亿元）". */
const ROW_LABEL = /^([\u3400-\u9fff“”"]{2,30}?)[（(]([\u3400-\u9fff%]{1,4})[）)]$/;
/** A value cell: a plain number. */
const VALUE = /^\d+(?:\.\d+)?$/;
/** A rate of change or a share, not an amount. */
const RATE = /增速|增长率|增幅|同比|占比|比重/;

const cellsOf = (s: Sentence) => s.text.split(/[|｜]/).map((c) => c.trim());

export function tableFigures(
  doc: Doc,
  base: string,
  start: number,
  terms: (ids: string[], label: string) => string[][],
): Figure[] {
  const out: Figure[] = [];
  for (const header of doc.sentences) {
    const head = cellsOf(header);
    const periods = head.slice(1).map((c) => PERIOD.exec(c));
    if (head.length < 2 || !LABEL_COLUMN.test(head[0] ?? "") || periods.some((p) => p === null)) continue;
    // (The zone whose page it is, else the group the item is about.)
    const home = doc.names.home;
    const ids = home ? [home] : [doc.anaphor(header)?.id].filter((id): id is string => id !== undefined);
    if (ids.length === 0) continue;
    const zoneName = home ? (doc.names.nameOf(home) ?? "") : "";
    for (let i = header.index + 1; i < doc.sentences.length; i++) {
      const row = doc.sentences[i] as Sentence;
      const cells = cellsOf(row);
      if (row.item !== header.item || cells.length !== head.length) break;
      const named = ROW_LABEL.exec(cells[0] ?? "");
      if (!named || RATE.test(named[1] ?? "")) continue;
      const label = `${zoneName}${(named[1] ?? "").replace(/[“”"]/g, "")}`;
      const unit = named[2] === "%" ? "" : (named[2] ?? "");
      cells.slice(1).forEach((cell, j) => {
        const period = periods[j];
        if (!VALUE.test(cell) || !period) return;
        out.push({
          id: `${base}-f${start + out.length + 1}`,
          label,
          value: named[2] === "%" ? `${cell}%` : cell,
          unit,
          about: ids,
          match: terms(ids, label),
          exclude: [],
          period: head[j + 1] ?? "",
          year: Number(period[1]),
          evidence: [doc.evSpan(header, 0, row, row.text.length)],
        });
      });
    }
  }
  return out;
}
