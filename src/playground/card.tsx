/**
 * Feishu card JSON 2.0 → HTML, for the elements `src/feishu/render.ts` emits:
 *   header { title: plain_text, template }          → the coloured card head
 *   div { text: plain_text, text_size? }             → a paragraph, line breaks kept
 *   markdown { content, text_size? }                 → lines, "- " lists and **bold** (see markdown.ts)
 *   collapsible_panel { expanded, header.title, elements } → <details>, open when expanded
 *   table { columns[{name, display_name}], rows[{name: text}] } → a real <table> (scrolls sideways on a phone)
 *   column_set { columns[{ elements }] }             → a row of columns
 *   button { text, behaviors[{type: "callback", value}] } → a suggested question ({a:"ask"}) submits the ask
 *       form (works without JavaScript); a feedback button ({a:"fb"}) is marked pressed by the page script
 * Any other tag is shown as a visible placeholder naming it, so a new element in render.ts cannot vanish
 * silently (a unit test renders a card with every element and checks no placeholder appears).
 *
 * Escaping: every string reaches the page as a JSX text child or attribute, which hono/jsx escapes. Nothing here
 * builds HTML from strings.
 */
import type { Child } from "hono/jsx";
import { parseCardActionValue } from "../feishu/card-actions.ts";
import { type Inline, parseMarkdown } from "./markdown.ts";

/** The id of the page's question form: suggestion buttons in a card submit it. */
export const ASK_FORM_ID = "ask";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Header colours the page styles; anything else falls back to the default. */
const TEMPLATES = new Set(["blue", "grey", "green", "red", "orange", "yellow", "purple", "turquoise", "wathet"]);

/** The text of a `{tag: "plain_text" | "lark_md", content}` object. */
function textOf(v: unknown): string {
  return isObject(v) ? str(v.content) : "";
}

function sizeClass(element: Json, text?: unknown): string {
  const size = str(element.text_size) || (isObject(text) ? str(text.text_size) : "");
  return size === "notation" ? " notation" : "";
}

function InlineRun({ parts }: { parts: Inline[] }) {
  return <>{parts.map((p) => (p.bold ? <strong>{p.text}</strong> : p.text))}</>;
}

function Markdown({ element }: { element: Json }) {
  const blocks = parseMarkdown(str(element.content));
  return (
    <div class={`el md${sizeClass(element)}`} data-tag="markdown">
      {blocks.map((b) =>
        b.kind === "list" ? (
          <ul>
            {b.items.map((item) => (
              <li>
                <InlineRun parts={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <InlineRun parts={b.inline} />
          </p>
        ),
      )}
    </div>
  );
}

function Element({ element }: { element: unknown }): Child {
  if (!isObject(element)) return <UnknownElement tag="(not an object)" />;
  const tag = str(element.tag);
  switch (tag) {
    case "div":
      return (
        <div class={`el text${sizeClass(element, element.text)}`} data-tag="div">
          {textOf(element.text)}
        </div>
      );
    case "markdown":
      return <Markdown element={element} />;
    case "collapsible_panel": {
      const header = isObject(element.header) ? element.header : {};
      const children = Array.isArray(element.elements) ? element.elements : [];
      return (
        <details class="el panel" data-tag="collapsible_panel" open={element.expanded === true}>
          <summary>{textOf(header.title)}</summary>
          <div class="panel-body">
            {children.map((child) => (
              <Element element={child} />
            ))}
          </div>
        </details>
      );
    }
    case "table":
      return <Table element={element} />;
    case "column_set": {
      const columns = Array.isArray(element.columns) ? element.columns.filter(isObject) : [];
      return (
        <div class="el cols" data-tag="column_set">
          {columns.map((column) => (
            <div class="col">
              {(Array.isArray(column.elements) ? column.elements : []).map((child) => (
                <Element element={child} />
              ))}
            </div>
          ))}
        </div>
      );
    }
    case "button":
      return <Button element={element} />;
    default:
      return <UnknownElement tag={tag || "(no tag)"} />;
  }
}

function Table({ element }: { element: Json }) {
  const columns = (Array.isArray(element.columns) ? element.columns : []).filter(isObject);
  const rows = (Array.isArray(element.rows) ? element.rows : []).filter(isObject);
  return (
    <div class="el table-wrap" data-tag="table">
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col">{str(c.display_name)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((c, i) =>
                i === 0 ? <th scope="row">{str(row[str(c.name)])}</th> : <td>{str(row[str(c.name)])}</td>,
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Button({ element }: { element: Json }) {
  const label = textOf(element.text);
  const behaviors = Array.isArray(element.behaviors) ? element.behaviors.filter(isObject) : [];
  const value = parseCardActionValue(behaviors.find((b) => b.type === "callback")?.value);
  if (value?.a === "ask") {
    return (
      <button type="submit" form={ASK_FORM_ID} name="ask" value={value.q} class="el card-btn ask-btn" data-tag="button">
        {label}
      </button>
    );
  }
  if (value?.a === "fb") {
    return (
      <button type="button" class="el card-btn fb-btn" data-tag="button" data-vote={value.v} aria-pressed="false">
        {label}
      </button>
    );
  }
  return <UnknownElement tag="button (unknown action)" />;
}

function UnknownElement({ tag }: { tag: string }) {
  return (
    <div class="el unknown" data-tag="unknown">
      [页面不支持的卡片元素：{tag}]
    </div>
  );
}

/** One card, as Feishu would lay it out. */
export function CardView({ card }: { card: unknown }) {
  const c = isObject(card) ? card : {};
  const header = isObject(c.header) ? c.header : {};
  const template = str(header.template);
  const body = isObject(c.body) ? c.body : {};
  const elements = Array.isArray(body.elements) ? body.elements : [];
  return (
    <div class={`card tpl-${TEMPLATES.has(template) ? template : "default"}`}>
      <div class="card-head">{textOf(header.title)}</div>
      <div class="card-body">
        {elements.map((e) => (
          <Element element={e} />
        ))}
      </div>
    </div>
  );
}

/** The card as an HTML string (escaped); for tests and tools. */
export function cardHtml(card: unknown): string {
  return (<CardView card={card} />).toString() as string;
}
