/**
 * Classes of questions and articles never seen, found in session 47, each over articles written for this test in new
 * words: an amount claimed that the articles give for another thing ("入驻企业才85家吧" where 85 is the count of
 * 高新技术企业) or another year ("2025年…已经到480亿了" where 480亿 is 2026's); a zone no fact describes is not
 * answered by the country's figures.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t47-zone", "潼南高新区推介会在重庆举行", "2026-05-10", [
    "5月8日，潼南高新区招商推介会在重庆举行。",
    "潼南高新区管委会主任刘海峰介绍，经过8年发展，潼南高新区高新技术企业突破85家，入驻企业总数达到312家。",
    "2025年，潼南高新区规上工业产值约为420亿元，2026年预计达到480亿元、年均增长将达到12%左右。",
  ]),
  article("t47-minxinan", "闽西南高新区协同创新联盟在龙岩成立", "2026-04-12", [
    "4月10日，闽西南高新区协同创新联盟成立大会在龙岩高新区举行。联盟由龙岩高新区牵头，首批成员为龙岩高新区、漳州高新区、三明高新区、泉州高新区、莆田高新区5家国家高新区。",
    "联盟秘书处设在龙岩高新区。会上，秘书处牵头制定了《联盟成员单位联络员制度》和《联盟仪器设备共享办法》，经全体成员单位审议通过。",
    "漳州高新区管委会主任林志远介绍，漳州高新区去年新引进智能装备企业12家，今年将与联盟成员共建两个中试平台。",
  ]),
  article("t47-drone", "国家高新区无人机产业协同创新网络在西安启动", "2026-06-20", [
    "6月18日，国家高新区无人机产业协同创新网络启动大会在西安高新区举行。西安高新区牵头，联合9家在无人机领域各具特色的国家高新区，共同组建这一网络。",
    "按照产业链环节，10家成员单位分为三个板块：整机制造板块包括西安高新区、成都高新区、珠海高新区；飞控与通信板块包括深圳高新区、南京高新区、长沙高新区；运营服务板块包括郑州高新区、贵阳高新区、南昌高新区、兰州高新区。",
    "南京高新区管委会副主任陆建平介绍，南京高新区将牵头组织飞控与通信板块开展联合攻关。",
    "成都高新区管委会副主任唐海表示，成都高新区将依托航空院所集聚的优势，牵头开展动力电池与电驱系统联合攻关。",
    "根据章程，网络实行理事会制度，理事长单位实行轮值制，每届任期一年。首届轮值理事长单位为西安高新区。",
  ]),
  {
    ...article("t47-drone-zz", "我区加入无人机产业协同创新网络", "2026-07-02", [
      "今年6月，我区作为运营服务板块成员，参与组建由西安高新区牵头的国家高新区无人机产业协同创新网络。",
      "我区牵头组织运营服务板块工作，联合贵阳高新区、南昌高新区成立低空物流联合工作组。",
    ]),
    source: "郑州高新区管委会网站",
  },
  article("t47-drone2", "无人机网络成员调整为12家", "2026-11-20", [
    "11月18日，国家高新区无人机产业协同创新网络年度工作会议在成都高新区召开，会议审议通过宜昌高新区、洛阳高新区加入网络，网络成员由10家增至12家。",
    "调整后，网络成员单位分布在东部沿海和中西部等地区：东部沿海地区有珠海高新区、深圳高新区、南京高新区；中西部地区有西安高新区、成都高新区、长沙高新区、郑州高新区、贵阳高新区、南昌高新区、兰州高新区、宜昌高新区、洛阳高新区。",
  ]),
  article("t47-sensor0", "国家高新区智能传感产业协同创新网络在烟台成立", "2025-04-12", [
    "4月10日，国家高新区智能传感产业协同创新网络成立大会在烟台高新区举行。网络由烟台高新区牵头，首批成员包括烟台高新区、威海火炬高新区、潍坊高新区、淄博高新区、济宁高新区5家国家高新区。",
    "网络秘书处设在烟台高新区。",
  ]),
  article("t47-sensor", "国家高新区智能传感产业协同创新网络调整成员", "2026-09-10", [
    "9月8日，国家高新区智能传感产业协同创新网络2026年度会议在烟台高新区召开。",
    "会议审议通过成员调整方案：临沂高新区、泰安高新区加入网络，济宁高新区因发展方向调整不再作为网络成员单位，网络成员由5家调整为6家。",
    "网络秘书处原设在烟台高新区科技创新局，此次调整至烟台智能传感创新中心，以更好承担平台运营职能。",
  ]),
  {
    ...article("t47-linyi", "我区跨区域协同“朋友圈”持续扩容", "2026-09-20", [
      "9月18日，淮河生态经济带高新区产业科技创新战略联盟年度会议在我区召开。会上，蚌埠高新区向我区移交联盟轮值主席单位旗帜，我区正式担任联盟2026—2027年度轮值主席单位。",
      "目前，我区已加入国家高新区智能传感产业协同创新网络、国家高新区物联网产业协同创新网络和淮河生态经济带高新区产业科技创新战略联盟三个跨区域协同组织。",
      "智能传感网络成立后，我区牵头成立网络传感器件专业委员会，成员包括我区、潍坊高新区和泰安高新区。",
    ]),
    source: "临沂市委宣传部·临沂高新区管委会网站",
  },
  article("t47-gulf", "北部湾城市群8家国家高新区结盟", "2026-02-15", [
    "2月12日，北部湾城市群国家高新区协同创新联盟在南宁高新区成立，首批成员为南宁高新区、北海高新区、钦州高新区、防城港高新区、湛江高新区、茂名高新区、海口高新区、玉林高新区8家国家高新区。",
    "记者注意到，联盟成员中不少高新区已参与其他跨区域协同组织。例如，湛江高新区是国家高新区物联网产业协同创新网络成员，北海高新区是国家高新区光电子产业协同创新网络成员。",
    "此次组建联盟，是在工业和信息化部火炬中心指导下，由三省区科技部门共同推动完成的。",
    "据介绍，2025年，8家成员高新区实现营业收入合计约6800亿元，拥有高新技术企业3100家。",
    "南宁高新区发挥牵头作用，统筹各方资源，2025年全年促成跨省合作项目26个，较2024年的11个明显增加。",
    "成立大会上，8家成员单位共同签署合作倡议，并发布首批45个跨境产业合作机会清单。",
    "关于下一步工作，联盟提出：一是共建一批中试平台；二是年内联合发布首批60个跨境物流场景清单。",
  ]),
  article("t47-gulf2", "北部湾联盟吸纳新成员", "2026-10-20", [
    "10月18日，北部湾城市群国家高新区协同创新联盟年会审议通过桂林高新区、柳州高新区加入联盟，联盟成员由8家增至10家。",
    "联盟秘书处发布的年度报告显示，联盟成立8个月来，共举办对接活动9场，累计促成跨区域合作项目41个（含成立大会现场签约的15个），总投资达230亿元。",
  ]),
  article("t47-marine", "国家高新区海洋生物产业协同创新网络在青岛启动 11家高新区共建", "2026-05-20", [
    "5月18日，国家高新区海洋生物产业协同创新网络启动大会在青岛高新区举行。该网络由青岛高新区牵头，联合厦门火炬高新区、舟山高新区等共11家国家高新区组建。",
    "按照产业链环节划分，11家成员高新区分布在三个板块。在海洋药物研发板块，除牵头单位青岛高新区外，还有厦门火炬高新区和烟台高新区；海洋生物制品板块汇集了威海、连云港、湛江、北海4家高新区；海洋功能食品板块则由舟山高新区以及宁波、福州、海口等高新区组成。",
  ]),
  {
    ...article("t47-dalian", "我区融入跨区域协同创新组织", "2026-06-02", [
      "目前，我区已是国家高新区物联网产业协同创新网络和东北地区国家高新区联盟这2个跨区域协同组织的成员单位。",
    ]),
    source: "大连高新区管委会网站",
  },
  article("t47-central", "长江中游城市群国家高新区科技成果转化联盟成立", "2026-03-02", [
    "2月28日，长江中游城市群国家高新区科技成果转化联盟成立大会在南昌高新区举行，首批成员为南昌高新区、武汉东湖高新区、长沙高新区、宜昌高新区、株洲高新区、九江高新区6家国家高新区。",
  ]),
  article("t47-sea", "国家高新区海工装备产业协同创新网络在南通启动", "2026-04-02", [
    "3月30日，国家高新区海工装备产业协同创新网络启动仪式在南通高新区举行。在工业和信息化部规划司指导下，南通高新区牵头，联合5家在海工装备领域具有产业基础的国家高新区，共6家国家高新区组建该网络。",
    "按照产业链环节划分，网络成员覆盖海工装备全链条：在设计研发环节，有上海紫竹高新区、大连高新区；在总装建造环节，有舟山高新区、烟台高新区；在配套服务环节，有湛江高新区。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 47: amounts claimed", () => {
  it("says no to a count the passage gives for another thing, with the count of the thing claimed", async () => {
    await answers("潼南高新区入驻企业才85家吧？", ["不是", "312家"], ["是的"]);
    const yes = await grown.engine.answer("潼南高新区入驻企业312家吧？");
    expect(yes.answer).toMatch(/^是的/);
  });

  it("says what an amount claimed is, when the figures give it for another thing of the same zone", async () => {
    // (Base knowledge: 三原高新区 has 261 resident firms; 110 is its count of 高新技术企业.)
    await answers("三原高新区入驻企业才110家吧？", ["不是110家", "261", "高新技术企业"]);
  });

  it("corrects an amount claimed of one year that the figures give for another", async () => {
    // (Base knowledge: 2024年 11.7万亿元; 13.4万亿元 is 2025's forecast.)
    await answers("2024年我国未来产业产值已经到13.4万亿了，年复合增长率多少？", [
      "不是13.4万亿",
      "2025年",
      "11.7万亿",
      "15%",
    ]);
  });
});

describe("session 47: zones no fact describes", () => {
  it("does not answer a zone's count with the country's", async () => {
    const a = await grown.engine.answer("潼南高新区入驻企业总数是多少");
    expect(a.answer).not.toContain("178");
    expect(a.answer).toContain("312");
  });
});

describe("session 47: a wrong premise, then a question of its own", () => {
  it("answers the clause after a corrected claim, asked of the claim's group", async () => {
    await answers("听说闽西南联盟秘书处设在漳州高新区，秘书处牵头制定了哪些制度？", ["龙岩", "联络员制度"]);
    await answers("闽西南联盟秘书处设在漳州高新区，它牵头制定了哪些制度？", ["龙岩", "联络员制度"]);
  });

  it("reads 'they' after a person's wrong title as the person's own zone", async () => {
    await answers("龙岩高新区管委会主任林志远说他们去年新引进了几家智能装备企业？", ["漳州", "12家"]);
  });
});

describe("session 47: parts, regions and the lead's partners", () => {
  it("answers who leads a part of a network, or a part's joint work, from the sentence that says so", async () => {
    await answers("无人机网络飞控与通信板块的联合攻关由哪家牵头组织？", ["南京"], ["西安高新区牵头"]);
    // (The zone's own page: 我区 is its zone.)
    await answers("无人机网络的运营服务板块谁来牵头？", ["郑州"]);
  });

  it("counts the zones the lead joined with, 'the others'", async () => {
    await answers("无人机网络里西安牵头，一共联合了几家别的高新区？", ["其余11家"]);
  });

  it("reads the country's economic regions, as the list's own lines or by provinces", async () => {
    await answers("无人机网络里中西部地区的成员有哪些？", ["西安", "洛阳", "兰州"], ["深圳", "珠海"]);
    await answers("无人机网络里西部的成员有哪些？", ["西安", "成都", "贵阳", "兰州"], ["郑州", "南昌", "深圳"]);
  });

  it("counts one province's members after the list grew", async () => {
    await answers("无人机网络扩容以后河南一共几家？", ["共2家", "郑州", "洛阳"], ["南京"]);
  });
});

describe("session 47: a zone's own page, and a secretariat moved inside a zone", () => {
  it("moves a secretariat 'once set at A, now at B' ('原设在A，此次调整至B')", async () => {
    await answers("智能传感网络秘书处现在设在哪个机构？", ["烟台智能传感创新中心"]);
    await answers("智能传感网络的秘书处是不是换地方了？", ["科技创新局", "烟台智能传感创新中心"]);
  });

  it("answers whether any member left with who left, not the whole list", async () => {
    await answers("智能传感网络有没有成员退出的？是哪家", ["有", "济宁"], ["威海"]);
  });

  it("reads the zone of a page published by two bodies ('临沂市委宣传部·临沂高新区管委会网站')", async () => {
    // (我区 is 临沂: it joined the groups its page names, a run after 已加入.)
    await answers("临沂高新区加入了哪些联盟？", ["淮河"]);
    await answers("淮河联盟2026—2027年度的轮值主席单位是从哪家手里接的？", ["临沂", "蚌埠"]);
  });

  it("keeps a committee's members, listed after its founding, out of the group's list", async () => {
    await answers("智能传感网络现在有几家成员？", ["6家"], ["3家"]);
  });
});

describe("session 47: figures of a group's members and of a zone that acts", () => {
  it("reads 'N家成员高新区…' as the figure of the group with N members, in an item that names others in passing", async () => {
    await answers("北部湾联盟成员2025年营业收入合计多少？", ["6800亿元"]);
  });

  it("takes a count the group had as no wrong premise of its figure", async () => {
    await answers("北部湾联盟8家成员2025年营业收入合计多少？", ["6800亿元"], ["不是8家"]);
  });

  it("reads a zone that plays its role ('发挥牵头作用') as the subject of the count after it", async () => {
    await answers("南宁高新区2025年全年促成了多少个跨省合作项目？", ["26"]);
  });
});

describe("session 47: counts said aside or inside a name", () => {
  it("reads a count with what it includes said in brackets after it", async () => {
    await answers("北部湾联盟累计促成了多少个跨区域合作项目？", ["41个", "230亿元"]);
    await answers(
      "How many cross-regional cooperation projects has the Beibu Gulf (北部湾) alliance brokered so far?",
      ["41"],
    );
  });

  it("reads a list published with its size in its name ('发布首批45个…清单')", async () => {
    await answers("北部湾联盟成立时首批发布了多少个跨境产业合作机会？", ["45个"]);
  });
});

describe("session 47: member lists by part, and the names people call groups by", () => {
  it("reads a list by part: '除牵头单位A外，还有…', '汇集了…4家高新区', '则由A以及B、C等高新区组成'", async () => {
    await answers("海洋生物网络都有哪些成员？", ["青岛", "厦门", "烟台", "威海", "湛江", "舟山", "福州", "海口"]);
    await answers("海洋生物网络的海洋生物制品板块有几家高新区？", ["4家", "连云港"], ["舟山"]);
  });

  it("makes a zone a member of the groups its page names before '这2个…网络的成员单位'", async () => {
    // (东北's list is not written: its page makes 大连 a member.)
    await answers("大连高新区加入了哪些联盟？", ["东北"]);
  });

  it("calls a 长江中游 alliance by the region's other name, 中三角", async () => {
    await answers("中三角联盟在哪成立的？", ["南昌"]);
  });
});

describe("session 47: slips, bodies asked by kind, and statements asked to be confirmed", () => {
  it("reads 连盟 as 联盟", async () => {
    await answers("枣庄高新区在哪些连盟里？", ["淮河"]);
  });

  it("quotes the body a group set up when asked 'what committee' ('新设了什么专业委员会')", async () => {
    await answers("智能传感网络成立以后新设了什么专业委员会？", ["传感器件专业委员会"]);
  });

  it("answers 'A和B是同一天成立的？' yes or no first", async () => {
    const a = await grown.engine.answer("北部湾联盟和闽西南联盟是同一天成立的？");
    expect(a.answer).toMatch(/^不是/);
  });

  it("corrects a founding venue a why-question takes for granted ('启动大会放在Y开')", async () => {
    await answers("为什么无人机网络的启动大会放在成都开？", ["不是", "西安"]);
  });
});

describe("session 47: an act's lead by what it is of, and a rotating post's term", () => {
  it("finds the lead of 'A和B的联合攻关' written 'A与B联合攻关'", async () => {
    await answers("无人机网络里动力电池和电驱系统的联合攻关由谁牵头？", ["成都"], ["西安高新区牵头"]);
  });

  it("gives a rotating post's term from the rule said of the post without 轮值", async () => {
    await answers("无人机网络首届理事长单位任期多长？", ["一年"], ["每届每届"]);
  });
});

describe("session 47: who guided a founding", () => {
  it("reads '此次组建联盟，是在X指导下…' as who guided it", async () => {
    await answers("北部湾联盟是在哪个部门指导下组建的？", ["火炬中心"]);
  });

  it("does not answer who guided it with its lead or its seat when no article says", async () => {
    const a = await grown.engine.answer("闽西南联盟是在哪个部门指导下组建的？");
    expect(a.answer).toMatch(/^文章没有提到[^。]*指导单位/);
  });
});

describe("session 47: the review's findings", () => {
  it("takes a group's members counted in a figure question as no amount claimed ('8家成员…多少')", async () => {
    await answers("北部湾联盟8家成员2025年拥有多少家高新技术企业？", ["3100"], ["不是8家"]);
  });

  it("still corrects a count said of now that the group only had before ('现在有8家成员')", async () => {
    await answers("北部湾联盟现在有8家成员，都有哪些？", ["不是8家", "10家"]);
  });

  it("takes an earlier count the figure's note compares it with as that count ('较2024年的11个')", async () => {
    const a = await grown.engine.answer("南宁高新区促成跨省合作项目11个吧？");
    expect(a.answer).not.toMatch(/^不是/);
  });

  it("tells who left once when the change is asked as a whole ('谁进来了谁退出了')", async () => {
    const a = await grown.engine.answer("智能传感网络成员有啥变化？谁进来了谁退出了");
    expect(a.answer.match(/成立时/g)?.length).toBe(1);
  });
});

describe("session 47: the check sets' findings", () => {
  it("does not read a list to be published ('年内联合发布首批60个…清单') as published", async () => {
    const a = await grown.engine.answer("北部湾联盟首批跨境物流场景清单有多少个场景？");
    expect(a.answer).not.toMatch(/^首批跨境物流场景清单：60个/);
  });
});

describe("session 47: a lead that completes a list by part", () => {
  it("reads 'A牵头，联合5家…，共6家国家高新区组建该网络' as the lead, which completes the list by part", async () => {
    await answers("海工装备网络是哪家高新区牵头的？", ["南通"]);
    await answers("海工装备网路启动时成员都有哪些？", ["南通", "上海紫竹", "湛江"]);
  });
});

describe("session 47: a zone placed in a city it is not in", () => {
  it("corrects a city said before a zone ('渭南的三原高新区'), and takes its own city as no claim", async () => {
    // (Base knowledge: 三原高新区 is in 咸阳.)
    await answers("渭南的三原高新区入驻企业有多少家？", ["咸阳", "261"]);
    await answers("咸阳的三原高新区入驻企业有多少家？", ["261"], ["不在"]);
  });
});
