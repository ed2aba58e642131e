import type { Locale } from '../i18n';
import { STOP_WORDS } from '../data/search/stopwords';
import { SYNONYMS } from '../data/search/synonyms';
import { MIN_SUGGESTED_WORD } from './search-index';
import { foldQuery } from './fold';

/**
 * From the question a reader types to the searches Pagefind runs, and back to one ranked list. Pure,
 * so that it is tested without a browser; the search page's script loads it once the reader types.
 */

/**
 * The longest query searched and written into the address, in characters: a reader's question is far
 * shorter, a query of 100 KB costs seconds of work, and an address of a few KB is refused by hosts
 * (HTTP 431).
 */
export const MAX_QUERY_LENGTH = 200;

/** The query cut to MAX_QUERY_LENGTH characters, never inside one (an emoji, an Arabic letter pair). */
export function limitQuery(query: string): { query: string; cut: boolean } {
  const characters = Array.from(query.slice(0, MAX_QUERY_LENGTH * 2));
  return characters.length > MAX_QUERY_LENGTH
    ? { query: characters.slice(0, MAX_QUERY_LENGTH).join(''), cut: true }
    : { query, cut: false };
}

/** A word as search compares it: lower-cased by the Turkish rules, ı folded, accents and cedillas dropped, as Pagefind drops them. */
export function matchKey(word: string): string {
  return foldQuery(word).normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a text, punctuation left out; hyphens and apostrophes stay inside a word ("KOOP-DES’e"). */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu) ?? [];
}

/** The words of a query, folded for Pagefind: "Kâr payı?" → "kâr", "payi". */
export function queryWords(query: string): string[] {
  return wordsOf(foldQuery(query));
}

const stopKeys = (locale: Locale) => new Set(STOP_WORDS[locale].map(matchKey));

/** Whether a reader word is the reader word of a synonym entry: itself, or, from four letters up, an inflected form of it. */
function isReaderForm(key: string, reader: string): boolean {
  const readerKey = matchKey(reader);
  return key === readerKey || (readerKey.length >= 4 && key.startsWith(readerKey));
}

/** The synonym entries a reader's word belongs to. */
function entriesOf(word: string, locale: Locale) {
  const key = matchKey(word);
  return SYNONYMS[locale].filter((entry) => entry.reader.some((reader) => isReaderForm(key, reader)));
}

/** What the pages say for a reader's word, folded for Pagefind; none when the word is the site's own. */
export function synonymsOf(word: string, locale: Locale): string[] {
  return entriesOf(word, locale).flatMap((entry) => entry.site.map(foldQuery));
}

/**
 * The reader's words that name something, each with what to search for it: the word first, then the
 * site's words for it; a misspelling (an entry marked `misspelt`) only as the site's words. Question
 * words and fillers are dropped, unless nothing else is left.
 */
export function planQuery(query: string, locale: Locale): string[][] {
  const words = queryWords(query);
  const stop = stopKeys(locale);
  const content = words.filter((word) => !stop.has(matchKey(word)));
  return (content.length > 0 ? content : words).map((word) =>
    entriesOf(word, locale).some((entry) => entry.misspelt)
      ? synonymsOf(word, locale)
      : [word, ...synonymsOf(word, locale)],
  );
}

/** How much a page found through a site's word for the reader's weighs against one found through the reader's own word. */
const SYNONYM_WEIGHT = 0.75;

/**
 * Every way to ask for all the words at once, one alternative of each, the reader's own first, at
 * most `limit`; each with its weight: lowered for every word replaced by a synonym, so that a page
 * with the reader's own words ranks first ("kâr amacı" before "gelir-gider farkı"). Only by a quarter:
 * at a half, pages using the reader's verb in passing ("how to write this into your articles of
 * association") buried the ones using the site's word for it ("the draft is prepared in MERSİS").
 */
export function phrasings(plan: readonly (readonly string[])[], limit = 12): { text: string; weight: number }[] {
  let result = [{ text: '', weight: 1 }];
  for (const alternatives of plan) {
    if (alternatives.length === 0) continue;
    result = result
      .flatMap(({ text, weight }) =>
        alternatives.map((alternative, index) => ({
          text: `${text} ${alternative}`.trim(),
          weight: index === 0 ? weight : weight * SYNONYM_WEIGHT,
        })),
      )
      .slice(0, limit);
  }
  return result.filter(({ text }) => text);
}

export interface Scored {
  id: string;
  score: number;
}

/** Results of several searches as one list: each page once, with its best score, best first. */
export function mergeBest<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const result of lists.flat()) {
    const known = best.get(result.id);
    if (!known || result.score > known.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Pages that hold some of the reader's words, from one search per word (`perWord[i]`: the results for
 * word i, any alternative): pages with more of the words first, then by their summed scores.
 */
export function rankPartial<T extends Scored>(perWord: readonly (readonly T[])[]): T[] {
  const pages = new Map<string, { result: T; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const page = pages.get(result.id) ?? { result, words: 0, score: 0 };
      page.words += 1;
      page.score += result.score;
      pages.set(result.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((page) => page.result);
}

/**
 * Enough results for a reader to choose from: the first screen on a phone. Fewer pages holding
 * every word are followed by the nearest ones, so that one incidental match ("çalışabilir" on a
 * page about carers) is not the only answer.
 */
export const ENOUGH_RESULTS = 3;

/** The pages of `first`, then those of `nearest` not among them. */
export function followedBy<T extends Scored>(first: readonly T[], nearest: readonly T[]): T[] {
  const shown = new Set(first.map(({ id }) => id));
  return [...first, ...nearest.filter(({ id }) => !shown.has(id))];
}

/** Whether `a` becomes `b` by one letter added, removed or changed (or is `b`). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/**
 * The query with each word the pages do not have replaced by a word they have one edit away
 * ("kooperatf" → "kooperatif"), in the pages' spelling; none when no word changes. `vocabulary` is
 * the words of the indexed pages, as written.
 */
export function suggestSpelling(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Map(vocabulary.map((word) => [matchKey(word), word]));
  let changed = false;
  const words = wordsOf(query).map((word) => {
    const key = matchKey(word);
    if (key.length < MIN_SUGGESTED_WORD || known.has(key)) return word;
    for (const [candidate, spelling] of known) {
      if (withinOneEdit(key, candidate)) {
        changed = true;
        return spelling;
      }
    }
    return word;
  });
  return changed ? words.join(' ') : undefined;
}
