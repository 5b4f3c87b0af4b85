/** A Feishu document for the import tests and the import round-trip bench: sentences no seed article has. */
export const DOC_ID = "Dq3LdV8mPxK2nR7tW4yZ6bC1aF5";
export const DOC_TITLE = "国家高新区生物医药产业协同创新网络启动";
export const DOC_TEXT =
  "国家高新区生物医药产业协同创新网络启动会于2026年3月18日在苏州工业园区举行。\n" +
  "该网络由苏州工业园区牵头，首批成员包括7家国家高新区。\n" +
  "网络秘书处设在苏州工业园区科技创新局，负责日常联络和年度工作计划。\n";
