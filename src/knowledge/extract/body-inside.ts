import { lexicon } from "../lexicon.ts";
import type { Doc } from "./context.ts";
import type { Sentence } from "./sentences.ts";

/**
 * A sentence about a body inside the group ("专业委员会由我区牵头，首批成员包括A、B…6家高新区"), or one that goes on
 * about the body the sentence before founded ("…航空动力专业委员会成立。首批成员包括…"): its members, counts and
 * changes are the body's, not the group's.
 */
export function ofBodyInside(doc: Doc, s: Sentence): boolean {
  const opensWith = (text: string) => {
    const opening = text.replace(/^(?:该|这个|此)/, "");
    return MEMBER_BODIES.some(
      (b) => opening.startsWith(b) && /^(?:由|的|共|首批|成员|现有|目前|[，,])/.test(opening.slice(b.length)),
    );
  };
  if (opensWith(s.text)) return true;
  // ("我区牵头成立网络生物制品与疫苗专业委员会，成员包括我区、A和B": the members the clause after the body's founding
  // lists.)
  if (
    MEMBER_BODIES.some((b) =>
      new RegExp(`(?:成立|组建|设立)[^，,。；;]{0,16}?${b}[，,](?:其)?(?:首批)?成员(?:包括|有|为|是)`).test(s.text),
    )
  )
    return true;
  const prev = doc.sentences[s.index - 1];
  // (Not after the group's own founding, "网络成立大会暨专家委员会成立": the members then are the group's.)
  return (
    prev?.paragraph === s.paragraph &&
    /^(?:首批)?成员/.test(s.text) &&
    (doc.mentions[s.index] ?? []).length === 0 &&
    !GROUP_FOUNDED.test(prev.text) &&
    MEMBER_BODIES.some((b) => new RegExp(`${b}(?:正式)?(?:成立|组建)`).test(prev.text))
  );
}

/** Bodies inside a group that have members of their own (a committee, a working group), not a place or an office. */
const MEMBER_BODIES = lexicon.subBodies.filter((b) => /(?:会|组|体)$|committee|group/.test(b));
/** The group's own founding said in a sentence ("网络成立大会", "联盟启动仪式"). */
const GROUP_FOUNDED = /(?:网络|联盟)[^，,。；;]{0,4}?(?:成立|启动)|(?:成立|启动)(?:大会|仪式)/;

/** The words right after a group's name name a body inside it ("…网络航空动力专业委员会成立会议"). */
export function namesBodyInside(after: string): boolean {
  // ("网络暨专家委员会成立大会": the group's founding joined with the body's, not the body's alone.)
  if (/^(?:暨|和|及|与|、)/.test(after)) return false;
  const named = /^[\u3400-\u9fff]{0,10}/.exec(after)?.[0] ?? "";
  return lexicon.subBodies.some((b) => named.includes(b) && !/^(?:成立|启动|揭牌)/.test(named));
}
