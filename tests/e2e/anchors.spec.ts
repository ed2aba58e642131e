import { readFileSync } from 'node:fs';
// Plain Playwright, not ./fixtures: these checks read the built pages and need no browser page.
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n';
import { ANCHORS } from '../../src/i18n/anchors';
import { distFile } from '../../scripts/sizes';

/**
 * The published section links (src/i18n/anchors.ts) in the built site, in every language: NGOs
 * copy them and the result page links to them, so a renamed heading fails here, not somewhere else.
 */
const idsOf = (path: string) => [...readFileSync(distFile(path), 'utf8').matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!);
const addresses = ANCHORS.flatMap(({ address }) => locales.map((locale) => address[locale]));
const pages = [...new Set(addresses.map((address) => address.split('#')[0]!))];

test('every published section link reaches its element, in every language', () => {
  const missing = addresses.filter((address) => {
    const [path = '', id = ''] = address.split('#');
    return !idsOf(path).includes(id);
  });
  expect(missing).toEqual([]);
});

test('every id on every page with published sections is unique and ASCII', () => {
  for (const path of pages) {
    const ids = idsOf(path);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), path).toEqual([]);
    for (const id of ids) expect(id, path).toMatch(/^[a-z0-9-]+$/);
  }
});
