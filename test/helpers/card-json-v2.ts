/**
 * The part of Feishu's card JSON 2.0 that src/feishu/render.ts writes, as strict zod schemas: JSON 2.0 rejects
 * properties a component does not support ("传入不支持的属性将报错"), so every object here is strict.
 * Written from the Open Platform pages for the card structure and the div, markdown, collapsible_panel, table,
 * button and column_set components (JSON 2.0 versions); only the properties we use are listed.
 */
import { z } from "zod";

const plainText = z.strictObject({
  tag: z.literal("plain_text"),
  content: z.string(),
  text_size: z.enum(["normal", "notation", "heading", "heading-1", "heading-2", "heading-3", "heading-4"]).optional(),
});

const callbackButton = z.strictObject({
  tag: z.literal("button"),
  text: plainText.refine((t) => Array.from(t.content).length <= 100, "button text is at most 100 characters"),
  type: z.enum([
    "default",
    "primary",
    "danger",
    "text",
    "primary_text",
    "danger_text",
    "primary_filled",
    "danger_filled",
    "laser",
  ]),
  size: z.enum(["tiny", "small", "medium", "large"]).optional(),
  width: z.union([z.enum(["default", "fill"]), z.string().regex(/^\d+px$/)]).optional(),
  behaviors: z.array(z.strictObject({ type: z.literal("callback"), value: z.record(z.string(), z.unknown()) })).min(1),
});

const div = z.strictObject({ tag: z.literal("div"), text: plainText });
const markdown = z.strictObject({
  tag: z.literal("markdown"),
  content: z.string(),
  text_size: z.enum(["normal", "notation", "heading"]).optional(),
});

const table = z
  .strictObject({
    tag: z.literal("table"),
    page_size: z.number().int().min(1).max(10),
    row_height: z.union([z.enum(["low", "middle", "high", "auto"]), z.string().regex(/^\d+px$/)]),
    freeze_first_column: z.boolean(),
    header_style: z.strictObject({
      text_align: z.enum(["left", "center", "right"]).optional(),
      text_size: z.enum(["normal", "heading"]).optional(),
      background_style: z.enum(["grey", "none"]).optional(),
      text_color: z.enum(["default", "grey"]).optional(),
      bold: z.boolean().optional(),
      lines: z.number().int().optional(),
    }),
    columns: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          display_name: z.string(),
          data_type: z.literal("text"),
          width: z.union([z.literal("auto"), z.string().regex(/^\d+(px|%)$/)]),
        }),
      )
      .min(1)
      .max(50),
    rows: z.array(z.record(z.string(), z.string())),
  })
  .refine((t) => t.rows.every((r) => Object.keys(r).every((k) => t.columns.some((c) => c.name === k))), {
    message: "every row key is a column name",
  });

const column = z.strictObject({
  tag: z.literal("column"),
  width: z.union([z.enum(["auto", "weighted"]), z.string().regex(/^\d+px$/)]),
  elements: z.array(callbackButton),
});
const columnSet = z.strictObject({
  tag: z.literal("column_set"),
  flex_mode: z.enum(["none", "stretch", "flow", "bisect", "trisect"]),
  horizontal_spacing: z.string(),
  columns: z.array(column).min(1),
});

const inPanel = z.union([div, markdown]);
const panel = z.strictObject({
  tag: z.literal("collapsible_panel"),
  expanded: z.boolean(),
  header: z.strictObject({ title: plainText }),
  vertical_spacing: z.string(),
  elements: z.array(inPanel),
});

/** Components at the card's root (a table may only sit there). */
const element = z.union([div, markdown, table, panel, callbackButton, columnSet]);

export const CardJsonV2 = z
  .strictObject({
    schema: z.literal("2.0"),
    config: z.strictObject({
      update_multi: z.literal(true),
      summary: z.strictObject({ content: z.string() }).optional(),
    }),
    header: z.strictObject({
      title: plainText,
      template: z.enum([
        "blue",
        "wathet",
        "turquoise",
        "green",
        "yellow",
        "orange",
        "red",
        "carmine",
        "violet",
        "purple",
        "indigo",
        "grey",
        "default",
      ]),
    }),
    body: z.strictObject({ elements: z.array(element).min(1) }),
  })
  .refine((card) => card.body.elements.filter((e) => e.tag === "table").length <= 5, "at most five tables a card");

/** Throws with zod's message (the path of the first offending property) when `card` is not valid. */
export function assertCardJsonV2(card: unknown): void {
  const result = CardJsonV2.safeParse(card);
  if (!result.success) throw new Error(`not valid card JSON 2.0: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
}
