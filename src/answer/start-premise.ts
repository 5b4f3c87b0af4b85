/**
 * A start year taken for granted and asked back ("创新型产业集群试点是2015年启动的吧？"): the sentence of the articles that
 * dates the start of what the question names answers it, yes or no, with the year it gives ("自2013年年初科技部正式启动
 * 创新型产业集群试点工作以来").
 */

import { escaped } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { articleSentences } from "./query/graph.ts";
import type { Answer } from "./types.ts";

/** "X是2015年启动的吧", "X是不是2015年开始的", "X在2015年启动的吗": the thing, the year. */
const CLAIMED =
  /^(?:请问)?([\u4e00-\u9fff]{4,20}?)(?:是不是|是|在|于)((?:19|20)\d{2})年(?:年初|年底|年中|初|底)?(?:正式)?(?:启动|开始|开展|推出|实施)(?:的)?(?:吧|吗|么|嘛|对吧|对吗|是吧|没错吧)?[？?。]?$/;
/** A sentence that dates the start of `thing`: the year, within a few words the verb, then the thing itself (not its
 *  review: "2022年启动康复辅具产业试点中期评估"; nor a count up to a day: "截至2016年底…已开展"). */
function startOf(thing: string): RegExp {
  return new RegExp(
    `(?<!截至|截止|到)((?:19|20)\\d{2})年(?:年初|年底|年中|初|底)?[^，,。；;]{0,12}?(?:启动|开始|开展|推出|实施)了?${escaped(thing)}(?!中期|评估|验收|总结|考核)`,
  );
}

export function startClaimed(k: Knowledge, question: string): Answer | null {
  const m = CLAIMED.exec(question.trim());
  if (!m) return null;
  const [, thing = "", claimed = ""] = m;
  // (A network's or an alliance's start is its launch, which the fact lookups check.)
  if (/网络|联盟|网$/.test(thing)) return null;
  const started = startOf(thing);
  for (const article of k.articles.values()) {
    for (const sentence of articleSentences(article.body)) {
      // (The start dated in the clause that names the thing: "自2013年年初科技部正式启动创新型产业集群试点工作以来".)
      const said = started.exec(sentence);
      if (!said?.[1]) continue;
      const quote = sentence.trim();
      const verdict = said[1] === claimed ? "是的" : `不是${claimed}年，文章写的是${said[1]}年`;
      return {
        kind: "fact",
        answer: `${verdict}。据《${article.title}》：${quote}`,
        citations: [{ articleId: article.id, title: article.title, date: article.date ?? null, quote }],
      };
    }
  }
  return null;
}
