/**
 * Classes of questions never seen, found in session 42, each over articles written for this test in new words: the
 * members that joined lately, asked "最近新加进来哪些" or "在年会上新收了哪几个" (the newcomers, not the whole list);
 * a figure matched only by words of the name of the group asked ("传感器网络的秘书长叫啥名字" asks no count of
 * 传感器企业; "现在几家", "成员数量" count members); the date of a batch asked "第一批" when the article writes "首批"
 * and dates it to the day; a seat the article says will be settled at a later meeting ("将于2027年年会上从…中确定");
 * an amount of money named 金额 in the article and asked "多少钱".
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t42-sensor", "国家高新区智能传感器产业协同创新网络在芜湖成立", "2026-02-10", [
    "2月8日，国家高新区智能传感器产业协同创新网络在芜湖高新区成立。网络由芜湖高新区牵头，成员单位包括芜湖高新区、蚌埠高新区、洛阳高新区、绵阳高新区、宝鸡高新区、株洲高新区，共6家。",
    "网络秘书处设在芜湖高新区，由芜湖传感器产业研究院承担日常运行工作。",
    "数据显示，6家成员高新区集聚智能传感器相关企业3100余家，传感器产业营业收入合计超过980亿元。",
  ]),
  article("t42-sensor2", "智能传感器网络年会在洛阳举行 网络成员扩至9家", "2026-10-20", [
    "10月18日，国家高新区智能传感器产业协同创新网络年会在洛阳高新区举行。会上，网络新吸纳襄阳高新区、淄博高新区、柳州高新区3家国家高新区入网，成员由6家增至9家。",
    "8月12日，网络首批传感器共性技术攻关“清单”发布会在绵阳高新区举行，共发布攻关项目24项。",
    "网络2027年度轮值主席单位将于2027年网络年会上从中西部成员单位中确定。",
    "截至9月底，网络累计促成产学研合作项目41个，成员间检测服务结算金额达到2.6亿元。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 42 question classes", () => {
  it("answers who joined lately with the newcomers only", async () => {
    for (const q of ["智能传感器网络最近新加进来哪些高新区？", "智能传感器网络在年会上新收了哪几个成员"])
      await answers(q, ["襄阳高新区", "淄博高新区", "柳州高新区"], ["宝鸡", "株洲"]);
  });

  it("does not answer a figure named only by the group's name", async () => {
    // (Not the figure as a fact: the passages may quote the sentence, the figure's line must not answer.)
    const a = await grown.engine.answer("智能传感器网络的秘书长叫啥名字？");
    expect(a.kind).not.toBe("fact");
    expect(a.answer).not.toContain("企业：3100");
    await answers("智能传感器网络现在几家", ["9家"], ["3100"]);
    await answers("智能传感器网络成员数量有没有变化？现在几家", ["9"], ["3100"]);
    // (A figure asked by its own words still answers.)
    await answers("智能传感器网络集聚了多少传感器企业", ["3100"]);
  });

  it("dates a batch asked 第一批 from the article's 首批, to the day", async () => {
    await answers("智能传感器网络第一批攻关清单是什么时候发布的", ["8月12日"]);
  });

  it("says a seat left to a later meeting is not decided", async () => {
    const a = await grown.engine.answer("智能传感器网络2027年度轮值主席定了是哪家吗");
    expect(a.kind).toBe("none");
    expect(a.answer).toMatch(/尚未确定|未确定/);
    expect(a.answer).toContain("将于2027年网络年会上从中西部成员单位中确定");
  });

  it("reads an amount named 金额 and answers it asked 多少钱", async () => {
    await answers("智能传感器网络成员间检测服务结算了多少钱", ["2.6亿元"]);
  });
});
