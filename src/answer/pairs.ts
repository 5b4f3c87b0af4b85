/** The two-character pieces of the Chinese and alphanumeric runs of a text: what "most of the words" is counted in. */
export function wordPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\u4e00-\u9fffa-z0-9]+/)) {
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}
