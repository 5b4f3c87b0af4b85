/**
 * Questions about zones: what a zone belongs to, membership and lead checks, shared groups, rankings.
 */
import { PROVINCES } from "../../knowledge/extract/names.ts";
import type { Evidence, Network, Zone } from "../../knowledge/schema.ts";
import type { Parsed } from "../parse.ts";
import { applying, stillPending } from "../query/applying.ts";
import { allPilotsNote, leaving, leavingReason, leftEvidence, leftText } from "../query/graph.ts";
import { numberFrom } from "../query/read.ts";
import type { Answer, AnswerItem } from "../types.ts";
import { type FactContext, fact, formatDate, type Group, none } from "./context.ts";
import { asksAboutItself, BRIEF, PLACE_ASKED } from "./cues.ts";
import { seatsHeld } from "./seat-history.ts";

/** Zones named by the question; an ambiguous name contributes one entry per reading. */
export function zoneReadings(c: FactContext, p: Parsed): { zones: Zone[]; note?: string }[] {
  const out: { zones: Zone[]; note?: string }[] = [];
  for (const m of p.mentions) {
    if (m.type === "entity" && m.ref.kind === "zone") {
      const z = c.k.zones.get(m.ref.id);
      if (z && !out.some((r) => r.zones.includes(z))) out.push({ zones: [z] });
    } else if (m.type === "ambiguous") {
      const zones = m.name.readings.map((id) => c.k.zones.get(id)).filter((z): z is Zone => !!z);
      out.push({ zones, note: m.name.note });
    }
  }
  return out;
}

/** How many of the zones a question names are members of one group. */
export function countAmong(c: FactContext, g: Group, readings: { zones: Zone[]; note?: string }[]): Answer {
  const zones = readings.flatMap((r) => r.zones).filter((z) => g.members?.zones.includes(z.id));
  const asked = readings.flatMap((r) => r.zones);
  const items = zones.map((z) => ({ name: c.zoneName(z.id) }));
  const answer = `${g.name}的成员中，${asked.map((z) => z.name).join("、")}里有${zones.length}家在列${
    zones.length ? `：${items.map((i) => i.name).join("、")}` : ""
  }。`;
  return fact(c.k, answer, g.members?.evidence.slice(0, 1) ?? [], {
    items,
    notes: readings.flatMap((r) => (r.note ? [r.note] : [])),
  });
}

/**
 * "上海是哪家高新区加入了X": which of the zones a name may mean is a member ("上海" → 上海紫竹高新区), none of the
 * others named.
 */
export function whichAmong(c: FactContext, g: Group, said: string, readings: { zones: Zone[] }[]): Answer {
  const zones = readings.flatMap((r) => r.zones).filter((z) => g.members?.zones.includes(z.id));
  const items = zones.map((z) => ({ name: c.zoneName(z.id) }));
  // (A partial list that names none of them does not say none is a member.)
  if (zones.length === 0 && g.members?.partial)
    return none(`文章只列出了${g.name}的部分成员，点名的成员中没有${said}的高新区，无法确定。`);
  const answer = zones.length
    ? `${g.name}的成员中，${said}的是${items.map((i) => i.name).join("、")}。`
    : `${g.name}的成员中没有${said}的高新区。`;
  return fact(c.k, answer, g.members?.evidence.slice(0, 1) ?? [], { items, title: g.name });
}

/** "Does this zone lead that network?": yes, or no and who does. */
export function leadCheck(c: FactContext, g: Network, readings: { zones: Zone[] }[]): Answer {
  const zones = readings.flatMap((r) => r.zones);
  const lead = g.lead?.zone;
  const hit = zones.find((z) => z.id === lead);
  // ("长沙现在成了储能网络的牵头单位了吗": the seat the zone does hold, when it holds one.)
  const holder = hit ? undefined : (g.seats ?? []).flatMap((s) => s.zones).find((z) => zones.some((x) => x.id === z));
  // (The seats of that one zone: "上海" may be 张江 or 紫竹.)
  const held = holder ? (g.seats ?? []).filter((s) => s.zones.includes(holder)) : [];
  const holds = holder ? `${c.zoneName(holder)}是${c.shortName(g)}的${held.map((s) => s.role).join("、")}。` : "";
  const answer = hit
    ? `是的，${g.name}的牵头单位是${c.zoneName(hit.id)}。`
    : `不是。${g.name}的牵头单位是${c.zoneName(lead ?? "")}，不是${zones.map((z) => z.name).join("或")}。${holds}`;
  return fact(c.k, answer, [...(g.lead?.evidence ?? []), ...held.flatMap((s) => s.evidence.slice(0, 1))], {
    title: g.name,
  });
}

/** "Is this zone a member?" for each group and zone; a no says where the zone is a member. */
export function membershipCheck(
  c: FactContext,
  groups: Group[],
  readings: { zones: Zone[]; note?: string }[],
  asksWhy = false,
): Answer {
  const lines: string[] = [];
  let untold = 0;
  const evidence: Evidence[] = [];
  const notes: string[] = [];
  for (const r of readings) if (r.note) notes.push(r.note);
  for (const g of groups) {
    const m = g.members;
    for (const z of readings.flatMap((r) => r.zones)) {
      const name = c.zoneName(z.id);
      if (m?.zones.includes(z.id)) {
        const isLead = "field" in g && g.lead?.zone === z.id;
        lines.push(`是的，${name}是${g.name}的成员${isLead ? "（牵头单位）" : ""}。`);
      } else if (!m || m.partial) {
        lines.push(`无法确定：${g.name}的成员名单文章只列出了一部分，点名的成员中没有${name}。`);
      } else {
        // Say where the zone is a member instead: the correction a false premise needs.
        const inGroups = c.k.memberships.get(z.id);
        const other = inGroups ? [...inGroups.networks, ...inGroups.alliances] : [];
        const where = other.length ? `；它参加的是：${other.map((o) => c.shortName(o)).join("、")}` : "";
        // A member that left: how the article says it did (the reason, what it became).
        const left = g.memberHistory.some((h) => h.zones.includes(z.id)) ? leaving(c.k, g, name) : undefined;
        // (Asked why: a sentence that gives the reason at more length follows.)
        const more = left && asksWhy ? leavingReason(c.k, left, name) : undefined;
        const said = left ? `文章写：${leftText(left)}。${more ? `另据报道：${more.quote}` : ""}` : "";
        if (more) evidence.push(more);
        // (Not a member yet, with an application pending: what the article says of it.)
        const applied = left ? undefined : applying(c.k, g, z);
        if (applied) evidence.push(applied);
        const pending = applied ? `文章写：${applied.quote}` : "";
        // "为啥退出了": why, not whether; the leaving as the article tells it (a reason it says is not disclosed,
        // "具体原因未对外披露", is said so first).
        const undisclosed = asksWhy && left && !more && REASON_UNDISCLOSED.test(said);
        if (undisclosed) untold += 1;
        lines.push(
          asksWhy && left
            ? `${undisclosed ? `文章没有披露${name}退出的原因。` : ""}${name}已退出${g.name}（现有${m.zones.length}家成员）。${said}`
            : `${stillPending(applied) ? "还没有，能否加入尚未确定。" : left?.status || applied ? "现在不是成员。" : "不是。"}${name}不在${g.name}的${m.zones.length}家成员中${where}。${said}${pending}`,
        );
        evidence.push(...leftEvidence(left));
        for (const o of other.slice(0, 2)) evidence.push(...(o.members?.evidence.slice(0, 1) ?? []));
      }
    }
    if (m) evidence.push(...m.evidence.slice(0, 1));
  }
  const said = fact(c.k, lines.join("\n"), evidence, { notes: notes.length ? notes : undefined });
  // (Every zone asked not a member yet, its application pending: whether it will be is open; every reason asked not
  // disclosed: not known.)
  return lines.every((x) => x.startsWith("还没有，")) || (untold > 0 && untold === lines.length)
    ? { ...said, kind: "none" }
    : said;
}

/** A leaving whose reason the article says it does not give: "具体原因未对外披露". */
const REASON_UNDISCLOSED =
  /原因(?:未|没有|暂未|并未)(?:对外)?(?:披露|公开|说明|透露)|未(?:说明|透露|披露)(?:具体)?原因/;

/** What a zone belongs to (networks, alliances, seats, chairs), and for a brief what the articles report of it. */
export function reverse(c: FactContext, p: Parsed, readings: { zones: Zone[]; note?: string }[]): Answer {
  const wantNetworks = p.asksNetworks || !p.asksAlliances;
  const wantAlliances = p.asksAlliances || !p.asksNetworks;
  const allZones = readings.flatMap((r) => r.zones);
  if (readings.length >= 2 && p.setOp === "intersection")
    return sharedByZones(c, allZones, wantNetworks, wantAlliances);
  const lines: string[] = [];
  const evidence: Evidence[] = [];
  const notes: string[] = [];
  const items: AnswerItem[] = [];
  for (const r of readings) if (r.note) notes.push(`“${r.note}”以下分别回答。`.replace("。”", "”"));
  // "在哪个省": the zone's province, as the article (or the gazetteer) gives it; a brief says it too.
  const asksWhere = /省|位于|在哪里|在哪儿|哪个城市|哪座城市/.test(p.text) || BRIEF.test(p.text);
  // "在哪个市", "在陕西哪个市": where the zone is, said first (its own words when an article gives them).
  const asksPlace = allZones.length === 1 && !BRIEF.test(p.text) && PLACE_ASKED.test(p.text);
  for (const z of allZones) {
    const mem = c.k.memberships.get(z.id) ?? { networks: [], alliances: [] };
    const place = z.province ? `${z.province}${z.city && z.city !== z.province ? z.city : ""}` : "";
    const where = asksWhere && place ? `位于${place}` : "";
    const plain = c.zoneName(z.id);
    // One bracket: "三原高新区（陕西省级高新区，位于陕西咸阳）".
    const name = !where ? plain : plain.endsWith("）") ? `${plain.slice(0, -1)}，${where}）` : `${plain}（${where}）`;
    const parts: string[] = [];
    if (wantNetworks) {
      const nets = mem.networks.map((n) => `${n.name}${n.lead?.zone === z.id ? "（牵头）" : ""}`);
      parts.push(
        nets.length
          ? `参加了${nets.length}个产业协同创新网络${allPilotsNote(
              c.k,
              mem.networks.map((n) => n.id),
            )}：${nets.join("、")}`
          : "文章所列的产业协同创新网络名单中没有它",
      );
      for (const n of mem.networks) {
        items.push({ name: n.name, note: `${name}${n.lead?.zone === z.id ? " · 牵头" : ""}` });
        evidence.push(...(n.members?.evidence.slice(0, 1) ?? []));
      }
      // Its role in a network besides membership: the secretariat.
      for (const n of c.k.networks.values()) {
        if (n.secretariat?.zone !== z.id) continue;
        parts.push(`${n.name}的秘书处设在这里`);
        evidence.push(...n.secretariat.evidence.slice(0, 1));
      }
    }
    if (wantAlliances) {
      const alls = mem.alliances.map((a) => a.name);
      if (alls.length) parts.push(`所在联盟：${alls.join("、")}`);
      else if (!wantNetworks) parts.push("文章所列的联盟成员名单中没有它");
      for (const a of mem.alliances) {
        items.push({ name: a.name, note: name });
        evidence.push(...(a.members?.evidence.slice(0, 1) ?? []));
      }
      const sec = [...c.k.alliances.values()].filter((a) => a.secretariat?.zone === z.id);
      for (const a of sec) {
        const note = a.secretariat?.note;
        parts.push(`${a.name}的秘书处设在这里${note ? `（${note}）` : ""}`);
      }
      const chairs = [...c.k.alliances.values()].filter((a) => a.chair?.zone === z.id);
      for (const a of chairs) parts.push(`${a.name}的理事长单位`);
    }
    // Other seats it holds (副理事长单位, 2026年轮值主席单位, 观察员 …), in the groups asked about.
    const groups = [...(wantNetworks ? c.k.networks.values() : []), ...(wantAlliances ? c.k.alliances.values() : [])];
    // A group it has left ("…主动申请退出网络"), in the article's words: no longer a member, said so.
    for (const g of groups) {
      if (!g.members || g.members.zones.includes(z.id) || !g.memberHistory.some((h) => h.zones.includes(z.id)))
        continue;
      const left = leaving(c.k, g, plain);
      parts.push(`已退出${g.name}${left ? `（文章写：${leftText(left)}）` : ""}`);
      evidence.push(...(left ? leftEvidence(left) : g.members.evidence.slice(0, 1)));
    }
    for (const g of groups) {
      for (const seat of seatsHeld(g, z.id)) {
        parts.push(`${g.name}的${seat.role}`);
        evidence.push(...seat.evidence.slice(0, 1));
      }
    }
    // "只加入了三个网络，对吗": the stated number is checked first.
    const stated = allZones.length === 1 && wantNetworks ? statedNetworkCount(p.text) : undefined;
    // "N个网络全都参加了吗": all of the pilots (or of every network) is claimed.
    const all = allZones.length === 1 && wantNetworks ? claimedAll(p.text) : undefined;
    const pilots = [...c.k.networks.values()].filter((n) => n.pilot);
    const inAll =
      all === undefined
        ? undefined
        : (all === pilots.length || all === 0 ? pilots : [...c.k.networks.values()]).every((n) =>
            mem.networks.some((m) => m.id === n.id),
          );
    const verdict =
      stated !== undefined
        ? stated === mem.networks.length
          ? "是。"
          : "不是。"
        : inAll === undefined
          ? ""
          : inAll
            ? "是。"
            : "不是。";
    if (asksPlace && place) {
      lines.push(`${plain}位于${place}。`);
      evidence.push(...z.evidence.filter((e) => e.quote.includes(z.city ?? z.province ?? "")).slice(0, 1));
    }
    lines.push(`${verdict}${name}${parts.join("；")}。`);
    if (evidence.length === 0) evidence.push(...z.evidence);
    // A brief of the zone ("讲讲某高新区"): also what the articles report of it — its events, the people
    // they quote for it, its figures.
    if (asksAboutItself(p) && allZones.length === 1) lines.push(...zoneFacts(c, z, evidence));
  }
  // "A和B谁加入的网络多": the verdict first.
  if (
    allZones.length === 2 &&
    wantNetworks &&
    /更多|更少|多还是少|(?:哪个|谁|哪家)[^，,。？?]{0,12}?(?:多|少)(?:一些|些|一点)?(?:呢|啊)?$/.test(p.text)
  ) {
    const [a, b] = allZones.map((z) => ({ z, n: c.k.memberships.get(z.id)?.networks.length ?? 0 })) as [
      { z: Zone; n: number },
      { z: Zone; n: number },
    ];
    const verdict =
      a.n === b.n
        ? `一样多：${c.zoneName(a.z.id)}和${c.zoneName(b.z.id)}都参加了${a.n}个产业协同创新网络。`
        : `${c.zoneName((a.n > b.n ? a : b).z.id)}参加的更多（${Math.max(a.n, b.n)}个，${c.zoneName((a.n > b.n ? b : a).z.id)}${Math.min(a.n, b.n)}个）。`;
    lines.unshift(verdict);
  }
  const partial = [...c.k.networks.values(), ...c.k.alliances.values()].filter(
    (g) => g.members?.partial && !allZones.some((z) => g.members?.zones.includes(z.id)),
  );
  if (partial.length) notes.push(`以上只依据文章列出的名单；${partial.map((g) => g.name).join("、")}的名单不完整。`);
  return fact(c.k, lines.join("\n"), evidence, { items, notes: notes.length ? notes : undefined });
}

/** A zone's events, quoted officials and figures, as lines of a brief (their evidence is added). */
function zoneFacts(c: FactContext, z: Zone, evidence: Evidence[]): string[] {
  const lines: string[] = [];
  const events = c.k.events.filter(
    (e) => e.scopes.includes(z.id) && !e.id.startsWith("launch-") && !e.id.startsWith("founding-"),
  );
  for (const e of events.slice(0, 3)) {
    lines.push(`${formatDate(e.date)}：${e.title}${e.venue && e.venue !== z.id ? `（${c.zoneName(e.venue)}）` : ""}。`);
    evidence.push(...e.evidence.slice(0, 1));
  }
  const people = c.k.officials.filter((o) => o.org === z.id).slice(0, 3);
  if (people.length) {
    lines.push(`文章引述的负责人：${people.map((o) => `${o.name}（${o.role}）`).join("、")}。`);
    for (const o of people) evidence.push(...o.evidence.slice(0, 1));
  }
  const figures = c.k.figures.filter((f) => f.about.includes(z.id)).slice(0, 3);
  for (const f of figures) {
    lines.push(`${f.label}：${f.value}${f.unit}${f.period ? `（${f.period}）` : ""}。`);
    evidence.push(...f.evidence.slice(0, 1));
  }
  return lines;
}

/** The networks and alliances every zone named is a member of. */
function sharedByZones(c: FactContext, zones: Zone[], wantNetworks: boolean, wantAlliances: boolean): Answer {
  const groups: Group[] = [
    ...(wantNetworks ? [...c.k.networks.values()] : []),
    ...(wantAlliances ? [...c.k.alliances.values()] : []),
  ].filter((g) => zones.every((z) => g.members?.zones.includes(z.id)));
  const names = zones.map((z) => c.zoneName(z.id)).join("和");
  const items = groups.map((g) => ({ name: g.name }));
  const answer = groups.length
    ? `${names}共同参加的有${groups.length}个：${items.map((i) => i.name).join("、")}。`
    : `文章所列名单中，${names}没有共同参加的网络或联盟。`;
  return fact(
    c.k,
    answer,
    groups.flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    { items },
  );
}

/** The zone in the most (or fewest) networks or alliances. */
export function zoneRanking(c: FactContext, dir: "most" | "least", alliances: boolean): Answer {
  const counts = [...c.k.memberships.entries()].map(([id, m]) => ({
    id,
    groups: alliances ? m.alliances : m.networks,
  }));
  counts.sort((a, b) => b.groups.length - a.groups.length);
  if (dir === "least") counts.reverse();
  const best = counts[0]?.groups.length ?? 0;
  const top = counts.filter((c) => c.groups.length === best);
  const what = alliances ? "联盟" : "产业协同创新网络";
  const answer = `参加${what}${dir === "most" ? "最多" : "最少"}的是${top.map((t) => c.zoneName(t.id)).join("、")}（${best}个：${(
    top[0]?.groups ?? []
  )
    .map((g) => g.name)
    .join("、")}）。`;
  return fact(
    c.k,
    answer,
    (top[0]?.groups ?? []).flatMap((g) => g.members?.evidence.slice(0, 1) ?? []),
    {
      items: top.map((t) => ({ name: c.zoneName(t.id), note: `${best}个` })),
      notes: ["只依据文章列出的成员名单（新型显示等网络的名单不完整）。"],
    },
  );
}

/** The number of networks a yes/no question states for a zone ("只加入了三个…对吗" → 3). */
function statedNetworkCount(text: string): number | undefined {
  if (!/是吗|对吗|是不是|对不对|吗$/.test(text)) return undefined;
  const m = /(?:只|仅|一共|共)?(?:参加|加入|参与)了?(\d+|[一二两三四五六七八九十])个/.exec(text);
  return m ? numberFrom(m[1] as string) : undefined;
}

/** "N个网络都参加了吗", "是不是全都参加了": the number claimed (0 when none is said), for a yes/no question. */
function claimedAll(text: string): number | undefined {
  if (!/是吗|对吗|是不是|对不对|吗$|有没有/.test(text)) return undefined;
  const m =
    /(?:(\d+|[一二两三四五六七八九十])个)?(?:试点)?(?:产业协同创新)?网络(?:都|全都|全部|全)(?:参加|加入|参与|有份|在)/.exec(
      text,
    );
  if (m) return m[1] ? numberFrom(m[1]) : 0;
  return /(?:都|全都|全部)(?:参加|加入|参与)了?(?:吗|没有)?/.test(text) && /网络/.test(text) ? 0 : undefined;
}

/** Words that may stand between a zone and "在哪" when the zone itself is asked ("三原高新区具体位于陕西哪个市"). */
const ZONE_PLACE_FILLER = /的|那个|这个|是|具体|到底|究竟|位于|坐落|地处|在|呢|啊|吗|[，,\s]/g;

const PROVINCE_SAID = new RegExp(`(?:${PROVINCES.join("|")})(?:省|自治区|市)?`, "g");

/** Something of the zone (a centre, a base) is asked where, not the zone: words of their own before "在哪". */
export function thingOfZoneAsked(p: Parsed, zone: Zone | undefined): boolean {
  const mention = p.mentions.find((m) => m.type === "entity" && m.ref.id === zone?.id);
  const at = p.text.search(PLACE_ASKED);
  if (!mention || at < mention.end) return false;
  // (A province said before the city asked, "在陕西哪个市", is where the zone is looked for.)
  const between = p.text
    .slice(mention.end, at)
    .replace(/(?:建|设|落户|落地|放)$/, "")
    .replace(ZONE_PLACE_FILLER, "")
    .replace(PROVINCE_SAID, "");
  return /^[\u4e00-\u9fff]{2,}/.test(between) && !/^(?:省|市|城市|地方)/.test(between);
}
