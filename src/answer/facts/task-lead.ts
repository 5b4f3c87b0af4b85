/**
 * Who leads a piece of work inside a group ("季度会商机制由哪家牵头建立"), and what a zone leads, sets up or is
 * preparing there ("西安在低空网络里牵头成立了什么工作组", "西安高新区正在牵头筹建哪个网络"): not the group's own lead
 * or a zone's memberships, but the sentence that says who leads that work, quoted.
 */
import { entityNames } from "../../knowledge/entity-names.ts";
import { escaped } from "../../knowledge/lexicon.ts";
import type { Article } from "../../knowledge/load.ts";
import type { Zone } from "../../knowledge/schema.ts";
import { homeZoneOf } from "../../knowledge/source-zone.ts";
import type { Parsed } from "../parse.ts";
import { articleSentences, namesGroup, sentenceCited, sentenceCitedOf } from "../query/graph.ts";
import type { Answer } from "../types.ts";
import { type FactContext, fact, none } from "./context.ts";

/** What a piece of work inside a group is called by ("…机制", "…工作组", "…平台"); a group itself is the lead lookup's. */
const WORK =
  "(?:板块|环节|机制|工作组|专题组|专业组|合作组|联络组|(?<=[\u4e00-\u9fff]{2})组|产业链|专委会|委员会|专班|平台|联合体|协作体|共同体|中心|基金|清单|榜单|图谱|目录|名录|标准|规范|细则|实验室|基地|对接活动|大赛|方向|资源库|数据库|专家库|人才库|地图|训练场|试验场|测试场|验证场|数据集|语料库|计划|方案|章程|办法|规则|指南|白皮书|报告|协作)";
/** "这两条", "那几个": the thing after the items it sums up. */
const THESE = /^.*[这那](?=[两二三四五六七八九十几\d]+[条个项家类支])/;
/** A thing the group set up that its members do not lead in turn (not a part or a working group, whose leads a
 *  sentence may give in order). */
const SET_UP_THING = /(?:基金|平台|中心|实验室|基地|资源库|数据库)$/;
/** …and what a zone may prepare or set up: a group too ("正在牵头筹建哪个网络"). */
const THING = `(?:${WORK.slice(3, -1)}|网络|联盟)`;
/** "季度会商机制由哪家牵头建立": the thing, then who leads it asked. */
const WHO_LEADS = new RegExp(
  // ("…对接活动主要是哪家高新区牵头组织的": mostly, and the kind of body after 哪家.)
  // ("《…产业图谱（2026）》是哪个园区牵头编的": a document by its title, its year after it.)
  // ("…工作组是哪个高新区带头的": 牵头 in other words; "…榜单由谁来编": a document by who writes it.)
  `([\\u4e00-\\u9fff]{2,16}?${WORK}(?:\\d\\.\\d)?)(?:\\d{4}|\\d)?(?:版)?(?:主要)?(?:原来|原先|此前|之前)?(?:是|又是|将)?(?:由|归)?(?:哪家|哪个|哪一家|哪几家|哪些|谁)(?:高新区|单位|园区)?(?:来)?(?:牵头|带头|领头|挑头|(?:联合|共同)?发起|负责(?:编|编制|制定|起草)|(?:编|编制|制定|起草)(?=的|呢|$))`,
);
/** "…板块的牵头单位是哪个": the thing, then its lead unit asked. */
const WHO_LEADS_UNIT = new RegExp(
  `([\\u4e00-\\u9fff]{2,16}?${WORK})的?牵头(?:单位|方)(?:是|为)?(?:哪家|哪个|哪一家|谁)`,
);
/** "牵头成立了什么工作组", "正在牵头筹建哪个网络": what the zone leads, asked. */
/** "牵头搞哪方面的联合攻关", "牵头开展什么研发": the field of an act the zone leads, asked. */
const WHAT_ACT_LED =
  /牵头(?:搞|做|干|开展|组织|负责|推进|推动)?(?:了)?(?:哪方面|哪些方面|什么方面|哪个方面|哪个领域|哪些领域|什么领域|什么|哪些|啥)的?((?:联合)?攻关|研发|供需对接)/;
/** The verbs of leading an act ("牵头组织…联合攻关", "牵头开展…"), or none. */
const LEADING_VERB = "(?:组织|开展|推进|推动|负责)?";
const WHAT_LED = new RegExp(`牵头(成立|建立|组建|搭建|筹建|设立|筹备)(?:了)?(?:什么|哪个|哪些|啥)(?:样的)?(${THING})?`);
/** 牵头 with the verb of setting the thing up right after it ("牵头建立…"), not "A牵头的B网络…". */
const SETS_UP =
  "(?:建立|成立|组建|搭建|设立|建设|共建|筹建|筹备|开展|推进|推动|编制|制定|组织|举办|梳理|绘制|发布|征集|起草|做好)";
const LEADS_SETTING_UP = new RegExp(`牵头${SETS_UP}`, "g");

/** …or a piece of work by what is done, with the verb of leading it after 牵头: "场景共拓由哪家牵头组织". */
// ("…板块的供需对接由哪家负责牵头": 负责 before 牵头.)
const WHO_LEADS_WORK =
  /([\u4e00-\u9fff]{2,16}?)(?:主要)?(?:是|又是|将)?由(?:哪家|哪个|哪一家|谁)(?:高新区|单位|园区)?(?:来)?(?:负责牵头|牵头(?:组织|开展|推进|负责|实施))/;
/** …or an act of the group's work, "植介入材料联合攻关是哪家牵头": the act by its own word. */
const ACT_WORD = /(?:联合)?(?:攻关|对接|研发|推广|培训|交流|合作)$/;
const WHO_LEADS_ACT =
  /([\u4e00-\u9fff]{2,16}?(?:攻关|对接|研发|推广|培训|交流|合作))(?:主要)?(?:是|由)(?:哪家|哪个|哪一家|谁)(?:高新区|单位|园区)?(?:来)?(?:负责)?牵头/;
/** An act of the group's work named before who leads it ("动力系统那块的联合攻关由哪个高新区牵头"): not the group's own lead,
 *  even when no sentence says whose it is in the words asked (the passages may). */
export function asksActLead(text: string): boolean {
  const m = WHO_LEADS_ACT.exec(text);
  // (Not the group's whole work, "交流合作由哪家牵头": its lead answers that.)
  return (
    m !== null &&
    !/(?:合作|交流)$/.test(m[1] ?? "") &&
    !/网络|联盟/.test((m[1] ?? "").replace(/^.*(?:网络|联盟)(?:的|里)?/, ""))
  );
}

/** …or who first, then the work after it: "谁牵头组织三省高新区搞产业链供需对接". */
// ("是谁牵头推动通信、导航、监视数据标准互认的": 推动, and things listed in the work, read without their marks.)
const WHO_THEN_WORK =
  /(?:谁|哪家|哪个高新区)(?:来|负责)?牵头(?:组织|开展|推进|推动|负责)?(?:[\u4e00-\u9fff]{0,8}?(?:搞|开展|进行|做))?([\u4e00-\u9fff]{4,16}?)(?:的|呢|啊)?$/;

export function taskLead(c: FactContext, p: Parsed): Answer | null {
  // (Only of a group the question names, and not the group's own lead: "谁牵头纳米新材料产业协同创新网络".)
  const inGroup = p.mentions.some((m) => m.type === "entity" && m.ref.kind !== "zone");
  const then = inGroup ? WHO_THEN_WORK.exec(p.text) : null;
  const after = then && !/网络|联盟/.test(then[1] ?? "") ? then : null;
  const named = WHO_LEADS.exec(p.text) ?? WHO_LEADS_UNIT.exec(p.text) ?? WHO_LEADS_WORK.exec(p.text);
  const byAct = named ? null : WHO_LEADS_ACT.exec(p.text);
  const who = named ?? byAct ?? (after ? ([after[0], after[1]] as unknown as RegExpExecArray) : null);
  // (The thing without the group named before it: "联盟的季度会商机制" → "季度会商机制", "长江中游联盟先进…工作组"
  // → "先进…工作组".)
  const from = (who?.index ?? 0) + (who?.[1]?.length ?? 0);
  const group = p.mentions.filter((m) => m.type === "entity" && m.ref.kind !== "zone" && m.end < from).at(-1);
  const cut = group && who ? Math.max(0, group.end - who.index) : 0;
  // ("攻关榜单里，低空通信导航监视方向由谁牵头": what it is one of, said before, is not its name.)
  // (…unless the group's word is part of the thing's name as an article writes it: "纳米生物医用材料工作组".)
  const whole = who?.[1]?.replace(/^.*(?:的|里|当中|之中)/, "");
  const kept = cut > 0 && whole && sentenceCited(c.k, (s) => s.includes(whole)) ? whole : undefined;
  // ("工程机械、电子信息这两条跨省产业链协作体": what is listed before "这两条" names its items, not the thing.)
  const thing = (kept ?? who?.[1]?.slice(cut).replace(/^.*(?:的|里|当中|之中)/, ""))?.replace(THESE, "");
  // (A part of the group's member list whose lead is recorded, "核心零部件与材料板块由谁牵头": the part's lead, not a
  // sentence about something of it another zone leads, "…将牵头组织…板块的供需对接会".)
  const ledPart =
    group?.type === "entity" && thing
      ? [c.k.networks.get(group.ref.id), c.k.alliances.get(group.ref.id)].some((g) =>
          g?.members?.parts?.some((part) => part.lead !== undefined && thing === part.label),
        )
      : false;
  if (ledPart) return null;
  if (who && thing && thing.length >= 4) {
    const groupId = group?.type === "entity" ? group.ref.id : undefined;
    // (Several things' leads said in order, "…4个工作组，分别由A、B、C、D牵头", only when no sentence says this one's.)
    const earlier = /原来|原先|此前|之前|以前/.test(p.text);
    // ("关键零部件与材料板块的供需对接": the thing with what it is of, as written, before the thing alone.)
    const full = who[1]?.slice(cut).replace(/^.*(?:里|当中|之中)/, "") ?? "";
    // (An act by its word alone, "联合攻关", "供需对接", names no one piece of work: it needs what it is of,
    // "植介入材料联合攻关", and is looked for in the asked group's own articles.)
    const act = who === byAct;
    const bare = thing.replace(ACT_WORD, "").length < 2;
    // ("航空动力和机载系统的联合攻关由谁牵头" of "…牵头开展航空动力与机载系统联合攻关": the act with what it is of, as
    // an article joins it.)
    const joined = full.replace(/的(?=[^的]*$)/, "");
    const ofWhat =
      act && bare && joined !== thing
        ? [...new Set([joined, joined.replace(/和|及|跟/g, "与")])]
            .map((x) => whoLeads(c, x, earlier, groupId))
            .find((x) => x !== null)
        : undefined;
    if (ofWhat) return ofWhat;
    if (act && bare) return null;
    // (…nor is an act done by one part of the group, "核心零部件板块的联合攻关": the part's lead, in the group's
    // articles, "常州高新区…将牵头组织核心零部件板块开展联合攻关".)
    const within = act || bare ? groupId : undefined;
    const ofPart = full !== thing && full.length >= 6 ? whoLeads(c, full, earlier, within) : null;
    const part = new RegExp(`^(.{2,12}?${WORK})的`).exec(full)?.[1];
    const partLead = !ofPart && part ? whoLeads(c, part, earlier, groupId) : null;
    return (
      ofPart ??
      partLead ??
      whoLeads(c, thing, earlier, within) ??
      respectiveLead(c, thing, groupId) ??
      leadNotSaid(c, thing, groupId)
    );
  }
  const what = WHAT_LED.exec(p.text);
  const zone = p.entities.filter((e) => e.kind === "zone");
  if (what && zone.length === 1) return whatLed(c, zone[0]?.id as string, what[1] as string, what[2]);
  // ("西安高新区牵头搞哪方面的联合攻关": the act it leads, whatever the verb of leading it.)
  const act = WHAT_ACT_LED.exec(p.text);
  if (act && zone.length === 1) return whatLed(c, zone[0]?.id as string, LEADING_VERB, act[1]);
  return null;
}

/** "设立光电子信息、先进装备、新材料、专用汽车4个产业工作组，分别由A、B、C、D牵头": each thing's lead, in order. */
const RESPECTIVE_LEADS =
  /((?:[\u4e00-\u9fff]{2,10}?、)+[\u4e00-\u9fff]{2,10}?)(?:[\d一二两三四五六七八九十]+)个([\u4e00-\u9fff]{0,4}?)(工作组|专委会|专业委员会|专题组|攻关组|平台|中心|实验室|基地|联合体)[，,][^。；;]{0,10}?分别由((?:[\u4e00-\u9fff]{2,16}?、)+[\u4e00-\u9fff]{2,16}?)(?:牵头|负责)/;

function respectiveLead(c: FactContext, said: string, group: string | undefined): Answer | null {
  // ("车联网专题组" of "…两个专题工作组": a kind said short is the kind written, when not written so, "3个专题组".)
  const long = said.replace(/专题组$/, "专题工作组").replace(/专业委员会$/, "专委会");
  return leadOfEach(c, said, said, group) ?? (long !== said ? leadOfEach(c, said, long, group) : null);
}

function leadOfEach(c: FactContext, said: string, asked: string, group: string | undefined): Answer | null {
  const kind = (x: string) => x.replace(/^专业委员会$/, "专委会");
  // (Of the group asked, when the question names one: "物联网网络的智能传感工作组" is not the 光电子 network's.)
  const cited = sentenceCited(
    c.k,
    (s) => {
      const m = RESPECTIVE_LEADS.exec(s);
      return m !== null && asked.endsWith(kind(m[3] as string));
    },
    group ? namesGroup(c.k, group) : undefined,
  );
  const m = cited ? RESPECTIVE_LEADS.exec(cited.quote) : null;
  if (!cited || !m) return null;
  const items = (m[1] as string).split("、");
  const leads = (m[4] as string).split("、");
  // ("科技成果转化专题工作组" of "…、科技成果转化、…3个专题工作组": the word between the count and the kind too.)
  const own = asked
    .slice(0, -kind(m[3] as string).length)
    .replace(new RegExp(`${m[2] ?? ""}$`), "")
    .replace(/产业$/, "");
  const at = items.findIndex((x) => x === own);
  const name = items.length === leads.length && at >= 0 ? leads[at] : undefined;
  const zone = name ? zoneCalled(c, name) : undefined;
  return zone
    ? fact(c.k, `${said}由${zone.name}牵头。`, [{ article: cited.articleId, quote: cited.quote }], { title: said })
    : null;
}

/**
 * The zone the sentence says leads the thing: "X由Z牵头" (the thing first), or "Z将牵头建立X" (the zone in the clause of
 * the 牵头 nearest before the thing).
 */
function whoLeads(c: FactContext, asked: string, before: boolean, group?: string): Answer | null {
  // (Of the group asked, when it is an act any group may do, "联合攻关": only its own articles tell its lead.)
  const of = group ? namesGroup(c.k, group) : undefined;
  // (A title's marks are no part of the thing: "牵头制定《…地面试验规范》团体标准".)
  const plain = (s: string) => s.replace(/[《》“”]/g, "");
  // (The thing as an article writes it, when the question shortens it: "先进轨交装备工作组"; "首批场景能力清单" written
  // "…场景能力清单，首批清单由A牵头编制".)
  const shortFirst = /^首批[\u4e00-\u9fff]+?(清单|榜单|目录|名录)$/.exec(asked);
  const found = (t: string) => sentenceCited(c.k, (s) => plain(s).includes(t), of);
  // (…nor a list's marks, which the question is read without, nor the 等 closing a list it gives whole: "通信导航监视数据
  // 标准互认" written "通信、导航、监视等数据标准互认".)
  const listed = new RegExp([...asked].map(escaped).join("(?:、|等)*"));
  const written = found(asked)
    ? undefined
    : (sentenceCited(c.k, (s) => writtenAs(plain(s), asked) !== undefined || listed.test(plain(s))) ??
      (shortFirst && found(`首批${shortFirst[1]}`)));
  const thing = written
    ? (writtenAs(plain(written.quote), asked) ??
      listed.exec(plain(written.quote))?.[0] ??
      (shortFirst ? `首批${shortFirst[1]}` : asked))
    : asked;
  // ("产业链协作清单编制工作由南昌高新区牵头": the work on it, between.)
  // ("一是发布场景能力清单，由杭州高新区牵头，…": a comma before 由, "…协作平台，该平台由A牵头建设"; "一是绘制一张资源图谱，由上海张江高新区牵头，联合…
  // 绘制…人才地图": the item's lead, said before the thing in the same item.)
  // (After a comma, not a lead that sets up a thing of its own: "…梳理X清单，由A、B牵头共建Y基地" is Y's.)
  // ("整机研发制造板块包括A、B…，由C牵头；": the thing's members listed before its lead, in its clause; not the next
  // part's, "A板块包括B、C，D板块包括E，由E牵头".)
  // ("该基金由A、B、C等成员单位联合发起": those who set it up together, 等 kept in the answer.)
  const ledAfter = new RegExp(
    `${thing}(?:的)?(?:编制|建设|筹建|组建|制定|运营|搭建)?(?:工作)?(?:(?:则|将|也)?由([^，,；;。]{2,20}?)牵头|(?:包括|包含|涵盖|有)[^；;。，,]{2,120}?[，,]由([^，,；;。]{2,20}?)牵头(?=[，,；;。]|$)|[，,](?:(?:该|此|这一)[\\u4e00-\\u9fff]{1,4}?)?(?:则|将|也)?由([^，,；;。]{2,20}?)牵头(?!${SETS_UP}[\\u4e00-\\u9fff]{2,})|(?:已)?由([^，,；;。]{2,60}?)(等[\\u4e00-\\u9fff]{0,6}?)?(?:联合|共同)?发起)`,
  );
  // (…the item's lead before the thing only in an item of a list, "一是…，由X牵头，…thing", and only when no lead is
  // said after it: "A组由X牵头，B组由Y牵头" is Y's for B.)
  const ledBeforeInItem = new RegExp(
    `(?:^|[：:；;])[一二三四五六七八九十]是[^，,。；;]{0,24}[，,]由([^，,；;。]{2,20}?)牵头[，,](?:(?!由)[^。；;]){0,40}?${thing}`,
  );
  const ledBy = (q: string) => {
    const m = ledAfter.exec(q);
    return m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? ledBeforeInItem.exec(q)?.[1];
  };
  // (In the thing's own clause, 牵头 and the verb that sets it up: "Z将牵头建立X"; not "参与A牵头的…网络建设，共建X".)
  const leadBefore = (s: string) => {
    const at = s.indexOf(thing);
    const from = Math.max(0, ...["，", ",", "；", ";", "。"].map((m) => s.lastIndexOf(m, at) + 1));
    const lead = [...s.slice(from, at).matchAll(LEADS_SETTING_UP)].at(-1);
    if (lead) return s.slice(from, from + (lead.index ?? 0));
    // ("…，襄阳高新区牵头汽车及零部件产业链协作": 牵头 right before the thing.)
    return s.slice(from, at).endsWith("牵头") ? s.slice(from, at - 2) : undefined;
  };
  // ("淄博高新区退出后，其原先牵头的纳米涂层专题工作组…": the zone that led it, said before 原先牵头的.)
  const ledEarlier = new RegExp(
    `([\\u4e00-\\u9fff]{2,12}(?:高新区|示范区|园区))[^。；;]{0,12}?(?:原先|原来|此前|之前)牵头的([\\u4e00-\\u9fff]{0,4}?${thing})`,
  );
  const said = (raw: string) => {
    const s = plain(raw);
    // (Who led it before only when that is asked: the one who took it over may be told elsewhere.)
    return (
      s.includes(thing) && (ledBy(s) !== undefined || leadBefore(s) !== undefined || (before && ledEarlier.test(s)))
    );
  };
  // (A sentence that says it of the thing first: "…清单由苏州工业园区牵头编制" before "大会由杭州高新区牵头，…发布了…清单".)
  // (The thing named by a pointer to the sentence before, "该基金由…联合发起", too.)
  const hit =
    sentenceCitedOf(c.k, thing, (raw) => ledAfter.test(plain(raw)), of) ?? sentenceCitedOf(c.k, thing, said, of);
  if (!hit) return ledBackByKind(c, asked, of);
  const { cited } = hit;
  const quote = plain(hit.read);
  const earlier = ledBy(quote) !== undefined || leadBefore(quote) ? null : ledEarlier.exec(quote);
  // ("我区牵头组织…，发布…，牵头制定X": the subject the sentence gave before, when the clause has none.)
  const said0 = ledBy(quote) ?? leadBefore(quote) ?? earlier?.[1] ?? "";
  // (…or when what it gave names no one: "…，将牵头组织X" has "将".)
  const who = /[\u4e00-\u9fff]{2}/.test(said0) ? said0 : quote.slice(0, quote.indexOf(thing));
  // (An institute, a university or a firm leads it, "由中国科学院天津工业生物技术研究所牵头组建": its name as written,
  // never a zone whose short name is inside it, 天津.)
  // (How they set it up, as the sentence says it: "共同发起", "联合发起", "发起", else 牵头.)
  const setUp = ledAfter.exec(quote);
  const how = setUp?.[4] ? (/(共同|联合)发起/.exec(setUp[0])?.[0] ?? "发起") : "牵头";
  const body = said0.trim().replace(/^.*由/, "");
  if (!earlier && ORGANISATION.test(body) && !zoneCalled(c, body))
    return fact(c.k, `${thing}由${body}${how}。`, [{ article: cited.articleId, quote: cited.quote }], { title: thing });
  // ("我区…牵头制定…": the zone that publishes the article.)
  // (The zone named last before the thing, or 我区, whichever is later.)
  const named = [...c.k.zones.values()]
    .map((z) => ({ z, at: Math.max(...[z.name, ...z.aliases].map((n) => who.lastIndexOf(n))) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at)[0];
  const ours = Math.max(who.lastIndexOf("我区"), who.lastIndexOf("本区"));
  const home = ours > (named?.at ?? -1) ? homeZoneOf(c.k, cited.articleId) : undefined;
  const zone = (home ? c.k.zones.get(home) : undefined) ?? named?.z;
  if (!zone) return null;
  // ("由中关村示范区、上海张江高新区牵头共建X": two zones after 由, each a lead.)
  // ("由A、B和C三家成员单位共同发起": their count and kind after them are no part of the last name.)
  const together = /^((?:[\u4e00-\u9fff]{2,16}?(?:、|和|与|及))+[\u4e00-\u9fff]{2,16}?)$/.exec(
    who
      .trim()
      .replace(/^.*由/, "")
      .replace(/(?:[一二两三四五六七八九十\d]+家)(?:成员单位|成员|单位|国家高新区|高新区)?$/, ""),
  )?.[1];
  const zones = together
    ? together
        .split(/、|和|与|及/)
        .map((n) => zoneCalled(c, n))
        .filter((z) => z !== undefined)
    : [];
  const leads = zones.length >= 2 && zones.includes(zone) ? zones.map((z) => z.name).join("、") : zone.name;
  // (Led before, as the sentence says, by its full name there.)
  const text = earlier
    ? `${earlier[2]}原先由${zone.name}牵头。`
    : `${thing}由${leads}${setUp?.[4] && setUp[5] ? "等" : ""}${how}。`;
  return fact(c.k, text, [{ article: cited.articleId, quote: cited.quote }], {
    title: thing,
  });
}

/**
 * A thing of the group its articles name without saying who leads or set it up ("网络协同发展基金也已落地"): that they
 * do not say, never the group's own lead in its place.
 */
function leadNotSaid(c: FactContext, thing: string, group: string | undefined): Answer | null {
  if (!group || !SET_UP_THING.test(thing)) return null;
  // (Only when no sentence that names it says who leads, sets up or runs anything: others read those.)
  const of = namesGroup(c.k, group);
  if (sentenceCited(c.k, (s) => s.includes(thing.slice(-4)) && /牵头|发起|负责|承担|担任/.test(s), of)) return null;
  const cited = sentenceCited(c.k, (s) => s.includes(thing), of);
  return cited
    ? none(`文章提到了${thing}，但没有写它由哪家牵头或发起。据《${cited.title}》：${cited.quote}`, {
        citations: [cited],
      })
    : null;
}

/** A name that ends as an organisation's does, not a zone's. */
const ORGANISATION = /(?:研究所|研究院|科学院|大学|学院|公司|集团|协会|学会|实验室|医院)$/;

/** The zone a name or alias is. */
function zoneCalled(c: FactContext, name: string): Zone | undefined {
  return [...c.k.zones.values()].find((z) => z.name === name || z.aliases.includes(name));
}

/**
 * The thing said back by its kind in a sentence after the one that names it ("会上发布了《国家高新区物联网场景能力清单
 * （2026）》。…清单由杭州高新区（滨江）牵头编制，…"): the zone that sentence names first after 由.
 */
function ledBackByKind(c: FactContext, asked: string, of: ((a: Article) => boolean) | undefined): Answer | null {
  const kind = new RegExp(`${WORK}$`).exec(asked)?.[0];
  if (!kind) return null;
  const plain = (s: string) => s.replace(/[《》“”（）()\s]/g, "");
  const back = new RegExp(
    `^(?:该|这一|此)?${kind}(?:的?编制工作)?由([\u4e00-\u9fff]{2,16}?(?:高新区|示范区|园区))[\u4e00-\u9fff]{0,4}?牵头`,
  );
  for (const a of [...c.k.articles.values()].filter(of ?? (() => true))) {
    const sentences = articleSentences(a.body);
    for (const [i, s] of sentences.entries()) {
      if (!plain(s).includes(plain(asked))) continue;
      for (const next of sentences.slice(i + 1, i + 4)) {
        const m = back.exec(plain(next.trim()));
        const zone = m ? zoneCalled(c, m[1] as string) : undefined;
        if (zone)
          return fact(c.k, `${asked}由${zone.name}牵头。`, [{ article: a.id, quote: next.trim() }], { title: asked });
      }
    }
  }
  return null;
}

/**
 * What the zone (by name, or as 我区 on its own page) leads, sets up or prepares, as its sentence says with the verb
 * asked ("筹建" is not "牵头的…网络建设").
 */
function whatLed(c: FactContext, zone: string, verb: string, kind: string | undefined): Answer | null {
  const names = entityNames(c.k, zone).filter((n) => n.length >= 2);
  // (Something set up after the verb: "…分别由A、B牵头组建。" names nothing.)
  const leading = new RegExp(`牵头${verb}`);
  const ledBy = (s: string, own: boolean) => {
    const m = leading.exec(s);
    const lead = m ? m.index : -1;
    const what = m ? (s.slice(lead + m[0].length).split(/[，,；;。]/)[0] ?? "") : "";
    if (lead < 0 || what.replace(/^了/, "").length < 2 || (kind && !what.includes(kind))) return false;
    // (The zone before it, back to the sentence's start or another 牵头: "我区作为副理事长单位，牵头成立了…".)
    const other = s.lastIndexOf("牵头", lead - 1);
    const before = s.slice(other < 0 ? 0 : other + 2, lead);
    // (Not another it backs that leads: "西安高新区将支持隆基绿能等链主企业牵头开展…联合攻关".)
    const clause = before.split(/[，,；;]/).pop() ?? "";
    if (/(?:支持|鼓励|引导|推动|带动|协调|组织)[^，,；;]{1,24}(?:企业|机构|单位|公司|高校|院所|中心)$/.test(clause))
      return false;
    return names.some((n) => before.includes(n)) || (own && /我区|本区/.test(before));
  };
  const cited =
    sentenceCited(c.k, (s) => ledBy(s, false)) ??
    sentenceCited(
      c.k,
      (s) => ledBy(s, true),
      (a) => homeZoneOf(c.k, a.id) === zone,
    );
  if (!cited) return null;
  const at = leading.exec(cited.quote)?.index ?? 0;
  const clause = cited.quote.slice(at).split(/[，,；;。]/)[0] ?? "";
  // ("正在牵头筹建", "将依托…优势，牵头组织": not done yet, as the sentence says; not 将 that takes an object, "将…优势
  // 转化为协同动能，牵头成立了…", nor a verb said done, "牵头成立了".)
  const upTo = cited.quote.slice(0, at);
  const tense = /了$/.test(clause.slice(0, 8))
    ? ""
    : (/(正在|将|拟|计划|准备)$/.exec(upTo)?.[1] ??
      (/将(?:依托|通过|借助|发挥|联合|围绕|以|在)[^，,；;。]*[，,]$/.test(upTo) ? "将" : ""));
  return fact(c.k, `${c.zoneName(zone)}${tense}${clause}。`, [{ article: cited.articleId, quote: cited.quote }], {
    title: c.zoneName(zone),
  });
}

/**
 * The name a sentence writes for a thing the question may shorten ("先进轨交装备工作组" for "先进轨道交通装备工作组"):
 * the thing itself, or a name with the same first character and kind of work that holds its characters in order,
 * at most three characters longer, and not two things joined by 与/和/及.
 */
function writtenAs(sentence: string, thing: string): string | undefined {
  if (sentence.includes(thing)) return thing;
  const kind = new RegExp(`${WORK}$`).exec(thing)?.[0];
  if (!kind) return undefined;
  const body = thing.slice(0, -kind.length);
  // ("测试结果互认规则" written "…测试结果互认，互认规则由A牵头编制": the work, then its tail again with the kind.)
  for (let k = body.length - 1; k >= 2; k--) {
    const again = `${body.slice(-k)}${kind}`;
    if (sentence.includes(`${body}，${again}`) || sentence.includes(`${body},${again}`)) return again;
  }
  for (let at = sentence.indexOf(kind); at >= 0; at = sentence.indexOf(kind, at + 1)) {
    for (let start = at - body.length; start >= Math.max(0, at - body.length - 3); start--) {
      const name = sentence.slice(start, at);
      // (Not a list's tail, "低空通信导航监视等方向", nor two things joined, "先进制造与新材料" for "先进材料".)
      if (name[0] === body[0] && !/[等、，,与和及]/.test(name) && inOrder(body, name)) return `${name}${kind}`;
    }
  }
  return undefined;
}

/** Every character of `short` occurs in `long`, in order. */
function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
