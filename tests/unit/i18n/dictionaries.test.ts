/**
 * Every language's words through the same checks, against the Turkish originals: the interface words
 * (src/i18n/tr.ts and its twins) and the wizard's (src/i18n/wizard-tr.ts and its twins) have the same
 * keys, the same shape at every level and the same placeholders in each string, so the UI can take
 * any dictionary; and every string of every language is clean, translated, and links and counts as
 * its language's pages do. The checks read the words and the core's data, never today's wording, so a
 * new language is checked by being added to `locales` (src/i18n/index.ts). What each language must
 * say in its own words is in ./what-each-language-says.test.ts; the Turkish against the contract in
 * ../wizard-words.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { faultsOf, isPluralWords, strings, withoutPluralForms } from '../../support/words';
import { defaultLocale, dictionaries, localeTags, locales, type Locale } from '../../../src/i18n';
import { linkAddress } from '../../../src/i18n/anchors';
import { compareWords, wizardWords } from '../../../src/i18n/wizard';
import { ANSWER_FIELDS, ANSWER_KEYS, MAX_MEMBERS, type AnswerKey, type NumberKey } from '../../../src/machines/answers';
import { localeOfPath } from '../../../src/utils/offline';

/** The `{name}` placeholders of a string, each as often as it occurs, in a stable order. */
const placeholdersOf = (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] as string).sort();

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * Where `actual` differs in shape from `expected`: a different kind of value, object keys missing,
 * extra or in another order (options render in key order), arrays of another length, strings with
 * other placeholders. Each difference is named by its path, so a failure says where to look.
 */
function shapeDifferences(expected: unknown, actual: unknown, tag = 'tr-TR', path = '(root)'): string[] {
  if (kind(expected) !== kind(actual)) return [`${path}: expected ${kind(expected)}, got ${kind(actual)}`];
  if (isPluralWords(expected)) return pluralDifferences(expected, actual, tag, path);
  if (typeof expected === 'string') {
    const want = placeholdersOf(expected);
    const got = placeholdersOf(actual as string);
    return JSON.stringify(want) === JSON.stringify(got)
      ? []
      : [`${path}: placeholders {${got.join('}, {')}}, expected {${want.join('}, {')}}`];
  }
  if (Array.isArray(expected)) {
    const other = actual as unknown[];
    if (expected.length !== other.length) return [`${path}: ${other.length} items, expected ${expected.length}`];
    return expected.flatMap((item, index) => shapeDifferences(item, other[index], tag, `${path}[${index}]`));
  }
  if (expected && typeof expected === 'object') {
    const want = Object.keys(expected);
    const got = Object.keys(actual as object);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      const missing = want.filter((key) => !got.includes(key));
      const extra = got.filter((key) => !want.includes(key));
      return [
        `${path}: keys differ (missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'}; or order)`,
      ];
    }
    return want.flatMap((key) =>
      shapeDifferences(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        tag,
        `${path}.${key}`,
      ),
    );
  }
  return expected === actual ? [] : [`${path}: ${String(actual)}, expected ${String(expected)}`];
}

/**
 * A count's sentence (PluralWords) in another language has that language's own plural forms
 * (Intl.PluralRules for `tag`), `other` among them, each with no placeholder the Turkish lacks.
 */
function pluralDifferences(expected: { other: string }, actual: unknown, tag: string, path: string): string[] {
  if (!isPluralWords(actual)) return [`${path}: expected a sentence for each plural form`];
  const forms: readonly string[] = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const foreign = Object.keys(actual).filter((form) => !forms.includes(form));
  if (foreign.length > 0) return [`${path}: ${tag} has no plural form ${foreign.join(', ')}`];
  const allowed = placeholdersOf(expected.other);
  return Object.entries(actual).flatMap(([form, text]) => {
    const extra = placeholdersOf(text).filter((name) => !allowed.includes(name));
    return extra.length > 0 ? [`${path}.${form}: placeholders {${extra.join('}, {')}} the Turkish has not`] : [];
  });
}

describe('the shape comparison', () => {
  it.each([
    ['a missing key', { a: 'x', b: 'y' }, { a: 'x' }],
    ['an extra key', { a: 'x' }, { a: 'x', b: 'y' }],
    ['keys in another order', { a: 'x', b: 'y' }, { b: 'y', a: 'x' }],
    ['an array of another length', { a: ['x', 'y'] }, { a: ['x'] }],
    ['a string for an object', { a: { b: 'x' } }, { a: 'x' }],
    ['a missing placeholder', { a: 'Soru {number} / {total}' }, { a: 'Question {number}' }],
    ['a renamed placeholder', { a: '{name} bölümü' }, { a: '{title} section' }],
    ['a missing optional field', { a: { label: 'x', hint: 'y' } }, { a: { label: 'x' } }],
    [
      'a plural form the language has not',
      { a: { one: 'x', other: '{count} x' } },
      { a: { two: 'x', other: '{count} x' } },
    ],
    ['a plural form with a placeholder of its own', { a: { other: '{count} x' } }, { a: { other: '{count} {name}' } }],
  ])('notices %s', (_case, expected, actual) => {
    expect(shapeDifferences(expected, actual)).not.toEqual([]);
  });

  it('finds nothing to say about equal shapes', () => {
    expect(shapeDifferences({ a: ['{x} y', 'z'], b: { c: 'd' } }, { a: ['w {x}', 'v'], b: { c: 'e' } })).toEqual([]);
  });
});

/** A flat dictionary in key order: interface words are looked up by key, so their order is free. */
const inKeyOrder = (words: Record<string, string>) =>
  Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b)));

const translations = locales.filter((locale) => locale !== defaultLocale);

describe.each(translations)('the words of %s, against the Turkish', (locale) => {
  it('interface words: the same keys, with the same placeholders in each string', () => {
    expect(shapeDifferences(inKeyOrder(dictionaries[defaultLocale]), inKeyOrder(dictionaries[locale]))).toEqual([]);
  });

  it('wizard words: the same keys at every level, array lengths and placeholders', () => {
    expect(shapeDifferences(wizardWords[defaultLocale], wizardWords[locale], localeTags[locale])).toEqual([]);
    expect(shapeDifferences(compareWords[defaultLocale], compareWords[locale], localeTags[locale])).toEqual([]);
  });

  it('is worth checking: as many strings as the Turkish, and no empty one', () => {
    for (const [words, original] of [
      [dictionaries[locale], dictionaries[defaultLocale]],
      [wizardWords[locale], wizardWords[defaultLocale]],
    ] as const) {
      const all = strings(words);
      expect(strings(withoutPluralForms(words)).length).toBe(strings(withoutPluralForms(original)).length);
      expect(all.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
    }
    expect(strings(wizardWords[locale]).length).toBeGreaterThan(200);
  });
});

// ---------------------------------------------------------------------------------------------
// Every string of every language

/** Every string a language shows: interface words by key, wizard words by path. */
const allStrings = (locale: Locale): [string, string][] => [
  ...strings(dictionaries[locale]).map(([path, text]) => [`ui.${path}`, text] as [string, string]),
  ...strings(wizardWords[locale]),
];

/** The same, a count's sentence by its `other` form alone: one string each to pair with the Turkish. */
const pairedStrings = (locale: Locale): [string, string][] => [
  ...strings(dictionaries[locale]).map(([path, text]) => [`ui.${path}`, text] as [string, string]),
  ...strings(withoutPluralForms(wizardWords[locale])),
];

/** Spaces at the start and at the end of a string: where the UI joins it to another ("Hata: " + title). */
const edgeSpaces = (text: string) => [/^\s*/.exec(text)![0].length > 0, /\s*$/.exec(text)![0].length > 0];

/** Site addresses written in a string ("/en/how-to-found/"). */
const ADDRESS = /(?<![\p{L}\p{N}.:/])\/(?:[a-z0-9-]+\/)+/gu;

/**
 * The numbers of two digits or more that a string states (law and article numbers, limits), each once,
 * without thousands separators ("100.000" and "100,000" are both 100000). A small number may be
 * written as a word ("one result", "seven founders"), as each language does.
 */
const numbersIn = (text: string) =>
  [...new Set([...text.matchAll(/\d+(?:[.,]\d{3})*/g)].map(([number]) => number.replace(/[.,]/g, '')))]
    .filter((number) => number.length > 1)
    .sort();

const turkishByPath = new Map(pairedStrings(defaultLocale));

/** Each check gives the problem with one string of `locale`, or nothing; a failure lists every string at fault. */
const STRING_CHECKS: [string, (locale: Locale, path: string, text: string) => string | undefined][] = [
  [
    'has no stray spaces: at its edges only where the Turkish has them, never two in a row or a line break',
    (_locale, path, text) => {
      if (JSON.stringify(edgeSpaces(text)) !== JSON.stringify(edgeSpaces(turkishByPath.get(path) ?? '')))
        return 'space at an edge';
      return /\S\s{2,}\S|\n/.test(text) ? 'double space or line break' : undefined;
    },
  ],
  ['holds no HTML', (_locale, _path, text) => (/<\/?[a-z]|&[a-z]+;/i.test(text) ? 'HTML' : undefined)],
  [
    'uses typographic quotes and apostrophes only',
    (_locale, _path, text) => (/["'`]/.test(text) ? 'straight quote or apostrophe: write typographic ones' : undefined),
  ],
  [
    'is translated, not the Turkish left in place (a string with no letters may stay)',
    (locale, path, text) =>
      locale !== defaultLocale && turkishByPath.get(path) === text && /\p{L}/u.test(text.replace(/\{\w+\}/g, ''))
        ? 'same as the Turkish'
        : undefined,
  ],
  [
    'links only to pages of its own language',
    (locale, _path, text) => {
      const foreign = (text.match(ADDRESS) ?? []).filter((address) => localeOfPath(address) !== locale);
      return foreign.length > 0 ? `links to ${foreign.join(', ')}` : undefined;
    },
  ],
  [
    'states the numbers the Turkish states: law and article numbers, limits',
    (locale, path, text) => {
      const turkish = turkishByPath.get(path);
      if (locale === defaultLocale || turkish === undefined) return undefined;
      return JSON.stringify(numbersIn(text)) === JSON.stringify(numbersIn(turkish))
        ? undefined
        : `numbers ${numbersIn(text).join(', ')}, expected ${numbersIn(turkish).join(', ')}`;
    },
  ],
];

describe('the string checks', () => {
  const problem = (name: string) => STRING_CHECKS.find(([check]) => check.startsWith(name))![1];
  it.each([
    ['has no stray spaces', 'en', 'step.errorTitlePrefix', 'Error:'],
    ['has no stray spaces', 'en', 'intro.start', 'Start  now'],
    ['holds no HTML', 'en', 'intro.start', '<b>Start</b>'],
    ['uses typographic quotes', 'ar', 'intro.start', 'ابدأ "الآن"'],
    ['is translated', 'ar', 'intro.start', wizardWords.tr.intro.start],
    ['links only to pages', 'en', 'intro.start', 'See /nasil-kurulur/.'],
    ['links only to pages', 'tr', 'intro.start', 'See /en/how-to-found/.'],
    ['states the numbers', 'ar', 'criteria.criterion.founders-min-7.says', 'حسب القانون'],
  ] as const)('“%s” finds a fault planted in %s %s', (name, locale, path, text) => {
    expect(problem(name)(locale, path, text)).toBeDefined();
  });
});

describe.each(locales)('every string of %s', (locale) => {
  const all = allStrings(locale);

  it('is read: both dictionaries, every string', () => {
    expect(all.length).toBe(strings(dictionaries[locale]).length + strings(wizardWords[locale]).length);
    expect(pairedStrings(locale).length).toBe(turkishByPath.size);
  });

  it.each(STRING_CHECKS)('%s', (_check, problem) => {
    expect(faultsOf(all, (path, text) => problem(locale, path, text))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// What the core decides, said in every language

const numberKeys = ANSWER_KEYS.filter((key) => ANSWER_FIELDS[key].kind === 'number') as NumberKey[];

describe.each(locales)('the wizard words of %s, against the core', (locale) => {
  const words = wizardWords[locale];
  const asWritten = (value: number) => value.toLocaleString(localeTags[locale]);
  /** A number as a whole number in a text: "1" is not the 1 of "100". */
  const standsAlone = (value: number) =>
    new RegExp(`(?<![\\d.,])${asWritten(value).replace(/[.,]/g, '\\$&')}(?![\\d.,]*\\d)`);

  it.each(ANSWER_KEYS)('%s: a bad link names the answer as the check page does', (key: AnswerKey) => {
    const summary =
      key in words.numbers
        ? words.numbers[key as NumberKey].summary
        : words.questions[key as Exclude<AnswerKey, NumberKey>].summary;
    expect(words.keyNames[key]).toBe(summary);
  });

  it.each(numberKeys)('%s: names the limits of its definition, as the language writes numbers', (key) => {
    const { min, max } = ANSWER_FIELDS[key];
    const errors = words.numbers[key].errors;
    expect(errors['too-large']).toMatch(standsAlone(max));
    if (errors['too-small'] !== undefined) expect(errors['too-small']).toMatch(standsAlone(min));
  });

  it('the link reasons name the same limits', () => {
    expect(words.result.linkReasons['too-small']).toMatch(standsAlone(1));
    expect(words.result.linkReasons['too-large']).toMatch(standsAlone(MAX_MEMBERS));
  });

  it('names the delete button, in quotes, where it tells the reader to use it', () => {
    const quoted = new RegExp(`[“«]${words.result.deleteAnswers}[”»]`);
    expect(words.intro.privacy).toMatch(quoted);
    expect(words.storage.resumed).toMatch(quoted);
  });

  it('sends the reader to the same next steps as the Turkish, on pages of its own language', () => {
    const targets = (language: Locale) => wizardWords[language].result.next.map(({ link }) => link?.to);
    expect(targets(locale)).toEqual(targets(defaultLocale));
    for (const { link } of words.result.next) if (link) expect(localeOfPath(linkAddress(link.to, locale))).toBe(locale);
  });
});
