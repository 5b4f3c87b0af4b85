/**
 * Member lists written by the part of the industry chain each member works in ("按照产业链分工，网络成员各有侧重。
 * 在电池材料与电芯环节，宁波、宜昌、肇庆、合肥等高新区集聚了…；在…环节，株洲高新区和西安高新区具备…；…"). Such a
 * sentence describes rather than lists, so it is read as the member list only when the zones of all its parts (with
 * the group's lead, or without it) are exactly as many as the count the article states; each part is kept with its label
 * ("电池材料与电芯环节"), which users ask by ("负责卫星研制这一块的是哪几个").
 */
import { escaped } from "../lexicon.ts";
import type { ListPart } from "../schema.ts";
import type { Doc } from "./context.ts";
import { COUNT, countedSo, countOf, pushWholeList, resolveList, splitItems } from "./lists.ts";
import { groupKey } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** The sentence before says the members are told by their part ("网络成员各有侧重", "按产业链分工看"). */
// ("网络成员按产业链环节分布：…", "从产业链分布看，网络成员覆盖…各个环节", "网络14家成员单位分为四个板块：…".)
// ("从产业链环节看，13家联合发起单位分属四个板块：…"; "按黄河干流上、中、下游划分，联盟首批成员如下。上游7家：…".)
// ("该网络按照产业链环节进行分工。": a verb before 分工; "从成员构成看，网络覆盖…主要环节：…".)
const BY_PART =
  /(?:成员|成员单位|成员高新区|发起单位)[^。]{0,6}(?:各有侧重|各有所长|优势互补|分工|(?:分为|分属|分布在|分布于)[一二两三四五六七八九十\d]个?大?(?:板块|环节|方向|领域))|(?:产业链|链条)分工|按照?[\u4e00-\u9fff]{0,8}?(?:产业链|链条)(?:环节)?(?:进行|实行|开展)?(?:分布|划分|分为|布局|分工|组织)|从(?:产业链|链条)(?:环节|分布|分工)?(?:来)?看|从成员(?:构成|结构|组成|分布)(?:来)?看|按(?:区域|地区)分布|按[\u4e00-\u9fff]{0,8}?上、?中、?下游(?:划分|分布)/;
/** A count of zones, up to 十九家 ("6家", "两家", "十二家"). */
const ZONE_COUNT = "(?:\\d{1,2}|十[一二三四五六七八九]|[一二两三四五六七八九十])家";
/** Zones named in a run, counted or not, ending in 高新区 ("A、B和C", "西安、江阴、海口三家高新区", "A、B、C、D4家"). */
// ("…杭州高新区、苏州工业园区": the last may be a park or a demonstration zone; "中关村国家自主创新示范区、…": a long official
// name among them.)
// ("有深圳、中关村示范区、上海张江、天津滨海、武汉东湖5家": short names, counted at the end of the part.)
const ZONES_COUNTED = `(?:[\\u3400-\\u9fff]{2,12}?(?:、|和|与|以及|及))*[\\u3400-\\u9fff]{2,12}?(?:(?:${ZONE_COUNT})?高新区|工业园区|示范区|(?:高新区|示范区)${ZONE_COUNT}|${ZONE_COUNT}(?=[；;，,。]|$))`;
/** What a part is called by ("…环节", "…板块"). */
const PART_WORD = "(?:环节|方面|领域|板块|端|地区)";
/** One part: "在X环节，A、B等高新区…", "在X方面，A和B高新区…" (label, the zones that open the clause). */
// ("在卫星研制环节，上海紫竹、武汉东湖、长沙、合肥在…实力突出": names without 高新区, up to the verb.)
// ("火箭研制与发射服务环节，有中关村示范区、江阴高新区和烟台高新区": without 在, the zones after 有.)
// ("中游…环节，集聚了常州、合肥…6家高新区，…", "下游…环节，则由西安、成都…4家高新区承担": other verbs, a count.)
// ("整机与飞控系统板块包括深圳高新区、珠海高新区、成都高新区、西安高新区4家": 包括, the count after.)
// ("长三角地区6家，即无锡高新区、…": the part's count, then its zones after 即.)
// ("化学药与制剂环节则由泰州医药高新区和连云港高新区共同支撑": 则由 with no comma before.)
// ("运载火箭及动力系统板块：西安高新区、中关村示范区…": a colon.)
// ("创新药研发环节有6家：A、B…": 有, the count, a colon; "上游7家：A、B…": a river's or a chain's reach.)
// ("在体外诊断环节，成员包括杭州高新区、郑州高新区和长沙高新区": the members' word before 包括.)
// ("系统集成与场景应用环节则汇聚了上海张江、杭州…6家高新区": 汇聚了 with no comma before.)
// ("创新药板块（5家）：A、B…": the count in brackets; "…板块则包括A、B…等5家高新区": 则包括.)
// ("按产业链环节分为四组：整机研制与系统集成环节为A、B…；…": 为.)
const COUNT_THEN = `(?:有)?[（(]?(${ZONE_COUNT})[）)]?[，,]?(?:(?:即|为|包括|分别是|分别为|有)[：:]?|[：:])`;
const PART = new RegExp(
  `^在?([^，,；;。：:]{2,30}?${PART_WORD}|[上中下]游)(?:[，,](?:则有|有|集聚了|聚集了|汇聚了|汇集了|则由|由|包括|(?:成员|成员单位)(?:主要)?(?:包括|有|为))?|[：:]|有|则有|则由|由|为|则?(?:主要)?包括|则?(?:汇聚了|汇集了|集聚了|聚集了)|${COUNT_THEN})(${ZONES_COUNTED}|(?:[\\u3400-\\u9fff]{2,8}?、)+[\\u3400-\\u9fff]{2,8}?(?=集聚|聚集|具备|拥有|培育|各具|形成|在))`,
);

/** "X板块由A牵头，成员包括…": a part's lead said before its members. */
const PART_LED_THEN_MEMBERS = new RegExp(
  `^([^，,；;。]{2,30}?${PART_WORD})由[\\u3400-\\u9fff]{2,16}?牵头[，,](?=(?:成员|成员单位)(?:主要)?(?:包括|有|为))`,
);
/** "X环节，由A牵头，B、C、D参与": the part's lead, then the others that take part; all are its zones. */
const PART_LED_THEN_JOINED = new RegExp(
  `^([^，,；;。]{2,30}?${PART_WORD})[，,]?由([\\u3400-\\u9fff]{2,16}?)牵头[，,]((?:[\\u3400-\\u9fff]{2,12}?(?:、|和|与|及))*[\\u3400-\\u9fff]{2,12}?)(?:等)?(?:共同|协同)?(?:参与|参加|配合)(?=[，,]|$)`,
);
/** "X板块（6家）：A牵头，B、C参与": the part counted, its lead after the colon, then the others. */
const COUNTED_LED_THEN_JOINED = new RegExp(
  `^([^，,；;。]{2,30}?${PART_WORD})([（(]${ZONE_COUNT}[）)])[：:]([\\u3400-\\u9fff]{2,16}?)牵头[，,]((?:[\\u3400-\\u9fff]{2,12}?(?:、|和|与|及))*[\\u3400-\\u9fff]{2,12}?)(?:等)?(?:共同|协同)?(?:参与|参加|配合)(?=[，,]|$)`,
);
/** "，除牵头单位A外，还包括": the lead, of the part too, before the others. */
// ("整机制造环节，除牵头单位A外，B、C集聚了…": or the others right after it.)
// ("除牵头单位松山湖外，还有…": the lead by its short name.)
const BESIDES_LEAD =
  /[，,]除(?:牵头单位|牵头的)?([\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区)|(?<=(?:牵头单位|牵头的))[\u3400-\u9fff]{2,6}?)外[，,](?:还(?:包括|有))?/;
/** "此外，A将依托…": one more member after the parts. */
// ("此外，A、B、C也作为成员单位加入": more than one.)
const ONE_MORE =
  /^此外[，,]((?:[\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区)(?:、|和|与|及))*[\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区))(?:也|还|将|则|依托|负责)/;

/** A clause of a part that opens with more of its zones ("宁波高新区在电解液…集聚了…", "江门、肇庆两家高新区则依托…"). */
const CLAUSE_ZONES = new RegExp(`^(${ZONES_COUNTED})(?=则|在|依托|重点|已|集聚|具备|拥有|形成|也|还|均|分别)`);

/** A list's count at its end ("…三家高新区", "…6家国家高新区", "…西安高新区4家"): the count, and the words to drop. */
const COUNT_AT_END = new RegExp(`${ZONE_COUNT}(?=(?:国家)?高新区$|$)`);
// ("…武汉东湖5家": a count after short names too.)
const COUNT_BEFORE_KIND = new RegExp(`${ZONE_COUNT}(?:国家)?(?=高新区$)|${ZONE_COUNT}$`);

/** A part with its zones first: "中关村示范区、成都高新区、绵阳高新区则在航天电子…方面优势突出" (label after 在). */
// ("重庆、杭州、芜湖、安阳、沈阳5家高新区则构成运营服务与应用场景板块": counted, and the part they make up.)
// ("株洲、南昌、常州、芜湖4家高新区深耕核心零部件与动力系统": the part by what they work in, after 深耕.)
const LIST_FIRST = new RegExp(
  `^()(${ZONES_COUNTED})(?:则|也|还|分别|均)?(?:(?:在|(?:构成|组成)了?)([^，,；;。]{2,30}?(?:环节|方面|领域|板块))|(?:深耕|聚焦|专注于?|主攻|专攻|侧重)([^，,；;。]{2,20}?)$)`,
);

/** A sentence of three parts or more, each a part with its zones ("核心零部件环节包括A、B和C，重点布局…；…"). */
// ("调整后的15家成员单位中，长三角地区有A…6家；北方及中西部地区有…；…": after the members' count that opens it.)
function onlyParts(text: string): boolean {
  const segments = text
    .replace(/。$/, "")
    .replace(/^[^；;。，,]{0,30}?(?:成员|成员单位|成员高新区)中[，,]/, "")
    .split(/[；;]/);
  return segments.length >= 3 && segments.every((x) => PART.test(x));
}

export function membersByChainPart(doc: Doc, s: Sentence) {
  const prev = doc.sentences[s.index - 1];
  // (…or the sentence is three parts or more and nothing else: "A环节包括…；B环节包括…；C环节则由…组成".)
  const intro =
    prev?.paragraph === s.paragraph && BY_PART.test(prev.text)
      ? prev
      : BY_PART.test(s.text) || onlyParts(s.text)
        ? s
        : null;
  if (!intro) return;
  // ("从产业链分布看，十二家成员单位各有所长：在…领域，…": the count the opening gives.)
  // ("其中，创新药研发环节有A、B；…": the part's zones right after 有.)
  // ("…此次入网的14家高新区覆盖A、B、C三大环节：A环节有…": a longer opening that ends with a colon.)
  // ("…14家成员高新区分属四个板块：整机研制板块由A、B…组成；…": the part's verb after its label.)
  const opening =
    new RegExp(
      `^[^；;。]{0,80}?[：:](?=在?[^，,；;。：:]{2,30}?${PART_WORD}(?:[，,]|有|为|包括|则?由|则?(?:汇聚|汇集|集聚|聚集)了|${ZONE_COUNT}))`,
    ).exec(s.text)?.[0] ??
    new RegExp(`^[^；;。]{0,40}?[：:，,](?=在|[^，,；;。：:]{2,30}?${PART_WORD}(?:[，,]|有|包括))`).exec(s.text)?.[0] ??
    "";
  const said = new RegExp(`${COUNT}家(?:正式)?成员`).exec(opening)?.[1];
  const inOne = s.text
    // ("从产业链分工看，成员单位优势互补特征明显：在…环节，…": what opens the sentence before its first part.)
    .slice(opening.length)
    .replace(/[。]$/, "")
    .split(/[；;]/);
  // ("从产业链分布看，网络成员覆盖…各个环节。上游材料环节，A、B在…。电芯制造环节，C、D…。": one part a sentence, after
  // the sentence that says so.)
  const apart = inOne.length < 2 && intro === s ? partsAfter(doc, s) : [];
  const segments = apart.length >= 2 ? apart.map((x) => x.text.replace(/[。]$/, "")) : inOne;
  let last = apart.length >= 2 ? (apart.at(-1) as Sentence) : s;
  if (segments.length < 2) return;
  const zones: string[] = [];
  const parts: ListPart[] = [];
  const rollback = doc.names.mark();
  // (A list ending in 等 shares its 高新区: "宁波、宜昌等高新区"; "株洲高新区和西安高新区" names each; "西安、江阴、
  // 海口三家高新区" counts them, and the count must be its length.)
  const read = (written: string) => {
    const counted = COUNT_AT_END.exec(written);
    const n = counted ? countOf(counted[0].replace("家", "")) : undefined;
    const bare = written.replace(COUNT_BEFORE_KIND, "").replace(/等高新区$/, "高新区");
    // (和, 与 and 及 join names, unless a name holds one: "呼和浩特金山" is one of five counted, split at 、 only.)
    // ("中关村示范区以及上海张江、杭州、合肥高新区": 以及 too.)
    const joined = bare.replace(/以及|和|与|及/g, "、");
    const plain = n !== undefined && bare.split("、").length === n && joined.split("、").length !== n ? bare : joined;
    // ("泰州医药、潍坊、呼和浩特金山5家": short names, counted, are zones' names without 高新区.)
    const text =
      counted && !/高新区$/.test(bare)
        ? plain
            .split("、")
            .map((x) => (/(?:高新区|示范区|园区)$/.test(x) ? x : `${x}高新区`))
            .join("、")
        : plain;
    // (…or, in a list of full names, "呼和浩特金山高新区、石家庄高新区…和长沙高新区", joined only after a name's suffix.)
    for (const tried of [text, splitItems(bare).join("、")]) {
      const list = resolveList(doc, s, tried, { bare: true, level: "national" });
      if (list && (n === undefined || n === list.zones.length)) return list.zones;
    }
    return undefined;
  };
  for (const written of segments) {
    // ("中游…环节，除牵头单位常州高新区外，还包括合肥、深圳…和长沙高新区": the lead is of the part too.)
    // ("…、本溪高新区以及牵头单位泰州医药高新区4家": the lead's title is no part of its name.)
    // ("郑州高新区（牵头单位）、新乡高新区": nor is the lead's title after it.)
    // ("核心零部件板块由常州高新区牵头，成员包括常州高新区、宁波高新区…": the part's lead, then its members; the lead is
    // read by its label below.)
    const segment = written
      .replace(PART_LED_THEN_MEMBERS, "$1，")
      .replace(PART_LED_THEN_JOINED, "$1，有$2、$3")
      .replace(COUNTED_LED_THEN_JOINED, "$1$2：$3、$4")
      .replace(BESIDES_LEAD, "，有$1、")
      .replace(/(以及|和|及|、)(?:牵头单位|牵头的)/g, "$1")
      .replace(/[（(](?:牵头单位|牵头)[）)]/g, "");
    const part = PART.exec(segment);
    const m = part ? ([part[0], part[1], part[3], "", ""] as const) : LIST_FIRST.exec(segment);
    const index = part?.index ?? (m as RegExpExecArray | null)?.index ?? 0;
    // (The part's count before its zones must be theirs.)
    const named = m ? read(m[2] ?? "") : undefined;
    const first = !part?.[2] || countOf(part[2].replace("家", "")) === named?.length ? named : undefined;
    // ("在上游材料环节，宜春高新区依托…，宁波高新区在…集聚了…": more zones of the part, each opening a clause after.)
    const clauses = m
      ? segment
          .slice(index + m[0].length)
          .split(/[，,]/)
          .slice(1)
      : [];
    const more = clauses.flatMap((clause) => {
      const opening = CLAUSE_ZONES.exec(clause)?.[1];
      return opening ? [read(opening)] : [];
    });
    const found = first && !more.includes(undefined) ? [...first, ...more.flatMap((x) => x ?? [])] : undefined;
    if (!m || !found || found.some((z, i) => zones.includes(z) || found.indexOf(z) !== i)) {
      rollback();
      return;
    }
    zones.push(...found);
    parts.push({ label: (m[1] || m[3] || m[4]) as string, zones: found });
  }
  const group = doc.groupBefore(s, 0) ?? doc.anaphor(intro);
  if (!group) {
    rollback();
    return;
  }
  // The proof: the parts are the members the article counts, or all of them but the lead: then the list is some of
  // the members until the group's lead completes it (extract/index.ts), never all of them without it.
  // (The opening's own count first: "14家成员单位各有所长：…" over "联合…等13家" said of the others than the lead.)
  const counted = (n: number) => (said !== undefined ? countOf(said) === n : countedSo(doc, groupKey(group), n));
  // ("此外，武汉东湖高新区将依托…为网络提供…服务。至此，网络首批成员共十三家": one more member after the parts, when
  // the count then holds.)
  const after = doc.sentences[last.index + 1];
  const extra = after?.paragraph === last.paragraph ? ONE_MORE.exec(after.text)?.[1] : undefined;
  const more = extra && !counted(zones.length) ? read(extra) : undefined;
  if (more && more.length > 0 && !more.some((z) => zones.includes(z)) && counted(zones.length + more.length)) {
    zones.push(...more);
    parts.push({ label: "其他", zones: more });
    last = after as Sentence;
    // ("…也作为成员单位加入": a join told with the list, not a change after it.)
    doc.tellings.push({ sentences: [last], zones });
  }
  // ("三个板块分别由深圳高新区、芜湖高新区、合肥高新区牵头协调": each part's lead, in the parts' order.)
  const leading = doc.sentences[last.index + 1];
  const leads = leading?.paragraph === last.paragraph ? partLeads(doc, leading, parts) : undefined;
  // ("网络下设4个专业工作组，与四个板块一一对应，分别由A、B、C、D牵头": a body per part, led in the parts' order, said
  // later in the item.)
  const matched = leads
    ? undefined
    : doc.sentences
        .filter((b) => b.item === s.item && b.index > last.index && ONE_TO_ONE.test(b.text))
        .map((b) => partLeads(doc, b, parts, ONE_TO_ONE))
        .find(Boolean);
  if (matched)
    parts.forEach((part, i) => {
      part.lead = matched[i];
    });
  if (leads) {
    parts.forEach((part, i) => {
      part.lead = leads[i];
    });
    last = leading as Sentence;
  }
  // ("…其中卫星及载荷研制环节由长春高新区牵头，…": a part's lead said by its label, anywhere in the item.)
  for (const part of parts) part.lead ??= leadByLabel(doc, s, part);
  const evidence = last === s ? doc.ev(s) : doc.evSpan(s, 0, last, last.text.length);
  if (counted(zones.length)) pushWholeList(doc, group, zones, evidence, parts);
  else if (counted(zones.length + 1))
    doc.claims.push({
      type: "members",
      group,
      zones,
      others: [],
      count: zones.length + 1,
      countIncludesLead: true,
      partial: true,
      evidence,
      parts,
    });
  else rollback();
}

/** "N个板块分别由A、B和C牵头协调", "…分别由A、B担任板块牵头单位": the parts' leads, in order. */
const PART_LEADS =
  /^(?:[一二两三四五六七八九十\d]+个)?(?:板块|环节|方向)?分别由(.+?)(?:担任(?:板块|环节)?牵头单位|牵头(?:协调|负责)?)[。；;]?$/;

/** "…工作组，与四个板块一一对应，分别由A、B、C和D牵头": a body for each part, its leads in the parts' order. */
const ONE_TO_ONE =
  /^[^。；;]{0,30}?[，,]与[^，,。；;]{0,8}?(?:板块|环节)一一对应[，,](?:分别)?由(.+?)(?:担任[^，,。；;]{0,8}?牵头单位|牵头(?:协调|负责)?)[。；;]?$/;

/**
 * The leads of the parts of a list another reader read ("按产业链环节划分如下：核心零部件环节4家，即A、B…，由A牵头协调；
 * …"): each part's, said by its label, one of its own zones.
 */
export function partLeadsByLabel(doc: Doc): void {
  for (const c of doc.claims) {
    if (c.type !== "members" || !c.parts) continue;
    const at = doc.sentenceOf(c.evidence.quote);
    const s = doc.sentences[at];
    if (!s) continue;
    for (const part of c.parts) part.lead ??= leadByLabel(doc, s, part);
  }
}

/** The lead of each part, when the sentence names one per part, in order, each a member of its part. */
function partLeads(doc: Doc, s: Sentence, parts: ListPart[], said = PART_LEADS): string[] | undefined {
  const named = said.exec(s.text)?.[1];
  const zones = named ? resolveList(doc, s, named.replace(/和|与|及/g, "、"), { bare: true })?.zones : undefined;
  if (!zones || zones.length !== parts.length) return undefined;
  return zones.every((z, i) => parts[i]?.zones.includes(z)) ? zones : undefined;
}

/** "<label>由A牵头", in a sentence of the item: the part's lead, one of its zones. */
function leadByLabel(doc: Doc, s: Sentence, part: ListPart): string | undefined {
  const label = escaped(part.label);
  // ("整机制造板块（6家）：深圳高新区牵头，…": its count and a colon, then the lead.)
  const said = new RegExp(
    `${label}(?:[，,]?由|的牵头单位为|牵头单位为|(?:[（(]${ZONE_COUNT}[）)])?[：:])([\\u3400-\\u9fff]{2,16}?)(?:牵头|担任)`,
  );
  // ("…表示，成都高新区将依托…，牵头推动飞控、通信与导航板块的技术协同": the zone, then the part it will lead.)
  const leads = new RegExp(
    `(?:^|[，,：:])([\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|工业园区))(?:将|会|要)[^。；;]{0,40}?牵头(?:推动|负责|协调|推进)?${label}`,
  );
  // ("核心零部件环节4家，即A、B、C、D，由A牵头协调；": after the part's members, in its clause.)
  const after = new RegExp(
    `${label}[^；;。]{0,160}?[，,]由([\\u3400-\\u9fff]{2,16}?)牵头(?:协调|负责|组织)?(?=[；;。，,]|$)`,
  );
  for (const b of doc.sentences) {
    if (b.item !== s.item) continue;
    const name = said.exec(b.text)?.[1] ?? leads.exec(b.text)?.[1] ?? after.exec(b.text)?.[1];
    const zone = name ? (doc.names.knownZone(name) ?? doc.names.zoneNamedAtStart(name)?.id) : undefined;
    if (zone && part.zones.includes(zone)) return zone;
  }
  return undefined;
}

/** The sentences after `s` that are each one part ("上游材料环节，A、B在…"), in order (a paragraph each, or not). */
function partsAfter(doc: Doc, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (let i = s.index + 1; i < doc.sentences.length; i++) {
    const next = doc.sentences[i] as Sentence;
    if (!(PART.test(next.text) || LIST_FIRST.test(next.text))) break;
    out.push(next);
  }
  return out;
}
