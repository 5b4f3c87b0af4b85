/**
 * Classes of questions the blind and growth sets of session 5 showed, each asked in new words over added articles:
 * plans a report states, counts asked with a time word, a title asked after 的, a group named after a zone's name,
 * titles of groups no fact knows, headings, product codes, quoted terms and summaries announced before a list.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";
import { growthArticles } from "../../growth/check.ts";

const engineWith = (folder: string) =>
  createEngine({
    added: () => ({ articles: growthArticles(fileURLToPath(new URL(folder, import.meta.url))), events: [] }),
  });

let seed: Engine;
let three: Engine;
let five: Engine;
let six: Engine;
beforeAll(async () => {
  [seed, three, five, six] = await Promise.all([
    createEngine(),
    engineWith("../../growth3/articles/"),
    engineWith("../../growth5/articles/"),
    engineWith("../../growth6/articles/"),
  ]);
});

describe("plans and occasions a group's report states", () => {
  it("the next meeting is the one the latest article plans, said of 联盟 in an article titled after it", async () => {
    const a = await five.answer("黄河流域联盟下一次理事会准备放在哪个高新区？");
    expect(a.kind).toBe("passage");
    expect(a.citations[0]?.quote).toContain("济南");
  });

  it("the occasion a question counts (第三次…) leads the quotes", async () => {
    const a = await five.answer("黄河联盟的第三次理事会定在哪里开？");
    expect(a.citations[0]?.quote).toContain("第三次理事会");
  });

  it("a two-part question on this year's and next year's meeting is answered from the piece about it", async () => {
    const a = await five.answer("光电子网络今年年会是哪里办的，下一年谁来办？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("长沙");
  });
});

describe("counts asked with a time word", () => {
  it("一开始…现在 asks the members' count, with its history", async () => {
    const a = await five.answer("物联网网络一开始有几家，现在有几家？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("15家");
    expect(a.answer).toContain("12家");
  });
});

describe("titles", () => {
  it("a title asked after 的 is matched without it (轮值主席)", async () => {
    const a = await five.answer("物联网网络今年的轮值主席单位是哪家？");
    expect(a.answer).toContain("杭州");
  });

  it("a zone's person who spoke for it in a group, asked with 谁表态", async () => {
    const a = await six.answer("低空网络里深圳是谁来表态的？");
    expect(a.answer).toContain("罗晓峰");
  });

  it("the title of an alliance no fact knows is no known person's", async () => {
    const a = await six.answer("粤桂琼高新区联盟的理事长叫什么？");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("没有关于");
  });
});

describe("a group named after a zone's name", () => {
  it("links 低空网络 after 深圳 and a verb", async () => {
    const a = await six.answer("深圳在低空网络里谁出面讲话？");
    expect(a.answer).toContain("罗晓峰");
  });
});

describe("what a passage answer quotes", () => {
  it("a product code the question writes: only passages that write it", async () => {
    const a = await seed.answer("RLV-T6是谁造的？");
    expect(a.kind).toBe("passage");
    expect(a.citations.every((c) => c.quote.includes("RLV-T6"))).toBe(true);
  });

  it("a quoted term announced as a summary (“…”概括) is quoted with the items that follow it", async () => {
    const a = await seed.answer("淮河联盟的“三个一”都包括什么？");
    expect(a.citations[0]?.quote).toContain("三个一");
    expect(a.answer).toContain("一是");
    expect(a.answer).toContain("三是");
  });

  it("a subheading without punctuation is never quoted", async () => {
    const a = await five.answer("黄河流域联盟第二次理事会定了哪些目标？");
    for (const c of a.citations) expect(c.quote).not.toBe("成员增至14家首个年度成绩单出炉");
  });
});

describe("figures", () => {
  it("two amounts asked against each other: the larger and by how much", async () => {
    const a = await seed.answer("集群试点和试点培育单位相比，哪个更多，差几个？");
    expect(a.answer).toContain("多13个");
  });

  it("this year's amount, noted with a figure dated last year, against it", async () => {
    const a = await seed.answer("物联网网络平台上无锡今年完成的产学研项目比2024年多了几个？");
    expect(a.answer).toContain("多11个");
  });

  it("a national figure is not a zone's", async () => {
    const a = await six.answer("青岛高新区现在一共有多少家高新技术企业？");
    expect(a.answer).not.toContain("178");
  });

  it("a price is a detail no figure of the project gives", async () => {
    const a = await seed.answer("闻泰无锡项目的产品售价是多少？");
    expect(a.kind).toBe("none");
  });
});

describe("the first members", () => {
  it("a count asked at the founding is the founding's, with the later size", async () => {
    const a = await five.answer("黄河流域联盟成立之初有多少家成员？");
    expect(a.answer).toContain("12家");
    expect(a.answer).toContain("14家");
  });
});

describe("occasions", () => {
  it("an ordinal meeting an article reports as held is answered as an event", async () => {
    const a = await five.answer("黄河流域联盟第二次理事会是几月几号开的？");
    expect(a.answer).toContain("6月12日");
  });

  it("a day asked is not given by a year alone", async () => {
    const a = await six.answer("物联网网络2026年度成员大会定在几月几号？");
    expect(a.kind).toBe("none");
  });

  it("a byline in brackets is never quoted", async () => {
    const a = await three.answer("储能网络第二届创新大赛打算在哪里办？");
    for (const c of a.citations) expect(c.quote).not.toMatch(/^[（(]本报记者/);
  });
});

describe("a zone's networks", () => {
  it("a count that includes a non-pilot network says how many of the pilots", async () => {
    const a = await seed.answer("苏州工业园区参加了多少个协同创新网络？");
    expect(a.answer).toContain("5个试点网络中参加了4个");
  });

  it("all five networks claimed: 是 when every pilot is joined, 不是 when one is not", async () => {
    expect((await seed.answer("西安高新区五个网络全都参加了吗？")).answer).toMatch(/^是/);
    expect((await seed.answer("苏州工业园区五个试点网络都加入了吗？")).answer).toMatch(/^(?:不是|没有)/);
  });

  it("the network a zone leads, and every network it is in besides", async () => {
    const a = await seed.answer("张江牵头的是哪个网络，除了这个它还参加了哪些网络？");
    expect(a.answer).toContain("集成电路");
    expect(a.answer).toContain("人工智能");
    expect(a.answer).toContain("光电子");
  });

  it("a network's size is its number of members", async () => {
    const a = await seed.answer("试点网络中哪个网络规模最大？");
    expect(a.answer).toContain("集成电路");
  });
});

describe("why, and the latest", () => {
  it("a why-question leads with the sentence that gives the reason", async () => {
    const a = await six.answer("低空经济这些园区为啥要联合起来组网？");
    expect(a.citations[0]?.quote).toContain("单打独斗");
  });

  it("a heading is quoted only with what it heads, and a quotation after it with its speaker", async () => {
    const a = await seed.answer("“创新不是独角戏而是大合唱”是谁讲的？");
    expect(a.citations[0]?.quote).toContain("规划司");
  });

  it("the latest state of a network is what the latest article says", async () => {
    const a = await six.answer("物联网网络最近有什么新情况？");
    expect(a.citations[0]?.date).toBe("2025-11-14");
  });
});

describe("what a question takes for granted, and short forms", () => {
  it("a zone's role in a network it is not in is corrected", async () => {
    const a = await seed.answer("南昌高新区在物联网网络里承担什么角色？");
    expect(a.answer).toContain("不在");
  });

  it("占了几个 counts a zone's networks", async () => {
    const a = await seed.answer("成都在五个试点网络里占了几个？");
    expect(a.answer).toMatch(/^\d个/);
  });

  it("a network named 那个网 by its lead", async () => {
    const a = await seed.answer("东湖牵头的那个网是什么时候成立的");
    expect(a.answer).toContain("11月19日");
  });

  it("a two-character homophone of a zone as the question's subject is repaired, and the reading shown", async () => {
    const a = await seed.answer("鹰谭参加了哪些网络");
    expect(a.answer).toContain("物联网");
    expect(a.notes?.join("")).toContain("鹰潭");
  });
});

describe("names of people and of things", () => {
  it("whose project it is is not answered by the project's figures", async () => {
    const a = await seed.answer("园区首季推进会上开工的那个生物创新药项目归哪家企业？");
    expect(a.answer).toContain("创胜");
  });

  it("a post asked with its place reads a title of several posts under that place", async () => {
    expect((await seed.answer("三原的县长是谁？")).answer).toContain("杨红刚");
    expect((await seed.answer("三原县长叫什么？")).answer).toContain("杨红刚");
  });

  it("a thing's name asked (火箭叫什么) is not a person's", async () => {
    const a = await seed.answer("江阴那边完成冷态试车的火箭叫什么？");
    expect(a.answer).toContain("RLV-T6");
  });

  it("a zone's two-character homophone before 加的", async () => {
    expect((await seed.answer("鹰谭加的是哪个网络")).answer).toContain("物联网");
  });
});

describe("provinces of a group", () => {
  it("the provinces of a network's members, with the number of each", async () => {
    const a = await seed.answer("人工智能网络的成员分布在哪些省？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/分布在\d+个省/);
  });

  it("a wrong number of provinces is corrected first", async () => {
    const a = await seed.answer("淮河联盟成员来自7个省，对吧？");
    expect(a.answer).toMatch(/^不是7个省/);
    expect(a.answer).toContain("5个省");
  });
});

describe("groups named loosely, and who spoke", () => {
  it("a group named with 那个 and a field word between (黄河流域那个高新区联盟), and its initiators as the first members", async () => {
    const a = await five.answer("黄河流域那个高新区联盟的发起成员都有谁？");
    expect(a.answer).toContain("12家");
  });

  it("the zone's person quoted in the article about the group, among several of the zone's people", async () => {
    const a = await five.answer("物联网网络的会上合肥是谁来发言的？");
    expect(a.answer).toContain("孙晓岚");
  });
});

describe("colloquial words", () => {
  it("啥时候 asks a date", async () => {
    expect((await seed.answer("人工智能网络啥时候弄起来的？")).answer).toContain("10月21日");
  });

  it("the size asked after a scope (…网络中规模最大) is the member count", async () => {
    expect((await seed.answer("这几个网络中规模最大的是哪个？")).answer).toContain("集成电路");
  });
});

describe("exactly one membership", () => {
  it("zones in only one of the pilot networks: counted in 家, with evidence", async () => {
    const a = await seed.answer("有几家高新区只加入了一个试点网络？");
    expect(a.answer).toMatch(/^\d+家/);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.answer).not.toContain("西安高新区");
  });
});
