/**
 * Every language's words against the Turkish originals, through the same checks: the interface words
 * (src/i18n/tr.ts and its twins) and the wizard's (src/i18n/wizard-tr.ts and its twins) have the same
 * keys, the same shape at every level and the same placeholders in each string, so the UI can take
 * any dictionary. A new language is checked by being added to `locales` (src/i18n/index.ts).
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../support/words';
import { defaultLocale, dictionaries, locales } from '../../../src/i18n';
import { wizardWords } from '../../../src/i18n/wizard';

/** The `{name}` placeholders of a string, each as often as it occurs, in a stable order. */
const placeholdersOf = (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] as string).sort();

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * Where `actual` differs in shape from `expected`: a different kind of value, object keys missing,
 * extra or in another order (options render in key order), arrays of another length, strings with
 * other placeholders. Each difference is named by its path, so a failure says where to look.
 */
function shapeDifferences(expected: unknown, actual: unknown, path = '(root)'): string[] {
  if (kind(expected) !== kind(actual)) return [`${path}: expected ${kind(expected)}, got ${kind(actual)}`];
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
    return expected.flatMap((item, index) => shapeDifferences(item, other[index], `${path}[${index}]`));
  }
  if (expected && typeof expected === 'object') {
    const want = Object.keys(expected);
    const got = Object.keys(actual as object);
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      const missing = want.filter((key) => !got.includes(key));
      const extra = got.filter((key) => !want.includes(key));
      return [`${path}: keys differ (missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'}; or order)`];
    }
    return want.flatMap((key) =>
      shapeDifferences((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return expected === actual ? [] : [`${path}: ${String(actual)}, expected ${String(expected)}`];
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
  ])('notices %s', (_case, expected, actual) => {
    expect(shapeDifferences(expected, actual)).not.toEqual([]);
  });

  it('finds nothing to say about equal shapes', () => {
    expect(shapeDifferences({ a: ['{x} y', 'z'], b: { c: 'd' } }, { a: ['w {x}', 'v'], b: { c: 'e' } })).toEqual([]);
  });
});

/** A flat dictionary in key order: interface words are looked up by key, so their order is free. */
const inKeyOrder = (words: Record<string, string>) => Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b)));

const translations = locales.filter((locale) => locale !== defaultLocale);

describe.each(translations)('the words of %s, against the Turkish', (locale) => {
  it('interface words: the same keys, with the same placeholders in each string', () => {
    expect(shapeDifferences(inKeyOrder(dictionaries[defaultLocale]), inKeyOrder(dictionaries[locale]))).toEqual([]);
  });

  it('wizard words: the same keys at every level, array lengths and placeholders', () => {
    expect(shapeDifferences(wizardWords[defaultLocale], wizardWords[locale])).toEqual([]);
  });

  it('is worth checking: as many strings as the Turkish, and no empty one', () => {
    for (const [words, original] of [
      [dictionaries[locale], dictionaries[defaultLocale]],
      [wizardWords[locale], wizardWords[defaultLocale]],
    ] as const) {
      const all = strings(words);
      expect(all.length).toBe(strings(original).length);
      expect(all.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
    }
    expect(strings(wizardWords[locale]).length).toBeGreaterThan(200);
  });
});
