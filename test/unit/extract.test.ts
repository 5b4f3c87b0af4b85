/**
 * Extraction, one case per behaviour of each pattern family. Inputs are short texts in the seeds' style, read
 * against the curated zone table (and, where a group must be known, the curated networks and alliances).
 */
import { describe, expect, it } from "vitest";
import { type DateMention, findDates, resolveDate } from "../../src/knowledge/extract/dates.ts";
import { extractArticle } from "../../src/knowledge/extract/index.ts";
import { Names } from "../../src/knowledge/extract/names.ts";
import { quote, type Sentence, splitSentences } from "../../src/knowledge/extract/sentences.ts";
import { article, curated, zoneTable } from "./fixtures/extract/inputs.ts";

const ev = { article: "t-1", quote: "测试引文" };

describe("sentences", () => {
  it("maps a compact range back to the exact body text, spaces included", () => {
    const body = "上海张江高新区牵头建设国家高新区 集成电路产业协同创新网络。下一句。";
    const s = splitSentences(body)[0] as Sentence;
    expect(s.text).toBe("上海张江高新区牵头建设国家高新区集成电路产业协同创新网络。");
    expect(quote(body, s, 11, 28)).toBe("国家高新区 集成电路产业协同创新网络");
  });

  it("starts a new item at a 本报讯 piece, with its headline", () => {
    const body = "主稿第一段。\n\n短讯标题\n\n本报讯（记者 张伟）4月17日，某事。";
    const items = splitSentences(body).map((s) => [s.text, s.item]);
    expect(items).toEqual([
      ["主稿第一段。", 0],
      ["短讯标题", 1],
      ["本报讯（记者张伟）4月17日，某事。", 1],
    ]);
  });
});

describe("dates", () => {
  /** The last date of the text's last sentence, completed. */
  const one = (text: string, date: string | null) => {
    const sentences = splitSentences(text);
    const s = sentences[sentences.length - 1] as Sentence;
    const mentions = findDates(s.text);
    return resolveDate(mentions[mentions.length - 1] as DateMention, s, sentences.slice(0, -1), date);
  };

  it("takes a full date as it is, with nothing inferred", () => {
    const r = one("2024年9月8日,联盟成立。", null);
    expect(r?.value).toBe("2024-09-08");
    expect(r?.inferred).toBeUndefined();
  });

  it("completes 月日 with the article's year and says so", () => {
    const r = one("3月18日，网络启动。", "2026-03-20");
    expect(r?.value).toBe("2026-03-18");
    expect(r?.inferred).toContain("2026-03-20");
  });

  it("takes the year before when 月日 falls after the article's date", () => {
    expect(one("12月8日，联盟成立。", "2026-01-16")?.value).toBe("2025-12-08");
  });

  it("takes the year of a full date earlier in the paragraph", () => {
    const r = one("2024年10月21日,11家高新区成立网络;10月23日,9家高新区成立网络。", null);
    expect(r?.value).toBe("2024-10-23");
    expect(r?.inferred).toContain("2024年10月21日");
  });

  it("counts 去年 from the article's year", () => {
    const r = one("去年11月12日,网络成立。", "2026-01-16");
    expect(r?.value).toBe("2025-11-12");
    expect(r?.inferred).toContain("去年");
  });

  it("leaves 月日 without a year uncompleted", () => {
    expect(one("11月14日,会议召开。", null)).toBeNull();
  });
});

describe("names", () => {
  it("resolves a known alias, and a bare city in a list of 高新区 to its zone (苏州 → 苏州高新区)", () => {
    const n = new Names(zoneTable);
    expect(n.zone("上海张江", { evidence: ev })).toBe("zhangjiang");
    expect(n.zone("苏州", { bare: true, evidence: ev })).toBe("suzhou-snd");
    expect(n.zone("苏州", { evidence: ev })).toBeUndefined();
  });

  it("proposes an unknown XX高新区 as a new zone with a pinyin id, province and city from the text", () => {
    const n = new Names(zoneTable);
    const id = n.zone("湖南株洲高新区", { evidence: ev });
    expect(id).toBe("zhuzhou");
    expect(n.newZones.get("zhuzhou")).toMatchObject({
      name: "株洲高新区",
      province: "湖南",
      city: "株洲",
      aliases: ["湖南株洲高新区", "株洲"],
    });
    expect(n.zone("株洲", { bare: true, evidence: ev })).toBe("zhuzhou");
  });

  it("does not take a phrase as a zone name", () => {
    const n = new Names(zoneTable);
    for (const phrase of ["成员高新区", "国家高新区", "优势高新区", "这些高新区", "县域高新区"]) {
      expect(n.zone(phrase, { evidence: ev })).toBeUndefined();
    }
    expect(n.newZones.size).toBe(0);
  });

  it("places a new zone where the text says it is (位于陕西省咸阳市的…)", () => {
    const x = extractArticle(article("位于陕西省咸阳市的泾阳高新区举办推介会。"), zoneTable);
    expect(x.zones).toEqual([expect.objectContaining({ id: "jingyang", province: "陕西", city: "咸阳" })]);
  });
});

describe("members", () => {
  it("reads X联合A、B…等N家 with N counting the lead, and makes X the lead", () => {
    const x = extractArticle(
      article("中关村示范区联合上海张江、南京、苏州等4家国家高新区,共同成立国家高新区量子科技产业协同创新网络。"),
      zoneTable,
    );
    const net = x.networks[0];
    expect(net?.members).toMatchObject({
      zones: ["zhongguancun", "zhangjiang", "nanjing", "suzhou-snd"],
      partial: false,
      statedCount: 4,
    });
    expect(net?.lead?.zone).toBe("zhongguancun");
  });

  it("reads N as the others when the list has N names, and takes the total from a headline count", () => {
    const x = extractArticle(
      article(
        "11月12日,4家高新区。国家高新区量子科技产业协同创新网络建设大会在无锡高新区召开。\n\n无锡高新区牵头联合杭州、西安、广州等3家优势高新区,建立国家高新区量子科技产业协同创新网络。",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members).toMatchObject({
      zones: ["wuxi", "hangzhou", "xian", "guangzhou"],
      statedCount: 4,
      partial: false,
    });
  });

  it("marks a list that names only some members as partial, with the stated count", () => {
    const x = extractArticle(
      article("上海张江、无锡、南京等6家国家高新区成立“长三角量子产业国家高新区创新发展联盟”。"),
      zoneTable,
    );
    expect(x.alliances[0]?.members).toMatchObject({
      zones: ["zhangjiang", "wuxi", "nanjing"],
      partial: true,
      statedCount: 6,
    });
  });

  it("reads 首批成员包括 for the group the item is about, proposing unknown zones", () => {
    const x = extractArticle(
      article("2025年12月8日，珠江流域国家高新区协同创新联盟成立。首批成员包括：广州高新区、柳州高新区、南宁高新区。"),
      zoneTable,
    );
    expect(x.alliances[0]?.members?.zones).toEqual(["guangzhou", "liuzhou", "nanning"]);
    expect(x.zones.map((z) => z.id).sort()).toEqual(["liuzhou", "nanning"]);
  });

  it("reads 网络成员由A、B、C组成", () => {
    const x = extractArticle(
      article(
        "4月20日，国家高新区量子科技产业协同创新网络启动仪式在合肥高新区举行。网络成员由合肥高新区、济南高新区和青岛高新区组成。",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members).toMatchObject({ zones: ["hefei", "jinan", "qingdao"], partial: false });
  });

  it("reads 由X牵头，A、B等N家高新区共同参与", () => {
    const x = extractArticle(
      article("国家高新区量子科技产业协同创新网络由合肥高新区牵头，济南、青岛等3家高新区共同参与建设。"),
      zoneTable,
    );
    expect(x.networks[0]).toMatchObject({
      lead: { zone: "hefei" },
      members: { zones: ["hefei", "jinan", "qingdao"], statedCount: 3, partial: false },
    });
  });

  it("reads 成员共N家，包括A、B、C and A、B、C三家国家高新区联合发起成立Y", () => {
    const a = extractArticle(
      article(
        "4月20日，国家高新区量子科技产业协同创新网络启动仪式在合肥高新区举行。网络首批成员共3家，包括合肥高新区、济南高新区、青岛高新区。",
      ),
      zoneTable,
    );
    expect(a.networks[0]?.members).toMatchObject({
      zones: ["hefei", "jinan", "qingdao"],
      statedCount: 3,
      partial: false,
    });
    const b = extractArticle(
      article("2025年5月6日，徐州高新区、淮安高新区、宿迁高新区三家国家高新区联合发起成立苏北国家高新区协同创新联盟。"),
      zoneTable,
    );
    expect(b.alliances[0]?.members).toMatchObject({
      zones: ["xuzhou", "huaian", "suqian"],
      statedCount: 3,
      partial: false,
    });
  });

  it("reads 现有成员单位N家 as the group's count", () => {
    const x = extractArticle(article("长三角国家高新区联盟现有成员单位36家。"), curated);
    expect(x.alliances[0]?.members).toMatchObject({ zones: [], partial: true, statedCount: 36 });
  });

  it("takes no member list when one item is not a zone (a wrong member is worse than none)", () => {
    const x = extractArticle(
      article("武汉东湖高新区联合华中科技大学、上海交通大学等高校院所,共同成立国家高新区量子科技产业协同创新网络。"),
      zoneTable,
    );
    expect(x.networks[0]?.members).toBeUndefined();
    expect(x.zones).toEqual([]);
  });
});

describe("membership changes", () => {
  it("reads 吸纳…为新成员 and 由12家增至15家, dated by the meeting", () => {
    const x = extractArticle(
      article(
        "1月15日，国家高新区物联网产业协同创新网络2026年度工作会议在杭州高新区召开。会议吸纳湖南长沙高新区、湖北襄阳高新区为新成员，网络成员单位由成立之初的12家增至14家。",
        "2026-01-16",
      ),
      curated,
    );
    expect(x.changes).toEqual([
      expect.objectContaining({
        group: { kind: "network", id: "iot" },
        date: "2026-01-15",
        added: ["changsha", "xiangyang"],
        previousCount: 12,
        newCount: 14,
      }),
    ]);
    expect(x.inferences).toContainEqual(expect.objectContaining({ path: "changes.iot.date" }));
    expect(x.events.map((e) => e.id)).toContain("iot-members-2026-01-15");
  });

  it("reads A、B正式加入该网络, dated by the article when the text gives no date", () => {
    const x = extractArticle(
      article("国家高新区物联网产业协同创新网络持续扩容。长沙高新区、襄阳高新区正式加入该网络。", "2026-02-01"),
      curated,
    );
    expect(x.changes).toEqual([expect.objectContaining({ added: ["changsha", "xiangyang"], date: "2026-02-01" })]);
    expect(x.inferences).toContainEqual({ path: "changes.iot.date", note: "文中未写变更日期，取文章日期" });
  });

  it("drops counts that do not add up with the members added", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络新增长沙高新区、襄阳高新区两家成员单位，成员总数由12家增至15家。",
        "2026-01-16",
      ),
      curated,
    );
    expect(x.changes).toEqual([]);
  });
});

describe("membership changes in other words", () => {
  it("reads 获准加入 and 成员总数从成立时的14家增加到17家", () => {
    const x = extractArticle(
      article(
        "3月18日，国家高新区物联网产业协同创新网络2026年成员大会在长沙高新区召开。会上，长沙高新区、襄阳高新区2家国家高新区获准加入，网络成员总数从成立时的12家增加到14家。",
        "2026-03-20",
      ),
      curated,
    );
    expect(x.changes).toEqual([
      expect.objectContaining({
        added: ["changsha", "xiangyang"],
        previousCount: 12,
        newCount: 14,
        date: "2026-03-18",
      }),
    ]);
  });

  it("dates 签约加入该网络 by the meeting, not by the founding date inside 由…成立时的9家", () => {
    const x = extractArticle(
      article(
        "1月13日，国家高新区纳米新材料产业协同创新网络2026年工作推进会在宁波高新区举行。会上，合肥高新区正式签约加入该网络，网络成员单位由2024年10月成立时的9家增至10家。",
        "2026-01-16",
      ),
      curated,
    );
    expect(x.changes).toEqual([expect.objectContaining({ added: ["hefei"], newCount: 10, date: "2026-01-13" })]);
  });
});

describe("members listed province by province", () => {
  it("reads 湖北省有A、B 2家；湖南省有C、D 2家 as the item's group, with each list's count checked", () => {
    const x = extractArticle(
      article(
        "9月26日，长江中游城市群国家高新区创新发展联盟成立大会在长沙高新区举行。其中，湖北省有武汉东湖、襄阳2家；湖南省有长沙、株洲2家。",
        "2025-09-27",
      ),
      curated,
    );
    expect(x.alliances[0]?.members).toMatchObject({
      zones: ["donghu", "xiangyang", "changsha", "zhuzhou"],
      statedCount: 4,
    });
  });

  it("reads nothing when a list's count does not match its names", () => {
    const x = extractArticle(
      article(
        "9月26日，长江中游城市群国家高新区创新发展联盟成立大会在长沙高新区举行。其中，湖北省有武汉东湖、襄阳3家；湖南省有长沙、株洲2家。",
        "2025-09-27",
      ),
      curated,
    );
    expect(x.alliances[0]?.members).toBeUndefined();
  });
});

describe("phrasings of the fourth growth set", () => {
  it("reads X作为牵头单位，携手A、B等高新区，搭起…网络 with the count of the next sentence", () => {
    const x = extractArticle(
      article(
        "5月20日，国家高新区物联网产业协同创新网络启动大会在无锡高新区太湖湾科创城举行。无锡高新区作为牵头单位，携手杭州、西安等高新区，搭起一张跨区域协作网络。首批成员单位共3家，全部为国家高新区。网络秘书处则设在杭州高新区。",
        "2025-05-22",
      ),
      curated,
    );
    const n = x.networks[0];
    expect(n?.members).toMatchObject({ zones: ["wuxi", "hangzhou", "xian"], statedCount: 3, partial: false });
    expect(n?.launch?.venue).toBe("wuxi");
    expect(n?.secretariat?.zone).toBe("hangzhou");
  });

  it("reads 由X牵头，A、B等高新区共同参与，首批成员单位共N家", () => {
    const x = extractArticle(
      article(
        "5月20日，国家高新区物联网产业协同创新网络启动会在无锡高新区举行。由无锡高新区牵头，杭州、西安等高新区共同参与，首批成员单位共3家。",
        "2025-05-21",
      ),
      curated,
    );
    expect(x.networks[0]?.members).toMatchObject({
      zones: ["wuxi", "hangzhou", "xian"],
      statedCount: 3,
      partial: false,
    });
    expect(x.networks[0]?.lead?.zone).toBe("wuxi");
  });

  it("reads 沿X的A、B等N家国家高新区作为发起单位 as the item's group's members", () => {
    const x = extractArticle(
      article(
        "8月26日，长江中游城市群国家高新区创新发展联盟成立大会在长沙高新区召开。沿江的长沙、株洲、南昌等3家国家高新区作为发起单位，共同签署联盟章程。",
        "2025-08-27",
      ),
      curated,
    );
    expect(x.alliances[0]?.members?.zones).toEqual(["changsha", "zhuzhou", "nanchang"]);
  });

  it("reads a member list given one province per line after 成员单位名单：", () => {
    const x = extractArticle(
      article(
        "9月26日，长江中游城市群国家高新区创新发展联盟成立。\n\n联盟首批成员单位名单（按省区排列）：\n\n湖北：武汉东湖高新区、襄阳高新区\n\n湖南：长沙高新区\n\n会议选举了理事会。",
        "2025-09-27",
      ),
      curated,
    );
    expect(x.alliances[0]?.members?.zones).toEqual(["donghu", "xiangyang", "changsha"]);
  });

  it("reads 表决通过了A、B 2家国家高新区的入网申请, dated by the meeting, not by the founding date", () => {
    const x = extractArticle(
      article(
        "12月5日，国家高新区物联网产业协同创新网络2025年度成员大会在青岛高新区召开，会议表决通过了长沙高新区、襄阳高新区2家国家高新区的入网申请。至此，这张2024年11月在无锡成立的网络，成员单位从成立之初的12家增加到14家。",
        "2025-12-08",
      ),
      curated,
    );
    expect(x.changes).toContainEqual(expect.objectContaining({ added: ["changsha", "xiangyang"], date: "2025-12-05" }));
    expect(x.changes.every((c) => c.date === "2025-12-05")).toBe(true);
  });

  it("reads A、B即日起正式成为网络成员", () => {
    const x = extractArticle(
      article(
        "3月18日，国家高新区物联网产业协同创新网络2026年工作会议召开。会上宣布，长沙高新区、襄阳高新区即日起正式成为网络成员。",
        "2026-03-20",
      ),
      curated,
    );
    expect(x.changes).toEqual([expect.objectContaining({ added: ["changsha", "xiangyang"], date: "2026-03-18" })]);
  });

  it("reads ——A、B经年会审议同意正式入网，成员总数达到N家", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络召开年会，又迎来2位新成员——长沙高新区、襄阳高新区经年会审议同意正式入网，网络成员总数达到14家。",
        "2026-05-22",
      ),
      curated,
    );
    expect(x.changes).toEqual([expect.objectContaining({ added: ["changsha", "xiangyang"], newCount: 14 })]);
  });
});

describe("launches", () => {
  it("reads date, venue and occasion", () => {
    const x = extractArticle(
      article("3月18日，国家高新区量子科技产业协同创新网络启动大会在合肥高新区召开。", "2026-03-20"),
      zoneTable,
    );
    expect(x.networks[0]?.launch).toMatchObject({ date: "2026-03-18", venue: "hefei", occasion: "启动大会" });
    expect(x.inferences).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/launch\.date$/) }));
  });

  it("reads a date after the name (Y于6月3日在V正式启动)", () => {
    const x = extractArticle(
      article("国家高新区量子科技产业协同创新网络于6月3日在合肥高新区正式启动。", "2026-06-05"),
      zoneTable,
    );
    expect(x.networks[0]?.launch).toMatchObject({ date: "2026-06-03", venue: "hefei" });
  });

  it("reads 在V举行Y启动仪式", () => {
    const x = extractArticle(
      article(
        "6月3日，合肥高新区举行国家高新区量子科技产业协同创新网络启动仪式。\n\n6月4日，在济南高新区举行国家高新区空天信息产业协同创新网络启动仪式。",
        "2026-06-05",
      ),
      zoneTable,
    );
    const sky = x.networks.find((n) => n.field === "空天信息");
    expect(sky?.launch).toMatchObject({ date: "2026-06-04", venue: "jinan", occasion: "启动仪式" });
  });

  it("gives no venue for a city (在北京举行 does not say which zone)", () => {
    const x = extractArticle(
      article("3月18日，国家高新区量子科技产业协同创新网络启动仪式在合肥举行。", "2026-03-20"),
      zoneTable,
    );
    expect(x.networks[0]?.launch).toMatchObject({ date: "2026-03-18" });
    expect(x.networks[0]?.launch?.venue).toBeUndefined();
  });

  it("reads a founding with the body that guided it", () => {
    const x = extractArticle(
      article(
        "2024年9月8日,在工业和信息化部火炬中心指导下,盐城、徐州等2家国家高新区联合发起成立苏北高新区产业科技创新战略联盟。",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.founded).toMatchObject({ date: "2024-09-08", guidedBy: "工业和信息化部火炬中心" });
  });

  it("takes no launch and no members from a plan (3月5日，…拟共同成立Y; Y将于6月3日在V启动)", () => {
    const x = extractArticle(
      article(
        "3月5日，合肥高新区联合济南、青岛等3家国家高新区，拟共同成立国家高新区量子科技产业协同创新网络。\n\n国家高新区空天信息产业协同创新网络将于6月3日在济南高新区启动。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks).toEqual([]);
    expect(x.events).toEqual([]);
  });

  it("does not report a network that is only proposed (建议成立…)", () => {
    const x = extractArticle(article("专家建议成立国家高新区海洋经济产业协同创新网络。"), zoneTable);
    expect(x.networks).toEqual([]);
  });
});

describe("leads and chairs", () => {
  it("reads X牵头建设的Y", () => {
    const x = extractArticle(
      article("中关村示范区牵头建设的国家高新区量子科技产业协同创新网络将聚焦核心技术。"),
      zoneTable,
    );
    expect(x.networks[0]?.lead?.zone).toBe("zhongguancun");
  });

  it("reads 由X牵头的Y", () => {
    const x = extractArticle(
      article("由合肥高新区牵头的国家高新区量子科技产业协同创新网络已吸引多家企业。"),
      zoneTable,
    );
    expect(x.networks[0]?.lead?.zone).toBe("hefei");
  });

  it("reads 该网络由X牵头 for the item's network", () => {
    const x = extractArticle(
      article("4月20日，国家高新区量子科技产业协同创新网络启动仪式在合肥高新区举行。该网络由合肥高新区牵头。"),
      zoneTable,
    );
    expect(x.networks[0]?.lead).toMatchObject({ zone: "hefei", evidence: [{ quote: "该网络由合肥高新区牵头" }] });
  });

  it("reads 作为牵头单位,X… for the one network the sentence names", () => {
    const x = extractArticle(
      article("作为牵头单位,无锡高新区党工委副书记顾国栋认为,建设好国家高新区量子科技产业协同创新网络意义重大。"),
      zoneTable,
    );
    expect(x.networks[0]?.lead?.zone).toBe("wuxi");
    expect(x.networks[0]?.leadPeople).toEqual([
      expect.objectContaining({ name: "顾国栋", role: "无锡高新区党工委副书记" }),
    ]);
  });

  it("reads the chair in 理事长单位为X, not from 副理事长单位为Y", () => {
    const x = extractArticle(
      article(
        "2025年12月8日，黄河流域国家高新区协同创新联盟成立。副理事长单位为郑州高新区。联盟理事长单位为西安高新区。",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.chair).toMatchObject({
      zone: "xian",
      evidence: [{ quote: "联盟理事长单位为西安高新区。" }],
    });
  });

  it("reads the chair (选举X为首届理事长单位)", () => {
    const x = extractArticle(
      article("2025年12月8日，黄河流域国家高新区协同创新联盟成立。会议选举西安高新区为首届理事长单位。"),
      zoneTable,
    );
    expect(x.alliances[0]?.chair?.zone).toBe("xian");
  });
});

describe("secretariats", () => {
  it("reads a rotating secretariat and says it rotates", () => {
    const x = extractArticle(
      article(
        "2025年12月8日，黄河流域国家高新区协同创新联盟成立。联盟秘书处由成员单位按年度轮值，首届秘书处设在郑州高新区。",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.secretariat).toMatchObject({
      zone: "zhengzhou",
      note: "首届秘书处；秘书处由成员单位按年度轮值",
    });
  });

  it("reads the zone after a verb of choosing (会议确定X为秘书处单位), proposing no zone from the phrase", () => {
    const x = extractArticle(
      article("2025年12月8日，黄河流域国家高新区协同创新联盟成立。会议确定郑州高新区为秘书处单位。"),
      zoneTable,
    );
    expect(x.alliances[0]?.secretariat?.zone).toBe("zhengzhou");
    expect(x.zones).toEqual([]);
  });

  it("reads 秘书处常设在X", () => {
    const x = extractArticle(
      article("2025年12月8日，黄河流域国家高新区协同创新联盟成立。联盟秘书处常设在兰州高新区。"),
      zoneTable,
    );
    expect(x.alliances[0]?.secretariat?.zone).toBe("lanzhou");
  });

  it("reads 秘书处设在X，由Y承担 for the item's network", () => {
    const x = extractArticle(
      article(
        "3月18日，国家高新区量子科技产业协同创新网络启动大会在合肥高新区召开。秘书处设在合肥高新区，由合肥量子产业促进中心承担日常工作。",
      ),
      zoneTable,
    );
    expect((x.networks[0] as { secretariat?: unknown }).secretariat).toMatchObject({
      zone: "hefei",
      note: "由合肥量子产业促进中心承担日常工作",
    });
  });
});

describe("secretariats that move or sit inside a zone", () => {
  it("reads 秘书处由A正式移交B as B's seat", () => {
    const x = extractArticle(
      article(
        "淮河联盟秘书处轮值交接仪式在徐州高新区举行。按照制度，联盟秘书处由盐城高新区正式移交徐州高新区，徐州高新区成为联盟第二届秘书处所在单位。",
        "2026-05-25",
      ),
      curated,
    );
    expect(x.alliances[0]?.secretariat).toMatchObject({ zone: "xuzhou" });
  });

  it("keeps how a secretariat rotates and where it goes next in the note", () => {
    const x = extractArticle(
      article(
        "9月26日，长江中游城市群国家高新区创新发展联盟成立。根据章程，秘书处由长沙、南昌、武汉东湖3家高新区按两年一届依次轮值，首届轮值秘书处设在长沙高新区，2027年起轮转至南昌高新区。",
        "2025-09-27",
      ),
      curated,
    );
    expect(x.alliances[0]?.secretariat?.zone).toBe("changsha");
    expect(x.alliances[0]?.secretariat?.note).toContain("按两年一届依次轮值");
    expect(x.alliances[0]?.secretariat?.note).toContain("2027年起轮转至南昌高新区");
  });

  it("keeps the seat before a handover in the same article as history (一直设在A…自…起由A移交B)", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络召开成员大会。网络成立以来，秘书处一直设在无锡高新区。会议明确，自2026年1月1日起，秘书处由无锡高新区移交杭州高新区。",
        "2025-12-08",
      ),
      curated,
    );
    expect(x.networks[0]?.secretariat?.zone).toBe("hangzhou");
    expect(x.networks[0]?.secretariatHistory?.map((h) => h.zone)).toEqual(["wuxi"]);
  });

  it("reads B由此成为联盟成立以来的第二任秘书处单位 as a handover", () => {
    const x = extractArticle(
      article(
        "淮河生态经济带高新区产业科技创新战略联盟秘书处交接仪式举行，蚌埠高新区由此成为联盟成立以来的第二任秘书处单位。",
        "2026-01-16",
      ),
      curated,
    );
    expect(x.alliances[0]?.secretariat?.zone).toBe("bengbu");
  });

  it("joins how the secretariat rotates, said in its own sentence, to the seat's note", () => {
    const x = extractArticle(
      article(
        "9月26日，长江中游城市群国家高新区创新发展联盟成立。这一联盟的秘书处实行轮值制度。根据章程，每一轮值期为一年，首个轮值期自2025年10月至2026年9月，秘书处设在长沙高新区。",
        "2025-09-27",
      ),
      curated,
    );
    const note = x.alliances[0]?.secretariat?.note ?? "";
    expect(x.alliances[0]?.secretariat?.zone).toBe("changsha");
    expect(note).toContain("秘书处实行轮值制度");
    expect(note).toContain("首个轮值期自2025年10月至2026年9月");
  });

  it("reads 秘书处设在X纳米城 as X, keeping the place in the note", () => {
    const x = extractArticle(
      article(
        "国家高新区纳米新材料产业协同创新网络召开推进会。会议明确，网络秘书处设在苏州工业园区纳米城。",
        "2026-01-16",
      ),
      curated,
    );
    expect(x.networks[0]?.secretariat).toMatchObject({ zone: "suzhou-sip", note: "设在苏州工业园区纳米城" });
  });
});

describe("officials", () => {
  it("reads title and name, with the zone the title belongs to", () => {
    const x = extractArticle(article('"意义重大。"苏州工业园区党工委委员、管委会副主任倪乾表示。'), zoneTable);
    expect(x.officials).toEqual([
      {
        name: "倪乾",
        role: "苏州工业园区党工委委员、管委会副主任",
        org: "suzhou-sip",
        evidence: [{ article: "t-1", quote: "苏州工业园区党工委委员、管委会副主任倪乾表示" }],
      },
    ]);
  });

  it("ties a title to a zone by the zone's name, not by a city (深圳市科技创新局 is not 深圳高新区)", () => {
    const x = extractArticle(article("深圳市科技创新局副局长许文澜表示，将推进协同。"), zoneTable);
    expect(x.officials).toEqual([expect.objectContaining({ name: "许文澜", role: "深圳市科技创新局副局长" })]);
    expect(x.officials[0]?.org).toBeUndefined();
  });

  it("reads the name before a one-character meeting word (在会上表示)", () => {
    const x = extractArticle(
      article("“目标明确。”重庆高新区党工委委员、管委会副主任罗振华在会上表示，将深化合作。"),
      zoneTable,
    );
    expect(x.officials).toEqual([
      expect.objectContaining({ name: "罗振华", role: "重庆高新区党工委委员、管委会副主任" }),
    ]);
  });

  it("adds the title a person takes on (出任首届理事长), and the quote runs to it", () => {
    const x = extractArticle(
      article("东湖高新区管委会常务副主任王建武出任首届理事长；长沙高新区为副理事长单位。"),
      zoneTable,
    );
    expect(x.officials).toEqual([
      expect.objectContaining({
        name: "王建武",
        role: "东湖高新区管委会常务副主任，首届理事长",
        evidence: [{ article: "t-1", quote: "东湖高新区管委会常务副主任王建武出任首届理事长" }],
      }),
    ]);
  });

  it("takes no name from 相关负责人", () => {
    const x = extractArticle(article("工业和信息化部规划司相关负责人表示,将加强政策引导。"), zoneTable);
    expect(x.officials).toEqual([]);
  });
});

describe("figures", () => {
  it("reads value, unit, period and scope", () => {
    const x = extractArticle(article("据介绍，10家成员高新区2025年生物医药产业营业收入合计约8600亿元。"), zoneTable);
    expect(x.figures).toEqual([
      expect.objectContaining({
        label: "生物医药产业营业收入",
        value: "约8600",
        unit: "亿元",
        period: "2025年",
        year: 2025,
        scope: "10家成员高新区",
      }),
    ]);
  });

  it("reads two counts after one verb, counts of things that did something, and an approximate value", () => {
    const x = extractArticle(
      article(
        "杭州高新区系统性整合所辖63家公共实验室、317台合成套设备目录。园区80个重点项目签约。2024年，我国未来产业产值规模约为11.7万亿元。",
      ),
      zoneTable,
    );
    expect(x.figures.map((f) => [f.label, f.value, f.unit, f.note])).toEqual([
      ["公共实验室", "63", "家", undefined],
      ["合成套设备目录", "317", "台", undefined],
      ["重点项目签约", "80", "个", undefined],
      ["我国未来产业产值规模", "11.7", "万亿元", "约"],
    ]);
  });

  it("reads a target as its year's (the period as written, in the quote) and leaves out values that say not of what", () => {
    const x = extractArticle(
      article("网络的三年目标是：到2028年，成员高新区营业收入突破1.2万亿元。\n\n当天签约项目，总投资412亿元。"),
      zoneTable,
    );
    expect(x.figures.map((f) => [f.label, f.value, f.year, f.period, f.evidence[0]?.quote])).toEqual([
      ["成员高新区营业收入", "突破1.2", 2028, "到2028年", "到2028年，成员高新区营业收入突破1.2万亿元"],
    ]);
  });
});
