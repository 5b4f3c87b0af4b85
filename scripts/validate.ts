/** `npm run validate`: proves the knowledge folder (every quote, count, reference and name) and its lexicon. */
import { join } from "node:path";

const root = process.argv[2];
try {
  // Imported here, not above: the lexicon is checked when its module loads, and a bad file must end in the
  // one-line report below rather than a stack trace.
  const { parseLexicon } = await import("../src/knowledge/lexicon.ts");
  const { DEFAULT_LEXICON_DIR, readLexiconFiles } = await import("../src/knowledge/lexicon-files.ts");
  const { readKnowledgeFiles } = await import("../src/knowledge/load.ts");
  const { formatIssues, validateKnowledge } = await import("../src/knowledge/validate.ts");
  const files = readKnowledgeFiles(root);
  const issues = validateKnowledge(files);
  if (issues.length > 0) {
    console.error(formatIssues(issues));
    console.error(`validate: ${issues.length} problem(s) in the knowledge files`);
    process.exit(1);
  }
  const lexicon = parseLexicon(readLexiconFiles(root ? join(root, "lexicon") : DEFAULT_LEXICON_DIR));
  const quotes = [...files.zones, ...files.figures, ...files.events].length;
  console.log(
    `validate: ok — ${files.articles.length} articles, ${files.zones.length} zones, ${files.networks.length} networks, ` +
      `${files.alliances.length} alliances, ${files.figures.length} figures, ${files.events.length} events (${quotes}+ evidence entries checked); ` +
      `lexicon: ${Object.keys(lexicon.glossary).length} glossary words, ${Object.keys(lexicon.thesaurus).length} thesaurus entries, ` +
      `${Object.keys(lexicon.pinyinNames).length} pinyin names`,
  );
} catch (err) {
  const e = err as Error & { code?: string };
  console.error(`validate: ${e.code ?? "E_KNOWLEDGE"}: ${e.message}`);
  process.exit(1);
}
