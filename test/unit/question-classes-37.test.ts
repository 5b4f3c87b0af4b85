/**
 * Classes of questions never seen, found in session 37, each over an article written for this test in new words.
 * A member that "不再列为网络成员单位" has left, and why it left is what the article says; a zone not on a list, whose
 * own page says it has applied, is not a member yet and the application is quoted; a figure of the members' firms
 * ("成员企业900余家") asked as of when is no member list.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t37-car", "国家高新区智能网联汽车产业协同创新网络在襄阳启动", "2026-03-12", [
    "3月10日，国家高新区智能网联汽车产业协同创新网络启动大会在襄阳高新区举行。襄阳高新区牵头联合长春高新区、十堰高新区、柳州高新区、芜湖高新区、株洲高新区等5家国家高新区，共同组建该网络。",
  ]),
  article("t37-car2", "智能网联汽车网络召开年度工作会议", "2026-10-16", [
    "10月14日，国家高新区智能网联汽车产业协同创新网络年度工作会议在长春高新区召开。会议审议通过了新成员入网申请，宁波高新区、常州高新区2家国家高新区正式加入网络；同时，经理事会研究，株洲高新区因园区主导产业定位调整，不再列为网络成员单位。调整后，网络成员单位由成立时的6家增至7家。",
    "截至2026年9月底，网络成员企业共900余家，较网络成立时增加约130家。",
  ]),
  {
    ...article("t37-hf", "我区积极融入国家高新区跨区域协同网络", "2026-11-02", [
      "近年来，我区主动对接国家高新区产业协同创新网络，产业合作持续深化。",
      "目前，本区已向国家高新区智能网联汽车产业协同创新网络递交加入申请，现正在审批中，能否获批尚不确定。",
    ]),
    source: "合肥高新区管委会",
  },
];

describe("question classes of session 37 (articles written for this test)", () => {
  const grown = grownEngine(ARTICLES);
  const ask = (q: string) => grown.engine.answer(q);

  it("reads a member no longer listed as one as a member that left, and says why", async () => {
    await grown.answers("智能网联汽车网络现在有几家成员", ["7"]);
    await grown.answers("株洲高新区为什么不在智能网联汽车网络里了", ["主导产业定位调整"]);
    await grown.answers("株洲高新区还是智能网联汽车网络的成员吗", ["不再列为网络成员单位"]);
  });

  it("quotes a pending application when a zone not on the list is asked about", async () => {
    const a = await ask("合肥高新区加入智能网联汽车网络了吗？");
    expect(a.answer).toContain("不在");
    expect(a.answer).toContain("正在审批中");
  });

  it("answers as of when a figure of the members' firms is, not with the member list", async () => {
    const a = await ask("智能网联汽车网络成员企业900余家，这是截至什么时候的数？");
    expect(a.answer).toContain("2026年9月底");
    expect(a.answer).not.toContain("宁波高新区");
  });
});
