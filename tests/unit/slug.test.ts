import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from '../../src/utils/slug';

describe('slugify', () => {
  it.each([
    ['Kamu yararı önceliklidir', 'kamu-yarari-onceliklidir'],
    ['İnovatif çözümler', 'inovatif-cozumler'],
    ['Gelir-gider farkı nasıl kullanılır?', 'gelir-gider-farki-nasil-kullanilir'],
    ['Çok paydaşlı yönetim ve çalışan çoğunluğu', 'cok-paydasli-yonetim-ve-calisan-cogunlugu'],
    ['SOSYAL KOOPERATİF NEDEN ÖNEMLİ?', 'sosyal-kooperatif-neden-onemli'],
    ['KALKINMA', 'kalkinma'],
    ['Kâr amacı gütmezler', 'kar-amaci-gutmezler'],
    ['“Bölgesel kalkınma farklılıklarını azaltır!”', 'bolgesel-kalkinma-farkliliklarini-azaltir'],
    ['1163 sayılı Kanun, m. 2', '1163-sayili-kanun-m-2'],
    ['Straße & Œuvre', 'strasse-oeuvre'],
    ['!!!', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('createSlugger', () => {
  it('numbers repeated headings within one page', () => {
    const slug = createSlugger();
    expect(['Kaynaklar', 'Kaynaklar', 'Kaynaklar'].map(slug)).toEqual(['kaynaklar', 'kaynaklar-2', 'kaynaklar-3']);
  });
  it('gives a heading without letters a usable id', () => {
    expect(createSlugger()('—')).toBe('bolum');
  });
  it('starts afresh for each page', () => {
    createSlugger()('Tanım');
    expect(createSlugger()('Tanım')).toBe('tanim');
  });
});
