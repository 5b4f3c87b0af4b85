/**
 * Extraction classes found on articles nobody wrote a pattern for (the growth sets' failures), each with
 * invented sentences in new wording. One case per behaviour; a wrong fact is worse than none, so the cases that
 * must NOT yield a fact matter as much as the ones that must.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/knowledge/extract/index.ts";
import { article, curated, zoneTable } from "./fixtures/extract/inputs.ts";

describe("group names are not read out of a person's title", () => {
  it("reads no alliance from 某人担任联盟首届理事长, and reads the chair after a colon", () => {
    const x = extractArticle(
      article(
        "10月9日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区举行。大会选举产生首届领导机构：西安高新区当选理事长单位，宝鸡高新区当选副理事长单位。西安高新区管委会主任周朗担任联盟首届理事长。",
        "2026-10-10",
      ),
      zoneTable,
    );
    expect(x.alliances.map((a) => a.name)).toEqual(["汾渭平原国家高新区协同创新联盟"]);
    expect(x.alliances[0]?.chair?.zone).toBe("xian");
  });
});

describe("a rotating secretariat's plan", () => {
  it("keeps the next seats and a changed term in the note", () => {
    const x = extractArticle(
      article(
        "9月3日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区举行。首届秘书处设在西安高新区，2028年起将移交至宝鸡高新区，此后再由渭南高新区接任。",
        "2026-09-04",
      ),
      zoneTable,
    );
    const note = x.alliances[0]?.secretariat?.note ?? "";
    expect(x.alliances[0]?.secretariat?.zone).toBe("xian");
    expect(note).toContain("2028年起将移交至宝鸡高新区");
    expect(note).toContain("此后再由渭南高新区接任");
  });

  it("keeps 任期由…调整为… and 自…起由B接任秘书处", () => {
    const x = extractArticle(
      article(
        "5月6日，黄河流域国家高新区协同创新联盟理事会在济南高新区召开。首届秘书处仍设在郑州高新区，任期由原定三年调整为至2027年6月，自2027年7月1日起由济南高新区接任秘书处。",
        "2026-05-07",
      ),
      curated,
    );
    const note = x.alliances.find((a) => a.id === "huanghe")?.secretariat?.note ?? "";
    expect(note).toContain("任期由原定三年调整为至2027年6月");
    expect(note).toContain("自2027年7月1日起由济南高新区接任秘书处");
  });
});

describe("membership changes: applications approved", () => {
  it("reads 批准A和B加入网络的申请, with a name that holds 和 (呼和浩特) kept whole", () => {
    const x = extractArticle(
      article(
        "8月2日，国家高新区物联网产业协同创新网络理事会在无锡高新区召开。理事会批准银川高新区和呼和浩特金山高新区加入网络的申请，网络成员单位从16家增加到18家。",
        "2026-08-03",
      ),
      curated,
    );
    expect(x.changes).toEqual([
      expect.objectContaining({ added: ["yinchuan", expect.stringMatching(/^huhehaote/)], newCount: 18 }),
    ]);
    expect(x.zones.map((z) => z.name)).toEqual(expect.arrayContaining(["呼和浩特金山高新区"]));
  });

  it("makes no zone of the verb before the list (审议通过A…)", () => {
    const x = extractArticle(
      article(
        "8月2日，国家高新区物联网产业协同创新网络理事会在无锡高新区召开。会议审议通过银川高新区、西宁高新区加入该网络的申请。",
        "2026-08-03",
      ),
      curated,
    );
    expect(x.zones.map((z) => z.name).filter((n) => /审议|通过/.test(n))).toEqual([]);
    expect(x.changes[0]?.added).toEqual(["yinchuan", "xining"]);
  });
});

/** The figures extraction reads from a body, as label, value with unit, year, period, about, note and quote. */
const figs = (body: string, known = curated) =>
  extractArticle(article(body, "2026-07-02"), known).figures.map((f) => ({
    label: f.label,
    value: `${f.value}${f.unit}`,
    year: f.year,
    period: f.period,
    about: f.about,
    note: f.note,
    quote: f.evidence[0]?.quote,
  }));

describe("figures in more shapes", () => {
  it("dates the clauses after a clause that only says when (2024年，… / 截至2025年底，…)", () => {
    const out = figs(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。截至2025年底，网络成员单位共建联合实验室23个，互认检测报告410份。",
    );
    expect(out).toEqual([
      expect.objectContaining({ label: "网络成员单位共建联合实验室", value: "23个", year: 2025, about: ["opto"] }),
    ]);
    expect(out[0]?.quote).toBe("截至2025年底，网络成员单位共建联合实验室23个");
  });

  it("does not carry a year past a clause that names another one", () => {
    const out = figs(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。2025年，网络促成技术合作项目8个；2026年1月至6月，网络促成技术合作项目5个。",
    );
    expect(out.map((f) => [f.value, f.year])).toEqual([
      ["8个", 2025],
      ["5个", 2026],
    ]);
  });

  it("reads 这一数字增长到N as the measure before, in its own year, and 累计达到N as its running total", () => {
    const out = figs(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。2024年，网络举办供需对接活动12场；2025年，这一数字增长到19场。成员间新增共享设备80台（套），累计达到260台（套）。",
    );
    expect(out.map((f) => [f.label, f.value, f.year])).toEqual([
      ["网络举办供需对接活动", "12场", 2024],
      ["网络举办供需对接活动", "19场", 2025],
      ["成员间新增共享设备", "80台（套）", undefined],
      ["成员间共享设备（累计）", "260台（套）", undefined],
    ]);
    expect(out[1]?.quote).toBe("2024年，网络举办供需对接活动12场；2025年，这一数字增长到19场");
  });

  it("names a bare 规模 by the fund the clause before sets up", () => {
    const out = figs(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。成员单位联合设立光电子成果转化基金，规模12亿元。",
    );
    expect(out).toEqual([
      expect.objectContaining({ label: "光电子成果转化基金规模", value: "12亿元", about: ["opto"] }),
    ]);
  });

  it("keeps an amount or a change said right after a figure as its note, with the quote running to it", () => {
    const out = figs(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。会上网络成员签约合作项目7个，涉及激光器和光电传感器，总金额约33亿元。成员高新区光电子产业营业收入约4200亿元，同比增长8.5%。",
    );
    expect(out.map((f) => [f.value, f.note])).toEqual([
      ["7个", "总金额约33亿元"],
      ["约4200亿元", "同比增长8.5%"],
    ]);
    expect(out[0]?.quote).toBe("会上网络成员签约合作项目7个，涉及激光器和光电传感器，总金额约33亿元");
  });

  it("ties a figure to the zone its label starts with, not to the group the item is about", () => {
    const out = figs(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。长春高新区光电企业实现营业收入约900亿元。",
    );
    expect(out).toEqual([expect.objectContaining({ about: ["changchun"] })]);
  });
});

describe("learned figures and how a question finds them", () => {
  const one = (body: string) => extractArticle(article(body, "2026-07-02"), curated).figures[0];

  it("asks for the group's kind word, the measured thing, and a word of the label besides the group's name", () => {
    const f = one(
      "7月1日，国家高新区光电子产业协同创新网络年会在长春高新区召开。截至2025年底，网络成员单位共建联合实验室23个。",
    );
    expect(f?.match).toEqual([["@opto"], ["网络"], ["实验室"], expect.arrayContaining(["共建", "联合"])]);
    expect(f?.match[3]).not.toContain("电子");
  });
});

describe("shares and running totals", () => {
  it("reads one share per N%的<thing> after a verb and a whole (占全省…、…和…)", () => {
    const x = extractArticle(
      article(
        "全省12家高新区以占全省3.1%的建设用地，贡献了全省18.4%的工业增加值、22%的研发投入和31.5%的有效发明专利。",
      ),
      zoneTable,
    );
    expect(x.figures.map((f) => [f.label, f.value])).toEqual([
      ["建设用地占全省比重", "3.1%"],
      ["工业增加值占全省比重", "18.4%"],
      ["研发投入占全省比重", "22%"],
      ["有效发明专利占全省比重", "31.5%"],
    ]);
  });

  it("reads 2019年以来累计超N as the running total of the figure before, with its period", () => {
    const x = extractArticle(
      article("2025年，成都流向重庆的技术合同成交额312亿元；2019年以来累计超1500亿元。"),
      zoneTable,
    );
    expect(x.figures.map((f) => [f.label, f.value, f.unit, f.period])).toEqual([
      ["成都流向重庆的技术合同成交额", "312", "亿元", "2025年"],
      ["成都流向重庆的技术合同成交额（累计）", "超1500", "亿元", "2019年以来"],
    ]);
  });
});

describe("officials in more wordings", () => {
  const people = (body: string) =>
    extractArticle(article(body), zoneTable).officials.map((o) => [o.name, o.role, o.org]);

  it("reads 在…时表示, 主持, 通报, and 在会上作了…", () => {
    expect(
      people(
        "青岛高新区管委会副主任林书涵在交接时表示，将做好衔接。长春高新区管委会主任孟启越主持会议。武汉东湖新技术开发区管理委员会副主任白露通报了进展。无锡高新区管委会副主任凌川在会上作了工作报告。",
      ),
    ).toEqual([
      ["林书涵", "青岛高新区管委会副主任", "qingdao"],
      ["孟启越", "长春高新区管委会主任", "changchun"],
      ["白露", "武汉东湖新技术开发区管理委员会副主任", "donghu"],
      ["凌川", "无锡高新区管委会副主任", "wuxi"],
    ]);
  });

  it("ties the title to the zone behind a host word, a district in brackets, or a second title", () => {
    expect(
      people(
        "东道主长沙高新区管委会副主任罗芸表示，欢迎各方。杭州高新区（滨江）管委会副主任葛文表示，将推进合作。联盟副理事长、郑州高新区管委会主任宋岩表示，将加强联动。",
      ),
    ).toEqual([
      ["罗芸", "长沙高新区管委会副主任", "changsha"],
      ["葛文", "杭州高新区（滨江）管委会副主任", "hangzhou"],
      ["宋岩", "联盟副理事长、郑州高新区管委会主任", "zhengzhou"],
    ]);
  });
});

describe("occasions that are meetings", () => {
  it("makes a 交接仪式 or a 发布会 of a group an event with its date and venue", () => {
    const x = extractArticle(
      article(
        "3月9日，黄河流域国家高新区协同创新联盟秘书处交接仪式在西安高新区举行。4月2日，国家高新区物联网产业协同创新网络场景发布会在苏州工业园区举行。",
        "2026-04-03",
      ),
      curated,
    );
    expect(x.events.map((e) => [e.date, e.venue, e.title])).toEqual([
      ["2026-03-09", "xian", "黄河流域国家高新区协同创新联盟秘书处交接仪式在西安高新区举行"],
      ["2026-04-02", "suzhou-sip", "国家高新区物联网产业协同创新网络场景发布会在苏州工业园区举行"],
    ]);
  });
});

describe("a zone's figures in one sentence", () => {
  it("carries the zone a sentence starts with to its later clauses, and a comparison after a figure is its note", () => {
    const x = extractArticle(
      article("2025年，厦门火炬高新区新引进研发机构14家，研发机构总数达到203家，较上年增长7.4%。", "2026-01-20"),
      zoneTable,
    );
    expect(x.figures.map((f) => [f.value, f.year, f.about, f.note])).toEqual([
      ["14", 2025, ["xiamen-torch"], undefined],
      ["203", 2025, ["xiamen-torch"], "较上年增长7.4%"],
    ]);
  });
});

describe("a launch written as the lead and the rest of the list", () => {
  it("reads the lead, the whole first list and a long joint occasion", () => {
    const x = extractArticle(
      article(
        "3月5日，国家高新区海洋装备产业协同创新网络启动大会暨首届海洋装备产业创新峰会在青岛高新区举行。首批成员单位共4家。牵头单位为青岛高新区，其余3家分别是：大连高新区、宁波高新区和厦门火炬高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    const n = x.networks[0];
    expect(n?.lead?.zone).toBe("qingdao");
    expect(n?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
    expect(n?.launch?.date).toBe("2026-03-05");
  });

  it("reads no list when the rest does not number what it says", () => {
    const x = extractArticle(
      article(
        "3月5日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区举行。牵头单位为青岛高新区，其余5家分别是：大连高新区、宁波高新区和厦门火炬高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones ?? []).not.toContain("dalian");
  });
});

describe("a member list announced with its count", () => {
  it("reads provinces' sub-lists with a suffix written once (河南的A、B高新区，…，以及山东的C、D高新区)", () => {
    const x = extractArticle(
      article(
        "汾渭平原国家高新区协同创新联盟成立\n7月1日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区举行。6家发起单位为：陕西的西安、宝鸡、渭南高新区，山西的运城、临汾高新区，以及河南的三门峡高新区。",
        "2026-07-02",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.members?.zones).toHaveLength(6);
    expect(a?.members?.zones.slice(0, 3)).toEqual(["xian", "baoji", "weinan"]);
    expect(x.zones.find((z) => z.name === "运城高新区")?.province).toBe("山西");
  });

  it("reads a block of region lines after 如下：, with the lead marked （牵头单位）", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络启动仪式在青岛高新区举行。网络首批成员单位共4家，按地区列示如下：\n青岛高新区（牵头单位）\n环渤海：大连高新区\n东南沿海：宁波高新区、厦门火炬高新区\n网络秘书处设在青岛高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    const n = x.networks[0];
    expect(n?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
    expect(n?.lead?.zone).toBe("qingdao");
  });

  it("reads 除X外，还包括A、B…等N家 as X and the N others", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络在青岛高新区启动。网络由青岛高新区牵头组建，首批成员单位共4家，除青岛外，还包括大连、宁波、厦门火炬等3家国家高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
  });

  it("reads no list whose names do not number the count", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络在青岛高新区启动。5家发起单位是：青岛、大连、宁波高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members).toBeUndefined();
  });

  it("reads 由X牵头，A、B等N家高新区共同参与 once, with the lead (not as two lists that disagree)", () => {
    const x = extractArticle(
      article(
        "本报讯 2月3日，国家高新区海洋装备产业协同创新网络启动会在青岛高新区召开。网络由青岛高新区牵头，大连、宁波等2家国家高新区共同参与，成员单位合计3家。",
        "2026-02-04",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual(["qingdao", "dalian", "ningbo"]);
  });
});

describe("the group a bare 网络 refers to", () => {
  it("is the one the title names when the text has named others since", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络在青岛启动\n3月5日，国家高新区海洋装备产业协同创新网络启动仪式在青岛高新区举行。这是继物联网、光电子之后又一个产业协同创新网络。\n网络秘书处设在青岛高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks.find((n) => n.name.includes("海洋装备"))?.secretariat?.zone).toBe("qingdao");
  });
});

describe("a secretariat handed over on a stated day", () => {
  it("reads 自…起，秘书处由A移交B（别称）承担: B now, A before, the day in the note", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络年会召开\n10月8日，国家高新区物联网产业协同创新网络年会在无锡高新区召开。会议商定，自2027年3月1日起，网络秘书处由无锡高新区移交苏州工业园区（园区）承担，任期三年。",
        "2026-10-09",
      ),
      curated,
    );
    const n = x.networks.find((g) => g.id === "iot");
    expect(n?.secretariat?.zone).toBe("suzhou-sip");
    expect(n?.secretariat?.note).toContain("自2027年3月1日起");
    expect(n?.secretariatHistory?.map((h) => h.zone)).toEqual(["wuxi"]);
  });

  it("keeps the order of the next seats (此后依次由B、C承担) in the note", () => {
    const x = extractArticle(
      article(
        "汾渭平原国家高新区协同创新联盟成立\n9月3日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区举行。首届秘书处设在西安高新区，此后依次由宝鸡高新区、渭南高新区承担。",
        "2026-09-04",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.secretariat?.note).toContain("此后依次由宝鸡高新区、渭南高新区承担");
  });
});

describe("membership changes: an application approved after it is named", () => {
  it("reads A、B 2家国家高新区的入网申请获…同意 as A and B joining", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络理事会召开\n8月2日，国家高新区物联网产业协同创新网络理事会在无锡高新区召开。会上，银川高新区、西宁高新区2家国家高新区的入网申请获理事会一致同意，网络成员单位由16家增至18家。",
        "2026-08-03",
      ),
      curated,
    );
    expect(x.changes[0]?.added).toEqual(["yinchuan", "xining"]);
  });
});

describe("figures said of the figure before", () => {
  it("reads 而2024年这一数字为N as the same measure in that year", () => {
    const out = figs(
      "3月2日，国家高新区光电子产业协同创新网络年会在长春高新区召开。2025年网络促成技术转移项目41个，而2024年这一数字为26个。",
    );
    expect(out.map((f) => [f.label, f.value, f.year])).toEqual([
      ["网络促成技术转移项目", "41个", 2025],
      ["网络促成技术转移项目", "26个", 2024],
    ]);
  });

  it("reads 其中N项已完成X as a part of the figure before, in its year", () => {
    const out = figs(
      "3月2日，国家高新区光电子产业协同创新网络年会在长春高新区召开。2025年网络发布联合攻关项目40项，其中12项已完成验收。",
    );
    expect(out.map((f) => [f.label, f.value, f.year])).toEqual([
      ["网络发布联合攻关项目", "40项", 2025],
      ["网络发布联合攻关项目中完成验收", "12项", 2025],
    ]);
  });

  it("reads 发布…清单，涵盖A、B等N个X as the list's size", () => {
    const out = figs(
      "3月2日，国家高新区光电子产业协同创新网络年会在长春高新区召开。网络联合发布光电子应用场景清单，涵盖智能制造、医疗影像等52个场景。",
    );
    expect(out.map((f) => [f.label, f.value])).toEqual([["光电子应用场景清单场景", "52个"]]);
  });
});

describe("targets", () => {
  it("reads a target said for a year (到2028年…达到N) as that year's target, and a bound (以上) in the note", () => {
    const out = figs(
      "3月2日，国家高新区光电子产业协同创新网络年会在长春高新区召开。会议提出，到2028年，网络成员单位共建中试平台达到25个以上，联合培育专精特新企业300家。",
    );
    expect(out.map((f) => [f.label, f.value, f.year, f.period, f.note])).toEqual([
      ["网络成员单位共建中试平台", "25个", 2028, "到2028年", "以上"],
      ["联合培育专精特新企业", "300家", 2028, "到2028年", undefined],
    ]);
  });

  it("reads no figure from a wish that says not for when", () => {
    expect(
      figs("3月2日，国家高新区光电子产业协同创新网络年会在长春高新区召开。网络力争培育专精特新企业300家。"),
    ).toEqual([]);
  });
});

describe("figure labels and scopes", () => {
  it("reads a scope after 网络 (网络14家成员高新区…合计达到N), without 合计 or 力争 in the label", () => {
    const out = figs(
      "3月2日，国家高新区光电子产业协同创新网络年会在长春高新区召开。2025年，网络13家成员高新区光电子相关产业规模合计达到4600亿元；2026年，网络光电子产业规模力争达到5200亿元。",
    );
    expect(out.map((f) => [f.label, f.value, f.year])).toEqual([
      ["光电子相关产业规模", "4600亿元", 2025],
      ["网络光电子产业规模", "5200亿元", 2026],
    ]);
  });
});

describe("more phrasings of founding lists, newcomers, seats and venues", () => {
  it("reads 发起单位依次为：A高新区、B高新区… (full names, no count) and 成立大会在V举行 after the founding", () => {
    const x = extractArticle(
      article(
        "汾渭平原国家高新区协同创新联盟成立\n7月1日，汾渭平原国家高新区协同创新联盟在陕西西安宣告成立。成立大会在西安高新区举行。联盟发起单位由北向南依次为：运城高新区、宝鸡高新区、渭南高新区、西安高新区。",
        "2026-07-02",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.members?.zones).toHaveLength(4);
    expect(a?.founded?.venue).toBe("xian");
  });

  it("reads A、B 2家国家高新区正式成为网络新成员 as a change", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络年会召开\n8月2日，国家高新区物联网产业协同创新网络年会在无锡高新区召开，银川高新区、西宁高新区2家国家高新区正式成为网络新成员。",
        "2026-08-03",
      ),
      curated,
    );
    expect(x.changes[0]?.added).toEqual(["yinchuan", "xining"]);
  });

  it("reads 秘书处今后实行年度轮值，自…起由B承担 as a move to B on that day", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络年会召开\n8月2日，国家高新区物联网产业协同创新网络年会在无锡高新区召开。网络秘书处今后实行年度轮值，自2027年1月1日起由苏州工业园区承担，轮值期一年。",
        "2026-08-03",
      ),
      curated,
    );
    const n = x.networks.find((g) => g.id === "iot");
    expect(n?.secretariat?.zone).toBe("suzhou-sip");
    expect(n?.secretariat?.note).toContain("自2027年1月1日起");
  });
});

describe("newcomers and seats in clauses no pattern names", () => {
  it("reads a counted list followed by a few words of manner and 加入 or “入网”", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络召开年会\n经济日报合肥9月9日电（记者 林涛）9月8日，国家高新区物联网产业协同创新网络年会在合肥高新区召开。会议宣布，银川高新区、西宁高新区2家国家高新区日前正式“入网”，网络成员总数由12家增加至14家。",
        "2026-09-10",
      ),
      curated,
    );
    expect(x.changes[0]?.added).toEqual(["yinchuan", "xining"]);
    // The day after the dateline is the change's, not the dateline's or the article's.
    expect(x.changes[0]?.date).toBe("2026-09-08");
  });

  it("reads no newcomers from a counted list that only intends to join (拟加入)", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络召开年会\n9月8日，国家高新区物联网产业协同创新网络年会在合肥高新区召开。银川高新区、西宁高新区2家国家高新区拟加入网络。",
        "2026-09-10",
      ),
      curated,
    );
    expect(x.changes.flatMap((c) => c.added)).toEqual([]);
  });

  it("reads the first seat of a rotation said as 由B承担秘书处工作, and keeps the next seats in the note", () => {
    const x = extractArticle(
      article(
        "9月3日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区举行。根据章程，首个轮值年度（2026年9月至2027年9月）由宝鸡高新区承担秘书处工作，此后依次由渭南高新区、西安高新区接任。",
        "2026-09-04",
      ),
      zoneTable,
    );
    const sec = x.alliances[0]?.secretariat;
    expect(sec?.zone).toBe("baoji");
    expect(sec?.note).toContain("此后依次由渭南高新区、西安高新区接任");
  });

  it("reads a standing seat turned into a rotation as a move: the new seat now, the old one in the history", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络年会召开\n8月2日，国家高新区物联网产业协同创新网络年会在无锡高新区召开。根据修订后的规则，网络秘书处由原来常设于无锡高新区，调整为由成员单位轮值承担，每届任期两年。首轮轮值秘书处由杭州高新区承担，任期为2027年至2028年。",
        "2026-08-03",
      ),
      curated,
    );
    const n = x.networks.find((g) => g.id === "iot");
    expect(n?.secretariat?.zone).toBe("hangzhou");
    expect(n?.secretariat?.note).toContain("每届任期两年");
    expect(n?.secretariatHistory?.map((h) => h.zone)).toEqual(["wuxi"]);
  });
});

describe("member lists and occasions in session 8's wordings", () => {
  it("reads full names one per line after 名单如下：, the last line ending the sentence, and the lead marked", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络启动仪式在青岛高新区举行。首批成员单位名单如下：\n\n青岛高新区（牵头单位）\n\n大连高新区、宁波高新区\n\n厦门火炬高新区。\n\n网络秘书处设在青岛高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    const n = x.networks[0];
    expect(n?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
    expect(n?.lead?.zone).toBe("qingdao");
  });

  it("reads a segment with its own count (…A、B2家国家高新区) and a level said before a name (某省省级高新区X)", () => {
    const x = extractArticle(
      article(
        "皖北高新区协同创新联盟成立\n6月2日，皖北高新区协同创新联盟在蚌埠高新区成立。联盟首批成员共3家，包括蚌埠、芜湖2家国家高新区，以及安徽省级高新区淮北高新区。",
        "2026-06-03",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.members?.zones.slice(0, 2)).toEqual(["bengbu", "wuhu"]);
    expect(a?.members?.zones).toHaveLength(3);
    expect(x.zones.find((z) => z.name === "淮北高新区")?.level).toBe("provincial");
  });

  it("dates a launch said as 正式启动运行 from the sentence before, when only a 随着… clause stands before it", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络启动\n3月5日上午，海洋装备产业大会在青岛高新区国际会议中心开幕。随着大屏幕上的启动键被按下，国家高新区海洋装备产业协同创新网络正式启动运行。",
        "2026-03-08",
      ),
      zoneTable,
    );
    const n = x.networks[0];
    expect(n?.launch?.date).toBe("2026-03-05");
  });
});

describe("foundings and member lists in growth-13's wordings", () => {
  it("reads a founding whose venue is a place inside a zone, written with brackets (V高新区某（某）科学城)", () => {
    const x = extractArticle(
      article(
        "皖江高新区协同创新联盟成立\n5月9日，皖江高新区协同创新联盟成立大会在芜湖高新区滨江（芜湖）创新城举行。",
        "2026-05-10",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.founded?.date).toBe("2026-05-09");
    expect(x.alliances[0]?.founded?.venue).toBe("wuhu");
  });

  it("reads province blocks after 按地区划分——, each labelled with its own count (某省（N家）：)", () => {
    const x = extractArticle(
      article(
        "沪苏浙高新区协同创新联盟成立\n6月1日，沪苏浙高新区协同创新联盟在南京高新区成立。联盟首批成员单位共4家，按地区划分——\n\n江苏省（2家）：南京高新区、常州高新区；\n\n浙江省（2家）：杭州高新区、宁波高新区。",
        "2026-06-02",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.members?.zones).toEqual(["nanjing", "changzhou", "hangzhou", "ningbo"]);
  });

  it("reads 除X外，首批成员还有A、B等N家 as X and N others, and no list when N does not match", () => {
    const read = (n: string) =>
      extractArticle(
        article(
          `国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络启动仪式在青岛高新区举行。该网络由青岛高新区牵头建设，除青岛高新区外，首批成员还有大连、宁波、厦门火炬等${n}家国家高新区。`,
          "2026-03-06",
        ),
        zoneTable,
      ).networks[0]?.members;
    expect(read("3")?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
    expect(read("3")?.statedCount).toBe(4);
    expect(read("5")?.partial ?? true).toBe(true);
  });

  it("reads 来自某地的A、B、C N家国家高新区共同签署 as the members of the group the item is about", () => {
    const x = extractArticle(
      article(
        "胶东半岛高新区协同创新联盟成立\n8月8日，胶东半岛高新区协同创新联盟在青岛高新区成立。来自山东半岛沿海各市的青岛、淄博、济宁3家国家高新区共同签署《胶东半岛高新区协同创新框架协议》。",
        "2026-08-09",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.members?.zones).toEqual(["qingdao", "zibo", "jining"]);
  });

  it("reads …在V签署《…》，联盟由此成立 as the founding, with the sentence's date and the signing's venue", () => {
    const x = extractArticle(
      article(
        "淮海经济区高新区联盟一周年\n去年的2025年6月6日，苏鲁豫皖四省的徐州、济宁、枣庄3家高新区在徐州高新区签署《淮海经济区高新区合作协议》，淮海经济区高新区联盟由此成立。",
        "2026-06-10",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.founded?.date).toBe("2025-06-06");
    expect(a?.founded?.venue).toBe("xuzhou");
  });
});

describe("a founding list and the list after the article's own change", () => {
  it("keeps the founding list as the group's, so the change moves it on (the later list is the change's result)", () => {
    const x = extractArticle(
      article(
        "皖江高新区协同创新联盟成立一周年\n5月9日，皖江高新区协同创新联盟年会在芜湖高新区召开。会上，淮南、滁州2家国家高新区正式加入联盟，成员单位由成立时的3家增至5家。\n\n一年前，联盟由3家高新区发起成立，首批成员分别是：安徽的芜湖、蚌埠、合肥高新区。\n\n至此，联盟5家成员单位为：安徽的芜湖、蚌埠、合肥、淮南、滁州高新区。",
        "2026-05-10",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.members?.zones).toEqual(["wuhu", "bengbu", "hefei"]);
    expect(x.changes[0]?.added).toEqual(["huainan", "chuzhou"]);
  });
});

describe("the date of a change said 会上", () => {
  it("takes the date of the meeting an earlier paragraph of the item reports", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络年会召开\n9月8日，国家高新区物联网产业协同创新网络年会在合肥高新区召开。来自各成员单位的100余人参会。\n\n会上，银川高新区、西宁高新区正式加入网络，网络成员单位由12家增至14家。",
        "2026-09-10",
      ),
      curated,
    );
    expect(x.changes[0]?.date).toBe("2026-09-08");
  });
});

describe("member lists in more newsroom wordings", () => {
  const network = (sentence: string) =>
    extractArticle(
      article(
        `国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络在青岛高新区启动。${sentence}`,
        "2026-03-06",
      ),
      zoneTable,
    ).networks[0]?.members?.zones;
  const four = ["qingdao", "dalian", "ningbo", "xiamen-torch"];

  it("reads a count in brackets before the list (成员单位（共N家）：…)", () => {
    expect(network("网络成员单位（共4家）：青岛高新区（牵头）、大连高新区、宁波高新区、厦门火炬高新区。")).toEqual(
      four,
    );
  });

  it("reads 首批加入网络的有A、B…N家国家高新区", () => {
    expect(network("首批加入网络的有青岛、大连、宁波、厦门火炬4家国家高新区。")).toEqual(four);
  });

  it("reads 参与组建的高新区包括A高新区、B高新区… without a count, full names only", () => {
    expect(network("参与组建的高新区包括：青岛高新区、大连高新区、宁波高新区、厦门火炬高新区。")).toEqual(four);
  });

  it("reads numbered lines after 名单如下：", () => {
    expect(
      network("首批成员单位名单如下：\n\n1. 青岛高新区\n\n2. 大连高新区\n\n3. 宁波高新区\n\n4. 厦门火炬高新区"),
    ).toEqual(four);
  });

  it("reads a count, then 分别是 and the list (…覆盖…的N家国家高新区，分别是…)", () => {
    expect(
      network("网络成员覆盖沿海4个省市的4家国家高新区，分别是青岛高新区、大连高新区、宁波高新区、厦门火炬高新区。"),
    ).toEqual(four);
  });

  it("reads 由A、B、C N家高新区共同组建 as the members, but 共同倡议发起 as initiators only (no member list)", () => {
    expect(network("网络由青岛、大连、宁波、厦门火炬4家高新区共同组建。")).toEqual(four);
    expect(network("网络由青岛、大连、宁波3家高新区共同倡议发起。")).toBeUndefined();
  });
});

describe("leads and seats in more wordings", () => {
  const network = (sentence: string) =>
    extractArticle(
      article(
        `国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络在大连高新区启动。${sentence}`,
        "2026-03-06",
      ),
      zoneTable,
    ).networks[0];

  it("reads 网络牵头单位为B and B为网络牵头单位, but not a deputy (副牵头单位)", () => {
    expect(network("网络牵头单位为宁波高新区。")?.lead?.zone).toBe("ningbo");
    expect(network("宁波高新区为网络牵头单位。")?.lead?.zone).toBe("ningbo");
    expect(network("宁波高新区是网络的副牵头单位。")?.lead).toBeUndefined();
  });

  it("reads 由设在B的秘书处负责 and B作为牵头单位，将承担秘书处职能", () => {
    expect(network("网络日常工作由设在宁波高新区的秘书处负责。")?.secretariat?.zone).toBe("ningbo");
    expect(network("宁波高新区作为牵头单位，将承担秘书处职能。")?.secretariat?.zone).toBe("ningbo");
  });
});

describe("launch dates after a lead-in clause", () => {
  it("reads 记者从X获悉，DATE，Y宣告成立 and 据X消息，DATE，Y在V成立", () => {
    const launch = (body: string) =>
      extractArticle(article(`海洋装备网络成立\n${body}`, "2026-03-20"), curated).networks[0]?.launch;
    expect(launch("记者从宁波高新区获悉，3月18日，国家高新区海洋装备产业协同创新网络宣告成立。")?.date).toBe(
      "2026-03-18",
    );
    const told = launch("据宁波高新区消息，3月18日，国家高新区海洋装备产业协同创新网络在宁波高新区成立。");
    expect(told?.date).toBe("2026-03-18");
    expect(told?.venue).toBe("ningbo");
  });
});

describe("membership changes in more wordings", () => {
  const changes = (body: string) =>
    extractArticle(
      article(
        `国家高新区物联网产业协同创新网络召开年会\n9月8日，国家高新区物联网产业协同创新网络年会在合肥高新区召开。${body}`,
        "2026-09-10",
      ),
      curated,
    ).changes;

  it("reads 吸纳/接纳A、B为网络(新)成员(单位)", () => {
    expect(changes("会议接纳南京高新区、成都高新区为网络新成员。")[0]?.added).toEqual(["nanjing", "chengdu"]);
  });

  it("reads 新增A和B named in full, with the new total", () => {
    const c = changes("网络成员扩大至14家，新增南京高新区和成都高新区。")[0];
    expect(c?.added).toEqual(["nanjing", "chengdu"]);
    expect(c?.newCount).toBe(14);
  });

  it("reads a member that leaves (…退出网络) as removed", () => {
    expect(changes("因工作调整，郑州高新区退出网络。")[0]?.removed).toEqual(["zhengzhou"]);
  });
});

describe("growth-14 extraction classes", () => {
  it("names a field alliance by region and field (皖江…新能源汽车产业链协作联盟 → 皖江新能源汽车联盟), and reads A牵头，联合B、C…成立Y", () => {
    const x = extractArticle(
      article(
        "皖北观察\n2025年5月6日，蚌埠高新区牵头，联合淮南高新区、滁州高新区，在蚌埠成立皖北国家高新区智能装备产业链协作联盟。",
        "2026-02-09",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.aliases).toContain("皖北智能装备联盟");
    expect(a?.members?.zones).toEqual(["bengbu", "huainan", "chuzhou"]);
  });

  it("reads a seat moved (秘书处由A移至B), a member no longer one (不再是网络成员单位), newcomers 经审议，正式加入, and 由N家变为M家", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络调整\n1月15日，国家高新区物联网产业协同创新网络理事会在无锡高新区召开。\n\n秘书处由无锡高新区移至杭州高新区\n\n会议同意郑州高新区的退出申请，郑州高新区即日起不再是网络成员单位。同时，南京高新区、成都高新区经申请、审议，正式加入网络。调整后，网络成员单位由成立之初的12家变为13家。",
        "2026-01-16",
      ),
      curated,
    );
    expect(x.networks.find((n) => n.id === "iot")?.secretariat?.zone).toBe("hangzhou");
    const c = x.changes[0];
    expect(c?.added).toEqual(["nanjing", "chengdu"]);
    expect(c?.removed).toEqual(["zhengzhou"]);
    expect(c?.newCount).toBe(13);
    expect(c?.date).toBe("2026-01-15");
  });

  it("reads the chair in the clause that names it when another clause names two (由A和B轮流担任，首届…为B)", () => {
    const x = extractArticle(
      article(
        "沪苏高新区联盟成立\n6月1日，沪苏高新区协同创新联盟在苏州工业园区成立。理事长单位由苏州工业园区和南京高新区轮流担任，每届任期一年，首届理事长单位为南京高新区。",
        "2026-06-02",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.chair?.zone).toBe("nanjing");
  });

  it("dates a founding said with the dateline's day (新华社某地M月D日电…YD日在V成立)", () => {
    const x = extractArticle(
      article("联盟成立\n新华社南京6月17日电（记者 李明）沪苏高新区协同创新联盟17日在南京高新区成立。", "2026-06-18"),
      zoneTable,
    );
    expect(x.alliances[0]?.founded?.date).toBe("2026-06-17");
  });
});

describe("growth-15 extraction classes", () => {
  it("reads 成员除牵头单位X外，还包括 with provinces' lists, an item with its own province, and no count", () => {
    const x = extractArticle(
      article(
        "国家高新区海洋装备产业协同创新网络启动\n3月5日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区召开。网络成员除牵头单位青岛高新区外，还包括辽宁的大连高新区，浙江的宁波、杭州高新区，以及福建的厦门火炬高新区和江苏的南京高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual([
      "qingdao",
      "dalian",
      "ningbo",
      "hangzhou",
      "xiamen-torch",
      "nanjing",
    ]);
  });

  it("reads numbered lines after 成员名单如下： up to the first line that is not a name", () => {
    const x = extractArticle(
      article(
        "海洋装备网络成立\n9月12日，国家高新区海洋装备产业协同创新网络成立大会在青岛高新区“海洋科技城”举行。\n\n本次成立的网络由青岛高新区牵头，成员名单如下：\n1. 青岛高新区（牵头单位）\n2. 大连高新区\n3. 宁波高新区\n\n📌【组织架构】\n\n🔹网络秘书处：设在青岛高新区",
        "2026-09-13",
      ),
      zoneTable,
    );
    const n = x.networks[0];
    expect(n?.members?.zones).toEqual(["qingdao", "dalian", "ningbo"]);
    expect(n?.launch?.venue).toBe("qingdao");
  });

  it("reads newcomers said 正式加入， without an object and a member that leaves after its reason (因…，经…同意退出网络)", () => {
    const x = extractArticle(
      article(
        "国家高新区物联网产业协同创新网络年会\n11月20日，国家高新区物联网产业协同创新网络年会在无锡高新区召开，网络迎来首次成员调整：南京高新区、合肥高新区正式加入，鹰潭高新区因产业布局调整，经理事会同意退出网络。",
        "2025-11-21",
      ),
      curated,
    );
    expect(x.changes[0]?.added).toEqual(["nanjing", "hefei"]);
    expect(x.changes[0]?.removed).toEqual(["yingtan"]);
  });
});

describe("lists in parts, leads in a clause, seats that rotate on", () => {
  it("joins a list given in parts (X联合A、B等… / 成员还包括C、D，成员共N家) when together they make the count", () => {
    const x = extractArticle(
      article(
        "海洋装备网络成立\n1月12日，国家高新区海洋装备产业协同创新网络成立大会在青岛高新区举行。青岛高新区联合大连、宁波等高新区，共同成立该网络。\n\n据介绍，网络成员还包括厦门火炬、南京高新区，成员共5家。",
        "2026-01-13",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch", "nanjing"]);
    expect(x.networks[0]?.members?.partial).toBe(false);
  });

  it("reads 由X牵头，来自…的N家高新区组成的… as the lead of the group the item is about", () => {
    const x = extractArticle(
      article(
        "海洋装备网络启航\n6月17日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区召开。由青岛高新区牵头，来自5个省市的8家国家高新区组成的“海洋队”正式集结。",
        "2026-06-18",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.lead?.zone).toBe("qingdao");
  });

  it("reads a seat that rotates on (秘书处自2026年起由A轮值至B)", () => {
    const x = extractArticle(
      article(
        "淮河联盟秘书处轮值\n1月14日，淮河生态经济带高新区产业科技创新战略联盟常务理事会议在蚌埠高新区召开。联盟秘书处自2026年起由盐城高新区轮值至蚌埠高新区，任期两年。",
        "2026-01-15",
      ),
      curated,
    );
    expect(x.alliances.find((a) => a.id === "huaihe")?.secretariat?.zone).toBe("bengbu");
  });
});

describe("member lists in layouts no reader names (harvested against the count)", () => {
  it("collects the zones named region by region after the count, with the lead, when they make the count", () => {
    const x = extractArticle(
      article(
        "海洋装备网络启动\n9月16日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区召开。由青岛高新区牵头，6家沿海国家高新区正式“组网”。\n\n从地图上看，这张网横跨南北。北方是大连、天津滨海两家高新区；华东方向有宁波高新区、厦门火炬高新区；华南为深圳高新区。",
        "2026-09-17",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual([
      "qingdao",
      "dalian",
      "tianjin-binhai",
      "ningbo",
      "xiamen-torch",
      "shenzhen",
    ]);
  });

  it("collects emoji lines with labels (🔹山东“三兄弟”——济南、淄博高新区) after a count heading", () => {
    const x = extractArticle(
      article(
        "海洋装备网络启动\n9月16日，国家高新区海洋装备产业协同创新网络启动仪式在青岛高新区举行！\n\n01 | 4家高新区，谁在“网”里？\n\n除了牵头的青岛高新区，入“网”的有：\n🔹山东“兄弟”——济南、淄博高新区\n🔹辽宁“邻居”——大连高新区\n\n02 | 谁来“掌舵”？",
        "2026-09-17",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual(["qingdao", "jinan", "zibo", "dalian"]);
  });

  it("reads nothing when the zones named do not make the count", () => {
    const x = extractArticle(
      article(
        "海洋装备网络启动\n9月16日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区召开。由青岛高新区牵头，8家沿海国家高新区正式“组网”。\n\n北方是大连、天津滨海两家高新区；华东方向有宁波高新区。",
        "2026-09-17",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones ?? []).toEqual([]);
  });
});

describe("harvested lists keep the province said before the names", () => {
  it("places each zone in the province written before it (广西的南宁、柳州…4家高新区)", () => {
    const x = extractArticle(
      article(
        "西南高新区协同创新联盟成立\n4月8日，西南高新区协同创新联盟在南宁高新区成立。联盟由南宁高新区发起，成员包括广西的南宁、柳州2家高新区，云南的昆明、玉溪2家高新区，共4家国家高新区。",
        "2026-04-09",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.members?.zones).toEqual(["nanning", "liuzhou", "kunming", "yuxi"]);
    expect(x.zones.find((z) => z.id === "yuxi")?.province).toBe("云南");
  });
});

describe("tables, dashes and field alliances (after the final sets were scored)", () => {
  it("reads a table's first column (成员高新区|主攻方向, then a row a line) with the lead marked", () => {
    const x = extractArticle(
      article(
        "海洋装备网络访谈\n3月5日，国家高新区海洋装备产业协同创新网络在青岛高新区成立。\n\n【网络成员一览】\n\n成员高新区|主攻方向\n青岛高新区(牵头)|海洋工程装备\n大连高新区|船舶配套\n宁波高新区|海洋新材料\n\n记者：为什么由青岛牵头？",
        "2026-03-20",
      ),
      zoneTable,
    );
    const n = x.networks[0];
    expect(n?.members?.zones).toEqual(["qingdao", "dalian", "ningbo"]);
    expect(n?.lead?.zone).toBe("qingdao");
  });

  it("reads region lines after 网络成员按区域分布如下——", () => {
    const x = extractArticle(
      article(
        "海洋装备网络启动\n3月5日，国家高新区海洋装备产业协同创新网络启动大会在青岛高新区召开。\n\n根据会上发布的名单,网络成员按区域分布如下——\n\n北方地区:青岛高新区、大连高新区;\n\n东南地区:宁波高新区、厦门火炬高新区。",
        "2026-03-06",
      ),
      zoneTable,
    );
    expect(x.networks[0]?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
  });

  it("creates a national alliance of one field (国家高新区商业航天产业协同创新联盟 → 商业航天联盟) with 由X牵头，A、B…共同发起，成员共N家", () => {
    const x = extractArticle(
      article(
        "联盟成立\n3月26日，国家高新区海洋装备产业协同创新联盟在青岛高新区成立。联盟由青岛高新区牵头，大连高新区、宁波高新区和厦门火炬高新区共同发起，成员共4家。",
        "2026-03-27",
      ),
      zoneTable,
    );
    const a = x.alliances[0];
    expect(a?.aliases).toContain("海洋装备联盟");
    expect(a?.founded?.date).toBe("2026-03-26");
    expect(a?.members?.zones).toEqual(["qingdao", "dalian", "ningbo", "xiamen-torch"]);
  });
});

describe("officials named by an act at a meeting", () => {
  const people = (body: string) =>
    extractArticle(article(body), zoneTable).officials.map((o) => [o.name, o.role, o.org]);

  it("reads 代表…发言, 出席, 发来, and each official of a list before one 出席", () => {
    expect(
      people(
        "南昌高新区管委会副主任陶可代表新成员单位发言时表示，将积极参与。科技部火炬中心副主任梁栋发来贺信。工业和信息化部规划司处长祁峰，省工信厅副厅长宁远出席会议并讲话。",
      ),
    ).toEqual([
      ["陶可", "南昌高新区管委会副主任", "nanchang"],
      ["梁栋", "科技部火炬中心副主任", undefined],
      ["祁峰", "工业和信息化部规划司处长", undefined],
      ["宁远", "省工信厅副厅长", undefined],
    ]);
  });
});

describe("seats a group gives members", () => {
  const seatsOf = (body: string) =>
    extractArticle(article(body), curated).alliances.flatMap((a) => (a.seats ?? []).map((x) => [x.role, x.zones]));

  it("reads 为副理事长单位, 分别是：A（省）…, 由A担任, 以观察员身份, and a seat handed on", () => {
    expect(
      seatsOf(
        "长三角国家高新区联盟理事会选举合肥高新区、南京高新区为副理事长单位。联盟常务理事单位分别是：杭州高新区（浙江）、芜湖高新区（安徽）。首届轮值主席单位由宁波高新区担任，2027年起由常州高新区接任。会议同意嘉兴高新区以观察员身份参加联盟活动。",
      ),
    ).toEqual([
      ["副理事长单位", ["hefei", "nanjing"]],
      ["常务理事单位", ["hangzhou", "wuhu"]],
      ["首届轮值主席单位", ["ningbo"]],
      ["轮值主席单位", ["changzhou"]],
      // (The zone takes its plain id: "以观察员身份参加联盟活动" no longer names an alliance that took it.)
      ["观察员", ["jiaxing"]],
    ]);
  });

  it("takes no seat from words that are not zones (由理事会推选产生)", () => {
    expect(seatsOf("长三角国家高新区联盟轮值主席单位由理事会推选产生，任期一年。")).toEqual([]);
  });
});

describe("an update's members, and a founding list that sets its initiator aside", () => {
  it("a zone that applies to be no longer a member for a reason leaves, and the list after the change is as of it", () => {
    const x = extractArticle(
      article(
        "6月3日，国家高新区光电子产业协同创新网络年度会议在长沙高新区召开。会议审议通过：株洲高新区、襄阳高新区2家国家高新区正式加入网络；泉州高新区因发展重点调整，申请不再作为网络成员单位。2024年11月19日，国家高新区光电子产业协同创新网络在武汉东湖高新区成立。调整后的14家成员单位为：武汉东湖高新区、长春高新区、上海张江高新区、苏州高新区、合肥高新区、南昌高新区、长沙高新区、深圳高新区、重庆高新区、成都高新区、西安高新区、无锡高新区、株洲高新区、襄阳高新区。",
        "2026-06-05",
      ),
      curated,
    );
    expect(x.changes.map((c) => [c.date, c.added, c.removed])).toEqual([
      ["2026-06-03", ["zhuzhou", "xiangyang"], ["quanzhou"]],
    ]);
    const opto = x.networks.find((n) => n.id === "opto");
    expect(opto?.members?.asOf).toBe("2026-06-03");
    expect(opto?.members?.zones).toHaveLength(14);
  });

  it("除发起单位外，首批成员还包括…: the initiator an earlier sentence names is a member too", () => {
    const x = extractArticle(
      article(
        "5月8日，晋陕豫黄河金三角国家高新区协同创新联盟在运城成立。联盟由西安高新区发起。除发起单位外，首批成员还包括山西的太原高新区，以及河南的洛阳高新区、郑州高新区。",
      ),
      curated,
    );
    const a = x.alliances[0];
    expect(a?.members?.zones).toEqual(["xian", "taiyuan", "luoyang", "zhengzhou"]);
    expect(a?.initiator?.text).toBe("西安高新区");
  });
});

describe("a rotating secretariat's next seats", () => {
  it("keeps 此后将依次轮转至B、C and 下一任秘书处单位B (said in another sentence) in the note", () => {
    const x = extractArticle(
      article(
        "9月3日，汾渭平原国家高新区协同创新联盟成立大会在西安高新区举行。首个轮值期内秘书处设在宝鸡高新区；此后将依次轮转至渭南高新区、杨凌示范区。届时，宝鸡高新区将与下一任秘书处单位渭南高新区完成交接。",
        "2026-09-04",
      ),
      zoneTable,
    );
    const note = x.alliances[0]?.secretariat?.note ?? "";
    expect(x.alliances[0]?.secretariat?.zone).toBe("baoji");
    expect(note).toContain("此后将依次轮转至渭南高新区、杨凌示范区");
    expect(note).toContain("下一任秘书处单位渭南高新区");
  });
});

describe("a notice that adjusts a network (numbered items and an annexed list)", () => {
  it("reads joiners after 经申请、审议, a leaver with a long reason, a move to a new office, and the annexed list", () => {
    const body = [
      "各成员单位：",
      "2026年7月8日，国家高新区光电子产业协同创新网络第二次成员大会在武汉东湖高新区召开。调整后，网络成员单位由13家增至14家。",
      "一、新增成员单位。株洲高新区、襄阳高新区2家国家高新区经申请、审议，正式加入网络。",
      "二、成员单位退出。泉州高新区因产业布局调整、主导方向转向新能源与海洋装备制造，申请退出网络。",
      "三、秘书处调整。网络秘书处由武汉东湖高新区科技创新局迁至新组建的武汉东湖高新区光电子产业服务中心，办公地点设在光谷金融港。",
      "附件：调整后的网络成员单位名单（14家，排名不分先后）",
      "1. 武汉东湖高新区（牵头单位）",
      "2. 长春高新区",
      "3. 上海张江高新区",
      "4. 苏州高新区",
      "5. 合肥高新区",
      "6. 南昌高新区",
      "7. 长沙高新区",
      "8. 深圳高新区",
      "9. 重庆高新区",
      "10. 成都高新区",
      "11. 西安高新区",
      "12. 无锡高新区",
      "13. 株洲高新区",
      "14. 襄阳高新区",
    ].join("\n\n");
    const x = extractArticle(article(body, "2026-07-10"), curated);
    expect(x.changes.map((c) => [c.added, c.removed])).toEqual([[["zhuzhou", "xiangyang"], ["quanzhou"]]]);
    const opto = x.networks.find((n) => n.id === "opto");
    expect(opto?.members?.zones).toHaveLength(14);
    expect(opto?.members?.statedCount).toBe(14);
    expect(opto?.secretariat?.note).toContain("设在武汉东湖高新区光电子产业服务中心");
    expect(opto?.secretariat?.note).toContain("办公地点设在光谷金融港");
  });
});

describe("datelines of other papers", () => {
  it("科技日报讯（记者…通讯员…）4月9日，Y在V成立: the date after the dateline is the founding's", () => {
    const x = extractArticle(
      article(
        "科技日报讯（记者 吴思远 通讯员 彭湘）4月9日，西南地区国家高新区数字经济创新联盟在成都高新区天府软件园成立。",
        "2026-04-11",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.founded?.date).toBe("2026-04-09");
    expect(x.alliances[0]?.founded?.venue).toBe("chengdu");
  });
});

describe("a change dated by its meeting, not by the founding the paragraph recalls", () => {
  it("此次会议同意A、B加入 after 'YYYY年…成立该网络，首批成员共N家'; a leaver 经…审议同意，不再担任成员单位", () => {
    const x = extractArticle(
      article(
        [
          "本报讯（记者 周雨）6月18日，国家高新区光电子产业协同创新网络2026年度会议在长春高新区召开。",
          "2024年11月19日，武汉东湖高新区联合12家高新区成立该网络，首批成员共13家。此次会议同意株洲高新区、襄阳高新区2家国家高新区加入网络。",
          "同时，泉州高新区因园区管理体制调整，经其申请、理事会审议同意，不再担任网络成员单位。调整后，网络成员单位由13家增至14家。",
        ].join("\n\n"),
        "2026-06-19",
      ),
      curated,
    );
    expect(x.changes.map((c) => [c.date, c.added, c.removed])).toEqual([
      ["2026-06-18", ["zhuzhou", "xiangyang"], ["quanzhou"]],
    ]);
  });
});

describe("a dateline that carries the day", () => {
  it("X日报4月9日讯（记者…）今天上午，Y成立大会在V举行: today is the dateline's day", () => {
    const x = extractArticle(
      article(
        "四川日报4月9日讯（记者 李青）今天上午，成渝地区国家高新区数字经济创新联盟成立大会在成都高新区天府国际会议中心举行。",
        "2026-04-10",
      ),
      zoneTable,
    );
    expect(x.alliances[0]?.founded?.date).toBe("2026-04-09");
  });
});

describe("a chair said as what a zone also is", () => {
  it("X还是Y联盟的理事长单位, not its 副理事长单位", () => {
    const chairOf = (body: string) => extractArticle(article(body), zoneTable).alliances[0]?.chair?.zone;
    expect(chairOf("在区域层面，福州高新区还是闽东南国家高新区协同发展联盟的理事长单位。")).toBe("fuzhou");
    expect(chairOf("在区域层面，福州高新区还是闽东南国家高新区协同发展联盟的副理事长单位。")).toBeUndefined();
  });
});
