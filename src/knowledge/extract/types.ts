/**
 * What extraction reads and proposes. Every proposed fact carries the exact quote it came from (`evidence`),
 * in the schema of the curated files (src/knowledge/schema.ts), so one validator proves both.
 *
 *   article text ─▶ sentences ─▶ pattern families (one small file each) ─▶ proposals with their quotes
 *                                                   ─▶ merge with curated overrides (src/knowledge/merge.ts)
 */
import type { Alliance, Evidence, Figure, KnowledgeEvent, Members, Network, Zone } from "../schema.ts";

/** One article as extraction sees it (a seed file, an added article, an imported document). */
export type ArticleInput = {
  id: string;
  title: string;
  /** Publication date (YYYY-MM-DD) when known: completes dates the text gives only as 月日. */
  date: string | null;
  body: string;
  /** Who published it, when known ("西安高新区管委会"): the zone an article of its own calls 我区. */
  source?: string | null;
};

/**
 * What is known before this article: zones, networks and alliances (curated ones, and those extracted from
 * earlier articles). Names in the text are resolved against their names and aliases; an unknown zone becomes a
 * new zone record, an unknown network or alliance a new one.
 */
export type Gazetteer = {
  zones: readonly Zone[];
  networks: readonly Network[];
  alliances: readonly Alliance[];
};

/** A zone the gazetteer did not know. City/province only when the text gives them (else omitted). */
export type ExtractedZone = Omit<Zone, "city" | "province"> & { city?: string; province?: string };

/**
 * A network or alliance as this article describes it: only the fields the article states are present. An id of a
 * known entity means "more about that one"; a new id means a new entity.
 */
export type ExtractedNetwork = Pick<Network, "id" | "name"> & Partial<Omit<Network, "id" | "name">>;
export type ExtractedAlliance = Pick<Alliance, "id" | "name"> & Partial<Omit<Alliance, "id" | "name">>;

/** "新增A、B两家…成员增至N家": members that joined (or left) an existing group, as of `date`. */
export type MembershipChange = {
  group: { kind: "network" | "alliance"; id: string };
  /** The date of the change (YYYY-MM-DD, or YYYY-MM): the meeting's date, else the article's. */
  date: string;
  added: string[];
  removed: string[];
  /** The count after the change, when stated ("成员增至15家"). */
  newCount?: number;
  /** The count before, when stated ("由12家增至15家"). */
  previousCount?: number;
  /** The whole list after the change, when an article gives it complete: it replaces the list, whatever came before. */
  zones?: string[];
  /** …and the labelled parts it gives that list in ("华东地区有A、B；…"). */
  parts?: NonNullable<Members["parts"]>;
  evidence: Evidence[];
};

/** A named person with the title the article gives ("无锡高新区党工委书记顾国栋"). */
export type Official = {
  name: string;
  role: string;
  /** The zone, network or alliance the role belongs to, when the text ties it to one (id). */
  org?: string;
  evidence: Evidence[];
};

/** A value (e.g. a date year) the text does not state but extraction completed, and how. */
export type Inference = { path: string; note: string };

export type Extraction = {
  articleId: string;
  zones: ExtractedZone[];
  networks: ExtractedNetwork[];
  alliances: ExtractedAlliance[];
  changes: MembershipChange[];
  officials: Official[];
  figures: Figure[];
  /** Happenings (a launch, a founding, a membership change, a meeting), in the event model. */
  events: KnowledgeEvent[];
  inferences: Inference[];
  /** Known zones without a province, and the province (and city) this article gives them. */
  /** A known zone's province, city or other full names, as an article gives them. */
  places?: { zone: string; province?: string; city?: string; aliases?: string[] }[];
};
