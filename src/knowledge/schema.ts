/**
 * The shape of the knowledge files. Every statement the bot can make is backed by
 * `evidence`: an article id and a quote that stands word for word in that article's body.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
/** A date the article states only in part (e.g. "2024-09" or "2013"). */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lowercase id (a-z, 0-9, -)");

export const evidenceSchema = z.object({
  article: z.string().min(1),
  quote: z.string().min(4),
});
export type Evidence = z.infer<typeof evidenceSchema>;
const evidence = z.array(evidenceSchema).min(1);

export const articleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  date: isoDate.nullable().default(null),
  /** When `date` is null: what the text implies about when it was written. */
  dateNote: z.string().nullable().default(null),
  authors: z.array(z.string()).default([]),
  people: z.array(z.string()).default([]),
  seed: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const zoneSchema = z.object({
  id,
  name: z.string().min(1),
  /** national = 国家高新区 (or a national demonstration zone), provincial = 省级高新区, other = 经开区 etc. */
  level: z.enum(["national", "provincial", "other"]),
  aliases: z.array(z.string().min(1)).default([]),
  /** Gazetteer data for parsing ("上海的高新区"); never cited. Curated zones have them; a zone learned from an
   *  article has them only when the text gives them ("湖南株洲高新区"). */
  city: z.string().min(1).optional(),
  province: z.string().min(1).optional(),
  evidence,
});
export type Zone = z.infer<typeof zoneSchema>;

const membersSchema = z.object({
  zones: z.array(id),
  /** True when the article names only some of the members. */
  partial: z.boolean().default(false),
  /** The count as the article states it (may include members it does not name). */
  statedCount: z.number().int().positive().optional(),
  /** How the stated count is to be read, when the article leaves room for doubt. */
  countNote: z.string().optional(),
  /** Members outside the zone table, as the article names them (e.g. a provincial zone). */
  others: z.array(z.string()).default([]),
  /** The date this list describes (YYYY-MM-DD or YYYY-MM): a launch, a founding, a membership change. */
  asOf: partialDate.optional(),
  /** The parts the article gives the list in ("华东地区5家，分别为…"), by their labels as written. */
  /** (`lead`: the zone that leads the part, "三个板块分别由A、B、C牵头协调".) */
  parts: z.array(z.object({ label: z.string().min(1), zones: z.array(id).min(1), lead: id.optional() })).optional(),
  evidence,
});
export type Members = z.infer<typeof membersSchema>;
/** A labelled part of a member list ("华东地区5家：…", "核心零部件板块包括…"), and the zone that leads it. */
export type ListPart = NonNullable<Members["parts"]>[number];

/** The articles a group's member lists (now and before) are quoted from. */
export function listArticles(g: { members?: Members; memberHistory: Members[] }): Set<string> {
  return new Set([...(g.members?.evidence ?? []), ...g.memberHistory.flatMap((h) => h.evidence)].map((e) => e.article));
}

const personSchema = z.object({ name: z.string().min(1), role: z.string().min(1), evidence });

/**
 * Another seat a group gives members: 副理事长单位, 常务理事单位, 2026年轮值主席单位, 观察员 … (`role` as the
 * article writes it, with its term when it gives one), the zones that hold it, since when.
 */
const roleSeatSchema = z.object({
  role: z.string().min(1),
  zones: z.array(id).min(1),
  asOf: partialDate.optional(),
  /** The zones were added to the seat ("增选A、B为常务理事单位"): the others who hold it are not listed here. */
  added: z.boolean().optional(),
  /** How many hold the seat after, when stated ("常务理事单位由7家增至9家"). */
  count: z.number().int().positive().optional(),
  /** The zone that handed the seat over ("A向B移交轮值主席旗帜", "A将轮值理事长单位交接给B"). */
  from: id.optional(),
  evidence,
});
export type RoleSeat = z.infer<typeof roleSeatSchema>;

/**
 * A secretariat: the zone that holds it, how it runs, since when (the date of the article that says so), and, for
 * a seat handed over, the day of the handover the article gives (`movedOn`).
 */
/** A secretariat's note that tells of a move inside its zone ("由A科技局移交至…服务中心", "…起改由B承担"). */
export const MOVED_INSIDE = /移交|调整为|调整至|调整到|迁至|移至|转至|改为|改由|改设在|改设于/;
/** How a secretariat's note opens when it names the place it is set in: "设在X", or "调整至X" after a move. */
export const SEAT_PLACE = /^(?:设在|调整至|调整到|迁至|迁往|移至|改设至)/;

const seatSchema = z.object({
  zone: id,
  note: z.string().optional(),
  asOf: partialDate.optional(),
  movedOn: partialDate.optional(),
  evidence,
});

export const networkSchema = z.object({
  id,
  name: z.string().min(1),
  /** Other official forms of the name used by the articles. */
  officialNames: z.array(z.string()).default([]),
  /** The industry field (人工智能, 集成电路, …): the short name users type. */
  field: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** True for the five 2024 pilot networks promoted by 工业和信息化部. */
  pilot: z.boolean(),
  launch: z
    .object({
      date: isoDate.optional(),
      venue: id.optional(),
      /** How the article names the occasion (启动大会, 启动仪式, 建设大会 …). */
      occasion: z.string().optional(),
      /** Who guided it ("在工业和信息化部火炬中心指导下"). */
      guidedBy: z.string().optional(),
      evidence,
    })
    .optional(),
  lead: z.object({ zone: id, evidence }).optional(),
  leadPeople: z.array(personSchema).default([]),
  members: membersSchema.optional(),
  /** Earlier member lists, oldest first, when later articles changed it (`members` is the current one). */
  memberHistory: z.array(membersSchema).default([]),
  /** The network's secretariat, when an article names one. */
  secretariat: seatSchema.optional(),
  /** Earlier secretariats, oldest first, when a later article moved it (`secretariat` is the current one). */
  secretariatHistory: z.array(seatSchema).default([]),
  seats: z.array(roleSeatSchema).default([]),
  aims: z.array(z.object({ text: z.string(), evidence })).default([]),
});
export type Network = z.infer<typeof networkSchema>;

export const allianceSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  region: z.string().optional(),
  /** The founding: its date, where it was held (a zone, when an article says), who guided it. */
  founded: z.object({ date: partialDate, venue: id.optional(), guidedBy: z.string().optional(), evidence }).optional(),
  initiator: z.object({ text: z.string(), evidence }).optional(),
  members: membersSchema.optional(),
  memberHistory: z.array(membersSchema).default([]),
  secretariat: seatSchema.optional(),
  secretariatHistory: z.array(seatSchema).default([]),
  /** The chair (理事长单位), when an article names one. */
  chair: z.object({ zone: id, evidence }).optional(),
  seats: z.array(roleSeatSchema).default([]),
  results: z.array(z.object({ text: z.string(), evidence })).default([]),
});
export type Alliance = z.infer<typeof allianceSchema>;

export const figureSchema = z.object({
  id,
  /** What is measured, as a user would say it. */
  label: z.string().min(1),
  value: z.string().min(1),
  unit: z.string().default(""),
  /** The period the figure refers to, as stated ("2024年", "“十四五”期间"). */
  period: z.string().optional(),
  scope: z.string().optional(),
  /** Entities the figure is about (zones, networks, alliances). */
  about: z.array(id).default([]),
  /**
   * How a question finds this figure: every group must be matched by at least one of its
   * terms (after normalisation). Entity names may be used; they match any alias.
   */
  match: z.array(z.array(z.string().min(1)).min(1)).min(1),
  /** A question containing any of these terms is not about this figure. */
  exclude: z.array(z.string().min(1)).default([]),
  /** The year the figure refers to: a question naming another year does not match. */
  year: z.number().int().optional(),
  /** Context stated with the value (growth rate, breakdown). */
  note: z.string().optional(),
  /** The value an earlier report gave, which this figure corrects ("此前报道称…62个，有误，应为26个"). */
  corrects: z.string().optional(),
  evidence,
});
export type Figure = z.infer<typeof figureSchema>;

export const eventSchema = z.object({
  id,
  date: partialDate,
  /** How a date the article gives only in part was completed. */
  dateNote: z.string().optional(),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Networks, alliances and zones involved (ids). */
  scopes: z.array(id).default([]),
  venue: id.optional(),
  evidence,
});
export type KnowledgeEvent = z.infer<typeof eventSchema>;

/** A named person with the title an article gives ("苏州工业园区党工委委员、管委会副主任倪乾"). */
export const officialSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  /** The zone, network or alliance the role belongs to (id), when the text ties it to one. */
  org: id.optional(),
  evidence,
});
export type Official = z.infer<typeof officialSchema>;

/** Names that mean more than one entity: each reading is answered, and the answer says so. */
export const ambiguousNameSchema = z.object({
  name: z.string().min(1),
  readings: z.array(id).min(2),
  note: z.string().min(1),
});
export type AmbiguousName = z.infer<typeof ambiguousNameSchema>;

export const factFiles = {
  zones: z.array(zoneSchema),
  networks: z.array(networkSchema),
  alliances: z.array(allianceSchema),
  figures: z.array(figureSchema),
  ambiguous: z.array(ambiguousNameSchema),
  events: z.array(eventSchema),
  officials: z.array(officialSchema),
} as const;
