/**
 * Classes of questions never seen, found in session 33, each over an article written for this test in new words.
 * A member list written by the parts of the chain as "X板块包括A、B和C" or "…A、B、C、D4家", after "成员单位分为
 * 三个板块："; each part's lead ("三个板块分别由A、B、C担任板块牵头单位"), asked of one part or of all. A seat as it
 * stands after a later list of it ("增补C为副理事长单位。至此…增至3家，分别为A、B和C"), and not once more for a zone's
 * own page saying "我区当选副理事长单位"; the first list when the founding is asked; a seat of "第二届理事会" asked by
 * that council. Whether a group will take in members of a province ("以后会不会吸收河南的高新区加入"): not the list now.
 * An English word typed with one slip ("netwrok", "allaince"). A document the articles title in 《》 asked without them
 * ("是不是通过了秘书处轮值制度"), not the seat its words name; when a zone will be promoted ("预计哪年能升成国家高新区").
 * A thing's share of the whole ("船舶配套产量约占全国的35%"), asked in English too ("output"); a list's size after
 * "涵盖…等领域的N个场景". A part of the list now, with the zones said to join it since ("A加入核心配套板块"), and as
 * first listed when the launch is asked. A brief of a group as it was at its launch ("刚启动时的情况"). An alliance
 * called by its provinces' short names ("苏皖联盟"); a group's members that are in none of the other groups, named in
 * brackets or not ("没出现在另外两个网络（…）里的"); a founding year claimed with 才 ("是2025年才成立的吧"); a list's size
 * said otherwise ("六大工程是哪六个" of "五大工程"); a speaker's view asked with 觉得, not read as a zone's name. A later
 * list given by region ("按区域分布如下：苏北地区有A、B；…") keeps its parts; "随着A、B两家高新区的加入" names no zone
 * "随着A". Who leads a piece of work inside a group ("月度调度机制由哪家牵头建立"), and what a zone leads or is
 * preparing ("牵头成立了什么工作组", "正在牵头筹建哪个网络", on its own page too); "first" in an English question. The
 * groups a zone leads, counted ("牵头了几个网络"), not those it joined. A person no article writes, asked what they
 * said ("盐城高新区的陈永刚说了什么"): not mentioned, not a passage about something else. A lead who "联合N家…共同组建
 * 这一覆盖…的跨区域协同创新网络" (the group by a description); a zone "纳入" a part, its name earlier in the clause.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t33-sea", "国家高新区海洋装备产业协同创新网络在青岛启动", "2026-05-12", [
    "5月11日，国家高新区海洋装备产业协同创新网络在青岛高新区启动。该网络由青岛高新区牵头，12家国家高新区共同组建。",
    "按照产业链环节，网络12家成员单位分为三个板块：船舶与平台板块包括青岛高新区、大连高新区、泰州高新区和南通高新区；核心配套板块包括连云港高新区、宁波高新区、烟台高新区、威海火炬高新区4家；海洋信息与服务板块包括厦门火炬高新区、广州高新区、天津滨海高新区、湛江高新区4家。三个板块分别由大连高新区、宁波高新区、厦门火炬高新区担任板块牵头单位。",
    "网络秘书处设在青岛高新区。大连高新区、宁波高新区当选副理事长单位。",
    "据统计，12家成员高新区集聚海洋装备企业2100余家，船舶配套产量约占全国的35%。",
    "今年8月，网络发布首批海洋装备应用场景清单，涵盖海上风电、深海养殖、港口作业等领域的64个场景。",
    "网络提出重点建设海上风电装备、深海养殖装备、智慧港口、船舶制造、海洋信息五大工程。",
    "网络秘书处负责人表示，目前成员之间的协同深度还不够，数据共享机制有待完善。",
    "大连高新区牵头成立了网络船舶设计专题工作组，组织成员单位定期开展技术交流。",
    "威海火炬高新区积极参与青岛高新区牵头的网络建设，与网络成员共建海洋检测服务平台。",
  ]),
  article("t33-sea2", "海洋装备产业协同创新网络年会在烟台召开", "2026-10-20", [
    "10月19日，国家高新区海洋装备产业协同创新网络2026年年会暨第二届理事会第一次会议在烟台高新区召开。",
    "会议选举产生第二届理事会。青岛高新区继续担任理事长单位，会议同意增补烟台高新区为副理事长单位。至此，网络副理事长单位增至3家，分别为大连高新区、宁波高新区和烟台高新区。",
    "会议审议通过泉州高新区、长沙高新区加入网络的申请，网络成员单位由12家增至14家。其中，泉州高新区加入核心配套板块，长沙高新区加入海洋信息与服务板块。",
  ]),
  {
    ...article("t33-page", "我区积极参与海洋装备产业协同创新网络建设", "2026-11-05", [
      "今年5月，国家高新区海洋装备产业协同创新网络在青岛启动，我区当选副理事长单位，并牵头核心配套板块。",
      "此外，我区正在牵头筹建国家高新区海洋牧场产业协同创新网络，网络成员名单尚未确定。",
    ]),
    source: "宁波高新区管委会",
  },
  article("t33-jh", "江淮国家高新区协同创新联盟在蚌埠成立", "2026-06-08", [
    "6月7日，江淮国家高新区协同创新联盟在蚌埠高新区成立。联盟成员包括江苏省的盐城高新区、淮安高新区、扬州高新区，安徽省的蚌埠高新区、滁州高新区、淮南高新区，共6家国家高新区。",
    "至于联盟是否吸收两省以外的国家高新区加入，相关负责人表示，将视联盟运行情况另行研究，目前尚未作出安排。",
    "成立大会审议通过了《联盟秘书处工作规则》，联盟秘书处设在蚌埠高新区。",
    "“苏皖两省的国家高新区从此有了常态化的协同平台。”联盟相关负责人说。",
    "蚌埠高新区将牵头建立联盟月度调度机制，推动成员单位精准对接。",
    "联盟下设两个工作组，分别由盐城高新区、蚌埠高新区牵头组建。",
  ]),
  article("t33-jh2", "江淮国家高新区协同创新联盟成员增至8家", "2026-09-20", [
    "9月19日，江淮国家高新区协同创新联盟年会在扬州高新区举行，宿迁高新区、泰州高新区正式加入联盟，联盟成员由6家增至8家。",
    "截至目前，联盟8家正式成员按区域分布如下：苏北地区有盐城高新区、淮安高新区、宿迁高新区；苏中地区有扬州高新区、泰州高新区；皖北地区有蚌埠高新区、淮南高新区；皖东地区有滁州高新区。",
    "随着宿迁、泰州两家高新区的加入，联盟覆盖范围进一步扩大。",
  ]),
  article("t33-sea3", "海洋装备网络新增1家成员", "2026-11-20", [
    "11月19日，国家高新区海洋装备产业协同创新网络理事会审议通过漳州高新区加入网络的申请，网络成员由14家增至15家。",
    "据介绍，漳州高新区在船舶配套领域具备较好基础，纳入核心配套板块。",
  ]),
  article("t33-h2", "国家高新区氢能产业协同创新网络在烟台启动", "2026-05-21", [
    "5月20日，国家高新区氢能产业协同创新网络启动大会在烟台高新区举行。在工业和信息化部指导下，烟台高新区牵头，联合9家在氢能领域各具特色的国家高新区，共同组建这一覆盖氢能全产业链的跨区域协同创新网络。",
  ]),
];

describe("session 33 question classes", () => {
  const grown = grownEngine(ARTICLES);
  const { answers } = grown;

  it("reads a member list written part by part with 板块包括", async () => {
    await answers("海洋装备网络有哪些成员", ["湛江", "南通", "威海", "大连"]);
    await answers("海洋装备网络核心配套这一块有哪几家", ["连云港", "宁波", "烟台", "威海"], ["大连", "湛江"]);
    await answers("海洋装备网络船舶与平台板块有几家", ["4家"]);
  });

  it("says who leads a part of the list, or each part", async () => {
    await answers("海洋装备网络的海洋信息与服务板块由哪家牵头", ["厦门"], ["青岛"]);
    await answers("海洋装备网络三个板块分别由谁牵头", ["大连", "宁波", "厦门"]);
    await answers("海洋装备网络由哪个高新区牵头", ["青岛"]);
  });

  it("gives a seat as its later list holds it, and the first list when the founding is asked", async () => {
    await answers("海洋装备网络的副理事长单位有哪些", ["大连", "宁波", "烟台"]);
    const a = await grown.engine.answer("海洋装备网络的副理事长单位有哪些");
    expect(a.answer.split("副理事长单位是").length, a.answer).toBe(2);
    await answers("海洋装备网络成立时的副理事长单位有哪些", ["大连", "宁波"], ["烟台"]);
  });

  it("reads a seat of the numbered council the sentence before forms", async () => {
    await answers("海洋装备网络第二届理事会的副理事长单位有哪几家", ["烟台", "大连"]);
  });

  it("does not answer whether a group will take in a province's zones with its list now", async () => {
    const later = await grown.engine.answer("江淮联盟以后会不会吸收河南的高新区加入");
    expect(later.kind, later.answer).toBe("none");
    expect(later.answer).toContain("尚未");
    await answers("江淮联盟里有河南的高新区吗", ["没有"]);
  });

  it("repairs an English word typed with one slip", async () => {
    await answers("Who leads the IoT netwrok?", ["无锡"]);
    await answers("AI netwrok 一共几家gaoxinqu啊", ["11"]);
    await answers("which zones are in the Huaihe allaince", ["盐城", "随州"]);
  });

  it("reads a document named without its 《》, and a zone's promotion asked of the future", async () => {
    const rules = await grown.engine.answer("江淮联盟成立大会上是不是通过了秘书处工作规则？");
    expect(rules.answer).toContain("联盟秘书处工作规则");
    const promoted = await grown.engine.answer("三原高新区预计哪年能升成国家高新区？");
    expect(promoted.kind, promoted.answer).toBe("none");
  });

  it("reads a thing's share of the whole, and a list's size after the fields it covers", async () => {
    // (Facts, not a passage that happens to hold the number.)
    for (const [q, said] of [
      ["海洋装备网络的船舶配套产量占全国多少", "35%"],
      ["What share of China's ship equipment output comes from the marine equipment network?", "35%"],
      ["海洋装备网络首批应用场景清单有多少个场景", "64"],
    ] as const) {
      const a = await grown.engine.answer(q);
      expect(a.kind, a.answer).toBe("fact");
      expect(a.answer).toContain(said);
    }
  });

  it("gives a part of the list with the zones that joined it since, or as first listed", async () => {
    await answers("海洋装备网络核心配套板块现在有哪些", ["连云港", "泉州"], ["长沙"]);
    await answers("海洋装备网络海洋信息与服务板块有哪些", ["厦门", "长沙"], ["泉州"]);
    await answers("海洋装备网络启动时核心配套板块有哪些", ["连云港"], ["泉州"]);
  });

  it("briefs a group as it was at its launch", async () => {
    await answers("简单介绍下海洋装备网络刚启动时的情况", ["5月11日", "12家", "青岛"], ["泉州", "14家"]);
  });

  it("calls an alliance by its provinces' short names", async () => {
    await answers("苏皖联盟里安徽有哪几家", ["蚌埠", "滁州", "淮南"], ["盐城"]);
    await answers("苏皖联盟的秘书处设在哪", ["蚌埠"]);
    await answers("苏皖高新区联盟是哪天成立的", ["6月7日"]);
  });

  it("gives the members in none of the other groups, named or not", async () => {
    await answers(
      "海洋装备网络里有哪些高新区没出现在另外两个网络（物联网、纳米新材料）里",
      ["泉州", "南通"],
      ["青岛", "宁波"],
    );
    await answers("海洋装备网络里，有哪些高新区在其他网络里都没出现？", ["南通", "湛江"], ["青岛", "大连", "泉州"]);
  });

  it("corrects a founding year claimed with 才, and a list's size said otherwise", async () => {
    await answers("海洋装备网络是2025年才成立的吧", ["不是", "2026"]);
    await answers("海洋装备网络提的六大工程是哪六个", ["不是六大工程", "五大工程"]);
  });

  it("reads a speaker's view asked with 觉得, not a zone named before 高新区", async () => {
    await answers("秘书处负责人觉得高新区之间的协同还有啥不足", ["协同深度"]);
  });

  it("keeps the parts of a later list given by region, and reads no zone out of 随着", async () => {
    await answers("江淮联盟苏北地区有哪些成员", ["盐城", "淮安", "宿迁"], ["扬州", "蚌埠"]);
    await answers("江淮联盟现在有哪些成员", ["宿迁", "泰州", "滁州"], ["随着"]);
  });

  it("says who leads a piece of work inside a group, and what a zone leads or prepares", async () => {
    await answers("江淮联盟的月度调度机制由哪家牵头建立？", ["蚌埠"], ["盐城"]);
    await answers("大连高新区在海洋装备网络里牵头成立了什么工作组", ["船舶设计专题工作组"]);
    await answers("宁波高新区正在牵头筹建哪个网络？", ["海洋牧场", "正在"]);
  });

  it("reads 'first' in an English question as 首批", async () => {
    const a = await grown.engine.answer(
      "How many scenarios does the marine equipment network's first scenario list cover?",
    );
    expect(a.kind, a.answer).toBe("fact");
    expect(a.answer).toContain("64");
  });

  it("counts the groups a zone leads, not those it joined", async () => {
    await answers("青岛高新区牵头了几个网络", ["1个", "海洋装备"], ["物联网", "人工智能"]);
  });

  it("says a person no article writes is not mentioned, when asked what they said", async () => {
    const a = await grown.engine.answer("盐城高新区的陈永刚说了什么");
    expect(a.kind, a.answer).toBe("none");
    expect(a.answer).toContain("陈永刚");
    // (A person the articles quote is answered.)
    await answers("何年初在周年会议上说了什么", ["何年初"]);
  });

  it("reads a lead that founds the group told by a description, and a zone 纳入 a part", async () => {
    await answers("氢能网络是哪个高新区牵头的", ["烟台"]);
    await answers("海洋装备网络核心配套板块现在有哪些", ["连云港", "泉州", "漳州"]);
  });

  it("keeps what a review of these classes found wrong answered right", async () => {
    // ("别的成员都不在江苏吗" asks about members, not other groups.)
    await answers("物联网网络里别的成员都不在江苏吗", ["无锡"]);
    // (The founding list's parts when the founding is asked, never today's.)
    const first = await grown.engine.answer("江淮联盟成立时苏北地区有哪些成员");
    expect(first.answer).not.toContain("苏北地区3家");
    // (A part's member count is not a figure counted in 个.)
    await answers("海洋装备网络核心配套板块有几家", ["连云港"], ["64"]);
    // (A 牵头 of another thing earlier in the sentence does not lead the platform.)
    const platform = await grown.engine.answer("海洋检测服务平台是哪家牵头的");
    expect(platform.answer).not.toContain("由青岛高新区牵头");
    // ("分别由A、B牵头组建" says nothing set up after the verb.)
    const set = await grown.engine.answer("盐城高新区牵头组建了什么");
    expect(set.answer).not.toContain("盐城高新区牵头组建。");
    // (A group named in full: its lead, with the lead's people, as before.)
    await answers("国家高新区海洋装备产业协同创新网络是哪家牵头的", ["牵头单位是青岛"]);
    // (A part named by two characters right before 板块.)
    await answers("海洋装备网络船舶板块哪家牵头", ["大连"]);
  });
});
