/**
 * The zone an article's source is ("西安高新区管委会", "蚌埠高新技术产业开发区管理委员会", "随州高新区管委会网站"):
 * the one the article calls 我区 (else the zone the body names as itself, "我区（杭州高新区）"). Read once here, for the extractor (context.ts) and the passages (retrieval).
 */
import type { Knowledge } from "./load.ts";
import { normalize } from "./normalize.ts";

/** The body that publishes, after the zone's name. */
const PUBLISHER = /(?:党工委|管委会|管理委员会|办公室|宣传部|新闻中心|官网|门户网站|网站|微信公众号|公众号)+$/;
/** A zone's name in brackets: "（长春高新区）". */
const BRACKETED = /[（(]([\u3400-\u9fff]{2,16}?(?:高新技术产业开发区|高新区|示范区|工业园区))[）)]/;
/** The kinds of zone a name ends with. */
const ZONE_KIND = /(?:国家)?(?:高新技术产业开发区|高新区|示范区|工业园区)$/;

/**
 * `atStart`: the known zone a text starts with, when the caller can read one; `known`: a known zone by an exact name.
 * A source that names no known zone is none ("中国高新技术产业导报").
 */
export function sourceZone(
  source: string | null | undefined,
  known: (name: string) => string | undefined,
  atStart?: (text: string) => string | undefined,
  body?: string,
): string | undefined {
  return ofSource(source, known, atStart) ?? selfNamed(body, known);
}

/** The zone the body names as itself: "我区（杭州高新区）", when the source does not say whose page it is. */
const SELF_NAMED = new RegExp(`(?:我区|本区)${BRACKETED.source}`);

function selfNamed(body: string | undefined, known: (name: string) => string | undefined): string | undefined {
  const name = body ? SELF_NAMED.exec(body)?.[1] : undefined;
  return name ? (known(name) ?? known(`${name.replace(ZONE_KIND, "")}高新区`)) : undefined;
}

function ofSource(
  source: string | null | undefined,
  known: (name: string) => string | undefined,
  atStart?: (text: string) => string | undefined,
): string | undefined {
  if (!source) return undefined;
  // ("长春新区（长春高新区）管委会网站": the zone named in brackets beside another body's name.)
  const bracketed = BRACKETED.exec(source)?.[1];
  const named = bracketed ? (known(bracketed) ?? known(`${bracketed.replace(ZONE_KIND, "")}高新区`)) : undefined;
  if (named) return named;
  // ("长春新区·长春高新区管委会网站": two bodies joined, the zone's the one that publishes, after the other.)
  const parts = source.split(/[·・/／|｜]+/).filter((x) => x.trim().length >= 2);
  if (parts.length > 1)
    for (const part of parts.reverse()) {
      const zone = ZONE_KIND.test(part.replace(PUBLISHER, "")) ? ofSource(part, known, atStart) : undefined;
      if (zone) return zone;
    }
  const body = source.replace(PUBLISHER, "");
  if (body === source && !ZONE_KIND.test(body)) return atStart?.(source);
  const core = body.replace(ZONE_KIND, "");
  return atStart?.(source) ?? (core.length >= 2 ? (known(`${core}高新区`) ?? known(body)) : undefined);
}

/** A source that is a zone's own body ("西安高新区管委会"), not a paper that names zones ("中国高新技术产业导报"). */
export function publishedByZone(source: string | null | undefined): boolean {
  return !!source && PUBLISHER.test(source) && /高新|示范区|园区|开发区/.test(source);
}

/** Each zone by its normalised names, for a knowledge snapshot (built once). */
const zonesByName = new WeakMap<Knowledge, Map<string, string>>();

/** The zone an article of the snapshot is published by ("随州高新区管委会网站"), by id: the one its 我区 is. */
export function homeZoneOf(k: Knowledge, articleId: string): string | undefined {
  let names = zonesByName.get(k);
  if (!names) {
    names = new Map();
    for (const z of k.zones.values()) for (const n of [z.name, ...z.aliases]) names.set(normalize(n), z.id);
    zonesByName.set(k, names);
  }
  const byName = names;
  const known = (name: string) => byName.get(normalize(name));
  // (A zone's full name the source starts with.)
  const atStart = (text: string) => {
    for (let len = Math.min(text.length, 16); len >= 3; len--) {
      const id = /(?:高新区|示范区|园区)$/.test(text.slice(0, len)) ? known(text.slice(0, len)) : undefined;
      if (id) return id;
    }
    return undefined;
  };
  const article = k.articles.get(articleId);
  return sourceZone(article?.source, known, atStart, article?.body);
}
