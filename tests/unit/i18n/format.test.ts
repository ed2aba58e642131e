import { describe, expect, it } from 'vitest';
import { format } from '../../../src/i18n/format';
import { formatDate } from '../../../src/i18n';

describe('format', () => {
  it.each([
    ['Soru {number} / {total}', { number: 3, total: 11 }, 'Soru 3 / 11'],
    ['“{query}” için {count} sonuç bulundu.', { query: 'kırsal', count: 2 }, '“kırsal” için 2 sonuç bulundu.'],
    ['{a}{a} and {b}', { a: 'x', b: 0 }, 'xx and 0'],
    ['{name} stays when no value is given', {}, '{name} stays when no value is given'],
    ['{known} and {unknown}', { known: 'set' }, 'set and {unknown}'],
    ['a value is not read again: {a}', { a: '{b}', b: 'no' }, 'a value is not read again: {b}'],
    ['{not a placeholder} {}', { 'not a placeholder': 'x' }, '{not a placeholder} {}'],
    ['no placeholders', { unused: 1 }, 'no placeholders'],
    ['{toString} is not taken from Object.prototype', {}, '{toString} is not taken from Object.prototype'],
  ])('%j with %j → %j', (template, values, expected) => {
    expect(format(template, values)).toBe(expected);
  });

  it('leaves every placeholder when called without values', () => {
    expect(format('{number} / {total}')).toBe('{number} / {total}');
  });
});

describe('formatDate', () => {
  // Syrian readers name the months as the Levant does (كانون الأول), in Western digits.
  it.each([
    ['tr', '5 Aralık 2026'],
    ['en', '5 December 2026'],
    ['ar', '5 كانون الأول 2026'],
  ] as const)('%s: %s', (locale, expected) => {
    expect(formatDate(new Date('2026-12-05T00:00:00Z'), locale)).toBe(expected);
  });
});
