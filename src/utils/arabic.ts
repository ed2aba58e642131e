/**
 * Arabic is written with or without its short vowels (harakat) and the stretching tatweel, and
 * readers type the alef with or without its hamza or madda (أ إ آ ٱ are all "ا" to them), and
 * often ى for final ي and ه for final ة. Search folds all of these away, in the pages' text at index
 * time and in what the reader types, so that each spelling finds the others. Pagefind's own Arabic
 * stemmer does not: without this fold, "ٱلفائض", "الهيئه العامه" and fully vowelled questions found
 * nothing or the wrong pages (code review m14, measured with tests/e2e/search.spec.ts).
 */

/** Harakat, Quranic annotation marks, the superscript alef, and tatweel. */
const MARKS_AND_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;

const LETTER_FOLDS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const FOLDED_LETTERS = /[أإآٱىة]/g;

/** Arabic text as search compares it; text in other scripts is left as it is. */
export function foldArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(MARKS_AND_TATWEEL, '')
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter]!);
}
