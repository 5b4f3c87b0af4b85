/**
 * Classes of questions and articles never seen, found in session 43, each over articles written for this test in new
 * words: a body inside a group (a committee) founded or listing members is not the group's founding or list; member
 * lists told by the part of the chain ("按照产业链环节组织成员单位", names joined by 以及), or province by province after
 * "N家成员单位中，" in mixed forms; newcomers "此次新加入网络的有…"; a count of applicants taken for granted; groups
 * joined this year among their first members; kinds of firms counted as firms (小巨人); plans asked "准备怎么推进";
 * the article's own why-question; "多亿吧" confirmed or denied; a secretariat moved to a body that is no zone, the
 * body that supports it and the one that runs it day to day; a next expansion and a build time left open; the leads
 * of a piece of work (梳理, 牵头共建, several in order); the leads of several groups asked "分别是哪几家高新区牵头的";
 * a pending application asked when it was joined; how many of a total are somewhere; a syllable typed in letters.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t43-hydrogen", "国家高新区氢能产业协同创新网络在佛山启动 12家高新区共建氢能“朋友圈”", "2026-04-12", [
    "4月10日，国家高新区氢能产业协同创新网络启动大会在佛山高新区举行。该网络由佛山高新区牵头，联合大连、张家口等11家国家高新区共同组建。",
    "从产业链分工看，12家成员单位各有所长：在制氢与储运环节，有大连高新区、呼和浩特金山高新区和包头稀土高新区；在燃料电池环节，有佛山高新区、武汉东湖高新区、上海张江高新区和成都高新区；在整车与应用环节，有张家口高新区、郑州高新区、潍坊高新区、长春高新区和鄂尔多斯高新区。",
    "网络秘书处设在佛山高新区，中国科学院大连化学物理研究所作为技术支撑单位参与秘书处工作。",
    "据统计，12家成员高新区集聚氢能相关企业1600余家，其中国家级专精特新“小巨人”企业58家。",
    "为何由佛山牵头？佛山高新区是国内最早开展燃料电池汽车示范运营的区域之一。“选择佛山牵头，看中的是其示范场景丰富、整车企业集聚的优势。”工业和信息化部规划司有关负责人说。",
    "下一步，网络将从三个方面推进协同：一是共建氢能检测认证平台；二是联合发布氢能应用场景清单；三是探索成员间加氢站互联互通。",
  ]),
  article("t43-hydrogen2", "氢能产业协同创新网络储运专业委员会在大连成立", "2026-08-20", [
    "8月18日，国家高新区氢能产业协同创新网络储运专业委员会成立会议在大连高新区召开。专业委员会由大连高新区牵头，首批成员包括大连、包头稀土、鄂尔多斯3家高新区，主要围绕液氢储运、管道输氢开展联合攻关。",
    "会议透露，网络秘书处此前由佛山高新区科技局承担，会议决定即日起改设在佛山仙湖实验室，日常运营工作委托佛山市氢能产业协会承担。",
    "此次新加入网络的有淄博高新区、宜宾高新区和株洲高新区3家国家高新区。至此，网络成员由12家增至15家。",
    "网络新一轮成员扩容的时间表尚未确定。另有2家国家高新区已提交加入申请，名单暂未公布。",
    "网络由张家口高新区牵头梳理氢能重卡应用场景需求清单，由大连高新区、包头稀土高新区牵头共建液氢储运中试基地。",
    "网络先后设立制氢、储运、燃料电池3个产业工作组，分别由包头稀土高新区、大连高新区、武汉东湖高新区牵头。",
  ]),
  article("t43-marine", "东营高新区：深度融入国家高新区协同创新网络", "2026-09-05", [
    "今年以来，我区（东营高新区）积极融入国家高新区跨区域协同创新格局。",
    "此外，我区已向国家高新区氢能产业协同创新网络提交加入申请，能否获批加入尚未确定。",
    "我区正在申报建设海洋装备中试验证平台，建成后将向网络成员单位开放，具体建成时间尚未确定。",
  ]),
  article("t43-midstream", "长江中游国家高新区协同创新联盟成立", "2026-02-02", [
    "1月30日，长江中游国家高新区协同创新联盟成立大会在武汉东湖高新区举行。",
    "长江中游以武汉、长沙、南昌为中心城市，是中部地区崛起的重要支撑。此前，三省国家高新区之间缺少常态化的协作平台。",
    "联盟由武汉东湖高新区、长沙高新区、南昌高新区共同发起。首批12家成员单位中，湖北省5家，分别是武汉东湖高新区、襄阳高新区、宜昌高新区、孝感高新区、荆门高新区；湖南省有长沙、株洲、湘潭、衡阳4家高新区；江西省3家，包括南昌高新区、新余高新区和鹰潭高新区。",
    "联盟常设秘书处设在武汉东湖高新区。据悉，联盟2027年年会的举办地尚未确定，第二届轮值主席单位将在2027年年会上确定。",
  ]),
  article("t43-speaker", "宜宾高新区产业推介会在成都举行", "2026-06-08", [
    "6月6日，宜宾高新区产业推介会在成都举行。推介会上，宜宾市委常委、副市长李文昭表示，经过8年发展，宜宾高新区高新技术企业突破260家，动力电池产业集群营业收入超过1500亿元。",
    "“目前，宜宾高新区入驻企业1180家。”宜宾高新区管委会主任周启航说。",
    "宜宾高新区力争到2028年打造2个1000亿元级产业集群。",
  ]),
  article("t43-coast", "沿海国家高新区协同创新联盟年会在连云港召开", "2026-10-16", [
    "10月14日，沿海国家高新区协同创新联盟年会在连云港高新区召开。会议审议通过日照高新区、盐城高新区2家新成员入盟申请。",
    "盐城高新区管委会副主任陆海峰代表2家新成员单位发言。连云港高新区管委会主任许文涛在作工作报告时表示，新成员的加入让联盟的海工装备链条更完整。",
    "会议明确，联盟秘书处继续设在连云港高新区，日常运营由此前的连云港高新区科技局移交给新组建的连云港海洋科技创新服务中心承担。",
    "根据年度工作方案，由连云港高新区牵头海工装备产业链协作，日照高新区牵头港口物流场景开放。",
    "“联盟成员要把各自的长板拼起来，共同闯出一条向海图强的新路。”许文涛说。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 43: members", () => {
  it("does not take a committee's members or founding for the group's", async () => {
    await answers("氢能网络一共有几家成员？", ["15家"]);
    await answers("氢能网络是什么时候启动的？", ["4月10日"], ["8月18日"]);
  });

  it("reads a list by the part of the chain with a name that holds 和 (呼和浩特金山)", async () => {
    await answers("氢能网络制氢与储运环节有哪几家？", ["大连", "呼和浩特金山", "包头稀土"], ["佛山", "张家口"]);
  });

  it("completes a list by parts with the lead, counted as the whole and as the others", async () => {
    await answers("氢能网络成立时有哪些成员？", ["佛山高新区", "鄂尔多斯", "成都高新区"]);
  });

  it("reads the newcomers '此次新加入网络的有…3家国家高新区'", async () => {
    await answers("氢能网络这次新加入了哪些高新区？", ["淄博", "宜宾", "株洲"], ["大连高新区、"]);
  });

  it("reads a list told province by province in mixed forms after 'N家成员单位中，'", async () => {
    await answers("长江中游联盟湖南有哪几家成员？", ["长沙", "株洲", "湘潭", "衡阳"], ["襄阳"]);
    await answers("长江中游联盟江西有几家成员？", ["3家"]);
  });

  it("answers the groups a zone joined this year among their first members", async () => {
    await answers("鄂尔多斯高新区今年加入了哪些网络？", ["氢能"]);
  });

  it("says when a zone with a pending application joined is not known yet", async () => {
    const a = await grown.engine.answer("东营高新区是哪天加入氢能网络的？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("尚未确定");
  });

  it("does not take a count of applicants for the group's size", async () => {
    const a = await grown.engine.answer("已经提交申请要加入氢能网络的那2家高新区是哪两家？");
    expect(a.kind).toBe("none");
    expect(a.answer).not.toContain("前提有误");
  });
});

describe("session 43: figures", () => {
  it("counts a kind of firm named without 企业 as firms ('多少家小巨人')", async () => {
    await answers("氢能网络成员里有多少家专精特新小巨人？", ["58家"]);
  });

  it("confirms or denies an amount said with 多 ('1500多亿吧')", async () => {
    const yes = await grown.engine.answer("氢能网络集聚的氢能相关企业有1600多家吧？");
    expect(yes.answer.startsWith("是")).toBe(true);
    const no = await grown.engine.answer("氢能网络集聚的氢能相关企业有1900多家吧？");
    expect(no.answer.startsWith("不是")).toBe(true);
  });

  it("quotes the speaker's sentence for a figure asked of what a named person said", async () => {
    await answers("李文昭在推介会上说宜宾高新区的高新技术企业有多少家？", ["260家", "宜宾市委常委、副市长"]);
  });

  it("takes no size of the things counted for money spent ('打算投多少钱')", async () => {
    const a = await grown.engine.answer("宜宾高新区打造产业集群打算投多少钱？");
    expect(a.answer).not.toContain("1000亿元");
  });
});

describe("session 43: seats, leads and plans", () => {
  it("reads a secretariat moved to a body that is no zone, the body that supports it and the one that runs it", async () => {
    await answers("氢能网络的秘书处现在在哪？", ["仙湖实验室"]);
    await answers("氢能网络秘书处是哪个科研机构在做技术支撑？", ["大连化学物理研究所"]);
    await answers("氢能网络谁负责日常运营？", ["氢能产业协会"]);
  });

  it("answers the lead of a piece of work: 梳理, two leads of 牵头共建, several in order", async () => {
    await answers("氢能重卡应用场景需求清单是哪家牵头梳理的？", ["张家口"]);
    await answers("液氢储运中试基地由谁牵头建？", ["大连高新区", "包头稀土高新区"]);
    await answers("氢能网络的储运工作组谁牵头？", ["大连高新区"], ["包头"]);
  });

  it("answers the leads of several groups asked '分别是哪几家高新区牵头的', not their members", async () => {
    await answers("人工智能和物联网这两个网络分别是哪几家高新区牵头的？", ["中关村", "无锡"], ["南京高新区"]);
    // (Members asked besides the lead are kept.)
    await answers("人工智能网络一共有几家成员，是哪家牵头的？", ["11家", "中关村"]);
  });

  it("quotes the plan asked '准备怎么推进', and the paragraph that answers the article's own why-question", async () => {
    await answers("氢能网络成立后准备怎么推进协同？", ["检测认证平台", "加氢站"]);
    await answers("为啥氢能网络让佛山来牵头？", ["示范场景"]);
  });

  it("says a next expansion, a build time and a later seat left open are not decided", async () => {
    for (const q of ["氢能网络下一轮扩容是什么时候？", "东营那个海洋装备中试验证平台啥时候能建成？"]) {
      const a = await grown.engine.answer(q);
      expect(a.kind, q).toBe("none");
      expect(a.answer, q).toContain("尚未确定");
    }
    const chair = await grown.engine.answer("长江中游联盟第二届轮值主席是哪个高新区？");
    expect(chair.kind).toBe("none");
    expect(chair.answer).toContain("第二届轮值主席单位将在2027年年会上确定");
  });
});

describe("session 43: asking", () => {
  it("says how many of a total are somewhere is not written ('61个…里有多少个在江苏')", async () => {
    const a = await grown.engine.answer("61个创新型产业集群试点里有多少个在江苏？");
    expect(a.kind).toBe("none");
  });

  it("answers which of the listed groups a zone is in ('都在哪几个产业协同创新网络里（…）')", async () => {
    await answers(
      "东湖高新区都在哪几个产业协同创新网络里（AI、纳米、IC、物联网、光电子这五个）？",
      ["人工智能", "集成电路", "光电子"],
      ["西安高新区"],
    );
  });

  it("reads a syllable typed in letters inside a question word ('mi书处')", async () => {
    await answers("长江中游联盟 mi书处在哪儿啊", ["武汉东湖"]);
  });
});

describe("session 43: after the finals", () => {
  it("finds who spoke for the newcomers ('代表2家新成员单位发言')", async () => {
    await answers("沿海联盟年会上，代表新成员发言的是谁？", ["陆海峰"], ["许文涛"]);
  });

  it("answers who runs a secretariat day to day after a long handover clause", async () => {
    await answers("沿海联盟秘书处的日常运营现在是谁在负责？", ["连云港海洋科技创新服务中心"]);
  });

  it("answers the lead written right before a piece of work ('A牵头X协作')", async () => {
    await answers("沿海联盟里海工装备产业链协作由谁牵头？", ["连云港高新区"], ["日照"]);
  });

  it("reads '说了些什么' and '出于什么考虑' as what was said and why", async () => {
    await answers("许文涛说了些什么？", ["海工装备链条"]);
    const why = await grown.engine.answer("成都牵头建新型显示网络是出于什么考虑？");
    expect(why.answer).not.toMatch(/^是的/);
  });
});
