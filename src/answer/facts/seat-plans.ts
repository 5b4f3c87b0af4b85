/**
 * What the articles say of a secretariat's or a seat's future: the rule it follows ("不随轮值主席单位轮换"), a move an
 * article plans ("秘书处届时将随轮值主席单位由常州迁至合肥") or a stay it states, the day it moved, and whether a
 * numbered later term is the one a sentence names, when a zone takes a seat it is named to. The router asks these
 * before it says the future is not recorded.
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import type { Evidence, Zone } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import { articleSentences, namesGroup, sentenceCited } from "../query/graph.ts";
import type { Answer, Citation } from "../types.ts";
import { type FactContext, fact, formatDate, type Group, saidFact } from "./context.ts";
import { NOT_DEPUTY, TAKES_OVER_IN, takesOverWhen } from "./seats.ts";

/**
 * "秘书处会不会跟着轮值主席换": not the future when the secretariat's sentence states the rule ("不随轮值主席单位
 * 轮换", "随轮值主席单位轮换"): the seat, and the rule as written.
 */
export function standingRule(c: FactContext, p: Parsed, g: Group): Answer | null {
  if (!/(?:跟着|跟随|随着|随)[^，,。？?]{0,10}(?:换|变|轮|调整)/.test(p.text) || !/秘书处/.test(p.text)) return null;
  const said = g.secretariat?.evidence.find((e) => FOLLOWS.test(e.quote));
  const clause = said ? FOLLOWS.exec(said.quote)?.[0] : undefined;
  if (!g.secretariat || !said || !clause) return null;
  return fact(
    c.k,
    `${clause.startsWith("不") ? "不会。" : "会。"}${g.name}的秘书处设在${c.zoneName(g.secretariat.zone)}，${clause}。`,
    [said],
    {
      title: g.name,
    },
  );
}

const FOLLOWS = /不?随[^，,。；;]{1,12}?(?:轮换|变动|调整|更换|轮值)/;

export const WRITTEN_PLAN = /此后(?!新增|增至|[^，,。；;]{0,12}退出)|之后依次|依次由|接任|轮转至|轮值至|下一任/;
export const ORDINAL_TERM = /第[二三四五六七八九十]届/;

/** The quote names the numbered term, or the sentence before it in its paragraph does ("选举产生第二届理事会。"). */
export function saidOfTerm(c: FactContext, q: Citation, ordinal: string): boolean {
  if (q.quote.includes(ordinal)) return true;
  const body = c.k.articles.get(q.articleId)?.body ?? "";
  const at = body.indexOf(q.quote);
  if (at < 0) return false;
  const before = articleSentences(body.slice(body.lastIndexOf("\n", at) + 1, at)).at(-1) ?? "";
  return new RegExp(`${ordinal}(?:理事会|委员会|领导班子)`).test(before);
}

/** A sentence that plans the secretariat's move: "秘书处届时将随轮值主席单位由常州迁至合肥". */
const MOVE_PLANNED =
  /秘书处[^。；;]{0,24}?将[^。；;]{0,24}?(?:迁至|迁往|迁到|移至|搬至|搬到|转至)[\u4e00-\u9fff]{2,10}/;

/** The planned move of the secretariat of the one group the question names, as the latest article that plans it says. */
export function plannedMove(c: FactContext, p: Parsed): Answer | null {
  const ids = p.entities.flatMap((e) => (e.kind === "network" || e.kind === "alliance" ? [e.id] : []));
  if (ids.length !== 1) return null;
  const id = ids[0] as string;
  const said = sentenceCited(c.k, (x) => MOVE_PLANNED.test(x), namesGroup(c.k, id));
  // ("秘书处会不会搬到西安去": a sentence that says it stays where it is answers 不会.)
  const stays =
    said || !/搬|迁|挪|移|跟着|随/.test(p.text)
      ? undefined
      : sentenceCited(c.k, (x) => STAYS.test(x), namesGroup(c.k, id));
  const found = said ?? stays;
  const name = (c.k.networks.get(id) ?? c.k.alliances.get(id))?.name;
  return found ? saidFact(c.k, found, name, stays ? "不会。" : "") : null;
}
/** A sentence that says the secretariat stays: "联盟秘书处仍常设在郑州高新区", "不随轮值主席单位变动". */
const STAYS =
  /秘书处[^。；;]{0,12}?(?:仍(?:然)?(?:常)?设在|继续设在|常设在|不随[^。；;]{0,12}?(?:变动|轮换|调整|搬迁))/;

/**
 * When the secretariat moved is asked ("什么时候搬去杭州", not "轮值到什么时候"), and the article gives the day it moves
 * from ("自2026年1月1日起由A迁至B").
 */
export function movedWhen(p: Parsed, g: Group): boolean {
  const on = g.secretariat?.movedOn;
  return (
    p.attributes.includes("secretariat") &&
    p.attributes.includes("date") &&
    on !== undefined &&
    // ("哪天从盐城交到蚌埠的": the day of a handover, which the meeting's date gives.)
    ((g.secretariat?.note ?? "").includes(formatDate(on)) || /交(?:到|给|接)|移交/.test(p.text)) &&
    // ("随州从什么时候开始接手秘书处的": taken over, said of the zone it moved to.)
    /搬|迁|移|挪|交|接手|接过|承担|轮转|轮到/.test(p.text) &&
    !/到(?:什么时候|何时|哪年|哪一年)|为止/.test(p.text)
  );
}

/** Asks when a zone takes a seat ("什么时候接任", "哪年上任"). */
// ("西安当轮值主席从什么时候算起": the seat, then when.)
const WHEN_TAKES =
  /(?:什么时候|啥时候|何时|哪一?年|几月|哪个月|哪天)(?:开始)?(?:正式)?(?:接任|上任|接棒|接手|接替|担任|当)|(?:接任|担任|当)[^，,。？?]{0,8}?(?:从|自)(?:什么时候|啥时候|何时|哪天|哪一?年)(?:算起|开始|起)/;

/** A council's term said to start on a day: "第二届理事会任期两年，自7月1日起履职". */
// (The council's, not another body's term: "网络秘书处设在…，任期两年，自7月1日起开始运行" is the secretariat's.)
const COUNCIL_STARTS =
  /理事会[^。；;秘]{0,12}?(自(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?起)(?:履职|生效|任职|开始)/;

/** The sentence right after the seat's own, in its article, that says when the council it was elected to starts. */
function councilStarts(c: FactContext, seat: Group["seats"][number]) {
  const own = seat.evidence[0];
  const sentences = articleSentences(c.k.articles.get(own?.article ?? "")?.body ?? "").map((x) => x.trim());
  const at = own ? sentences.findIndex((x) => x.includes(own.quote) || own.quote.includes(x)) : -1;
  const next = at >= 0 ? sentences[at + 1] : undefined;
  const m = next ? COUNCIL_STARTS.exec(next) : null;
  return own && next && m
    ? { from: m[1] as string, said: m[0], evidence: { article: own.article, quote: next } }
    : undefined;
}

/**
 * "西安高新区什么时候接任黄河联盟的轮值理事长": the seat the zone is named to and when it takes it, as the seat's
 * sentence says ("第二届轮值理事长单位确定为西安高新区，将于2027年4月接任").
 */
export function takesSeatWhen(c: FactContext, p: Parsed, g: Group, readings: { zones: Zone[] }[]): Answer | null {
  const zone = readings[0]?.zones.length === 1 ? readings[0].zones[0] : undefined;
  if (!zone || !WHEN_TAKES.test(p.text)) return null;
  const postOf = (role: string) =>
    role
      .replace(/（[^）]*）$/, "")
      .replace(/^(?:首届|首任|第[二三四五六七八九十]+[届任]|下一任|(?:19|20)\d{2}年度?)/, "")
      .replace(/单位$/, "");
  // The sentence that says when: the seat's own, else one of its article that names the zone with the post ("确定株洲
  // 高新区为第二届轮值主席单位。…株洲高新区将自2027年1月1日起接任第二届轮值主席单位").
  const names = entityNames(c.k, zone.id).filter((n) => n.length >= 2);
  const dated = (s: Group["seats"][number]): Evidence | undefined => {
    const own = s.evidence[0];
    if (own && takesOverWhen(p.text, own.quote)) return own;
    const body = own ? (c.k.articles.get(own.article)?.body ?? "") : "";
    // (…where the zone is the one that takes it over, named right before the day: not "长沙高新区将于2027年1月接替
    // 株洲高新区", asked of 株洲.)
    const takes = (x: string) => {
      const at = TAKES_OVER_IN.exec(x)?.index ?? -1;
      // (…or named before it with no other zone between: "按照轮值制度，西安高新区作为第二届轮值理事长单位，将于2027年1月
      // 接任".)
      const before = x.slice(0, at);
      return (
        at >= 0 &&
        names.some(
          (n) =>
            new RegExp(`${n}(?:正式|已|将)?$`).test(before) ||
            (before.includes(n) && !/高新区|示范区|园区/.test(before.slice(before.indexOf(n) + n.length))),
        )
      );
    };
    const quote = articleSentences(body).find(
      (x) => x.includes(postOf(s.role)) && takes(x) && takesOverWhen(p.text, x),
    );
    return own && quote ? { article: own.article, quote: quote.trim() } : undefined;
  };
  const held = g.seats.filter(
    (s) => s.zones.includes(zone.id) && p.text.includes(postOf(s.role).replace(/^轮值/, "")) && dated(s),
  );
  const seat = held[0];
  const said0 = seat ? dated(seat) : undefined;
  // ("杭州高新区当选理事长单位，…。第二届理事会任期两年，自7月1日起履职": the council it was elected with starts then.)
  // (The post asked itself: 理事长 inside 副理事长 is another post.)
  const asked = (role: string) => new RegExp(`${NOT_DEPUTY}${postOf(role)}`).test(p.text);
  const elected = said0 ? undefined : g.seats.find((s) => s.zones.includes(zone.id) && asked(s.role));
  const council = elected ? councilStarts(c, elected) : undefined;
  if (elected && council)
    return fact(
      c.k,
      `${zone.name}${council.from}担任${elected.role}（${council.said}）。`,
      [elected.evidence[0] as Evidence, council.evidence],
      {
        title: g.name,
      },
    );
  if (!seat || !said0) return null;
  // ("自2027年1月起接替合肥": 接替 takes whom it follows; the seat is said 担任.)
  const when = takesOverWhen(p.text, said0.quote)
    .replace(/^（|）$/g, "")
    .replace(/接替$/, "担任");
  // ("任期自2027年1月1日起": the term said after the seat.)
  const said = /^任期/.test(when) ? `${zone.name}担任${seat.role}，${when}。` : `${zone.name}${when}${seat.role}。`;
  return fact(c.k, said, [said0], { title: g.name });
}
