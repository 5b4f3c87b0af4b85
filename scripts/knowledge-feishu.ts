/**
 * `npm run knowledge -- import-feishu <URL>`: imports a Feishu docx (or the docx a wiki page holds) through the
 * add-article path (src/admin/import-feishu.ts). Env: FEISHU_APP_ID, FEISHU_APP_SECRET, FEISHU_DOMAIN (default
 * https://open.feishu.cn), DATA_DIR. Prints the result as JSON on stdout and one line on stderr.
 * Exit codes: 0 imported or unchanged, 1 refused (the message names what to fix), 2 usage.
 */
import { describeImport, importFeishuLink } from "../src/admin/import-feishu.ts";
import { FEISHU_OPEN_PLATFORM } from "../src/config.ts";
import { createFeishuDocs } from "../src/feishu/docs.ts";
import { readKnowledgeFiles } from "../src/knowledge/load.ts";
import type { NoticeStores } from "../src/subscriptions/types.ts";

export async function importFeishuCommand(
  url: string,
  stores: NoticeStores,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const appId = env.FEISHU_APP_ID?.trim();
  const appSecret = env.FEISHU_APP_SECRET?.trim();
  const missing = [!appId && "FEISHU_APP_ID", !appSecret && "FEISHU_APP_SECRET"].filter(Boolean);
  if (missing.length > 0 || !appId || !appSecret) {
    process.stderr.write(`knowledge: E_CONFIG: ${missing.join(" and ")} must be set to read Feishu documents\n`);
    return 2;
  }
  const domain = (env.FEISHU_DOMAIN?.trim() || FEISHU_OPEN_PLATFORM).replace(/\/+$/, "");
  const docs = createFeishuDocs({ appId, appSecret, domain });
  const result = await importFeishuLink(
    { added: stores.added, outbox: stores.outbox, baseFiles: () => readKnowledgeFiles(), docs },
    url,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stderr.write(`knowledge: ${describeImport(result)}\n`);
  if (result.ok && result.change) {
    for (const line of result.change.added.slice(0, 10)) process.stderr.write(`  + ${line}\n`);
    for (const line of result.change.removed.slice(0, 10)) process.stderr.write(`  - ${line}\n`);
  }
  return result.ok ? 0 : 1;
}
