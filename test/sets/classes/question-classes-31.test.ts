/**
 * Classes of questions never seen, found in session 31, each over an article written for this test in new words.
 * A province's zones written short and counted after them ("山东省的A、B、C3家高新区") keep their province, a zone
 * no other article names among them; a post's length said before its first holder ("轮值主席单位任期一年，首任…由A
 * 担任，任期自…至…") is its term's length; a term said "两年，至2028年9月" ends then; "任期到哪年哪月" asks until
 * when, not the founding; a second part asking a term ("杭州这一届到什么时候") is about the seat the first asks; a
 * second part pointing at "这个联盟" inside it is about the group the first part's answer names; a later term's plan
 * asked item by item ("第二届秘书处…主要做哪几件事") is what the article says; two occasions of one group asked
 * "分别在哪开" are each answered.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t31-river", "沿运河九家高新区组建大运河高新区协同创新联盟", "2026-05-21", [
    "5月20日，大运河国家高新区协同创新联盟在扬州高新区成立。来自沿运河4个省市的9家国家高新区共同签署联盟章程。",
    "联盟由扬州高新区牵头发起。从地域分布看，成员自北向南依次为：北京市的中关村科技园区；天津市的天津滨海高新区；河北省的沧州、衡水2家高新区；山东省的德州、聊城、鲁西运河3家高新区；江苏省的扬州高新区、淮安高新区。",
    "联盟秘书处设在扬州高新区，日常工作由扬州高新区科技局承担。",
  ]),
  article("t31-river2", "大运河高新区联盟召开2027年度会议 秘书处完成交接", "2027-05-26", [
    "5月25日，大运河国家高新区协同创新联盟2027年度会议暨秘书处交接仪式在德州高新区举行。",
    "会上，首届秘书处所在地扬州高新区向德州高新区移交了联盟档案，德州高新区正式承担第二届联盟秘书处工作，任期两年，至2029年5月。",
    "会议审议通过了宿州高新区的入盟申请。至此，联盟成员增至10家。",
    "第二届秘书处明确了2027—2028年度三项重点工作：一是年内上线“运河创新云”服务平台；二是由德州高新区牵头组建运河装备再制造创新联合体；三是举办运河沿线文旅科技场景对接会。",
  ]),
  article("t31-pump", "国家高新区工业泵阀产业协同创新网络在温州启动", "2026-04-09", [
    "4月8日，国家高新区工业泵阀产业协同创新网络在温州高新区启动，温州、台州、铁岭、合肥、大连、兰州6家国家高新区为首批成员。",
    "根据会上审议通过的《网络工作规则》，轮值主席单位任期一年，首任轮值主席单位由温州高新区担任，任期自2026年4月至2027年4月。",
  ]),
  article("t31-pump2", "工业泵阀网络年度大会举行 轮值主席交至台州", "2027-04-15", [
    "4月14日，国家高新区工业泵阀产业协同创新网络年度大会在台州高新区举行。",
    "会上，网络轮值主席单位由温州高新区移交至台州高新区。",
    "记者了解到，按照网络工作规则，台州高新区的任期至2028年4月。",
  ]),
  article("t31-space", "国家高新区氢能装备产业协同创新网络在张家口启动", "2026-02-26", [
    "2月25日，国家高新区氢能装备产业协同创新网络启动仪式在张家口高新区举行。在工业和信息化部指导下，张家口高新区牵头，联合全国7家在氢能装备领域具有产业基础的国家高新区，共同组建这一跨区域协同创新网络。",
    "按所在省份划分，首批成员单位包括：上海的上海紫竹高新区；山东的潍坊高新区；四川的成都高新区、自贡高新区；辽宁的大连高新区；广东的佛山高新区；湖北的武汉东湖高新区；以及河北的张家口高新区。八家高新区覆盖了制氢、储运、加注和燃料电池等主要环节。",
    "网络设立理事会，张家口高新区为首届理事长单位，潍坊高新区担任常务副理事长单位，并将于2028年接任第二届理事长单位。",
    "启动仪式上，成员单位共同发布了首批开放共享平台清单，涵盖检测认证、中试验证等各类平台16个。",
    "网络由张家口高新区牵头发起，在工业和信息化部火炬中心和河北省科学技术厅指导下组建。",
    "对于下一步工作，网络明确了两项重点任务：一是建立“氢装共享”配套企业目录，2026年9月底前完成首批不少于120家配套企业入库；二是年内发布首批技术攻关榜单。",
    "此外，唐山、邯郸两地的省级高新区以观察员身份列席了启动仪式。唐山、邯郸等观察员单位何时转为正式成员，章程未作规定。",
    "按照计划，2027年网络年会拟在成都高新区举办。",
  ]),
  article("t31-space2", "氢能装备网络召开2027年年会 成员增至9家", "2027-03-16", [
    "3月15日，国家高新区氢能装备产业协同创新网络2027年年会在潍坊高新区召开。",
    "年会审议通过了成员调整方案。苏州高新区、嘉兴高新区加入网络，包头稀土高新区也同步入网。大连高新区因产业布局调整，申请不再作为网络成员单位，年会同意其退出。调整后，网络成员单位由成立时的8家变为10家。",
    "网络共享平台由启动时的16个增加到29个。",
    "根据网络工作规则，网络秘书处每届任期两年，由理事会在成员单位中推选产生。首届秘书处设立时尚无轮值制度，未约定任期。",
    "网络秘书处继续设在张家口高新区，理事长单位交接后也不随之变动。",
  ]),
  article("t31-speech", "访科技部火炬中心负责人韩立新", "2026-08-02", [
    "“近年来，特色产业集群建设势头良好。”韩立新说，一是聚焦“协同”，着力打通跨区域合作渠道，促进了集群之间的资源共享。如苏州工业园区纳米技术产业集群、合肥高新区智能语音产业集群等都是通过跨区域协同，提升了产业链的整体竞争力。",
    "二是聚焦“人才”，着力引育高端人才，夯实了集群发展的基础。",
  ]),
  article("t31-pump3", "工业泵阀网络年度大会举行 下一任轮值主席明确", "2027-04-16", [
    "会议明确，下一任轮值主席单位为铁岭高新区，将于2028年年会接任。",
    "香港生产力促进局作为特邀合作机构出席年度大会。港澳机构是否以及以何种方式加入网络，目前还没有时间表。",
    "目前，网络成员按省份看，浙江两家，分别是温州、台州高新区；辽宁两家，分别是铁岭、大连高新区；安徽一家，即合肥高新区；甘肃一家，即兰州高新区。此外，瑞安、玉环两家浙江省级高新区以观察员身份参与网络活动，不计入成员单位。",
  ]),
  article("t31-salt", "盐湖化工高新区联盟召开2027年度会议 秘书处交接", "2027-06-20", [
    "6月18日，盐湖化工国家高新区协同创新联盟2027年度会议在格尔木高新区召开，首届秘书处所在地格尔木高新区将秘书处工作移交茫崖高新区。",
    "根据轮值制度，联盟秘书处每届任期两年。据此，第三届秘书处将由甘肃省的成员高新区承担，但具体由金昌、白银两家高新区中的哪一家承接，此次会议没有确定。",
    "联盟理事长单位每届任期两年，由成员单位轮流担任，第二届理事长单位将在2028年理事会换届时选举产生。",
    "青海省科学技术厅副厅长马晓川表示，联盟要把盐湖资源综合利用作为协同重点。",
    "“我们要让盐湖里的每一种元素都找到用武之地，让成员高新区之间的配套真正‘短’起来。”",
  ]),
  article("t31-salt0", "盐湖化工国家高新区协同创新联盟成立", "2025-06-12", [
    "6月11日，盐湖化工国家高新区协同创新联盟在格尔木高新区成立，格尔木、茫崖、金昌、白银4家国家高新区共同发起，联盟秘书处设在格尔木高新区。",
  ]),
  article("t31-salt1", "盐湖化工联盟明确2026年度轮值安排", "2026-01-10", [
    "根据联盟工作规则，2026年度轮值主席单位由格尔木高新区担任，金昌高新区、白银高新区为副主席单位。",
  ]),
  article("t31-salt2", "盐湖化工联盟2027年度轮值安排出炉", "2026-12-20", [
    "会上，2026年度轮值主席单位格尔木高新区将轮值主席交接给茫崖高新区，茫崖高新区担任2027年度轮值主席单位；格尔木高新区、金昌高新区为2027年度副主席单位。",
  ]),
  article("t31-cell", "国家高新区动力电池产业协同创新网络在宜宾启动", "2026-05-12", [
    "5月11日，国家高新区动力电池产业协同创新网络启动大会在宜宾高新区举行。该网络由宜宾高新区牵头，联合10家在动力电池领域具有产业基础的国家高新区共同组建。",
    "按照产业链环节划分，网络成员覆盖“材料—电芯—回收”全链条。上游材料环节，遂宁、赣州、宁德3家高新区在锂盐、前驱体和负极材料方面基础雄厚；中游电芯环节，除牵头单位宜宾高新区外，还包括常州、溧阳和肇庆高新区；下游回收环节，荆门、衢州、贵阳高新区在梯次利用和再生材料方面各具特色。此外，襄阳高新区将依托其检测资源，为网络提供电池安全测试服务。至此，网络首批成员共十一家高新区。",
    "会上，网络发布了首批共享平台清单，共30个平台。",
    "首届理事长单位由宜宾高新区担任，常州高新区为副理事长单位。",
  ]),
  article("t31-cell2", "动力电池网络召开2027年度会议 副理事长单位增至3家", "2027-05-20", [
    "5月19日，国家高新区动力电池产业协同创新网络2027年度会议在常州高新区召开。",
    "会议同意增补溧阳高新区为副理事长单位。",
    "至此，网络副理事长单位增至3家，分别为常州高新区、肇庆高新区和溧阳高新区。",
    "据秘书处统计，网络共享平台由启动时的30个增至44个；2026年，网络平台共促成产学研合作项目27个，较2025年的8个大幅增长。",
    "会议同意吉安高新区、上饶高新区两家省级高新区正式加入网络。",
    "按调整后的13家成员口径统计，2026年网络成员高新区动力电池产业规模合计约9800亿元。",
  ]),
  article("t31-sea0", "环渤海高新区协同创新联盟成立", "2026-01-20", [
    "1月19日，环渤海国家高新区协同创新联盟在天津滨海高新区成立，天津滨海、大连、烟台、锦州、营口5家国家高新区共同发起。",
    "首届轮值主席单位由天津滨海高新区担任，大连高新区、烟台高新区为副主席单位。联盟秘书处设在天津滨海高新区。",
    "联盟常务理事单位由天津滨海、大连、烟台3家高新区组成。",
  ]),
  {
    ...article("t31-sea1", "环渤海联盟2026年年会举行 我区接任轮值主席单位", "2026-12-22", [
      "12月20日，环渤海国家高新区协同创新联盟2026年年会在营口高新区举行。年会上，首届轮值主席单位天津滨海高新区将联盟会旗交给大连高新区，我区正式接任联盟第二届轮值主席单位，任期自2027年1月1日起，为期一年。",
      "按照理事会决定，天津滨海高新区卸任轮值主席后继续担任副主席单位。",
      "年会审议通过了潍坊高新区、东营高新区等2家国家高新区的入盟申请。",
      "会议同时调整了常务理事会组成，锦州高新区当选常务理事单位，常务理事单位由3家增至4家。",
      "会上，联盟秘书处完成交接，由天津滨海高新区移交至大连高新区。此后联盟秘书处仍常设在大连高新区，不随轮值主席单位变动。",
      "“接过担子，我们要把服务做在前面。”我区管委会副主任宋海波在接任发言中表示。",
    ]),
    source: "大连高新区管委会",
  },
  article("t31-glass", "国家高新区光伏玻璃产业协同创新网络在蚌埠启动", "2026-06-03", [
    "6月2日，国家高新区光伏玻璃产业协同创新网络启动大会在蚌埠高新区召开。由蚌埠高新区牵头，全国八家国家高新区共同发起成立该网络。",
    "从地域分布看，安徽有蚌埠、芜湖2家高新区，江苏有宿迁高新区，浙江有嘉兴、湖州2家高新区，河北有秦皇岛高新区，福建有漳州高新区，四川有德阳高新区，成员分布在6个省。",
  ]),
  {
    ...article("t31-glass1", "光伏玻璃网络2026年理事会议在我区召开", "2026-10-15", [
      "10月12日，国家高新区光伏玻璃产业协同创新网络2026年理事会议在我区召开。按照网络工作规则，网络秘书处由蚌埠高新区正式移交至芜湖高新区。",
    ]),
    source: "芜湖高新技术产业开发区管理委员会",
  },
  article("t31-salt3", "盐湖化工联盟秘书处交接", "2027-08-08", [
    "8月5日，国家高新区盐湖提锂中试平台联盟会议在格尔木高新区举行。次日，盐湖化工国家高新区协同创新联盟2027年常务理事会在茫崖高新区召开，联盟秘书处正式由茫崖高新区移交至金昌高新区。",
  ]),
  article("t31-river1", "大运河高新区联盟召开成立周年会议", "2026-11-12", [
    "11月11日，大运河国家高新区协同创新联盟成立周年会议在聊城高新区召开。",
  ]),
];

describe("session 31 question classes", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;
  const answer = (q: string) => grown.engine.answer(q);

  it("reads a province's zones counted after them, a zone no other article names among them", async () => {
    await answers("大运河联盟山东的成员有哪些", ["德州", "聊城", "鲁西运河"]);
  });

  it("gives a post's length said before its first holder with the holder's months", async () => {
    await answers("泵阀网络首任轮值主席单位是谁？轮值主席任期多长？", ["温州", "一年"]);
  });

  it("gives until when a term said with its length runs", async () => {
    await answers("大运河联盟秘书处任期到哪年哪月", ["德州", "2029年5月"]);
  });

  it("reads until when a term runs as no date the group was founded on", async () => {
    const a = await answer("大运河联盟秘书处是谁交给谁的？新一届任期到哪年哪月？");
    expect(a.answer).toContain("2029年5月");
    expect(a.answer).not.toContain("成立");
  });

  it("asks a second part's term of the seat the first part asks", async () => {
    await answers("泵阀网络的轮值主席一届干几年？台州这一届到什么时候？", ["一年", "2028年4月"]);
  });

  it("reads 这个联盟 inside a second part as the group the first part's answer names", async () => {
    await answers("宿州高新区加入的是哪个联盟？加入后这个联盟共有多少家成员？", ["大运河", "10家"]);
  });

  it("answers a later term's plan asked item by item from the article", async () => {
    await answers("大运河联盟第二届秘书处接手后，2027到2028年主要做哪几件事？", ["运河创新云", "再制造", "文旅"]);
  });

  it("reads a province list whose last chunk opens with 以及", async () => {
    await answers("氢能装备网络首批有哪些成员", ["8家", "武汉东湖", "张家口"]);
  });

  it("reads every clause of a sentence that tells of joins", async () => {
    await answers("氢能装备网络现在有哪些成员", ["10家", "苏州", "嘉兴", "包头"]);
  });

  it("answers which of the zones a place name may mean is a member", async () => {
    await answers("上海是哪家高新区加入了氢能装备网络？", ["紫竹"], ["张江"]);
  });

  it("reads a later term a clause's holder takes after a comma", async () => {
    await answers("氢能装备网络第二届理事长单位是谁", ["潍坊"]);
    await answers("氢能装备网络理事长一届干几年？潍坊哪年接任？", ["2028"]);
  });

  it("answers how a seat's holder is chosen by the rule every term follows", async () => {
    await answers("氢能装备网络秘书处由谁推选", ["由理事会在成员单位中推选产生"], ["尚无轮值制度"]);
  });

  it("says a seat is still where it was when asked so", async () => {
    const a = await answer("氢能装备网络换了理事长之后，秘书处还在张家口吗？");
    expect(a.answer).toMatch(/^是的，还在。/);
  });

  it("finds beside the quotes a sentence that leaves open what is asked", async () => {
    const a = await answer("唐山、邯郸两家什么时候从观察员转成氢能装备网络正式成员？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("章程未作规定");
  });

  it("asks the passages whether places no list names are full members", async () => {
    await answers("唐山和邯郸算不算氢能装备网络的正式成员啊？", ["观察员"]);
  });

  it("reads a deadline asked as no founding date, and an amount the same quote gives", async () => {
    const a = await answer("氢能装备网络说要建“氢装共享”配套企业目录，首批入库截止到什么时候？要入多少家？");
    expect(a.answer).toContain("2026年9月底");
    expect(a.answer).toContain("120家");
    expect(a.answer).not.toMatch(/^国家高新区氢能装备产业协同创新网络于/);
    expect(a.answer).not.toContain("共有8家");
  });

  it("computes how much a count grew when asked, and takes no 在 of 现在 for a place", async () => {
    const a = await answer("氢能装备网络的共享平台现在有多少个了？比启动的时候多了几个？");
    expect(a.answer).toContain("增加了13个");
    expect(a.answer).not.toContain("前提有误");
  });

  it("says the seat a zone holds when asked whether it leads", async () => {
    await answers("潍坊现在成了氢能装备网络的牵头单位了吗？", ["不是", "常务副理事长单位"]);
  });

  it("reads the bodies that guided a founding said after its lead", async () => {
    await answers("氢能装备网络在哪些部门指导下组建的？", ["火炬中心", "河北省科学技术厅"]);
  });

  it("gives the examples a person gave after the point the question names", async () => {
    const a = await answer("韩立新举了哪几个靠跨区域协同提升竞争力的集群例子？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("智能语音产业集群");
  });

  it("gives the year a later holder takes a seat over at a meeting", async () => {
    await answers("泵阀网络台州之后下一任轮值主席是谁，什么时候接任", ["铁岭", "2028年年会"]);
  });

  it("reads 'no timetable yet' as left open", async () => {
    const a = await answer("香港生产力促进局啥时候能正式加入泵阀网络？有时间表吗");
    expect(a.kind).toBe("none");
  });

  it("reads an aside that leaves observers out as part of a member list question", async () => {
    await answers("泵阀网络浙江的正式成员有哪几家（观察员不算）？", ["温州", "台州"], ["瑞安"]);
  });

  it("says no network of a field no article names exists, asked before another question", async () => {
    const a = await answer("有没有深海装备产业协同创新网络？是哪个高新区牵头的？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("没有");
  });

  it("answers 'what can you do' said colloquially", async () => {
    const a = await answer("你能干点啥？");
    expect(a.answer).toMatch(/^我是高新区协同助手/);
  });

  it("corrects a title said without its 副 before the name ('火炬中心主任何年初')", async () => {
    const a = await answer("火炬中心主任何年初在淮河联盟周年会上讲了哪些重点？");
    expect(a.answer).toMatch(/^问题的前提有误/);
    expect(a.answer).toContain("副主任");
  });

  it("asks the first part again of the chain part the second names ('封装测试这块又是哪些')", async () => {
    await answers(
      "集成电路产业链里，哪些高新区在深耕芯片制造？封装测试这块又是哪些？",
      ["重庆", "合肥", "无锡"],
      ["南京"],
    );
  });

  it("reads a later term's seat claimed as decided as left open, not as where the seat is now", async () => {
    const a = await answer("盐湖联盟第三届秘书处已经定在金昌高新区了，对吧？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("没有确定");
  });

  it("answers the province a later term is decided for, though the zone is open", async () => {
    const a = await answer("盐湖联盟第三届秘书处轮到哪个省了？具体哪家定了没？");
    expect(a.kind).not.toBe("none");
    expect(a.answer).toContain("甘肃");
  });

  it("answers how a later holder will be chosen when asked how", async () => {
    await answers("盐湖联盟理事长单位一届干几年？第二届什么时候、怎么产生？", ["两年", "2028年理事会换届时选举产生"]);
  });

  it("answers the name asked by a title, then what that person said", async () => {
    await answers("青海省科学技术厅那个副厅长叫什么名字？他在盐湖联盟会上说了啥", ["马晓川", "盐湖资源综合利用"]);
  });

  it("quotes the words a speaker goes on with in a quotation of its own", async () => {
    await answers("马晓川在盐湖联盟会上说了些什么？", ["用武之地"]);
  });

  it("counts a seat without a term as the year its sentence names, asked of that year", async () => {
    await answers("盐湖联盟2026年度的轮值主席单位和副主席单位分别是谁", ["金昌", "白银"], ["茫崖"]);
  });

  it("spells out what a short plan sentence announces when asked what is to be done", async () => {
    await answers("网络内创新平台共建共享，具体要做哪些事情？", ["中试平台"]);
  });

  it("reads members by chain part with the lead inside a part ('除牵头单位A外，还包括') and one more after ('此外')", async () => {
    await answers("动力电池网络首批有哪些成员？", ["宜宾", "遂宁", "溧阳", "贵阳", "襄阳"]);
    await answers("动力电池网络中游电芯环节包括哪些高新区？", ["宜宾", "常州", "溧阳", "肇庆"], ["遂宁"]);
  });

  it("counts those the lead joined with ('联合了多少家')", async () => {
    await answers("宜宾高新区是联合了多少家高新区一起组建动力电池网络的？", ["10家"]);
  });

  it("reads a seat's holders when it grew to a count, all of them", async () => {
    await answers("动力电池网络现在的副理事长单位有哪些", ["常州", "肇庆", "溧阳"], ["新增"]);
  });

  it("computes how much more a figure is than the earlier one its sentence compares it with", async () => {
    await answers("动力电池网络2026年促成了多少个产学研项目？比2025年多了几个？", ["27", "增加了19个"]);
  });

  it("reads newcomers called provincial, and answers their level asked after them", async () => {
    await answers("动力电池网络新吸收的成员是谁？是国家级的吗", ["吉安", "不是", "省级"]);
  });

  it("finds a figure whose label names whose it is ('网络成员高新区…产业规模')", async () => {
    await answers("动力电池网络2026年产业规模多大", ["9800亿元"], ["吉安"]);
  });

  it("corrects a member count the question states wrongly", async () => {
    const a = await answer("动力电池网络那15家首批成员都是哪些？");
    expect(a.answer).toMatch(/^问题的前提有误/);
    expect(a.answer).toContain("11家");
  });

  it("corrects a second amount a question asks to confirm", async () => {
    const a = await answer("苏州工业园区首季重大项目推进会上80个重点项目签约，总投资500亿元，是这样吗？");
    expect(a.answer).toMatch(/^不是500亿元/);
  });

  it("corrects a wrong lead stated before a question about that zone's person", async () => {
    await answers("纳米新材料网络是上海张江牵头的，那张江的负责人怎么说的？", ["不是", "苏州工业园区"]);
  });

  it("reads which zones lead the pilot networks, asked '哪些高新区牵头，率先试点'", async () => {
    await answers("工信部推动了哪些国家高新区牵头，率先试点建设产业协同创新网络？", [
      "张江",
      "东湖",
      "无锡",
      "苏州工业园区",
    ]);
  });

  it("reads 高薪区 as 高新区, and a topic said again first ('还是说X，')", async () => {
    await answers("ai网络有哪几家高薪区啊？？？", ["张江", "西安"]);
    await answers("还是说淮河联盟，何年初讲它下一步要从哪5个方面推进？", ["产业联动", "科创淮河"]);
  });

  it("asks what a zone will be after leaving of the passages, which leave it open", async () => {
    const a = await answer("大连高新区退出物联网网络以后，还会以观察员的身份参加网络活动吗？");
    expect(a.answer).not.toMatch(/^现在不是成员/);
  });

  it("reads an application approved of zones listed with 等 before their count", async () => {
    await answers("环渤海联盟2026年年会上批准了哪些新成员入盟", ["潍坊", "东营"]);
  });

  it("reads 我区 in an article a zone publishes as that zone", async () => {
    await answers("宋海波是哪个高新区的，担任什么职务？", ["大连高新区", "副主任"]);
  });

  it("reads a zone elected to a seat that grew past it as added, with the count", async () => {
    await answers("环渤海联盟现在常务理事单位有几家", ["4家", "锦州"]);
  });

  it("reads a secretariat handed over after '完成交接，'", async () => {
    await answers("环渤海联盟的秘书处现在设在哪个高新区？之前是在哪里？", ["大连", "天津滨海"]);
  });

  it("answers whether the secretariat will move with 不会 when a sentence says it stays", async () => {
    const a = await answer("大连接任以后，环渤海联盟的秘书处会不会搬到烟台去？");
    expect(a.answer).toMatch(/^不会。/);
  });

  it("gives the day a zone's term starts, asked '从什么时候算起'", async () => {
    await answers("环渤海联盟大连当轮值主席从什么时候算起？", ["2027年1月1日"]);
  });

  it("reads a seat a zone keeps after leaving another ('卸任轮值主席后继续担任副主席单位')", async () => {
    await answers("环渤海联盟现在的副主席单位有哪些？", ["天津滨海"]);
  });

  it("says whose count a count stated for a group no article counts is", async () => {
    const a = await answer("东北地区国家高新区联盟的9家成员有哪些？");
    expect(a.answer).toMatch(/^问题的前提有误/);
    expect(a.answer).toContain("京津冀");
  });

  it("needs a year a goal is set for when asked when it is met", async () => {
    const a = await answer("光谷那2个1000亿元未来产业集群计划哪年建成？");
    expect(a.kind).toBe("none");
  });

  it("corrects a zone someone is said to speak for ('作为无锡高新区的负责人')", async () => {
    await answers("倪乾作为无锡高新区的负责人，对纳米新材料网络说了啥？", ["前提有误", "苏州工业园区"]);
  });

  it("reads a province list with the kind after each count and a closing clause that counts the provinces", async () => {
    await answers("光伏玻璃网络刚启动的时候有哪几家高新区？", ["蚌埠", "芜湖", "宿迁", "湖州", "秦皇岛", "德阳"]);
  });

  it("reads 我区 as the venue of an article a zone publishes", async () => {
    await answers("光伏玻璃网络2026年理事会议在哪里召开？", ["芜湖高新区"]);
  });

  it("gives the day a secretariat was handed over, asked '哪天从A交到B'", async () => {
    const a = await answer("光伏玻璃网络的秘书处是哪天从蚌埠交到芜湖的？");
    expect(a.answer).toContain("10月12日");
    expect(a.answer).not.toMatch(/^问题的前提有误/);
  });

  it("dates a handover said the day after ('次日，…移交至')", async () => {
    const a = await answer("盐湖联盟秘书处是哪天交到金昌手上的");
    expect(a.answer).toContain("8月6日");
    expect(a.answer).not.toContain("8月5日交接");
  });

  it("checks an amount asked to be confirmed as a whole number, not one a note counts of another thing", async () => {
    const a = await answer("全国创新型产业集群试点有48个吗");
    expect(a.answer).toMatch(/^不是48个/);
  });

  it("reads a count said of some members as no count of the group ('新进的三家')", async () => {
    const a = await answer("物联网新进的三家各有啥特长？");
    expect(a.answer).not.toMatch(/^问题的前提有误/);
  });

  it("answers the lead asked by a place name, not which of its zones is a member", async () => {
    await answers("纳米网络是苏州哪家高新区牵头的", ["牵头单位是苏州工业园区"]);
  });

  it("repairs no slip of a name that the articles write as it is typed ('创新型县市' is no 新型显示)", async () => {
    const a = await answer("江苏获批国家创新型县市的县级市具体是哪几个");
    expect(a.answer).not.toContain("新型显示");
  });

  it("says a counted set is not named when the figure's note lists nothing ('数量居全国第一')", async () => {
    const a = await answer("江苏获批国家创新型县（市）的5个县级市具体是哪5个？");
    expect(a.kind).toBe("none");
  });

  it("answers two occasions of one group asked where each was held", async () => {
    await answers("大运河那个高新区联盟，成立周年的会和2027年度会议分别是在哪开的？", ["聊城", "德州"]);
  });
});
