/**
 * Classes of questions never seen, found in session 34, each over an article written for this test in new words.
 * A member count claimed after the members are named ("成员有10家吗", "成员单位一共8家对吧"), or as a clause after the
 * founding year ("2024年成立，12家成员，对吗"): the count is checked with the year. An alliance a later title names
 * short ("大别山区国家高新区联盟…" of "大别山区国家高新区协同创新联盟") is the same alliance. A rotating seat taken
 * "即日起接任…第二届轮值主席单位"; the day it was handed over (the meeting its article reports); the order of the
 * rotation; a year's holder left open ("2028年度轮值主席将由…担任，具体…尚未确定"). The council's own term ("理事会
 * 每届任期两年"). A zone's page about the network it leads: "网络新吸收A、B加入，成员单位增至9家" two sentences after
 * the network is named, its secretariat "设在我区农业农村发展局", its first annual meeting "2025年11月，网络首届年会在
 * A举行" (asked as "第一次年会"). A secretariat that works through a body ("依托…中心开展日常工作"). Parts of a list by
 * 环节 with examples before 等 ("菌种、酶制剂等上游研发环节"), asked "…和…这一环"; parts by region after a count
 * ("东部地区8家，即A、B…"). The date of a thing a group does ("技术需求清单具体哪天发布": left open; "基金是几月设立
 * 的": the later article's). An amount claimed in 元 of a value in 美元, for the one project of two it names.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t34-food", "国家高新区食品装备产业协同创新网络在漯河成立", "2026-04-16", [
    "4月15日，国家高新区食品装备产业协同创新网络在漯河高新区成立。网络由漯河高新区牵头，联合9家国家高新区共同发起。",
    "网络成员单位包括：漯河高新区、临沂高新区、潍坊高新区、安阳高新区、洛阳高新区、宜宾高新区、荆门高新区、南宁高新区、绵阳高新区。",
    "网络秘书处设在漯河高新区。",
  ]),
  article("t34-dbs", "三省6家国家高新区携手 大别山区国家高新区协同创新联盟成立", "2026-02-10", [
    "2月8日，大别山区国家高新区协同创新联盟成立大会在黄冈高新区举行。湖北、河南、安徽三省6家国家高新区共同发起成立联盟。",
    "按省份划分，联盟成员中，湖北省2家：黄冈高新区、孝感高新区；河南省2家：信阳高新区、南阳高新区；安徽省2家：安庆高新区、蚌埠高新区。",
    "根据章程，联盟实行轮值主席制，轮值主席单位按湖北、河南、安徽的顺序由三省成员高新区轮流担任，每届任期一年；首届轮值主席单位为黄冈高新区。孝感高新区、信阳高新区为联盟副主席单位。联盟秘书处设在安庆高新区，依托安庆市科技创新服务中心开展日常工作。",
    "章程明确，联盟理事会每届任期两年。联盟首届年会的举办地将由理事会另行确定。",
    "下一步，联盟将重点做好两方面工作：一是研究设立联盟科技成果转化基金，基金规模目前尚未确定；二是发布首批技术需求清单，清单预计年中发布，具体发布时间尚未确定。",
  ]),
  article("t34-dbs2", "大别山区国家高新区联盟年会举行 信阳高新区接任轮值主席", "2027-02-20", [
    "2月18日，大别山区国家高新区协同创新联盟2027年年会在信阳高新区举行。",
    "会上举行了轮值主席交接仪式。黄冈高新区将联盟旗帜交给信阳高新区，信阳高新区即日起接任联盟第二届轮值主席单位，任期一年。",
    "按照章程，2028年度轮值主席将由安徽省成员单位担任，具体由哪一家担任尚未确定。",
    "备受关注的联盟科技成果转化基金也有了进展。今年1月，基金完成设立，首期规模5亿元。",
  ]),
  article("t34-tea", "国家高新区茶叶产业协同创新网络在信阳成立", "2025-05-08", [
    "5月6日，国家高新区茶叶产业协同创新网络在信阳高新区成立。网络由信阳高新区牵头，成员单位包括：信阳高新区、黄山高新区、武夷山高新区、恩施高新区、湄潭高新区、安康高新区、杭州高新区。",
  ]),
  {
    ...article("t34-xy", "“一牵头、多参与” 我区深度融入产业协同创新网络", "2026-07-01", [
      "今年以来，我区深度参与多个产业协同创新网络和联盟建设。",
      "“一牵头”，即我区牵头的国家高新区茶叶产业协同创新网络。该网络成立时共有7家成员单位。今年，网络新吸收安溪高新区、普洱高新区加入，成员单位增至9家。网络秘书处设在我区农业农村发展局。2025年11月，网络首届年会在黄山高新区举行；2026年年会将于10月在我区举办，具体日期尚未确定。",
    ]),
    source: "信阳高新区管委会",
  },
  article("t34-bio", "国家高新区生物制造产业协同创新网络在常州启动", "2026-03-04", [
    "3月2日，国家高新区生物制造产业协同创新网络在常州高新区启动。网络由常州高新区牵头，成员单位共10家国家高新区。",
    "从产业链分工看，10家成员单位各有侧重。菌种、酶制剂、发酵工艺等上游研发与工艺环节，汇聚了常州、天津滨海、青岛3家高新区；生物基材料与化学品环节，有潍坊、宜昌、淄博、泰州4家高新区；下游应用与服务环节，则由杭州、苏州工业园区、深圳3家高新区组成。",
  ]),
  article("t34-bio2", "生物制造网络成员增至11家", "2026-10-12", [
    "10月9日，国家高新区生物制造产业协同创新网络年会在天津滨海高新区召开。会议审议通过了成都高新区加入网络的申请。",
    "调整后，网络11家成员单位按区域分布为：东部地区8家，即常州高新区、天津滨海高新区、青岛高新区、潍坊高新区、淄博高新区、泰州高新区、杭州高新区、苏州工业园区；中西部地区2家，即宜昌高新区、成都高新区；华南地区1家，即深圳高新区。",
  ]),
  article("t34-lyg", "连云港高新区签约一批重大项目", "2026-04-20", [
    "4月18日，连云港高新区2026年重大项目集中签约活动举行。会上，江苏恒瑞医药股份有限公司的创新药产业化项目正式签约。据介绍，该项目将建设研发中心和生产基地，占地约120亩。当天，高新区共签约项目32个，总投资260亿元。",
    "“高新区是全市创新发展的主引擎。”连云港市副市长、连云港高新区党工委书记王志强表示，连云港高新区将聚焦生物医药和新材料两大主导产业，加快建设科技创新策源地。",
    "连云港市出台《关于支持生物医药产业高质量发展的若干政策》，提出12条支持措施。",
  ]),
  article("t34-cell", "国家高新区细胞治疗产业协同创新网络在苏州启动", "2026-06-12", [
    "6月10日，国家高新区细胞治疗产业协同创新网络在苏州工业园区启动。网络由苏州工业园区牵头，7家国家高新区共同组建。",
    "从产业链分工看，7家成员各有侧重。在上游研发环节，有苏州工业园区、中关村示范区、上海张江3家；在中游制造环节，有泰州医药、呼和浩特金山2家；在下游应用环节，有杭州、成都2家。",
    "“网络要让每一家成员都找到自己的位置。”苏州市科学技术局党组成员、副局长，苏州工业园区管委会副主任韩晓东表示，园区将开放细胞制备公共平台。",
    "据统计，7家成员高新区共拥有细胞治疗相关有效发明专利2300余件。",
    "会上，网络还吸纳了苏州高新区、无锡高新区2家新成员。“网络扩容是为了补齐质量检测的短板。”韩晓东表示，新加入的2家高新区分别在检测服务和冷链物流方面具有特色。",
  ]),
  article("t34-cell2", "细胞治疗网络推进会召开", "2026-09-20", [
    "9月18日，国家高新区细胞治疗产业协同创新网络推进会在成都高新区召开。",
    "今年起，苏州工业园区、上海张江、成都3家成员高新区率先实现细胞制备检测结果互认。",
    "网络秘书处负责人、苏州工业园区科技和信息化局副局长顾文静介绍，网络全年组织供需对接活动12场。",
    "杭州高新区将在年内牵头组织成员单位开展细胞治疗供需对接活动不少于6场。",
    "截至8月底，网络成员共建细胞制备公共平台9个、临床研究中心14个。",
    "常州细胞存储平台已于4月投入使用，杭州细胞质控中心预计年底建成。",
    "2025年发布的首批细胞治疗应用场景清单共收录场景40个，第二批应用场景清单的发布时间尚未确定。",
  ]),
  article("t34-uav", "国家高新区无人机产业协同创新网络在珠海启动", "2026-08-08", [
    "8月6日，国家高新区无人机产业协同创新网络启动大会在珠海高新区召开。该网络由珠海高新区牵头，成员单位共8家。",
    "按照产业链环节划分，网络成员分为两个板块：整机研发板块包括珠海高新区、深圳高新区、西安高新区和成都高新区；应用服务板块包括广州高新区、杭州高新区、宁波高新区和自贡高新区。从区域分布看，成员覆盖5个省，其中广东有珠海、深圳、广州3家，浙江有杭州、宁波2家。",
  ]),
  article("t34-gene", "国家高新区生物育种产业协同创新网络在武汉启动", "2026-05-20", [
    "5月18日，国家高新区生物育种产业协同创新网络在武汉东湖高新区启动。网络由武汉东湖高新区牵头，网络秘书处设在光谷生物城。",
  ]),
];

describe("session 34 classes", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("checks a member count claimed after the members are named", async () => {
    await answers("食品装备网络成员有8家吗", ["不是", "9家"]);
    await answers("食品装备网络成员单位一共8家对吧", ["不是", "9家"]);
    const right = await grown.engine.answer("食品装备网络成员是9家吗");
    expect(right.answer).toMatch(/^是/);
  });

  it("checks a count claimed as a clause after the founding year, with the year", async () => {
    await answers("京津冀国家高新区联盟2024年成立，12家成员，对吗", ["不是", "9家", "2023"]);
    await answers("大别山区联盟2026年成立，8家成员，对吧", ["不是", "6家"]);
  });

  it("reads an alliance a later title names short as the same alliance, and its seat taken 即日起", async () => {
    await answers("大别山区联盟现在的轮值主席是谁", ["信阳"], ["黄冈高新区。"]);
    await answers("大别山区联盟轮值主席交接是哪天？", ["2027年2月18日"]);
    await answers("大别山区联盟轮值主席是按什么顺序轮的", ["湖北、河南、安徽"]);
  });

  it("refuses a year's holder an article leaves open, quoting it", async () => {
    const open = await grown.engine.answer("大别山区联盟2028年的轮值主席是哪家？");
    expect(open.kind, open.answer).toBe("none");
    expect(open.answer).toContain("尚未确定");
  });

  it("answers the council's own term", async () => {
    await answers("大别山区联盟理事会一届任期几年？", ["两年"]);
  });

  it("reads a zone's page about the network it leads: newcomers, secretariat office, first meeting", async () => {
    await answers("茶叶产业网络今年加了哪些新成员，现在一共几家", ["安溪", "普洱", "9"]);
    await answers("茶叶产业网络秘书处设在哪个部门", ["信阳高新区农业农村发展局"]);
    await answers("茶叶产业网络第一次年会是在哪开的？", ["黄山"]);
    await answers("茶叶产业网络首届年会什么时候开的", ["2025年11月"]);
  });

  it("says the body a secretariat works through", async () => {
    await answers("大别山区联盟秘书处在哪，依托哪个机构", ["安庆", "安庆市科技创新服务中心"]);
  });

  it("finds a part named by what follows its examples, and parts by region counted before their zones", async () => {
    await answers(
      "生物制造网络生物基材料和化学品这一环是哪些高新区",
      ["潍坊", "宜昌", "淄博", "泰州"],
      ["常州", "杭州"],
    );
    await answers("生物制造网络上游研发与工艺环节有哪些高新区", ["常州", "天津滨海", "青岛"], ["潍坊"]);
    await answers("生物制造网络中西部地区的成员有哪几家", ["宜昌", "成都"], ["常州", "深圳"]);
  });

  it("dates a thing a group does, not the group: left open, or set later", async () => {
    const list = await grown.engine.answer("大别山区联盟首批技术需求清单具体哪天发布");
    expect(list.kind, list.answer).toBe("none");
    expect(list.answer).toContain("尚未确定");
    await answers("大别山区联盟的科技成果转化基金是几月设立的？", ["2027年1月"]);
  });

  it("does not answer money asked with a count, nor a firm's amount with other projects'", async () => {
    const money = await grown.engine.answer("连云港《若干政策》给生物医药安排了多少财政资金？");
    expect(money.kind, money.answer).toBe("none");
    await answers("连云港《若干政策》提出了多少条措施", ["12"]);
    const firm = await grown.engine.answer("恒瑞医药那个创新药项目总投资多少钱");
    expect(firm.kind, firm.answer).toBe("none");
    await answers("恒瑞医药那个项目占地多大", ["120亩"]);
  });

  it("reads an official asked as 那位 with the title's place before it", async () => {
    await answers("连云港那位副市长对连云港高新区是怎么说的", ["王志强"]);
  });

  it("lists the members a zone formed its group with", async () => {
    await answers("茶叶网络信阳联合了哪些高新区", ["黄山", "武夷山", "恩施"]);
    await answers("信阳和哪些高新区一起组建了茶叶网络", ["黄山", "湄潭"]);
  });

  it("reads parts whose short names are counted after them, one name holding 和", async () => {
    await answers("细胞治疗网络中游制造环节是哪几家", ["泰州", "呼和浩特金山"], ["杭州"]);
    await answers("细胞治疗网络下游应用这一块有谁", ["杭州", "成都"], ["泰州"]);
  });

  it("keeps both titles of an official written with a comma between them", async () => {
    await answers("韩晓东是什么职务？", ["科学技术局", "副局长", "管委会副主任"]);
  });

  it("checks a count claimed with 成立的时候是", async () => {
    await answers("淮河联盟2023年成立的时候是15家高新区对吧", ["不是", "17"]);
  });

  it("reads an English figure question that names the member zones", async () => {
    await answers("How many invention patents do the member zones of the cell therapy network (细胞治疗网络) hold?", [
      "2300",
    ]);
  });

  it("reads 'the ones that joined, each' as no count asked", async () => {
    await answers("细胞治疗网络为什么要扩容？新加入的几家各有啥特色", ["检测服务", "冷链物流"]);
  });

  it("answers which members did something from the passage, not the member list", async () => {
    await answers(
      "细胞治疗网络里哪几家高新区率先实现了检测结果互认？",
      ["苏州工业园区", "上海张江", "成都"],
      ["杭州", "泰州"],
    );
  });

  it("names the head of a secretariat called its 负责人", async () => {
    await answers("细胞治疗网络秘书处负责人叫啥", ["顾文静"]);
  });

  it("reads who leads a group's activities", async () => {
    await answers("细胞治疗网络的供需对接活动主要是哪家高新区牵头组织的？", ["杭州"]);
  });

  it("adds two amounts asked together", async () => {
    await answers("创新型产业集群试点和培育单位分别有多少个？加起来多少？", ["61", "48", "109"]);
  });

  it("answers what a document says with its sentence, not one of its amounts", async () => {
    const said = await grown.engine.answer("连云港高新区发布的生物医药若干政策讲了些啥？");
    expect(said.kind, said.answer).toBe("passage");
    expect(said.answer).toContain("关于支持生物医药产业高质量发展的若干政策");
  });

  it("does not take some provinces' members ('覆盖5个省，其中…') for the whole list", async () => {
    await answers("无人机网络有几家成员", ["8"]);
    await answers("无人机网络整机研发板块有哪些", ["西安", "成都"], ["广州"]);
  });

  it("places a secretariat set in a place named by a zone's own short name", async () => {
    await answers("生物育种网络秘书处设在哪", ["光谷生物城"]);
  });

  it("dates the thing asked, not another thing of its sentence, nor the group's founding for a filler word", async () => {
    const built = await grown.engine.answer("细胞治疗网络杭州细胞质控中心什么时候建成");
    expect(built.answer).toMatch(/建成时间：年底/);
    await answers("细胞治疗网络首批应用场景清单是哪年发布的", ["2025"]);
    const second = await grown.engine.answer("细胞治疗网络第二批应用场景清单什么时候发布");
    expect(second.kind, second.answer).toBe("none");
    await answers("细胞治疗网络具体是什么时候设立的", ["2026年6月10日"]);
    await answers("细胞治疗网络是由哪些高新区共建的", ["中关村", "泰州", "成都"]);
  });

  it("checks a lead claimed with 牵的头 or as 'the one Z leads'", async () => {
    await answers("物联网网络是苏州工业园区牵的头吧", ["不是", "无锡"]);
    await answers("光电子网络是张江牵头的那个吧", ["不是", "东湖"]);
  });

  it("checks where a zone is, asked after its name", async () => {
    await answers("安庆高新区在安徽合肥吗", ["不是", "安庆"]);
    await answers("安庆高新区是在安徽安庆吧", ["是"]);
  });

  it("does not confirm an amount in 元 of a value in 美元", async () => {
    await answers("无锡高新区招引的华虹无锡基地项目投资超100亿元人民币，是这样吗？", ["不是"]);
    await answers("闻泰无锡项目超100亿元吗", ["是"]);
  });
});
