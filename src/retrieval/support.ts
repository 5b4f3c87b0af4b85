/**
 * Does a passage actually answer what the question asks for? The relevance floor only says a passage is
 * about the same thing; these checks refuse answers whose kind the passage cannot supply, so that
 * "物联网网络2025年的产值是多少" gets "not covered" rather than a sentence about the 物联网 network.
 *
 * Contracts (each check applies only when the question asks that kind of thing):
 *  - quantity ("多少", "多大", "how many"): the passage states a number, contains the measured noun
 *    ("产值", "规模") when one can be read off the question, and the year when the question names one;
 *  - time ("哪一年", "什么时候", "when"): the passage contains a date or year;
 *  - for quantity and time: the passage or its neighbours name one of the entities the question names;
 *  - a person's name ("叫什么名字", "姓名"): the passage names a person the articles name;
 *  - a detail the articles never record (phone numbers, prices, application forms, weather, share prices, …):
 *    the passage contains the detail word itself.
 */
import type { Knowledge } from "../knowledge/load.ts";
import { normalize } from "../knowledge/normalize.ts";

const QUANTITY = /(?:是多少|有多少|多少|有多大|多大|几[个家项亿万]|how many|how much|what share|what percentage)/;
const TIME = /(?:哪一年|哪年|什么时候|何时|哪一天|哪天|几月|when\b|what year|which year)/;
const NAME = /(?:叫什么名字|叫什么|姓名|名字是|what is (?:his|her|the) name|whats (?:his|her) name)/;
const NUMBER = /[0-9０-９]|[一二两三四五六七八九十百千万亿]+(?:个|家|项|亿|万|倍|年|%|成)/;
const DATE = /(?:19|20)\d{2}年?|\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]+月/;

/** Nouns naming details the articles do not keep; asking for one needs a passage that has it. */
const DETAILS = [
  "电话",
  "联系方式",
  "邮箱",
  "网址",
  "官网",
  "地址",
  "价格",
  "房价",
  "股价",
  "市值",
  "工资",
  "薪资",
  "薪酬",
  "天气",
  "门票",
  "申请材料",
  "申请条件",
  "报名",
  "营业收入",
  "营收",
  "利润",
  "生产总值",
  "gdp",
  "人口",
  "面积",
  "phone",
  "email",
  "address",
  "website",
  "price",
  "salary",
  "weather",
  "revenue",
  "profit",
  "population",
];

/** Words between the measured noun and the quantity cue that are not the noun itself. */
const MEASURE_FILLER =
  /(?:的|是|有|为|共|一共|总共|大约|约|达到|达|每亩|每年|每个|每家|具体|到底|究竟|一般|目前|现在|了)+$/;

export type Support = { ok: true } | { ok: false; reason: string };

/**
 * `passageText` is the quoted sentence; `context` its neighbours (the entity check may be satisfied there);
 * `entityNames` every name of each entity the question names.
 */
export function supports(
  question: string,
  passage: { text: string; context: string },
  knowledge: Knowledge,
  entityNames: string[][] = [],
): Support {
  const q = normalize(question);
  const p = normalize(passage.text);
  const around = normalize(passage.context);
  for (const detail of DETAILS) {
    if (q.includes(detail) && !p.includes(detail)) return { ok: false, reason: `detail:${detail}` };
  }
  if (NAME.test(q)) {
    // `people` also lists unnamed speakers ("工业和信息化部相关负责人"); a personal name is 2–4 characters.
    const named = [...knowledge.articles.values()].some((a) =>
      a.people.some((person) => /^[\u4e00-\u9fff]{2,4}$/.test(person) && p.includes(person)),
    );
    if (!named) return { ok: false, reason: "name" };
  }
  const quantity = QUANTITY.exec(q);
  if (quantity) {
    if (!NUMBER.test(p)) return { ok: false, reason: "quantity:number" };
    const measure = measuredNoun(q.slice(0, quantity.index));
    if (measure && !p.includes(measure)) return { ok: false, reason: `quantity:${measure}` };
    const year = /((?:19|20)\d{2})年/.exec(q);
    if (year?.[1] && !p.includes(year[1])) return { ok: false, reason: `quantity:${year[1]}` };
  }
  const time = TIME.test(q);
  if (time && !DATE.test(p)) return { ok: false, reason: "time" };
  // A number or a date is about something: the passage (or its neighbours) must name what the question names.
  if ((quantity || time) && entityNames.length > 0) {
    const named = entityNames.some((names) => names.some((n) => p.includes(n) || around.includes(n)));
    if (!named) return { ok: false, reason: "entity" };
  }
  return { ok: true };
}

/** The noun right before a quantity cue: "2025年的产值是多少" → "产值"; "转化了多少" → "转化". */
function measuredNoun(before: string): string | null {
  const head = before.replace(MEASURE_FILLER, "");
  const m = /([\u4e00-\u9fff]{2})$/.exec(head);
  return m?.[1] ?? null;
}
