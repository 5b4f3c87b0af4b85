/**
 * The next steps of the zone or group a question asks about, as its own article states them: "下一步，我区将…" in an
 * article the zone publishes (or a sentence that opens with its name), "下一步，联盟将…" in an article whose title
 * names the group. answer.ts quotes them first, with the sentence that goes on with them.
 */
import { entityNames, titleNames } from "../knowledge/entity-names.ts";
import { normalize, normalizeTerm } from "../knowledge/normalize.ts";
import { homeZoneOf } from "../knowledge/source-zone.ts";
import type { Hit, Retriever } from "./hybrid.ts";

/** The next steps asked, and a sentence that opens with them ("下一步，我区将…"). */
export const NEXT_STEPS = /下一步|接下来|今后/;
/** The next steps asked without those words: "成立后准备怎么推进协同", "打算从哪几方面发力". */
export const PLAN_WAYS_ASKED = /(?:准备|打算|计划)(?:怎么|如何|怎样|做|干|开展|推进|从哪|在哪些|重点)/;

/**
 * The hits that are the plan asked: of the one zone the question names (`zones`, each zone's names), else of the
 * one entity it names (`names`), a group.
 */
export function plansOf(retriever: Retriever, found: Hit[], names: string[][], zones: (readonly string[])[]): Hit[] {
  const ofGroup = zones.length === 0 && names.length === 1;
  const zone = zones.length === 1 ? (zones[0] ?? []) : [];
  return found.filter((h) => {
    // ("会议明确，下一步网络将…": a short lead before it; "据悉，联盟下一步将…": the group said before 下一步;
    // "对于下一步工作，某某表示，网络将…", "某某表示，下一步网络将…": a speaker tells it.)
    const m =
      /^(?:[^，,。]{2,8}[，,])?(联盟|网络)?(?:下一步|接下来|今后)[，,]?(.*)$/.exec(h.passage.text) ??
      /^(?:(?:对于|谈及|谈到|关于|就|围绕)(?:下一步|接下来|今后)[\u4e00-\u9fff]{0,4}[，,][^，,。“”"]{2,30}?(?:表示|介绍|说|指出|透露)[，,：:]?|[^，,。“”"]{2,30}?(?:表示|介绍|说|指出|透露)[，,：:]?(?:下一步|接下来|今后)[，,]?)()((?:联盟|网络)将.*)$/.exec(
        h.passage.text,
      );
    const opening = m ? `${m[1] ?? ""}${m[2] ?? ""}` : undefined;
    if (opening === undefined) return false;
    if (ofGroup)
      return (
        /^(?:联盟|网络|该联盟|该网络)/.test(opening) &&
        titleNames(normalizeTerm(h.passage.title), (names[0] ?? []).map(normalize))
      );
    const home = /^(?:我区|本区)/.test(opening) ? homeZoneOf(retriever.knowledge, h.passage.articleId) : undefined;
    const homeNames = home ? entityNames(retriever.knowledge, home).map(normalize) : [];
    const said = normalize(opening);
    return zone.some((n) => homeNames.includes(n) || said.startsWith(n));
  });
}
