/**
 * Figures written as a table in text, a row a line. Two shapes:
 * - a work summary's indicators, a row each: "指标 | 2025年上半年 | 2026年上半年", then "生物医药产业营业收入（亿元） |
 *   512.3 | 586.7" — of the zone whose page it is (else of the group the item is about), the unit from the row
 *   label's brackets;
 * - a report's zones, a row each: "报告列出了部分成员单位物联网产业营业收入情况（单位：亿元）：", then "| 高新区 |
 *   2025年全年 | 2026年上半年 | 上半年同比增长 |" and "| 无锡高新区 | 1862 | 1015 | 12.4% |" — each row of its zone,
 *   what is counted and its unit from the sentence before the header.
 * Each row's value in each period's column is a figure of that period. Columns and rows of a rate of change
 * ("增速（%）", "上半年同比增长") are no figures; a zones table's rate column is the note of its period. Quoted line by
 * line: the sentence before a zones table, the header, the row — which together say what, when and how much.
 */
import type { Figure } from "../schema.ts";
import type { Doc } from "./context.ts";
import type { Sentence } from "./sentences.ts";

/** The header's first cell of an indicators table: the label column. */
const LABEL_COLUMN = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
/** The header's first cell of a zones table. */
const ZONE_COLUMN = /^(?:高新区|园区|成员(?:单位|高新区)?|单位(?:名称)?)$/;
/** A part of a year a column names. */
const PART = /上半年|下半年|前三季度|[一二三四]季度|全年/;
/** A period column: "2025年", "2025年上半年", "2026年前三季度", "2025年全年". */
const PERIOD = new RegExp(`^((?:19|20)\\d{2})年度?(${PART.source})?$`);
/** A row's label and its unit in brackets: "生物医药产业营业收入（亿元）". */
const ROW_LABEL = /^([\u3400-\u9fff“”"]{2,30}?)[（(]([\u3400-\u9fff%]{1,4})[）)]$/;
/** What a zones table counts, with its unit, said before it: "…部分成员单位物联网产业营业收入情况（单位：亿元）：". */
const TABLE_INTRO =
  /([\u3400-\u9fff]{2,30}?)(?:情况|数据)?(?:如下)?[（(]单位[:：]\s*([\u3400-\u9fff%]{1,4})[）)][:：]?$/;
/** Words before what is counted: "报告列出了部分成员单位物联网产业营业收入" → "物联网产业营业收入". */
const INTRO_LEAD = /^.*(?:列出了?|显示|如下|公布了?|统计了?|成员单位|各|部分)/;
/** A value cell: a plain number. */
const VALUE = /^\d+(?:\.\d+)?$/;
/** A rate of change or a share, not an amount. */
const RATE = /增速|增长率|增幅|增长|同比|占比|比重/;

/** A row's cells, without the empty ones a leading or trailing bar leaves. */
const cellsOf = (s: Sentence) =>
  s.text
    .trim()
    .replace(/^[|｜]|[|｜]$/g, "")
    .split(/[|｜]/)
    .map((c) => c.trim());

/** What a row is of: its zone or group, label and unit, or undefined when it is no figure's row. */
type RowOf = (cells: string[]) => { ids: string[]; label: string; unit: string; percent: boolean } | undefined;

/** An indicators table: rows of the page's zone, else of the group the item is about. */
function indicatorRows(doc: Doc, header: Sentence): RowOf | undefined {
  const home = doc.names.home;
  const ids = home ? [home] : [doc.anaphor(header)?.id].filter((id): id is string => id !== undefined);
  if (ids.length === 0) return undefined;
  const zoneName = home ? (doc.names.nameOf(home) ?? "") : "";
  return (cells) => {
    const named = ROW_LABEL.exec(cells[0] ?? "");
    if (!named || RATE.test(named[1] ?? "")) return undefined;
    const percent = named[2] === "%";
    return {
      ids,
      label: `${zoneName}${(named[1] ?? "").replace(/[“”"]/g, "")}`,
      unit: percent ? "" : (named[2] ?? ""),
      percent,
    };
  };
}

/** A zones table: what is counted from the sentence before the header, a row of each zone named in full. */
function zoneRows(doc: Doc, intro: Sentence | undefined): RowOf | undefined {
  const said = intro ? TABLE_INTRO.exec(intro.text.trim()) : null;
  // ("…物联网产业的营业收入": 的 is no part of the label.)
  const counted = (said?.[1] ?? "").replace(INTRO_LEAD, "").replace(/的/g, "");
  if (!said || counted.length < 2 || RATE.test(counted)) return undefined;
  return (cells) => {
    const cell = cells[0] ?? "";
    const zone = doc.names.zoneNamedAtStart(cell);
    if (!zone || zone.length !== cell.length) return undefined;
    return {
      ids: [zone.id],
      label: `${doc.names.nameOf(zone.id) ?? cell}${counted}`,
      unit: said[2] ?? "",
      percent: false,
    };
  };
}

export function tableFigures(
  doc: Doc,
  base: string,
  start: number,
  terms: (ids: string[], label: string) => string[][],
): Figure[] {
  const out: Figure[] = [];
  for (const header of doc.sentences) {
    const head = cellsOf(header);
    if (head.length < 2) continue;
    const periods = head.slice(1).map((c) => (RATE.test(c) ? null : PERIOD.exec(c)));
    const intro = doc.sentences[header.index - 1];
    const rowOf = LABEL_COLUMN.test(head[0] ?? "")
      ? periods.some((p) => p === null)
        ? undefined
        : indicatorRows(doc, header)
      : ZONE_COLUMN.test(head[0] ?? "") && periods.some((p) => p !== null)
        ? zoneRows(doc, intro?.item === header.item ? intro : undefined)
        : undefined;
    if (!rowOf) continue;
    // (A zones table is quoted from the sentence that says what it counts.)
    const from = LABEL_COLUMN.test(head[0] ?? "") ? header : (intro as Sentence);
    for (let i = header.index + 1; i < doc.sentences.length; i++) {
      const row = doc.sentences[i] as Sentence;
      const cells = cellsOf(row);
      if (row.item !== header.item || cells.length !== head.length) break;
      const what = rowOf(cells);
      if (!what) continue;
      // (A rate column, "上半年同比增长 | 12.4%", is the note of the period it names, else of the last period.)
      const rates = head
        .slice(1)
        .flatMap((h, j) => (RATE.test(h) && /%$/.test(cells[j + 1] ?? "") ? [{ h, v: cells[j + 1] }] : []));
      const lastPeriod = periods.findLastIndex((p) => p !== null);
      const noteOf = (j: number) =>
        rates
          .filter(({ h }) => {
            const part = PART.exec(h)?.[0];
            return part ? head[j + 1]?.includes(part) : j === lastPeriod;
          })
          .map(({ h, v }) => `${h.replace(new RegExp(`^(?:${PART.source})`), "")}${v}`)
          .join("；");
      cells.slice(1).forEach((cell, j) => {
        const period = periods[j];
        if (!VALUE.test(cell) || !period) return;
        const note = noteOf(j);
        out.push({
          id: `${base}-f${start + out.length + 1}`,
          label: what.label,
          value: what.percent ? `${cell}%` : cell,
          unit: what.unit,
          about: what.ids,
          match: terms(what.ids, what.label),
          exclude: [],
          period: head[j + 1] ?? "",
          year: Number(period[1]),
          ...(note ? { note } : {}),
          // (Each line on its own: the rows between the header and this one are other zones' or measures'.)
          evidence: [...new Set([from, header, row])].map((x) => doc.ev(x)),
        });
      });
    }
  }
  return out;
}
