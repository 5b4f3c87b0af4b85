/**
 * Classes of session 56, each over articles written for this test in new words. Each fails on the code before the
 * session's changes (b5f78be).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t56-hydro", "国家高新区氢能装备产业协同创新网络在佛山启动", "2026-05-20", [
    "5月19日，国家高新区氢能装备产业协同创新网络启动会在佛山高新区举行，佛山高新区、张家口高新区、潍坊高新区、成都高新区4家国家高新区为首批成员单位。",
    "网络由佛山高新区牵头，秘书处设在佛山高新区。",
  ]),
  article("t56-river", "赣湘鄂三省高新区组建沿江协同创新联盟", "2026-05-08", [
    "日前，长江中段城市群高新区协同创新联盟在岳阳高新区宣告成立。",
    "5月6日召开的联盟成立大会上，与会各方审议通过了联盟章程。联盟成员覆盖三省9家高新区，分别为：湖北省3家（黄石、鄂州、咸宁），湖南省3家（岳阳、常德、益阳），江西省3家（九江、上饶、抚州）。",
    "会议确定岳阳高新区为理事长单位、黄石高新区为副理事长单位。首届理事会任期两年，第二届理事长单位届时再由成员单位协商推选。",
    "工业和信息化部火炬中心区域发展处处长韩立新在成立大会上表示，长江中段城市群高新区协同创新联盟要率先探索跨省协同。",
  ]),
  article("t56-river-2026", "长江中段联盟年度工作总结", "2026-12-20", [
    "一、年度概况",
    "联盟第二次理事会增选九江高新区、常德高新区为副理事长单位，与原副理事长单位黄石高新区共同组成3家副理事长单位。",
    "长江中段科技成果共享平台入库的成果，从首批的300项增加到860项。",
    "二、存在的不足",
    "一是跨省项目落地偏慢；二是成员之间的人才交流渠道还不够畅通。",
    "三、明年工作安排",
    "一是共建中试基地；二是联合举办成果路演。",
  ]),
  article("t56-talk", "访长江中段联盟秘书处负责人", "2026-12-22", [
    "记者：联盟今年的成绩单怎么样？",
    "秘书长：总体平稳，黄石高新区当副理事长单位这段时间，抚州高新区等新加入成员运转顺利。",
    "记者：黄石高新区担任副理事长单位期间有哪些打算？",
    "秘书长：黄石将重点推动矿冶装备供需对接，并筹办一次矿冶新材料博览会。",
  ]),
  article("t56-arm", "国家高新区康复机器人产业协同创新网络在烟台启动", "2026-04-02", [
    "4月1日，国家高新区康复机器人产业协同创新网络启动大会在烟台高新区举行，网络由烟台高新区牵头，共有8家国家高新区参与组建。",
    "该网络按照产业链环节进行分工。驱动部件环节由苏州高新区牵头，绍兴高新区参与；整机装配环节由潍坊高新区牵头，淄博高新区、威海高新区参与；临床应用环节由济南高新区牵头，泰安高新区参与。",
    "网络下设康复外骨骼、护理机器人两个专项工作组，分别由潍坊高新区和济南高新区牵头。",
  ]),
  article("t56-copper", "国家高新区铜基新材料产业协同创新网络在鹰潭启动", "2026-03-03", [
    "3月2日，国家高新区铜基新材料产业协同创新网络启动会在鹰潭高新区举行，鹰潭高新区、抚州高新区、上饶高新区3家国家高新区为首批成员单位。",
  ]),
  article("t56-copper-2026", "铜基新材料网络调整成员", "2026-09-10", [
    "9月9日，国家高新区铜基新材料产业协同创新网络召开年度会议。上饶高新区结合自身产业转向光伏材料的实际，由正式成员调整为观察员。",
  ]),
  article("t56-speech", "推动产业集群向高端迈进", "2026-08-01", [
    "会上，火炬中心负责人回顾了集群建设成效。",
    "他说，一是聚焦“平台”，着力建设共性技术平台，提升了集群的研发效率。如苏州高新区医疗器械产业集群、烟台高新区海洋装备产业集群都依托共性技术平台降低了研发成本。二是聚焦“人才”，着力引育高端人才，夯实了集群发展根基。例如，绵阳高新区电子信息产业集群引进了一批领军人才；宝鸡高新区钛材料产业集群与高校共建了人才培养基地。三是聚焦“金融”，着力推动产融结合。",
  ]),
  article("t56-ship", "国家高新区海洋装备产业协同创新网络在舟山启动", "2026-03-12", [
    "3月11日，国家高新区海洋装备产业协同创新网络启动大会在舟山高新区举行，网络由舟山高新区牵头，9家国家高新区参与组建。",
    "网络成员按产业链环节分为三个板块。船舶设计板块（3家）：舟山高新区牵头，大连高新区、上海紫竹高新区参与；动力装备板块（3家）：镇江高新区牵头，无锡高新区、青岛高新区参与；海洋电子板块（3家）：厦门火炬高新区牵头，威海高新区、湛江高新区参与。",
    "会议推选舟山高新区为理事长单位，大连高新区、镇江高新区为副理事长单位，青岛高新区、威海高新区为副秘书长单位。",
  ]),
  article("t56-ship-2026", "海洋装备网络召开年会", "2026-11-20", [
    "11月18日，国家高新区海洋装备产业协同创新网络2026年年会在镇江高新区召开。",
    "年会审议了入网申请。南京高新区、合肥高新区的申请获得通过，两家高新区正式成为网络成员单位。此外，烟台高新区的入网申请也在本次年会上获得通过。",
    "经网络理事会审议同意，厦门火炬高新区由成员单位增补为网络副理事长单位。据悉，该次理事会会议于11月17日召开。至此，网络副理事长单位由大连高新区、镇江高新区2家增至3家。",
    "会上，青岛高新区表示，明年将牵头组织动力装备板块的供需对接会，具体时间和地点尚未确定。",
  ]),
  article("t56-ship-council", "海洋装备网络第二次理事会召开", "2026-12-05", [
    "12月4日，国家高新区海洋装备产业协同创新网络第二次理事会在舟山高新区召开。会议同意宁波高新区加入网络。",
    "工业和信息化部规划司副司长周启明出席会议并讲话，舟山市副市长陈立群主持会议。",
    "会议决定，镇江高新区自2027年1月1日起担任第二届理事长单位。",
  ]),
  article("t56-river-review", "长江中段城市群高新区协同创新联盟2026年度工作报告", "2026-12-28", [
    "联盟于今年5月成立。",
    "联盟秘书处负责人、岳阳高新区科技局副局长方晓东在年会上作年度工作报告。",
  ]),
  article("t56-hydro-seats", "国家高新区储能电池产业协同创新网络启动", "2026-06-02", [
    "6月1日，国家高新区储能电池产业协同创新网络启动会在宁德举行，网络由常州高新区牵头。",
    "会议确定常州高新区为理事长单位，宜春高新区、溧阳高新区为副理事长单位。",
  ]),
];

describe("a post of one group that no article about it writes", () => {
  const grown = grownEngine(ARTICLES);
  // Before: the members (a list of something else) or the catch-all refusal.
  it.each([
    ["氢能装备网络的副理事长单位都有谁", "副理事长单位"],
    ["氢能装备网络副理事长都有谁", "副理事长单位"],
    ["氢能装备网络秘书长是谁", "秘书长"],
  ])("%s: not written, with what is known", async (q, post) => {
    const a = await grown.engine.answer(q);
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain(`没有提到国家高新区氢能装备产业协同创新网络的${post}`);
    expect(a.answer).toContain("佛山高新区");
  });
  it("a post an article writes is answered as before", async () => {
    const a = await grown.engine.answer("储能电池网络的副理事长单位都有谁");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("宜春高新区");
  });
  it("a second part asking only the name is the same question", async () => {
    const a = await grown.engine.answer("氢能装备网络的秘书长是谁？叫什么名字");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("没有提到国家高新区氢能装备产业协同创新网络的秘书长");
  });
});

describe("shapes of membership, seats and founding read from a new alliance", () => {
  const grown = grownEngine(ARTICLES);
  it("a province's count, then its names in brackets ('湖北省3家（黄石、鄂州、咸宁）')", () =>
    grown.answers("长江中段联盟里江西有哪些高新区", ["九江高新区", "上饶高新区", "抚州高新区"], ["福州"]));
  it("a founding meeting dated by its opening clause ('5月6日召开的联盟成立大会上')", () =>
    grown.answers("长江中段联盟是哪天成立的", ["2026年5月6日"]));
  it("two seats joined by 、 ('确定A为理事长单位、B为副理事长单位'), then two added to make three", () =>
    grown.answers(
      "长江中段联盟现在的副理事长单位有哪几家",
      ["3家", "黄石高新区", "九江高新区", "常德高新区"],
      ["新增"],
    ));
  it("a next term decided later ('届时再由成员单位协商推选') is not decided", async () => {
    const a = await grown.engine.answer("长江中段联盟第二届理事长单位定了是谁吗");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("尚未确定");
  });
  it("a figure of a thing named by the alliance's region ('长江中段科技成果共享平台…从300项增加到860项')", () =>
    grown.answers("长江中段联盟成果共享平台现在入库了多少项成果", ["860"]));
  it("a city typed is not another city's homophone ('福州' is not 抚州)", async () => {
    const a = await grown.engine.answer("福州高新区参加了哪些网络");
    expect(a.answer).not.toContain("抚州");
  });
});

describe("parts of a document asked by what heads them", () => {
  const grown = grownEngine(ARTICLES);
  it("a numbered heading's section ('二、存在的不足')", () =>
    grown.answers("长江中段联盟年度总结里说了哪些不足", ["跨省项目落地偏慢", "人才交流渠道"]));
  it("an interviewer's question asked again: the reply after it", () =>
    grown.answers("黄石高新区当副理事长这段时间打算干点啥", ["矿冶装备", "博览会"]));
});

describe("parts of a chain and working groups", () => {
  const grown = grownEngine(ARTICLES);
  it("parts after '按照产业链环节进行分工' ('X环节由A牵头，B、C参与'), the lead counted in by an aside", () =>
    grown.answers("康复机器人网络整机装配环节有哪些高新区（牵头的也算）", ["潍坊高新区", "淄博高新区", "威海高新区"]));
  it("a working group named apart from its kind ('下设A、B两个专项工作组，分别由…牵头')", () =>
    grown.answers("康复机器人网络的康复外骨骼专项工作组谁牵头", ["潍坊高新区"]));
});

describe("observers a group records, and the examples of one point", () => {
  const grown = grownEngine(ARTICLES);
  it("a member turned observer, with its reason before ('A结合…的实际，由正式成员调整为观察员'), asked how many and who", () =>
    grown.answers("铜基新材料网络有几家观察员单位，是谁", ["1家", "上饶高新区"]));
  it("the examples given for one point of a speech, not those of the others", () =>
    grown.answers(
      "讲着力引育高端人才这一点时举了哪些集群的例子",
      ["绵阳高新区", "宝鸡高新区"],
      ["苏州高新区", "烟台高新区"],
    ));
});

describe("an update read from applications passed, parts led by a colon, a seat grown from two sentences back", () => {
  const grown = grownEngine(ARTICLES);
  it("joins by applications passed ('A、B的申请获得通过，两家…正式成为网络成员单位'; 'C的入网申请也在本次年会上获得通过')", async () => {
    const a = await grown.engine.answer("海洋装备网络现在有几家成员");
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("12家");
    for (const z of ["南京高新区", "合肥高新区", "烟台高新区"]) expect(a.answer).toContain(z);
  });
  it("a part counted, its lead after the colon ('船舶设计板块（3家）：A牵头，B、C参与')", () =>
    grown.answers("海洋装备网络的动力装备板块有哪些高新区", ["镇江高新区", "无锡高新区", "青岛高新区"], ["威海"]));
  it("a part's lead is its own, not a zone that will lead a meeting of it", () =>
    grown.answers("海洋装备网络的动力装备板块由谁牵头", ["镇江高新区"], ["青岛高新区"]));
  it("a seat grown, the one added told two sentences before ('A由成员单位增补为网络副理事长单位')", () =>
    grown.answers("海洋装备网络现在有几家副理事长单位", ["3家", "大连高新区", "镇江高新区", "厦门火炬高新区"]));
  it("秘书长 asked where only 副秘书长 is written: not written", async () => {
    const a = await grown.engine.answer("海洋装备网络的秘书长是谁");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("没有提到");
  });
  it("a zone said to lead a thing of the network ('A牵头的X网络…对接会') is no claim that it leads the network", async () => {
    const a = await grown.engine.answer("青岛高新区牵头的海洋装备网络动力装备供需对接会定在哪天");
    expect(a.answer).not.toContain("前提有误");
  });
});

describe("a meeting as of when, and who did what at one", () => {
  const grown = grownEngine(ARTICLES);
  it("members asked as of a meeting held ('开完第二次理事会之后，全部成员是哪些')", () =>
    grown.answers("海洋装备网络开完第二次理事会之后，全部成员是哪些高新区", [
      "宁波高新区",
      "南京高新区",
      "镇江高新区",
    ]));
  it("two people in one sentence: the act in the clause that names each ('A出席会议并讲话，B主持会议')", () =>
    grown.answers("海洋装备网络第二次理事会是谁主持的", ["陈立群"], ["周启明"]));
  it("a person in a review titled after the alliance, whose body says only 联盟", () =>
    grown.answers("长江中段联盟年会上作年度工作报告的是谁", ["方晓东"]));
});

describe("a zone asked of a network named by another zone that leads it", () => {
  const grown = grownEngine(ARTICLES);
  it("'A在B牵头的X网络里吗' asks A's membership, not whether A leads it", async () => {
    const a = await grown.engine.answer("无锡高新区在舟山牵头的海洋装备网络里吗");
    expect(a.answer.startsWith("在"), a.answer).toBe(true);
    expect(a.answer).not.toContain("牵头单位是");
  });
});

describe("who joined after the founding, and when a holder takes a seat", () => {
  const grown = grownEngine(ARTICLES);
  it("'成立以后又有哪些高新区加进来了': the newcomers, not the whole list now", async () => {
    const a = await grown.engine.answer("海洋装备网络成立以后又有哪些高新区加进来了");
    expect(a.answer).toContain("南京高新区");
    expect(a.answer).not.toContain("威海高新区");
  });
  it("'…换成谁了？从什么时候开始': when the holder the first part asks takes the seat", () =>
    grown.answers("海洋装备网络下一届理事长单位换成谁了？从什么时候开始", ["镇江高新区", "2027年1月1日"]));
});
