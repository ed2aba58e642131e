import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../src/data/search/stopwords';
import { SYNONYMS } from '../../src/data/search/synonyms';
import {
  MAX_QUERY_LENGTH,
  followedBy,
  limitQuery,
  matchKey,
  mergeBest,
  phrasings,
  planQuery,
  queryWords,
  rankPartial,
  suggestSpelling,
  synonymsOf,
  withinOneEdit,
} from '../../src/utils/search-query';
import { foldQuery } from '../../src/utils/fold';
import { locales } from '../../src/i18n';

/** A word as a reader types it on a keyboard without Turkish letters. */
const ascii = (word: string) => matchKey(word);
const CONTENT_WORD = { tr: 'kooperatif', en: 'cooperative', ar: 'التعاونية' } as const;

describe('stop words', () => {
  for (const locale of locales) {
    const upper = (word: string) => word.toLocaleUpperCase(locale);
    for (const word of STOP_WORDS[locale]) {
      it(`${locale}: drops “${word}”, in capitals and without Turkish letters too`, () => {
        for (const typed of [word, upper(word), ascii(word)]) {
          expect(planQuery(`${CONTENT_WORD[locale]} ${typed}?`, locale).map(([own]) => own)).toEqual([
            foldQuery(CONTENT_WORD[locale]),
          ]);
        }
      });
    }
  }

  it('keeps the question words when nothing else is left, so that “nedir” still searches', () => {
    expect(planQuery('nedir?', 'tr')).toEqual([['nedir']]);
  });

  it('drops Arabic question words however they are spelled, and folds the rest as the index does', () => {
    expect(planQuery('أينَ أُسجِّل التعاونيّة؟', 'ar').map(([own]) => own)).toEqual(['اسجل', 'التعاونيه']);
    expect(planQuery('إين اسجل التعاونية', 'ar').map(([own]) => own)).toEqual(['اسجل', 'التعاونيه']);
  });

  it('keeps words the pages use as content', () => {
    expect(planQuery('en az kaç ortak gerekir', 'tr').map(([own]) => own)).toEqual(['en', 'az', 'ortak', 'gerekir']);
  });
});

describe('synonyms', () => {
  for (const locale of locales) {
    for (const { reader, site } of SYNONYMS[locale]) {
      for (const word of reader) {
        it(`${locale}: “${word}” is also searched as ${site.map((term) => `“${term}”`).join(', ')}`, () => {
          const expected = site.map(foldQuery);
          expect(synonymsOf(word, locale)).toEqual(expect.arrayContaining(expected));
          expect(synonymsOf(ascii(word).toLocaleUpperCase(locale), locale)).toEqual(expect.arrayContaining(expected));
          // A reader word of four letters or more also matches its inflected forms.
          if (ascii(word).length >= 4)
            expect(synonymsOf(`${word}ler`, locale)).toEqual(expect.arrayContaining(expected));
        });
      }
    }
  }

  it('searches a misspelling only as the site’s word, a correct spelling as itself first', () => {
    expect(planQuery('كيف نأسس تعاونية', 'ar')).toEqual([['تاسيس'], ['تعاونيه']]);
    expect(planQuery('كيف نؤسس تعاونية', 'ar')).toEqual([['نؤسس', 'تاسيس'], ['تعاونيه']]);
  });

  it('drops the Levantine words around a question, and keeps the verb glued to its “ب” for the stemmer', () => {
    expect(planQuery('شو يعني النظام الداخلي', 'ar')).toEqual([['النظام'], ['الداخلي', 'الاساسي']]);
    expect(planQuery('كيف بتتوزع الأرباح', 'ar')).toEqual([['بتتوزع'], ['الارباح', 'الفائض']]);
  });

  it('keeps the reader’s own word first', () => {
    expect(planQuery('Mülteciler', 'tr')).toEqual([['mülteciler', 'göçmen']]);
  });

  it('matches a short reader word only as itself: “kâr” is not “karar”', () => {
    expect(synonymsOf('kar', 'tr')).toEqual(['gelir-gider farki']);
    expect(synonymsOf('karar', 'tr')).toEqual([]);
  });

  it('gives the site’s own words no synonym', () => {
    expect(synonymsOf('göçmen', 'tr')).toEqual([]);
    expect(synonymsOf('migrant', 'en')).toEqual([]);
  });

  it('writes each reader word once, as a single word', () => {
    for (const locale of locales) {
      const readers = SYNONYMS[locale].flatMap(({ reader }) => reader.map(ascii));
      expect(new Set(readers).size).toBe(readers.length);
      for (const word of readers) expect(queryWords(word)).toEqual([word]);
    }
  });
});

describe('queryWords', () => {
  it('folds the query and leaves punctuation out, but not hyphens inside a word', () => {
    expect(queryWords('  KOOP-DES’e başvuru? Kâr!')).toEqual(['koop-des’e', 'başvuru', 'kâr']);
    expect(queryWords('KIRSAL')).toEqual(['kirsal']);
  });
});

describe('phrasings', () => {
  it('asks for every combination, the reader’s words first, and lowers the weight by a quarter for each synonym', () => {
    expect(phrasings([['kar', 'gelir-gider farki'], ['amaci']])).toEqual([
      { text: 'kar amaci', weight: 1 },
      { text: 'gelir-gider farki amaci', weight: 0.75 },
    ]);
    expect(
      phrasings([
        ['a', 'b'],
        ['c', 'd'],
      ]).map(({ weight }) => weight),
    ).toEqual([1, 0.75, 0.75, 0.5625]);
  });

  it('leaves out words with no known alternative, and stops at the limit', () => {
    expect(phrasings([[], ['ortak']])).toEqual([{ text: 'ortak', weight: 1 }]);
    expect(
      phrasings(
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        3,
      ),
    ).toHaveLength(3);
    expect(phrasings([[]])).toEqual([]);
  });
});

describe('merging results', () => {
  const result = (id: string, score: number) => ({ id, score });

  it('mergeBest keeps each page once, with its best score, best first', () => {
    expect(mergeBest([[result('a', 1), result('b', 3)], [result('a', 5)]])).toEqual([result('a', 5), result('b', 3)]);
  });

  it('rankPartial puts pages holding more of the words first, then the higher summed score', () => {
    const ranked = rankPartial([
      [result('a', 9), result('b', 1)],
      [result('b', 1), result('c', 20)],
    ]);
    expect(ranked.map(({ id }) => id)).toEqual(['b', 'c', 'a']);
  });

  it('followedBy keeps the pages holding every word first, then the nearest ones not among them', () => {
    const joined = followedBy([result('a', 1)], [result('b', 9), result('a', 5), result('c', 2)]);
    expect(joined).toEqual([result('a', 1), result('b', 9), result('c', 2)]);
  });
});

describe('spelling suggestions', () => {
  it.each([
    ['risturn', 'ristur', true],
    ['risturn', 'risturnn', true],
    ['risturn', 'rizturn', true],
    ['risturn', 'risturn', true],
    ['risturn', 'rsitrun', false],
    ['risturn', 'ris', false],
  ])('withinOneEdit(%s, %s) is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  const vocabulary = ['kooperatif', 'risturn', 'kırsal', 'göçmen'];

  it('replaces the unknown words by the pages’ spelling and keeps the rest as typed', () => {
    expect(suggestSpelling('Risturm nedir', vocabulary)).toBe('risturn nedir');
    expect(suggestSpelling('kirsl kooperatif', vocabulary)).toBe('kırsal kooperatif');
    expect(suggestSpelling('gocmn', vocabulary)).toBe('göçmen');
  });

  it('suggests nothing when every word is known, too short or too far', () => {
    expect(suggestSpelling('kırsal kooperatif', vocabulary)).toBeUndefined();
    expect(suggestSpelling('ris', vocabulary)).toBeUndefined();
    expect(suggestSpelling('zzzqqq', vocabulary)).toBeUndefined();
  });
});

describe('limitQuery', () => {
  const long = 'k'.repeat(MAX_QUERY_LENGTH);
  it.each([
    ['a question', 'kâr payı dağıtılır mı?', 'kâr payı dağıtılır mı?', false],
    ['exactly the limit', long, long, false],
    ['one character over', `${long}x`, long, true],
    ['100 KB', 'kooperatif '.repeat(9_300), 'kooperatif '.repeat(9_300).slice(0, MAX_QUERY_LENGTH), true],
    [
      'an emoji at the edge, kept whole or left out',
      `${'k'.repeat(MAX_QUERY_LENGTH - 1)}👩‍👧x`,
      `${'k'.repeat(MAX_QUERY_LENGTH - 1)}👩`,
      true,
    ],
  ])('%s', (_, query, expected, cut) => {
    expect(limitQuery(query)).toEqual({ query: expected, cut });
  });
});
