/**
 * Classes of questions blind-10 showed at first sight (session 8), each asked in new words over the knowledge
 * folder: one zone checked against every pilot network, an alliance's members inside the pilot networks, a list
 * the articles never give, membership counts over complete lists only, a zone named only to be told apart, a union
 * counted once, a one-character slip in a long alliance name, and a private detail of a named person.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../../src/answer/engine.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

describe("sets over the pilot networks", () => {
  it("one zone against every pilot network: 不是, with the ones it joined and the ones it did not", async () => {
    const a = await engine.answer("成都高新区是不是五个网络都参加了");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("只参加了其中3个");
    expect(a.answer).toContain("不在纳米新材料网络、物联网网络中");
  });

  it("an alliance's members that entered the pilot networks, asked with 进了: none, said as 没有", async () => {
    const a = await engine.answer("淮河联盟里有没有哪家进了那五个网络");
    expect(a.kind).toBe("fact");
    expect(a.answer.startsWith("没有。")).toBe(true);
  });

  it("an alliance whose member list the articles never give: no answer, and the list named as missing", async () => {
    const a = await engine.answer("东北联盟的成员有进入五个试点网络的吗");
    expect(a.kind).toBe("none");
    expect(a.answer).toContain("完整成员名单");
  });

  it("memberships are counted over complete member lists, and the sampled list is named as left out", async () => {
    const a = await engine.answer("参加网络最多的高新区是哪家");
    expect(a.answer).toContain("西安高新区最多（5个）");
    expect(a.notes?.join("")).toContain("新型显示");
  });
});

describe("what the question names, read as meant", () => {
  it("a zone named only to be told apart (不是X) is left out of the zones asked about", async () => {
    const a = await engine.answer("无锡和苏州高新区（不是苏州工业园区）共同参加了哪些网络");
    expect(a.answer).toContain("光电子");
    expect(a.answer).not.toContain("苏州工业园区");
  });

  it("两个网络…重复的只算一次 counts the union of the two lists", async () => {
    const a = await engine.answer("物联网网络和纳米新材料网络加在一起有多少家高新区，重复的只算一次");
    expect(a.answer).toContain("17家不同的高新区");
  });

  it("one wrong character in an alliance's full name of twenty characters is repaired", async () => {
    const a = await engine.answer("长三角集成电路产业国家高新区创新发展联萌里有哪些高新区");
    expect(a.answer).toContain("上海张江高新区");
    expect(a.answer).toContain("6家");
  });

  it("a named person's mobile number is a detail the articles never give", async () => {
    const a = await engine.answer("倪乾的手机号码是多少");
    expect(a.kind).toBe("none");
  });
});

describe("briefs of an article, a province and a zone", () => {
  it("an article found by the person it interviews: title, opening sentence and the figures it gives", async () => {
    const a = await engine.answer("贾敬敦接受采访的那篇文章讲了些什么");
    expect(a.kind).toBe("fact");
    expect(a.answer).toContain("《聚焦国家重大战略需求 推进创新型产业集群高质量发展》");
    expect(a.answer).toContain("61个");
    expect(a.citations.every((c) => c.articleId === "003_9e2a8f465ebdbb4e")).toBe(true);
  });

  it("a province as the subject of a brief: its zones' memberships and the province's own figures", async () => {
    const a = await engine.answer("给我介绍一下江苏的概况");
    expect(a.answer).toContain("无锡高新区：");
    expect(a.answer).toContain("江苏高新区土地面积占全省比重：5.3%");
  });

  it("a zone's brief says where it is, in the same bracket as its level", async () => {
    const a = await engine.answer("三原高新区的基本情况讲讲");
    expect(a.answer).toContain("三原高新区（陕西省级高新区，位于陕西咸阳）");
  });
});

describe("quotes that answer", () => {
  it("a tail the source broke off its sentence (closing a title mark it never opened) is never quoted", async () => {
    const a = await engine.answer("火炬中心主任的采访里提到了哪些政策");
    for (const c of a.citations) expect(c.quote).not.toBe("发展的意见》。");
  });
});

describe("places asked of something else than a group", () => {
  it("where firms of a field cluster (分布在哪些高新区) is the passage that says it, not the network's venue or members", async () => {
    const a = await engine.answer("芯片制造企业主要分布在哪些高新区");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("深耕芯片制造领域");
  });

  it("a list of what a new paradigm consists of (怎样的) quotes the whole ;-separated list", async () => {
    const a = await engine.answer("业内专家说的跨区域协同新范式是怎样的");
    expect(a.answer).toContain("通过制度协同");
    expect(a.answer).toContain("通过保障协同");
  });
});

describe("what the question sets aside, assumes or filters by (blind-13 classes)", () => {
  it("除了X，还有哪家… takes X out of the zones asked for (here: four networks or more)", async () => {
    const a = await engine.answer("西安以外，还有没有别的高新区进了四个及以上网络");
    expect(a.answer).toContain("苏州工业园区");
    expect(a.answer).not.toContain("西安高新区");
  });

  it("a group's size the question gets wrong (有N家…对吧) is corrected, then the rest is answered", async () => {
    const a = await engine.answer("物联网网络有20家成员对吧？除了无锡还有哪些");
    expect(a.answer).toContain("不是20家");
    expect(a.answer).toContain("鹰潭高新区");
    expect(a.answer).not.toContain("无锡高新区、");
  });

  it("members of a group in no other network, said as 只参加了X这一个网络 or 没有参加其他网络", async () => {
    const a = await engine.answer("纳米新材料网络的成员里谁没有参加其他网络");
    expect(a.answer).toContain("天津滨海高新区");
    expect(a.answer).not.toContain("西安高新区");
  });

  it("a zone said to be in one network only (只进了X一个网络) is corrected with all it joined", async () => {
    const a = await engine.answer("苏州工业园区是不是只进了纳米新材料这一个网络");
    expect(a.answer.startsWith("不是。")).toBe(true);
    expect(a.answer).toContain("不只纳米新材料网络");
  });

  it("a zone wrongly placed in a group is corrected with the group's members in its province", async () => {
    const a = await engine.answer("芜湖高新区作为淮河联盟的安徽成员做了些什么");
    expect(a.answer).toContain("芜湖高新区不在淮河联盟");
    expect(a.answer).toContain("淮河联盟在安徽的成员是：蚌埠高新区、滁州高新区、淮南高新区");
  });

  it("a province with 有没有高新区在X里 lists the group's members in that province", async () => {
    const a = await engine.answer("河南有没有高新区在淮河联盟里");
    expect(a.answer).toContain("平顶山高新区");
    expect(a.answer).toContain("南阳高新区");
  });

  it("a clause break is not part of a name: …协同，国家高新区… names no unknown zone", async () => {
    const a = await engine.answer("推动科技创新和产业创新跨区域协同，国家高新区形成了什么新范式");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("通过要素协同");
  });
});

describe("dates, events and names inside other names", () => {
  it("two groups' founding dates compared by 有什么关系/一样吗: the same day is said so", async () => {
    const a = await engine.answer("淮河联盟和长三角国家高新区联盟的成立时间有什么关系");
    expect(a.answer).toContain("同一天");
  });

  it("an event asked 是在X开的吗: 不是, with where it was held", async () => {
    const a = await engine.answer("三原那场全产业合作推介会是在咸阳办的吗");
    expect(a.answer.startsWith("不是")).toBe(true);
    expect(a.answer).toContain("北京");
  });

  it("a field word that starts another body's name (…制造业创新中心) is not the network", async () => {
    const a = await engine.answer("无锡获批的国家集成电路制造业创新中心是省内唯一一家吗");
    expect(a.answer).not.toContain("是集成电路网络的成员");
    expect(a.answer).toContain("唯一一家国家集成电路制造业创新中心");
  });

  it("two attributes of two groups (分别…哪家牵头、哪天启动): each attribute of each", async () => {
    const a = await engine.answer("人工智能网络和光电子网络分别由谁牵头、什么时候成立");
    expect(a.answer).toContain("中关村示范区");
    expect(a.answer).toContain("武汉东湖高新区");
    expect(a.answer).toContain("2024年10月21日");
    expect(a.answer).toContain("2024年11月19日");
  });
});

describe("opinions, years, amounts and titles (blind-13 classes)", () => {
  it("what an official thinks is lacking (认为…不足) is the passage that says it, not a figure", async () => {
    const a = await engine.answer("规划司相关负责人觉得协同创新的不足体现在哪");
    expect(a.kind).toBe("passage");
    expect(a.answer).toContain("广度和深度不够");
  });

  it("one measure in two years (2024年和2025年分别多少): both figures, though one is a forecast", async () => {
    const a = await engine.answer("未来产业产值规模2024年是多少，2025年预计多少");
    expect(a.answer).toContain("11.7万亿元");
    expect(a.answer).toContain("13.4万亿元");
  });

  it("a sentence that refers back (该项目…) is quoted with the one before that names the project", async () => {
    const a = await engine.answer("创胜医药在苏州工业园区开工的项目占地多大");
    expect(a.answer).toContain("生物创新药项目正式开工");
    expect(a.answer).toContain("约70亩");
  });

  it("an amount asked in 亿元 needs a passage giving one; a count or the measure's name alone is no answer", async () => {
    const a = await engine.answer("三原高新区的工业总产值到底有多少亿元");
    expect(a.kind).toBe("none");
  });

  it("a title written before a name with the wrong ministry is corrected, then the question is answered", async () => {
    const a = await engine.answer("工业和信息化部火炬中心主任贾敬敦说全国布局了多少个创新型产业集群试点");
    expect(a.answer).toContain("不是工业和信息化部火炬中心主任");
    expect(a.answer).toContain("61个");
  });
});

describe("pointing words inside a name", () => {
  it("那个 between a region and the rest of a group's name is dropped, so a slip in the name is still repaired", async () => {
    const a = await engine.answer("怀河生态经济带那个高新区联盟秘书处在哪");
    expect(a.answer).toContain("盐城高新区");
  });
});
