/**
 * The "Kısaca" boxes (<InShort>) against the text they sum up. A box is the site's own plain summary
 * (kaynaklar.mdx says so); the content review of 2026-12-05 found boxes that dropped groups of the
 * definition (m1), one feature in eight (m3), made the definition's "veya" exclusive (N2) and turned
 * "kâr amacı gütmez" into "not for earning money" (N1). Each check below holds one of those, in every
 * language whose boxes this branch writes: Turkish and English (the Arabic twins follow them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_ANCHORS, type PageKey } from '../../../src/i18n/anchors';
import { ROOT, normalise, plainText } from './pages';

const LOCALES = ['tr', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** A page's MDX in one language: the Turkish file name, or its twin's as src/i18n/anchors.ts pairs them. */
function source(page: PageKey, locale: Locale): string {
  const file = locale === 'tr' ? page : PAGE_ANCHORS[page].en;
  return readFileSync(join(ROOT, 'src', 'content', 'docs', locale, `${file}.mdx`), 'utf8');
}

/** The words of a page's Kısaca box, as plain text. */
function boxOf(page: PageKey, locale: Locale): string {
  const box = /<InShort>([\s\S]*?)<\/InShort>/.exec(source(page, locale))?.[1];
  if (box === undefined) throw new Error(`${locale} ${page}: no <InShort> box`);
  return plainText(box).normalize('NFC');
}

/** The list items of a page's Kısaca box. */
const itemsOf = (page: PageKey, locale: Locale) =>
  (/<InShort>([\s\S]*?)<\/InShort>/.exec(source(page, locale))?.[1] ?? '').match(/^\s*[-*]\s+\S.*$/gm) ?? [];

/** The groups the seed's definition names as examples of disadvantaged people, in its own words. */
const seed = readFileSync(join(ROOT, 'src', 'content', 'seed', 'sosyal-kooperatif.txt'), 'utf8');
const seedGroups = (/veya (.+?) gibi dezavantajlı/.exec(seed)?.[1] ?? '').split(/,\s*/);

/** How each of the definition's groups may be named in a box, in plain words. */
const GROUP_NAMES: Record<string, Record<Locale, RegExp>> = {
  engelliler: { tr: /engelli/, en: /disabled people/ },
  'uzun süreli işsizler': { tr: /uzun süre(?:li)? işsiz/, en: /long-term unemployed|out of work for a long time/ },
  'eski hükümlüler': { tr: /eski hükümlü|cezasını bitirmiş/, en: /served a criminal sentence/ },
  bağımlılar: { tr: /bağımlı/, en: /addiction/ },
  göçmenler: { tr: /göçmen/, en: /migrants/ },
};

/** What the definition page's box says of the definition's "sosyal hizmetlerin sunumu veya … entegrasyonu". */
const BOTH_AIMS: Record<Locale, RegExp> = { tr: /[iİ]kisini birden/, en: /\bboth\b/ };

/** "Kâr amacı gütmez" is about profit: a box may not say that a social cooperative earns no money. */
const NOT_FOR_MONEY: Record<Locale, RegExp> = { tr: /para kazan/, en: /\b(?:make|earn|making|earning) money\b/ };

const guidePages = (Object.keys(PAGE_ANCHORS) as PageKey[]).filter((page) => source(page, 'tr').includes('<InShort>'));

describe('the definition as the seed gives it', () => {
  it('names five groups, each with its plain names below', () => {
    expect(seedGroups).toHaveLength(5);
    expect(Object.keys(GROUP_NAMES).map(normalise)).toEqual(seedGroups.map(normalise));
  });
});

describe.each(LOCALES)('%s Kısaca boxes', (locale) => {
  const definition = boxOf('sosyal-kooperatif-nedir', locale);

  it.each(Object.entries(GROUP_NAMES))('the definition page’s box names “%s”', (_group, names) => {
    expect(definition).toMatch(names[locale]);
  });

  it('the definition page’s box says a cooperative may do both things the definition names', () => {
    expect(definition).toMatch(BOTH_AIMS[locale]);
  });

  it('the eight features page’s box has one item for each feature of the page', () => {
    const features = source('sosyal-girisim-modeli', locale).match(/^###\s+\S/gm) ?? [];
    expect(features).toHaveLength(8);
    expect(itemsOf('sosyal-girisim-modeli', locale)).toHaveLength(features.length);
  });

  it.each(guidePages)('%s: the box does not say that a social cooperative earns no money', (page) => {
    expect(boxOf(page, locale)).not.toMatch(NOT_FOR_MONEY[locale]);
  });
});
