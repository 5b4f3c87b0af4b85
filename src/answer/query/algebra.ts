/**
 * The query algebra a question is read into, and the only thing the executor runs. Small on purpose: entity sets,
 * set operations, filters, aggregates, attribute lookups, checks and comparisons compose, so a new phrasing needs a
 * new reading, never a new branch in the executor. Defined with zod so a reading proposed by anything else
 * (e.g. an optional model) is validated before it runs.
 */
import { z } from "zod";

const id = z.string().min(1);
export const GroupKind = z.enum(["network", "alliance"]);

/** A set of zones or of groups (networks/alliances). */
export type SetExpr =
  /** A group's members; `first`: its first member list (before later articles changed it). */
  | { op: "members"; group: string; first?: boolean }
  | { op: "groupsOf"; zone: string; kind?: "network" | "alliance" }
  | { op: "ledBy"; zone: string }
  | { op: "all"; of: "zone" | "network" | "alliance" | "pilot" }
  | { op: "ids"; of: "zone" | "group"; ids: string[] }
  | { op: "and" | "or"; args: SetExpr[] }
  | { op: "minus"; a: SetExpr; b: SetExpr }
  | {
      op: "where";
      set: SetExpr;
      province?: string;
      minMemberships?: number;
      /** Which groups count for minMemberships (default: networks and alliances). */
      among?: "network" | "alliance" | "pilot";
      membersAbove?: number;
      membersBelow?: number;
      /** Zones of one level: national (国家高新区) or provincial (省级高新区). */
      level?: "national" | "provincial";
    };

export const SetExpr: z.ZodType<SetExpr> = z.lazy(() =>
  z.union([
    z.object({ op: z.literal("members"), group: id, first: z.boolean().optional() }),
    z.object({ op: z.literal("groupsOf"), zone: id, kind: GroupKind.optional() }),
    z.object({ op: z.literal("ledBy"), zone: id }),
    z.object({ op: z.literal("all"), of: z.enum(["zone", "network", "alliance", "pilot"]) }),
    z.object({ op: z.literal("ids"), of: z.enum(["zone", "group"]), ids: z.array(id) }),
    z.object({ op: z.enum(["and", "or"]), args: z.array(SetExpr).min(2) }),
    z.object({ op: z.literal("minus"), a: SetExpr, b: SetExpr }),
    z.object({
      op: z.literal("where"),
      set: SetExpr,
      province: z.string().optional(),
      minMemberships: z.number().int().positive().optional(),
      among: z.enum(["network", "alliance", "pilot"]).optional(),
      membersAbove: z.number().int().nonnegative().optional(),
      membersBelow: z.number().int().positive().optional(),
      level: z.enum(["national", "provincial"]).optional(),
    }),
  ]),
);

/** A statement the question makes or assumes, checked against the facts. */
export const Claim = z.discriminatedUnion("is", [
  z.object({ is: z.literal("member"), zone: id, group: id }),
  /** The zone's only group of that kind ("只进了X一个网络"). */
  z.object({ is: z.literal("only"), zone: id, group: id }),
  /** "为什么没把X拉进Y": the question takes X's absence from Y for granted. */
  z.object({ is: z.literal("nonMember"), zone: id, group: id }),
  /** "纳米网络淄博退了吗": the zone was a member and has left. */
  z.object({ is: z.literal("left"), zone: id, group: id }),
  z.object({ is: z.literal("lead"), zone: id, group: id }),
  z.object({ is: z.literal("venue"), zone: id, group: id }),
  /** …in a body of the zone, when the question names one ("无锡高新区科技创新局"). */
  z.object({ is: z.literal("secretariat"), zone: id, group: id, body: z.string().optional() }),
  /** …with the part of the year claimed, when one is ("2023年底成立"). */
  /** …and the word it was said by, when relative ("去年"). */
  z.object({
    is: z.literal("year"),
    group: id,
    year: z.number().int(),
    part: z.string().optional(),
    said: z.string().optional(),
  }),
  z.object({ is: z.literal("monthDay"), group: id, month: z.number().int(), day: z.number().int().optional() }),
  z.object({ is: z.literal("count"), group: id, n: z.number().int().positive() }),
  /** "是6省20家高新区发起的": how many provinces the members are in. */
  z.object({ is: z.literal("provinces"), group: id, n: z.number().int().positive() }),
  /** "A为啥比B晚成立": A was founded after (`later`) or before B. */
  z.object({ is: z.literal("order"), group: id, other: id, later: z.boolean() }),
  z.object({ is: z.literal("national"), zone: id }),
  /** "山西运城的三原高新区": the province (and city) a zone is in. */
  z.object({ is: z.literal("located"), zone: id, province: z.string().min(1), city: z.string().optional() }),
  /** "在西安办的那场推介会": where an event (of the knowledge's events) was held ("11月18日在随州开的…": and when). */
  z.object({
    is: z.literal("held"),
    event: id,
    place: z.string().min(1),
    month: z.number().int().optional(),
    day: z.number().int().optional(),
  }),
]);
export type Claim = z.infer<typeof Claim>;

export const Query = z.discriminatedUnion("q", [
  /** The set itself (zones or groups). */
  z.object({ q: z.literal("list"), set: SetExpr }),
  z.object({ q: z.literal("count"), set: SetExpr }),
  /** The element of a set with the most/fewest members or memberships, or the earliest/latest date. */
  z.object({
    q: z.literal("extreme"),
    set: SetExpr,
    by: z.enum(["members", "memberships", "date"]),
    dir: z.enum(["max", "min"]),
    /** For memberships: which groups count (default: networks and alliances). */
    among: z.enum(["network", "alliance", "pilot"]).optional(),
    /** Both ends asked ("最早和最晚的各是哪个"): the first, the last and how far apart. */
    span: z.boolean().optional(),
  }),
  /** Is the set empty? ("有没有共同成员") */
  z.object({ q: z.literal("any"), set: SetExpr }),
  /** Yes/no: every claim holds. */
  z.object({ q: z.literal("check"), claims: z.array(Claim).min(1) }),
  /** Each zone of a set with the networks and alliances it belongs to ("江苏的高新区参加了哪些网络"). */
  z.object({ q: z.literal("memberships"), set: SetExpr }),
  /** How a group's member list changed over time (who joined when, the counts before and after). */
  /**
   * A group's changes of members; `newcomersOnly`: who joined is asked, not who the members are now;
   * `leavingAsked`: who left is asked ("有没有老成员退出", "谁退出了"); `whetherLeft`: whether any did, yes or no
   * ("有没有成员退出的？是哪家"); `latestAsked`: the latest change is asked ("最近一次扩员是哪家加入的"), told first.
   */
  z.object({
    q: z.literal("history"),
    group: id,
    newcomersOnly: z.boolean().optional(),
    leavingAsked: z.boolean().optional(),
    whetherLeft: z.boolean().optional(),
    latestAsked: z.boolean().optional(),
  }),
  /** Two sets of zones compared by size ("江苏的和其他省的加起来比，哪边多"), each with its label. */
  z.object({
    q: z.literal("sizes"),
    a: z.object({ label: z.string().min(1), set: SetExpr }),
    b: z.object({ label: z.string().min(1), set: SetExpr }),
  }),
  /** Two groups compared by date, by member count, or by the national zones of their regions ("zones": "长三角的国家高新区数量"
   *  is the region's, which an alliance's member count may not be); `claim`: a yes/no question claims a is the earlier or the later ("A比B成立得早吗"). */
  z.object({
    q: z.literal("compare"),
    a: id,
    b: id,
    by: z.enum(["date", "members", "zones"]),
    /** What a yes/no claims of the first named: it came first, last, or on the same day ("是同一天成立的吧"). */
    claim: z.enum(["earlier", "later", "same"]).optional(),
  }),
]);
export type Query = z.infer<typeof Query>;

/** A reading: the query, and the claims the question assumes (checked first: a false one is corrected). */
export type Reading = {
  query: Query | null;
  premises: Claim[];
  /** Spans of the question read as premises ("苏州工业园区牵头的"): left out when the lookup reads the rest. */
  strip: [number, number][];
  /** Spans the lookup reads as another name: a short name whose other reading the question told apart ("苏州" when it
   *  says "不是苏州工业园区" is 苏州高新区). */
  renames?: { start: number; end: number; to: string }[];
};
