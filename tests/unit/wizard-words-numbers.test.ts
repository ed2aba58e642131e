/**
 * The number fields' hints and messages in every language. An example figure reads as the expected
 * answer: "7" founders, "5" of them at work, "3" on the board and "2" of those at work once made, together,
 * a plan that meets every rule. They may name only the bounds the validator enforces.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n';
import { wizardWords } from '../../src/i18n/wizard';

/** 0 (for "none of them"), 1 (the smallest count) and the largest, as each language writes it. */
const BOUNDS = /\b(?:100[.,]000|0|1)\b/g;

describe.each(locales)('%s number fields', (locale) => {
  it.each(Object.entries(wizardWords[locale].numbers))('%s gives no example figure', (_key, field) => {
    for (const text of [field.hint ?? '', ...Object.values(field.errors)]) {
      expect(text.replace(BOUNDS, ''), text).not.toMatch(/\d/);
    }
  });
});
