/**
 * Ateşman's readability score for Turkish (Ateşman 1997), the measure issue 9 sets targets in:
 * 198.825 − 40.175 × syllables per word − 2.610 × words per sentence. Higher is easier; 70 and above
 * reads easily, 50 to 69 is of middle difficulty. In Turkish every syllable has exactly one vowel, so
 * counting vowels counts syllables.
 */

const VOWEL = /[aeıioöuüâîûAEIİOÖUÜÂÎÛ]/gu;
/** A word: a run of letters (digits and marks may sit inside it); numbers alone are not words. */
const WORD = /\p{L}[\p{L}\p{M}\p{N}’'-]*/gu;
/** A sentence ends at . ! ? … (and at the end of its block), when followed by a space or the end. */
const SENTENCE_END = /[.!?…]+(?=\s|$)/u;
const HAS_LETTER = /\p{L}/u;

export interface ReadabilityCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/**
 * Counts the words, sentences and syllables of text given as blocks: each block (a paragraph, a list
 * item, a heading, a button) ends a sentence even where it has no full stop.
 */
export function countText(blocks: readonly string[]): ReadabilityCounts {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const blockWords = block.match(WORD) ?? [];
    if (blockWords.length === 0) continue;
    words += blockWords.length;
    syllables += blockWords.reduce((sum, word) => sum + (word.match(VOWEL)?.length ?? 0), 0);
    sentences += block.split(SENTENCE_END).filter((part) => HAS_LETTER.test(part)).length;
  }
  return { words, sentences, syllables };
}

/** The Ateşman score of the blocks; `NaN` when they hold no word. */
export function atesman(blocks: readonly string[]): number {
  const { words, sentences, syllables } = countText(blocks);
  if (words === 0) return Number.NaN;
  return 198.825 - 40.175 * (syllables / words) - 2.61 * (words / sentences);
}
