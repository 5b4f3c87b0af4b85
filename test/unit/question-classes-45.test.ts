/**
 * Classes of questions and articles never seen, found in session 45, each over articles written for this test in new
 * words: a guess to confirm "X应该也在Y里吧"; a count claimed that the article gives to another act, with what that
 * act amounts to ("12个项目集中开工，总投资58.5亿元"); a date of a thing named in one clause and dated in the next
 * ("联合发布…路线图，首版路线图计划于…发布"); who or what on the way, when only whether is left open ("…能否获批尚未
 * 确定"); a part's lead said on a zone's own page ("我区…负责牵头建设网络X板块"); a zone's membership said in the clause
 * after the group's ("Y成立，我区系成员单位"); a brief of a 推介会 with what the zone counts, said in someone's words;
 * an expert's advice that goes on after their quotation ("“…”X表示，同时要…"); the newcomers of one province; a
 * secretariat's office inside its zone, asked with another seat.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t45-sensor", "国家高新区智能传感器产业协同创新网络在合肥启动", "2026-04-12", [
    "4月10日，国家高新区智能传感器产业协同创新网络启动会在合肥高新区召开，网络由合肥高新区牵头，首批成员共9家国家高新区。",
    "按照产业链分工，网络成员分为三大板块：敏感材料与芯片板块包括合肥高新区、无锡高新区、西安高新区；封装测试板块包括苏州高新区、郑州高新区、芜湖高新区；应用系统板块包括深圳高新区、厦门火炬高新区、重庆高新区。",
    "会议选举合肥高新区为网络理事长单位，网络秘书处设在合肥高新区科技创新局。",
    "据统计，启动会当天共有25个项目签约，总投资96亿元；12个项目集中开工，总投资58.5亿元。",
    "下一步，网络将重点推进三项工作：一是共建传感器中试验证平台；二是联合发布智能传感器技术路线图，首版路线图计划于今年9月底前发布；三是筹建网络协同创新基金，基金规模尚未确定。",
    "“发展智能传感器，关键要打通从敏感材料到整机应用的创新链条，形成上下游协同攻关的格局。”中国科学院合肥物质科学研究院研究员陈立新表示，同时要完善中试验证和标准检测服务体系，降低中小企业的创新成本。",
  ]),
  article("t45-sensor2", "智能传感器网络年中推进会吸纳新成员", "2026-07-16", [
    "7月15日，国家高新区智能传感器产业协同创新网络年中推进会在无锡高新区召开。",
    "会议审议通过了新成员入网申请，安徽省的蚌埠高新区、淮南高新区和江苏省的徐州高新区3家国家高新区正式加入网络，网络成员增至12家。",
  ]),
  {
    ...article("t45-wuhu", "我区积极融入国家高新区协同创新体系", "2026-08-01", [
      "今年4月，我区作为首批成员单位加入国家高新区智能传感器产业协同创新网络，并负责牵头建设网络封装测试板块。",
      "2024年9月8日长三角国家高新区联盟正式成立，我区系成员单位。",
      "此外，我区正在申请加入国家高新区光电子产业协同创新网络，申报材料已报送网络牵头单位武汉东湖高新区，最终能否获批尚未确定。",
    ]),
    source: "芜湖高新区管委会网站",
  },
  article("t45-zibo", "淄博高新区新材料产业推介会在上海举行", "2026-10-20", [
    "本报讯 10月18日，淄博高新区新材料产业推介会在上海举行，推介会旨在展示淄博高新区先进陶瓷和高分子材料产业的发展成效，吸引更多创新资源落地淄博。",
    "推介会上，淄博市副市长周明远表示，淄博高新区新材料企业突破80家，已形成从基础粉体到高端部件的完整链条。",
    "淄博高新区与北京化工大学、山东理工大学等30余家高校院所建立合作关系，共建新材料中试基地、先进陶瓷检测中心等一批创新平台。",
    "周明远说，举办此次推介会，是希望把淄博高新区的产业优势、营商环境和发展机遇讲清楚，与更多企业和机构结成合作伙伴。",
    "“目前，淄博高新区入驻企业430家，其中高新技术企业156家。”淄博高新区管委会主任李向东说，高新区正加快建设链条完整、配套完善的新材料产业集群。",
    "活动现场，6个项目集中签约，总投资32亿元；淄博高新区还为5位行业专家颁发了产业发展顾问聘书。",
    "推介会期间，与会企业代表参观了淄博高新区新材料产业成果展，并就合作事宜进行了深入交流。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 45: members, parts and dates", () => {
  it("answers a guess to confirm 'X应该也在Y里吧' as a membership check", async () => {
    await answers("重庆高新区应该也在智能传感器网络里吧？", ["是"], ["不是"]);
    await answers("成都高新区应该也在智能传感器网络里吧？", ["不"]);
  });

  it("answers the newcomers of one province, not its founding members", async () => {
    await answers("智能传感器网络新加入的安徽高新区有哪些？", ["蚌埠", "淮南"], ["合肥", "芜湖", "徐州"]);
  });

  it("says a secretariat's office inside its zone when it is asked with another seat", async () => {
    await answers("智能传感器网络的理事长单位和秘书处分别是？", ["合肥高新区", "科技创新局"]);
  });

  it("answers a part's lead said on a zone's own page ('我区…负责牵头建设网络X板块')", async () => {
    await answers("智能传感器网络的封装测试板块由哪家高新区牵头？", ["芜湖"], ["合肥高新区牵头"]);
  });

  it("reads a membership said in the clause after the group's ('Y成立，我区系成员单位')", async () => {
    await answers("芜湖高新区参加了哪些网络和联盟？", ["智能传感器", "长三角"]);
  });

  it("answers who received an application when only whether it is granted is open", async () => {
    await answers("芜湖高新区申请加入光电子网络，申报材料报给了哪家？", ["东湖"]);
    // (Whether it is granted is still the open question.)
    const open = await grown.engine.answer("芜湖高新区加入光电子网络的申请获批了吗？");
    expect(open.answer).toContain("尚未确定");
  });

  it("dates a thing named in one clause and dated in the next ('联合发布…路线图，首版路线图计划于…发布')", async () => {
    await answers("智能传感器网络的首版技术路线图打算什么时候发布？", ["9月底"]);
  });
});

describe("session 45: premises, briefs and remarks", () => {
  it("says what a count claimed counts, with the amount the next clause gives it", async () => {
    await answers("智能传感器网络启动会上签约了12个项目，总投资96亿元，对吗？", ["25", "58.5亿元"]);
  });

  it("briefs a 推介会 with what the zone counts, said in someone's words", async () => {
    await answers("简单介绍一下淄博高新区那场新材料产业推介会", ["10月18日", "上海", "430", "80家"]);
    // (What someone told there is their words, not the brief.)
    await answers("周明远在推介会上介绍了什么？", ["80家"]);
  });

  it("quotes an expert's advice on past their quotation ('“…”X表示，同时要…')", async () => {
    await answers("发展智能传感器产业该往哪些方面发力，专家有什么建议？", ["创新链条", "标准检测"]);
  });
});
