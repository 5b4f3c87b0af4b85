/**
 * Classes of questions never seen, found in session 29, each over an article written for this test in new words.
 * A plan whose sentence counts its items ("将重点抓好三件事：一是…") is quoted whole however it is asked ("接下来准备
 * 怎么干"); what will happen, asked "会不会", of something an article leaves open ("目前尚无定论", "将通过公开招标
 * 确定") is not known yet, with that sentence — and a move asked of the future ("会不会搬到A去") claims nothing of where
 * the seat is now; the chair's term is the chair's own rule, not another seat's that follows it ("秘书处是否随理事长
 * 单位一并轮换"); an anniversary counted ("三周年大会") is not another year's; a change made at a meeting said as
 * "昨天" is dated the day before the article.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t29-salt", "盐湖资源综合利用产业协同创新网络召开推进会", "2026-06-20", [
    "6月18日，国家高新区盐湖资源综合利用产业协同创新网络推进会在格尔木高新区召开。网络由格尔木高新区牵头，海西、拉萨、银川等7家国家高新区参与。",
    "会议确定，今后一个时期网络将重点抓好三件事：一是共建盐湖提锂中试基地，面向成员企业开放共享；二是编制盐湖资源综合利用技术路线图；三是联合培养盐化工专业技术人才。",
    "格尔木高新区管委会副主任祁永泰表示，网络将把协同攻关放在首位。",
  ]),
  article("t29-ridge", "秦岭北麓四家国家高新区组建协同创新联盟", "2026-04-10", [
    "4月9日，秦岭北麓国家高新区协同创新联盟成立大会在宝鸡高新区举行。宝鸡高新区、杨凌示范区、渭南高新区、汉中高新区共同签署联盟章程。",
    "根据章程，联盟理事长单位由成员单位按年度轮流担任，每届任期一年，首届理事长单位为宝鸡高新区。联盟秘书处设在杨凌示范区。",
    "至于秘书处今后是否随理事长单位一并轮换、办公地点是否随之调整，章程没有写明，联盟将在下次理事会上再作讨论，目前尚无定论。",
    "联盟还将设立科技成果转化基金，首期规模3亿元，基金管理人将通过公开招标确定。",
  ]),
  article("t29-ridge2", "秦岭北麓高新区联盟成立三周年大会召开 商洛高新区入盟", "2026-11-06", [
    "本报讯（记者 苗青）昨天，秦岭北麓国家高新区协同创新联盟成立三周年大会在渭南高新区召开。",
    "会上，商洛高新区经理事会审议通过，正式加入联盟，联盟成员由4家增至5家。",
  ]),
  article("t29-ridge1", "秦岭北麓高新区联盟召开成立周年大会", "2025-04-12", [
    "4月11日，秦岭北麓国家高新区协同创新联盟周年大会在汉中高新区召开，会议总结了联盟一年来的工作。",
  ]),
  article("t29-hydrogen", "九家国家高新区组建氢能产业协同创新网络", "2026-05-15", [
    "本报讯（记者 田野）5月14日，国家高新区氢能产业协同创新网络启动仪式在潍坊高新区举行。来自全国6个省（区、市）的9家国家高新区共同签署网络共建协议，国家高新区在氢能领域也有了跨区域协同的平台。",
    "该网络由潍坊高新区牵头发起。按省份看，山东1家，即牵头的潍坊高新区；河北、河南、山西各2家，分别为承德高新区和邢台高新区、安阳高新区和焦作高新区、长治高新区和晋城高新区；陕西、宁夏各1家，分别为渭南卤阳湖高新区和石嘴山高新区。",
    "记者注意到，成员单位各有所长：承德、邢台在制氢装备环节优势明显；安阳、焦作在储运环节形成集聚。",
  ]),
  article("t29-drone", "无人机产业协同创新网络在珠海成立", "2026-08-21", [
    "8月20日，国家高新区无人机产业协同创新网络成立大会在珠海高新区举行，由珠海高新区牵头，七家国家高新区共同签署合作备忘录。",
    "据介绍，网络成员按产业链环节分布：整机研发环节，有深圳高新区和成都高新区；飞控与导航环节，有西安高新区、南京高新区；行业应用与运营环节，有长沙高新区和武汉东湖高新区。加上牵头的珠海高新区，网络成员共七家。",
  ]),
];

describe("question classes found in session 29", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("a plan whose sentence counts its items is quoted whole, however it is asked", async () => {
    for (const q of ["盐湖资源网络接下来准备怎么干？", "盐湖资源综合利用网络今后打算做点啥"])
      await answers(q, ["共建盐湖提锂中试基地", "编制盐湖资源综合利用技术路线图", "联合培养盐化工专业技术人才"]);
  });

  it("whether something will happen, of what an article leaves open, is not known yet, with its sentence", async () => {
    for (const q of ["秦岭北麓联盟秘书处明年会不会跟着理事长单位搬到渭南去？", "秦岭北麓联盟秘书处以后会不会轮换"]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("none");
      expect(a.answer, q).toContain("目前尚无定论");
      expect(a.answer, q).not.toContain("前提");
    }
  });

  it("what is to be chosen by a tender is not known yet", async () => {
    const a = await grown.engine.answer("秦岭北麓联盟成果转化基金的管理人是哪家机构？");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("基金管理人将通过公开招标确定");
  });

  it("the chair's term is the chair's own rule, not another seat's that follows it", async () => {
    for (const q of ["秦岭北麓联盟理事长单位一届干多久？", "秦岭北麓联盟理事长单位任期多长"]) {
      await answers(q, ["每届任期一年"], ["尚无定论"]);
    }
  });

  it("an anniversary counted is that year's occasion, not the first", async () => {
    await answers("秦岭北麓联盟三周年大会是哪一天开的？", ["2026年11月5日"], ["2025年4月11日"]);
    await answers("秦岭北麓联盟周年大会是在哪开的", ["汉中"], ["渭南"]);
  });

  it("members told province by province, counted, without a colon, each pair joined by 和", async () => {
    await answers("氢能产业协同创新网络有哪些成员？", [
      "潍坊",
      "承德",
      "邢台",
      "安阳",
      "焦作",
      "长治",
      "晋城",
      "渭南",
      "石嘴山",
    ]);
    await answers("氢能网络里河南的成员是哪几家", ["安阳", "焦作"], ["承德", "邢台"]);
  });

  it("members told by their part of the chain, each part a clause with 有, the lead added after", async () => {
    await answers("无人机产业协同创新网络的成员名单", ["珠海", "深圳", "成都", "西安", "南京", "长沙", "东湖"]);
    await answers("无人机网络里做飞控与导航的是哪些高新区", ["西安", "南京"], ["深圳", "长沙"]);
  });

  it("a change made at a meeting said as yesterday is dated the day before the article", async () => {
    await answers("商洛高新区什么时候加入秦岭北麓联盟的？", ["2026年11月5日"], ["本报讯"]);
  });
});
