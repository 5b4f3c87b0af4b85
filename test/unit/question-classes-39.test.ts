/**
 * Classes of questions never seen, found in session 39, each over an article written for this test in new words.
 * Probed before the sets: a founding told with its initiators ("由A、B、C三家发起，D…随后加入，网络成员达到8家") is the
 * whole list; a zone asked about a network no article records ("X高新区是商业航天网络的成员吗") is told that network is
 * not recorded, not the zone's groups; "商用密码" is an industry, not a request for a password; a list in a layout no
 * reader knew, read by its count: runs under regions with their own counts in brackets ("华东地区5家（A、B…）"), runs
 * after "东部的…，中部的…，共8家", and "成员单位名单：（1）A；（2）B；…".
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t39-uav", "国家高新区无人机产业协同创新网络在绵阳成立", "2026-08-20", [
    "8月18日，国家高新区无人机产业协同创新网络在绵阳高新区宣告成立。",
    "该网络由绵阳高新区、珠海高新区、西安高新区三家发起，自贡高新区、安顺高新区、沈阳高新区、荆门高新区、南昌高新区随后加入，网络成员达到8家。",
    "绵阳高新区担任首届理事长单位，秘书处设在绵阳市科技局。",
  ]),
  article("t39-h2", "国家高新区储氢装备产业协同创新网络启动", "2026-06-06", [
    "6月3日，国家高新区储氢装备产业协同创新网络在张家口高新区启动。",
    "首批11家成员单位中，华北地区3家（张家口高新区、保定高新区、包头稀土高新区），华东地区5家（嘉兴秀洲高新区、淄博高新区、潍坊高新区、苏州工业园区、常州高新区），西南地区3家（成都高新区、自贡高新区、攀枝花钒钛高新区）。",
    "网络牵头单位为张家口高新区。",
  ]),
  article("t39-bio", "国家高新区合成生物产业协同创新网络成立", "2026-07-08", [
    "7月6日，国家高新区合成生物产业协同创新网络在济南高新区成立。",
    "网络成员分布在东中西部：东部的济南高新区、泰州医药高新区、石家庄高新区，中部的南阳高新区、宜昌高新区、长沙高新区，西部的宝鸡高新区、昆明高新区、重庆高新区，共9家。",
  ]),
  article("t39-crypto", "国家高新区商用密码产业协同创新网络成立", "2026-09-09", [
    "9月7日，国家高新区商用密码产业协同创新网络在郑州高新区成立，郑州高新区担任牵头单位。",
    "网络成员单位名单：（1）郑州高新区；（2）合肥高新区；（3）济南高新区；（4）贵阳高新区；（5）福州高新区；（6）西安高新区。",
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

  it("reads runs of a list under regions, each counted in its label, by the count of the whole", async () => {
    await g.answers(
      "储氢装备网络有哪些成员",
      ["张家口", "保定", "包头", "嘉兴秀洲", "淄博", "潍坊", "苏州工业园区", "常州", "成都", "自贡", "攀枝花"],
      ["部分"],
    );
    await g.answers(
      "储氢装备网络华东地区的成员有哪些",
      ["嘉兴秀洲", "淄博", "潍坊", "苏州工业园区", "常州"],
      ["成都", "保定"],
    );
  });

  it("reads runs after '东部的…，中部的…' counted at the end, and a part asked by its region", async () => {
    await g.answers(
      "合成生物网络有哪些成员",
      ["济南", "泰州", "石家庄", "南阳", "宜昌", "长沙", "宝鸡", "昆明", "重庆"],
      ["部分"],
    );
    await g.answers("合成生物网络西部有哪几家", ["宝鸡", "昆明", "重庆"], ["济南", "长沙"]);
  });

  it("reads a numbered list after '成员单位名单：' and does not take 商用密码 for a password", async () => {
    await g.answers("商用密码网络有哪些成员", ["郑州", "合肥", "济南", "贵阳", "福州", "西安"], ["部分", "抱歉"]);
    await g.answers("商用密码网络一共几家", ["6"]);
  });
});
