/**
 * The published section links (src/i18n/anchors.ts) in the built site, in every language: NGOs
 * copy them and the result page links to them, so a renamed heading fails here, not somewhere else.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n';
import { ANCHORS } from '../../src/i18n/anchors';
import { builtPage, idsOf } from '../support/dist';

const addresses = ANCHORS.flatMap(({ address }) => locales.map((locale) => address[locale]));
const pages = [...new Set(addresses.map((address) => address.split('#')[0]!))];

describe('the published sections', () => {
  it('every published section link reaches its element, in every language', () => {
    const missing = addresses.filter((address) => {
      const [path = '', id = ''] = address.split('#');
      return !idsOf(builtPage(path)).includes(id);
    });
    expect(missing).toEqual([]);
  });

  it.each(pages)('every id on %s is unique and ASCII', (path) => {
    const ids = idsOf(builtPage(path));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});
