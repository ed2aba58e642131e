/**
 * Turkish has two letters i: dotted (i, İ) and dotless (ı, I). Pagefind lower-cases with the
 * language-neutral rules (I → i) and strips accents and cedillas (â → a, ş → s), but it keeps ı as a
 * letter of its own, so "kirsal" would never find "kırsal". We fold ı into i on both sides: in the
 * text at index time, and in what the reader types.
 */
export function foldDotlessI(text: string): string {
  return text.replace(/ı/g, 'i');
}

/**
 * What the reader typed, as the index holds it: lower-cased by the Turkish rules first (so that a
 * capital I, the capital of ı, and İ both end as i) and with ı folded. "KALKINMA" → "kalkinma".
 */
export function foldQuery(query: string): string {
  return foldDotlessI(query.normalize('NFC').toLocaleLowerCase('tr')).replace(/\s+/g, ' ').trim();
}

/** A word: a run of letters and digits, in any script. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` that hold a dotless ı, each once, in order of first appearance. */
export function wordsWithDotlessI(text: string): string[] {
  const found = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (word.includes('ı')) found.add(word);
  }
  return [...found];
}

/**
 * Gives back to folded text the spelling it had on the page. `originals` are the page's words that
 * hold a ı (from `wordsWithDotlessI`); a folded word that came from one of them is replaced by it.
 * Search results show excerpts of the folded index, and readers should see "kırsal", not "kirsal".
 */
export function restoreDotlessI(folded: string, originals: readonly string[]): string {
  if (originals.length === 0) return folded;
  const byFolded = new Map(originals.map((word) => [foldDotlessI(word), word]));
  return folded.replace(WORD, (word) => byFolded.get(word) ?? word);
}
