/**
 * Figures: value, unit, period and what is measured, from two clause shapes.
 *   "<label><合计|累计|达|为…><约|超|近…><number><unit>"   "2024年北京流向津冀技术合同成交额843.7亿元"
 *   "<verb><number><unit><noun>"                            "举办23场交流活动"
 * A clause is read only when it holds exactly one number with a unit (a leading "10家成员高新区" is the scope),
 * the label names a measured thing (营业收入, 企业, 项目 …; a bare "总投资" says not of what, so it is left out),
 * and nothing in the sentence up to it makes it a plan or a target (力争, 目标, 将, 到2028年 …).
 */
import type { Figure } from "../schema.ts";
import type { Doc } from "./context.ts";
import { asciiId, type GroupRef } from "./names.ts";
import type { Sentence } from "./sentences.ts";

const QUAL = "(约|超过|超|近|逾|突破|将近)?";
const NUM = "(\\d+(?:\\.\\d+)?)";
const TAIL = "(多|余)?";
const UNIT = "(万亿元|亿元|万元|亿美元|万家|万人|万个|万项|家|个|项|场|条|台（套）|台\\(套\\)|台|人|%)";
const VALUE = new RegExp(`${NUM}${TAIL}${UNIT}`, "g");
const LABEL_LAST = new RegExp(
  `^(.{2,30}?)(合计|累计|共计|总计|共|达到|达|约为|为|实现|规模为)?${QUAL}${NUM}${TAIL}${UNIT}$`,
);
const VERBS = "举办|开展|促成|签约|设立|建成|拥有|集聚|开通|收录|上线|整合|所辖|布局了|布局|推出|打造|培育|引进";
const VERB_FIRST = new RegExp(`^(.{0,12}?)(${VERBS})(?:了)?${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff、]{2,16})$`);
/** "80个重点项目签约": the count of things that did something. */
const NOUN_VERB = new RegExp(
  `^(.{0,6}?)${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,10}?)(签约|开工|竣工投产|竣工|投产|落地|入驻)$`,
);
/** "所辖63家公共实验室、317台合成套设备目录": two counts after one verb. */
const PAIR = new RegExp(
  `^(.{0,16}?)(${VERBS})(?:了)?${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,12}?)(?:、|和|及)${QUAL}${NUM}${TAIL}${UNIT}([\\u3400-\\u9fff]{2,12})$`,
);
/** A leading scope: "10家成员高新区", "15家成员单位". */
const SCOPE = /^(\d+家[\u3400-\u9fff]{0,6}?(?:成员高新区|成员单位|高新区|成员))/;
/** The sentence up to the value makes it a plan or a forecast. */
const TARGET = /力争|目标|计划|预计|有望|到20\d\d年|将|拟|争取|不少于/;
/** The clause compares or ranks: not a value of a thing. */
const COMPARE = /同比|增长|增速|占|比重|第[一二三四五六七八九十\d]|前\d|排名|以上|以下|之一|倍/;
const HEADS = [
  "营业收入",
  "产业规模",
  "产值",
  "规模",
  "成交额",
  "投资额",
  "总投资",
  "总金额",
  "企业",
  "实验室",
  "项目",
  "活动",
  "航线",
  "场景",
  "平台",
  "基金",
  "信息",
  "设备",
  "仪器",
  "高校院所",
  "研发中心",
  "研发机构",
  "研究所",
  "中心",
  "措施",
  "清单",
  "榜单",
  "人才",
  "专利",
  "合同",
  "园区",
  "集群",
  "基地",
  "城市",
  "联合体",
  "成果",
  "培育单位",
];
/** A label that is only a head says not of what. */
const GENERIC = /^(?:总投资|总投资额|投资额|总金额|首期规模|规模|产值|总产值|金额)$/;
const FILLER = /^(?:据介绍|数据显示|据统计|会议通报|其中|此外|同时|目前|截至目前|至此|现场|合计|已|共|并|还|在)+/;

export function figures(doc: Doc, about: (s: Sentence, from: number, to: number) => GroupRef[]): Figure[] {
  const out: Figure[] = [];
  const base = asciiId(doc.article.id);
  for (const s of doc.sentences) {
    for (const c of clauseSpans(s.text)) {
      let text = s.text.slice(c.from, c.to);
      const scope = SCOPE.exec(text)?.[1];
      if (scope) text = text.slice(scope.length);
      const count = (text.match(VALUE) ?? []).length;
      if (count < 1 || count > 2) continue;
      if (TARGET.test(s.text.slice(0, c.to)) || COMPARE.test(text)) continue;
      for (const read of readClause(text, count)) {
        let { label } = read;
        let value: string = read.value;
        let unit = read.unit;
        const year = /(\d{4})年(?!\d{1,2}月)/.exec(label);
        label = label
          .replace(/\d{4}年(?:以来|底|全年)?/, "")
          .replace(FILLER, "")
          .replace(/^[的在]/, "");
        const head = HEADS.find((h) => label?.includes(h));
        if (!head || label.length < 2 || GENERIC.test(label) || /\d/.test(label) || /[“”"《》]/.test(label)) continue;
        if (unit === "%") {
          value = `${value}%`;
          unit = "";
        }
        const ids = about(s, c.from, c.to).map((g) => g.id);
        // "成员高新区…", "网络…", "该联盟…": the group the item is about.
        if (ids.length === 0 && /成员|网络|联盟/.test(`${scope ?? ""}${label}`)) {
          const g = doc.anaphor(s);
          if (g) ids.push(g.id);
        }
        const match: string[][] = [];
        if (ids.length > 0) match.push(ids.map((id) => `@${id}`));
        match.push([head]);
        const fig: Figure = {
          id: `${base}-f${out.length + 1}`,
          label,
          value,
          unit,
          about: ids,
          match,
          exclude: [],
          evidence: [doc.ev(s, c.from, c.to)],
        };
        if (scope) fig.scope = scope;
        if (read.note) fig.note = read.note;
        if (year) {
          fig.period = `${year[1]}年`;
          fig.year = Number(year[1]);
        }
        out.push(fig);
      }
    }
  }
  return out;
}

type Read = { label: string; value: string; unit: string; note?: string };

/** The value(s) a clause states, with what each measures. */
function readClause(text: string, count: number): Read[] {
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
    return value ? [{ label: a[1] ?? "", value, unit: a[6] ?? "", note: about }] : [];
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

/** The value as written: qualifier and number, when they stand together ("超3700", "120余"). */
function writtenValue(text: string, qual: string | undefined, num: string | undefined, tail: string | undefined) {
  if (!num) return undefined;
  const written = `${qual ?? ""}${num}${tail ?? ""}`;
  return text.includes(written) ? written : `${num}${tail ?? ""}`;
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
