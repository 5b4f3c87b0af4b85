/**
 * Names in the text: zones, networks and alliances, resolved against the gazetteer's names and aliases
 * (normalised as the alias index does) or, when unknown, proposed as new records with a lowercase ascii id.
 *
 * A zone is only created where the sentence says it is a zone: a "XX高新区/XX示范区/XX工业园区" name in a fact's
 * role (venue, lead, secretariat, member), or a bare "XX" in a member list that the sentence calls 高新区
 * ("…、本溪等10家国家高新区": 本溪高新区). City and province come from the text ("湖南株洲高新区",
 * "位于陕西省咸阳市的三原高新区"), else, for a zone named after a city, from the gazetteer of cities
 * (knowledge/lexicon/cities.yaml), as the curated zones' do: data for reading questions, never cited.
 */
import { pinyin } from "pinyin-pro";
import { lexicon } from "../lexicon.ts";
import { normalize } from "../normalize.ts";
import type { Evidence } from "../schema.ts";
import type { ExtractedAlliance, ExtractedNetwork, ExtractedZone, Gazetteer } from "./types.ts";

export type GroupKind = "network" | "alliance";
export type GroupRef = { kind: GroupKind; id: string };
/** A group's key in maps of groups of both kinds. */
export const groupKey = (g: GroupRef): string => `${g.kind}:${g.id}`;
export type ZoneLevel = ExtractedZone["level"];

export const PROVINCES = [
  "北京",
  "天津",
  "上海",
  "重庆",
  "河北",
  "山西",
  "辽宁",
  "吉林",
  "黑龙江",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "山东",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "海南",
  "四川",
  "贵州",
  "云南",
  "陕西",
  "甘肃",
  "青海",
  "内蒙古",
  "广西",
  "西藏",
  "宁夏",
  "新疆",
  "香港",
  "澳门",
  "台湾",
];
export const PROVINCE_PREFIX = new RegExp(
  `^(${PROVINCES.join("|")})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`,
);

/** Zone name endings, longest first. */
const ZONE_SUFFIX =
  /(国家高新技术产业开发区|高新技术产业开发区|高技术产业开发区|高新技术产业园区|新技术产业开发区|国家自主创新示范区|农业高新技术产业示范区|国家高新区|高新区|示范区|工业园区)$/;
/**
 * Words that never stand in a zone's own name: a phrase was cut at the wrong place (a suffix inside the core,
 * "安顺高新区共", is a name with words after it).
 */
const NOT_IN_ZONE_NAME =
  /[的与在等及或是为了各该我其把被将由从向对以哪某谁啥]|高新区|示范区|园区|开发区|本报|本区|本市|国家|省级|成员|优势|相关|全国|所有|其他|其余|县域|这些|多家|联合|牵头|共同|区域|地区|流域|经济带|产业|网络|联盟|城市|审议|通过|批准|同意|表决|交接|移交|交给|交予|交与|交棒|接棒|接过|会旗|牌匾|旗帜|接任|担任|加入|退出|签署|举行|召开|[\d一两二三四五六七八九十]家|[\d一两二三四五六七八九十](?:省|地|市)$|欢迎|邀请|吸引|鼓励|希望|更多|众多|一批|部分|若干|有关|兄弟|周边|沿黄|沿江|沿海|沿线|^有|^则|^即(?!墨)|^包括|^还有|^另有|确认|宣布|决定|明确|选举|推举|推选|目前|暂无|尚无|没有|尚未|暂未|仍无|东道主|承办方|主办方/;
const CJK_ONLY = /^[\u3400-\u9fff]+$/;
/** What a long place's name ends with: a delta, a bay, an island, a port, a lake. */
const LONG_PLACE = /(?:三角洲|湾区|湾|岛|港|湖)$/;
/** Words before 产业协同创新网络 that name no field: a batch, the pilots, a number of them. */
const NOT_A_FIELD =
  /^(?:首批|第[一二三四五六七八九十\d]+批|试点|这些|该|各|全国|多个|一批|若干|其他|其余|相关|重点|新一批|首个|第[一二三四五六七八九十\d]+个)$/;

/** The city before an industry word of a zone's full name ("泰州医药" → "泰州"), when the name is so made. */
function cityOfSpecialty(core: string): string | undefined {
  const special = lexicon.zoneSpecialties.find((w) => core.endsWith(w) && core.length - w.length >= 2);
  const city = special ? core.slice(0, core.length - special.length) : undefined;
  return city && city.length <= 3 && !PROVINCES.includes(city) ? city : undefined;
}

/** Lowercase ascii id from a Chinese name: its pinyin without tones ("株洲" → "zhuzhou"). */
export function asciiId(name: string): string {
  const ascii = /^[a-z0-9-]+$/i.test(name)
    ? name.toLowerCase()
    : pinyin(name, { toneType: "none", type: "array", v: true, nonZh: "consecutive" }).join("").toLowerCase();
  const id = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id.length > 0 ? id : `x${hash(name)}`;
}

function hash(s: string): string {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h.toString(36);
}

/** What a list or a sentence says about the zones it names. */
export type ZoneContext = {
  /** The item may be a bare place name ("本溪") because the list calls its items 高新区. */
  bare?: boolean;
  level?: ZoneLevel;
  evidence: Evidence;
};

export class Names {
  private readonly zoneByAlias = new Map<string, string>();
  private readonly groupByAlias = new Map<string, GroupRef>();
  private readonly usedIds = new Set<string>();
  private shortNames: { alias: string; ref: GroupRef }[] | undefined;
  readonly newZones = new Map<string, ExtractedZone>();
  readonly newNetworks = new Map<string, ExtractedNetwork>();
  readonly newAlliances = new Map<string, ExtractedAlliance>();
  /** Fields of known networks, for "光电子" ≈ "光电子信息" within one family of names. */
  /** New zones in the order they were proposed, to take back the zones of a list that was not taken. */
  private readonly created: { id: string; keys: string[] }[] = [];
  private readonly networkFields: { field: string; id: string; region?: string }[] = [];

  constructor(readonly known: Gazetteer) {
    for (const z of known.zones) {
      this.usedIds.add(z.id);
      for (const a of [z.name, ...z.aliases]) this.setZoneAlias(a, z.id);
    }
    for (const n of known.networks) {
      this.usedIds.add(n.id);
      for (const a of [n.name, ...n.officialNames, ...n.aliases]) this.setGroupAlias(a, { kind: "network", id: n.id });
      this.networkFields.push({ field: n.field, id: n.id });
    }
    for (const a of known.alliances) {
      this.usedIds.add(a.id);
      for (const s of [a.name, ...a.aliases]) this.setGroupAlias(s, { kind: "alliance", id: a.id });
    }
  }

  private setZoneAlias(alias: string, id: string) {
    const key = normalize(alias);
    if (key && !this.zoneByAlias.has(key)) this.zoneByAlias.set(key, id);
  }

  /** "X（以下简称“Y”）": Y is X's short name, in the text and for the users who ask by it. */
  shortNameOf(alias: string, ref: GroupRef) {
    this.setGroupAlias(alias, ref);
    const g = ref.kind === "network" ? this.newNetworks.get(ref.id) : this.newAlliances.get(ref.id);
    if (g && g.name !== alias && !g.aliases?.includes(alias)) g.aliases = [...(g.aliases ?? []), alias];
  }

  private setGroupAlias(alias: string, ref: GroupRef) {
    this.shortNames = undefined;
    const key = normalize(alias);
    if (key && !this.groupByAlias.has(key)) this.groupByAlias.set(key, ref);
  }

  private freshId(base: string, suffix: string): string {
    let id = base;
    if (this.usedIds.has(id)) id = `${base}-${suffix}`;
    for (let i = 2; this.usedIds.has(id); i++) id = `${base}-${suffix}-${i}`;
    this.usedIds.add(id);
    return id;
  }

  /** The short name of the region an alliance is of ("长江中游城市群国家高新区协同创新联盟" → 长江中游), if any. */
  regionCoreOf(ref: GroupRef): string | undefined {
    if (ref.kind !== "alliance") return undefined;
    const name = this.newAlliances.get(ref.id)?.name ?? this.known.alliances.find((a) => a.id === ref.id)?.name;
    const region = name ? allianceRegion(name) : undefined;
    return region ? regionCore(region) : undefined;
  }

  /** A zone's name (known or new) by its id. */
  nameOf(id: string): string | undefined {
    return (this.known.zones.find((z) => z.id === id) ?? this.newZones.get(id))?.name;
  }

  /** "我区电子信息产业发展局" in an article a zone publishes: that zone, said at the start as 我区/本区. */
  homeAtStart(text: string): { id: string; length: number } | undefined {
    return this.home && /^(?:我区|本区)/.test(text) ? { id: this.home, length: 2 } : undefined;
  }

  /** A zone id for a known alias, exactly. */
  knownZone(name: string): string | undefined {
    return this.zoneByAlias.get(normalize(name));
  }

  /**
   * Resolves a zone name as the text writes it; proposes a new zone when the name is plainly one.
   * Returns undefined when the name is not (or not safely) a zone.
   */
  /** The zone the article is published by, which it calls 我区 (context.ts). */
  home: string | undefined;

  zone(raw: string, ctx: ZoneContext): string | undefined {
    const name = raw.replace(/^(?:以及|及|和|与)/, "");
    if (/^(?:我区|本区)$/.test(name)) return this.home;
    if (name.length < 2 || !CJK_ONLY.test(name)) return undefined;
    const direct = this.knownZone(name);
    if (direct) return direct;
    // ("其中国家自主创新示范区3家，即中关村示范区、…": a word that introduces the list, before a known name.)
    // ("正式吸纳合肥高新区、…": a verb before a known name is no part of it.)
    // ("由东道主南昌高新区担任": the zone's part at the meeting.)
    const introduced =
      /^(?:即|包括|包含|分别是|分别为|(?:正式)?(?:吸纳|吸收|接纳)|(?:作为)?(?:东道主|承办方|主办方))/.exec(name);
    const after = introduced ? this.knownZone(name.slice(introduced[0].length)) : undefined;
    if (after) return after;
    let province = PROVINCE_PREFIX.exec(name);
    // "青海高新区": the province is the zone's own name, not a prefix.
    if (province && name.slice(province[0].length).replace(ZONE_SUFFIX, "").length < 2) province = null;
    const rest = province ? name.slice(province[0].length) : name;
    if (province && rest.length >= 2) {
      const inner = this.knownZone(rest);
      if (inner) {
        const core = rest.replace(ZONE_SUFFIX, "");
        this.place(inner, province[1], core.length >= 2 && core.length <= 3 ? core : undefined);
        return inner;
      }
    }
    const suffix = ZONE_SUFFIX.exec(rest);
    if (!suffix) {
      if (!ctx.bare) return undefined;
      const withSuffix = this.knownZone(`${rest}高新区`);
      if (withSuffix) return withSuffix;
    }
    let core = suffix ? rest.slice(0, suffix.index) : rest;
    // A known zone written with "国家高新区" ("常州国家高新区") resolves through its core.
    if (suffix && core.length >= 2) {
      // ("深圳市高新技术产业园区": the city said with 市.)
      const city = /^[\u3400-\u9fff]{2,4}市$/.test(core) ? core.slice(0, -1) : undefined;
      const viaCore =
        this.knownZone(`${core}高新区`) ??
        this.knownZone(core) ??
        (city ? (this.knownZone(`${city}高新区`) ?? this.knownZone(city)) : undefined);
      if (viaCore && suffix[1] !== "工业园区") return viaCore;
    }
    // "泰州医药高新区": the city's zone ("泰州高新区"), its industry said in its full name, which becomes its alias.
    const city = suffix && suffix[1] !== "工业园区" ? cityOfSpecialty(core) : undefined;
    const viaCity = city ? (this.knownZone(`${city}高新区`) ?? this.knownZone(city)) : undefined;
    if (viaCity) {
      this.nameKnown(viaCity, `${core}高新区`);
      return viaCity;
    }
    // ("黄河三角洲农业高新区": a place (a city, a delta, a lake…) and the zone's specialty, longer than a city's name and
    // its own; not "推动建设生物医药高新区".)
    const special = lexicon.zoneSpecialties.find((w) => core.endsWith(w));
    const place = special ? core.slice(0, -special.length) : "";
    const longest = special && (lexicon.cities[place] || LONG_PLACE.test(place)) ? 8 : 6;
    if (core.length < 2 || core.length > longest || NOT_IN_ZONE_NAME.test(core)) return undefined;
    const provinceName = province?.[1] ?? (PROVINCES.includes(core) ? core : undefined);
    if (province && rest.length < 2) core = name;
    // "杨凌农业高新技术产业示范区" is called 杨凌示范区.
    const ending = suffix
      ? suffix[1] === "工业园区"
        ? suffix[1]
        : suffix[1]?.endsWith("产业示范区") || suffix[1] === "示范区"
          ? "示范区"
          : "高新区"
      : "高新区";
    const zoneName = `${core}${ending}`;
    const existing = this.knownZone(zoneName);
    if (existing) return existing;
    const id = this.freshId(asciiId(core), province ? asciiId(province[1] as string) : "zone");
    const aliases = new Set<string>();
    if (name !== zoneName) aliases.add(name);
    if (!PROVINCES.includes(core)) aliases.add(core);
    // "包头稀土高新区" is "包头高新区" and "包头" too (unless a known zone is called so).
    if (city && !this.knownZone(city)) for (const a of [`${city}高新区`, city]) aliases.add(a);
    // "孝感高新区", the text silent on its province: the gazetteer's, when the name is a city's.
    // ("惠州仲恺高新区": a known city the name starts with.)
    const placeName =
      city ?? (lexicon.cities[core] ? core : [3, 2].map((n) => core.slice(0, n)).find((c) => lexicon.cities[c]));
    // ("包头稀土", read bare: "包头" too, when the city is no province and no known zone is called so.)
    if (!city && placeName && placeName !== core && !PROVINCES.includes(placeName) && !this.knownZone(placeName))
      for (const a of [`${placeName}高新区`, placeName]) if (!this.knownZone(a)) aliases.add(a);
    const zone: ExtractedZone = {
      id,
      name: zoneName,
      level: ctx.level ?? "national",
      aliases: [...aliases],
      evidence: [ctx.evidence],
    };
    if (provinceName) zone.province = provinceName;
    // "湖南株洲高新区": the place after the province is the city when it is a plain two- or three-character name.
    if (province && core.length >= 2 && core.length <= 3) zone.city = core;
    const gazetteer = provinceName || !placeName ? undefined : lexicon.cities[placeName];
    if (gazetteer) Object.assign(zone, { province: gazetteer, city: placeName });
    this.newZones.set(id, zone);
    const keys = [zoneName, ...aliases].map((a) => normalize(a)).filter((k) => !this.zoneByAlias.has(k));
    for (const k of keys) this.zoneByAlias.set(k, id);
    this.created.push({ id, keys });
    return id;
  }

  /** A mark to roll back to: zones proposed after it are forgotten (a list that was not taken whole). */
  mark(): () => void {
    const at = this.created.length;
    return () => {
      for (const { id, keys } of this.created.splice(at)) {
        this.newZones.delete(id);
        this.usedIds.delete(id);
        for (const k of keys) this.zoneByAlias.delete(k);
      }
    };
  }

  /**
   * A venue as the text names it: a zone name ("石家庄高新区", "上海张江"), not a bare city ("在石家庄启动" names
   * the city; which zone of it hosted the launch the text does not say).
   */
  venue(text: string, ctx: ZoneContext): string | undefined {
    // ("在我区丝路软件城举办": a place in the zone that publishes the article.)
    if (/^(?:我区|本区)/.test(text) && this.home) return this.home;
    if (/^(?:我区|本区)$/.test(text)) return this.home;
    const cities = new Set(this.known.zones.flatMap((z) => [z.city ?? "", z.province ?? ""]));
    if (!ZONE_SUFFIX.test(text) && (text.length < 4 || cities.has(text) || PROVINCES.includes(text))) return undefined;
    // "深圳高新区深圳湾科技生态园": a place inside a known zone is the zone's; so is one named by the zone's own
    // short name that is no city's ("光谷科技会展中心", "麓谷…").
    // ("武汉光谷科技会展中心": after its city's name, when the zone is in that city.)
    const city = [3, 2].map((n) => text.slice(0, n)).find((c) => cities.has(c)) ?? "";
    const nickname = [3, 2]
      .map((n) => text.slice(city.length, city.length + n))
      .find((name) => name.length >= 2 && !cities.has(name) && !PROVINCES.includes(name) && this.knownZone(name));
    const zone = nickname ? this.knownZone(nickname) : undefined;
    const inCity = zone && (!city || this.known.zones.find((z) => z.id === zone)?.city === city) ? zone : undefined;
    return this.zone(text, ctx) ?? this.zoneNamedAtStart(text)?.id ?? inCity;
  }

  /**
   * The zone a title starts with, by a zone's own name ("无锡高新区党工委…", "武汉东湖新技术开发区管理委员会…"),
   * not by a bare city ("深圳市科技创新局" is the city's bureau, not the zone's).
   */
  zoneNamedAtStart(text: string): { id: string; length: number } | undefined {
    const cities = new Set(this.known.zones.flatMap((z) => [z.city ?? "", z.province ?? ""]));
    for (let len = Math.min(text.length, 16); len >= 2; len--) {
      const name = text.slice(0, len);
      const id = this.knownZone(name);
      if (!id) continue;
      if (ZONE_SUFFIX.test(name) || (len >= 4 && !cities.has(name) && !PROVINCES.includes(name)))
        return { id, length: len };
    }
    return undefined;
  }

  /** The longest known zone name at the start of `text` ("无锡高新区党工委副书记…" → wuxi), with its length. */
  zoneAtStart(text: string): { id: string; length: number } | undefined {
    for (let len = Math.min(text.length, 16); len >= 2; len--) {
      const id = this.knownZone(text.slice(0, len));
      if (id && !/^[a-z]/.test(text)) return { id, length: len };
    }
    return undefined;
  }

  /**
   * The zone a run of text ends with ("…,中关村示范区" before 联合): the longest known name that ends the run,
   * else a new zone from the part after the last function word ("石家庄高新区").
   */
  /** A network or an alliance of the knowledge before this article, by its id (its members as known so far). */
  knownGroup(id: string): Gazetteer["networks"][number] | Gazetteer["alliances"][number] | undefined {
    return this.known.networks.find((g) => g.id === id) ?? this.known.alliances.find((g) => g.id === id);
  }

  /** The known zone whose name ends the run, the longest such name first ("会议同意福州高新区" → fuzhou). */
  knownZoneEnding(run: string): string | undefined {
    return this.knownZoneEndingAt(run)?.id;
  }

  /** …with the name's length, of `shortest` characters at least. */
  knownZoneEndingAt(run: string, shortest = 2): { id: string; length: number } | undefined {
    for (let len = Math.min(run.length, 16); len >= shortest; len--) {
      const id = this.knownZone(run.slice(run.length - len));
      if (id) return { id, length: len };
    }
    return undefined;
  }

  zoneEnding(run: string, ctx: ZoneContext, stop: RegExp): string | undefined {
    const known = this.knownZoneEnding(run);
    if (known) return known;
    const tail = run.replace(stop, "");
    return ZONE_SUFFIX.test(tail) ? this.zone(tail, ctx) : undefined;
  }

  /** Records where the text places a new zone ("位于陕西省咸阳市的三原高新区"). */
  /** Where known zones without a place are, as this article says ("湖南株洲" for a 株洲高新区 learned earlier). */
  readonly places = new Map<string, { province?: string; city?: string; aliases?: string[] }>();

  /** Another full name of a known zone, as an article writes it ("泰州医药高新区" for 泰州高新区). */
  nameKnown(zoneId: string, name: string) {
    this.setZoneAlias(name, zoneId);
    if (this.newZones.has(zoneId)) {
      const z = this.newZones.get(zoneId) as ExtractedZone;
      if (z.name !== name && !z.aliases.includes(name)) z.aliases.push(name);
      return;
    }
    const known = this.known.zones.find((k) => k.id === zoneId);
    if (!known || known.name === name || known.aliases.includes(name)) return;
    const now = this.places.get(zoneId) ?? {};
    this.places.set(zoneId, { ...now, aliases: [...new Set([...(now.aliases ?? []), name])] });
  }

  place(zoneId: string, province: string | undefined, city: string | undefined) {
    const z = this.newZones.get(zoneId);
    if (!z) {
      const known = this.known.zones.find((k) => k.id === zoneId);
      if (known && !known.province && province)
        this.places.set(zoneId, { ...this.places.get(zoneId), province, ...(city ? { city } : {}) });
      return;
    }
    if (province && !z.province) z.province = province;
    if (city && !z.city) z.city = city;
  }

  group(alias: string): GroupRef | undefined {
    return this.groupByAlias.get(normalize(alias));
  }

  /**
   * A network named "(国家高新区|国家)?<field>产业协同创新网络": the known one, or a new one when `create`. A
   * `region` before the field ("淮河生态经济带") makes a regional network, which is not the national one of the same
   * field: it is found by its full name, or as another regional name of that field ("沿淮低空经济…").
   */
  network(field: string, fullName: string, create: boolean, region?: string): GroupRef | undefined {
    const known = region
      ? this.group(fullName)
      : (this.group(fullName) ??
        this.group(`${field}产业协同创新网络`) ??
        this.group(`国家高新区${field}产业协同创新网络`));
    if (known?.kind === "network") {
      if (fullName.startsWith("国家")) this.noteOfficialName(known.id, fullName);
      return known;
    }
    // One family of names: "国家高新区光电子产业协同创新网络" and "国家光电子信息产业协同创新网络".
    const family = this.networkFields.find(
      (n) =>
        n.field.length >= 2 &&
        Boolean(n.region) === Boolean(region) &&
        (field.startsWith(n.field) || n.field.startsWith(field)),
    );
    if (family) {
      if (fullName.startsWith("国家")) this.noteOfficialName(family.id, fullName);
      this.setGroupAlias(fullName, { kind: "network", id: family.id });
      return { kind: "network", id: family.id };
    }
    // ("是国家高新区首批产业协同创新网络之一": a batch or a kind of networks, no field of its own.)
    if (!create || NOT_A_FIELD.test(field)) return undefined;
    const id = this.freshId(asciiId(field), "network");
    const name = fullName;
    // "低空经济" is said 低空 for short ("低空网络"), "量子信息" 量子, "新型储能" 储能, "稀土功能材料" 稀土.
    const head =
      /^([\u3400-\u9fff]{2})(?:经济|信息|技术|科技|功能材料|新材料|材料|装备|器件)$/.exec(field)?.[1] ??
      /^新型([\u3400-\u9fff]{2})$/.exec(field)?.[1];
    const short = head ? [`${head}网络`] : [];
    // ("高端医疗器械": 医疗器械网络 without its qualifier, 医械网络 by the industry's short form.)
    const core0 = /^(?:高端|先进|新一代|现代|智能)([\u3400-\u9fff]{3,})$/.exec(field)?.[1];
    for (const f of [field, core0].filter((x): x is string => x !== undefined)) {
      if (f !== field) short.push(`${f}网络`);
      const abbreviated = lexicon.fieldShortForms[f];
      if (abbreviated) short.push(`${abbreviated}网络`);
    }
    // A regional network is also said with its region's short name before the field ("淮河低空网络").
    const core = region ? regionCore(region) : undefined;
    const regional =
      region && core
        ? [...new Set([region, core])]
            .filter((r) => r.length >= 2)
            .flatMap((r) => [`${r}${field}网络`, ...short.map((x) => `${r}${x}`)])
        : [];
    const aliases = [
      ...new Set([`${field}产业协同创新网络`, `${field}网络`, ...short, field, ...regional].filter((a) => a !== name)),
    ];
    const net: ExtractedNetwork = { id, name, field, aliases, officialNames: [] };
    this.newNetworks.set(id, net);
    this.networkFields.push({ field, id, region });
    for (const a of [name, ...aliases]) this.setGroupAlias(a, { kind: "network", id });
    return { kind: "network", id };
  }

  private noteOfficialName(id: string, fullName: string) {
    const net = this.newNetworks.get(id);
    if (!net || net.name === fullName || net.officialNames?.includes(fullName)) return;
    // The "国家高新区…" form is the name; other forms are official names.
    if (fullName.startsWith("国家高新区") && !net.name.startsWith("国家高新区")) {
      net.officialNames = [...(net.officialNames ?? []), net.name];
      net.name = fullName;
    } else net.officialNames = [...(net.officialNames ?? []), fullName];
    net.aliases = (net.aliases ?? []).filter((a) => a !== net.name);
  }

  /** An alliance by its full name: the known one, or a new one when `create`. */
  alliance(name: string, create: boolean): GroupRef | undefined {
    const known = this.group(name) ?? this.group(name.replace(/国家高新区/, "高新区"));
    if (known?.kind === "alliance") return known;
    if (!create) return undefined;
    // What stands between 高新区 and 联盟 is the kind of cooperation, with a field perhaps ("协同创新", "新能源汽车产业
    // 链协作"), not words of a sentence ("川渝两地国家高新区首次以联盟形式…").
    const kind = /高新区([\u3400-\u9fff]*)联盟$/.exec(name)?.[1] ?? "";
    // (A field alone only after "国家高新区": "由重庆高新区承担联盟日常联络" names a zone, then a verb.)
    const fieldOnly = /国家高新区[\u3400-\u9fff]*联盟$/.test(name) && FIELD_ONLY.test(kind);
    if (kind !== "" && !ALLIANCE_KIND.test(kind) && !fieldOnly) return undefined;
    // A national alliance of one field ("国家高新区商业航天产业协同创新联盟"): the field tells it apart.
    const ofField = allianceRegion(name)
      ? undefined
      : /^国家高新区([\u3400-\u9fff]{2,8}?)(?:产业)?(?:协同创新|协同发展|创新发展|发展)?联盟$/.exec(name)?.[1];
    if (ofField) return this.fieldAlliance(name, ofField);
    const region = allianceRegion(name);
    if (!region) return undefined;
    // "成渝地区双城经济圈" → 成渝, "黄河流域" → 黄河: the short name users type.
    const core = regionCore(region);
    // "长江中游国家高新区联盟" after "长江中游城市群国家高新区协同创新联盟": the region's one alliance named short, when
    // neither name says a field of its own ("皖江…新能源汽车产业链协作联盟" is another alliance of that region).
    const same = this.group(`${core}联盟`) ?? this.group(`${region}联盟`);
    const sameName = same?.kind === "alliance" ? this.allianceName(same.id) : undefined;
    if (same && sameName && ownField(name) === "" && ownField(sameName) === "") return same;
    const id = this.freshId(asciiId(core.length >= 2 ? core : region), "alliance");
    const aliases = new Set<string>();
    const short = name.replace("国家高新区", "高新区");
    if (short !== name) aliases.add(short);
    aliases.add(`${region}高新区联盟`);
    aliases.add(`${region}联盟`);
    if (core.length >= 2 && core !== region) aliases.add(`${core}联盟`);
    // "晋陕豫黄河金三角" → 黄河金三角: the place without the provinces said short before it.
    const unprefixed = PROVINCE_RUN.exec(core)?.[1];
    if (unprefixed) {
      aliases.add(`${unprefixed}联盟`);
      aliases.add(`${unprefixed}高新区联盟`);
    }
    // "黄河流域" → 沿黄: a river's basin as people say it (knowledge/lexicon/names.yaml).
    const basin = /流域$/.test(region) ? lexicon.basinNames[core] : undefined;
    if (basin) {
      aliases.add(`${basin}联盟`);
      aliases.add(`${basin}高新区联盟`);
    }
    // "成渝" → 川渝: the other names of a region (knowledge/lexicon/names.yaml).
    for (const other of (lexicon.regionNames[core] ?? lexicon.regionNames[region] ?? "").split(" ").filter(Boolean)) {
      aliases.add(`${other}联盟`);
      aliases.add(`${other}高新区联盟`);
    }
    // "皖江国家高新区新能源汽车产业链协作联盟": the field it is about, with and without the kind of cooperation.
    const field = /(?:国家)?高新区([\u3400-\u9fff]{2,14}?)联盟$/.exec(name)?.[1] ?? "";
    const head = field.replace(
      /(?:产业链协作|产业协作|产业链|产业|协作|协同创新|创新发展|协同发展|协同|创新|发展)+$/,
      "",
    );
    const short2 = core.length >= 2 ? core : region;
    if (field && !/^(?:协同创新|创新发展|协同发展|产业协同|科技创新)/.test(field)) aliases.add(`${short2}${field}联盟`);
    if (head.length >= 2 && head !== field) aliases.add(`${short2}${head}联盟`);
    aliases.delete(name);
    const alliance: ExtractedAlliance = { id, name, aliases: [...aliases], region };
    this.newAlliances.set(id, alliance);
    for (const a of [name, ...aliases]) this.setGroupAlias(a, { kind: "alliance", id });
    return { kind: "alliance", id };
  }

  /** A new national alliance of one field: "商业航天联盟", "商业航天产业协同创新联盟". */
  private fieldAlliance(name: string, field: string): GroupRef {
    const id = this.freshId(asciiId(field), "alliance");
    const aliases = [...new Set([name.replace(/^国家高新区/, ""), `${field}产业联盟`, `${field}联盟`])].filter(
      (a) => a !== name,
    );
    const alliance: ExtractedAlliance = { id, name, aliases, region: field };
    this.newAlliances.set(id, alliance);
    for (const a of [name, ...aliases]) this.setGroupAlias(a, { kind: "alliance", id });
    return { kind: "alliance", id };
  }

  /** The name of an alliance, known or new. */
  private allianceName(id: string): string | undefined {
    return (this.newAlliances.get(id) ?? this.known.alliances.find((x) => x.id === id))?.name;
  }

  /** The region of an alliance (known or new): "京津冀" for 京津冀国家高新区联盟. */
  regionOf(id: string): string | undefined {
    const a = this.newAlliances.get(id) ?? this.known.alliances.find((x) => x.id === id);
    return a?.region ?? (a ? allianceRegion(a.name) : undefined);
  }

  /** Known network/alliance aliases that end in 网络/联盟 ("淮河联盟"), for mentions by a short name. */
  shortGroupNames(): { alias: string; ref: GroupRef }[] {
    if (!this.shortNames) {
      this.shortNames = [...this.groupByAlias.entries()]
        .filter(([a]) => /(网络|联盟)$/.test(a) && a.length >= 4)
        .map(([alias, ref]) => ({ alias, ref }));
    }
    return this.shortNames;
  }
}

/** Two to four provinces said by their one-character names before a place ("晋陕豫黄河金三角"), and the place after. */
const PROVINCE_RUN = /^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵黔云滇藏陕甘青宁新]{2,4}([\u3400-\u9fff]{3,})$/;

/** A region's short name, the one users type: "成渝地区双城经济圈" → 成渝, "黄河流域" → 黄河. */
function regionCore(region: string): string {
  return region.replace(/(?:地区)?(?:双城经济圈|经济圈|城市群|流域|地区|生态经济带|经济带|区域|大湾区)$/, "");
}

/** The region an alliance name starts with ("黄河流域国家高新区协同创新联盟" → 黄河流域). */
/** How an alliance's name ends after 高新区: the kind of cooperation, after its field perhaps. */
const ALLIANCE_KIND =
  /(?:协同创新|协同发展|创新发展|一体化发展|高质量发展|融合发展|发展|协作|合作|创新|协同|产业链?|战略|科技创新|成果转化|技术转移)$/;

/**
 * A field alone between 高新区 and 联盟 ("沿海国家高新区数字港航联盟"): a short noun, with none of the words a
 * sentence puts there ("川渝两地国家高新区首次以联盟形式…").
 */
const FIELD_ONLY =
  /^(?![\u3400-\u9fff]*[的与在等及或是为了以各该我其把被将由从向对首次形式共同联合组建成立发起承担负责加入参与])[\u3400-\u9fff]{2,6}$/;

/** What an alliance's name says between 高新区 and 联盟 beyond the kind of cooperation: its field, or "". */
function ownField(name: string): string {
  let field = /高新区([\u3400-\u9fff]*)联盟$/.exec(name)?.[1] ?? "";
  for (let kind = ALLIANCE_KIND.exec(field); kind && kind[0] !== ""; kind = ALLIANCE_KIND.exec(field))
    field = field.slice(0, kind.index);
  return field;
}

export function allianceRegion(name: string): string | undefined {
  const m = /^([\u3400-\u9fff]{2,12}?)(?:国家高新区|高新区)/.exec(name);
  const region = m?.[1]?.replace(/国家$/, "");
  // "国家高新区联盟", "区域国家高新区联盟": a kind of alliance, not one alliance.
  if (!region || region.length < 2 || /^(国家|区域|地区|各地|全国)$/.test(region)) return undefined;
  return region;
}
