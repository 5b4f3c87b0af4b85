/**
 * What every part of the fact engine shares: the knowledge snapshot, names as answers write them, and the
 * makers of a fact answer (with its citations) and of a refusal.
 */
import type { EntityRef, Knowledge } from "../../knowledge/load.ts";
import { pieceFor } from "../../knowledge/pieces.ts";
import type { Alliance, Evidence, Network } from "../../knowledge/schema.ts";
import type { Answer, Citation } from "../types.ts";

export type Group = Network | Alliance;

/** The knowledge one answer reads, with the name helpers every part uses. */
export type FactContext = {
  readonly k: Knowledge;
  /** A zone's name, marked when it is a provincial zone or not a high-tech zone. */
  zoneName(id: string): string;
  /** A network by its field ("物联网网络"), an alliance by its name. */
  shortName(g: Group): string;
  /** The network or alliance a reference names. */
  group(ref: EntityRef): Group | undefined;
};

/** The context one snapshot answers with. */
export function factContext(k: Knowledge): FactContext {
  return {
    k,
    zoneName(id) {
      const z = k.zones.get(id);
      if (!z) return id;
      if (z.level === "provincial") return `${z.name}（${z.province ?? ""}省级高新区）`;
      if (z.level === "other") return `${z.name}（非高新区）`;
      return z.name;
    },
    shortName: (g) => ("field" in g ? `${g.field}网络` : g.name),
    group: (ref) =>
      ref.kind === "network" ? k.networks.get(ref.id) : ref.kind === "alliance" ? k.alliances.get(ref.id) : undefined,
  };
}

/** Lists known networks (for "none" answers and the network list question). */
export function knownNetworks(c: FactContext): string {
  return [...c.k.networks.values()].map((n) => n.name).join("、");
}

/** Lists known alliances. */
export function knownAlliances(c: FactContext): string {
  return [...c.k.alliances.values()].map((a) => a.name).join("、");
}

/** Citations for evidence, each quote once, naming the piece of a page that holds it. */
export function citationsFor(knowledge: Knowledge, evidence: readonly Evidence[]): Citation[] {
  const out: Citation[] = [];
  for (const ev of evidence) {
    // Evidence may name a page: the citation names the piece of it (a 本报讯 item) that holds the quote.
    const article = pieceFor(knowledge.articles, ev.article, ev.quote) ?? knowledge.articles.get(ev.article);
    const articleId = article?.id ?? ev.article;
    if (out.some((c) => c.articleId === articleId && c.quote === ev.quote)) continue;
    out.push({
      articleId,
      title: article?.title ?? ev.article,
      date: article?.date ?? null,
      quote: ev.quote,
    });
  }
  return out;
}

/** "2024-10-21" → "2024年10月21日" (a year or a month alone as given). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${m ? `${Number(m)}月` : ""}${d ? `${Number(d)}日` : ""}`;
}

/** A fact answer with the citations of its evidence. */
export function fact(
  knowledge: Knowledge,
  answer: string,
  evidence: readonly Evidence[],
  extra: Partial<Answer> = {},
): Answer {
  return { kind: "fact", answer, citations: citationsFor(knowledge, evidence), ...extra };
}

/** A refusal (no citations unless `extra` gives them). */
export function none(answer: string, extra: Partial<Answer> = {}): Answer {
  return { kind: "none", answer, citations: [], ...extra };
}

/** The sentence an article says it in, quoted as the fact ("据《标题》：…"), after `lead` ("不会。"). */
export function saidFact(knowledge: Knowledge, said: Citation, title: string | undefined, lead = ""): Answer {
  return fact(
    knowledge,
    `${lead}据《${said.title}》：${said.quote}`,
    [{ article: said.articleId, quote: said.quote }],
    {
      ...(title ? { title } : {}),
    },
  );
}

/** What is asked is not decided yet, as the quoted sentence says: a refusal that quotes it. */
export function leftOpen(said: Citation): Answer {
  return none(`目前尚未确定，文章没有给出答案，只写了：据《${said.title}》：${said.quote}`, { citations: [said] });
}

/**
 * A fact answer and what kind it is. `summaryOnly`: it only summarises what the question names (a supporting passage
 * is preferred); `restOpen`: a correction of what the question took for granted, after which what it asks is still
 * open (a passage may add it); `passagesMay`: a refusal that a passage about what was asked may still overturn
 * (answer.ts decides, by its overriding rules).
 */
export type Found = {
  answer: Answer;
  summaryOnly: boolean;
  restOpen?: boolean;
  rest?: string;
  explains?: boolean;
  passagesMay?: boolean;
};

/** An answer that answers what was asked (not a summary only). */
export function found(answer: Answer | null): Found | null {
  return answer && { answer, summaryOnly: false };
}
