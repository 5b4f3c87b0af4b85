/**
 * Counter-examples a reviewer found in session 57's changes (articles in test/fixtures/review-57/, one folder a case,
 * each read into its own engine), each answered as it should be.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";

const DIR = join(import.meta.dirname, "../fixtures/review-57");
const ask = async (folder: string, q: string) => {
  const dir = folder === "" ? undefined : join(DIR, folder);
  const articles = dir ? readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8"))) : [];
  const engine = await createEngine({ added: () => ({ articles, events: [] }) });
  return engine.answer(q);
};
const yes = (answer: string) => /^(?:是|还是|在|有)/.test(answer);

describe("session 57 review guards", () => {
  it("a request to become an observer still before the council leaves the member a member", async () => {
    const a = await ask("c15", "宁波高新区还是纳米新材料网络的成员吗？");
    expect(yes(a.answer), a.answer).toBe(true);
  });
  it("'正在申请加入网络的，还有A' is no join", async () => {
    const a = await ask("c1", "宁波高新区是氢能装备网络的成员吗？");
    expect(yes(a.answer), a.answer).toBe(false);
  });
  it("'此次未能加入网络的，还有A' is no join", async () => {
    const a = await ask("c2", "宁波高新区加入氢能装备网络了吗？");
    expect(yes(a.answer), a.answer).toBe(false);
  });
  it("a provincial network whose name starts with a national one's field is not it", async () => {
    const a = await ask("c13", "长沙高新区是人工智能网络的成员吗？");
    expect(yes(a.answer), a.answer).toBe(false);
  });
  it("a zone said not to be chosen is no member of the section a count closes", async () => {
    const a = await ask("c16", "芜湖高新区是氢能装备网络成员吗？");
    expect(yes(a.answer), a.answer).toBe(false);
  });
  it("a zone whose application was turned down is no newcomer ('…则未获批准')", async () => {
    const a = await ask("c5", "鞍山高新区加入氢能装备网络了吗？");
    expect(yes(a.answer), a.answer).toBe(false);
  });
  it("a body's lead after a comma ('制氢装备专题组，牵头单位由A担任') is not the network's", async () => {
    expect((await ask("c9b", "氢能装备网络的牵头单位是谁？")).answer).not.toContain("牵头单位是西安");
    expect((await ask("c9", "氢能装备网络的牵头单位是谁？")).answer).toContain("武汉东湖高新区");
  });
  it("seats said as added and counted ('新增的副理事长单位共两家：…') keep those before", async () => {
    const a = await ask("c8", "氢能装备网络的副理事长单位有哪些？");
    expect(a.answer).toContain("长沙高新区");
    expect(a.answer).toContain("西安高新区");
  });
  it("'是不是湖北的' asked yes or no is no filter of the members not in the province", async () => {
    const a = await ask("", "光电子网络的牵头单位是不是湖北的？");
    expect(a.answer).not.toContain("长春");
  });
  it("a rate slowing or an effect asked is not a figure's direction", async () => {
    expect((await ask("c3", "氢能装备网络产值增速有没有回落？")).answer).not.toContain("实际上是增长");
    expect((await ask("c3", "共享中试平台是不是提升了企业研发效率？")).answer).not.toContain("实际上是下降");
  });
  it("whether firms may apply to a fund open to them is not left open by its size being undecided", async () => {
    const a = await ask("c14", "长沙高新区的企业能不能申请氢能装备网络的协同创新基金？");
    expect(a.answer).not.toContain("尚未确定，文章没有给出答案");
  });
  it("a part's firms asked ('哪些龙头企业') are not its zones", async () => {
    const a = await ask("c11", "低空经济网络整机研发制造环节有哪些龙头企业？");
    expect(a.answer).not.toMatch(/环节\d+家：/);
  });
  it("a correction drops only the figure of the same thing ('共享中试平台62个' beside corrected laboratories)", async () => {
    const a = await ask("c4", "氢能装备网络建成了多少个共享中试平台");
    expect(a.answer).toContain("62个");
  });
  it("how to phone a secretariat is a phone number asked", async () => {
    const a = await ask("c1", "怎么给氢能装备网络秘书处打电话？");
    expect(a.kind, a.answer).toBe("none");
  });
});
