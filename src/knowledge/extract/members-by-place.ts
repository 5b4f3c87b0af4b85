/**
 * Member lists written by place: sub-lists by province or by region, counted or not, each read whole or not at
 * all ("湖北省有A、B6家高新区，湖南省有…", "青海的A；甘肃的B、C；…", "华南地区的A、B；华东地区的…", one line per
 * province after "成员单位名单：", "…，其余5家分别为四川的成都…"). The zones keep the province they are listed
 * under; a region's line is kept as a part of the list.
 */
import type { Doc } from "./context.ts";
import { isRegionLabel, REGIONS } from "./counted-list.ts";
import {
  COUNT,
  countedSo,
  countOf,
  countsClaimed,
  LEAD_MARK,
  levelOf,
  markedLead,
  pushWholeList,
  resolveList,
  splitItems,
} from "./lists.ts";
import { type GroupRef, groupKey, PROVINCES } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/**
 * "首批加入的有四川的成都、绵阳…8家国家高新区，以及重庆的重庆、璧山…4家国家高新区": sub-lists, each with
 * its count and, optionally, the province its zones are in (which a new zone record keeps).
 */
export function firstMembersByPlace(doc: Doc, s: Sentence) {
  const t = s.text;
  const head = /首批(?:加入|加盟|成员)(?:的|单位)?(?:有|是|包括|为)[：:]?/.exec(t);
  if (!head) return;
  const at = head.index ?? 0;
  const rest = t.slice(at + head[0].length);
  const part = new RegExp(
    `^(?:[，,；;]?(?:以及|和|及)?)([\\u3400-\\u9fff]{2,3}的)?([\\u3400-\\u9fff、]+?)${COUNT}家(国家|省级)?高新区`,
  );
  const zones: string[] = [];
  let used = 0;
  const rollback = doc.names.mark();
  for (let i = 0; i < 4; i++) {
    const m = part.exec(rest.slice(used));
    if (!m) break;
    const place = m[1] ? m[1].slice(0, -1) : "";
    if (place && !PROVINCES.includes(place)) break;
    const n = countOf(m[3] ?? "");
    const found = n === undefined ? null : placeList(doc, s, place, m[2] ?? "", n, zones, levelOf(m[4] ?? ""));
    if (!found) {
      rollback();
      return;
    }
    zones.push(...found);
    used += m[0].length;
  }
  if (zones.length < 2) {
    rollback();
    return;
  }
  const mentions = (doc.mentions[s.index] ?? []).filter((x) => x.end <= at);
  const group: GroupRef | undefined = mentions[mentions.length - 1] ?? doc.anaphor(s);
  if (!group) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.ev(s));
}

/**
 * "从地域分布看，江西省有A、B，福建省有C、D、E，浙江省有F…" ("按省份看，江苏有A、B2家，…，青海则是C"): the members
 * besides the lead, province by province, counted or not, after a sentence that counts the members. Taken only when, with the lead, they are exactly as
 * many as the group's count.
 */
export function provincesHave(doc: Doc, s: Sentence) {
  // (The lead's mark is not part of its name: "内蒙古有包头稀土高新区（牵头单位）".)
  // ("从地域分布看，网络成员覆盖8个省区：内蒙古有A、B，江西有C…": what the colon announces is not a province.)
  const chunks = s.text
    .replace(/。$/, "")
    .replace(LEAD_MARK, "")
    .replace(
      /^(从[\u3400-\u9fff]{1,6}看[，,])?[^：:。]{2,30}?[：:](?=[\u3400-\u9fff]{2,3}(?:省|回族自治区|自治区)?有)/,
      "$1",
    )
    .split(/[，,；;]/);
  const first = chunks.findIndex((c) => PROVINCE_HAS.test(c));
  if (first < 0 || first > 1 || (first === 1 && !/^(?:[从按][\u3400-\u9fff]{1,6}看|其中)$/.test(chunks[0] ?? "")))
    return;
  const group = doc.anaphor(s);
  if (!group) return;
  const key = groupKey(group);
  // (Or the count that opens the sentence after: "10家成员高新区中，…".)
  const next = doc.sentences[s.index + 1];
  const after = next?.paragraph === s.paragraph ? new RegExp(`^${COUNT}家成员`).exec(next.text) : null;
  // (…or the one the sentence states before its colon: "联盟首批成员共二十三家，按省（区）分布如下：…".)
  const stated = new RegExp(`共${COUNT}家[^：:]*[：:]`).exec(s.text)?.[1];
  const counts = [
    ...countsClaimed(doc, key),
    ...(after ? [countOf(after[1] ?? "")] : []),
    ...(stated ? [countOf(stated)] : []),
  ].filter((n): n is number => n !== undefined);
  const lead = doc.claims.find((c) => c.type === "lead" && groupKey(c.group) === key);
  const rollback = doc.names.mark();
  const zones: string[] = [];
  const parts: { label: string; zones: string[] }[] = [];
  // ("…，内蒙古有包头稀土高新区，成员分布在10个省（区）": what the list ends with, after the provinces, says where.)
  const last = chunks.length - 1;
  const tail = last > first && SPREAD_OVER.test(chunks[last] ?? "") ? 1 : 0;
  for (const chunk of chunks.slice(first, chunks.length - tail)) {
    const m = PROVINCE_HAS.exec(chunk);
    // (A province's count, when given, must match its names: "江苏有常州、南京2家".)
    const n = m?.[3] ? countOf(m[3]) : undefined;
    const found = m && (n !== undefined || !m[3]) ? placeList(doc, s, m[1] as string, m[2] ?? "", n, zones) : null;
    if (!m || !found) {
      rollback();
      return;
    }
    zones.push(...found);
    parts.push({ label: m[1] as string, zones: found });
  }
  const all = lead?.type === "lead" && !zones.includes(lead.zone) ? [lead.zone, ...zones] : zones;
  if (parts.length < 2 || !(counts.includes(all.length) || countedSo(doc, key, all.length))) {
    rollback();
    return;
  }
  pushWholeList(doc, group, all, doc.ev(s), parts);
}
/** A closing clause that counts the provinces: "成员分布在10个省（区）", "覆盖8个省份". */
const SPREAD_OVER = /^(?:成员)?(?:分布在|分布于|覆盖|来自)[\u3400-\u9fff\d]{1,4}个省/;
/** What follows a province's name, when written ("宁夏回族自治区"). */
const PROVINCE_SUFFIX = "(?:省|市|回族自治区|维吾尔自治区|壮族自治区|自治区)";

/** A province's zones listed without their count, after a mark: "，安徽有合肥". */
const UNCOUNTED_PROVINCE = new RegExp(
  `(?:^|[，,；;：:])(?:${PROVINCES.join("|")})${PROVINCE_SUFFIX}?(?:则)?有[\\u3400-\\u9fff]`,
);

/** One province's chunk: "江西省有A、B", "江苏有A、B2家", "青海则是A". */
// ("江苏有常州、无锡2家高新区": the kind after the count.)
const PROVINCE_HAS = new RegExp(
  `^(${PROVINCES.join("|")})${PROVINCE_SUFFIX}?(?:则)?(?:有|是|为)([\\u3400-\\u9fff、和]+?)(?:${COUNT}家(?:国家)?(?:高新区)?)?$`,
);

/**
 * "其中，湖北省有武汉东湖、襄阳…7家；湖南省有长沙、株洲…7家；江西省有南昌…6家": the members of the group the
 * item is about, listed province by province (each list's count must match its names; the zones keep the
 * province). Two provinces at least, so that one province's list is not read as the whole membership.
 */
export function membersByProvince(doc: Doc, s: Sentence) {
  const t = s.text;
  const part = new RegExp(
    // ("重庆市的成员单位有A、B和C3家；四川省则有D、E…8家国家高新区加入": a part's subject and its verb may be said.)
    // ("四川方面，A、B…8家国家高新区参与发起": the province's side, then its zones.)
    // ("湖北省成员为A、B…，共6家": 成员 without 的, the count after a comma.)
    `(?:^|[；;，,。：:])(?:其中[，,]?)?([\\u3400-\\u9fff]{2,3}?)(?:省|市|自治区)?(?:的?成员(?:单位)?)?(?:(?:则|还)?(?:有|包括|为|[：:])|方面[，,])([\\u3400-\\u9fff、]+?)(?:[，,]共)?${COUNT}家(?:国家高新区|高新区)?(?:加入|参与发起|参加|入列|入盟|入网)?(?=[；;，,。]|$)`,
    "g",
  );
  const named: RegExpMatchArray[] = [...t.matchAll(part)].filter((m) => PROVINCES.includes(m[1] ?? ""));
  // ("联盟成员中湖北省有6家，分别是A、B…；湖南省有5家，分别是…": each count said before its names; "湖北省6家，分别是
  // A…；湖南省5家，即B…；江西省则有C、D4家高新区入列": the two ways in one sentence.)
  const overlaps = (a: RegExpMatchArray, b: RegExpMatchArray) =>
    (a.index ?? 0) < (b.index ?? 0) + b[0].length && (b.index ?? 0) < (a.index ?? 0) + a[0].length;
  const parts = [...named, ...countFirst(t).filter((c) => !named.some((m) => overlaps(m, c)))].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  );
  // ("浙江宁波、安徽合肥…陕西西安各有一家高新区入网；此外，天津滨海高新区也是首批成员": one zone each, written
  // province then city, and one more after 此外; the whole then must make the count the article states.)
  const each = EACH_ONE.exec(t);
  const also = ALSO_MEMBER.exec(t) ?? BESIDES.exec(t);
  if (parts.length + (each ? 1 : 0) + (also ? 1 : 0) < 2 || parts.length === 0) return;
  // A zone the sentence names outside the counted parts ("内蒙古为A；江西有B、C两家；…；浙江、江苏各有一家，分别是D、
  // E") is a member the parts leave out: the parts are not the whole list, and nothing is claimed.
  let outside = t;
  for (const m of [...parts, ...(each ? [each] : []), ...(also ? [also] : [])]) outside = outside.replace(m[0], "");
  // (Nor when a part is counted outside them: "…，贵州、辽宁、天津、湖北各1家，分别为安顺、沈阳…".)
  // (The remainder after them, "其余4家分别为…", is read below.)
  const beforeRest = outside.replace(/[，,；;]?(?:其余|其他|另有|另外|此外)[^。]*。?$/, "");
  if (/高新区|示范区|工业园区/.test(outside) || new RegExp(`${COUNT}家`).test(beforeRest)) return;
  // (Nor when a province is listed outside them uncounted: "江苏有A、B、C3家，…，安徽有D，福建有E".)
  if (UNCOUNTED_PROVINCE.test(outside)) return;
  // A counted part left unread before the first read ("…：湖北省有A、B…6家高新区，湖南省有…") would leave the
  // list partial: nothing is claimed.
  if (new RegExp(`有[\\u3400-\\u9fff、]+?${COUNT}家`).test(t.slice(0, parts[0]?.index ?? 0))) return;
  // ("成员覆盖10个省市，其中广东有A、B、C3家，浙江有…": some of the provinces the sentence counts, not the whole list.)
  const spread = /(?:覆盖|分布在|分布于|来自)(\d{1,2}|[一二两三四五六七八九十]{1,3})个省/.exec(
    t.slice(0, parts[0]?.index ?? 0),
  );
  if (spread && countOf(spread[1] ?? "") !== parts.length) return;
  const zones: string[] = [];
  const rollback = doc.names.mark();
  for (const m of parts) {
    const n = countOf(m[3] ?? "");
    const found = n === undefined ? null : placeList(doc, s, m[1] as string, m[2] ?? "", n, zones);
    if (!found) {
      rollback();
      return;
    }
    zones.push(...found);
  }
  for (const item of each ? (each[1] ?? "").split("、") : []) {
    const placed = new RegExp(`^(${PROVINCE_RUN})([\\u3400-\\u9fff]{2,6})$`).exec(item);
    const province = placed?.[1]?.replace(/省|市|自治区/, "") ?? "";
    const found =
      placed && PROVINCES.includes(province) ? placeList(doc, s, province, placed[2] ?? "", 1, zones) : null;
    if (!found) {
      rollback();
      return;
    }
    zones.push(...found);
  }
  // ("重庆方面，除重庆高新区外，还有A、B和C": the zone excepted and the others, none counted.)
  const more = also
    ? resolveList(doc, s, (also[1] ?? "") + (also[2] ? `、${also[2]}` : ""), { bare: false, level: "national" })
    : undefined;
  if (
    also &&
    (!more ||
      more.zones.length === 0 ||
      more.zones.some((z) => zones.includes(z)) ||
      (!also[2] && more.zones.length !== 1))
  ) {
    rollback();
    return;
  }
  zones.push(...(more?.zones ?? []));
  // The members left after the provinces counted ("其余5家分别为四川的成都、陕西的西安…和辽宁的沈阳") belong to
  // the list; a remainder that cannot be read leaves the list partial, so nothing is claimed.
  const last = parts[parts.length - 1] as RegExpMatchArray;
  const after = t.slice((last.index ?? 0) + last[0].length);
  if (/^[，,；;]?(?:其余|其他|另有|另外|此外)/.test(after)) {
    const rest = remainderByPlace(doc, s, after, zones);
    if (!rest) {
      rollback();
      return;
    }
    zones.push(...rest);
  }
  const group = doc.anaphor(s);
  if (!group || ((each || also) && !countedSo(doc, groupKey(group), zones.length))) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.ev(s));
}

/**
 * A province's part with its count before its names ("湖北省有6家，分别是A、B…", "湖北省有7家：A、B…", a clause after
 * them or not), in the
 * shape of `part`'s matches (province, names, count).
 */
function countFirst(t: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const m of t.matchAll(COUNT_FIRST)) {
    if (!PROVINCES.includes(m[1] ?? "")) continue;
    out.push(Object.assign([m[0], m[1], m[3], m[2]], { index: m.index }) as unknown as RegExpMatchArray);
  }
  return out;
}
const COUNT_FIRST = new RegExp(
  `(?<=^|[；;，,。：:]|成员中|成员里)([\u3400-\u9fff]{2,3}?)(?:省|市|自治区)?(?:则|还)?有?${COUNT}家(?:国家高新区|高新区|成员(?:单位)?)?(?:[，,：:]?(?:分别(?:是|为)|即)[：:]?|[：:])([\u3400-\u9fff、和]+?)(?=[；;。，,]|$)`,
  "g",
);

/** "浙江宁波、安徽合肥、…、陕西西安各有一家高新区入网": one zone each, written province then city. */
const EACH_ONE = new RegExp(
  `((?:${PROVINCES.join("|")})(?:省|市|自治区)?[\\u3400-\\u9fff]{2,6}?(?:、(?:${PROVINCES.join("|")})(?:省|市|自治区)?[\\u3400-\\u9fff]{2,6}?)+)各有(?:一|1)家(?:国家)?(?:高新区)?(?:入网|入盟|加入)?`,
);
/** "重庆方面，除重庆高新区外，还有璧山高新区、永川高新区和荣昌高新区": a province's zones, one of them excepted first. */
const BESIDES = new RegExp(
  `(?:^|[；;，,。])(?:${PROVINCES.join("|")})(?:省|市|自治区)?方面[，,]除([\\u3400-\\u9fff]{2,12}?(?:高新区|示范区|园区))外[，,]还有([\\u3400-\\u9fff、和]+?)(?=[；;。]|$)`,
);
/** "此外，天津滨海高新区也是首批成员": one more member after the parts. */
const ALSO_MEMBER =
  /(?:此外|另外|还有)[，,]?([\u3400-\u9fff]{2,12}?(?:高新区|示范区|园区))(?:也|亦)是(?:首批)?成员(?:单位)?/;

/**
 * "，其余5家分别为四川的成都、陕西的西安、湖南的株洲和辽宁的沈阳": the rest of a list counted by province, each
 * name with its province. null unless every name resolves (not already listed) and they are exactly N.
 */
function remainderByPlace(doc: Doc, s: Sentence, text: string, taken: string[]): string[] | null {
  const m = new RegExp(
    `^[，,；;]?(?:其余|其他|另有|另外)${COUNT}家(?:成员)?(?:分别)?(?:为|是|包括|来自)[：:]?([^。；;]+)`,
  ).exec(text);
  const n = m ? countOf(m[1] ?? "") : undefined;
  if (!m || n === undefined) return null;
  const zones: string[] = [];
  for (const item of (m[2] ?? "").split(/、|和|及|以及/).filter(Boolean)) {
    const placed = /^([\u3400-\u9fff]{2,3}?)(?:省|市|自治区)?的([\u3400-\u9fff]{2,8})$/.exec(item);
    const found =
      placed && PROVINCES.includes(placed[1] ?? "")
        ? placeList(doc, s, placed[1] as string, placed[2] ?? "", 1, [...taken, ...zones])
        : null;
    if (!found) return null;
    zones.push(...found);
  }
  return zones.length === n ? zones : null;
}

/**
 * "联盟首批成员单位共20家，按省区分布为：青海省西宁高新区；甘肃省兰州高新区、白银高新区；…" (or "青海的…；甘肃的…",
 * "…覆盖黄河上中下游：青海省有西宁高新区；甘肃省有…"):
 * after a colon, one chunk per province, each opening with the province's name, without counts. Every chunk must be one, two at
 * least; a whole count the sentence gives must match. The zones keep their province.
 */
/**
 * A province's chunk of a list: "甘肃：A、B", "青海省有A", "宁夏的A", "青海省A", "甘肃省为A、B", "湖北省（7家）：A、B"
 * (province, count, names).
 */
// ("山东省的济南、淄博、黄河三角洲3家高新区": the count after the names, which share the kind.)
const PROVINCE_CHUNK = new RegExp(
  `^([\\u3400-\\u9fff]{2,3}?)(?:${PROVINCE_SUFFIX}?(?:[（(]${COUNT}家[）)])?(?:有|为|[的：:])|${PROVINCE_SUFFIX})([\\u3400-\\u9fff、，,]+?)(?:${COUNT}家(?:国家)?高新区)?$`,
);

/** A province's count, then its names in brackets: "湖北省6家（武汉东湖、襄阳、宜昌）". */
const COUNT_THEN_BRACKETED = new RegExp(
  `(?<=^|[，,；;])((?:${PROVINCES.join("|")})${PROVINCE_SUFFIX}?)${COUNT}家[（(]([\\u3400-\\u9fff、]+)[）)](?=$|[，,；;])`,
  "g",
);

export function provinceChunks(doc: Doc, s: Sentence) {
  // (The list may open with a dash: "成员单位按省区排列如下——青海：A；甘肃：B、C；…".)
  const found0 = /——|[：:]/.exec(s.text);
  // ("联盟首批成员如下。上游7家：A、B…；中游6家：…": announced by the sentence before, each part with its colon.)
  const prev = doc.sentences[s.index - 1];
  const announced =
    prev?.paragraph === s.paragraph &&
    /成员[^。]{0,12}如下[。：:]?$/.test(prev.text) &&
    /^[\u3400-\u9fff]{2,8}?(?:地区)?\d{0,2}家?[：:]/.test(s.text);
  const colon = found0 && /成员|发起单位|分布/.test(s.text.slice(0, found0.index)) ? found0 : undefined;
  // ("联盟首批成员覆盖青海、甘肃…八省区。其中，青海省为A；甘肃省为B、C；…": the provinces the sentence before names,
  // each given its zones after "其中".)
  const covered =
    !colon && !announced && prev?.paragraph === s.paragraph && /成员[^。]{0,8}(?:覆盖|分布|来自)/.test(prev.text)
      ? /^其中[，,]/.exec(s.text)
      : null;
  if (!colon && !announced && !covered) return;
  let chunks = s.text
    .slice(colon ? colon.index + colon[0].length : (covered?.[0].length ?? 0))
    .replace(/[。.]$/, "")
    .replace(LEAD_MARK, "")
    // ("湖北省6家（武汉东湖、襄阳…），湖南省5家（长沙…）": a province's count, then its names in brackets.)
    .replace(COUNT_THEN_BRACKETED, "$1（$2家）：$3")
    .split(/[；;]/)
    // ("…；以及陕西的西安高新区": the last chunk joined by 以及.)
    .map((x) => x.replace(/^(?:以及|及|和)/, ""));
  // ("覆盖11个省（区、市）：江苏省的A，浙江省的B，…，以及青海省的C": a province a comma, when every piece opens with
  // one.)
  const byComma =
    chunks.length === 1 ? (chunks[0] ?? "").split(/[，,]/).map((x) => x.replace(/^(?:以及|及|和)/, "")) : [];
  if (byComma.length >= 2 && byComma.every((x) => PROVINCES.includes(PROVINCE_CHUNK.exec(x)?.[1] ?? "")))
    chunks = byComma;
  if (chunks.length < 2) return;
  const zones: string[] = [];
  const parts: { label: string; zones: string[] }[] = [];
  const provinces: string[] = [];
  const rollback = doc.names.mark();
  for (const chunk of chunks) {
    // ("湖北省(7家):武汉东湖,襄阳,…": the province's count in brackets, which its names must meet; commas apart.)
    const m = PROVINCE_CHUNK.exec(chunk);
    if (m && PROVINCES.includes(m[1] ?? "")) provinces.push(m[1] as string);
    // ("华南地区的深圳高新区、广州高新区；华东地区的…": parts of the country, which place no zone in a province.)
    // ("华南：深圳高新区，广州高新区；西北及中原：…", a colon after the region, the names apart by commas.)
    // ("上游地区7家：西宁、兰州…鄂尔多斯高新区": a region counted, its names sharing their suffix.)
    const region = new RegExp(
      `^([\\u3400-\\u9fff]{2,8}?)(?:地区|片区|区域)?(?:${COUNT}家)?(?:的|[：:])([\\u3400-\\u9fff、，,]+)$`,
    ).exec(chunk);
    const found =
      m && PROVINCES.includes(m[1] ?? "")
        ? placeList(
            doc,
            s,
            m[1] as string,
            (m[3] ?? "").replace(/[，,]/g, "、"),
            m[2] || m[4] ? countOf((m[2] ?? m[4]) as string) : undefined,
            zones,
          )
        : region && isRegionLabel(region[1] ?? "")
          ? placeList(
              doc,
              s,
              "",
              (region[3] ?? "").replace(/[，,]/g, "、"),
              region[2] ? countOf(region[2]) : undefined,
              zones,
            )
          : null;
    if (!found) {
      rollback();
      return;
    }
    zones.push(...found);
    // (A region's line is a part of the list people ask by: "华东地区的成员".)
    if (!(m && PROVINCES.includes(m[1] ?? "")) && region)
      parts.push({ label: REGIONS.test(region[1] ?? "") ? `${region[1]}地区` : (region[1] ?? ""), zones: found });
  }
  // (The whole count before the colon, or right after the list: "…；华中：株洲高新区。以上合计14家。")
  // (Announced by the sentence before, the group's count said earlier must be the list's.)
  const next = doc.sentences[s.index + 1];
  const stated =
    (colon ? new RegExp(`${COUNT}家`).exec(s.text.slice(0, colon.index)) : null) ??
    (next?.paragraph === s.paragraph ? new RegExp(`^以上(?:合计|共计|总计|共)?${COUNT}家`).exec(next.text) : null);
  const group = colon ? doc.groupBefore(s, colon.index) : doc.anaphor(s);
  // (After "其中", every province the sentence before names has its chunk, and no other.)
  const named = covered ? PROVINCES.filter((x) => prev?.text.includes(x)) : [];
  const allCovered = covered !== null && named.length === provinces.length && named.every((x) => provinces.includes(x));
  const proven = colon || stated || allCovered || (group && countsClaimed(doc, groupKey(group)).includes(zones.length));
  if (!group || !proven || (stated && countOf(stated[1] ?? "") !== zones.length)) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.ev(s), parts.length > 0 ? parts : undefined);
  // (The lead marked in the list, "深圳高新区(牵头单位)", is the group's lead.)
  const lead = markedLead(doc, s, zones);
  if (lead) doc.claims.push({ type: "lead", group, zone: lead, evidence: doc.ev(s) });
}

const PROVINCE_RUN = `(?:${PROVINCES.join("|")})(?:省|市|自治区)?`;
/** A sentence that tells the members province by province without a colon: "按省份看，…", "从省份分布看，…". */
const BY_PROVINCE = /^(?:按|从)(?:省份|省区|省市)(?:分布)?(?:来)?看[，,]/;
/** A province's count and its zones ("江西2家，分别是A和B"), or several provinces' ("山东、浙江各1家，依次为A、B"). */
// ("浙江为A", "山东有B、C2家": a province's zones without a count, or counted after them.)
// ("湖南省有长沙、株洲…6家高新区", "江西省5家，包括A…和B": the count with its kind after the names; 包括.)
const COUNTED_PROVINCES = new RegExp(
  `^(${PROVINCE_RUN}(?:、${PROVINCE_RUN})*)(?:(各)?${COUNT}家[，,]?)?(?:即|分别是|分别为|依次为|依次是|为|是|有|包括)[：:]?(?:牵头的)?([\\u3400-\\u9fff、]+?)(?:${COUNT}家(?:国家)?(?:高新区)?)?$`,
);
/** The members counted, then told province by province after a comma: "首批18家成员单位中，湖北省7家，分别是…". */
const COUNTED_THEN_PROVINCES =
  /^(?:其中[，,])?(?:首批|现有|目前)?(?:共)?(?:\d{1,2}|[两三四五六七八九十]|十[一二三四五六七八九])家(?:国家)?(?:成员|成员单位|成员高新区|高新区)(?:中|里|当中)[，,]/;

/** The one group a sentence of the item before `s` founds ("…联盟成立大会在…举行"), if only one. */
function foundedBefore(doc: Doc, s: Sentence): GroupRef | undefined {
  const founded = new Map<string, GroupRef>();
  for (const x of doc.sentences) {
    if (x.item !== s.item || x.index >= s.index || !/成立|启动|组建/.test(x.text)) continue;
    for (const m of doc.mentions[x.index] ?? []) {
      // (The group's name, then within a few words the act: "…联盟成立大会", "…网络于3月在…启动".)
      const after = x.text.slice(m.end).replace(/^[^，,。]{0,12}?(?=成立|启动|组建)/, "");
      if (/^(?:成立|启动|组建)/.test(after)) founded.set(groupKey(m), { kind: m.kind, id: m.id });
    }
  }
  return founded.size === 1 ? [...founded.values()][0] : undefined;
}

/**
 * "首批成员共10家，按省份分布如下：内蒙古1家，即包头稀土高新区；江西2家，分别是赣州高新区和吉安高新区；…；山东、浙江、
 * 四川、湖南、广东各1家，依次为淄博高新区、宁波高新区…和河源高新区": after a colon, provinces counted, each naming its
 * zones (several provinces "各1家" name theirs in turn). Every chunk must be read and its count met, and the whole
 * must be the count before the colon. The zones keep their province.
 */
export function provincesCounted(doc: Doc, s: Sentence) {
  // (…or after "按省份看，" opening the sentence: "按省份看，江苏1家，即牵头的常州高新区；广东、湖南各2家，分别为…".)
  const mark = /[：:]/.exec(s.text);
  const byProvinceOpening = mark ? null : BY_PROVINCE.exec(s.text);
  const countedOpening = mark || byProvinceOpening ? null : COUNTED_THEN_PROVINCES.exec(s.text);
  const colon = mark ?? byProvinceOpening ?? countedOpening;
  const head = colon ? s.text.slice(0, colon.index + colon[0].length - 1) : "";
  // (The total before the colon, or the group's count said before: "首批成员共12家。按省区分布看：…".)
  const stated = colon && /成员|分布/.test(head) ? new RegExp(`${COUNT}家`).exec(head) : null;
  // ("首批18家成员单位中，…": named by no group, the first members of the one group the article founds, not the group
  // the sentence before happens to name.)
  const group0 = countedOpening
    ? foundedBefore(doc, s)
    : colon
      ? (doc.groupBefore(s, colon.index) ?? doc.anaphor(s))
      : undefined;
  if (countedOpening && !group0) return;
  const claimed =
    !stated && group0 && /分布|省份看|省区看/.test(head) ? [...new Set(countsClaimed(doc, groupKey(group0)))] : [];
  const total = stated ? countOf(stated[1] ?? "") : claimed.length === 1 ? claimed[0] : undefined;
  // (Without a colon, the whole is checked against how the article counts the members, below.)
  const byProvince = byProvinceOpening !== null;
  if (!colon || (total === undefined && !byProvince)) return;
  const chunks = s.text
    .slice(colon.index + colon[0].length)
    .replace(/。$/, "")
    .split(/[；;]/);
  if (chunks.length < 2) return;
  const rollback = doc.names.mark();
  const zones: string[] = [];
  for (const chunk of chunks) {
    const m = COUNTED_PROVINCES.exec(chunk);
    const provinces = (m?.[1] ?? "").split("、").map((p) => p.replace(/(?:省|市|自治区)$/, ""));
    const listed = m ? splitItems(m[4] ?? "") : [];
    const counted = m?.[3] ?? m?.[5];
    const each = m ? (counted ? countOf(counted) : listed.length) : undefined;
    // (Two a province, each pair joined by 和: "各2家，分别为深圳高新区和惠州仲恺高新区、长沙高新区和株洲高新区".)
    const paired = listed.flatMap((x) => x.split(/和|与|及/));
    const names =
      m?.[2] &&
      each !== undefined &&
      listed.length !== provinces.length * each &&
      paired.length === provinces.length * each
        ? paired
        : listed;
    const fits =
      each !== undefined &&
      (m?.[2] ? names.length === provinces.length * each : provinces.length === 1 && names.length === each);
    if (!m || each === undefined || !fits) {
      rollback();
      return;
    }
    for (const [i, province] of provinces.entries()) {
      const found = placeList(doc, s, province, names.slice(i * each, (i + 1) * each).join("、"), each, zones);
      if (!found) {
        rollback();
        return;
      }
      zones.push(...found);
    }
  }
  const group = group0;
  const whole =
    total !== undefined ? total === zones.length : group !== undefined && countedSo(doc, groupKey(group), zones.length);
  if (!group || !whole) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.ev(s));
}

/**
 * "联盟首批成员单位名单（按省区排列）：" followed by one line per province ("甘肃：兰州高新区、白银高新区"), or several
 * a line ("青海省:A;甘肃省:B、C;"): the members of the group the item is about, with each zone's province. Two
 * provinces at least.
 */
export function memberBlockByProvince(doc: Doc, s: Sentence) {
  if (!/(?:成员(?:单位)?|发起单位)(?:名单)?[^：:。]{0,12}[：:]$/.test(s.text)) return;
  const zones: string[] = [];
  let last: Sentence | undefined;
  const rollback = doc.names.mark();
  let provinces = 0;
  // One province a line, or several on one ("青海省:A;甘肃省:B、C;…"), each "P(省|自治区…)：list".
  lines: for (let i = s.index + 1; i < doc.sentences.length; i++) {
    const line = doc.sentences[i] as Sentence;
    const chunks = line.text.split(/[；;]/).filter((c) => c.replace(/[。\s]/g, "").length > 0);
    for (const chunk of chunks) {
      const m =
        /^([\u3400-\u9fff]{2,3}?)(?:省|回族自治区|维吾尔自治区|壮族自治区|自治区|市)?[：:]([\u3400-\u9fff、]+)。?$/.exec(
          chunk,
        );
      if (!m || !PROVINCES.includes(m[1] ?? "")) {
        if (chunk === chunks[0]) break lines;
        rollback();
        return;
      }
      const found = placeList(doc, line, m[1] as string, m[2] ?? "", undefined, zones);
      if (!found) {
        rollback();
        return;
      }
      zones.push(...found);
      provinces++;
    }
    last = line;
  }
  const group = doc.anaphor(s);
  if (!last || provinces < 2 || !group) {
    rollback();
    return;
  }
  pushWholeList(doc, group, zones, doc.evSpan(s, 0, last, last.text.length));
}

/**
 * One place's sub-list ("湖北：武汉东湖、襄阳", with its count when the text gives one): its zones, each read with
 * the place; null when a name does not resolve, the count does not match, or a zone was listed already.
 */
function placeList(
  doc: Doc,
  s: Sentence,
  place: string,
  items: string,
  n: number | undefined,
  taken: string[],
  level: ReturnType<typeof levelOf> = "national",
): string[] | null {
  // ("龙岩高新区和厦门火炬高新区": the last joint may be 和.)
  // ("武汉东湖、襄阳…随州等6家": 等 before a count that the names make is no part of the last name.)
  const names = splitItems(n !== undefined ? items.replace(/等$/, "") : items);
  const list = resolveList(doc, s, names.map((x) => `${place}${x}`).join("、"), {
    bare: true,
    level: level ?? "national",
  });
  if (!list || list.zones.length !== (n ?? names.length) || list.zones.some((z) => taken.includes(z))) return null;
  return list.zones;
}
