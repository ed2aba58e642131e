import { describe, expect, it } from 'vitest';
import { inReadingOrder, localeOf, neighbours, pathOf, slugOf, type DocLike } from '../../src/utils/docs';

const doc = (id: string, part: DocLike['data']['part'], order: number): DocLike => ({
  id,
  data: { title: id, part, order },
});

describe('addresses', () => {
  it.each([
    ['tr/sozluk', 'tr', 'sozluk', '/sozluk/'],
    ['tr/index', 'tr', '', '/'],
    ['tr', 'tr', '', '/'],
    ['en/glossary', 'en', 'glossary', '/en/glossary/'],
    ['en/index', 'en', '', '/en/'],
    ['tr/rehber/index', 'tr', 'rehber', '/rehber/'],
  ])('%s is in %s, slug %j, at %s', (id, locale, slug, path) => {
    expect(localeOf(id)).toBe(locale);
    expect(slugOf(id)).toBe(slug);
    expect(pathOf(id)).toBe(path);
  });
});

describe('reading order and neighbours', () => {
  const entries = [
    doc('tr/gizlilik', 'about', 9),
    doc('tr/calisma-modeli', 'guide', 3),
    doc('tr/index', 'home', 0),
    doc('tr/kaynaklar', 'about', 8),
    doc('tr/sosyal-kooperatif-nedir', 'guide', 1),
    doc('tr/neden-onemli', 'guide', 4),
  ];
  const byId = (id: string) => entries.find((entry) => entry.id === id)!;

  it('puts the home page first, then the guide, then the pages about the site', () => {
    expect(inReadingOrder(entries).map(({ id }) => id)).toEqual([
      'tr/index',
      'tr/sosyal-kooperatif-nedir',
      'tr/calisma-modeli',
      'tr/neden-onemli',
      'tr/kaynaklar',
      'tr/gizlilik',
    ]);
  });

  it.each([
    ['tr/sosyal-kooperatif-nedir', undefined, 'tr/calisma-modeli'],
    ['tr/calisma-modeli', 'tr/sosyal-kooperatif-nedir', 'tr/neden-onemli'],
    ['tr/neden-onemli', 'tr/calisma-modeli', undefined],
    ['tr/kaynaklar', undefined, 'tr/gizlilik'],
    ['tr/gizlilik', 'tr/kaynaklar', undefined],
    ['tr/index', undefined, undefined],
  ])('%s: previous %s, next %s', (id, previous, next) => {
    const found = neighbours(entries, byId(id));
    expect(found.previous?.id).toBe(previous);
    expect(found.next?.id).toBe(next);
  });
});
