/**
 * Classes of questions never seen, found in session 39, each over an article written for this test in new words.
 * Probed before the sets: a founding told with its initiators ("由A、B、C三家发起，D…随后加入，网络成员达到8家") is the
 * whole list; a zone asked about a network no article records ("X高新区是商业航天网络的成员吗") is told that network is
 * not recorded, not the zone's groups.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t39-uav", "国家高新区无人机产业协同创新网络在绵阳成立", "2026-08-20", [
    "8月18日，国家高新区无人机产业协同创新网络在绵阳高新区宣告成立。",
    "该网络由绵阳高新区、珠海高新区、西安高新区三家发起，自贡高新区、安顺高新区、沈阳高新区、荆门高新区、南昌高新区随后加入，网络成员达到8家。",
    "绵阳高新区担任首届理事长单位，秘书处设在绵阳市科技局。",
  ]),
];

describe("session 39 classes", () => {
  const g = grownEngine(ARTICLES);

  it("takes the initiators with the zones that joined after them when together they make the stated count", async () => {
    const all = ["绵阳", "珠海", "西安", "自贡", "安顺", "沈阳", "荆门", "南昌"];
    await g.answers("无人机网络都有哪些成员", all, ["一部分", "部分"]);
    await g.answers("无人机网络有几家成员", ["8"], ["部分"]);
    await g.answers("西安高新区在无人机网络里吗", ["是"], ["无法确定", "不是"]);
  });

  it("tells a zone asked about a network no article records that the network is not recorded", async () => {
    for (const q of [
      "珠海高新区是商业航天网络的成员吗",
      "珠海高新区在不在商业航天网络里",
      "珠海高新区会牵头搞一个商业航天协同创新网络吗",
    ]) {
      const a = await g.engine.answer(q);
      expect(a.kind, q).toBe("none");
      expect(a.answer, q).toContain("商业航天");
    }
  });
});
