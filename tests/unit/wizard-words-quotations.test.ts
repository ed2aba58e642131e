/**
 * The wizard quotes the source text in “…” (in «…» in Arabic) beside the founder's answer. A
 * quotation must be the words a reader finds on a guide page of the same language, so that every
 * translated wizard reuses its pages' translation word for word (the intro promises it), and the
 * Turkish quotes the seed as the Turkish pages give it. Compared after folding whitespace, quote
 * marks, Markdown and case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n';
import { wizardWords } from '../../src/i18n/wizard';
import type { WizardWords } from '../../src/i18n/wizard-words';
import { strings } from '../support/words';

const DOCS = join(import.meta.dirname, '../../src/content/docs');

function fold(text: string, locale: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // a Markdown link reads as its text
    .replace(/[*_`]/g, '')
    .replace(/[“”„"«»]/g, '')
    .replace(/[‘’']/g, '’')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase(locale)
    .trim();
}

function pagesText(folder: Locale): string {
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
    [...text.matchAll(/“([^”]+)”|«([^»]+)»/g)].map(
      (match) => [path, (match[1] ?? match[2]) as string] as [string, string],
    ),
  );
}

describe.each(locales)('%s: the criteria quote the guide pages', (locale) => {
  const pages = pagesText(locale);
  const quoted = quotations(wizardWords[locale]);

  it('quote the text somewhere', () => {
    expect(quoted.length).toBeGreaterThan(10);
  });

  it('word for word', () => {
    const missing = quoted
      .filter(([, quote]) => !pages.includes(fold(quote, locale)))
      .map(([path, quote]) => `${path}: “${quote}”`);
    expect(missing).toEqual([]);
  });
});
