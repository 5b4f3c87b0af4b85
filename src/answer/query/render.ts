/** A query result → the Answer: the direct answer first (是/不是, the number, the winner and margin), then the list. */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Evidence } from "../../knowledge/schema.ts";
import { fact } from "../facts.ts";
import type { Answer } from "../types.ts";
import type { Claim } from "./algebra.ts";
import { applying, stillPending } from "./applying.ts";
import { deniedMembership } from "./denied.ts";
import { eventOf, heldAt } from "./event-venue.ts";
import type { ClaimResult, Result, SetValue } from "./execute.ts";
import { heldOn, membershipsAmong, samePlace } from "./execute.ts";
import {
  allPilotsNote,
  articleSentences,
  dateOf,
  daysBetween,
  formatDate,
  foundingPlace,
  group,
  leadOf,
  leaving,
  ledBy,
  leftEvidence,
  leftText,
  listCount,
  memberCount,
  memberProvinces,
  membershipsOf,
  namesGroup,
  provinceOf,
  provincesSaid,
  secretariatPlace,
  sentenceCited,
  shortName,
  statusWord,
  venueOf,
  zoneName,
} from "./graph.ts";

/** A sentence that says no member left: "原有成员单位全部保留", "无成员退出". */
const KEPT =
  /(?:原有|原来的|老)?成员[^。，,；;]{0,6}?(?:全部|均|都)(?:予以)?保留|(?:无|没有|未有)(?:成员)?(?:单位)?退出/;
/** A sentence that says the members stayed as they were: "联盟成员保持17家不变". */
const MEMBERS_KEPT = /成员[^。，,；;]{0,8}?((?:保持|维持|仍为|仍是|依然是)[^。，,；;]{0,8}?(?:不变|未变))/;

/**
 * No change of members recorded: said so when an article about the group says the members stayed as they were
 * (quoted); else null (the member list answers).
 */
function unchanged(k: Knowledge, g: NonNullable<ReturnType<typeof group>>): Answer | null {
  const said = sentenceCited(k, (x) => MEMBERS_KEPT.test(x), namesGroup(k, g.id));
  if (!said) return null;
  const kept = MEMBERS_KEPT.exec(said.quote)?.[1] ?? "没有变化";
  return fact(k, `没有增减：${g.name}的成员${kept}（据《${said.title}》）。`, [
    { article: said.articleId, quote: said.quote },
  ]);
}

/** The sentence of a change's article that says it was the group's first ("…以来首次调整成员"). */
function firstChangeSaid(k: Knowledge, evidence: readonly Evidence[]): Evidence | undefined {
  for (const { article } of evidence) {
    const quote = articleSentences(k.articles.get(article)?.body ?? "").find(
      (x) => /首次|第一次/.test(x) && /调整|扩容|变动|吸纳/.test(x) && /成员/.test(x),
    );
    if (quote) return { article, quote };
  }
  return undefined;
}

const gName = (k: Knowledge, id: string) => {
  const g = group(k, id);
  return g ? shortName(g) : id;
};
const nameOf = (k: Knowledge, set: SetValue, id: string) => (set.of === "zone" ? zoneName(k, id) : gName(k, id));

/** How a count or list from a list the articles only sample begins: the names are some, never all. */
const SOME_NAMED = "文章只列出了部分成员，点名的有";

export function renderResult(
  k: Knowledge,
  r: Result,
  context: { among?: string[]; leftOut?: string[]; byProvince?: boolean; except?: string[] } = {},
): Answer | null {
  // A count of memberships leaves out the groups whose list the articles only sample: say which.
  const leftOut = context.leftOut?.length
    ? [`未计入成员名单不完整的${context.leftOut.map((id) => gName(k, id)).join("、")}（文章只点名了其部分成员）。`]
    : [];
  switch (r.type) {
    case "list":
    case "any": {
      const names = r.set.ids.map((id) => nameOf(k, r.set, id));
      const withCounts =
        r.set.of === "zone" && context.among !== undefined
          ? r.set.ids.map((id) => `${zoneName(k, id)}（${membershipsAmong(k, id, context.among)}个）`)
          : names;
      const evidence = r.set.evidence.length > 0 ? r.set.evidence : [];
      const notes = [...(r.set.partial ? ["部分名单不完整，结果只基于文章点名的成员。"] : []), ...leftOut];
      // Nothing found in a list the articles only sample (or never give) is not "none".
      if (names.length === 0 && r.set.partial) return unlisted(k, r.set);
      // Zones whose province no article gives cannot be counted in or out of a province.
      if (r.set.unplaced?.length) {
        const where = `文章没有写明${r.set.unplaced.map((id) => zoneName(k, id)).join("、")}所在的省份`;
        if (names.length === 0) return { kind: "none", answer: `${where}，无法按省份判断。`, citations: [] };
      }
      const aside = r.set.unplaced?.length
        ? `另有${r.set.unplaced.map((id) => zoneName(k, id)).join("、")}，文章没有写明所在省份，未计入。`
        : "";
      if (r.type === "any") {
        const answer = names.length
          ? `有，共${names.length}家：${names.join("、")}。${aside}`
          : "没有。文章所列名单中没有符合条件的高新区。";
        return fact(k, answer, evidence, {
          items: names.map((name) => ({ name })),
          ...(notes.length ? { notes } : {}),
        });
      }
      // ("无锡除了牵头物联网网络，还参加了哪些": the groups set aside are said, then the rest.)
      const besides = context.except?.length ? `除${context.except.map((id) => gName(k, id)).join("、")}外，` : "";
      // From a list the articles only sample, the names found are some, never all ("共2家" would claim all).
      const total = r.set.partial ? `${SOME_NAMED}${names.length}` : `共${names.length}`;
      const answer = names.length
        ? context.byProvince && r.set.of === "zone"
          ? `${total}家。${inProvinces(k, r.set.ids)}。${aside}`
          : `${besides}${total}${r.set.of === "zone" ? "家" : "个"}：${withCounts.join("、")}。${aside}`
        : "没有。文章所列名单中没有符合条件的。";
      return fact(k, answer, evidence.length ? evidence : setEvidence(k, r.set), {
        items: withCounts.map((name) => ({ name })),
        ...(notes.length ? { notes } : {}),
      });
    }
    case "count": {
      const names = r.set.ids.map((id) => nameOf(k, r.set, id));
      const pilots = r.set.of === "group" ? allPilotsNote(k, r.set.ids) : "";
      const unit = r.set.of === "zone" ? "家" : "个";
      const evidence = r.set.evidence.length ? r.set.evidence : setEvidence(k, r.set);
      const listed = names.length > 0 ? `：${names.join("、")}` : "";
      const some = r.set.partial && r.set.of === "zone" ? SOME_NAMED : "";
      return fact(k, `${some}${r.set.ids.length}${unit}${pilots}${listed}。`, evidence, {
        items: names.map((name) => ({ name })),
        ...(leftOut.length ? { notes: leftOut } : {}),
      });
    }
    case "extreme": {
      const top = r.ranking[0];
      if (!top) return null;
      const end = r.ranking[r.ranking.length - 1];
      if (r.span && r.by === "date" && end && end !== top) {
        const [first, last] = r.dir === "min" ? [top, end] : [end, top];
        const days = daysBetween(String(first.value), String(last.value));
        const answer = `最早：${nameOf(k, r.set, first.id)}（${formatDate(String(first.value))}）；最晚：${nameOf(k, r.set, last.id)}（${formatDate(String(last.value))}）；前后相隔${days}天。`;
        return fact(k, answer, r.set.evidence);
      }
      const winners = r.ranking.filter((x) => x.value === top.value);
      const label = (v: number | string) =>
        r.by === "date" ? formatDate(String(v)) : r.by === "members" ? `${v}家` : `${v}个`;
      const names = winners.map((w) => nameOf(k, r.set, w.id));
      const rest = r.ranking
        .slice(winners.length, winners.length + 4)
        .map((x) => `${nameOf(k, r.set, x.id)}${label(x.value)}`);
      const word = r.by === "date" ? (r.dir === "min" ? "最早" : "最晚") : r.dir === "max" ? "最多" : "最少";
      // (A group founded first or last is told with where, when the articles say: "在哪启动的" is often asked with it.)
      const where = (id: string) => {
        const g = r.by === "date" && r.set.of === "group" ? group(k, id) : undefined;
        const venue = g ? venueOf(g) : undefined;
        return venue ? `，在${zoneName(k, venue)}` : "";
      };
      const answer = `${names.join("、")}${word}（${label(top.value)}${winners.length === 1 ? where(top.id) : ""}）。${rest.length ? `其次：${rest.join("，")}。` : ""}`;
      return fact(
        k,
        answer,
        r.set.evidence.length ? r.set.evidence : membershipEvidence(k, { ...r.set, ids: winners.map((w) => w.id) }),
        {
          items: r.ranking.map((x) => ({ name: nameOf(k, r.set, x.id), note: label(x.value) })),
          ...(leftOut.length ? { notes: leftOut } : {}),
        },
      );
    }
    case "memberships": {
      const rows = r.set.ids.map((id) => ({ id, groups: membershipsOf(k, id) })).filter((row) => row.groups.length > 0);
      if (rows.length === 0) return null;
      const lines = rows.map((row) => `${zoneName(k, row.id)}：${row.groups.map(shortName).join("、")}`);
      return fact(
        k,
        `共${rows.length}家高新区参加了网络或联盟：\n${lines.join("\n")}`,
        membershipEvidence(k, { ...r.set, ids: rows.map((x) => x.id) }),
        {
          items: rows.map((row) => ({ name: zoneName(k, row.id), note: row.groups.map(shortName).join("、") })),
        },
      );
    }
    case "history": {
      const g = group(k, r.group);
      if (g && g.memberHistory.length === 0) return unchanged(k, g);
      if (!g?.members || g.memberHistory.length === 0) return null;
      const steps: string[] = [];
      const cited: Evidence[] = [];
      let before = g.memberHistory[0] as NonNullable<typeof g.members>;
      // (A list known in part, its count not stated: how many it names, never a count of the members.)
      const founding = listCount(before);
      steps.push(
        `${before.asOf ? formatDate(before.asOf) : ""}成立时${founding !== undefined ? `${founding}家` : `的名单文章只点名了${before.zones.length}家`}`,
      );
      const allLeft: string[] = [];
      for (const next of [...g.memberHistory.slice(1), g.members]) {
        // (A provincial zone is said so: "商丘高新区（省级）".)
        const joined = next.zones
          .filter((z) => !before.zones.includes(z))
          .map((z) => `${zoneName(k, z)}${k.zones.get(z)?.level === "provincial" ? "（省级）" : ""}`);
        // A member that left, with the reason the article gives ("大连高新区因主导产业方向调整，申请不再作为…").
        const left = before.zones
          .filter((z) => !next.zones.includes(z))
          .map((z) => {
            const name = zoneName(k, z);
            const why = next.evidence
              .map((e) => new RegExp(`${name}因([^，,。；;]{2,20}?)(?=[，,。；;]|提出|申请|而)`).exec(e.quote)?.[1])
              .find(Boolean);
            // (…and what it stays as, when the same sentence says: "申请转为网络观察员单位", "转为网络观察单位".)
            const kept = next.evidence
              .map((e) => e.quote.slice(Math.max(0, e.quote.indexOf(name))))
              .map((q) => /转为[^，,。；;]{0,8}?(?:观察员?|联络|联系)(?:单位)?/.exec(q)?.[0])
              .find(Boolean);
            // Else the sentence of that article that says how it left, as written.
            const said = why ? undefined : leaving(k, g, name);
            cited.push(...leftEvidence(said));
            return { name, why: why && `因${why}${kept ? `，${kept}` : ""}`, said: said && leftText(said) };
          });
        allLeft.push(...left.map((l) => l.name));
        const n = next.statedCount ?? next.zones.length;
        const was = listCount(before);
        // (A record that changed nothing, the same zones and count, is no step; nor, asked who joined, one that added
        // no one; asked who joined, those who left are not named: "今年新加进来哪几家".)
        if (joined.length === 0 && ((left.length === 0 && n === (was ?? before.zones.length)) || r.newcomersOnly)) {
          before = next;
          continue;
        }
        const moved = left.length > 0 ? "变为" : was !== undefined && n < was ? "减至" : "增至";
        // "这是该网络成立以来首次调整成员": the article's own word that the first change was the first.
        const first = steps.length === 1 ? firstChangeSaid(k, next.evidence) : undefined;
        if (first) cited.push(first);
        steps.push(
          `${next.asOf ? formatDate(next.asOf) : "此后"}${joined.length ? `新增${joined.join("、")}${joined.length > 1 ? `${joined.length}家` : ""}` : ""}${r.newcomersOnly && !r.leavingAsked ? "" : leavers(left)}，成员${was !== undefined ? `由${was}家` : ""}${moved}${n}家${first ? "（文章称这是成立以来首次调整成员）" : ""}`,
        );
        before = next;
      }
      const now = g.members.zones.map((z) => zoneName(k, z));
      // "有没有老成员退出": none did, when every list is complete and no change has a member leave.
      const lists = [...g.memberHistory, g.members];
      const complete = lists.every((m) => !m.partial && (m.statedCount ?? m.zones.length) === m.zones.length);
      const noneLeft =
        r.leavingAsked &&
        complete &&
        lists.every((m, i) => i === 0 || lists[i - 1]?.zones.every((z) => m.zones.includes(z)));
      // (With the article's own words for it, when it says so: "原有成员单位全部保留".)
      const kept = noneLeft ? lists.flatMap((m) => m.evidence).find((e) => KEPT.test(e.quote)) : undefined;
      // (Asked who joined, or whether any left: the changes say it; the whole list now would name members that did not.)
      // ("有没有成员退出的？是哪家": yes, and who, first; not "谁进来了谁退出了", a change asked as a whole.)
      const whether = r.whetherLeft === true && allLeft.length > 0;
      const list = g.members.partial || r.newcomersOnly || whether ? "" : `现有成员：${now.join("、")}。`;
      // ("最近一次扩员是哪家加入的": the latest change first, then how the list came to be.)
      const latest = r.latestAsked && steps.length > 1 ? `最近一次：${steps[steps.length - 1]}。` : "";
      const verdict = noneLeft ? "没有成员退出。" : whether ? `有，${allLeft.join("、")}退出。` : latest;
      return fact(k, `${verdict}${shortName(g)}：${steps.join("；")}。${list}`, [
        ...(kept ? [kept] : []),
        ...g.memberHistory.flatMap((h) => h.evidence.slice(0, 1)),
        ...g.members.evidence.slice(0, 1),
        ...cited,
      ]);
    }
    case "sizes": {
      const [a, b] = r.parts;
      // (A list the articles only sample, or a zone no article places, cannot be counted.)
      if ([a, b].some((x) => x.set.partial || (x.set.unplaced?.length ?? 0) > 0)) return null;
      const side = (x: typeof a) =>
        `${x.label}${x.set.ids.length}家（${x.set.ids.map((id) => nameOf(k, x.set, id)).join("、")}）`;
      const [na, nb] = [a.set.ids.length, b.set.ids.length];
      const verdict = na === nb ? "一样多" : `${na > nb ? a.label : b.label}多${Math.abs(na - nb)}家`;
      return fact(k, `${verdict}：${side(a)}；${side(b)}。`, [...a.set.evidence, ...b.set.evidence]);
    }
    case "compare": {
      const [va, vb] = r.values;
      if (va === undefined || vb === undefined) return null;
      const a = gName(k, r.a);
      const b = gName(k, r.b);
      if (r.by === "date") {
        // ("A比B成立得早吗": yes or no first, by whether a came first as claimed.)
        const holds = r.claim === "same" ? va === vb : va < vb === (r.claim === "earlier") && va !== vb;
        const verdict = r.claim ? (holds ? "是的。" : "不是。") : "";
        // (Each named: "长三角国家高新区联盟和淮河…联盟同一天成立".)
        if (va === vb)
          return fact(k, `${verdict}两者同一天成立（${formatDate(String(va))}）：${a}和${b}。`, r.evidence);
        const [first, second, d1, d2] = va < vb ? [a, b, va, vb] : [b, a, vb, va];
        const days = daysBetween(String(d1), String(d2));
        return fact(
          k,
          `${verdict}${first}先成立（${formatDate(String(d1))}），比${second}（${formatDate(String(d2))}）早${days}天。`,
          r.evidence,
        );
      }
      // (A side measured by its region's zones is named as such, and the missing member count said.)
      const [sa, sb] = [
        r.regions?.[0] ? `${r.regions[0]}的国家高新区` : a,
        r.regions?.[1] ? `${r.regions[1]}的国家高新区` : b,
      ];
      // (…and whether its members are counted at all: a count of members is not its region's zones.)
      const stood = [r.regions?.[0] ? r.a : undefined, r.regions?.[1] ? r.b : undefined].flatMap((id) => {
        const g = id ? group(k, id) : undefined;
        return g ? [g] : [];
      });
      const uncounted = stood.filter((g) => memberCount(g) === undefined).map((g) => gName(k, g.id));
      const aside =
        stood.length === 0
          ? ""
          : uncounted.length > 0
            ? `（文章没有给出${uncounted.join("、")}的成员数，这里按所在区域的国家高新区数量比较。）`
            : "（这里按所在区域的国家高新区数量比较，不是联盟的成员数。）";
      if (va === vb) return fact(k, `两者${aside ? "数量" : "成员数"}相同，都是${va}家。${aside}`, r.evidence);
      const [more, less, nm, nl] = Number(va) > Number(vb) ? [sa, sb, va, vb] : [sb, sa, vb, va];
      return fact(k, `${more}多${Number(nm) - Number(nl)}家：${more}${nm}家，${less}${nl}家。${aside}`, r.evidence);
    }
    case "check": {
      const unknown = r.results.find((x) => x.holds === undefined);
      if (unknown) {
        const g = "group" in unknown.claim ? group(k, unknown.claim.group) : undefined;
        if (unknown.claim.is === "member" && g?.members?.partial) {
          const answer = `无法确定。文章只点名了${shortName(g)}的部分成员${g.members.statedCount ? `（共${g.members.statedCount}家）` : ""}，其中没有${zoneName(k, unknown.claim.zone)}。`;
          // (Kind none: whether it is a member is not known; the list it is not on is quoted.)
          return { ...fact(k, answer, unknown.evidence), kind: "none" };
        }
        return { kind: "none", answer: `文章没有足够的信息，无法确定${claimText(k, unknown.claim)}。`, citations: [] };
      }
      const ok = r.results.every((x) => x.holds);
      const several = severalMemberships(k, r.results);
      if (several)
        return fact(
          k,
          several,
          r.results.flatMap((x) => x.evidence),
        );
      const facts = r.results.map((x) => truth(k, x.claim)).filter(Boolean);
      // A member that left and stays on as something else (an observer) is not simply "不是": it is no member now.
      const stays = r.results.every((x) => x.holds || keptOn(k, x.claim));
      const answer = ok
        ? `是。${facts.join("")}`
        : `${stays ? "现在不是成员。" : "不是。"}${r.results
            .filter((x) => !x.holds)
            .map((x) => correction(k, x.claim))
            .join("")}`;
      const said = fact(
        k,
        answer,
        r.results.flatMap((x) => x.evidence),
      );
      // Not a member yet, its application pending ("申请加入…尚未最终确定"): not yet, and whether it will be is open.
      const pending = !ok && r.results.every((x) => x.holds || applicationPending(k, x.claim));
      return pending
        ? { ...said, kind: "none", answer: said.answer.replace(/^不是。/, "还没有，能否加入尚未确定。") }
        : said;
    }
  }
}

/** A membership claimed of a zone whose application to the group is still pending. */
function applicationPending(k: Knowledge, c: Claim): boolean {
  if (c.is !== "member") return false;
  const g = group(k, c.group);
  const z = k.zones.get(c.zone);
  // (An application the group answered with a seat, "经协商，A暂以观察员身份参与联盟活动", is no longer open.)
  if (g?.seats.some((s) => s.zones.includes(c.zone))) return false;
  return g !== undefined && z !== undefined && stillPending(applying(k, g, z));
}

/** An empty result over a list the articles do not give in full: which lists are missing, no answer. */
function unlisted(k: Knowledge, set: SetValue): Answer {
  const missing = set.incomplete?.map((id) => gName(k, id)) ?? [];
  const which = missing.length ? `${missing.join("、")}的` : "";
  return { kind: "none", answer: `文章没有给出${which}完整成员名单，无法判断。`, citations: [] };
}

/** One zone checked against several groups ("是不是这几个网络都参加了"): one sentence, the groups in and out. */
function severalMemberships(k: Knowledge, results: ClaimResult[]): string | null {
  const claims = results.map((x) => x.claim);
  const zone = claims[0]?.is === "member" ? claims[0].zone : undefined;
  if (!zone || claims.length < 2 || claims.some((c) => c.is !== "member" || c.zone !== zone)) return null;
  const names = (holds: boolean) =>
    results.filter((x) => x.holds === holds).map((x) => ("group" in x.claim ? gName(k, x.claim.group) : ""));
  const [inside, outside] = [names(true), names(false)];
  if (outside.length === 0) return `是。${zoneName(k, zone)}是${inside.join("、")}这${inside.length}个的成员。`;
  const joined = inside.length ? `只参加了其中${inside.length}个（${inside.join("、")}），` : "一个也没有参加，";
  return `不是。${zoneName(k, zone)}${joined}不在${outside.join("、")}中。`;
}

function setEvidence(k: Knowledge, set: SetValue): Evidence[] {
  if (set.of === "group") return set.ids.flatMap((id) => group(k, id)?.members?.evidence.slice(0, 1) ?? []);
  return membershipEvidence(k, set);
}

function membershipEvidence(k: Knowledge, set: SetValue): Evidence[] {
  if (set.of !== "zone") return [];
  const groups = new Set(set.ids.flatMap((id) => membershipsOf(k, id)));
  return [...groups].flatMap((g) => g.members?.evidence.slice(0, 1) ?? []).slice(0, 6);
}

/** A claim as a question ("X是否为Y成员"), for readings and for what cannot be decided. */
export function claimText(k: Knowledge, c: Claim): string {
  const g = "group" in c ? gName(k, c.group) : "";
  switch (c.is) {
    case "member":
      return `${zoneName(k, c.zone)}是否为${g}成员`;
    case "only":
      return `${zoneName(k, c.zone)}是否只参加了${g}`;
    case "nonMember":
      return `${zoneName(k, c.zone)}是否不在${g}中`;
    case "left":
      return `${zoneName(k, c.zone)}是否已退出${g}`;
    case "lead":
      return `${g}是否由${zoneName(k, c.zone)}牵头`;
    case "venue":
      return `${g}是否在${zoneName(k, c.zone)}启动`;
    case "secretariat":
      return `${g}秘书处是否在${zoneName(k, c.zone)}${c.body ?? ""}`;
    case "year":
      return `${g}是否${c.year}年${c.part ?? ""}成立`;
    case "monthDay":
      return `${g}是否${c.month}月${c.day !== undefined ? `${c.day}日` : ""}成立`;
    case "count":
      return `${g}是否有${c.n}家成员`;
    case "provinces":
      return `${g}成员是否来自${c.n}个省`;
    case "order":
      return `${g}是否比${gName(k, c.other)}${c.later ? "晚" : "早"}成立`;
    case "national":
      return `${zoneName(k, c.zone)}是否为国家高新区`;
    case "held":
      return `${eventOf(k, c.event)?.title ?? c.event}是否在${c.place}举行`;
    case "located":
      return `${zoneName(k, c.zone)}是否位于${c.province}${c.city ?? ""}`;
  }
}

/** The fact as the articles state it, for the claim's subject. */
export function truth(k: Knowledge, c: Claim): string {
  if (c.is === "held") {
    const e = eventOf(k, c.event);
    return e ? `${e.title}（${formatDate(e.date)}）。` : "";
  }
  if (c.is === "located") {
    const z = k.zones.get(c.zone);
    return z?.province ? `${z.name}位于${z.province}${z.city ? `${z.city}市` : ""}。` : "";
  }
  if (c.is === "national") {
    const z = k.zones.get(c.zone);
    if (!z) return "";
    return z.level === "national"
      ? `${z.name}是国家高新区。`
      : `${z.name}是${z.province ?? ""}${z.level === "provincial" ? "省级高新区" : "园区"}，不是国家高新区。`;
  }
  const g = group(k, c.group);
  if (!g) return "";
  const name = shortName(g);
  switch (c.is) {
    case "nonMember": {
      const g = group(k, c.group);
      // Taken to be absent, it is there: said as what it did (and as its lead, when it leads it).
      const leads = g ? leadOf(g) === c.zone : false;
      return g && members(g, c.zone)
        ? `${zoneName(k, c.zone)}其实参加了${shortName(g)}，是其成员之一${leads ? "，而且是牵头单位" : ""}。`
        : truth(k, { ...c, is: "member" });
    }
    case "left":
      return truth(k, { ...c, is: "member" });
    case "member": {
      const inGroups = membershipsOf(k, c.zone).map(shortName);
      if (members(g, c.zone)) return `${zoneName(k, c.zone)}是${name}的成员。`;
      // Once a member, no longer: it left (an earlier list has it).
      const was = g.memberHistory.some((h) => h.zones.includes(c.zone));
      if (was) {
        const since = g.members?.asOf ? `（截至${formatDate(g.members.asOf)}）` : "";
        const left = leaving(k, g, zoneName(k, c.zone));
        const why = left && leftText(left);
        // (…or it stays as an observer, a liaison: "由成员单位转为观察员单位", "调整为联络单位".)
        const observer = g.seats.find((s) => s.zones.includes(c.zone) && statusWord(s.role))?.role;
        const now = observer ? `现已转为${observer}` : "现已退出";
        return `${zoneName(k, c.zone)}曾是${name}的成员，${now}${since}；现有${memberCount(g) ?? ""}家成员中没有它。${why ? `文章写：${why}。` : ""}`;
      }
      // Its province's members instead: who the group does have where the question placed it.
      const province = provinceOf(k, c.zone);
      const near = province ? (g.members?.zones ?? []).filter((z) => provinceOf(k, z) === province) : [];
      const nearby = near.length ? `${name}在${province}的成员是：${near.map((z) => zoneName(k, z)).join("、")}。` : "";
      // A seat it holds there without being a member ("以“联系成员单位”身份加入").
      const seat = g.seats.find((s) => s.zones.includes(c.zone));
      const holds = seat ? `它是${name}的${seat.role}。` : "";
      // An application pending: not yet, as the article says.
      const z = k.zones.get(c.zone);
      const applied = z && applying(k, g, z);
      const pending = applied ? `文章写：${applied.quote}` : "";
      // Said not to be one, of a list that names only some members: what the article says.
      const denied = z && g.members?.partial ? deniedMembership(k, g, z) : undefined;
      const count = memberCount(g);
      // (A seat it holds instead, an observer's: not among the formal members.)
      const formal = seat ? "正式" : "";
      const notIn =
        denied || count === undefined ? `不是${name}的${formal}成员` : `不在${name}的${count}家${formal}成员中`;
      return `${zoneName(k, c.zone)}${applied ? "目前" : ""}${notIn}${inGroups.length ? `；它参加的是：${inGroups.join("、")}` : ""}。${holds}${nearby}${pending}${denied ? `文章写：${denied.quote}` : ""}`;
    }
    case "only": {
      const same = membershipsOf(k, c.zone).filter((x) => "field" in x === "field" in g);
      if (same.length === 1 && same[0] === g) return `${zoneName(k, c.zone)}只参加了${name}。`;
      const kind = "field" in g ? "网络" : "联盟";
      return `${zoneName(k, c.zone)}参加了${same.length}个${kind}：${same.map(shortName).join("、")}${same.includes(g) ? `，不只${name}` : ""}。`;
    }
    case "lead": {
      const lead = leadOf(g);
      return lead ? `${name}的牵头单位是${zoneName(k, lead)}。` : "";
    }
    case "venue": {
      // (…or in the place its founding's sentence names, when that is no zone: "江苏泰州中国医药城会展交易中心".)
      const at = venueOf(g);
      const place = at ? zoneName(k, at) : foundingPlace(g);
      const d = dateOf(g);
      return place ? `${name}${d ? `于${formatDate(d)}` : ""}在${place}${"field" in g ? "启动" : "成立"}。` : "";
    }
    case "secretariat": {
      const place = secretariatPlace(g);
      return g.secretariat ? `${name}的秘书处设在${place ?? zoneName(k, g.secretariat.zone)}。` : "";
    }
    case "year":
    case "monthDay": {
      const d = dateOf(g);
      return d ? `${name}成立于${formatDate(d)}。` : "";
    }
    case "count": {
      const n = memberCount(g);
      return n !== undefined ? `${name}共有${n}家成员。` : "";
    }
    case "provinces": {
      const places = memberProvinces(k, g);
      return `${name}的${g.members?.zones.length ?? ""}家成员来自${places.length}个省：${places.join("、")}。`;
    }
    case "order": {
      const other = group(k, c.other);
      const [a, b] = [dateOf(g), other ? dateOf(other) : undefined];
      if (!other || !a || !b) return "";
      if (a === b) return `${name}和${shortName(other)}是同一天成立的（${formatDate(a)}）。`;
      const days = daysBetween(a, b);
      return `${name}成立于${formatDate(a)}，比${shortName(other)}（${formatDate(b)}）${a > b ? "晚" : "早"}${days}天。`;
    }
  }
}

function members(g: NonNullable<ReturnType<typeof group>>, zone: string): boolean {
  return g.members?.zones.includes(zone) ?? false;
}

/** Zones by province, in their order: "青海：西宁高新区；甘肃：兰州高新区、白银高新区". */
function inProvinces(k: Knowledge, ids: string[]): string {
  const by = new Map<string, string[]>();
  for (const id of ids) {
    const province = provinceOf(k, id) ?? "其他";
    by.set(province, [...(by.get(province) ?? []), zoneName(k, id)]);
  }
  return [...by].map(([province, names]) => `${province}${names.length}家：${names.join("、")}`).join("；");
}

/** A member that left and, as its article says, stays on in another status (an observer). */
function keptOn(k: Knowledge, c: Claim): boolean {
  const g = c.is === "member" ? group(k, c.group) : undefined;
  return !!g && c.is === "member" && !!leaving(k, g, zoneName(k, c.zone))?.status;
}

/** What is wrong with a false claim, said with the fact. */
export function correction(k: Knowledge, c: Claim): string {
  switch (c.is) {
    case "located":
      return `${truth(k, c).replace(/。$/, "")}，不在${c.province}${c.city ?? ""}。`;
    case "held": {
      const at = heldAt(k, c.event);
      const placed = at !== undefined && samePlace(at, c.place);
      const date = eventOf(k, c.event)?.date;
      const said = `${c.month}月${c.day !== undefined ? `${c.day}日` : ""}`;
      const wrong = [
        ...(placed ? [] : [`在${at}，不是在${c.place}`]),
        // (The day is the truth's own, said before: only what it is not.)
        ...(heldOn(date, c) === false ? [`不是${said}`] : []),
      ];
      return `${truth(k, c).replace(/。$/, "")}：${wrong.join("；")}。`;
    }
    case "lead": {
      // What the zone does lead, when it leads another network ("成都高新区牵头的是新型显示网络").
      const led = ledBy(k, c.zone).filter((n) => n.id !== c.group);
      const own = led.length ? `${zoneName(k, c.zone)}牵头的是${led.map(shortName).join("、")}。` : "";
      return `${truth(k, c).replace(/。$/, "")}，不是${zoneName(k, c.zone)}。${own}`;
    }
    case "venue":
      return `${truth(k, c).replace(/。$/, "")}，不是在${zoneName(k, c.zone)}。`;
    case "secretariat":
      return `${truth(k, c).replace(/。$/, "")}，不在${zoneName(k, c.zone)}${c.body ?? ""}。`;
    case "year":
      return `${truth(k, c).replace(/。$/, "")}，不是${c.said ?? `${c.year}年`}${c.part ?? ""}。`;
    case "monthDay":
      return `${truth(k, c).replace(/。$/, "")}，不是${c.month}月${c.day !== undefined ? `${c.day}日` : ""}。`;
    case "count":
      return `${truth(k, c).replace(/。$/, "")}，不是${c.n}家。`;
    case "provinces": {
      // (With the article's own words for it, when they count the provinces: "淮河流域5省17家国家高新区…".)
      const g = group(k, c.group);
      const said = g ? provincesSaid(k, g) : undefined;
      return `${truth(k, c).replace(/。$/, "")}，不是${c.n}个省。${said ? `文章写：${said.quote}` : ""}`;
    }
    case "order":
      return `${truth(k, c).replace(/。$/, "")}，不是${gName(k, c.group)}${c.later ? "更晚" : "更早"}。`;
    default:
      return truth(k, c);
  }
}

/**
 * "，A、B退出（A因…）": the members that left, with the reasons the article gives (named when several left), or
 * the article's own words for how one left.
 */
function leavers(left: { name: string; why?: string; said?: string }[]): string {
  if (left.length === 0) return "";
  const reasons = left.flatMap((l) =>
    l.why ? [`${left.length > 1 ? l.name : ""}${l.why}`] : l.said ? [`文章写：${l.said}`] : [],
  );
  return `，${left.map((l) => l.name).join("、")}退出${reasons.length > 0 ? `（${reasons.join("；")}）` : ""}`;
}
