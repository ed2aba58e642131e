import { foldArabic } from './arabic.ts'; // with extensions: scripts/build-search-index.ts runs this file in Node
import { foldDotlessI } from './turkish.ts';

/**
 * What search folds on both sides, in the pages' text at index time and in what the reader types:
 * Turkish ı into i (turkish.ts), Arabic vowel marks and letter variants (arabic.ts). Pagefind then
 * lower-cases and drops Latin accents itself.
 */
export function foldText(text: string): string {
  return foldArabic(foldDotlessI(text));
}

/**
 * What the reader typed, as the index holds it: lower-cased by the Turkish rules first (so that a
 * capital I, the capital of ı, and İ both end as i), then folded. "KALKINMA" → "kalkinma".
 */
export function foldQuery(query: string): string {
  return foldText(query.normalize('NFC').toLocaleLowerCase('tr')).replace(/\s+/g, ' ').trim();
}

/** A word: a run of letters, their marks and digits, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of `text` that folding changes ("kırsal", "الأعضاء"), each once, in order of first
 * appearance; less those that share their folded form with another word of the text ("أن" and
 * "إن" are both "ان"): given back to an excerpt, either would be wrong somewhere.
 */
export function wordsChangedByFolding(text: string): string[] {
  const spellings = new Map<string, Set<string>>();
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    const folded = foldText(word);
    spellings.set(folded, (spellings.get(folded) ?? new Set()).add(word));
  }
  return [...spellings]
    .filter(([folded, words]) => words.size === 1 && !words.has(folded))
    .map(([, words]) => [...words][0]!);
}

/**
 * Gives back to folded text the spelling it had on the page. `originals` are the page's words that
 * folding changed (from `wordsChangedByFolding`); a folded word that came from one of them is
 * replaced by it. Search results show excerpts of the folded index, and readers should see "kırsal",
 * not "kirsal", and "الأعضاء", not "الاعضاء".
 */
export function restoreSpelling(folded: string, originals: readonly string[]): string {
  if (originals.length === 0) return folded;
  const byFolded = new Map(originals.map((word) => [foldText(word), word]));
  return folded.replace(WORD, (word) => byFolded.get(word) ?? word);
}
