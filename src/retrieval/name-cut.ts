/**
 * Names kept whole before jieba cuts the rest: zones, networks' and alliances' aliases, the people the articles
 * quote. Each name found in a text (leftmost, the longest of those starting there) is a word of its own, and only
 * the stretches between names go to jieba's default dictionary.
 *
 * Loading the names into jieba's dictionary instead (each at a high frequency) also raised the dictionary's total
 * frequency by every name loaded, and that total weighs every route jieba chooses: adding an article that quotes
 * two more people changed how unrelated sentences were cut, and each knowledge needed a dictionary of its own
 * (parsing the 5 MB default one again, about 180 ms). Cut this way, a sentence naming no new name is cut the same
 * however the knowledge grows, and one default dictionary serves every knowledge.
 */
export function nameCutter(names: Iterable<string>, cut: (text: string) => string[]): (text: string) => string[] {
  // Names by their first UTF-16 unit, the longest first.
  const byFirst = new Map<number, string[]>();
  for (const name of names) {
    if (!name) continue;
    const first = name.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(name);
    else byFirst.set(first, [name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  return (text) => {
    const out: string[] = [];
    let last = 0;
    for (let i = 0; i < text.length; ) {
      const name = byFirst.get(text.charCodeAt(i))?.find((n) => text.startsWith(n, i));
      if (!name) {
        i++;
        continue;
      }
      if (i > last) for (const w of cut(text.slice(last, i))) out.push(w);
      out.push(name);
      i += name.length;
      last = i;
    }
    if (last < text.length) for (const w of cut(text.slice(last))) out.push(w);
    return out;
  };
}
