/**
 * Extraction on whole articles: the seeds read leave-one-out (zone table only, then what earlier seeds taught)
 * give the curated member lists; the growth articles (written by someone who had not seen the code) and the
 * fixtures (other phrasings) give their key facts; no input makes extraction throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extendGazetteer, extractArticle } from "../../src/knowledge/extract/index.ts";
import type { Extraction, Gazetteer } from "../../src/knowledge/extract/types.ts";
import { normalize } from "../../src/knowledge/normalize.ts";
import { article, byId, curated, files, fixtures, growth, seeds, zoneTable } from "./fixtures/extract/inputs.ts";

const network = (x: Extraction, id: string) => x.networks.find((n) => n.id === id);
const alliance = (x: Extraction, id: string) => x.alliances.find((a) => a.id === id);

describe("seeds, leave-one-out", () => {
  let known: Gazetteer = zoneTable;
  const all = seeds.map((a) => {
    const x = extractArticle(a, known);
    known = extendGazetteer(known, x);
    return x;
  });
  const curatedId = (name: string) =>
    [...files.networks, ...files.alliances].find((g) =>
      [g.name, ...g.aliases, ...("officialNames" in g ? g.officialNames : [])].some(
        (s) => normalize(s) === normalize(name),
      ),
    )?.id;

  it("gives every curated member list, zone for zone and in order, lead first", () => {
    const got = new Map<string, string[]>();
    for (const x of all)
      for (const g of [...x.networks, ...x.alliances]) {
        const id = curatedId(g.name);
        if (id && g.members?.zones.length) got.set(id, g.members.zones);
      }
    for (const g of [...files.networks, ...files.alliances]) {
      if (g.members?.zones.length) expect([g.id, got.get(g.id)]).toEqual([g.id, g.members.zones]);
    }
  });

  it("names new networks from their field, with generated aliases", () => {
    const ai = all[0]?.networks.find((n) => n.field === "人工智能");
    expect(ai).toMatchObject({
      name: "国家高新区人工智能产业协同创新网络",
      aliases: ["人工智能产业协同创新网络", "人工智能网络", "人工智能"],
    });
    expect(ai?.id).toMatch(/^[a-z0-9-]+$/);
  });

  it("keeps one network for two forms of its name (光电子 / 国家光电子信息…)", () => {
    const opto = all[0]?.networks.filter((n) => n.field?.startsWith("光电子"));
    expect(opto).toHaveLength(1);
    expect(opto?.[0]?.officialNames).toContain("国家光电子信息产业协同创新网络");
  });

  it("completes 10月23日 from the year earlier in the paragraph, and says so", () => {
    const nano = all[1]?.networks.find((n) => n.name === "国家高新区纳米新材料产业协同创新网络");
    expect(nano?.launch?.date).toBe("2024-10-23");
    expect(all[1]?.inferences).toContainEqual({
      path: `networks.${nano?.id}.launch.date`,
      note: "文中只写“10月23日”，年份取同段前文“2024年10月21日”",
    });
  });
});

describe("growth articles", () => {
  const bio = extractArticle(byId(growth, "hx-bio"), curated);
  const iot = extractArticle(byId(growth, "hx-iot"), curated);
  const page = extractArticle(byId(growth, "hx-lowaltitude"), curated);
  const river = extractArticle(byId(growth, "hx-yellowriver"), curated);

  it("a new network: members with count, lead, launch date, venue, occasion, secretariat", () => {
    const n = network(bio, "shengwuyiyao");
    expect(n).toMatchObject({
      name: "国家高新区生物医药产业协同创新网络",
      field: "生物医药",
      aliases: ["生物医药产业协同创新网络", "生物医药网络", "生物医药"],
      lead: { zone: "shijiazhuang" },
      launch: { date: "2026-03-18", venue: "shijiazhuang", occasion: "启动大会" },
      secretariat: { zone: "shijiazhuang" },
      members: { statedCount: 10, partial: false },
    });
    expect(n?.members?.zones).toEqual([
      "shijiazhuang",
      "zhongguancun",
      "zhangjiang",
      "suzhou-sip",
      "taizhou-js",
      "donghu",
      "chengdu",
      "changchun",
      "guangzhou",
      "benxi",
    ]);
    expect(bio.zones).toEqual([expect.objectContaining({ id: "benxi", name: "本溪高新区", province: "辽宁" })]);
    expect(bio.officials).toContainEqual(expect.objectContaining({ name: "赵明远", org: "shijiazhuang" }));
    expect(bio.events.map((e) => e.id)).toEqual(["shengwuyiyao-launch"]);
  });

  it("an update: members added, counts before and after, the meeting, the new secretariat", () => {
    expect(iot.changes).toEqual([
      expect.objectContaining({
        group: { kind: "network", id: "iot" },
        date: "2026-01-15",
        added: ["changsha", "zhuzhou", "xiangyang"],
        previousCount: 12,
        newCount: 15,
      }),
    ]);
    expect(iot.zones.map((z) => [z.id, z.province, z.city])).toEqual([
      ["zhuzhou", "湖南", "株洲"],
      ["xiangyang", "湖北", "襄阳"],
    ]);
    expect(network(iot, "iot")).toMatchObject({ lead: { zone: "wuxi" }, secretariat: { zone: "wuxi" } });
    expect(iot.events.map((e) => [e.id, e.venue])).toEqual([
      ["iot-members-2026-01-15", undefined],
      ["iot-2026-01-15", "hangzhou"],
    ]);
  });

  it("a page of two items: the network of the first, the alliances' signing in the 本报讯 piece", () => {
    expect(network(page, "dikongjingji")).toMatchObject({
      lead: { zone: "shenzhen" },
      launch: { date: "2026-04-20", venue: "shenzhen", occasion: "启动仪式" },
      secretariat: { zone: "shenzhen" },
      members: { statedCount: 9, partial: false },
    });
    expect(network(page, "dikongjingji")?.members?.zones).toContain("anyang");
    const signing = page.events.find((e) => e.scopes.includes("jingjinji"));
    expect(signing).toMatchObject({
      date: "2026-04-17",
      venue: "tianjin-binhai",
      scopes: ["jingjinji", "csj", "tianjin-binhai"],
    });
  });

  it("a new alliance: founding date and venue, members with count, chair, rotating secretariat", () => {
    const a = alliance(river, "huanghe");
    expect(a).toMatchObject({
      name: "黄河流域国家高新区协同创新联盟",
      founded: { date: "2025-12-08" },
      chair: { zone: "xian" },
      secretariat: { zone: "zhengzhou", note: "首届秘书处；秘书处由成员单位按年度轮值" },
      members: { statedCount: 15, partial: false },
    });
    expect(a?.aliases).toEqual(expect.arrayContaining(["黄河流域联盟", "黄河联盟"]));
    expect(a?.members?.zones).toHaveLength(15);
    expect(river.zones.map((z) => z.name)).toEqual(expect.arrayContaining(["包头稀土高新区", "呼和浩特金山高新区"]));
    expect(river.events).toEqual([expect.objectContaining({ id: "huanghe-founded", venue: "zhengzhou" })]);
  });
});

describe("fixtures of other phrasings", () => {
  const run = (prefix: string) => extractArticle(byId(fixtures, prefix), curated);

  it("由X牵头，联合…共同组建的Y在V揭牌成立; 秘书处落户; 河北张家口高新区", () => {
    const x = run("fx-hydrogen");
    expect(network(x, "qingneng")).toMatchObject({
      lead: { zone: "foshan" },
      launch: { date: "2026-06-03", venue: "foshan" },
      secretariat: { zone: "foshan" },
      members: { statedCount: 7, partial: false },
    });
    expect(x.zones.find((z) => z.id === "zhangjiakou")).toMatchObject({ province: "河北" });
    expect(x.networks.map((n) => n.id)).not.toContain("haiyangjingji");
  });

  it("首批成员单位：…共8家; 理事长单位由X担任; 秘书处实行年度轮值制", () => {
    const a = alliance(run("fx-changjiang"), "changjiangzhongyou");
    expect(a).toMatchObject({
      founded: { date: "2025-09-18" },
      chair: { zone: "donghu" },
      secretariat: { zone: "changsha", note: "首届秘书处；秘书处实行年度轮值制" },
      members: { statedCount: 8, partial: false },
    });
  });

  it("新增A、B两家成员单位，成员总数由9家增至11家", () => {
    expect(run("fx-nano").changes).toEqual([
      expect.objectContaining({ added: ["suzhou-snd", "hefei"], previousCount: 9, newCount: 11, date: "2026-03-06" }),
    ]);
  });

  it("a 本报讯 piece: 吸纳…为新成员 dated by the meeting after the dateline; 当选为理事长单位; 位于…省…市的", () => {
    const x = run("fx-yichang");
    expect(x.changes).toEqual([
      expect.objectContaining({ group: { kind: "alliance", id: "dongbei" }, added: ["jilin"], date: "2026-04-25" }),
    ]);
    expect(alliance(x, "dongbei")?.chair?.zone).toBe("dalian");
    expect(x.zones.find((z) => z.id === "yichang")).toMatchObject({ province: "湖北", city: "宜昌" });
  });
});

describe("any input", () => {
  it("never throws, and every quote stands in the body", () => {
    const pieces = [
      "高新区",
      "联合",
      "、",
      "等",
      "3家",
      "国家高新区",
      "成立",
      "网络",
      "联盟",
      "产业协同创新网络",
      "秘书处设在",
      "，",
      "。",
      "\n",
      " ",
      "牵头",
      "月",
      "日",
      "2025年",
      "12",
      "表示",
      "主任",
      "本报讯（",
      "）",
      "吸纳",
      "为新成员",
      "增至",
      "苏州",
      "株洲",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const body = parts.join("");
        const x = extractArticle(article(body), curated);
        const quotes = JSON.stringify(x).match(/"quote":"((?:[^"\\]|\\.)*)"/g) ?? [];
        for (const q of quotes) expect(body).toContain(JSON.parse(q.slice(8)));
      }),
      { numRuns: 300 },
    );
  });
});
