/**
 * Passage answers: a one-line lead (the best sentence), then the top 2–4 quotes with their source.
 * A sentence that opens a list ("从5个方面推进下一步工作:") or is one item of a ";"-separated list is quoted
 * together with the rest of the list, as one exact span of the article.
 *
 * The question is searched and its answering hits read (passage-scene.ts); ordering steps put first what answers
 * the way the question asks (orderings.ts, why-first.ts, brief-section.ts); the quotes are taken in that order
 * (compose-quotes.ts, quote-span.ts).
 */

import type { Answer } from "../answer/types.ts";
import { briefFirst } from "./brief-section.ts";
import { quoteAnswer } from "./compose-quotes.ts";
import type { Retriever } from "./hybrid.ts";
import { occasionBrief } from "./occasion-brief.ts";
import {
  bodyFirst,
  changeFirst,
  documentFirst,
  foundingPlanFirst,
  issuerFirst,
  listFirst,
  nextFirst,
  type Ordering,
  ownPlanFirst,
  problemsFirst,
  rankFirst,
  sectionFirst,
} from "./orderings.ts";
import { sceneOf } from "./passage-scene.ts";
import { examplesOfPoint, sectionAskedFirst } from "./section-asked.ts";
import { reasonFirst } from "./why-first.ts";

/** The ordering steps, in the order they run: a later step's order wins over an earlier one's. */
const ORDERINGS: readonly Ordering[] = [
  ownPlanFirst,
  documentFirst,
  issuerFirst,
  sectionFirst,
  bodyFirst,
  problemsFirst,
  rankFirst,
  listFirst,
  nextFirst,
  changeFirst,
  sectionAskedFirst,
  examplesOfPoint,
  reasonFirst,
  briefFirst,
  foundingPlanFirst,
];

export async function answerFromPassages(retriever: Retriever, question: string): Promise<Answer | null> {
  // A brief of one occasion: the article that reports it, where it says what the occasion did.
  const occasion = occasionBrief(retriever, question);
  if (occasion) return occasion;
  const scene = await sceneOf(retriever, question);
  for (const order of ORDERINGS) {
    const answer = order(scene);
    if (answer) return answer;
  }
  return quoteAnswer(scene);
}
