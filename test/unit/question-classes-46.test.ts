/**
 * Classes of questions and articles never seen, found in session 46, each over articles written for this test in new
 * words: a count a later report says grew ("…设立的联合实验室，已由去年的18个增至27个") stands in place of the earlier
 * report's; a secretariat handed over from a meeting the article reports ("此前设在A，自本次会议起移交B承担"); the
 * newcomers asked as "有哪些新成员加入"; a "建设交流会" that is no founding; a speaker of a zone at an occasion pointed out
 * by its host ("青岛那个交流会上，烟台高新区是谁介绍的").
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t46-ocean", "国家高新区海洋装备产业协同创新网络在青岛成立", "2026-03-20", [
    "3月18日，国家高新区海洋装备产业协同创新网络成立大会在青岛高新区举行，网络由青岛高新区牵头，首批成员8家：青岛高新区、烟台高新区、威海火炬高新区、大连高新区、舟山高新区、湛江高新区、厦门火炬高新区、连云港高新区。",
    "会议选举青岛高新区为首届轮值理事长单位。网络秘书处设在青岛高新区，秘书处任期三年。",
    "轮值理事长单位任期原则上为一年，在网络年会上交接。",
    "依托网络平台，青岛海洋装备研究院联合烟台、威海等地企业设立联合实验室合计18个。",
  ]),
  article("t46-ocean2", "海洋装备网络年会吸纳新成员 秘书处完成交接", "2026-11-12", [
    "11月10日，国家高新区海洋装备产业协同创新网络2026年年会在烟台高新区召开。",
    "会议审议通过新成员入网申请，北海高新区、防城港高新区正式加入网络，网络成员由8家增至10家。",
    "网络秘书处此前设在青岛高新区，自本次会议起移交烟台高新区承担，任期三年。",
    "据介绍，青岛海洋装备研究院联合网络成员单位的企业和高校，在沿海城市设立的联合实验室，已由去年的18个增至27个。",
    "一年来，成员单位之间签订技术转让合同63项，成交额8.2亿元。",
    "据悉，宁波高新区已提交加入网络的申请，将提交下一届理事会审议，正式加入时间尚未确定。",
    "“海工装备产业链条长，但配套企业分散、检测平台重复建设等问题仍然突出。”工业和信息化部规划司副司长周海涛在年会上表示，网络扩容就是要补齐链条短板、共享检测平台。",
    "“两家新成员补齐了网络在海上风电运维方面的短板。”孙立群说，北海高新区在海洋装备维修方面基础扎实，防城港高新区在港口装备制造方面优势明显。",
    "下一步，网络将推动检测平台共建共享。支持成员单位开放海洋工程水池等大型试验设施，探索建立检测结果互认机制。支持共同建设海洋装备中试基地，推动设备跨区域共用。",
  ]),
  article("t46-forum", "海洋经济高新区建设交流会在我区举行", "2026-10-09", [
    "10月8日，全国海洋经济高新区建设交流会在青岛高新区国际会展中心举行，沿海11个省份的高新区代表参加。",
    "烟台高新区管委会副主任孙立群介绍，烟台高新区持续推动海工装备龙头企业与配套企业对接，全年促成合作项目21个。",
    "在今年全市科技工作会议上，烟台高新区党工委书记韩振东介绍，烟台高新区将加快建设海洋装备中试基地。",
  ]),
  article("t46-xijiang", "西江流域高新区协同创新联盟在南宁成立", "2026-02-10", [
    "2月8日，西江流域高新区协同创新联盟成立大会在南宁高新区举行，联盟由南宁高新区牵头，首批成员为南宁高新区、柳州高新区、桂林高新区、肇庆高新区、梧州高新区、玉林高新区、北海高新区、百色高新区8家高新区。",
    "会议选举牵头单位南宁高新区当选理事长单位，肇庆高新区当选副理事长单位。",
    "联盟实行轮值主席制度，首任轮值主席单位为南宁高新区。",
    "谈及下一步工作，联盟提出：一是共建西江科创走廊；二是共建检验检测协作平台，该平台由肇庆高新区牵头建设；三是设立联盟产业协同基金。",
  ]),
  article("t46-xijiang2", "西江流域高新区联盟召开第二次联席会议", "2026-08-20", [
    "8月18日，西江流域高新区协同创新联盟第二次联席会议在柳州高新区召开，会上举行了轮值主席单位交接仪式，南宁高新区将联盟旗帜交予柳州高新区。",
    "柳州高新区自2026年8月起担任联盟轮值主席单位，任期一年。",
    "会议明确，南宁高新区继续担任联盟理事长单位；在原有副理事长单位肇庆高新区的基础上，新增梧州高新区、玉林高新区为副理事长单位。",
    "梧州高新区将牵头开展新能源装备联合攻关。",
    "柳州高新区管委会主任韦志强在联席会议上发言表示，柳州将推动汽车零部件企业与成员单位开展配套合作。",
    "据联盟秘书处统计，技术合同互认机制已于今年6月在成员高新区间试行。",
    "下一步，联盟将重点从3个方面推进工作：",
    "一是共建创新平台。支持成员单位开放重点实验室，绘制西江流域人才地图。",
    "二是开展联合攻关。建立西江装备关键技术联合攻关清单。",
    "三是共拓应用场景。每年发布一批西江场景清单。",
  ]),
  article("t46-xijiang3", "西江流域高新区联盟年会吸纳新成员", "2026-12-01", [
    "11月29日，西江流域高新区协同创新联盟2026年年会在肇庆高新区举行。",
    "年会审议通过了3家国家高新区的入盟申请，分别是广东省的云浮高新区、茂名高新区，以及广西的钦州高新区。",
    "至此，联盟成员由成立时的8家增至11家。",
    "联盟秘书处继续设在南宁高新区，但承担单位由南宁高新区科技局调整为南宁高新区创新服务中心。",
  ]),
  {
    ...article("t46-qingdao", "我区牵头筹建海洋牧场产业协同创新网络", "2026-09-20", [
      "在参与各网络建设的基础上，我区正在牵头筹建国家高新区海洋牧场产业协同创新网络。",
      "目前，已有上海张江高新区、厦门火炬高新区等表达了参与意向，网络的正式启动时间和首批成员名单尚未确定。",
      "此外，我区正在谋划牵头发起国家高新区深远海装备产业协同创新网络，筹建方案仍在论证中，启动时间和首批成员尚未确定。",
    ]),
    source: "青岛高新区管委会网站",
  },
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 46: counts, seats and members that changed", () => {
  it("answers a count a later report says grew, in place of the earlier report's", async () => {
    await answers("青岛海洋装备研究院的联合实验室现在有多少个？", ["27"], ["：18个"]);
    await answers("海洋装备网络的联合实验室有多少个", ["27"], ["：18个"]);
  });

  it("moves a secretariat handed over 'from this meeting' ('自本次会议起移交B承担')", async () => {
    await answers("海洋装备网络秘书处现在由哪家承担？", ["烟台"], ["设在青岛高新区（"]);
  });

  it("answers 'which new members joined' with the newcomers, not the whole list", async () => {
    await answers("海洋装备网络年会上有哪些新成员加入？", ["北海", "防城港"], ["舟山", "湛江"]);
  });
});

describe("session 46: occasions", () => {
  it("dates a 建设交流会 its host points out (no founding)", async () => {
    await answers("青岛办的那个海洋经济高新区建设交流会是哪天开的？", ["10月8日"]);
  });

  it("finds a zone's speaker at an occasion pointed out by its host", async () => {
    // (The person first; the related reports after it may quote the zone's other speaker.)
    const a = await grown.engine.answer("青岛那个建设交流会上，烟台高新区是谁来介绍的？");
    expect(a.answer).toMatch(/^孙立群/);
  });
});

describe("session 46: premises, applications and passages", () => {
  it("answers a join asked of a zone whose application the group's own article leaves open ('加入网络的申请')", async () => {
    // (Kind none: whether it joins is not known.)
    const open = await grown.engine.answer("宁波高新区加入海洋装备网络了吗？");
    expect(open.answer).toMatch(/^还没有/);
    const a = await grown.engine.answer("宁波高新区是什么时候正式加入海洋装备网络的？");
    expect(a.answer).toContain("尚未确定");
    const b = await grown.engine.answer("宁波高新区啥时候进的海洋装备网络");
    expect(b.answer).toContain("尚未确定");
  });

  it("reads the founding count as no wrong premise ('成立之初那8家'), naming newcomers only when asked", async () => {
    await answers("海洋装备网络成立之初那8家成员都是谁？", ["舟山", "连云港"], ["前提", "北海"]);
    await answers("海洋装备网络成立时几家？后来又加了哪些？", ["8", "北海", "防城港"]);
  });

  it("leaves out a zone named only to be told apart ('别和X搞混')", async () => {
    await answers("苏州高新区参加了哪些网络？注意别跟苏州工业园区弄混", ["集成电路"], ["纳米新材料"]);
  });

  it("corrects the zone a person is claimed to lead ('X是Y高新区的领导吧')", async () => {
    await answers("孙立群是青岛高新区的领导吧？", ["不是", "烟台"]);
  });

  it("gives the amount said right after a count ('签订技术转让合同63项，成交额8.2亿元')", async () => {
    await answers("海洋装备网络成员之间签了多少技术转让合同，成交额多少？", ["63", "8.2亿"]);
  });

  it("spells out a plan's head by the sentences after it, asked what it supports", async () => {
    await answers("在检测平台共建共享方面，海洋装备网络打算支持哪些事？", ["水池", "中试基地"]);
  });

  it("quotes the quotation that opens the speaker's paragraph, asked why", async () => {
    await answers("海洋装备网络为什么要扩容？", ["配套企业分散", "补齐链条短板"]);
  });

  it("answers why newcomers were taken in, asked with 为啥, by what is said of them", async () => {
    await answers("海洋装备网络为啥吸收北海、防城港这两家？", ["海上风电"]);
  });

  it("says where a rotating seat is handed over with its term ('任期原则上为一年，在网络年会上交接')", async () => {
    await answers("海洋装备网络的轮值理事长多久一换，在什么场合交接？", ["一年", "年会上交接"]);
  });
});

describe("session 46: a group's later report, plans and who leads what", () => {
  it("reads a seat's holder named by the role it has ('牵头单位A当选理事长单位') and holders kept ('在原有…的基础上')", async () => {
    await answers("西江联盟现在理事长和副理事长单位分别是谁", ["南宁", "肇庆", "梧州", "玉林"]);
    await answers("西江联盟现在的副理事长单位有哪几家？", ["肇庆", "梧州", "玉林"], ["没有列出全部"]);
  });

  it("answers who leads a piece of work said as '该平台由A牵头建设' or '牵头开展X联合攻关'", async () => {
    await answers("西江联盟的检验检测协作平台由谁牵头建？", ["肇庆"], ["南宁"]);
    await answers("西江联盟里新能源装备联合攻关是哪家牵头", ["梧州"], ["南宁"]);
  });

  it("dates a handover asked by the day when the seat's sentence gives only the month", async () => {
    await answers("西江联盟轮值主席交接是哪一天？", ["8月18日"]);
  });

  it("dates an act asked as '是从什么时候开始试行的'", async () => {
    await answers("西江联盟的技术合同互认是从什么时候开始试行的？", ["6月"]);
  });

  it("quotes a plan made at the founding, asked '成立时说下一步要做哪几件事'", async () => {
    // (The founding's plan first; a later one may follow it.)
    const a = await grown.engine.answer("西江联盟成立时说下一步要做哪几件事？");
    expect(a.answer).toMatch(/^据《西江流域高新区协同创新联盟在南宁成立》：谈及下一步工作/);
    expect(a.answer).toContain("产业协同基金");
  });

  it("quotes each short item of a plan with the sentence that says what it is", async () => {
    await answers("西江联盟下一步要从哪几个方面推进工作？", ["人才地图", "联合攻关清单"]);
  });

  it("answers who means to join when the same sentence leaves the members open", async () => {
    await answers("青岛牵头筹建的海洋牧场网络，目前有哪些高新区表示想参加？", ["张江", "厦门"]);
  });
});

describe("session 46: the review's findings", () => {
  it("answers the earlier count when the earlier time is asked, and both when both are", async () => {
    await answers("海洋装备网络原来的联合实验室有多少个？", ["18"], ["27个（"]);
    await answers("海洋装备网络的联合实验室现在有多少个，之前多少个？", ["27", "18"]);
  });

  it("confirms a person of a zone's management committee as its leader ('中关村管委会…副主任')", async () => {
    await answers("张宇蕾是中关村示范区的领导吧？", ["是的"], ["不是"]);
  });

  it("gives the list now when it is asked beside the newcomers", async () => {
    await answers("海洋装备网络新增了哪些成员，现在的成员名单是什么？", ["北海", "舟山", "连云港"]);
  });

  it("says a founding list changed since without naming newcomers it was not asked about", async () => {
    await answers("海洋装备网络成立时那8家是哪些？", ["舟山", "此后增至10家"], ["北海", "防城港"]);
  });
});

describe("session 46: after the finals", () => {
  it("reads joins granted and named by province ('分别是广东省的A、B，以及广西的C')", async () => {
    await answers("西江联盟现在有哪些成员？", ["云浮", "茂名", "钦州", "百色"]);
  });

  it("asks who someone is by '什么来头'", async () => {
    await answers("贾敬敦什么来头？", ["火炬中心主任"]);
  });

  it("checks a ministry body claimed for a person ('X是科技部火炬中心的领导吗')", async () => {
    await answers("何年初是科技部火炬中心的领导吗？", ["不是", "工业和信息化部火炬中心"]);
  });

  it("corrects a share claimed against the share written ('一半以上' of 四成)", async () => {
    await answers("有人说中关村的人工智能企业占了全国一半以上，对吗？", ["不是", "四成"]);
  });

  it("answers 有 when '有…吗' is asked of a count above nothing", async () => {
    await answers("苏州工业园区首季重大项目推进会上有项目签约吗？", ["有"]);
  });

  it("says a membership a partial list cannot settle is not known (kind none)", async () => {
    const a = await grown.engine.answer("南宁高新区加入新型显示网络了没有？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("无法确定");
  });

  it("answers who means to lead a network still being planned", async () => {
    await answers("有没有高新区打算牵头搞深远海装备的协同创新网络？是哪家", ["青岛"]);
  });

  it("says the body inside the zone that now runs a secretariat ('承担单位由A调整为B')", async () => {
    await answers("西江联盟秘书处现在具体由哪个单位承担？", ["创新服务中心"]);
  });
});

describe("session 46: the second review's findings", () => {
  it("does not take an act's lead from another group's article ('联合攻关是哪家牵头')", async () => {
    await answers("海洋装备网络的联合攻关是哪家牵头", ["青岛"], ["梧州"]);
  });

  it("does not quote another group's founding plan", async () => {
    const a = await grown.engine.answer("海洋装备网络成立时说下一步要做哪几件事？");
    expect(a.answer).not.toContain("科创走廊");
  });

  it("keeps the newcomers alone when 现在 asks what was added", async () => {
    await answers("海洋装备网络现在新增了哪些成员？", ["北海", "防城港"], ["舟山"]);
  });

  it("keeps the earlier count beside the later one when the difference is asked", async () => {
    await answers("海洋装备网络的联合实验室比原来多了多少个？", ["27", "18"]);
  });

  it("states no zone's speaker at another meeting as the one pointed out ('南宁那次成立大会上')", async () => {
    // (The facts name no one; the passages may still quote the other meeting's sentence, which says where it was.)
    const a = await grown.engine.answer("南宁那次成立大会上，柳州高新区是谁发言的？");
    expect(a.answer).not.toMatch(/^韦志强/);
    expect(a.kind).not.toBe("fact");
  });
});
