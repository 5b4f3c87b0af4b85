/**
 * Classes of questions never seen, found in session 30, each over an article written for this test in new words.
 * A count of something else than the members ("检测平台开通时是N个，现在有多少个", "互认试点扩大到几家") is that
 * thing's, not the group's; a "年度会议" is the year's 年会, not a council meeting of that year; "哪几件事" asks the
 * items of a plan; "有没有老成员退出" is answered "没有" when every list is whole and none left; a figure asked the
 * wrong way round ("同比下降了") or with two counts swapped is corrected from the quote; a document named without 《》
 * is answered by the sentence that names it; "抓龙头" is no lead asked; a paragraph opened by a short heading of
 * its own answers what that heading says; members listed province by province, some counted and some not, are read
 * whole (not only the counted ones).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t30-kiln", "陶瓷新材料产业协同创新网络在景德镇成立", "2026-03-20", [
    "3月19日，国家高新区陶瓷新材料产业协同创新网络启动会在景德镇高新区举行。该网络由景德镇高新区牵头，淄博高新区、佛山高新区、唐山高新区、邯郸高新区、萍乡高新区、宜春高新区、醴陵高新区共同参与，首批成员共8家。",
    "启动会上，网络发布首批开放检测平台清单，共26个检测平台向成员企业开放。",
    "按照网络工作规则，景德镇高新区担任首届轮值主席单位，任期两年。",
    "启动会上，工业和信息化部火炬中心相关负责人向景德镇高新区授予网络轮值主席单位牌匾。来自成员单位的代表约200人见证景德镇高新区接任轮值主席单位。",
    "景德镇高新区管委会副主任江雨桐表示：“景德镇是千年瓷都，接任轮值主席单位，我们将把网络的平台优势和瓷都的工艺底蕴结合起来。”",
    "据介绍，景德镇高新区任期内将重点办好三件事：一是编制陶瓷新材料产业图谱；二是共建窑炉节能中试线；三是联合举办陶瓷设计大赛。",
    "会议同时确定，网络每年召开一次年度会议，2026年度会议的举办时间和地点尚未确定，将由理事会另行研究。",
  ]),
  article("t30-kiln2", "陶瓷新材料网络召开2026年理事会议 成员增至10家", "2026-10-16", [
    "10月15日，国家高新区陶瓷新材料产业协同创新网络2026年理事会议在淄博高新区召开。",
    "会议审议通过宜兴高新区、潮州高新区2家国家高新区的入网申请，网络成员由8家增加到10家，原有成员单位全部保留。",
    "据网络秘书处介绍，半年来，开放检测平台由首批26个增加到41个；检测结果互认试点由景德镇、淄博2家高新区扩大到6家。",
  ]),
  article("t30-harbor", "港口物流协同数据发布", "2026-02-10", [
    "数据显示，2025年沿江港口物流协同平台撮合货运订单1.8万单，同比增长9.6%。",
    "仅2025年，平台就组织18场供需对接活动，开展64场航运、金融、人才等专题对接，促成31个合作项目落地。",
  ]),
  article("t30-plan", "芜湖高新区发布低空经济三年行动方案", "2026-05-08", [
    "5月7日，芜湖高新区发布芜湖低空经济高质量发展三年行动方案，提出建设低空飞行服务中心，推进实施十大工程，力争到2028年低空经济产业规模突破500亿元。",
    "芜湖高新区管委会副主任秦晓川表示，高新区将把低空经济作为未来产业的主攻方向。",
    "据悉，芜湖高新区2025年低空经济相关企业营业收入约120亿元。",
  ]),
  article("t30-hefei", "合肥高新区打造集成电路产业集群", "2026-07-02", [
    "合肥高新区把集成电路作为主导产业之一，是国家高新区集成电路产业协同创新网络成员。",
    "链主企业引领有力。合肥高新区围绕集成电路产业链，一方面坚持“强链补链”，另一方面以龙头企业带动配套企业集聚，引进了一批晶圆制造项目。",
    "成果转化见实效。合肥高新区联合中国科大等高校院所开展联合攻关，诞生了国内首条晶圆级封装中试线，攻破光刻胶配套材料关键核心技术问题。",
    "此外，合肥高新区企业参与了国家高新区集成电路产业协同创新网络的多项联合攻关。",
  ]),
  article("t30-tea", "十家国家高新区组建茶叶产业协同创新网络", "2026-04-18", [
    "4月17日，国家高新区茶叶产业协同创新网络启动大会在安顺高新区举行。该网络由安顺高新区牵头，10家在茶叶产业领域具有基础的国家高新区共同发起成立。",
    "记者从会上获悉，网络成员按省份分布如下：贵州有安顺、遵义、铜仁3家，福建有泉州，浙江有湖州、衢州2家，云南有楚雄，湖南有益阳、常德2家，四川有乐山。",
    "10家成员高新区2025年茶叶产业综合产值合计约860亿元。",
  ]),
];

describe("question classes (session 30)", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;
  const answer = (q: string) => grown.engine.answer(q);

  it("a count of something else than the members, asked with its old value ('开通时是26个，现在有多少个')", async () => {
    await answers("陶瓷网络的开放检测平台开通时是26个，现在有多少个了？", ["41"]);
  });

  it("a pilot's scope asked ('互认试点现在扩大到几家') is the pilot's, not the members", async () => {
    const a = await answer("陶瓷新材料网络的检测结果互认试点现在扩大到几家了");
    expect(a.answer).toContain("6家");
    expect(a.answer).not.toContain("现有成员");
  });

  it("a 年度会议 left open is not a council meeting of that year", async () => {
    const a = await answer("陶瓷新材料网络2026年度会议在哪开、什么时候开？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("尚未确定");
    expect(a.answer).not.toContain("淄博");
  });

  it("'哪几件事' asks the items of a plan", async () => {
    const a = await answer("景德镇高新区当陶瓷网络轮值主席期间准备干哪几件事？");
    expect(a.citations[0]?.quote).toContain("三件事");
    for (const item of ["产业图谱", "中试线", "设计大赛"]) expect(a.answer).toContain(item);
  });

  it("whether an old member left, when the lists are whole and none did", async () => {
    const a = await answer("陶瓷新材料网络这次扩容有没有老成员退出？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/^没有成员退出/);
    expect(a.citations.map((c) => c.quote).join("")).toContain("原有成员单位全部保留");
  });

  it("a change asked the other way round ('同比下降了9.6%') is corrected from the quote", async () => {
    const a = await answer("2025年沿江港口物流协同平台撮合的货运订单为什么同比下降了9.6%？");
    expect(a.answer).toMatch(/^其实不是下降/);
    expect(a.answer).toContain("同比增长9.6%");
  });

  it("two counts of one sentence swapped ('31场专题对接') are corrected from the quote", async () => {
    const a = await answer("沿江港口物流协同平台2025年开展的31场专题对接主要涉及哪些方面？");
    expect(a.answer).toMatch(/^其实不是31场专题对接/);
    expect(a.answer).toContain("64场");
  });

  it("what a document named without 《》 says is its sentence, not a figure of its zone", async () => {
    const a = await answer("芜湖高新区发布的低空经济高质量发展三年行动方案主要讲了什么？");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("十大工程");
  });

  it("'抓龙头' asks how a zone grows its leading firms, not who leads", async () => {
    const a = await answer("合肥高新区在集成电路上是怎么强链补链、抓龙头的？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("龙头企业带动配套企业集聚");
    expect(a.answer).not.toMatch(/^不是/);
  });

  it("a paragraph opened by a short heading of its own answers what the heading says", async () => {
    const a = await answer("合肥高新区在集成电路领域的成果转化搞出了哪些实效？");
    expect(a.citations[0]?.quote).toContain("晶圆级封装中试线");
  });

  it("members by province, some counted and some not, are read whole", async () => {
    await answers("茶叶网络有哪些成员？", ["泉州", "楚雄", "乐山", "衢州", "常德"]);
    await answers("茶叶网络里浙江的成员有哪几家？", ["湖州", "衢州"]);
  });
});
