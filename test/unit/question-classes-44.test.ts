/**
 * Classes of questions and articles never seen, found in session 44, each over articles written for this test in new
 * words: newcomers "新加入联盟的N家国家高新区分别是：" named province by province; seats taken "新当选为" and a former
 * holder's seat before its name ("原副主席单位A改任…"); a part of the chain asked by its place (上游, 下游).
 */
import { describe, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t44-pharma", "国家高新区现代中药产业协同创新网络在成都启动", "2026-05-20", [
    "5月18日，国家高新区现代中药产业协同创新网络启动会在成都高新区召开。网络由成都高新区牵头，首批成员共10家国家高新区。",
    "按产业链环节划分，网络成员分布在上中下游。上游道地药材种植与种源环节有文山高新区、定西高新区、玉溪高新区；中游提取与制剂环节有成都高新区、通化高新区、吉林高新区、亳州高新区；下游流通与大健康应用环节有杭州高新区、广州高新区、泰州医药高新区。",
    "会议选举成都高新区为理事长单位，通化高新区、杭州高新区为副理事长单位，网络秘书处设在成都高新区。",
  ]),
  article("t44-pharma2", "现代中药网络年会增补成员 理事会换届", "2026-11-10", [
    "11月8日，国家高新区现代中药产业协同创新网络2026年年会在通化高新区举行。",
    "此次新加入网络的3家国家高新区分别是：云南省的楚雄高新区，甘肃省的白银高新区、兰州高新区。至此，网络成员单位由成立时的10家增至13家。",
    "年会完成理事会换届。成都高新区继续担任理事长单位；广州高新区、亳州高新区新当选为副理事长单位，通化高新区继续担任副理事长单位；原副理事长单位杭州高新区改任常务理事单位。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 44: members and seats", () => {
  it("reads newcomers named province by province after '新加入网络的N家国家高新区分别是：'", async () => {
    await answers("中药网络年会上新进了哪几家高新区？", ["楚雄", "白银", "兰州"], ["文山", "通化高新区、"]);
    await answers("中药网络甘肃的成员现在有哪些？", ["定西", "白银", "兰州"]);
    await answers("白银高新区在哪个网络里？", ["现代中药"]);
  });

  it("reads seats taken '新当选为' and a former holder's seat before its name", async () => {
    await answers("中药网络现在的副理事长单位是哪几家？", ["广州", "亳州", "通化"], ["杭州"]);
    await answers("杭州高新区在中药网络现在是什么角色？", ["常务理事"]);
  });

  it("answers a part of the chain asked by its place (上游, 下游)", async () => {
    await answers("中药网络上游那块是哪几个园区？", ["文山", "定西", "玉溪"], ["通化", "杭州"]);
    await answers("现代中药网络下游都有谁", ["杭州", "广州", "泰州"], ["文山", "亳州"]);
  });
});
