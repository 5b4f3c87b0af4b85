/**
 * The parts of a group's list (板块, 环节, 地区…) a question names. Apart from facts/members.ts, which answers with
 * them, so that the query reader can tell a part asked from the group's history without importing the answers.
 */
import type { ListPart } from "../../knowledge/schema.ts";
import type { Group } from "./context.ts";

/** The parts of a list a question names by their labels, or by a piece of one ("卫星研制" of "卫星研制环节"). */
// ("整机板块哪家牵头": a piece of two characters only right before 板块/环节; "其他", the part an extraction adds for one
// more member, is never named.)
/** Whether the question names a part of the group's list (now, or at its founding). */
export function partOfListNamed(g: Group, text: string): boolean {
  return partsNamed([...(g.members?.parts ?? []), ...(g.memberHistory[0]?.parts ?? [])], text).length > 0;
}

/**
 * A group's name as a question says it ("智能船舶网络", "机器人协同创新网络", "长江中游联盟"): a short run of its own,
 * never the words of a part before it ("疫苗和生物制品这块生物医药网络" is 生物医药网络 only).
 */
// (Not a part's label that ends in 网络, "地面网络板块".)
const GROUP_SAID =
  /(?:(?![这那块里的在和与及是、])[\u4e00-\u9fffA-Za-z]){2,8}?(?:产业)?(?:协同创新)?(?:网络|联盟)(?!板块|环节|领域|方面|方向|组)/g;

export function partsNamed(parts: ListPart[], text: string): ListPart[] {
  // (A part's zones, not its firms: "动力系统专题对接会来了多少家企业", "上游有哪些企业".)
  // ("我们是做疫苗的企业，想问下…这块归哪些高新区": who asks, not what is asked.)
  if (
    /(?:哪些|哪几|多少|几)家?[\u4e00-\u9fff]{0,4}?(?:企业|公司|机构)|(?:企业|公司|机构)(?:有哪|有多少|有几|是哪)/.test(
      text,
    )
  )
    return [];
  return parts.filter((x) => {
    if (x.label === "其他") return false;
    // (和, 与 and 及 are one: "关键零部件和材料" of "关键零部件与材料环节".)
    const and = (t: string) => t.replace(/[和及]/g, "与");
    // (Not inside a group's name the question says: "智能船舶网络有哪些成员" does not name "智能船舶系统环节".)
    const asked = and(text.replace(GROUP_SAID, "，"));
    const core = and(x.label.replace(/(?:地区|片区|区域|板块|方面|环节|领域|省|市)$/, ""));
    // ("动力系统、飞控导航、复合材料等关键零部件与材料环节": the examples before 等 are no name of the part.)
    const head = core.replace(/^[^等]*等/, "");
    const pieces = core.replace(/[（(][^）)]*[）)]/g, "").split(/与|、|等/);
    // ("那几家搞整机的园区": a two-character piece after a verb of the work, before 的.)
    const said = (piece: string) =>
      (piece.length >= 3 && asked.includes(piece)) ||
      (piece.length === 2 &&
        (new RegExp(`${piece}(?:板块|环节|(?:这一?|这个|那一?|那个)?(?:环节?|板块|块))`).test(asked) ||
          new RegExp(`(?:搞|做|负责|干|管)${piece}(?:的|那)`).test(asked)));
    // ("飞控、导航、空管那个环节" of "飞控、导航与空管系统环节": every piece said, without a generic last word.)
    const bare = pieces.map((piece) => piece.replace(/(?<=^[\u4e00-\u9fff]{2,})(?:系统|产业|服务|设备)$/, ""));
    // ("搞医疗器械那一块的" of "高端医疗器械板块": a piece without the word that grades it, said with the part's word.)
    // ("康复和可穿戴设备领域" of "康复与智能可穿戴设备领域": nor the word that makes it smart.)
    const ungraded = pieces
      .map((piece) => piece.replace(/^(?:高端|先进|现代|新型|新兴|前沿|智能|智慧)(?=[\u4e00-\u9fff]{3,})/, ""))
      .filter((piece) => !pieces.includes(piece));
    // ("高值耗材" of "高值医用耗材": a long piece said by its first and last words.)
    const ends = pieces.filter((piece) => piece.length >= 5).map((piece) => `${piece.slice(0, 2)}${piece.slice(-2)}`);
    const every = bare.length >= 2 && bare.every((piece) => piece.length >= 2 && asked.includes(piece));
    // ("搞整机的" of "中游整机研制板块": the piece's first word, after its place on the chain, said after a verb of the
    // work.)
    const heads = pieces
      .map((piece) => piece.replace(/^[上中下]游/, ""))
      .filter((piece) => piece.length >= 4)
      .map((piece) => piece.slice(0, 2));
    const headSaid = heads.some((head) => new RegExp(`(?:搞|做|负责|干|管)${head}(?:的|那)`).test(asked));
    // ("生物制造网络下游那一段": a part named by its place on the chain, 上游/中游/下游, that opens its label.)
    const place = /^[上中下]游/.exec(core)?.[0];
    return (
      [core, head].some((name) => name.length >= 2 && asked.includes(name)) ||
      [...pieces, ...bare].some(said) ||
      ungraded.some((piece) =>
        new RegExp(`${piece}(?:板块|环节|领域|(?:这一?|这个|那一?|那个)?(?:环节|板块|块))`).test(asked),
      ) ||
      ends.some((end) => asked.includes(end)) ||
      every ||
      headSaid ||
      (place !== undefined && asked.includes(place))
    );
  });
}
