/**
 * Named officials with their titles: "<organisation><title><name>(表示|认为|说|介绍…)".
 *   "苏州工业园区党工委委员、管委会副主任倪乾表示" → 倪乾, 苏州工业园区党工委委员、管委会副主任, org suzhou-sip
 *   "A将会旗交到B高新区党工委委员、管委会副主任C手中" → A (who hands it over) and C (who receives it)
 *   "A将印章移交给B高新区党工委书记C。" → C too (the one it is handed to ends the clause)
 * The title runs back to the previous punctuation (or 作为…, 在…上); the name is the two to four characters
 * between a title word and the verb. "相关负责人" is not a name. The verb may be an act at a meeting
 * ("代表新成员发言", "作为新成员代表发言", "代表首届秘书处作工作报告", "出席会议并讲话", "发来书面致辞"), and officials listed before one 出席 are each read
 * ("处长甲，副厅长乙出席会议"), and two joined before one 分别 ("A主任甲和B副主任乙分别在会上发言"); so are the people
 * of a minutes' field line ("主持：深圳市科技创新局副局长…陈卓远", "出席：…副司长孟庆华；…副主任张宇蕾；…").
 */
import { alternation, lexicon } from "../lexicon.ts";
import type { Doc } from "./context.ts";
import type { Sentence } from "./sentences.ts";
import type { Official } from "./types.ts";

/** A title's last word (knowledge/lexicon/roles.yaml), 副 allowed in front. */
const TITLE_END = `(?:副?(?:${alternation(lexicon.titles).source}))`;
const VERB =
  "(?:表示|认为|说|解释|介绍|指出|强调|透露|坦言|谈到|告诉|分析|回答(?:了)?(?:记者)?(?:提问|问题)|答记者问|(?<!单位|代表[\\u3400-\\u9fff]{0,12})表态|主持|通报|致辞|宣读|在接受|接受|在[\\u3400-\\u9fff]{1,40}?[上中时](?:说|表示|介绍|指出|作了?|发言|致辞|通报|发布|宣读|分析|强调|认为|透露|谈到|坦言|回顾|提出)|向[\\u3400-\\u9fff]{1,16}?(?:移交|交接|介绍|通报|颁发|授予)|将[\\u3400-\\u9fff]{1,24}?(?:移交给|交给|交接给|授予|颁发给|交到)|手中|手里|(?:继续|仍然|仍|同时)?(?:出任|兼任|担任)|当选|(?:现|转)?(?<![曾继兼首])任(?=(?:首任|首届|新一届|新一任)?(?:网络|联盟)?(?:常务副|副)?(?:秘书长|理事长|主席))|接任(?=[。；;，,]|$|(?:网络|联盟)?(?:常务副|副)?(?:秘书长|理事长|主席))|被(?:确认|任命|推选|选举|聘任|增补)为|代表[\\u3400-\\u9fff\\d]{0,14}?(?:发言|讲话|致辞|表态|表示|指出|强调|介绍|作了?[\\u3400-\\u9fff]{0,6}?报告)|作了?(?:题为《[^》]{1,40}》的)?(?:工作|主旨|专题)?报告|作为[\\u3400-\\u9fff]{1,12}?代表(?:发言|讲话|致辞|表态)|出席|发来|[，、](?=[^。；]{2,90}?(?:出席|参加会议|参加活动|参加大会|参会))|(?:和|与|及|[，、])(?=[^。；]{2,90}?分别[^。；，,]{0,12}?(?:发言|讲话|致辞|介绍))|[，,]?分别[^。；，,]{0,12}?(?:发言|讲话|致辞|介绍)|通过视频(?:连线)?(?:致辞|讲话|发言)|(?:作|做|发表)了?(?:主旨|专题)?演讲|(?<=(?:移交给|交给|交予|交到)[^。；;，,]{2,60})(?:[。；;，,]|$)|(?<=(?:专访|采访)了?[^。；;，,]{2,60})(?:[。；;]|$)|(?<=(?:出席|参加)(?:会议|活动|大会|仪式)?的(?:领导|嘉宾|人员)?(?:有|包括|是)[：:][^。]{2,160})(?:[，,、；;。]|$)|(?<=^(?:会议)?(?:主持|主持人|出席|出席领导|出席人员|参会领导|参加人员|讲话|致辞|发言)[：:][^。]{2,200})(?:[，,；;。]|$))";
/** "…王建武出任首届理事长": a second title the person takes on, which the quote runs to. */
// ("…局长孙蔚然被确认为新一届联盟秘书长".)
// ("…该中心主任钱一鸣任网络秘书长": 任 alone; "…局长陆卫东任首任秘书长": the first to hold it.)
const TAKES_ON =
  /^(?:同志)?(?:继续|仍然|仍|同时)?(?:出任|兼任|担任|接任|当选为|当选|(?:现|转)?任(?=(?:首任|首届|新一届|新一任)?(?:网络|联盟)?(?:常务副|副)?(?:秘书长|理事长|主席))|被(?:确认|任命|推选|选举|聘任|增补)为)([^，,。；;：:“”"]{2,20}?)(?=[，,。；;]|$)/;
// ("黄立群则表示", "也表示": a word of the turn between the name and its verb; "…副主任李明、副市长王强等出席": 等;
// "…巡视员陈立新到会致辞"; "由…副主任梁振宇同志接任网络秘书长": 同志.)
// (A title does not open with the 、 that ended the name before it.)
const OFFICIAL = new RegExp(
  `([^，,。；;：:“”"「」（）()、][^，,。；;：:“”"「」（）()]{1,59}?${TITLE_END})([\\u3400-\\u9fff]{2,3}?)(?=(?:则|也|还|亦|等|到会|到场|同志)?${VERB})`,
  "g",
);
/** A title that ends its clause right before the comma that precedes another title ("党组成员、副局长，"). */
const PRIOR_TITLE = new RegExp(`(?<=^|[。；;：:“”"」])([^，,。；;：:“”"「」（）()]{2,40}?${TITLE_END})[，,]$`);
/** Words before the zone a title belongs to. */
const HOST = /^(?:东道主|承办方|主办方|[\u3400-\u9fff]{0,8}所在地|来自)/;
/** "杭州高新区（滨江）" (or with half-width brackets) right before the title. */
const ZONE_WITH_DISTRICT = /([\u3400-\u9fff]{2,10}(?:高新区|示范区|工业园区))[（(][\u3400-\u9fff]{1,6}[）)]$/;
// (Nor a word of a post: "A作为网络牵头单位和轮值主席单位主持会议" names no one called 单位.)
const NOT_A_NAME =
  /负责人|相关|有关|代表|同志|专家|一行|等人|团队|先生|女士|单位|会议|大会|网络|联盟|成员|企业|机构|助理/;

export function officials(doc: Doc): Official[] {
  const out: Official[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(OFFICIAL)) {
      const at = m.index ?? 0;
      let role = m[1] ?? "";
      const name = m[2] ?? "";
      // (A title may end with 负责人, "网络秘书处负责人许嘉"; "相关负责人", "有关负责人" name no one.)
      const titled = /负责人$/.test(role) && !/(?:相关|有关)负责人$/.test(role);
      if (NOT_A_NAME.test(name) || (NOT_A_NAME.test(role.slice(-4)) && !titled)) continue;
      // Lead-ins that are not part of the title.
      const lead =
        // ("…将会旗交到B高新区…主任C手中": the one who receives it, after the act.)
        /^(?:.*?(?:作为[\u3400-\u9fff]{0,12}|在[\u3400-\u9fff]{0,20}上|据|此外|同时|会上|会议上|推介会上|现场|交到|交给|交予|移交给|移交到|听取了?|审议了?|专访了?|采访了?))/.exec(
          role,
        );
      let start = at;
      if (lead && lead[0].length < role.length - 2) {
        start += lead[0].length;
        role = role.slice(lead[0].length);
      }
      // ("…主任甲和B高新区副主任乙分别发言": the 和 that joins the second to the first.)
      // (Only before 分别: "和平区副区长张伟" is a district's.)
      const joined = /分别/.test(s.text.slice(at)) ? "|和|与(?!会)|以及" : "";
      role = role.replace(new RegExp(`^(?:访|对话|专访${joined})(?=[\\u3400-\\u9fff]{4})`), (x) => {
        start += x.length;
        return "";
      });
      // "（网络秘书长）由X局长Y担任": the title is what follows 由; the post before it is the one the person takes on
      // (not 自由贸易…).
      const by = /^(.*?)(?<!自)由(?=[\u3400-\u9fff]{2})/.exec(role);
      const verb = s.text.slice(at + (m[0]?.length ?? 0));
      // ("A不再担任联盟秘书长，由B接任": the post the one before gave up; "A因工作调整卸任网络秘书长，由B接任".)
      const gaveUpAt = /(?:不再(?:担任|兼任)|卸任|辞去)([\u3400-\u9fff]{2,12}?)(?:职务)?[，,]$/.exec(
        s.text.slice(0, at),
      );
      const gaveUp = gaveUpAt?.[1];
      // (The quote runs from the clause that gives the post up.)
      const gaveUpFrom = gaveUpAt
        ? Math.max(0, ...[..."，,。；;：:"].map((x) => s.text.lastIndexOf(x, gaveUpAt.index) + 1))
        : -1;
      // ("联盟秘书长改由…担任": the post, without the word that says it changed hands.)
      const post =
        by && /^(?:担任|兼任|出任)/.test(verb)
          ? (by[1] ?? "").replace(/(?:改|则|仍|继续)$/, "")
          : by && /^接任/.test(verb) && gaveUp
            ? gaveUp
            : "";
      if (by) {
        start += by[0].length;
        role = role.slice(by[0].length);
      }
      // "东道主青岛高新区…", "网络秘书处所在地珠海高新区…": a word before the zone that is not part of the title.
      const host = HOST.exec(role);
      if (host && doc.names.zoneNamedAtStart(role.slice(host[0].length))) {
        start += host[0].length;
        role = role.slice(host[0].length);
      }
      // "接过联盟旗帜的蚌埠高新区党工委副书记": what the person did, said before the zone, is no part of the title.
      for (let i = role.indexOf("的"); i >= 0; i = role.indexOf("的", i + 1)) {
        if (!doc.names.zoneNamedAtStart(role.slice(i + 1))) continue;
        start += i + 1;
        role = role.slice(i + 1);
        break;
      }
      // "杭州高新区（滨江）管委会副主任": the zone with its district in brackets, before the title.
      const bracket = ZONE_WITH_DISTRICT.exec(s.text.slice(0, start));
      // (The zone's name is the shortest end of the words before the bracket that names one: "…主席的杭州高新区".)
      const words = bracket?.[1] ?? "";
      const from = [...words].findIndex(
        (_, i) => doc.names.zoneNamedAtStart(words.slice(i))?.length === words.length - i,
      );
      if (bracket && from >= 0 && !doc.names.zoneNamedAtStart(role)) {
        const zoned = bracket[0].slice(from);
        start -= zoned.length;
        role = `${zoned}${role}`;
      }
      // ("…的重庆高新区，由管委会副主任何丽君代表发言": the zone the clause before names is the 管委会's.)
      const clauseZone = /([\u3400-\u9fff]{2,12}?(?:高新区|示范区|工业园区))[，,]由?$/.exec(s.text.slice(0, start));
      if (clauseZone && /^(?:管委会|党工委)/.test(role)) {
        const run = clauseZone[1] as string;
        const at = [...run].findIndex((_, i) => doc.names.zoneNamedAtStart(run.slice(i))?.length === run.length - i);
        if (at >= 0) {
          role = `${run.slice(at)}${role}`;
          start = clauseZone.index + at;
        }
      }
      // ("深圳市科技创新局党组成员、副局长，深圳高新区管理委员会副主任林启航": a first title, then a comma, then the
      // one before the name — both the person's.)
      const prior = PRIOR_TITLE.exec(s.text.slice(0, start));
      if (prior?.[1]) {
        role = `${prior[1]}，${role}`;
        start -= prior[1].length + 1;
      }
      // ("由无锡物联网创新促进中心承担日常工作，该中心主任钱一鸣": the body the sentence named before.)
      const that = /^该(中心|局|研究院|院|所|公司|机构)/.exec(role);
      const kind = that?.[1] ?? "";
      const body = that
        ? [...s.text.slice(0, start).matchAll(new RegExp(`([\\u3400-\\u9fff]{2,20}?${kind})`, "g"))]
            .map((x) => (x[1] ?? "").replace(/^.*(?:由|在|设在|依托|为|是|与|和)/, ""))
            .filter((x) => x.length > kind.length + 1 && !x.startsWith("该"))
            .at(-1)
        : undefined;
      if (that && body) {
        role = `${body}${role.slice(that[0].length)}`;
        // (The quote runs from where the body is named.)
        start = s.text.lastIndexOf(body, start);
      }
      // ("我区管委会副主任韩志超" in an article a zone publishes, "西安高新区管委会": 我区 is that zone; so is a bare
      // 高新区 there, "高新区党工委委员、管委会副主任贺明哲".)
      const ours = /^(?:我区|本区|高新区(?=党工委|管委会|党委|工委))/.test(role) ? doc.names.home : undefined;
      const home = ours ? doc.names.nameOf(ours) : undefined;
      if (home) role = `${home}${role.slice(role.startsWith("高新区") ? 3 : 2)}`;
      if (role.length < 2 || /[“”"]/.test(role)) continue;
      // "联盟理事长、郑州高新区党工委书记": the zone of any of the titles joined by 、.
      const org =
        doc.names.zoneNamedAtStart(role)?.id ??
        role
          .split("、")
          .map((part) => doc.names.zoneNamedAtStart(part)?.id)
          .find((id) => id !== undefined);
      const end = at + (m[0]?.length ?? 0);
      // ("拟由…王强同志接任网络秘书长，待理事会审议通过后生效": proposed, not taken.)
      // (In its own clause, or said to take effect later: not "…将…" of another clause.)
      const clauseStart = Math.max(0, ...[..."，,；;。"].map((x) => s.text.lastIndexOf(x, start - 1) + 1));
      const proposed =
        /拟|将|计划/.test(s.text.slice(clauseStart, start)) ||
        /^[^。]{0,30}?待[^。]{0,20}?(?:审议|通过|批准)(?:后)?生效/.test(s.text.slice(end));
      const takesOn = proposed ? null : TAKES_ON.exec(s.text.slice(end));
      // ("自2026年10月1日起，由…副主任梁振宇同志接任网络秘书长": from the day said before it.)
      const since = takesOn ? /自[^，,。；;]{2,16}?起[，,]?(?:由)?$/.exec(s.text.slice(0, start)) : null;
      const official: Official = takesOn
        ? {
            name,
            role: `${role}，${takesOn[1]}`,
            evidence: [doc.ev(s, since ? since.index : start, end + takesOn[0].length)],
          }
        : post
          ? {
              name,
              role: `${role}，${post}`,
              evidence: [
                doc.ev(s, gaveUpFrom >= 0 && post === gaveUp ? gaveUpFrom : start - (by?.[0].length ?? 0), end + 2),
              ],
            }
          : { name, role, evidence: [quoteWithVerb(doc, s, start, end)] };
      if (org) official.org = org;
      // (Once for a title: the same one said again adds nothing; one that takes a post on is another record.)
      if (out.some((o) => o.name === name && o.role === official.role)) continue;
      out.push(official);
    }
    for (const m of s.text.matchAll(NAME_THEN_TITLE)) {
      const [whole, name = "", role = ""] = m;
      if (NOT_A_NAME.test(name) || out.some((o) => o.name === name && o.role === role)) continue;
      const start = m.index ?? 0;
      const official: Official = { name, role, evidence: [doc.ev(s, start, start + whole.length)] };
      const org = doc.names.zoneNamedAtStart(role)?.id;
      if (org) official.org = org;
      out.push(official);
    }
  }
  return out;
}

/** "出席会议的领导有：韩立明（工业和信息化部火炬中心副主任）、周晓燕（…）": a name, then its title in brackets. */
const NAME_THEN_TITLE = new RegExp(
  `(?<=^|[：:、，,；;])([\u3400-\u9fff]{2,3})[（(]([^（）()，,。；;]{2,40}?${TITLE_END})[）)]`,
  "g",
);

/** The quote runs to the verb that follows the name ("…倪乾表示"). */
function quoteWithVerb(doc: Doc, s: Sentence, start: number, end: number) {
  const v = /^(?:则|也|还|亦)?(表示|认为|说|介绍|指出|强调|透露|坦言|谈到|告诉|分析|表态)/.exec(s.text.slice(end));
  return doc.ev(s, start, end + (v?.[0].length ?? 0));
}
