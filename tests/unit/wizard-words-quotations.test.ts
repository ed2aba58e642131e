/**
 * The wizard quotes the source text in “…” beside the founder's answer. A quotation must be the
 * words a reader finds on a guide page of the same language, so that the English wizard reuses the
 * English pages' translation word for word (the intro promises it), and the Turkish quotes the seed
 * as the Turkish pages give it. Compared after folding whitespace, quote marks, Markdown and case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wizardEn } from '../../src/i18n/wizard-en';
import { wizardTr } from '../../src/i18n/wizard-tr';
import type { WizardWords } from '../../src/i18n/wizard-words';
import { strings } from '../support/words';

const DOCS = join(import.meta.dirname, '../../src/content/docs');

function fold(text: string, locale: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a Markdown link reads as its text
    .replace(/[*_`]/g, '')
    .replace(/[“”„"]/g, '')
    .replace(/[‘’']/g, '’')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase(locale)
    .trim();
}

function pagesText(folder: 'tr' | 'en'): string {
  const dir = join(DOCS, folder);
  return fold(
    readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n'),
    folder,
  );
}

/** Every “…” in the criteria's words, with where it stands. */
function quotations(words: WizardWords): [string, string][] {
  return strings(words.criteria).flatMap(([path, text]) =>
    [...text.matchAll(/“([^”]+)”/g)].map((match) => [path, match[1] as string] as [string, string]),
  );
}

describe.each([
  ['tr', wizardTr],
  ['en', wizardEn],
] as const)('%s: the criteria quote the guide pages', (locale, words) => {
  const pages = pagesText(locale);
  const quoted = quotations(words);

  it('quote the text somewhere', () => {
    expect(quoted.length).toBeGreaterThan(10);
  });

  it('word for word', () => {
    const missing = quoted.filter(([, quote]) => !pages.includes(fold(quote, locale))).map(([path, quote]) => `${path}: “${quote}”`);
    expect(missing).toEqual([]);
  });
});
