/**
 * Classes of questions the blind and growth sets of session 6 showed, each asked in new words (over the seed, or over
 * the articles of a growth set): bodies inside a group, seats that moved, plans an article writes, colloquial
 * counting and ranking.
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
let seven: Engine;
let eight: Engine;
beforeAll(async () => {
  [seed, seven, eight] = await Promise.all([
    createEngine(),
    engineWith("../../growth7/articles/"),
    engineWith("../../growth8/articles/"),
  ]);
});

describe("a body inside a group", () => {
  it("the lead of a committee is not the alliance's own secretariat or chair: the sentence that names it", async () => {
    // (Since session 53 a fact read from that sentence, "…4个专业委员会，分别由A、B、C、D牵头"; a passage before.)
    const a = await eight.answer("黄河流域创新发展联盟的能源化工专业委员会牵头单位是哪个？");
    expect(a.answer).toContain("太原高新区");
    expect(a.answer).not.toMatch(/秘书处|理事长/);
    expect(a.citations[0]?.quote).toContain("太原高新区");
  });

  it("a working group's lead in a network", async () => {
    const a = await seven.answer("生物医药网络中药现代化工作组是哪家牵头的");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("通化");
  });
});

describe("a secretariat that moved", () => {
  it("where it was first and where it is now, with the day it moved", async () => {
    const a = await eight.answer("物联网网络秘书处最早设在哪，现在交给谁了");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("无锡高新区");
    expect(a.answer).toContain("杭州高新区");
    expect(a.answer).toContain("2026年1月1日");
  });

  it("the next seats of a rotation the article writes answer a question about a later term", async () => {
    const a = await seven.answer("黄河联盟的秘书处第二任会是谁来当");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("济南高新区");
  });
});

describe("colloquial counting and ranking", () => {
  it("the zone in the most networks, asked as 参加网络数量最多", async () => {
    const a = await seed.answer("哪个高新区参加的网络数量最多");
    expect(a.answer.startsWith("西安高新区")).toBe(true);
  });

  it("进了几个网 counts a zone's networks", async () => {
    const a = await seed.answer("杭州高新区一共进了几个网");
    expect(a.kind).toBe("fact");
    expect(a.answer).toMatch(/^3个/);
  });

  it("the network a zone leads, said as 牵头搞的那个网络", async () => {
    const a = await seed.answer("无锡牵头搞的那个网络是哪天成立的");
    expect(a.answer).toContain("11月12日");
  });
});

describe("yes first, when a quote states what a yes/no question asks", () => {
  it("says 是 before a quote that states the agreement asked about", async () => {
    const a = await seed.answer("沧州高新区跟天津滨海高新区是不是签过协同发展合作协议？");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });

  it("says nothing first when the quote holds only part of the claim", async () => {
    const a = await seed.answer("沧州高新区有没有和北京经开区签协同发展合作协议？");
    expect(a.answer.startsWith("是的。")).toBe(false);
  });
});

describe("people asked by post, body and group", () => {
  it("a deputy (副秘书长) is not the post asked (秘书长)", async () => {
    const a = await eight.answer("氢能产业协同创新网络秘书长是哪位？");
    expect(a.answer).not.toContain("孟庆云");
  });

  it("another group's chair is not this group's", async () => {
    const a = await seven.answer("集成电路网络的理事长叫什么名字");
    expect(a.answer).not.toContain("马晓川");
  });

  it("the person of the body the question names, quoted about the group it names", async () => {
    const a = await eight.answer("黄河联盟成立那天，河南省政府出面讲话的是哪位？");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("孟庆云");
  });
});

describe("members in several provinces", () => {
  it("lists the members in each province named", async () => {
    const a = await eight.answer("黄河流域国家高新区创新发展联盟里陕西和山东的成员各是哪些");
    for (const z of ["西安", "宝鸡", "济南", "淄博"]) expect(a.answer).toContain(z);
    expect(a.answer).not.toContain("郑州");
  });
});

describe("one measure in two years", () => {
  it("the later year against the earlier: the larger and the difference", async () => {
    const a = await seven.answer("2025年物联网网络促成的产学研合作项目比2024年多几个？");
    expect(a.answer).toContain("多18个");
  });
});

describe("targets", () => {
  it("a target asked for its year is the target, not the members", async () => {
    const a = await seven.answer("黄河流域协同创新联盟计划到2027年组建多少个跨区域创新联合体");
    expect(a.answer).toContain("20个");
    expect(a.answer).toContain("到2027年");
  });
});

describe("where another occasion was held, asked yes or no", () => {
  it("a zone that was not the venue: 不是, with where it was held", async () => {
    const a = await seed.answer("淮河联盟的周年会议是不是在宿迁高新区召开的");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("随州");
  });

  it("the zone that was: 是", async () => {
    const a = await seed.answer("淮河联盟的周年会议是在随州高新区举行的吗");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });
});

describe("the networks zones joined, among the networks a question lists", () => {
  it("the networks both zones are in, not the members the listed networks share", async () => {
    const a = await seed.answer("物联网、光电子、集成电路这三个网络里，无锡和杭州都加入了哪些");
    expect(a.answer).toContain("物联网");
    expect(a.answer).not.toContain("西安");
  });

  it("a zone named only to be told apart (不是X) is not asked about", async () => {
    const a = await seed.answer("苏州高新区（不是苏州工业园区）在物联网、光电子两个网络里参加了哪些");
    expect(a.answer).toContain("物联网");
    expect(a.answer).toContain("光电子");
  });

  it("a zone that leads no network: says it leads none", async () => {
    const a = await seed.answer("苏州高新区牵头的是哪个网络");
    expect(a.answer).toContain("没有牵头");
  });
});

describe("sizes and provinces asked with a scope", () => {
  it("a size asked yes/no (是N家高新区组成的吗): 是 or 不是 with the count", async () => {
    const yes = await seed.answer("京津冀联盟是由9家高新区组成的吗");
    const no = await seed.answer("物联网网络是不是由15家高新区组成的");
    expect(yes.answer.startsWith("是的。")).toBe(true);
    expect(no.answer.startsWith("不是。")).toBe(true);
    expect(no.answer).toContain("12家");
  });

  it("a province's zones in the pilot networks leave out zones only in an alliance", async () => {
    const a = await seed.answer("江苏哪些高新区在这五个试点网络里");
    expect(a.answer).toContain("无锡");
    expect(a.answer).not.toContain("宿迁");
  });

  it("which of two groups has more members, asked as 哪个成员多", async () => {
    const a = await seed.answer("集成电路网络和人工智能网络哪个成员多");
    expect(a.answer).toContain("多5家");
  });
});

describe("who said the words a question repeats", () => {
  it("the person named after the quote, with the quote as evidence", async () => {
    const a = await seed.answer("是谁讲的三原高新区工业总产值和高企数量在陕西省名列前茅？");
    expect(a.answer).toContain("文锋");
    expect(a.citations[0]?.quote).toContain("文锋");
  });

  it("the body first, when the quote that holds the words best names no speaker, then who said words close to them", async () => {
    // (Session 43: the best quote's speaker is "工业和信息化部规划司相关负责人"; 何年初 said close words in another
    // article, each quoted as written.)
    const a = await seed.answer("谁说的创新不是独角戏而是大合唱");
    expect(a.answer.startsWith("文章里说过这句话或相近的话的有：工业和信息化部规划司相关负责人、何年初")).toBe(true);
    expect(a.answer).toContain("而是'大合唱'");
  });
});

describe("which of two zones did a thing first, dated by the articles", () => {
  it("the two dated sentences, the earlier first", async () => {
    const a = await seed.answer("武汉东湖高新区跟西安高新区，哪个更早出台未来产业实施方案？");
    expect(a.answer.startsWith("西安高新区先")).toBe(true);
    expect(a.citations).toHaveLength(2);
  });
});

describe("a brief of one entity", () => {
  it("key facts first, then the best passages about it, each quoted", async () => {
    const a = await seed.answer("简单介绍下江阴高新区的情况");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("陈涵杰");
    expect(a.answer).toContain("文章中的相关报道");
    expect(a.citations.length).toBeGreaterThan(1);
  });
});

describe("a passage dated by month and day only", () => {
  it("names the report's date, which gives the year", async () => {
    const a = await seven.answer("合肥高新区的量子信息产业新政是哪天出台的");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("2026年1月9日报道");
  });
});

describe("a yes/no question that names a group's field but asks something else", () => {
  it("is not read as a membership question", async () => {
    const a = await seed.answer("西安高新区有没有出台过人工智能相关的产业方案？");
    expect(a.answer).not.toContain("成员");
  });

  it("a membership question said with nothing else still is", async () => {
    const a = await seed.answer("鹰潭是不是物联网网络的");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });
});

describe("the network a zone leads, asked alone", () => {
  it("names the network first, with the lead's evidence", async () => {
    const a = await seed.answer("苏州工业园区是哪个网络的牵头单位？");
    expect(a.answer).toBe("苏州工业园区牵头的是国家高新区纳米新材料产业协同创新网络。");
    expect(a.citations[0]?.quote).toContain("牵头");
  });

  it("a role nobody is named for is not answered by a passage that lacks it (谁是…理事长)", async () => {
    const a = await seed.answer("谁是长三角集成电路联盟的理事长");
    expect(a.kind).toBe("none");
  });
});

describe("a short form of a body's name", () => {
  it("专委会 finds and counts the 专业委员会 the article names", async () => {
    const a = await eight.answer("黄河流域创新发展联盟一共设了几个专委会？");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("4个专业委员会");
  });
});

describe("a counted occasion no article reports", () => {
  it("is refused, not answered by a sentence about such meetings in general", async () => {
    const a = await eight.answer("氢能产业协同创新网络的第二次联席会议是在哪个高新区开的");
    expect(a.kind).toBe("none");
  });
});

describe("a zone's level taken for granted", () => {
  it("哪年获批国家高新区 of a provincial zone is corrected", async () => {
    const a = await seed.answer("合肥新站高新区是在哪一年获批国家高新区的？");
    expect(a.answer).toContain("省级");
  });

  it("什么时候能获批 takes nothing for granted", async () => {
    const a = await seed.answer("合肥新站高新区什么时候能获批国家高新区");
    expect(a.answer).not.toContain("前提");
  });
});

describe("a title a question gives a named person", () => {
  it("asked: 不是, with the title the article gives", async () => {
    const a = await seed.answer("顾国栋是无锡高新区管委会主任吗");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("副主任");
  });

  it("asked of one post among several under one place: 是", async () => {
    const a = await seed.answer("杨红刚是三原县县长吧");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });

  it("taken for granted and wrong: the correction", async () => {
    const a = await seed.answer("何年初作为科技部火炬中心主任，在会上讲了什么");
    expect(a.answer).toContain("问题的前提有误（与文章不符）");
  });
});

describe("leads and unit roles asked yes/no or by name", () => {
  it("the lead asked before the zone (牵头单位现在是Z吗) is a lead claim, not membership", async () => {
    const a = await eight.answer("物联网网络的牵头单位是不是已经换成杭州高新区了");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("无锡");
  });

  it("the units holding a role (副理事长单位) are the passage's, not the whole membership", async () => {
    const a = await eight.answer("黄河流域国家高新区创新发展联盟有哪几家副理事长单位");
    expect(a.answer).toContain("济南高新区");
    expect(a.answer).not.toContain("共有15家");
  });
});

describe("scopes, each-group checks, sizes and Taiwan phrases", () => {
  it("the listed pilot networks are the scope of 参加最多, not its subject", async () => {
    const a = await seed.answer(
      "人工智能、纳米新材料、集成电路、物联网、光电子这五个网络里，参加网络最多的高新区是哪家？",
    );
    expect(a.answer.startsWith("西安高新区")).toBe(true);
  });

  it("a zone in each of two groups, asked yes/no: a claim per group", async () => {
    const a = await seed.answer("苏州高新区是不是集成电路和物联网两个网络都参加了");
    expect(a.answer.startsWith("是的。")).toBe(true);
  });

  it("a size said right after the group's name is checked", async () => {
    const a = await seed.answer("物联网网络15家成员里有哪些在江苏");
    expect(a.answer).toContain("12家");
  });

  it("a Taiwan phrase (積體電路) reads as the mainland term", async () => {
    const a = await seed.answer("積體電路網絡的牽頭單位是哪個？");
    expect(a.answer).toContain("张江");
  });
});
