/**
 * Classes of session 55, each over articles written for this test in new words: an official who takes a post as its
 * first holder ("…局长王海涛任首任秘书长"); a secretariat handed from one office to a newly formed body ("此前设在A，
 * 自本次年会起移交新组建的B运行"); what changed in a council after the founding, asked of the council as a whole
 * ("年会上理事会有什么调整"). Each fails on the code before the session's changes (2e6adc2).
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../helpers/grown-engine.ts";

const ARTICLES = [
  article("t55-robot", "国家高新区服务机器人产业协同创新网络在青岛启动", "2026-04-10", [
    "4月9日，国家高新区服务机器人产业协同创新网络启动会在青岛高新区举行，青岛高新区、沈阳高新区、哈尔滨高新区、长沙高新区、深圳高新区5家国家高新区共同发起成立网络。",
    "会议确定青岛高新区为理事长单位，沈阳高新区、长沙高新区为副理事长单位。网络秘书处设在青岛高新区科技创新局，青岛高新区科技创新局局长王海涛任首任秘书长。",
  ]),
  article("t55-robot-2026", "服务机器人网络召开年会 副理事长单位增至3家", "2026-10-15", [
    "10月14日，国家高新区服务机器人产业协同创新网络2026年年会在长沙高新区召开。",
    "会议增补深圳高新区为副理事长单位，网络副理事长单位由2家增至3家，分别是沈阳高新区、长沙高新区、深圳高新区。青岛高新区继续担任理事长单位。",
    "网络秘书处此前设在青岛高新区科技创新局，自本次年会起移交新组建的青岛机器人产业促进中心运行，负责成员联络和项目对接。",
  ]),
];

const grown = grownEngine(ARTICLES);
const answers = grown.answers;

describe("session 55: a first holder of a post, a secretariat handed to a new body, the council's changes", () => {
  it("names the official who takes a post as its first holder", async () => {
    await answers("服务机器人网络的秘书长是谁？", ["王海涛"]);
    await answers("服务机器人网络秘书处设在哪？秘书长是谁", ["青岛", "王海涛"]);
  });

  it("reads a secretariat handed from an office to a newly formed body that runs it", async () => {
    await answers("服务机器人网络的秘书处后来交给谁运行了？", ["青岛机器人产业促进中心"]);
  });

  it("tells what changed in the council after the founding, asked of the council as a whole", async () => {
    await answers("服务机器人网络年会上理事会做了哪些调整？", ["深圳", "副理事长"]);
    await answers("服务机器人网络的理事会有什么变化", ["深圳", "副理事长"]);
  });

  it("leaves the members' changes and one post's changes to their own answers", async () => {
    const members = await grown.engine.answer("服务机器人网络的成员有什么变化");
    expect(members.answer).not.toContain("理事会的调整");
    await answers("服务机器人网络副理事长单位现在是哪几家", ["沈阳", "长沙", "深圳"]);
  });
});
