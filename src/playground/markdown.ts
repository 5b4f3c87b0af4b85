/**
 * The subset of Feishu card markdown that `src/feishu/render.ts` writes, parsed into plain data for the
 * playground to render:
 *   - lines separated by "\n"; a line starting with "- " is a list item, consecutive items form one list;
 *   - `**bold**` inline;
 *   - HTML entities `&lt; &gt; &amp; &quot; &apos; &#NN; &#xHH;` (render.ts escapes user and knowledge text this way).
 * Everything else is literal text. The result holds decoded characters, never markup: the caller escapes it on
 * output, so a `<script>` in the source can only ever be shown as text.
 */

export type Inline = { text: string; bold: boolean };
export type Block = { kind: "list"; items: Inline[][] } | { kind: "line"; inline: Inline[] };

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the entities listed above; an unknown or malformed entity stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      // Lone surrogates and values past U+10FFFF are not characters.
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Splits a line on `**` pairs. An unpaired `**` is literal. Entities are decoded after splitting, so an
 *  escaped `&#42;&#42;` stays two literal asterisks. */
export function parseInline(line: string): Inline[] {
  const parts = line.split("**");
  // An even number of parts means one `**` has no partner: glue the last two parts back together.
  if (parts.length % 2 === 0) {
    const last = parts.pop() ?? "";
    parts[parts.length - 1] = `${parts[parts.length - 1]}**${last}`;
  }
  const out: Inline[] = [];
  parts.forEach((part, i) => {
    if (part === "") return;
    out.push({ text: decodeEntities(part), bold: i % 2 === 1 });
  });
  return out;
}

export function parseMarkdown(content: string): Block[] {
  const blocks: Block[] = [];
  for (const line of content.split("\n")) {
    if (line.startsWith("- ")) {
      const item = parseInline(line.slice(2));
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list") last.items.push(item);
      else blocks.push({ kind: "list", items: [item] });
    } else {
      blocks.push({ kind: "line", inline: parseInline(line) });
    }
  }
  return blocks;
}
