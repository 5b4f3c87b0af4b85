/**
 * Chinese tokenizer for BM25: jieba (with a user dictionary of every zone, network and alliance
 * name, so 物联网 / 集成电路 / 苏州工业园区 stay whole) plus CJK character bigrams for recall,
 * plus Latin words. Query expansion maps English terms to the Chinese words the articles use.
 */
import { Jieba } from "@node-rs/jieba";
// @ts-expect-error: the package ships dict.js without a types entry in its exports map.
import { dict } from "@node-rs/jieba/dict";
import type { Knowledge } from "../knowledge/load.ts";
import { hasTerm, normalize } from "../knowledge/normalize.ts";

const STOP = new Set(
  "的 了 和 与 及 是 在 有 为 等 对 将 也 都 而 或 之 其 这 那 个 家 中 上 下 以 于 把 被 就 还 又 并 向 从 到 让 使 由 要 该 各 什么 哪些 哪个 怎么 如何 怎样 吗 呢 吧 啥 说 讲 谈 聊 请问 一下 告诉 我 你 请 能 可以 知道 想 问 多少 一 我们 你们 他们 它 他 她 the a an of in on to and or for is are was were be been what which who how do does did will with by at from about as that this these those it its".split(
    " ",
  ),
);

/** English words that carry no content of their own (question words, auxiliaries, fillers). */
const ENGLISH_FILLER = new Set(
  "what which who whom whose when where why how is are was were be been being do does did done has have had can could will would should shall may might must the a an of in on to and or for with by at from about as that this these those it its they them their there here into onto than then so such any all some many much more most please tell me us you your i my our list show give name names whether if not no yes one ones get got high according use used during up right now both within between through over came out bring together matter whats big also just still there".split(
    " ",
  ),
);

const ENGLISH: Record<string, string> = {
  achievement: "成果",
  achievements: "成果",
  result: "成果",
  results: "成果",
  progress: "进展",
  outcome: "成效",
  alliance: "联盟",
  network: "网络",
  networks: "网络",
  zone: "高新区",
  zones: "高新区",
  park: "园区",
  cluster: "集群",
  clusters: "产业集群",
  innovation: "创新",
  innovative: "创新型",
  industry: "产业",
  industrial: "产业",
  future: "未来产业",
  measures: "措施",
  measure: "措施",
  plan: "方案",
  plans: "计划",
  challenge: "挑战",
  challenges: "挑战",
  agree: "共同",
  agreed: "共同",
  cooperation: "合作",
  collaborate: "协同",
  collaborative: "协同",
  collaboration: "协同",
  coordinated: "协同",
  platform: "平台",
  platforms: "平台",
  shared: "共享",
  sharing: "共享",
  laboratory: "实验室",
  labs: "实验室",
  founded: "成立",
  established: "成立",
  launched: "成立 启动",
  lead: "牵头",
  leads: "牵头",
  led: "牵头",
  members: "成员",
  member: "成员",
  venue: "召开",
  held: "召开 举行",
  tech: "高新区",
  industries: "产业",
  output: "产值",
  annual: "年度 周年",
  build: "建设 组建",
  building: "建设",
  economic: "经济",
  belt: "经济带",
  eco: "生态",
  ecological: "生态",
  national: "国家",
  main: "重点",
  key: "重点 关键",
  achieved: "取得 成效",
  face: "面临",
  levers: "抓手",
  lever: "抓手",
  device: "器械",
  projects: "项目",
  project: "项目",
  provinces: "省",
  cities: "市",
  cover: "覆盖",
  development: "发展",
  science: "科技",
  joint: "联合",
  core: "核心",
  breakthrough: "突破 攻关",
  breakthroughs: "突破 攻关 首创",
  open: "开放",
  suited: "优势",
  guideline: "意见",
  guidelines: "意见",
  total: "总",
  largest: "最大",
  value: "价值",
  contracts: "合同",
  flowing: "流向",
  china: "我国 全国",
  period: "时期",
  application: "应用",
  deputy: "副",
  secretary: "书记",
  paired: "对口",
  produced: "形成",
  academia: "高校 院所",
  university: "高校",
  projected: "预计",
  target: "目标",
  targets: "目标",
  implementation: "实施",
  counties: "县",
  strengthen: "加强",
  coordination: "协同",
  pilots: "试点",
  pilot: "试点",
  cultivation: "培育",
  units: "单位",
  role: "作用",
  outbreak: "疫情",
  aspects: "方面",
  promoting: "推进",
  promote: "推进",
  quality: "质量",
  divide: "分工",
  roles: "分工 作用",
  southern: "南",
  rank: "排名",
  capacity: "能力",
  evaluation: "评价",
  empower: "赋能",
  share: "占",
  generate: "贡献",
  lacking: "不足",
  shortcomings: "不足",
  first: "首",
  new: "新",
  facilitate: "促进",
  spoke: "表示",
  year: "年",
  years: "年",
  five: "五",
  three: "三",
  ten: "10",
  twelve: "12",
  technology: "技术",
  technologies: "技术",
  research: "科研",
  talent: "人才",
  talents: "人才",
  finance: "金融",
  financing: "金融 基金 产融",
  financial: "金融",
  characteristics: "特点 特征",
  features: "特点",
  said: "表示",
  say: "表示",
  fund: "基金",
  funds: "基金",
  scenario: "场景",
  scenarios: "场景",
  standards: "标准",
  brand: "品牌",
  governance: "治理",
  secretariat: "秘书处",
  meeting: "会议",
  anniversary: "周年",
  report: "报告",
  promotion: "推介会",
  signed: "签署",
  rocket: "火箭",
  robot: "机器人",
  robots: "机器人",
  medical: "医疗器械",
  devices: "医疗器械",
  optical: "光纤",
  fiber: "光纤",
  fibre: "光纤",
  semiconductor: "半导体",
  display: "显示",
  chip: "芯片",
  chips: "芯片",
  design: "设计",
  manufacturing: "制造",
  packaging: "封装",
  testing: "测试",
  materials: "材料",
  equipment: "设备",
  jiangsu: "江苏",
  sunan: "苏南",
  kunshan: "昆山",
  nanjing: "南京",
  jiangyin: "江阴",
  sanyuan: "三原",
  beijing: "北京",
  tianjin: "天津",
  hebei: "河北",
  northeast: "东北",
  huaihe: "淮河",
  yangtze: "长三角",
  torch: "火炬",
  ministry: "工业和信息化部",
  miit: "工业和信息化部",
  support: "支持",
  goals: "目标",
  goal: "目标",
  why: "为什么",
  principle: "原则",
  principles: "原则",
  enterprises: "企业",
  companies: "企业",
  universities: "高校",
  ecosystem: "生态",
  chain: "产业链",
  chains: "产业链",
  division: "分工",
  labour: "分工",
  labor: "分工",
};

/** The people the articles quote, by their pinyin names (English questions name them so). */
const PEOPLE_EN: Record<string, string> = {
  "he nianchu": "何年初",
  "ni qian": "倪乾",
  "feng li": "冯立",
  "cui rongguo": "崔荣国",
  "zhang yulei": "张宇蕾",
  "wen feng": "文锋",
  "cao shanping": "曹善平",
  "zhu changhai": "朱常海",
  "yang guishan": "杨桂山",
  "yang honggang": "杨红刚",
  "zhai jinguo": "翟金国",
  "jia jingdun": "贾敬敦",
  "chen hanjie": "陈涵杰",
  "gu guodong": "顾国栋",
};

/** A small domain thesaurus: question words → the words the articles use for the same thing. */
const THESAURUS: Record<string, string> = {
  工信部: "工业和信息化部",
  遵循: "按照 原则",
  分工: "领域 布局 环节 上下游",
  成果: "成效 进展 取得",
  进展: "成效 成果",
  挑战: "压力 问题 竞争",
  措施: "举措 支持",
  目标: "力争 打造",
  作用: "引领 支撑",
  合作: "协同 对接",
  下一步: "重点 推进",
  定义: "是 形态",
  是什么: "是 重要形态",
};

/** A question read for search: once per question. */
export type QueryAnalysis = {
  /** The query plus the Chinese words its English terms, entity names and synonyms stand for. */
  expanded: string;
  /** `tokens(expanded)`. */
  tokens: string[];
  /**
   * The words a relevant passage should contain, for the coverage floor: the expanded query's words without
   * bigrams, entity keys, English filler, and English words already translated by the expansion. English words
   * the glossary does not know stay in, so "Tencent stock price" cannot be covered by a Chinese passage.
   */
  contentWords: string[];
};

export type Tokenizer = {
  tokens(text: string): string[];
  analyze(query: string): QueryAnalysis;
  /** `analyze(query).expanded`. */
  expand(query: string): string;
};

export function createTokenizer(knowledge: Knowledge): Tokenizer {
  const jieba = Jieba.withDict(dict);
  const names = new Set<string>();
  for (const { alias } of knowledge.aliases) if (/[\u4e00-\u9fff]/.test(alias) && alias.length >= 2) names.add(alias);
  for (const z of knowledge.zones.values()) names.add(z.name);
  names.add("工信部");
  // The people the articles quote stay whole ("冯立", not "冯" "立").
  for (const article of knowledge.articles.values()) {
    for (const person of article.people) if (/^[\u4e00-\u9fff]{2,4}$/.test(person)) names.add(person);
  }
  jieba.loadDict(Buffer.from([...names].map((n) => `${n} 100000 nz`).join("\n")));
  // Every name of a network or alliance also yields one shared key, so "光电子网络" in a question meets
  // "国家高新区光电子产业协同创新网络" in an article.
  const canonical = new Map<string, string>();
  for (const { alias, target } of knowledge.aliases) {
    if (target.type === "entity" && target.ref.kind !== "zone") canonical.set(alias, `@${target.ref.id}`);
  }

  const tokens = (text: string): string[] => {
    const t = normalize(text);
    const out: string[] = [];
    for (const w of jieba.cut(t, false)) {
      const word = w.trim();
      if (!word || STOP.has(word) || /^[\s\p{P}]+$/u.test(word)) continue;
      if (/^[a-z0-9.%]+$/.test(word)) {
        out.push(word);
        continue;
      }
      if (word.length >= 1 && /[\u4e00-\u9fff]/.test(word) && (word.length > 1 || !STOP.has(word))) out.push(word);
      const key = canonical.get(word);
      if (key) out.push(key);
    }
    // Character bigrams of every CJK run: recall for words jieba splits differently.
    for (const run of t.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) out.push(`#${run.slice(i, i + 2)}`);
    }
    return out;
  };

  // English names of zones, networks and alliances → the Chinese word the articles use for each.
  const englishNames: { alias: string; chinese: string }[] = [];
  for (const { alias, target } of knowledge.aliases) {
    if (!/^[a-z0-9 .-]+$/.test(alias) || target.type !== "entity") continue;
    const e =
      target.ref.kind === "zone"
        ? knowledge.zones.get(target.ref.id)
        : target.ref.kind === "network"
          ? knowledge.networks.get(target.ref.id)
          : knowledge.alliances.get(target.ref.id);
    if (e) englishNames.push({ alias, chinese: "field" in e ? e.field : e.name });
  }

  const analyze = (query: string): QueryAnalysis => {
    const t = normalize(query);
    const extra: string[] = [];
    // English words the expansion translates: their Chinese words stand in for them in `contentWords`.
    const translated = new Set<string>();
    for (const [word, more] of Object.entries(THESAURUS)) if (t.includes(word)) extra.push(more);
    for (const w of t.match(/[a-z]+/g) ?? []) {
      const zh = ENGLISH[w];
      if (zh) {
        extra.push(zh);
        translated.add(w);
      }
    }
    for (const [pinyin, name] of Object.entries(PEOPLE_EN)) {
      if (!hasTerm(t, pinyin)) continue;
      extra.push(name);
      for (const w of pinyin.split(" ")) translated.add(w);
    }
    for (const { alias, chinese } of englishNames) {
      if (!hasTerm(t, alias)) continue;
      extra.push(chinese);
      for (const w of alias.split(/[ .-]+/)) translated.add(w);
    }
    const expanded = extra.length ? `${query} ${extra.join(" ")}` : query;
    const queryTokens = tokens(expanded);
    const words = queryTokens.filter(
      (w) => !w.startsWith("#") && !w.startsWith("@") && !ENGLISH_FILLER.has(w) && !translated.has(w),
    );
    return { expanded, tokens: queryTokens, contentWords: [...new Set(words)] };
  };

  return { tokens, analyze, expand: (query) => analyze(query).expanded };
}
