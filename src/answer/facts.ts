/**
 * The fact engine: deterministic answers over the structured knowledge. Returns null when the
 * question is not an exact question (the caller then tries retrieval).
 * The parts live in facts/: the router (facts/router.ts) picks the part that answers each kind of question.
 */
import type { Knowledge } from "../knowledge/load.ts";
import type { Evidence } from "../knowledge/schema.ts";
import {
  type FactContext,
  type Found,
  factContext,
  type Group,
  knownAlliances,
  knownNetworks,
} from "./facts/context.ts";
import { figures } from "./facts/figures.ts";
import { history } from "./facts/members.ts";
import { overview } from "./facts/overview.ts";
import { answerFacts, lookup } from "./facts/router.ts";
import type { Parsed } from "./parse.ts";
import type { Answer } from "./types.ts";

export { citationsFor, type Found, fact, formatDate } from "./facts/context.ts";

/** The fact engine as its callers use it: one knowledge snapshot, the router and the parts others show. */
export class FactEngine {
  private readonly c: FactContext;

  constructor(k: Knowledge) {
    this.c = factContext(k);
  }

  zoneName(id: string): string {
    return this.c.zoneName(id);
  }

  /** Lists known networks (for "none" answers and the network list question). */
  knownNetworks(): string {
    return knownNetworks(this.c);
  }

  knownAlliances(): string {
    return knownAlliances(this.c);
  }

  answer(p: Parsed): Answer | null {
    return answerFacts(this.c, p);
  }

  /** The answer with whether it only summarises what the question names (then a supporting passage wins). */
  lookup(p: Parsed): Found | null {
    return lookup(this.c, p);
  }

  /** When later articles changed the list: "截至…" for the current one, and each earlier size with its date. */
  history(g: Group): { asOf: string; text: string; evidence: Evidence[] } {
    return history(this.c, g);
  }

  overview(g: Group): Answer {
    return overview(this.c, g);
  }

  figures(p: Parsed): Answer | null {
    return figures(this.c, p);
  }
}
