/**
 * Secretariats.
 *   "(首届)(联盟|网络)秘书处设在X(，由Y承担日常工作)"
 *   "秘书处由成员单位按年度轮值，首届秘书处设在X"      rotating: the note says so
 *   "秘书处落户X", "X为秘书处单位", "X担任秘书处单位", "X成为联盟第二届秘书处所在单位"
 *   "秘书处由A正式移交B", "设在A的秘书处，正式移交B", "第二届秘书处由B承接"
 *                                                         a handover: B's seat (learn.ts keeps A's in the history)
 * The group is the one the sentence names before 秘书处, else the one the item is about (context.ts anaphor).
 */
import { type Doc, NAME_STOP } from "./context.ts";
import type { GroupKind } from "./names.ts";
import type { Sentence } from "./sentences.ts";

/** A sentence that hands the secretariat on: its seat is the new one. */
const MOVED_HERE = /移交|交接|交棒|接棒|(?:自|从)即日起/;

export function secretariats(doc: Doc): void {
  for (const s of doc.sentences) {
    // ("秘书处没有设在牵头单位，而是设在珠海高新区": the seat is where it is, not where it is not.)
    const t = s.text.replace(/秘书处(?:并)?(?:没有|未|不)设在[^，,。；;]{1,12}[，,]而是设在/, "秘书处设在");
    const seat =
      /(首届|常设)?(?:(联盟|网络))?秘书处[：:]?(?:作为常设机构[，,]?|是?为?常设机构[，,]|不随[^，,。；;]{1,10}[，,])?(?:则|也|仍|仍然|一直|目前|继续)?(?:固定|长期|暂|暂时|临时)?(?:自[^，,。；;]{1,10}?起)?(?:由此前的[^，,。；;]{2,30}?(?=改设))?(?:正式)?(?:常设在|常设于|设立在|设在|设于|挂靠在|挂靠于|挂靠|落户|落地|落在|改设在|改设于)([\u3400-\u9fff]{2,24}?(?:（[\u3400-\u9fff]{1,6}）[\u3400-\u9fff]{2,16}?)?)(?:（[\u3400-\u9fff]{2,16}(?:下属|所属|直属)[\u3400-\u9fff]{0,8}）)?(?=[，,。；;]|由|$)/.exec(
        t,
      ) ??
      // "网络牵头单位和秘书处仍为X": the seat said together with the lead's.
      /(首届)?(?:(联盟|网络))?(?:牵头单位(?:和|与|及))?秘书处(?:仍|仍然|依然|均|都)(?:为|是)([\u3400-\u9fff]{2,16}?)(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      /(?:^|[，,：:])(?:由)?(首届)?()([\u3400-\u9fff]{2,20}?)(?:成为|作为|为|担任)(?:联盟|网络)?(?:首届|本届|新一届|第[一二三四五六七八九十\d]{1,2}届)?(?:联盟|网络)?(?:轮值)?秘书处(?:单位|所在单位|所在地)?/.exec(
        t,
      ) ??
      // "珠海高新区将承担首届秘书处工作": the first term's seat, taken on.
      /(?:^|[，,：:])()()([\u3400-\u9fff]{2,20}?)(?:将|正式)?(?:承担|负责)(首届)(?:联盟|网络)?秘书处(?:工作|职能|职责)/.exec(
        t,
      );
    // A handover: "秘书处(自2026年起)(正式)由A(正式)移交B", "B(由此)成为联盟…第二任秘书处单位".
    const handover =
      // ("网络秘书处原设在A，此次调整至B": where it was, then where it went; "…此前设在A，自本次会议起移交新组建的B运行".)
      /()(?:(联盟|网络))?秘书处(?:原|原来|原先|此前|之前)(?:设在|设于)[\u3400-\u9fff]{2,24}?[，,](?:此次|本次|现|现已|目前|已|今年|近日)?(?:自(?!明年|下|后年)[^，,。；;]{1,12}?起)?(?:正式|已)?(?:调整至|调整到|调整为|迁至|迁往|移至|移交至|移交|改设在|改设于|改设至|变更为|转至)(?:新组建的|新成立的|新设立的)?([\u3400-\u9fff]{2,24}?)(?:运行|承担|负责)?(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      // ("网络秘书处调整至无锡物联网创新促进中心": where it went, where it was said before, a zone or a body by its
      // kind; not a plan, "迁往杭州高新区的方案尚在论证", "是否将秘书处调整至…，目前尚未形成决定", "拟将秘书处移至…".)
      /(?<!(?:是否|拟|计划|考虑|建议|研究|讨论|或|有望)将?(?:联盟|网络)?)()(?![^。]*(?:尚未|未形成|未作|待定|另行|论证))(?:(联盟|网络))?秘书处(?:正式|已|随之|同步)?(?:调整至|调整到|迁至|迁往|移至|改设至)(?:新组建的|新成立的|新设立的)?([\u3400-\u9fff]{2,24}?(?:中心|高新区|园区|示范区|研究院|研究所|促进会|协会|办公室))(?:运行|承担|负责)?(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      // ("秘书处也随之从A迁至B": it moves with the seat.)
      // ("联盟秘书处同步调整，由A移至B": said adjusted, then where from and to.)
      /()(?:(联盟|网络))?秘书处(?:也|亦)?(?:随之|随即|同步|相应|一并)?(?:(?:顺利|正式)?完成交接[，,]|(?:进行)?(?:调整|变更)[，,])?(?:当天|当日|同日|随后|此次)?(?:自[^，,。；;]{1,12}?起)?(?:正式|已)?(?:由|从)[\u3400-\u9fff]{2,20}?(?:（[\u3400-\u9fff]{1,6}）)?(?:正式|整体|全部|统一)?(?:移交至|移交给|移交到|移交|交给|交接给|移至|迁至|迁往|调整至|调整到|转至|移到|轮值至|轮转至|轮换至|轮驻至|轮驻到|轮值到)(?:新组建的|新成立的|新设立的)?([\u3400-\u9fff]{2,24}?(?:（[\u3400-\u9fff]{1,6}）)?)(?:承担|负责|担任)?(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      // "联盟秘书处随轮值理事长单位同步设置，将于2026年1月起由A移至B": a move on a day the sentence gives.
      /()(?:(联盟|网络))?秘书处[^。；;]{0,30}?[，,](?:并|将|拟)?(?:于|自)(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?起由[\u3400-\u9fff]{2,20}?(?:移交至|移交给|移交|交给|移至|迁至|轮值至|轮转至|轮换至|轮驻至|轮驻到)([\u3400-\u9fff]{2,24}?)(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      // "秘书处今后实行年度轮值，自2026年1月1日起由B承担": a rotation that starts with B on a day.
      /()(?:(联盟|网络))?秘书处[^。；;]{0,12}?轮值[，,](?:自[^，,。；;]{1,14}?起)由([\u3400-\u9fff]{2,16}?(?:（[\u3400-\u9fff]{1,6}）)?)(?:承担|担任|负责)/.exec(
        t,
      ) ??
      // "秘书处改由成员单位按年度轮值，首个轮值年度由B承担": the first seat of a rotation that replaces a standing one.
      /()(?:(联盟|网络))?秘书处改(?:由|为)[^。；;]{0,24}?轮值[，,](?:首个|第一个|首轮)轮值(?:年度|期|单位)?由([\u3400-\u9fff]{2,16}?(?:（[\u3400-\u9fff]{1,6}）)?)(?:承担|担任|负责)/.exec(
        t,
      ) ??
      // "设在A的联盟秘书处，正式移交B": the seat it had, then where it goes.
      /()设在[\u3400-\u9fff]{2,20}?的(联盟|网络)?秘书处[，,]?(?:正式|已|整体)?(?:移交至|移交给|移交到|移交|交给|交接给|迁至|迁往|转至)([\u3400-\u9fff]{2,24}?(?:（[\u3400-\u9fff]{1,6}）)?)(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      // "A正式将秘书处工作移交B": A hands it to B.
      /(?:^|[，,：:])[\u3400-\u9fff]{2,20}?(?:正式)?将()(联盟|网络)?秘书处(?:工作)?(?:正式)?(?:移交至|移交给|移交到|移交|交给|交接给)([\u3400-\u9fff]{2,24}?(?:（[\u3400-\u9fff]{1,6}）)?)(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      // "B自2026年6月1日起承担第二届联盟秘书处工作": a later term taken up by B.
      /(?:^|[，,：:])()()([\u3400-\u9fff]{2,20}?)(?:自[^，,。；;]{2,14}?起)?(?:正式)?(?:承担|承接|接手)(?:第[二三四五六七八九十\d]{1,2}届|新一届)(?:联盟|网络)?秘书处(?:工作)?/.exec(
        t,
      ) ??
      // "第二届秘书处由B承接": a later term's seat, taken up.
      /()(?:第[二三四五六七八九十\d]{1,2}届|新一届)(联盟|网络)?秘书处(?:工作)?(?:正式)?由([\u3400-\u9fff]{2,20}?(?:（[\u3400-\u9fff]{1,6}）)?)(?:正式)?(?:承接|承担|接任|接手)(?=[，,。；;]|$)/.exec(
        t,
      ) ??
      /(?:^|[，,：:])()()([\u3400-\u9fff]{2,20}?)(?:由此|正式)?(?:成为|接任)[^，,。；;]{0,16}?(?:第[二三四五六七八九十\d]{1,2}(?:届|任)|新一届|新一任|下一任)(?:联盟|网络)?(?:轮值)?秘书处(?:单位|所在单位|所在地)?/.exec(
        t,
      ) ??
      // "网络秘书处由合肥高新区量子产业发展中心承担": the office that runs it, in its zone (one holder: not "由A和B共同
      // 负责").
      // (Not the first term's, told beside a later handover: "首届联盟秘书处由盐城高新区承担。…第二届…由蚌埠高新区承接".)
      /()(?<!首届)(?<!首届联盟|首届网络)(联盟|网络)?秘书处(?:日常)?(?:工作)?由((?:(?![和与及、共])[\u3400-\u9fff]){2,24}?)(?:承担|负责)(?=[，,。；;]|$|具体|日常)/.exec(
        t,
      ) ??
      // "即日起，网络秘书处迁往A": moved, said plainly (not a move planned or discussed: "迁往A的方案尚在论证").
      /()(联盟|网络)?秘书处(?:自[^，,。；;]{1,14}?起)?(?:正式|已|整体)?(?:迁往|迁至|迁到)((?:(?!的)[\u3400-\u9fff]){2,16}?)(?=[，,。；;]|由|$)(?![^。]*(?:方案|论证|讨论|可能|建议))/.exec(
        t,
      );
    const m = handover ?? seat;
    if (movedOnDay(doc, s) || bodyTakesOver(doc, s) || bodyReplaced(doc, s)) continue;
    if (!m) {
      clauseSeat(doc, s);
      continue;
    }
    const at = m.index ?? 0;
    // The name may follow a verb of choosing ("会议确定郑州高新区为秘书处单位").
    // "设在苏州工业园区纳米城", "常设于常州高新区科技创新局": a place or an office inside a known zone.
    // "X高新区（别称）": the bracket is another name of the zone, not part of the one to resolve.
    // ("蚌埠高新区将承担第二届秘书处工作": 将 before the verb is no part of the name.)
    const seatName = (m[3] ?? "").replace(/（[\u3400-\u9fff]{1,6}）$/, "").replace(/(?:将|已经|已|正式)+$/, "");
    // ("设在我区电子信息产业发展局", on a zone's own page: an office of that zone.)
    const inside = doc.names.zoneNamedAtStart(seatName) ?? doc.names.homeAtStart(seatName);
    // ("设在松山湖国际机器人产业基地": a place named by the zone's own short name, read as a venue is.)
    const place =
      !inside && /(?:基地|园区?|中心|大厦|城|港|小镇|研究院|研究所)$/.test(seatName)
        ? doc.names.venue(seatName, { evidence: doc.ev(s) })
        : undefined;
    // ("设在武汉光电工业技术研究院", on 东湖高新区's own page: a body named by the city of the zone that publishes it.)
    const homeCity = doc.names.home ? doc.names.known.zones.find((z) => z.id === doc.names.home)?.city : undefined;
    const ofHome =
      !inside && !place && homeCity && seatName.startsWith(homeCity) && /(?:院|所|中心|局|公司)$/.test(seatName)
        ? doc.names.home
        : undefined;
    // ("设在深圳市医疗器械行业协会", "设在无锡物联网创新促进中心": a body named by its city, the one zone there.)
    const city =
      !inside &&
      !place &&
      !ofHome &&
      /[\u3400-\u9fff]{2,}(?:协会|学会|联合会|促进会|研究院|研究所|中心)$/.test(seatName) &&
      // (A university's centre is not the city's zone: "西安交通大学…研究中心".)
      !/大学|学院/.test(seatName)
        ? doc.names.known.zones
            .map((z) => z.city)
            .filter((c): c is string => !!c && seatName.startsWith(c) && seatName.length > c.length + 3)
            .sort((x, y) => y.length - x.length)[0]
        : undefined;
    // (Of the city's zones, those the article names: "常州" has 常州高新区 and 武进高新区.)
    const inCity = city
      ? doc.names.known.zones.filter((z) => z.city === city && z.level === "national" && doc.body.includes(z.name))
      : [];
    const ofCity = inCity.length === 1 ? inCity[0]?.id : undefined;
    // ("落户蚌埠": a known zone by its place's name alone.)
    // "秘书处设在轮值理事长单位，随轮值理事长单位同步调整": with the chair of the first term, the rule kept as its note.
    const withChair = CHAIR_SEAT.test(seatName) ? chairOfItem(doc, s) : undefined;
    const zone =
      withChair ??
      doc.names.zoneEnding(seatName, { evidence: doc.ev(s) }, NAME_STOP) ??
      inside?.id ??
      doc.names.knownZone(seatName) ??
      doc.names.knownZone(`${seatName}高新区`) ??
      place ??
      ofHome ??
      ofCity;
    if (!zone) continue;
    const kind: GroupKind | undefined = m[2] === "联盟" ? "alliance" : m[2] === "网络" ? "network" : undefined;
    const prior = (doc.mentions[s.index] ?? []).filter((x) => x.end <= at && (!kind || x.kind === kind));
    const group = prior[prior.length - 1] ?? doc.anaphor(s, kind);
    if (!group) continue;
    // Notes are phrases of the sentence itself: "首届", "秘书处由成员单位按年度轮值", "由…承担日常工作".
    const notes: string[] = [];
    if (m[1]) notes.push(`${m[1]}秘书处`);
    // (我区 is said with the zone's name: "设在成都高新区电子信息产业发展局".)
    const byPlace = place ?? ofHome ?? ofCity;
    if ((inside?.id === zone && inside.length < seatName.length) || (byPlace !== undefined && byPlace === zone))
      notes.push(`设在${seatName.replace(/^(?:我区|本区)/, doc.names.nameOf(zone) ?? "$&")}`);
    if (withChair) notes.push(/随[^，,。；;]{2,16}(?:同步)?(?:调整|轮换|轮转|变动)/.exec(t)?.[0] ?? `设在${seatName}`);
    const rotating =
      /秘书处(?:改?由[^，,。；;]{0,30}?|实行[\u3400-\u9fff]{0,6}?|改为|实行)轮值(?:制度|制)?/.exec(t) ??
      // (Not the rotating chair named beside it: "实行“轮值主席+秘书处”运行机制：轮值主席单位任期一年".)
      /(?:轮值|轮流)(?:承担|担任)?秘书处|秘书处[^，,。；;“”"：:]{0,12}?(?:轮值(?!主席|理事长)|轮流承担)/.exec(t);
    // "秘书处不随轮值调整，常设于B": a standing seat, said against the rotation.
    // ("秘书处是常设机构，仍设在B，不随轮值主席调整": the rule after where it is.)
    const standing =
      /秘书处不随[^，,。；;]{1,10}/.exec(t) ?? /秘书处[^。；;]{0,24}?[，,](不随[^，,。；;]{1,10})/.exec(t);
    if (standing) notes.push(standing[1] ?? standing[0]);
    else if (rotating && !withChair) notes.push(rotating[0]);
    for (const rule of t.matchAll(ROTATION)) if (!notes.some((n) => n.includes(rule[0]))) notes.push(rule[0]);
    // "2027年起轮转至南昌高新区": the next seat, as the text gives it (a plan, kept in the note).
    // "自2027年1月1日起由B接任", "此后再由C接任", "任期由原定两年调整为至2026年底": the plan as written.
    // ("…秘书处设在深圳高新区；轮值主席单位每年轮换一次，2025年由深圳高新区担任": another post's schedule.)
    for (const plan of t.matchAll(NEXT_SEAT)) {
      const between = t.slice(at + m[0].length, plan.index);
      if (!notes.includes(plan[0]) && !/主席|理事长/.test(between)) notes.push(plan[0]);
    }
    // "…；此前，网络日常协调工作由无锡高新区科技创新局负责": who did the work before, said after who does it now.
    const rest = t.slice(at + m[0].length);
    const before =
      // (The secretariat's own work, not another's: "此前，联盟筹备工作由…负责" is the founding's.)
      /[；;，,]\s*((?:此前|之前|原来|原先)[，,]?(?:网络|联盟)?(?:秘书处)?(?:的)?(?:日常|具体)?(?:协调|联络|运营|运行)?工作由[\u3400-\u9fff]{2,30}?(?:负责|承担)[\u3400-\u9fff]{0,12})(?=[，,。；;]|$)/.exec(
        rest,
      );
    // ("由B承担联盟日常联络和活动组织工作": the whole clause, never cut inside a word.)
    // ("日常工作自2026年8月1日起由A移交给B承担": from the day it is said to start.)
    // (Not who did it before: "设在B（…），此前网络的日常联络工作由A承担".)
    const runBy =
      /(?:自(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?起)?由[\u3400-\u9fff]{2,30}?(?:具体承担|承担|负责)[\u3400-\u9fff]{0,24}(?=[，,。；;]|$)/.exec(
        before?.[1] ? rest.replace(before[1], "") : rest,
      );
    // ("此前由A承担的网络日常联络工作同步移交秘书处": who ran it before, said so.)
    const earlier = runBy && /(?:此前|之前|原来|原先)[，,]?$/.test(rest.slice(0, runBy.index));
    if (runBy) notes.push(earlier ? `此前${runBy[0]}` : runBy[0]);
    if (before?.[1]) notes.push(before[1]);
    // "依托无锡物联网产业研究院开展日常工作": the body it works through.
    const through =
      /^[，,]?(依托[\u3400-\u9fff]{2,30}?(?:开展|承担|负责|运行|运作)[\u3400-\u9fff]{0,12})(?=[，,。；;]|$)/.exec(
        t.slice(at + m[0].length),
      );
    if (through?.[1]) notes.push(through[1]);
    // "办公地点设在太湖国际科技园": where it works, inside the zone.
    const office = /办公地点(?:设在|位于|在)[\u3400-\u9fff]{2,16}/.exec(t.slice(at + m[0].length));
    if (office) notes.push(office[0]);
    // "…继续设在无锡高新区，但承担单位由A调整为B": the body inside the zone that runs it now.
    const runner =
      /承担单位由[\u3400-\u9fff]{2,30}?(?:调整为|调整至|变更为|改为)[\u3400-\u9fff]{2,30}?(?=[，,。；;]|$)/.exec(
        t.slice(at + m[0].length),
      );
    if (runner) notes.push(runner[0]);
    // "自2026年1月1日起，秘书处由A移交B": the day the new seat holds from, as written.
    // ("自6月1日起": the year is the article's.)
    const from = handover ? /(?:自|从|于)(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?起/.exec(t) : null;
    if (from) notes.unshift(from[0]);
    // "由A移交B": A held the seat before (the history, when no other sentence says where it was); inside one zone
    // (from one office to another) the move itself is the note.
    const fromName = handover
      ? (/(?:由|从)([\u3400-\u9fff]{2,20}?)(?:（[\u3400-\u9fff]{1,6}）)?(?:正式|整体|全部|统一)?(?:移交|交给|交接给|迁至|迁往|移至|转至|调整至|调整到|轮值至|轮转至|轮换至|轮驻至|轮驻到)/.exec(
          m[0],
        )?.[1] ?? /(?:原|原来|原先|此前|之前)(?:设在|设于)([\u3400-\u9fff]{2,24}?)[，,]/.exec(m[0])?.[1])
      : undefined;
    const fromZone = fromName ? (doc.names.knownZone(fromName) ?? doc.names.zoneNamedAtStart(fromName)?.id) : undefined;
    if (fromName && fromZone === zone && fromName !== seatName) notes.push(`由${fromName}移至${seatName}`);
    // ("网络秘书处调整至淄博先进陶瓷创新促进中心": a move with no seat it leaves named, said as written.)
    const movedTo = handover && !fromName ? /调整至|调整到|迁至|迁往|移至|改设至/.exec(m[0])?.[0] : undefined;
    if (movedTo)
      notes.splice(0, notes.length, ...notes.filter((n) => n !== `设在${seatName}`), `${movedTo}${seatName}`);
    doc.claims.push({
      type: "secretariat",
      group,
      zone,
      note: notes.length > 0 ? notes.join("；") : undefined,
      // A seat placed in a sentence of handing over ("…移交蚌埠高新区，联盟秘书处自即日起正式落户蚌埠") is a move too
      // (not one said as where it was: "A作为秘书处所在地…接下来由B接棒").
      ...(handover || (/落户|落地|落在|设在|设于/.test(m[0]) && MOVED_HERE.test(t)) ? { moved: true } : {}),
      evidence: doc.ev(s),
    });
    if (fromZone && fromZone !== zone)
      doc.claims.push({ type: "secretariat", group, zone: fromZone, evidence: doc.ev(s) });
  }
  rotationRules(doc);
}

/** A seat named by the chair's post: "设在轮值理事长单位". */
const CHAIR_SEAT = /^(?:轮值)?(?:理事长|主席)单位$/;
/** The first term's chair, as the item says it: "首任轮值理事长单位为A", "首届轮值主席单位由A担任". */
function chairOfItem(doc: Doc, s: Sentence): string | undefined {
  for (const b of doc.sentences) {
    if (b.item !== s.item || b.index > s.index) continue;
    const m =
      /(?:首任|首届)(?:轮值)?(?:理事长|主席)(?:单位)?(?:为|是|由)([\u3400-\u9fff]{2,16}?)(?:担任)?(?=[，,。；;]|$)/.exec(
        b.text,
      );
    const zone = m ? doc.names.knownZone(m[1] ?? "") : undefined;
    if (zone) return zone;
  }
  return undefined;
}

/** "秘书处自2024年成立以来一直设在A，自2026年5月1日起迁至B": where it was, then a move on a day; "…此前设在A，
 *  自本次会议起移交B承担": from a meeting the article reports. */
const SEAT_THEN_MOVE =
  /(?:(联盟|网络))?秘书处[^，,。；;]{0,16}?(?:设在|设于)([\u3400-\u9fff]{2,16}?)[，,](?:并|将|拟)?((?:于|自)(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|本次(?:会议|大会|年会))起)(?:正式|整体)?(?:迁至|移至|迁往|调整至|移交至|转至|移交|交由)([\u3400-\u9fff]{2,24}?)(?:承担|负责)?(?=[，,。；;]|$)/;

/** The move of SEAT_THEN_MOVE: B's seat from the day (a move), A's before it. */
function movedOnDay(doc: Doc, s: Sentence): boolean {
  const m = SEAT_THEN_MOVE.exec(s.text);
  const ctx = { evidence: doc.ev(s) };
  const before = m ? doc.names.zoneEnding(m[2] ?? "", ctx, NAME_STOP) : undefined;
  const after = m ? doc.names.zoneEnding(m[4] ?? "", ctx, NAME_STOP) : undefined;
  const kind: GroupKind | undefined = m?.[1] === "联盟" ? "alliance" : m?.[1] === "网络" ? "network" : undefined;
  const group = m ? doc.groupBefore(s, m.index, kind) : undefined;
  if (!m || !before || !after || before === after || !group) return false;
  // ("自本次会议起": the meeting's day is the article's, said by the move itself.)
  const note = /\d/.test(m[3] ?? "") ? { note: m[3] } : {};
  doc.claims.push({ type: "secretariat", group, zone: after, ...note, moved: true, evidence: doc.ev(s) });
  doc.claims.push({ type: "secretariat", group, zone: before, evidence: doc.ev(s) });
  return true;
}

/**
 * The secretariat handed from one body of a zone to another that is no zone: "网络秘书处由无锡高新区科技局移交至新组建的
 * 无锡物联网产业协同创新服务中心", "秘书处原设在A局，自本次大会起调整至B研究院", "秘书处的承担单位由A局调整为B中心".
 * The seat stays with the zone of the body it leaves; the move, as written, is its note.
 */
// ("秘书处此前设在A局，自2026年7月1日起改由B中心承担": 此前, and 改由…承担; "由此前临时设在A，调整为设在B";
// "由原来的A局调整至B中心".)
// ("秘书处由此前的A局调整为由B中心承担": the body it had, then the one that takes it on; "由原来设在A，调整为设在B".)
// ("…调整至B公司（B城）": the new body's short name in brackets after it; "秘书处原设在A局，此次调整为由B中心承担".)
// ("网络秘书处此前由A局承担，会议决定即日起改设在B实验室": what it was, the decision, and where it is set now.)
const BODY_MOVE =
  /(?:(联盟|网络))?秘书处(?:的?(?:承担单位|运营单位|依托单位|运营主体))?((?:(?:由|从)?(?:原来|原先|原|此前|之前)?(?:临时|暂时)?(?:设在|设于)|原由|此前由|(?:由|从)(?:原来的|原先的|此前的|之前的)|由|从)([\u3400-\u9fff]{2,20}?)(?:承担|负责)?(?:[，,](?:自|从)[^，,。；;]{1,12}?起[，,]?|[，,][^，,。；;]{0,8}?即日起[，,]?|[，,](?:此次|本次|这次|现|现已|目前|近日|今年)?)?(?:正式|整体)?(?:移交至|移交给|移交到|调整为|调整至|调整到|迁至|移至|转至|改设在|改设于|改为|改由)(?:设在|设于|由)?(?:新组建的|新成立的|新设立的)?([\u3400-\u9fff]{2,24}?(?:（[\u3400-\u9fff]{1,8}）)?))(?:承担|负责)?(?=[，,。；;]|由|$)/;

/** A way of running a secretariat, which no body's or place's name ends with ("实行季度轮值制", "采取轮值方式"). */
const WAY_OF_RUNNING = /(?:制|制度|机制|模式|方式|办法|轮值|轮换)$/;

function bodyTakesOver(doc: Doc, s: Sentence): boolean {
  const m = BODY_MOVE.exec(s.text);
  if (!m) return false;
  const [from, to] = [m[3] ?? "", m[4] ?? ""];
  const zone = doc.names.zoneNamedAtStart(from)?.id ?? doc.names.homeAtStart(from)?.id;
  // (A seat handed to a zone, or to an office of one, is the other rules' seat; so is one handed to 我区 on another
  // zone's page, "联盟秘书处由盐城高新区轮转至我区". From one body of the zone to another, "由我区经济发展局移交至我区…
  // 中心", "由佛山高新区科技局承担，…改设在佛山仙湖实验室", it stays the zone's, the move its note.)
  if (doc.names.knownZone(to) || doc.names.zoneNamedAtStart(to) || doc.names.knownZone(`${to}高新区`)) return false;
  // (A body or a place, not a way of running it: "今年改为实行季度轮值制".)
  if (WAY_OF_RUNNING.test(to)) return false;
  const home = doc.names.homeAtStart(to)?.id;
  if (home !== undefined && home !== zone) return false;
  const kind: GroupKind | undefined = m[1] === "联盟" ? "alliance" : m[1] === "网络" ? "network" : undefined;
  const group = doc.groupBefore(s, m.index, kind);
  if (!zone || !group) return false;
  // (The verb that says the new body runs it, "…调整为由B承担", is part of what moved.)
  const note = `${m[2] ?? ""}${/由[^，,。；;]+$/.test(m[2] ?? "") ? (/(?:承担|负责)$/.exec(m[0])?.[0] ?? "") : ""}`;
  doc.claims.push({ type: "secretariat", group, zone, note, moved: true, evidence: doc.ev(s) });
  return true;
}

/**
 * "网络秘书处此前由A公司承担，会议决定自8月1日起改由B中心承担", "…，本次会议后调整为由B承担": the body that ran it, then (after what was decided)
 * the one that runs it from a day. The seat is the zone the new body is named by ("苏州工业园区纳米产业创新中心"), or
 * the old body's zone when its city names the new one ("宁波膜材料产业研究院" after "宁波高新区科技局"); none when neither
 * does. The change, as written, is its note.
 */
const BODY_REPLACED =
  /(?:(联盟|网络))?秘书处(?:此前|原来|原先|之前|原)由([\u3400-\u9fff]{2,24}?)(?:承担|负责)[，,][^。；;，,]{0,12}?((?:自|从)[^，,。；;]{1,12}?起)?[，,]?(?:改由|改为由|调整为由|转由)([\u3400-\u9fff]{2,30}?)(?:承担|负责)/;

/** The old body's zone, when the new body is named with that zone's city ("无锡物联网创新促进中心" after "无锡高新区科技创新局");
 *  not one elsewhere ("湖北省科技厅…"). */
function sameZoneBody(doc: Doc, from: string, to: string): string | undefined {
  const zone = doc.names.zoneNamedAtStart(from)?.id;
  const city = doc.names.known.zones.find((z) => z.id === zone)?.city;
  // (Not a body of the city itself, "合肥市科技局": the city's, not the zone's.)
  return zone && city && to.startsWith(city) && !to.startsWith(`${city}市`) ? zone : undefined;
}

/** "网络秘书处此前设在A科技创新局，自本次会议起调整设在B中心": the same move, said of where it sits. */
const BODY_MOVED =
  /(?:(联盟|网络))?秘书处(?:此前|原来|原先|之前|原)设在([\u3400-\u9fff]{2,24}?)[，,]((?:自|从)[^，,。；;]{1,12}?起)?(?:调整|改)(?:为)?设在([\u3400-\u9fff]{2,30}?)(?=[，,。；;]|$)/;

function bodyReplaced(doc: Doc, s: Sentence): boolean {
  const replaced = BODY_REPLACED.exec(s.text);
  const m = replaced ?? BODY_MOVED.exec(s.text);
  if (!m) return false;
  const [from, to] = [m[2] ?? "", m[4] ?? ""];
  // (A body no zone names, "辽宁省科技厅", is not the old body's zone; a body moved to within the zone, "无锡物联网
  // 创新促进中心" after "无锡高新区科技创新局", stays in the zone.)
  const zone = doc.names.zoneNamedAtStart(to)?.id ?? sameZoneBody(doc, from, to);
  const kind: GroupKind | undefined = m[1] === "联盟" ? "alliance" : m[1] === "网络" ? "network" : undefined;
  const group = doc.groupBefore(s, m.index, kind);
  if (!zone || !group) return false;
  const note = replaced ? `${m[3] ?? ""}由${from}改由${to}承担` : `${m[3] ?? ""}由${from}调整设在${to}`;
  doc.claims.push({ type: "secretariat", group, zone, note, moved: true, evidence: doc.ev(s) });
  return true;
}

/**
 * The seat said in one clause, in the forms the patterns above do not cover: "首个轮值年度（…）由B承担秘书处工作",
 * "首轮轮值秘书处由B承担", "B承担秘书处工作". A clause that plans a later seat (此后, 依次, 接任, 将由) or tells the
 * earlier one (原来, 此前, 曾) is not the seat now. After a change of the rules said in this sentence or the one
 * before ("由原来常设于A，调整为由成员单位轮值承担"), the seat is a move, current over the article's other seats.
 */
function clauseSeat(doc: Doc, s: Sentence) {
  if (!s.text.includes("秘书处") && !s.text.includes("日常工作由")) return;
  let at = 0;
  for (const clause of s.text.split(/[，,；;]/)) {
    const start = at;
    at += clause.length + 1;
    const former = /(?:原来|原先|此前|原)(?:常设于|常设在|设在|设于|由)([\u3400-\u9fff]{2,16}?)(?:承担|负责)?$/.exec(
      clause,
    );
    const formerZone = former ? doc.names.knownZone(former[1] ?? "") : undefined;
    const group0 = (doc.mentions[s.index] ?? []).at(0) ?? doc.anaphor(s);
    if (formerZone && group0)
      doc.claims.push({ type: "secretariat", group: group0, zone: formerZone, former: true, evidence: doc.ev(s) });
    if (/此后|之后|随后|依次|接任|将由|拟由|下一|原来|原先|此前|之前|曾|不再/.test(clause)) continue;
    const m =
      /秘书处(?:工作)?(?:自成立以来|成立以来)?(?:则|将|仍|继续|一直|目前)?由([\u3400-\u9fff]{2,16}?)(?:具体)?(?:承担|负责|担任)/.exec(
        clause,
      ) ??
      /由([\u3400-\u9fff]{2,16}?)(?:具体)?(?:承担|担任|负责)(?:联盟|网络)?(?:的)?秘书处(?:工作|职责|职能)?/.exec(
        clause,
      ) ??
      // "A继续作为牵头单位并承担秘书处工作", "A作为牵头单位继续承担网络秘书处职责": the lead that runs the secretariat too.
      /^([\u3400-\u9fff]{2,16}?)(?:继续|仍)?作为(?:联盟|网络)?牵头单位(?:[，,])?(?:并)?(?:继续|仍)?(?:承担|担任|负责)(?:联盟|网络)?(?:的)?秘书处/.exec(
        clause,
      ) ??
      /^(?:[^，,]{0,12}?[）)])?(?!将|也|还|同时|并|继续|仍)([\u3400-\u9fff]{2,16}?)(?:承担|担任)(?:联盟|网络)?(?:的)?(?:轮值)?秘书处(?:工作|职责|职能)?/.exec(
        clause,
      ) ??
      // "秘书处设在位于B的某某中心"
      /秘书处[：:]?设在位于([\u3400-\u9fff]{2,16}?)的/.exec(clause) ??
      // "日常工作由设在B的秘书处负责"
      /设在([\u3400-\u9fff]{2,16}?)的(?:联盟|网络)?秘书处/.exec(clause) ??
      // "网络日常工作由设在B的网络工作推进办公室承担": the office that does a secretariat's work.
      /日常工作由设在([\u3400-\u9fff]{2,16}?)的(?:联盟|网络)?[\u3400-\u9fff]{2,10}?(?:办公室|工作组|服务中心)(?:承担|负责)/.exec(
        clause,
      ) ??
      // "B作为牵头单位，将承担秘书处职能", "…，继续承担网络秘书处工作": the subject of the clause before.
      (/^(?:将|也|还|同时|并|继续|仍)(?:承担|担任)(?:联盟|网络)?(?:的)?秘书处/.test(clause)
        ? /^()([\u3400-\u9fff]{2,16}?)(?:作为|是|为|，|,)/.exec(s.text.slice(0, start).replace(/^.*[。；;]/, ""))
        : null);
    const zone = m ? doc.names.zoneEnding(m[1] || m[2] || "", { evidence: doc.ev(s) }, NAME_STOP) : undefined;
    if (!m || !zone) continue;
    const group = doc.groupBefore(s, start + (m.index ?? 0));
    if (!group) return;
    const before = doc.sentences[s.index - 1];
    const context = before && before.paragraph === s.paragraph ? `${before.text}${s.text}` : s.text;
    const moved = /(?:调整|改)为[^。；;]{0,12}?轮值|改由|移交|接棒/.test(context);
    const notes = [...s.text.matchAll(ROTATION)].map((r) => r[0]);
    // (The office that does the work, as written.)
    if (m[0].startsWith("日常工作由")) notes.unshift(m[0]);
    const rotating = /轮值|轮流/.exec(clause) ? clause.replace(/^(?:按照|根据|依照)[^，,]*$/, "") : undefined;
    if (rotating && !notes.some((n) => n.includes(rotating))) notes.unshift(rotating);
    for (const plan of s.text.matchAll(NEXT_SEAT)) if (!notes.includes(plan[0])) notes.push(plan[0]);
    doc.claims.push({
      type: "secretariat",
      group,
      zone,
      note: notes.length > 0 ? notes.join("；") : undefined,
      ...(moved ? { moved: true } : {}),
      evidence: doc.ev(s),
    });
    return;
  }
}

const SEAT_NAME = "[\\u3400-\\u9fff]{2,12}?(?:高新区|园区|示范区)";
const FROM_YEAR = "(?:自|从)?(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:起|后)?(?:将|再)?";
/** The next seats of a rotating secretariat, and a changed term, as the text plans them. */
const NEXT_SEAT = new RegExp(
  [
    `${FROM_YEAR}(?:轮转|轮换|移交|轮值)(?:至|到|给)${SEAT_NAME}`,
    `${FROM_YEAR}由${SEAT_NAME}(?:继续)?(?:按原计划)?接任(?:秘书处)?`,
    // "2027年度拟由B承担": a later year's seat, planned; "2026年由B承担，2027年由C承担": a schedule.
    `(?:19|20)\\d{2}年度?(?:轮值秘书处)?(?:拟|将|计划)?由${SEAT_NAME}(?:承担|接任|担任)`,
    `(?:此后|之后|随后|然后)(?:再|将|则)?由?${SEAT_NAME}(?:继续)?(?:按原计划)?接任`,
    "任期由[^，,。；;]{1,12}?调整为[^，,。；;]{1,12}",
    // "此后依次由B、C承担", "此后按照B、C的顺序依次轮值": the order of the next seats.
    `(?:此后|之后|随后|其后)(?:将)?(?:依次|按照?|按)?由?${SEAT_NAME}(?:[、和]${SEAT_NAME})+(?:的顺序)?(?:依次)?(?:承担|轮值|接任|担任)`,
    // "此后将依次轮转至B、C".
    `(?:此后|之后|随后|其后)(?:将)?(?:依次)?(?:轮转|轮换|轮值|移交)(?:至|到|给)${SEAT_NAME}(?:[、和]${SEAT_NAME})*`,
  ].join("|"),
  "g",
);

/**
 * How a rotating secretariat runs, said in its own sentence: "秘书处实行轮值制度", "每届任期两年", "首个轮值期自…至…",
 * "(与)下一任秘书处单位B(完成交接)".
 */
const ROTATION =
  /(?:自|从)(?:19|20)\d{2}年[^，,。；;]{0,8}?起(?:改为|实行)?按?年度?轮值|不随[\u3400-\u9fff]{2,10}?(?:轮换|更换|变动)|秘书处(?:实行|采取|采用)轮值(?:制度|制)?|(?:秘书处|此后)每[一两二三\d]?年轮换一次|秘书处实行[一两二三\d]年一轮换|任期为?(?:19|20)\d{2}年(?:\d{1,2}月)?至(?:19|20)\d{2}年(?:\d{1,2}月)?|每一?(?:轮值期|届)(?:为|任期)?[一二两三\d]+年|每届任期[一二两三\d]+年|(?:首个|第一个)轮值期自[^，,。；;]{4,20}?至[^，,。；;]{4,12}|下一任秘书处(?:单位)?(?:为|是)?[\u3400-\u9fff]{2,12}?(?:高新区|园区|示范区)/g;

/** A seat other than the secretariat, whose rotation a sentence may tell. */
// ("网络设理事会，每届任期三年": the council's term.)
const OTHER_SEAT = /理事长|主席|牵头单位|理事会|理事单位/;

/**
 * A sentence of the item that says how the secretariat rotates, without naming the seat, joins the note of the
 * seat the item gives its group (as a claim of the same seat, quoting that sentence).
 */
function rotationRules(doc: Doc) {
  for (const s of doc.sentences) {
    const rules = [...s.text.matchAll(ROTATION)].map((m) => m[0]);
    // "理事长单位实行轮值制，每届任期两年": another seat's term, not the secretariat's.
    if (rules.length === 0 || (!/秘书处/.test(s.text) && OTHER_SEAT.test(s.text))) continue;
    const group = (doc.mentions[s.index] ?? []).at(-1) ?? doc.anaphor(s);
    if (!group) continue;
    const seat = doc.claims.filter(
      (c): c is Extract<typeof c, { type: "secretariat" }> =>
        c.type === "secretariat" && !c.former && c.group.id === group.id && c.group.kind === group.kind,
    );
    // The rules of a rotation that replaced a standing seat are the new seat's.
    const last = seat.filter((c) => c.moved).at(-1) ?? seat.at(-1);
    if (!last || seat.some((c) => c.evidence.quote === doc.ev(s).quote)) continue;
    doc.claims.push({
      type: "secretariat",
      group,
      zone: last.zone,
      note: rules.join("；"),
      ...(last.moved ? { moved: true } : {}),
      evidence: doc.ev(s),
    });
  }
}
