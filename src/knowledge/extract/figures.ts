/**
 * Figures: value, unit, period and what is measured, from two clause shapes.
 *   "<label><合计|累计|达|为…><约|超|近…><number><unit>"   "2024年北京流向津冀技术合同成交额843.7亿元"
 *   "<verb><number><unit><noun>"                            "举办23场交流活动"
 * A clause is read only when it holds exactly one number with a unit (a leading "10家成员高新区" is the scope),
 * the label names a measured thing (营业收入, 企业, 项目 …; a bare "总投资" says not of what, so it is left out),
 * and nothing in the sentence up to it makes it a plan or a target (力争, 目标, 将, 到2028年 …).
 */

import { isHeadingLine } from "../heading.ts";
import { lexicon } from "../lexicon.ts";
import { CHINESE_NUMERAL, inDigits } from "../numerals.ts";
import type { Figure } from "../schema.ts";
import type { Doc } from "./context.ts";
import { tableFigures } from "./figure-table.ts";
import { asciiId, type GroupRef, PROVINCES } from "./names.ts";
import type { Sentence } from "./sentences.ts";

const QUAL = "(约|超过|超|近|逾|突破|将近|不少于|不低于)?";
// ("拥有相关有效发明专利二万三千余件": a number in Chinese numerals too, read as digits.)
const NUM = `(\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL})`;
const TAIL = "(多|余)?";
const UNIT =
  "(万亿元|亿元|万元|亿美元|万(?:余|多)?家|万(?:余|多)?人|万(?:余|多)?个|万(?:余|多)?项|万(?:余|多)?辆|万(?:余|多)?亩|万(?:余|多)?件|家|个|项|场|条|件|颗|张|款|份|台（套）|台\\(套\\)|台|人|座|所|辆|套|GWh|MWh|GW|MW|万千瓦|%)";
const VALUE = new RegExp(`${NUM}${TAIL}${UNIT}`, "g");
// (A label that says who set the things up may run long: "由国家第三代半导体技术创新中心（苏州）联合网络成员单位企业和机构
// 设立的联合研发中心已达52个".)
const LABEL_LAST = new RegExp(
  `^(.{2,40}?|由.{2,60}?)(合计|累计|共计|总计|共|达到|达|约为|为|实现|规模为|(?:已经|已)?(?:增至|增加至|增加到|增长至|增长到|提升至|提升到|扩充至|扩充到|扩至))?${QUAL}${NUM}${TAIL}${UNIT}(?:以上|左右)?$`,
);
const VERBS = "举办|开展|促成|签约|设立|建成|拥有|集聚|开通|收录|上线|整合|所辖|布局了|布局|推出|打造|培育|引进";
const VERB_FIRST = new RegExp(`^(.{0,12}?)(${VERBS})(?:了)?${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff、]{2,16})$`);
/** A verb, its object and the count last: "设立联合研发中心52个", "设立联合研发中心合计35个". */
const VERB_OBJECT_COUNT = new RegExp(
  `(${VERBS})了?([\\u3400-\\u9fff]{2,16}?)(合计|累计|共计|总计|共|达到|达)?${QUAL}${NUM}${TAIL}${UNIT}$`,
);
/** "（…清单，）涵盖A、B、C等136个场景", "（…榜单，）共15项": how many things a list, named in the clause before, holds. */
const HOLDS = new RegExp(
  `^(?:涵盖|覆盖|包含|包括|汇总了?|收录了?|共计|共|合计)(?:[\\u3400-\\u9fff、]{2,40}?等(?:领域|方向|方面|行业|类别)?的?)?${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,8})?$`,
);
/** A list that counts what it holds, in one clause: "…场景能力清单涵盖（…等）24项场景". */
const LIST_HOLDS = new RegExp(
  `^([\\u3400-\\u9fff“”"]{2,30}?(?:清单|目录|名单|榜单|图谱|地图))(?:共|已)?(?:涵盖|覆盖|包含|包括|收录|纳入)了?(?:[\\u3400-\\u9fff、]{2,40}?等(?:领域|方向|方面|行业|类别)?的?)?${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,8})?$`,
);
/** The list the clause before names: "联合发布物联网场景能力清单" → 物联网场景能力清单. */
const LIST_BEFORE =
  /(?:发布|推出|编制|形成|建立|上线)(?:了)?([\u3400-\u9fff\d“”"]{2,24}?(?:清单|目录|地图|名录|图谱|榜单|平台|库))$/;
/** "80个重点项目签约": the count of things that did something. */
// ("成员高新区企业共有38个一类创新药获批上市": who has them, then the count; "近三年共有38个一类创新药在成员高新区企业中
// 获批上市": where, between.)
const NOUN_VERB = new RegExp(
  `^(.{0,6}?|[\\u3400-\\u9fff]{2,10}?(?:共有|共))${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,10}?)(?:在[\\u3400-\\u9fff]{2,16}?(?:中|里|内))?(签约|开工|竣工投产|竣工|投产|落地|入驻|获批上市|获批)$`,
);
/** "联合研发中心已从35个增至41个", "…已由去年的35个增至52个": a count that grew, then what it is now. */
// ("成员间合作项目由首批12个增至37个": since the first batch.)
const GREW = new RegExp(
  `^(.{2,40}?)(?:已经|已)?(?:由|从)(?:[\\u3400-\\u9fff\\d]{1,8}的|首批|成立时|成立之初|启动时|年初)?${QUAL}${NUM}${TAIL}${UNIT}(?:增至|增加到|增加至|增长到|增长至|提高到|提升至|扩大到|扩大至|扩充至|扩充到|扩至|升至|增到)${QUAL}${NUM}${TAIL}${UNIT}$`,
);
/** A clause that only says how a count grew ("已由2025年的35个增至52个"), and the thing the clause before ends
 *  with: what follows its last "在" ("全国范围内设立的联合研发中心"), or else a verb's object ("设立的联合研发中心"). */
const GREW_ALONE = /^(?:已经|已)?(?:由|从)/;
const GROWN_THING =
  /(?:在([\u3400-\u9fff]{2,14}的[\u3400-\u9fff]{2,10})|([\u3400-\u9fff]{2,4}的[\u3400-\u9fff]{2,10}))$/;
/** "所辖63家公共实验室、317台合成套设备目录": two counts after one verb. */
const PAIR = new RegExp(
  `^(.{0,16}?)(${VERBS})(?:了)?${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,12}?)(?:、|和|及)${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,12})$`,
);
/** "首批发布的56个应用场景中" (then "已有31个落地实施"): how many things there are, which the next clause counts some of. */
const OF_WHICH = new RegExp(`^(.{0,16}?)${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff“”"]{2,20}?)中$`);
/** "已有31个落地实施", "其中6项已完成揭榜": how many of them did something. */
const SOME_DID = new RegExp(
  `^(?:其中)?(?:已有|已经有|已|有)?${NUM}${TAIL}${UNIT}(?:已经|已)?([\\u3400-\\u9fff]{2,8})$`,
);

/** A leading scope: "10家成员高新区", "15家成员单位", "网络成员高新区". */
// ("网络原有12家成员高新区物联网产业规模合计…": the members as they were, before some joined.)
// ("调整后的15家成员高新区共集聚…企业超过1.1万家": the members after a change.)
const SCOPE =
  /^((?:网络|联盟)?(?:(?:调整|扩容|扩围)后的?)?(?:原有|原|现有|全部|首批)?(?:\d+|[一二两三四五六七八九十]{1,3})家[\u3400-\u9fff]{0,6}?(?:成员高新区|成员单位|成员园区|高新区|成员)|(?:网络|联盟)的?成员(?:高新区|园区))/;
/** The sentence up to the value makes it a plan or a forecast. */
const TARGET = /力争|目标|计划|预计|有望|到20\d\d年|将|拟|争取|不少于/;
/** The year a plan is for: "到2027年(底)", "N年的工作目标", "N年度重点任务", "N年，…力争", the last one said. */
const TARGET_YEAR =
  /到((?:19|20)\d{2})年(?:底|末)?|((?:19|20)\d{2})年度?(?:的)?(?:工作|重点|年度)?(?:目标|任务|要点)|((?:19|20)\d{2})年[，,]?(?=[^。；;]{0,24}?(?:力争|预计|计划))/g;

/** The last target year said up to a clause: the year, the words as written, and where they start. */
function targetYear(text: string): { year: string; words: string; at: number } | undefined {
  const last = [...text.matchAll(TARGET_YEAR)].at(-1);
  const year = last ? (last[1] ?? last[2] ?? last[3]) : undefined;
  return last && year ? { year, words: last[0].replace(/[，,]$/, ""), at: last.index ?? 0 } : undefined;
}

/** The clause compares or ranks: not a value of a thing. */
const COMPARE = /同比|增长|增速|占|比重|第[一二三四五六七八九十\d](?![类代])|前\d|排名|以上|以下|之一|倍/;
/** The measured things a label may name (knowledge/lexicon/names.yaml figureHeads). */
const HEADS = lexicon.figureHeads;
/** The heads a label names, those that count only at its end included. */
const headsIn = (label: string) => [
  ...HEADS.filter((h) => label.includes(h)),
  ...lexicon.figureEndHeads.filter((h) => label.endsWith(h)),
];
/** A label that is only a head says not of what. */
const GENERIC = /^(?:总投资|总投资额|投资额|总金额|首期规模|规模|产值|总产值|金额)$/;
/** A label's leading subject and the verb it acts by: "网络力争推动成员单位…", "联盟将带动…". */
const GROUP_ACTS =
  /^(?:网络|联盟)(?:(?:力争|计划|争取|将|拟)(?:推动|带动|引导|组织)?|推动|带动|引导|组织)(?:各)?(?:成员单位|成员高新区|成员园区)?(?=[\u3400-\u9fff]{4})/;
const FILLER =
  /^(?:据介绍|数据显示|据统计|会议通报|其中|此外|同时|目前|截至目前|截至\d{1,2}月(?:底|末)?|截至年底|至此|现场|合计|已|共(?![建享同育创商促担办])|并(?!购)|还|在)+/;

/** What a thing the alliance set up is called after its region's name ("…科研仪器共享平台", "…成果转化基金"). */
const SET_UP_THING =
  /^(?!地区|区域|城市群|流域|经济带|片区|全域|各省|三省|一体化)[\u4e00-\u9fff]{0,14}?(?:平台|中心|基金|联合体|清单|名录|数据库|走廊|基地|飞地|大赛|项目|任务|活动|工程|专项|攻关|行动|计划|成果|榜单)/;

/** The alliance the item is about, when `text` opens with the short name of its region and then a thing of its own
 *  ("长江中游大型科研仪器共享平台…"; not the region's own figure, "长三角地区技术合同成交额…"). */
function regionOpens(doc: Doc, s: Sentence, text: string): string | undefined {
  const g = doc.anaphor(s, "alliance");
  const core = g ? doc.names.regionCoreOf(g) : undefined;
  return g && core && core.length >= 2 && text.startsWith(core) && SET_UP_THING.test(text.slice(core.length))
    ? g.id
    : undefined;
}

/**
 * A correction of an earlier report ("此前有报道称网络共建联合实验室62个，有误，应为26个。", "需要说明的是，此前报道称…合计
 * 超过5.6万亿元，有误，应为超过4.6万亿元。", "…约1.2万家，经秘书处核实，该数据有误，应为1.6万家", "此前报道的…总投资186亿元有误，应为
 * 168亿元"): the figure of the report's words, with the value it should be; the
 * value reported is kept as what the figure corrects (learn.ts drops a figure that states it).
 */
// ("联盟成立时对外发布的“…合计约3.2万亿元”有误，经核实应为约2.9万亿元": published, checked after 有误; "…因统计口径有误，经核实，
// 2025年底16家成员单位集聚高新技术企业应为3.02万家": a reason before 有误, the measure said again before 应为.)
const CORRECTION = new RegExp(
  `(?:此前|先前|早前|日前|之前)?(?:有|部分|个别)?(?:媒体)?(?:报道|消息|文章|(?:对外)?发布|公布|披露)(?:(?:中)?(?:称|说|提到)|的)[“"]?([^，,。；;：:“”"]+?)[”"]?[，,]?(?:经[^，,。；;]{1,16}[，,])?(?:此说法|该说法|这一说法|该数据|这一数据|该数字)?(?:因[^，,。；;]{1,12}?)?有误[，,](?:经[^，,。；;]{0,10}?(?:核实|核查|复核|核对|核算)[，,]?)?(?:[^，,。；;“”"]{0,30}?)(?:应为|实为|应是|正确的是)[：:]?${QUAL}${NUM}${TAIL}${UNIT}`,
  "d",
);

export function figures(doc: Doc, about: (s: Sentence, from: number, to: number) => GroupRef[]): Figure[] {
  const out: Figure[] = [];
  const base = asciiId(doc.article.id);
  let previous: Figure | undefined;
  let paragraph = -1;
  let lastSentence = -1;
  let lastFrom = 0;
  for (const s of doc.sentences) {
    // "2024年，…9个；2025年全年，…": a clause that only says when dates the clauses after it.
    let clauseYear: string | undefined;
    // (…and a part of it the clause says: "2026年上半年，…" is of the half year, not the whole.)
    let clausePart: string | undefined;
    let clauseYearFrom = 0;
    if (s.paragraph !== paragraph) previous = undefined;
    paragraph = s.paragraph;
    // A heading line ("成员营收超过1万亿元") rounds what its section says exactly: the section's figure, not its.
    if (headingLine(doc, s)) continue;
    let previousClause = "";
    let previousFrom = 0;
    let ofWhich: string | undefined;
    const correction = CORRECTION.exec(s.text);
    const reported = correction?.indices?.[1];
    const spans = [...clauseSpans(s.text)];
    for (const [i, c] of spans.entries()) {
      let text = s.text.slice(c.from, c.to);
      // (The correction's own words, "有误", "应为26个", are no figure; the report's are read without "此前…称".)
      const inReport = reported !== undefined && c.from <= reported[0] && c.to >= reported[1];
      if (correction && reported && !inReport && c.from >= reported[1]) continue;
      // ("此前报道的…4.6万件有误": up to the report's end, not its "有误".)
      if (inReport && reported) text = s.text.slice(reported[0], Math.min(c.to, reported[1]));
      // "首批发布的56个应用场景中，已有31个落地实施": the things counted, then how many of them did what.
      const whole = OF_WHICH.exec(text);
      const next = spans[i + 1] ? s.text.slice(spans[i + 1]?.from, spans[i + 1]?.to) : "";
      const some = ofWhich ? SOME_DID.exec(text) : null;
      // (When the things were published is no part of what they are: "3月发布的首批15项…".)
      if (whole)
        text = `${(whole[1] ?? "").replace(/^\d{1,2}月份?(?:发布|公布|推出)?的?/, "")}${whole[5]}共${whole[2]}${whole[3] ?? ""}${whole[4]}`;
      else if (some && ofWhich) text = `${ofWhich}${some[4]}${some[1]}${some[2] ?? ""}${some[3]}`;
      ofWhich = whole?.[5];
      const when = TIME_CLAUSE.exec(text);
      const before = previousClause;
      const beforeFrom = previousFrom;
      previousClause = text;
      previousFrom = c.from;
      // "促成产学研合作项目：2024年9个，…": the label stands before the colon, the first year's value after it.
      const labelled = /[：:]/.test(s.text[c.from - 1] ?? "") && YEAR_VALUE.test(text) && before.length >= 2;
      if (labelled) text = `${before}${text}`;
      if (when) {
        clauseYear = when[1];
        clausePart = CLAUSE_PART.exec(when[0])?.[0];
        clauseYearFrom = c.from;
        continue;
      }
      // Another year in the clause ("较2024年…", "2026年1月至5月联盟…"): the leading year no longer holds.
      if (/(?:19|20)\d{2}年/.test(text)) clauseYear = undefined;
      const scope = SCOPE.exec(text)?.[1];
      if (scope) text = text.slice(scope.length);
      // "…在全国范围内设立的联合研发中心，已由2025年的35个增至52个": a count that grew, of the thing the clause
      // before ends with.
      const thing = GREW_ALONE.test(text) ? GROWN_THING.exec(before) : null;
      // ("长江中游大型科研仪器共享平台纳入共享的仪器设备，从…": a thing named by the region of the alliance the item is
      // about, the whole clause.)
      const regional = GREW_ALONE.test(text) && before.length <= 24 && regionOpens(doc, s, before) ? before : undefined;
      const grownOf = [regional ?? thing?.[1] ?? thing?.[2]].find((t) => t && HEADS.some((h) => t.endsWith(h)));
      if (grownOf) text = `${grownOf}${text}`;
      // "…促成合作项目43个，位列第五": the rank of the figure just before.
      const ranked = out.at(-1);
      if (ranked && ranked === previous && lastSentence === s.index && RANKED.test(text)) {
        ranked.note = ranked.note ? `${ranked.note}；${text}` : text;
        ranked.evidence = [doc.ev(s, lastFrom, c.to)];
        continue;
      }
      // ("累计促成跨区域合作项目73个（含成立大会现场签约的28个）": what the count includes, said aside, is its note.)
      const aside = ASIDE.exec(text);
      if (aside) text = text.replace(aside[0], "");
      // ("并发布首批38个机器人典型应用场景清单": a count inside a list's name, as the list's size.)
      // (Not one to be published: "下一步…一是…，年内联合发布首批100个…清单".)
      const inName = COUNT_IN_LIST_NAME.exec(text);
      const toCome = /下一步|年内|计划|将|拟|力争|争取|预计|准备/.test(s.text.slice(0, c.to));
      if (inName && !toCome && (text.match(VALUE) ?? []).length === 1)
        text = `${inName[1] ?? ""}${inName[4]}${inName[5]}共${inName[2]}${inName[3]}`;
      const count = (text.match(VALUE) ?? []).length;
      // "拥有国家高新技术企业2.1万家、…“小巨人”企业680家": a list of values after one verb, each read as a clause.
      const items = count >= 2 && readClause(text, count).length === 0 ? listItems(text) : undefined;
      // (A change said roughly, "比网络启动时增加近千家", counts no value of its own: the figure before's note below.)
      if ((count < 1 && !AFTERWORD.test(text)) || (count > 2 && !items)) continue;
      // A plan or a target is a figure only when it says for when ("到2027年…达到150亿元"): that year's target.
      // "…签约项目12个，总金额约86亿元", "…规模约1.9万亿元，同比增长14.6%", "…榜单共15项，…，计划总投入9.6亿元":
      // said of the figure just before (a plan too).
      const last = out.at(-1);
      // (A rough change is of the figure before only in its unit: "建成中试平台52个，比网络启动时增加近千家" is the firms'.)
      const roughOf = count < 1 ? /(%|个|家|项|场|名|台|亿元|万元)$/.exec(text)?.[1] : undefined;
      const sameUnit = count >= 1 || (roughOf !== undefined && last?.unit === roughOf);
      if (last && last === previous && lastSentence === s.index && sameUnit && AFTERWORD.test(text)) {
        last.note = last.note ? `${last.note}；${text}` : text;
        last.evidence = [doc.ev(s, lastFrom, c.to)];
        yearAfterComparison(last, text, doc.article.date, s.text);
        continue;
      }
      if (count < 1) continue;
      // (Of the sentence's part the clause is in: "…超额完成“不少于50个”目标；联盟共建…平台达到14个" states a
      // count after a target met.)
      // (…unless a colon before leads the parts: "联盟将以…为抓手：…；共设一支母基金，基金规模100亿元" is all planned.)
      const after = Math.max(s.text.lastIndexOf("；", c.from - 1), s.text.lastIndexOf(";", c.from - 1)) + 1;
      const part = /[：:]/.test(s.text.slice(0, after)) ? 0 : after;
      const planned = TARGET.test(s.text.slice(part, c.to));
      const target = planned ? targetYear(s.text.slice(part, c.to)) : undefined;
      if (planned && !target) continue;
      // "…约1180亿元，较2024年的约860亿元增长37.2%": the change is said of the figure before; the earlier
      // value is a figure of its own (read below).
      if (last && last === previous && lastSentence === s.index && CHANGE_SINCE.test(text)) {
        last.note = last.note ? `${last.note}；${text}` : text;
        last.evidence = [doc.ev(s, lastFrom, c.to)];
        yearAfterComparison(last, text, doc.article.date, s.text);
      }
      const again =
        previous && count === 1 && !items
          ? (sameMeasure(text, previous, s.text.slice(0, c.from)) ?? partOf(text, previous))
          : undefined;
      // "联合发布…清单，涵盖…等136个场景": the list's size, named by the list.
      const holds = !again && count === 1 ? HOLDS.exec(text) : null;
      // (A list named in quotes, "“揭榜挂帅”榜单", is named without them.)
      const list = holds ? LIST_BEFORE.exec(before)?.[1]?.replace(/[“”"]/g, "") : undefined;
      if (holds && list) text = `${list}${holds[5] ?? ""}${holds[1] ?? ""}${holds[2]}${holds[3] ?? ""}${holds[4]}`;
      // "网络首批低空应用场景能力清单涵盖24项场景": the list named in the clause that counts what it holds.
      const holdsOwn = !again && count === 1 && !(holds && list) ? LIST_HOLDS.exec(text) : null;
      if (holdsOwn)
        text = `${holdsOwn[1]}${holdsOwn[6] ?? ""}${holdsOwn[2] ?? ""}${holdsOwn[3]}${holdsOwn[4] ?? ""}${holdsOwn[5]}`;
      // "工业机器人产量约占全国的42%": a thing's share of the whole, named by both.
      const share = again || items ? null : SHARE_OF.exec(text);
      if (!again && !share && COMPARE.test(text.replace(/(?:以上|左右)$/, ""))) continue;
      const reads = again
        ? [again]
        : share
          ? [{ label: `${share[1]}占${share[3]}比重`, value: `${share[2] ?? share[4] ?? ""}${share[5]}`, unit: "%" }]
          : items
            ? readItems(items)
            : readClause(text, count);
      for (const read of reads) {
        let { label } = read;
        let value: string = inDigits(read.value);
        let unit = read.unit;
        const own = /(\d{4})年(?!\d{1,2}月)/.exec(label)?.[1];
        const year = own ?? read.year ?? clauseYear;
        const part = own || read.year ? undefined : clausePart;
        // The quote runs from the clause that gives the year, so that it states every value of the figure.
        let from = labelled ? beforeFrom : own || !clauseYear ? c.from : clauseYearFrom;
        // (A list's size is quoted with the clause that names the list; a count that grew, with the thing's name.)
        if ((holds && list) || grownOf) from = Math.min(from, beforeFrom);
        // "…项目9个；2025年全年，这一数字增长到26个": the quote names the measure too.
        if (again && lastSentence === s.index) from = Math.min(from, lastFrom);
        label = label
          .replace(/\d{4}年(?:度|以来|底|全年)?/, "")
          // "(2025年)4月启动的生物医药网络…": when the subject began, not when the figure was measured.
          .replace(/^\d{1,2}月份?(?:启动|成立|组建|上线|揭牌|加入)的/, "")
          .replace(FILLER, "")
          .replace(/^[的在]/, "")
          .replace(/(?:已经|已|累计|共计|合计|总计|共|力争|预计|将|要)+$/, "")
          .replace(/[：:]$/, "");
        // "…设立光电子产业协同发展基金，规模20亿元": the fund the previous clause names.
        if (GENERIC.test(label)) {
          const named = (NAMED_BEFORE.exec(before) ?? SET_UP_BEFORE.exec(before))?.[1]?.replace(
            /^(?:设立|发起|成立|组建)+/,
            "",
          );
          if (named) {
            label = `${named}${label}`;
            from = Math.min(from, beforeFrom); // the quote names the fund too
          }
        }
        // (A word in quotes inside a label, "专精特新“小巨人”企业", is read without them.)
        label = label.replace(/[“"]([\u3400-\u9fff]{2,6})[”"]/g, "$1");
        // (…and a document that holds the things counted, without its brackets: "《…共享清单》纳入的大型科研仪器设备".)
        label = label.replace(/^《([^《》]{2,30})》(?=[\u3400-\u9fff]{0,4}(?:纳入|收录|涵盖|包括|包含|列入))/, "$1");
        const head = headsIn(label)[0];
        if (!head || label.length < 2 || GENERIC.test(label) || /\d/.test(label) || /[“”"《》]/.test(label)) continue;
        if (unit === "%") {
          value = `${value}%`;
          unit = "";
        }
        const ids = again ? [...(previous?.about ?? [])] : about(s, c.from, c.to).map((g) => g.id);
        // ("我区实现规上工业总产值", "全区生物医药产业营业收入" are said with the name of the zone that publishes the article.)
        const home = /^(?:我区|本区|全区)/.test(label) && doc.names.home ? doc.names.nameOf(doc.names.home) : undefined;
        if (home) label = `${home}${label.slice(2)}`;
        // "宝鸡高新区钛产业实现产值…": the zone the label starts with.
        const zone = ids.length === 0 ? zoneAtStart(doc, label) : undefined;
        if (zone) ids.push(zone);
        // ("2025年，我区集聚…企业390余家，集成电路产业营收约612亿元": 我区 opens a clause before, the subject of the
        // clauses after it, in an article a zone publishes.)
        // (Not a figure of the city, the province or the country said after it: "全市…", "全省…".)
        const ours = s.text.slice(0, c.from);
        if (
          ids.length === 0 &&
          doc.names.home &&
          /(?:^|[，,；;：:])(?:我区|本区)/.test(ours) &&
          !namesZone(ours) &&
          !WIDER.test(label)
        )
          ids.push(doc.names.home);
        // "在V…推进会现场，…。当天，36个项目签约…": the zone whose occasion the sentence before sets the scene at.
        const scene = ids.length === 0 ? sceneZone(doc, s) : undefined;
        if (scene) ids.push(scene);
        // ("2025年，16家成员高新区实现营业收入合计约4.1万亿元", in an item that names other groups in passing: the one
        // group of that many members, before the group last named.)
        const counted = ids.length === 0 && !namesZone(s.text.slice(0, c.to)) ? countedGroup(doc, s) : undefined;
        if (counted) ids.push(counted);
        // "成员高新区…", "网络…", "该联盟…": the group the item is about.
        if (ids.length === 0 && /成员|网络|联盟/.test(`${scope ?? ""}${label}`)) {
          const g = doc.anaphor(s);
          if (g) ids.push(g.id);
        }
        // ("长江中游大型科研仪器共享平台纳入共享的仪器设备，从…增加到3100台（套）": a thing named by the region of the
        // alliance the item is about, at the sentence's start.)
        const regionOf =
          ids.length === 0 && !namesZone(s.text.slice(0, c.to)) ? regionOpens(doc, s, s.text) : undefined;
        if (regionOf) ids.push(regionOf);
        // "青岛高新区新认定…186家，高新技术企业总数达到1120家": the subject carries through the sentence's clauses.
        // (Not into a figure of the city, the province or the country: "…，全省规上工业营业收入…".)
        if (ids.length === 0 && previous && lastSentence === s.index && !namesZone(text) && !WIDER.test(label))
          ids.push(...previous.about);
        // "今年以来，无锡高新区依托网络平台…，累计促成…31个": the zone the sentence opens with is the subject.
        // (Only a count the clause carries on, "累计促成…", of a zone that acts, "依托…": not a speaker's title.)
        // ("作为网络枢纽，无锡高新区主导…，2025年全年促成产学研合作项目31个": a year, then what it did; "无锡高新区发挥
        // 枢纽作用，全年征集…，促成产学研项目31个": what it did, said on.)
        const carriesOn =
          /^(?:截至[^，,]{0,8}?)?(?:累计|共计|已)/.test(text) ||
          /^(?:(?:19|20)\d{2}年)?(?:全年|上半年|以来)?(?:共)?(?:促成|实现|完成|新增|引进|培育|举办|组织|签约)/.test(
            text,
          );
        const subject =
          ids.length === 0 && c.from > 0 && carriesOn && !namesZone(text) ? openingZone(doc, s.text) : undefined;
        // (Quoted from the zone, so that the quote names who did it.)
        if (subject) {
          ids.push(subject);
          from = 0;
        }
        // A sentence that speaks of the network's members (or its secretariat), but names no zone: the group the item is about. So
        // does one of its founding meeting ("现场签约…", "成立大会上…"), or one of as many zones as the group has
        // members ("川渝12家国家高新区实现营业收入…" of a group of 12).
        // ("X高新区管委会副主任某某表示，网络成立一年来，累计促成…": the speaker's title names no subject.)
        const said = s.text.slice(0, c.to).replace(SPEAKER, "");
        // ("网络成员单位依托苏州工业园区…等平台，在全国设立…52个": the members open the clause; a zone named as the
        // means is not the subject.)
        // (Not "成员单位中，武汉东湖高新区…", one of them singled out; a zone only as the means is no subject.)
        const membersAct =
          /(?:^|[，,：:])(?:网络|联盟|该网络|该联盟)?(?:全体)?成员(?:单位|高新区|园区)(?!中)/.test(said) &&
          !namesZone(said.replace(/(?:依托|借助|通过)[^，,。；;]{2,40}?(?:平台|等)/g, ""));
        // ("…设备达到5600台（套），较联盟成立时的3800余台（套）明显增加": measured against the group's own start.)
        const sinceStart = /^[）)]?[，,]?(?:较|比)(?:联盟|网络)(?:成立|启动)(?:时|之初)/.test(s.text.slice(c.to));
        if (
          ids.length === 0 &&
          (/成员|网络|联盟|秘书处|现场|(?:大会|会议|仪式|会)上/.test(said) || sinceStart || allMembers(doc, s)) &&
          (!namesZone(said) || membersAct)
        ) {
          const g = doc.anaphor(s);
          if (g) ids.push(g.id);
        }
        // ("首批发布的56个应用场景中，已有31个落地实施", naming no zone: the item's group's.)
        if (ids.length === 0 && (whole || some) && !namesZone(said)) {
          const g = doc.anaphor(s);
          if (g) ids.push(g.id);
        }
        // "依托网络平台，A等机构设立的联合研发中心已由35个增至52个": a zone's work on the group's platform is the
        // group's figure too; so is what the group's own count reports ("据网络秘书处统计，网络成立以来，…"), and what a
        // zone's body did with the group's members ("A国创中心联合网络成员单位的企业机构，…设立的联合研发中心…").
        if (
          /依托(?:该|本)?(?:网络|联盟)|(?:网络|联盟)平台|^据(?:该|本)?(?:网络|联盟)(?:秘书处)?统计|(?:联合|携手|会同)(?:该|本)?(?:网络|联盟)成员/.test(
            said,
          ) ||
          // (…and a hub zone's count of a whole year, which its sentence dates: "无锡高新区发挥枢纽作用，全年…，促成产学研
          // 项目31个，较2024年的9个大幅增长"; not one the sentence gives no year for.)
          (/发挥(?:枢纽|桥梁|纽带)作用/.test(said) && /全年/.test(s.text) && /(?:19|20)\d{2}年/.test(s.text))
        ) {
          const g = doc.anaphor(s);
          if (g && !ids.includes(g.id)) ids.push(g.id);
        }
        // "网络力争推动成员单位燃料电池汽车累计推广应用": who acts (it told the group, above) is not what is measured.
        label = label.replace(GROUP_ACTS, "");
        const match = matchTerms(doc, ids, label, headsOf(label));
        const fig: Figure = {
          id: `${base}-f${out.length + 1}`,
          label,
          value,
          unit,
          about: ids,
          match,
          exclude: [],
          // (The things counted are quoted with the clause that counts some of them: "…56个应用场景中，已有31个落地实施".)
          evidence: [
            doc.ev(s, some ? beforeFrom : from, whole && SOME_DID.test(next) ? (spans[i + 1]?.to ?? c.to) : c.to),
          ],
        };
        if (scope) fig.scope = scope;
        if (read.note) fig.note = read.note;
        // (The groups after the report's words: the qualifier, the number, 多/余, the unit.)
        if (inReport && correction && unit === (correction[5] === "%" ? "" : correction[5])) {
          fig.corrects = value;
          fig.value = `${correction[2] ?? ""}${correction[3]}${correction[4] ?? ""}${correction[5] === "%" ? "%" : ""}`;
          // (Quoted from the corrected value's own words, "经核实应为约2.9万亿元", not the wrong value reported before it,
          // which an answer must not repeat as if it held.)
          const own = correction[0].lastIndexOf("有误") + 2;
          const start = correction.index + own + (/[，,]/.test(correction[0][own] ?? "") ? 1 : 0);
          fig.evidence = [doc.ev(s, start, correction.index + correction[0].length)];
          fig.note = fig.note ? `${fig.note}；更正后的数字` : "更正后的数字";
        } else if (inReport) continue;
        if (aside) fig.note = fig.note ? `${fig.note}；${aside[1]}` : aside[1];
        if (target) {
          // The period as written ("到N年底", "N年的工作目标"), in the quote, which runs from it.
          fig.period = target.words;
          fig.year = Number(target.year);
          if (target.at < from) fig.evidence = [doc.ev(s, target.at, c.to)];
        } else if (read.period) fig.period = read.period;
        else if (year) {
          fig.period = `${year}年${part ?? ""}`;
          fig.year = Number(year);
        }
        out.push(fig);
        previous = fig;
        lastSentence = s.index;
        lastFrom = from;
      }
    }
  }
  out.push(...shares(doc, base, out.length));
  out.push(...tableFigures(doc, base, out.length, (ids, label) => matchTerms(doc, ids, label, headsOf(label))));
  return out;
}

/**
 * "促成产学研项目31个，较2024年的9个大幅增长": a figure said of no year, compared with a year's, is of the year after
 * it (not after the article's own year; "较2024年同期" compares the same months, and leaves it alone).
 */
function yearAfterComparison(
  fig: Figure,
  note: string,
  articleDate: string | null | undefined,
  sentence: string,
): void {
  const compared = /^(?:较|比)(20\d{2})年(?!同期)/.exec(note)?.[1];
  if (!compared || fig.year !== undefined || fig.period !== undefined || !articleDate) return;
  const year = Number(compared) + 1;
  // (Only the year just before the article's, a whole year said: "全年…较2024年" in an article of 2026. "较2023年" in one
  // of 2026 may compare across years, and is left without one.)
  if (year !== Number(articleDate.slice(0, 4)) - 1 || !/全年|去年|上年/.test(sentence)) return;
  fig.year = year;
  fig.period = `${year}年`;
}

/** A list published, named with its size: "发布首批38个机器人典型应用场景清单". */
const COUNT_IN_LIST_NAME =
  /(?:发布|推出|形成|编制|梳理|公布)(?:了)?(首批|第[一二三四五]批)?(\d+)(个|项|条|家)([\u3400-\u9fff]{2,20}?)(清单|榜单|目录|名录)(?=[，,。；;]|$)/;

/** What a count includes, in brackets after it: "（含成立大会现场签约的28个）", "（其中省级12家）". */
const ASIDE = /(?<=\d[\u3400-\u9fff]{0,2})[（(]((?:含|其中|包括)[^（）()]{1,30})[）)]/;

/** Who speaks, before what they say: "无锡高新区管委会副主任沈立峰表示，". */
const SPEAKER = /^[^，,。；;“”"]{2,30}?(?:表示|介绍|说|指出|透露)[，,：:]/;

/** The zone a sentence opens with, after a time phrase, when it acts ("今年以来，无锡高新区依托…"). */
function openingZone(doc: Doc, text: string): string | undefined {
  // ("作为网络枢纽，无锡高新区主导…": a role said first.)
  const rest = text.replace(/^(?:今年以来|去年以来|近年来|一年来|年内|目前|此外|同时|作为[^，,]{2,12})[，,]?/, "");
  const zone = doc.names.zoneAtStart(rest);
  // (The zone acts: "依托网络平台…", "通过…", "主导…"; "青岛高新区管委会副主任…介绍" is a speaker's title.)
  // ("无锡高新区发挥枢纽作用，…": its role played.)
  return zone &&
    /^(?:依托|通过|围绕|聚焦|借助|利用|以|在|持续|积极|主导|牵头|发挥|充分发挥|组织|统筹|带动)/.test(
      rest.slice(zone.length),
    )
    ? zone.id
    : undefined;
}

/**
 * Shares, given as a list after a verb and a whole: "以占全省5.3%的土地面积，创造了全省27.3%的地区生产总值、
 * 35.7%的进出口总额和49.3%的高新技术产业产值" → 土地面积占全省比重 5.3%, … One figure per "N%的<thing>".
 */
function shares(doc: Doc, base: string, start: number): Figure[] {
  const out: Figure[] = [];
  for (const s of doc.sentences) {
    // "福建高新区以占全省…，创造了全省…": the province whose zones the shares are of, for every run of the sentence.
    let of: string | undefined;
    for (const run of s.text.matchAll(SHARE_RUN)) {
      const whole = run[1] ?? "";
      const province = SHARE_SUBJECT.exec(s.text.slice(0, run.index ?? 0))?.[1];
      if (province && PROVINCES.includes(province)) of = province;
      let at = (run.index ?? 0) + run[0].length;
      for (;;) {
        const item = SHARE_ITEM.exec(s.text.slice(at));
        if (!item) break;
        const [all, num, thing] = item;
        const label = `${of ? `${of}高新区` : ""}${thing}占${whole}比重`;
        out.push({
          id: `${base}-f${start + out.length + 1}`,
          label,
          value: `${num}%`,
          unit: "",
          about: [],
          match: [...(of ? [[of]] : []), [thing ?? ""], ["比重", "占比", "%", "百分之"]],
          exclude: [],
          evidence: [doc.ev(s, at, at + all.length - (item[3]?.length ?? 0))],
          ...(of ? { scope: of } : {}),
        });
        at += all.length;
        if (!item[3]) break;
      }
    }
  }
  return out;
}

/** A clause that gives one thing's share of a whole: "工业机器人产量约占全国的42%" (the thing, the whole, the value). */
const SHARE_OF =
  /^((?!.*[，,])[\u3400-\u9fff]{2,16}?)(约|近|超过)?(?:已|达)?占(全国|全省|全市|全球)(?:总量|总数)?(?:的|比重为|比重达)?(约|近|超过)?(\d+(?:\.\d+)?)%$/;

/** The subject before the shares: "福建高新区以", "福建省国家高新区以". */
const SHARE_SUBJECT = /([\u4e00-\u9fff]{2,3}?)省?(?:的)?(?:国家)?高新区(?:以|用)?$/;
const SHARE_RUN = /(?:占|创造了?|贡献了?|集聚了?|吸纳了?|拥有)(全省|全国|全市|全区)(?=\d)/g;
const SHARE_ITEM = /^(\d+(?:\.\d+)?)%的([\u3400-\u9fff]{2,20}?)(、|和|及|以及)?(?=[，,。；;]|$|\d)/;

/** A clause that only says when: "2024年", "2025年全年", "截至2025年底", "2025年（8月至12月）". */
/** A part of the year a time clause names. */
const CLAUSE_PART = /上半年|下半年|前三季度|[一二三四]季度/;
const TIME_CLAUSE =
  /^(?:截至|截止|到|在)?((?:19|20)\d{2})年(?:\d{1,2}月(?:(?:至|到|—|-)\d{1,2}月)?)?(?:底|末|年底|全年|上半年|下半年|前三季度|一年|（[^）]{1,12}）)?(?:以来)?$/;
/** "这一数字增长到26个": the measure of the clause before, again (its label, its group), in the clause's year. */
const SAME_MEASURE = new RegExp(
  `^(?:这一|这个|该|此)(?:数字|数据|数量|指标|规模)(?:已经|已|又|则|也|仅仅|仅|只|才)?(?:增长|增加|提高|上升|攀升|扩大)?(?:到|至|为|达到|达)${QUAL}${NUM}${TAIL}${UNIT}$`,
);
/** "…新增410台（套），累计达到730台（套）": the running total of the measure before. */
const RUNNING_TOTAL = new RegExp(
  `^(?:(?:19|20)\\d{2}年以来)?(?:累计|总计|合计|总数)(?:已)?(?:达到|达|为|至)?${QUAL}${NUM}${TAIL}${UNIT}$`,
);
/** "2025年截至目前26个": one year's value of the measure before, nothing else. */
const YEAR_VALUE = new RegExp(
  `^((?:19|20)\\d{2})年(全年|截至目前|截至目前为止|上半年|前三季度|以来)?${QUAL}${NUM}${TAIL}${UNIT}$`,
);
/** A clause that qualifies the figure before it: its amount, or how it changed ("比网络启动时增加近千家"). */
const AFTERWORD = new RegExp(
  `^(?:(?:涉及|签约|协议|计划|拟)?(?:总金额|总投资额?|总投入|投资总额|协议投资额|签约金额|金额|总额|成交额|成交金额|合同金额|交易额)(?:达到|达|为|约为|(?:由|从)(?:成立时的|去年的|此前的)?${QUAL}${NUM}${TAIL}(?:万亿元|亿元|万元|亿美元)(?:增至|增加到|增加至|增长到|增长至|提高到|提升至|扩大到|升至|增到))?${QUAL}${NUM}${TAIL}(?:万亿元|亿元|万元|亿美元)|(?:同比|较上年|比上年|较去年|比去年)(?:增长|增加|提高|下降|减少)${NUM}%|(?:比|较)(?:一年前|上一年|(?:(?:网络|联盟)?(?:成立|启动))(?:之初|时)|上年|去年)(?:增长|增加|提高|下降|减少|多了?|少了?)(?:${QUAL}${NUM}|(?:近|上|数)[百千万])(?:%|个|家|项|场|名|台|亿元|万元))$`,
);
/** A clause that ranks the figure before it: "位列第五", "居首", "排名第二位". */
const RANKED =
  /^(?:位列|位居|排名|排在|居)(?:第[一二三四五六七八九十\d]{1,3}(?:位|名)?|首位|首|前[二三四五十\d]{1,2}(?:位|名)?)$/;
const CHANGE_SINCE = new RegExp(
  // ("较网络启动时公布的2025年数据增长约28%": the earlier year named in a longer phrase.)
  `^(?:较|比)(?:上年|去年|[\\u3400-\\u9fff]{0,12}?20\\d{2}年(?:的?数据)?)(?:同期)?(?:的)?(?:${QUAL}${NUM}${TAIL}(?:万亿元|亿元|万元|亿美元|家|个|项))?(?:大幅|明显|显著|稳步)?(?:增长|增加|提高|下降|减少)(?:了)?(?:约|近|超过)?(?:${NUM}(?:%|个|家|项|场|名|台))?$`,
);
/** The measured things a label names, the last one (the head of the phrase) first: "…平台…联合研发中心". */
function headsOf(label: string): string[] {
  // ("首批跨境产业合作机会清单": what the list lists is asked too, "多少个合作机会".)
  // (Only of a list published by its batch, as COUNT_IN_LIST_NAME reads it: a 榜单 otherwise keeps its own words.)
  const listed = /^(?:首批|第[一二三四五]批)[\u3400-\u9fff]*?([\u3400-\u9fff]{2})(?:清单|榜单|目录|名录)$/.exec(
    label,
  )?.[1];
  const found = [...headsIn(label), ...(listed && !HEADS.includes(listed) ? [listed] : [])];
  return found.sort(
    (a, b) => label.lastIndexOf(b) + b.length - (label.lastIndexOf(a) + a.length) || b.length - a.length,
  );
}

/** Words cut out of a label before its bigrams are taken (so "全年实现" leaves no "年实"; "集聚…企业" is asked "多少家企业"). */
// ("网络成员高新区物联网产业规模": whose it is, said whole, leaves no pair across its words, "络成", "员高"; "网络正式成员
// 高新区…": nor a word of status a question leaves out.)
const PLAIN_WORDS =
  /全年|实现|累计|建成|共计|合计|目前|现场|当天|期间|其中|今年|拥有|现有|共有|集聚|聚集|汇聚|增至|增加到|增长到|达到|突破|超过|(?:网络|联盟)?(?:正式)?成员(?:高新区|单位)?|网络|联盟/g;

/** Words of a label that say nothing of what is measured. */
const PLAIN_BIGRAMS = new Set([
  "成员",
  "高新",
  "新区",
  "单位",
  "累计",
  "共同",
  "全年",
  "现场",
  "网络",
  "联盟",
  "已经",
  "目前",
  "合计",
  "共计",
  "实现",
  "拥有",
  "相关",
  "会议",
  "期间",
  "当天",
  "今年",
  "其中",
]);

/**
 * How a question finds a learned figure. Every group must be matched: the entity it is about; for a group's
 * figure the word 网络/联盟 (a question about one zone is not about its network's total); the measured thing;
 * and a word of the label besides the group's names ("产业规模" is not "基金规模").
 */
function matchTerms(doc: Doc, ids: string[], label: string, heads: string[]): string[][] {
  const match: string[][] = [];
  if (ids.length > 0) match.push(ids.map((id) => `@${id}`));
  const kinds = new Set<string>();
  // The bigrams of the group's short names ("储能" of 先进储能): a question names the group with them.
  const named = new Set<string>();
  const names: string[] = [];
  let zoneless = true;
  for (const id of ids) {
    const net = doc.names.newNetworks.get(id) ?? doc.names.known.networks.find((n) => n.id === id);
    const all = doc.names.newAlliances.get(id) ?? doc.names.known.alliances.find((a) => a.id === id);
    const group = net ?? all;
    if (!group) {
      zoneless = false;
      continue;
    }
    kinds.add(net ? "网络" : "联盟");
    const short = [
      group.name.replace(/^国家高新区|产业协同创新网络$|国家高新区|高新区|联盟$/g, ""),
      ...(group.aliases ?? []).filter((a) => a.length <= 6),
      ...("field" in group && group.field ? [group.field] : []),
    ];
    for (const n of short) for (let i = 0; i + 2 <= n.length; i++) named.add(n.slice(i, i + 2));
    names.push(...short.filter((n) => n.length >= 2));
  }
  // (Not of a zone's own work on the group's platform, which a question about the zone asks without 网络.)
  if (kinds.size > 0 && zoneless) match.push([...kinds]);
  match.push(heads);
  const words = new Set<string>();
  let rest = label;
  for (const h of heads) rest = rest.split(h).join(" ");
  // The group's own name in the label ("低空经济相关…") goes whole, so no pair across its edge ("济相") is left.
  for (const n of names) rest = rest.split(n).join(" ");
  // ("组织产业链对接、政策交流等活动": the examples before 等 are kinds of the thing counted, not words a question
  // about it must say.)
  rest = rest.replace(/[\u3400-\u9fff、]+等\s*$/, " ").replace(PLAIN_WORDS, " ");
  for (const run of rest.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const w = run.slice(i, i + 2);
      if (!PLAIN_BIGRAMS.has(w) && !named.has(w)) words.add(w);
    }
  }
  // Every learned figure has as many groups, so none outranks another by its label's length.
  // ("医疗器械产业产值": 产业 alone is left, and the thing measured is named already; "医疗器械产值多少" asks it.)
  const plainIndustry = words.size === 1 && words.has("产业");
  match.push(words.size > 0 && !plainIndustry ? [...words] : heads);
  return match;
}
/** What a bare "规模"/"首期规模" is of: the fund or thing the clause before ends with. */
const NAMED_BEFORE = /(?:设立|发起|成立|组建|设)(?:了)?([\u3400-\u9fff]{2,20}?(?:基金|资金|专项))$/;
/** "…共同发起的稀土产业协同创新基金正式设立，首期规模20亿元": the fund named before its setting up. */
const SET_UP_BEFORE =
  /(?:^|的)((?:(?!的)[\u3400-\u9fff]){2,20}?(?:基金|资金))(?:正式|同步|同时)?(?:设立|成立|启动|揭牌)$/;
/** A zone named in the text ("鹰潭高新区企业…", not "成员高新区"): the figures may be that zone's, not the group's. */
function namesZone(text: string): boolean {
  // (Zones counted, "22家高新区", name none of them; nor does a document's title, "《长江中游高新区科技资源共享清单》".)
  return /高新区|示范区|工业园区|开发区/.test(
    text.replace(
      /(?:成员|国家|各|兄弟|其他|这些)高新区|[\d一二三四五六七八九十两]+家(?:国家|省级)?高新区|《[^《》]*》/g,
      "",
    ),
  );
}

/** A figure of a wider place than a zone: the city's, the province's, the country's. */
const WIDER = /^(?:全市|全省|全国|全球|市|省)/;

/** A zone's name, known or proposed by this article. */
/** The zone a label starts with, named in full ("宝鸡高新区钛产业…"; 我区 is written with its name before). */
function zoneAtStart(doc: Doc, label: string): string | undefined {
  for (let len = Math.min(label.length, 16); len >= 3; len--) {
    const name = label.slice(0, len);
    if (!/(?:高新区|示范区|工业园区|开发区)$/.test(name)) continue;
    const id = doc.names.knownZone(name);
    if (id) return id;
  }
  return undefined;
}

/** Who did it, ending in a word for doers: "由成员单位企业和高校院所". */
const BY_WHOM = "由[\\u3400-\\u9fff]{2,20}(?:企业|院所|高校|单位|机构|团队)";
/** "…榜单58项，其中31项已完成揭榜": a part of the figure before, in its unit, named by what it did. */
// ("其中9项已由成员单位企业和高校院所“揭榜”": by whom, then the deed in quotes.)
const PART = new RegExp(
  `^其中${QUAL}${NUM}${TAIL}${UNIT}(?:已经|已|均|都)?(?:${BY_WHOM})?(?:完成|实现|成功|获得|通过)?[“"]?([\\u3400-\\u9fff]{2,8})[”"]?$`,
);

/** "…企业1260余家，其中规模以上企业418家": a named part of the figure before, in its unit. */
const PART_NAMED = new RegExp(`^其中([\\u3400-\\u9fff]{2,10}?)${QUAL}${NUM}${TAIL}${UNIT}$`);

function partOf(text: string, previous: Figure): Read | undefined {
  const named = PART_NAMED.exec(text);
  // ("其中我区先进陶瓷产业规模突破520亿元": the page's own zone's figure, read on its own as the zone's.)
  if (named && /^(?:我区|本区)/.test(named[1] ?? "")) return undefined;
  if (named && named[5] === previous.unit) {
    const value = writtenValue(text, named[2], named[3], named[4]);
    const year = previous.year ? String(previous.year) : undefined;
    // (The whole it is part of, as its note: "基金规模30亿元，其中包头稀土高新区出资6亿元".)
    const whole = `${previous.label}${previous.value}${previous.unit}`;
    return value
      ? { label: `${previous.label}中${named[1]}`, value, unit: previous.unit, note: whole, ...(year ? { year } : {}) }
      : undefined;
  }
  const m = PART.exec(text);
  if (!m || (m[4] ?? "") !== previous.unit) return undefined;
  const value = writtenValue(text, m[1], m[2], m[3]);
  const did = text
    .slice(text.indexOf(m[4] ?? "") + (m[4] ?? "").length)
    .replace(/^(?:已经|已|均|都)/, "")
    .replace(new RegExp(`^${BY_WHOM}`), "")
    .replace(/[“”"]/g, "");
  if (!value) return undefined;
  const year = previous.year ? String(previous.year) : undefined;
  return { label: `${previous.label}中${did}`, value, unit: m[4] ?? "", ...(year ? { year } : {}) };
}

function sameMeasure(clause: string, previous: Figure, before = ""): Read | undefined {
  // "而2024年这一数字为9个": the year the clause gives the measure in.
  const lead = /^(?:而|但|同时)?(?:((?:19|20)\d{2})年(?:全年|同期)?[，,]?(?=这|该|此))?/.exec(clause);
  const text = clause.slice(lead?.[0].length ?? 0);
  // "促成项目：2024年9个，2025年截至目前26个": the next year of a series the label announced.
  const series = YEAR_VALUE.exec(clause);
  if (series && (series[6] ?? "") === previous.unit) {
    const value = writtenValue(clause, series[3], series[4], series[5]);
    const note = series[2] ? { note: series[2] } : {};
    return value ? { label: previous.label, value, unit: previous.unit, year: series[1], ...note } : undefined;
  }
  const again = SAME_MEASURE.exec(text);
  const total = again ? undefined : RUNNING_TOTAL.exec(text);
  const m = again ?? total;
  if (!m || (m[4] ?? "") !== previous.unit) return undefined;
  const value = writtenValue(text, m[1], m[2], m[3]);
  // ("首批开放共享…1800余台（套），截至11月底，这个数字已经增加到3260台（套）": grown since the first batch, counted to
  // the day the clause before gives.)
  const grown = again !== null && /增长|增加|提高|上升|攀升|扩大/.test(text);
  const label = total
    ? `${previous.label.replace(/新增/g, "")}（累计）`
    : grown
      ? previous.label.replace(/首批/, "")
      : previous.label;
  const since = total ? /^(?:19|20)\d{2}年以来/.exec(text)?.[0] : undefined;
  const asOf = grown ? /截至[^，,。；;]{2,16}$/.exec(before.replace(/[，,]\s*$/, ""))?.[0] : undefined;
  if (!value) return undefined;
  return {
    label,
    value,
    unit: m[4] ?? "",
    ...(since ? { period: since } : {}),
    ...(asOf ? { note: asOf } : {}),
    ...(lead?.[1] ? { year: lead[1] } : {}),
  };
}

type Read = { label: string; value: string; unit: string; note?: string; period?: string; year?: string };

/** The value(s) a clause states, with what each measures. */
function readClause(text: string, count: number): Read[] {
  // "联合研发中心已由去年的35个增至52个": the value now, the change kept as its note.
  const grew = count === 2 ? GREW.exec(text) : null;
  if (grew) {
    const value = writtenValue(text, grew[6], grew[7], grew[8]);
    const note = text.slice((grew[1] ?? "").length).replace(/^(?:已经|已)/, "");
    return value ? [{ label: grew[1] ?? "", value, unit: grew[9] ?? "", note }] : [];
  }
  if (count === 2) {
    const p = PAIR.exec(text);
    if (!p) return [];
    const one = writtenValue(text, p[3], p[4], p[5]);
    const two = writtenValue(text, p[8], p[9], p[10]);
    if (!one || !two) return [];
    return [
      { label: p[7] ?? "", value: one, unit: p[6] ?? "" },
      { label: p[12] ?? "", value: two, unit: p[11] ?? "" },
    ];
  }
  const a = LABEL_LAST.exec(text);
  if (a) {
    const value = writtenValue(text, a[3], a[4], a[5]);
    // "约为11.7万亿元": the value is 11.7, and the text says it is approximate.
    const about = a[2] === "约为" && !a[3] ? "约" : undefined;
    // "2.5万家以上": the bound is part of what the text says.
    const bound = /(以上|左右)$/.exec(text)?.[1];
    return value ? [{ label: a[1] ?? "", value, unit: a[6] ?? "", note: about ?? bound }] : [];
  }
  // A clause too long for its whole to be the label ("…等机构已联合成员高新区的企业和机构在全国设立联合研发中心52个"):
  // the verb and its object before the count.
  // (Not a target, "力争到2028年…设立联合研发中心50个", nor some members' own, "…中的长沙、株洲、湘潭三家高新区…".)
  const verbed = text.length > 40 && !TARGET.test(text) ? VERB_OBJECT_COUNT.exec(text) : null;
  const o =
    verbed && !/(?:\d{1,2}|[一二两三四五六七八九十])家|其中|中的/.test(text.slice(0, verbed.index)) ? verbed : null;
  if (o) {
    const value = writtenValue(text, o[4], o[5], o[6]);
    return value ? [{ label: `${o[1]}${o[2]}`, value, unit: o[7] ?? "" }] : [];
  }
  const b = VERB_FIRST.exec(text);
  if (b) {
    const value = writtenValue(text, b[3], b[4], b[5]);
    return value ? [{ label: b[7] ?? "", value, unit: b[6] ?? "" }] : [];
  }
  const n = NOUN_VERB.exec(text);
  if (n) {
    const value = writtenValue(text, n[2], n[3], n[4]);
    return value ? [{ label: `${n[6]}${n[7]}`, value, unit: n[5] ?? "" }] : [];
  }
  return [];
}

/** A value at the end of a list item: "…企业680家", "…孵化器96家以上". */
const ITEM_VALUE = new RegExp(`${NUM}${TAIL}${UNIT}(?:以上|左右)?$`);
/** A list item counted before what it counts: "12家瞪羚企业". */
const ITEM_COUNTED = new RegExp(`^${QUAL}${NUM}${TAIL}${UNIT}[\\u3400-\\u9fff]{2,16}$`);
const LEADING_VERB = new RegExp(`^(?:${VERBS})(?:了)?`);

/**
 * The items of a list of values after one verb, each a clause of its own with that verb: "拥有A2.1万家、B680家" →
 * "拥有A2.1万家", "拥有B680家"; "培育23家独角兽企业、12家瞪羚企业" → "培育23家独角兽企业", "培育12家瞪羚企业".
 * None when an item holds no value or more than one, or the items are not all of one shape.
 */
function listItems(text: string): string[] | undefined {
  const parts = text.split("、");
  if (parts.length < 2 || parts.some((p) => (p.match(VALUE) ?? []).length !== 1)) return undefined;
  const verb = LEADING_VERB.exec(parts[0] ?? "")?.[0] ?? "";
  const [first, ...rest] = parts as [string, ...string[]];
  if (rest.every((p) => ITEM_VALUE.test(p) && !LEADING_VERB.test(p)) && ITEM_VALUE.test(first))
    return [first, ...rest.map((p) => `${verb}${p}`)];
  if (verb && rest.every((p) => ITEM_COUNTED.test(p)) && ITEM_COUNTED.test(first.slice(verb.length)))
    return [first, ...rest.map((p) => `${verb}${p}`)];
  return undefined;
}

/** The items' values; an item that qualifies the one before ("…合作项目58个、总投资约312亿元") is its note. */
function readItems(items: readonly string[]): Read[] {
  const reads: Read[] = [];
  for (const [i, item] of items.entries()) {
    const last = reads.at(-1);
    const own = i === 0 ? item : item.replace(LEADING_VERB, "");
    if (last && AFTERWORD.test(own)) last.note = last.note ? `${last.note}；${own}` : own;
    else reads.push(...readClause(item, 1));
  }
  return reads;
}

/** The value as written: qualifier and number, when they stand together ("超3700", "120余"). */
function writtenValue(text: string, qual: string | undefined, num: string | undefined, tail: string | undefined) {
  if (!num) return undefined;
  const written = `${qual ?? ""}${num}${tail ?? ""}`;
  return text.includes(written) ? written : `${num}${tail ?? ""}`;
}

/** A line of its own (the sentences either side are other paragraphs) that reads as a section's heading. */
function headingLine(doc: Doc, s: Sentence): boolean {
  const alone = [s.index - 1, s.index + 1].every((i) => doc.sentences[i]?.paragraph !== s.paragraph);
  return alone && isHeadingLine(s.text);
}

function clauseSpans(t: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || /[，,；;。：:！？]/.test(t[i] as string)) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  return out;
}

/** "当天，…" after "在V…会现场，…": the zone V, when it opens the place. */
function sceneZone(doc: Doc, s: Sentence): string | undefined {
  const prev = doc.sentences[s.index - 1];
  if (!prev || !/^(?:当天|当日)[，,]/.test(s.text)) return undefined;
  const place = /^在([\u3400-\u9fff（）()\d]{2,40}?)(?:现场|上)[，,]/.exec(prev.text)?.[1];
  return place ? doc.names.zoneNamedAtStart(place)?.id : undefined;
}

/** "N家成员高新区": the one group the article lists with N members (a complete list, or its count). */
function countedGroup(doc: Doc, s: Sentence): string | undefined {
  const n = /(\d+)家成员(?:国家)?(?:高新区|单位)/.exec(s.text)?.[1];
  if (!n) return undefined;
  const ids = new Set(
    doc.claims.flatMap((c) =>
      (c.type === "members" || c.type === "count") &&
      ("zones" in c && !c.partial ? c.zones.length : "count" in c ? c.count : undefined) === Number(n)
        ? [c.group.id]
        : [],
    ),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** "N家国家高新区" where N is the member count the item gives the group it is about. */
function allMembers(doc: Doc, s: Sentence): boolean {
  const n = /(\d+)家(?:国家)?高新区/.exec(s.text)?.[1];
  const g = n ? doc.anaphor(s) : undefined;
  return (
    g !== undefined &&
    doc.claims.some(
      (c) =>
        (c.type === "members" || c.type === "count") &&
        c.group.id === g.id &&
        ("zones" in c && !c.partial ? c.zones.length : c.count) === Number(n),
    )
  );
}
