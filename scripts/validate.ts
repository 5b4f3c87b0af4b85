/** `npm run validate`: proves the knowledge folder (every quote, count, reference and name). */
import { readKnowledgeFiles } from "../src/knowledge/load.ts";
import { formatIssues, validateKnowledge } from "../src/knowledge/validate.ts";

const root = process.argv[2];
try {
  const files = readKnowledgeFiles(root);
  const issues = validateKnowledge(files);
  if (issues.length > 0) {
    console.error(formatIssues(issues));
    console.error(`validate: ${issues.length} problem(s) in the knowledge files`);
    process.exit(1);
  }
  const quotes = [...files.zones, ...files.figures, ...files.events].length;
  console.log(
    `validate: ok — ${files.articles.length} articles, ${files.zones.length} zones, ${files.networks.length} networks, ` +
      `${files.alliances.length} alliances, ${files.figures.length} figures, ${files.events.length} events (${quotes}+ evidence entries checked)`,
  );
} catch (err) {
  const e = err as Error & { code?: string };
  console.error(`validate: ${e.code ?? "E_KNOWLEDGE"}: ${e.message}`);
  process.exit(1);
}
