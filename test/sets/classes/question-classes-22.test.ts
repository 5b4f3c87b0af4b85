/**
 * Classes of knowledge that grows, shown by growth-71 and growth-72 (session 22), each over an article written for
 * this test in new words: members allied with a lead in groups by province, apart by commas ("联合A，山西B、C高新区，
 * …"), counted after (成员单位共计N家); joins counted in one sentence and told clause by clause after it, then the
 * count they brought; newcomers "作为新成员单位加入"; a join signed "随后"; a list given after its own article's change
 * (the list before it is history, so "新加入了哪些" answers); a join dated by its meeting, not the founding the
 * sentence before recalls; members by province said with 有 ("甘肃省有A；…"), which is no part of a name; a
 * secretariat moving from a day (自DATE起由A迁至B), asked when; a later year of a rotating secretariat, not known.
 */
import { describe, expect, it } from "vitest";
import { article, grownEngine } from "../../helpers/grown-engine.ts";

const ARTICLES = [
  article("t22-coal", "国家高新区煤化工产业协同创新网络在榆林启动", "2026-05-14", [
    "5月12日，国家高新区煤化工产业协同创新网络启动大会在榆林高新区举行。榆林高新区作为牵头单位，联合鄂尔多斯高新区，山西长治、晋城高新区，宁夏石嘴山高新区，新疆昌吉、克拉玛依高新区以及安徽淮南高新区，共同发起成立该网络，成员单位共计8家。",
    "网络秘书处设在榆林高新区。",
  ]),
  article("t22-robots", "国家高新区服务机器人产业协同创新网络年会在东莞召开 成员扩容至9家", "2026-10-20", [
    "10月18日，国家高新区服务机器人产业协同创新网络2026年年会在东莞松山湖高新区召开。",
    "年会审议通过了3家高新区的入网申请。温州高新区是其中之一，其在智能家居领域基础扎实。襄阳高新区也在本次年会上正式入网。绵阳高新区的申请同样获得通过。至此，网络成员单位由成立时的6家增加到9家。",
    "该网络2025年9月在东莞松山湖高新区成立，首批成员为东莞松山湖高新区、佛山高新区、中山火炬高新区、惠州仲恺高新区、江门高新区、肇庆高新区。",
  ]),
  article("t22-glass", "光伏玻璃网络工作会议在蚌埠召开", "2026-09-30", [
    "9月28日，国家高新区光伏玻璃产业协同创新网络2026年工作会议在蚌埠高新区召开。该网络2025年6月成立，首批成员为蚌埠高新区、咸宁高新区、信阳高新区、株洲高新区。",
    "会上，嘉兴秀洲高新区和滁州高新区作为新成员单位加入网络，网络成员由4家增至6家。宜春高新区随后签署入网协议，成为第7家成员。",
  ]),
  article("t22-yangtze", "长江中游国家高新区协同创新联盟2026年年会在岳阳召开", "2026-09-22", [
    "9月19日，长江中游国家高新区协同创新联盟2026年年会在岳阳高新区召开。",
    "联盟于2025年4月8日在武汉成立，由武汉东湖高新区联合长江中游5家国家高新区共同发起，成立时有成员单位6家。本次年会审议通过了九江高新区、常德高新区的入盟申请，联盟成员单位由6家增至8家。",
    "按省区划分,联盟成员名单如下:湖北:武汉东湖高新区,宜昌高新区,荆州高新区;湖南:岳阳高新区,益阳高新区,常德高新区;江西:南昌高新区,九江高新区。",
  ]),
  article("t22-silk", "丝路国家高新区协同创新联盟在西安成立", "2026-07-10", [
    "7月8日，丝路国家高新区协同创新联盟成立大会在西安高新区举行。联盟共有成员7家。从地域分布看，联盟成员覆盖西北五省区：陕西省有西安高新区、宝鸡高新区；甘肃省有兰州高新区、天水高新区；宁夏回族自治区有银川高新区；青海省有西宁高新区；新疆维吾尔自治区有乌鲁木齐高新区。",
    "7月8日的大会上，西安高新区将联盟旗帜移交给兰州高新区，兰州高新区接任轮值理事长单位。会议同时审议通过《联盟秘书处轮换办法》：联盟秘书处实行两年一轮换，自2027年1月1日起由西安高新区迁至兰州高新区。",
  ]),
  article("t22-salt", "国家高新区盐化工产业协同创新网络在自贡启动", "2026-04-20", [
    "4月18日，国家高新区盐化工产业协同创新网络启动大会在自贡高新区举行。自贡高新区联合全国6家在盐化工领域各有所长的国家高新区，共同发起成立这一网络。",
    "首批成员共7家，按省份分布如下：四川2家，分别是自贡高新区和乐山高新区；湖北1家，即孝感高新区；江苏、山东、青海、河南各1家，依次为淮安高新区、潍坊高新区、格尔木高新区和平顶山高新区。",
    "网络将联合金融机构设立盐化工产业协同创新基金，基金规模和出资方式将由成员单位另行协商确定。",
  ]),
  article("t22-grain", "沿江国家高新区粮油产业协同联盟成立", "2026-03-16", [
    "3月15日，沿江国家高新区粮油产业协同联盟成立大会在荆州高新区举行。",
    "从地域分布看，联盟成员覆盖长江上中下游。上游地区有泸州高新区、宜宾高新区；中游地区有荆州高新区、益阳高新区、九江高新区；下游地区有芜湖高新区、泰州高新区。上述7家国家高新区，构成了联盟首批成员。",
    "根据章程，联盟实行轮值主席制度，轮值主席单位任期一年，首任轮值主席单位由荆州高新区担任，任期自2026年3月至2027年3月。",
  ]),
  article("t22-drones", "国家高新区无人机产业协同创新网络年会在安顺召开", "2026-11-12", [
    "11月10日，国家高新区无人机产业协同创新网络2026年会在安顺高新区召开。该网络2025年11月由安顺高新区牵头成立，首批成员为安顺高新区、株洲高新区、南昌高新区、荆门高新区。",
    "会议审议通过了新成员入网申请,新加入的3家国家高新区分别为:自贡高新区,景德镇高新区,宝鸡高新区;至此,网络成员由成立之初的4家增至7家.",
    "会上，安顺高新区向株洲高新区移交轮值主席旗帜，株洲高新区正式担任网络2027年度轮值主席单位。",
    "根据网络工作规则，轮值主席单位每年轮换一次，2026年由安顺高新区担任，2027年、2028年将分别由株洲高新区、南昌高新区担任。",
  ]),
  article("t22-fresh", "冷链物流网络年度会议在漳州召开", "2026-10-08", [
    "10月6日，国家高新区冷链物流产业协同创新网络2026年度会议在漳州高新区召开。该网络2025年成立，首批成员为漳州高新区、湛江高新区、营口高新区。",
    "会上，防城港高新区经理事会审议通过，正式加入网络。钦州高新区同样在此次会议上获批入网。网络成员由3家变为5家。",
  ]),
  article("t22-tea", "国家高新区茶叶产业协同创新网络在普洱启动", "2026-05-22", [
    "5月20日，国家高新区茶叶产业协同创新网络启动大会在普洱高新区召开。该网络共有5家成员单位，分别为普洱高新区（牵头单位）、黄山高新区、安溪高新区、信阳高新区、恩施高新区，覆盖种植、加工和文旅等环节。",
    "根据网络组建方案，普洱高新区作为牵头单位，同时担任首届轮值理事长单位；黄山高新区为副理事长单位。",
  ]),
  article("t22-weave", "纺织、陶瓷两大网络年度会议综述", "2026-12-20", [
    "一、纺织网络：1家退出、2家加入",
    "11月5日，国家高新区现代纺织产业协同创新网络2026年度大会在绍兴柯桥召开，会议审议通过了成员调整方案。南通高新区根据江苏省产业布局调整，将主导方向进一步聚焦海工装备，主动申请退出网络，经网络理事会审议同意，自2026年12月1日起不再作为网络成员单位。与此同时，盛泽高新区和桐乡高新区正式加入。",
    "调整后，网络成员单位包括绍兴高新区、湖州高新区、嘉兴高新区、常熟高新区、盛泽高新区、桐乡高新区，共6家，牵头单位和秘书处仍为绍兴高新区。",
    "二、陶瓷网络：淄博入网",
    "10月9日，国家高新区先进陶瓷产业协同创新网络在景德镇高新区召开年度会议，淄博高新区加入网络。会议确定，醴陵高新区担任2027年度轮值理事长单位，景德镇高新区继续作为牵头单位并承担秘书处工作。",
  ]),
  article("t22-canal", "大运河国家高新区协同创新联盟在扬州成立", "2026-06-26", [
    "6月24日，大运河国家高新区协同创新联盟成立大会在扬州高新区举行。联盟由扬州高新区、济宁高新区共同发起，沿运河5省市的8家国家高新区成为首批成员单位。",
    "从地域分布看，成员单位自北向南贯通运河。天津市为天津滨海高新区；河北省为沧州高新区和德州高新区；山东省有济宁高新区、枣庄高新区2家。江苏省有扬州高新区、淮安高新区，浙江省则有杭州高新区。",
  ]),
  article("t22-copper", "国家高新区铜基新材料产业协同创新网络在铜陵启动", "2026-08-12", [
    "8月10日，国家高新区铜基新材料产业协同创新网络启动大会在铜陵高新区召开。铜陵高新区作为牵头单位，与其他5家国家高新区共同签署网络共建协议。",
    "从地域分布看，网络成员覆盖5个省份：安徽有铜陵高新区，江西有鹰潭高新区和新余高新区，甘肃有白银高新区，云南有昆明高新区，湖北有黄石高新区。",
  ]),
  article("t22-river3", "长江经济带国家高新区协同创新联盟在宜昌成立", "2026-09-15", [
    "本报宜昌9月14日讯 今天，长江经济带国家高新区协同创新联盟成立大会在宜昌高新区召开。",
    "联盟由宜昌高新区、南京高新区联合发起。按照长江上、中、下游划分，9家成员单位分别为——上游地区3家：攀枝花、泸州、宜宾高新区；中游地区3家：宜昌、岳阳、九江高新区；下游地区3家：南京、镇江、芜湖高新区。",
  ]),
  article("t22-fibre", "国家高新区碳纤维产业协同创新网络组建", "2026-07-08", [
    "7月6日，国家高新区碳纤维产业协同创新网络启动大会在威海高新区举行。据介绍，该网络由威海高新区（牵头单位）联合连云港、吉林、兰州等高新区共同组建，覆盖原丝、碳化和复合材料全链条，成员单位共4家。",
    "12月1日，网络2026年度大会在连云港高新区召开。会上，网络正式吸纳2家新成员单位，分别是：",
    "· 宁波高新区，重点发展碳纤维复合材料；",
    "· 常州高新区，拥有碳纤维装备产业集群。",
    "至此，网络成员单位由4家增至6家。威海高新区将轮值主席交棒连云港高新区，由连云港高新区担任2027年轮值主席单位。",
  ]),
  article("t22-ships", "国家高新区船舶配套产业协同创新网络在舟山启动", "2026-06-10", [
    "6月8日，国家高新区船舶配套产业协同创新网络启动大会在舟山高新区召开。网络成员共4家：舟山高新区、泰州高新区、江门高新区、南通高新区。",
    "据介绍，网络实行轮值主席制，轮值主席任期两年，首任轮值主席由舟山高新区担任（2026—2027年）；网络秘书处设在泰州高新区。",
  ]),
  article("t22-lens", "国家高新区光学镜头产业协同创新网络秘书处交接", "2027-01-10", [
    "1月8日，国家高新区光学镜头产业协同创新网络秘书处交接仪式在余姚高新区举行。该网络2026年成立，成员为福州高新区、余姚高新区、莆田高新区。",
    "根据网络秘书处轮驻机制，秘书处由福州高新区迁至余姚高新区，余姚高新区同时担任2027年度轮值理事长单位，福州高新区仍为网络牵头单位。",
  ]),
  article("t22-tin", "国家高新区锡基新材料产业协同创新网络在个旧启动", "2026-04-28", [
    "4月26日，国家高新区锡基新材料产业协同创新网络启动大会在个旧高新区举行。该网络由个旧高新区牵头组建，首批成员共6家。按省区分布看：云南2家，即个旧高新区和红河高新区；广西为柳州高新区；江西有赣州高新区、鹰潭高新区2家；湖南为郴州高新区。",
  ]),
  article("t22-roundup", "三大协同创新网络年终盘点", "2026-12-28", [
    "岁末年初，国家高新区海洋装备、服务机器人两大产业协同创新网络陆续召开年度会议。",
    "【海洋装备】11月13日，国家高新区海洋装备产业协同创新网络2026年度工作会议在舟山高新区召开。会上，舟山高新区将轮值主席职责交接给威海高新区，由威海高新区担任2027年度轮值主席单位；网络秘书处仍设在舟山高新区。",
    "【服务机器人】12月10日，国家高新区服务机器人产业协同创新网络2026年年会在佛山高新区举行。会议确认嘉兴高新区、台州高新区2家加入网络。新加入的2家为:嘉兴高新区,台州高新区;至此,网络成员由9家增至11家.",
  ]),
  article("t22-hemp", "国家高新区生物基材料产业协同创新网络成立", "2026-10-20", [
    "10月18日，国家高新区生物基材料产业协同创新网络成立大会在潍坊高新区举行，首批成员共7家。",
    "从地域看，山东有潍坊、淄博2家，江苏有常州、泰州2家，河南、湖北、吉林各1家，分别为安阳、孝感和长春。",
    "与其他网络不同的是，该网络的秘书处没有设在牵头单位，而是设在常州高新区。",
  ]),
  article("t22-ice", "国家高新区冰雪装备产业协同创新网络成立", "2026-11-20", [
    "11月18日，国家高新区冰雪装备产业协同创新网络成立大会在长春高新区举行。网络成员共4家：长春高新区、哈尔滨高新区、张家口高新区、乌鲁木齐高新区。",
    "在运行机制上，网络实行轮值主席制度。首个轮值年度（2026年11月至2027年10月）由长春高新区担任轮值主席单位，下一轮值年度由哈尔滨高新区接任。",
  ]),
];

const grown = grownEngine(ARTICLES);
const { answers } = grown;

describe("knowledge read from articles (session 22)", () => {
  it("members allied with a lead in groups by province, apart by commas, counted after", async () => {
    await answers("煤化工网络有哪些成员", ["榆林", "鄂尔多斯", "长治", "晋城", "石嘴山", "昌吉", "克拉玛依", "淮南"]);
    await answers("煤化工网络一共几家成员", ["8"]);
  });
  it("joins counted in one sentence and told clause by clause after it", async () => {
    await answers("服务机器人网络今年新加入了哪几家", ["温州", "襄阳", "绵阳"]);
    await answers("服务机器人网络现在有哪些成员", ["佛山", "肇庆", "温州", "襄阳", "绵阳"]);
  });
  it("newcomers joining as new members, and one that signed after them (随后签署入网协议)", async () => {
    await answers("光伏玻璃网络现在有哪些成员", ["蚌埠", "嘉兴秀洲", "滁州", "宜春"]);
  });
  it("a list after its own article's change: the newcomers, dated by the meeting, not the founding", async () => {
    await answers("长江中游联盟新加入了哪些高新区", ["九江", "常德", "9月19日"], ["4月8日新增"]);
    await answers("长江中游联盟成立时有哪些成员", ["6家", "宜昌", "荆州", "岳阳", "益阳", "南昌", "武汉东湖"]);
  });
  it("members by province said with 有: no 有 in any name", async () => {
    await answers("丝路联盟有哪些成员", ["西安高新区", "兰州高新区", "西宁高新区", "乌鲁木齐"], ["有西安", "有兰州"]);
    await answers("兰州高新区参加了哪些联盟", ["丝路"]);
  });
  it("a secretariat moving from a day, asked when; a later year of a rotating secretariat is not known", async () => {
    await answers("丝路联盟秘书处从什么时候开始搬去兰州", ["2027年1月1日"]);
    await answers("丝路联盟秘书处在哪", ["兰州", "2027年1月1日"], ["7月8日交接"]);
    const later = await grown.engine.answer("丝路联盟秘书处2030年轮换到哪个高新区");
    expect(later.kind, later.answer).toBe("none");
  });
});

describe("lists, seats and questions (session 22, growth-73 and growth-74)", () => {
  it("provinces counted, each naming its zones (即, 分别是, 各1家依次为)", async () => {
    await answers("盐化工网络有哪些成员", ["自贡", "乐山", "孝感", "淮安", "潍坊", "格尔木", "平顶山"]);
    await answers("盐化工网络的牵头单位是谁", ["自贡"]);
    await answers("盐化工网络成立时有几家成员", ["7"]);
  });
  it("parts said with 有 clause by clause, closed by 上述N家…构成了…首批成员", async () => {
    await answers("粮油联盟中游有几家，分别是？", ["荆州", "益阳", "九江"], ["泸州", "芜湖"]);
    await answers("粮油联盟有哪些成员", ["泸州", "宜宾", "荆州", "益阳", "九江", "芜湖", "泰州"]);
  });
  it("a term asked until when", async () => {
    await answers("粮油联盟首任轮值主席是谁，任期到什么时候？", ["荆州", "2027年3月"]);
  });
  it("newcomers listed after 新加入的N家国家高新区分别为, asked with the list (包括新进来的)", async () => {
    await answers("无人机网络现在有哪些成员(包括新进来的)", ["安顺", "荆门", "自贡", "景德镇", "宝鸡"]);
  });
  it("a seat by its year after the post named, and who handed it over", async () => {
    await answers("无人机网络2028年的轮值主席是哪家", ["南昌"]);
    await answers("无人机网络2026年的轮值主席是哪家", ["安顺"]);
    await answers("无人机网络的轮值主席是谁交给谁的", ["株洲", "安顺"]);
  });
  it("joins approved after review, and 获批入网", async () => {
    await answers("冷链物流网络现在有哪些成员", ["漳州", "湛江", "营口", "防城港", "钦州"]);
  });
  it("an amount asked in 亿 is not answered by a sentence without one", async () => {
    const a = await grown.engine.answer("盐化工产业协同创新基金规模多少亿？");
    expect(a.kind, a.answer).toBe("none");
  });
});

describe("lists, changes and seats (session 22, growth-75)", () => {
  it("members counted as 成员单位 with the lead marked, and the lead's second post", async () => {
    await answers("茶叶网络有哪些成员", ["普洱", "黄山", "安溪", "信阳", "恩施"]);
    await answers("茶叶网络是谁牵头的", ["普洱"]);
    await answers("茶叶网络首届轮值理事长是哪家", ["普洱"]);
  });
  it("a list after 包括 closed by its count (…，共6家), and a leaving dated apart from the joins", async () => {
    await answers("纺织网络现在有哪些成员", ["共有6家", "绍兴", "湖州", "嘉兴", "常熟", "盛泽", "桐乡"]);
    await answers("南通从哪天起就不算纺织网络成员了", ["2026年12月1日"]);
    await answers("纺织网络最近谁退群了？啥原因", ["南通", "海工装备"]);
  });
  it("the lead that runs the secretariat too (继续作为牵头单位并承担秘书处工作)", async () => {
    await answers("陶瓷网络的秘书处在哪", ["景德镇"]);
  });
  it("members by province over sentences after the count, the distribution announced between", async () => {
    await answers("大运河联盟有哪些成员", ["天津滨海", "沧州", "德州", "济宁", "枣庄", "扬州", "淮安", "杭州"]);
  });
});

describe("lists and seats (session 22, growth-76 to growth-78)", () => {
  it("the lead with its others counted (与其他5家), then provinces after a colon, joined by 和", async () => {
    await answers("铜基新材料网络有哪些成员", ["铜陵", "鹰潭", "新余", "白银", "昆明", "黄石"]);
    await answers("铜基新材料网络一共几家成员", ["6"]);
  });
  it("regions counted before their colons, the names sharing their suffix", async () => {
    await answers("长江经济带联盟中游地区是哪几家高新区?", ["宜昌", "岳阳", "九江"], ["南京", "泸州"]);
  });
  it("a lead marked in brackets before 联合, counted after a clause; newcomers taken in, one a line", async () => {
    await answers("碳纤维网络成立时有哪些成员", ["威海", "连云港", "吉林", "兰州"]);
    await answers("碳纤维网络现在有哪些成员", ["威海", "连云港", "吉林", "兰州", "宁波", "常州"]);
  });
  it("a seat handed over with 交棒, asked from whom", async () => {
    await answers("碳纤维网络2027年轮值主席是谁，从谁手里接的？", ["连云港", "威海"]);
  });
});

describe("questions in other forms (session 22, growth-77 and growth-78)", () => {
  it("two questions apart by a space, and a seat with its years in brackets", async () => {
    await answers("船舶配套网络轮值主席是谁 任期多久", ["舟山", "2026—2027"]);
  });
  it("a rotating chair asked as 轮值主席 of a group whose head is its 轮值理事长, a year written 27年", async () => {
    await answers("光学镜头网络27年轮值主席是谁", ["余姚"]);
    await answers("Who is the rotating chair of the 光学镜头网络 for 2027?", ["余姚"]);
  });
});

describe("lists and parts (session 22, growth-79 and growth-80)", () => {
  it("provinces after 分布看, counted or not, each in its form, checked by the count said before", async () => {
    await answers("锡基新材料网络有哪些成员", ["个旧", "红河", "柳州", "赣州", "鹰潭", "郴州"]);
  });
  it("a roundup's parts opened by labels in brackets (【海洋装备】) keep their group", async () => {
    await answers("海洋装备网络2027年度轮值主席是谁", ["威海"]);
  });
  it("a verb before the newcomers is no part of a name (会议确认A、B加入)", async () => {
    await answers("服务机器人网络现在有哪些成员", ["嘉兴", "台州"], ["确认"]);
  });
});

describe("a list read in part is no list (session 22, growth-70)", () => {
  it("provinces counted with a part '各1家' after them: not a whole list of the counted parts alone", async () => {
    const a = await grown.engine.answer("生物基材料网络有哪些成员");
    expect(a.answer).not.toMatch(/共有4家/);
  });
  it("a secretariat said where it is not, then where it is (没有设在…，而是设在B)", async () => {
    await answers("生物基材料网络的秘书处在哪", ["常州"]);
  });
});

describe("a rotating year and the next (session 22, growth-70)", () => {
  it("the first rotating year's holder is the chair now; the next year's is the next", async () => {
    await answers("冰雪装备网络轮值主席是谁", ["长春"], ["哈尔滨"]);
    await answers("冰雪装备网络下一个轮值年度谁当轮值主席", ["哈尔滨"]);
  });
});
