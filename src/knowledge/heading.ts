/**
 * A section's heading line, as articles write them: short, with no sentence end ("年报：营收超2.3万亿元，徐州居首" has
 * a comma inside; "合计15家." ends one), or a longer one a mark or a group's name and a colon open. The passages keep
 * the heading each sentence stands under (src/retrieval/passages.ts); figure extraction reads none from one
 * (src/knowledge/extract/figures.ts: a heading rounds what its section says exactly).
 */
const HEADING = /^(?=.{2,24}$)[^。！？!?；;]*[^。！？!?；;，,：:.]$/;
/** …or a longer one that a mark or a group's name and a colon open ("■ 物联网网络：首次走出无锡办年会，新增深圳、重庆"). */
const MARKED_HEADING =
  /^(?=.{2,40}$)(?!.*(?:记者|通讯员|摄影|编辑))(?:[■▍【●◆▶►★☆◎]|[\u4e00-\u9fff]{2,10}(?:网络|联盟)[：:])[^。！？!?；;]*[^。！？!?；;，,：:.]$/;

export function isHeadingLine(text: string): boolean {
  return HEADING.test(text) || MARKED_HEADING.test(text);
}
