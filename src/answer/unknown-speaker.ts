/**
 * A person the question asks what they said ("王大明说了什么", "盐城高新区的陈永刚怎么看"), whom no article writes:
 * the articles do not mention them, said so, rather than a passage about something else. A name is a common family
 * name (knowledge/lexicon/names.yaml surnames) and one or two characters, right before a word of saying, after the
 * question's start, 的, a comma or a title.
 */
import { lexicon } from "../knowledge/lexicon.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { none } from "./facts/context.ts";
import type { Answer } from "./types.ts";

const SAID = "(?:说|表示|讲|谈|介绍|认为|怎么看|怎么说|如何看|提到|提出|指出|强调|发言|致辞)";
const NAME = new RegExp(
  `(?:^|的|，|,|主任|书记|局长|区长|县长|市长|司长|处长|院长|部长|会长|秘书长)([${lexicon.surnames.join("")}][\\u4e00-\\u9fff]{1,2}?)(?:在[^，,。？?]{0,16})?${SAID}`,
);

const TITLE_END = /(?:主任|书记|局长|区长|县长|市长|部长|院长|处长|司长|会长|总|老师|教授|博士|先生|女士)$/;

/** Every name an article or an official record writes, one text per knowledge snapshot (read once, not per question). */
const written = new WeakMap<Knowledge, string>();
function writtenText(k: Knowledge): string {
  let text = written.get(k);
  if (text === undefined) {
    text = [
      ...[...k.articles.values()].flatMap((a) => [a.title, a.body, ...a.people]),
      ...k.officials.map((o) => o.name),
    ].join("\n");
    written.set(k, text);
  }
  return text;
}

export function unknownSpeaker(k: Knowledge, question: string): Answer | null {
  const name = NAME.exec(question)?.[1];
  // ("黄主任说了什么": a family name and a title is no name to look for.)
  if (!name || TITLE_END.test(name)) return null;
  if (writtenText(k).includes(name)) return null;
  return none(`文章没有提到“${name}”，所以无法回答他（她）说了什么。`);
}
