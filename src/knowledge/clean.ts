/**
 * A newspaper body as printed has page breaks: a sentence, even a word, runs on after a blank line, sometimes
 * with a photo credit or "广告" set between its halves ("…战略联盟。首 / 本报记者 刘琴摄 / 届联盟秘书处设在…").
 * Quotes cut there are fragments. `cleanBody` joins such breaks (and drops the credit between them), so passages
 * and quotes are whole sentences; `toRawOffset` maps a position in the cleaned body back to the text as stored,
 * so every quote stays findable in the source.
 *
 * Spaces the layout set between two CJK characters inside a line are dropped too.
 * A break is joined only when the line before it is body text (long, with clause punctuation, ending inside a
 * sentence: a CJK character or 、，) and the line after it continues it (not a heading "#…", not an opening quotation mark, not a list item).
 */
export type Cleaned = {
  body: string;
  /** Each join: where it is in the cleaned body, and the raw text it replaced. */
  joins: { at: number; removed: string }[];
};

const ENDS_INSIDE = /[\u4e00-\u9fff、，,0-9a-zA-Z]$/;
const STARTS_NEW = /^(?:#|“|"|「|（|\(|[一二三四五六七八九十]+是|[0-9]+[.、]|▶|•|·|-\s)/;
/** A line set between the halves of a sentence: a photo credit, an advertisement mark. */
const INSERT = /^(?:(?:本报)?记者\s*\S{1,12}\s*摄|新华社(?:记者)?\s*\S{1,12}\s*摄|图[:：].{0,40}|广告|资料图(?:片)?)$/;
const MIN_BODY_LINE = 30;
/** A line of a list by label ("内蒙古（3家）：A、B", "成员单位：A、B"): never the rest of the line before it. */
const LABELLED = /^[\u4e00-\u9fff]{2,10}(?:[（(]\d+家[）)])?[：:]/;
const COUNTED_LABEL = /^[\u4e00-\u9fff]{2,10}[（(]\d+家[）)][：:]/;
/** Body text has clause punctuation; a headline or a subhead usually has none. */
const CLAUSE = /[，,。；;：:]/;

export function cleanBody(raw: string): Cleaned {
  const lines = raw.split("\n");
  let body = "";
  const joins: Cleaned["joins"] = [];
  let i = 0;
  while (i < lines.length) {
    const line = withoutInnerSpaces(lines[i] as string, body.length, joins);
    body += line;
    const trimmed = line.trim();
    // Look past blank lines (and one inserted credit) for the line that continues this one.
    let j = i + 1;
    while (j < lines.length && (lines[j] as string).trim() === "") j++;
    let k = j;
    if (k < lines.length && INSERT.test((lines[k] as string).trim())) {
      k++;
      while (k < lines.length && (lines[k] as string).trim() === "") k++;
    }
    const next = lines[k]?.trim() ?? "";
    const joinable =
      j > i + 1 &&
      k < lines.length &&
      trimmed.length >= MIN_BODY_LINE &&
      CLAUSE.test(trimmed) &&
      !trimmed.startsWith("#") &&
      ENDS_INSIDE.test(trimmed) &&
      next.length > 0 &&
      !STARTS_NEW.test(next) &&
      !INSERT.test(next) &&
      !COUNTED_LABEL.test(next) &&
      !(LABELLED.test(trimmed) && LABELLED.test(next));
    if (joinable) {
      const removed = `${lines.slice(i + 1, k).join("\n")}\n`;
      // The removed text: the line break after `line`, the blank lines and any credit, up to `next`'s start.
      const lead = (lines[k] as string).length - (lines[k] as string).trimStart().length;
      joins.push({
        at: body.length - (line.length - line.trimEnd().length),
        removed: `${line.slice(line.trimEnd().length)}\n${removed}${(lines[k] as string).slice(0, lead)}`,
      });
      body = body.slice(0, body.length - (line.length - line.trimEnd().length));
      lines[k] = (lines[k] as string).trimStart();
      i = k;
      continue;
    }
    if (i < lines.length - 1) body += "\n";
    i++;
  }
  return { body, joins };
}

/** A space set inside a word or a name by the page layout ("概 念验证中心"): between two CJK characters. */
const INNER_SPACE = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g;

function withoutInnerSpaces(line: string, offset: number, joins: Cleaned["joins"]): string {
  let out = "";
  let last = 0;
  for (const m of line.matchAll(INNER_SPACE)) {
    const at = m.index ?? 0;
    out += line.slice(last, at);
    joins.push({ at: offset + out.length, removed: " " });
    last = at + 1;
  }
  return out + line.slice(last);
}

/** The position in the raw text of position `at` of the cleaned body. */
export function toRawOffset(cleaned: Cleaned, at: number): number {
  let offset = at;
  for (const j of cleaned.joins) if (j.at <= at) offset += j.removed.length;
  return offset;
}
