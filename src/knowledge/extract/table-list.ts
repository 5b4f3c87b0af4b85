/**
 * A member list written as a table in text, a row a line: "成员高新区|主攻方向" then "青岛高新区(牵头)|海洋工程装备", or a
 * notice's attachment "序号 | 高新区 | 所属环节" then "1 | 南京高新区 | 核心零部件". The zones of the zone column (the lead
 * marked "(牵头)"), and the parts of the chain by a column that names them. Taken only when every row's zone cell is
 * one zone, numbered rows run 1…n, and a count the article states for its members ("首批成员单位共15家") agrees; any
 * other outcome reads nothing.
 */
import type { ListPart } from "../schema.ts";
import type { Doc } from "./context.ts";
import { pushNamedList, readLines } from "./counted-list.ts";
import { countOf } from "./lists.ts";
import type { GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A header cell of the zones' column. */
const ZONE_COLUMN = /^(?:成员)?(?:高新区|单位|园区)(?:名称)?$|^成员(?:单位)?$|^单位名称$/;
/** A header cell of the parts' column ("所属环节", "板块"); not a province's ("所属省份"). */
const PART_COLUMN = /环节|板块|分组/;
/** A header cell of the rows' numbers. */
const NUMBER_COLUMN = /^(?:序号|编号|No\.?)$/;
/** A count the article states for its members: "首批成员单位共15家", "成员单位共有十四家". */
const STATED = /成员(?:单位)?(?:共有?|为)(\d{1,2}|[一二两三四五六七八九十]{1,3})家/g;

const cellsOf = (s: Sentence) => s.text.split(/[|｜]/);

export function tableLists(doc: Doc): void {
  for (const header of doc.sentences) {
    const head = cellsOf(header);
    const zoneAt = head.findIndex((c) => ZONE_COLUMN.test(c));
    if (head.length < 2 || zoneAt < 0) continue;
    // (A table of the members: its zone column says so, "成员高新区", or its caption is a list of them, "…首批成员单位名单";
    // not a ranking, "营收排名前三的成员高新区如下：" then "高新区 | 2025年营收（亿元）".)
    const caption = doc.sentences[header.index - 1]?.text ?? "";
    if (!/^成员/.test(head[zoneAt] ?? "") && !/名单/.test(caption)) continue;
    const numbered = NUMBER_COLUMN.test(head[0] ?? "");
    const rows = rowsAfter(doc, header, head.length, numbered);
    const group = rows.length >= 3 ? groupOfTable(doc, header) : undefined;
    if (!group) continue;
    const rollback = doc.names.mark();
    const read = readLines(
      doc,
      rows.map((s) => ({ s, text: cellsOf(s)[zoneAt] ?? "" })),
    );
    const stated = [...doc.body.matchAll(STATED)].map((m) => countOf(m[1] ?? ""));
    if (
      !read ||
      read.lines !== rows.length ||
      read.zones.length !== rows.length ||
      stated.some((n) => n !== rows.length)
    ) {
      rollback();
      continue;
    }
    const partAt = head.findIndex((c) => PART_COLUMN.test(c));
    const parts = partAt >= 0 ? partsOf(rows, partAt, read.zones) : undefined;
    const last = rows.at(-1) as Sentence;
    const evidence = doc.evSpan(rows[0] as Sentence, 0, last, last.text.length);
    pushNamedList(doc, group, { ...read, ...(parts ? { parts } : {}) }, evidence);
  }
}

/** The rows after a header: the lines after it, each as many cells, numbered 1…n when the table numbers them. */
function rowsAfter(doc: Doc, header: Sentence, width: number, numbered: boolean): Sentence[] {
  const rows: Sentence[] = [];
  let previous = header;
  for (let i = header.index + 1; i < doc.sentences.length; i++) {
    const row = doc.sentences[i] as Sentence;
    const cells = cellsOf(row);
    if (row.item !== header.item || row.paragraph === previous.paragraph || cells.length !== width) break;
    if (numbered && cells[0] !== String(rows.length + 1)) break;
    rows.push(row);
    previous = row;
  }
  return rows;
}

/** The parts by the column that names them, in the rows' order (two at least). */
function partsOf(rows: Sentence[], at: number, zones: string[]): ListPart[] | undefined {
  const parts: ListPart[] = [];
  rows.forEach((row, i) => {
    const label = cellsOf(row)[at] ?? "";
    const part = parts.find((p) => p.label === label);
    if (part) part.zones.push(zones[i] as string);
    else parts.push({ label, zones: [zones[i] as string] });
  });
  return parts.length > 1 && parts.every((p) => p.label.length >= 2) ? parts : undefined;
}

/** The group a table lists: the one its caption names (the line before), else the one the article is about. */
function groupOfTable(doc: Doc, header: Sentence): GroupRef | undefined {
  const caption = doc.sentences[header.index - 1];
  const named = caption ? (doc.mentions[caption.index] ?? []).at(-1) : undefined;
  return named ?? doc.anaphor(header);
}
