import { describe, expect, it } from 'vitest';
import { foldDotlessI, foldQuery, restoreDotlessI, wordsWithDotlessI } from '../../src/utils/turkish';

describe('foldQuery', () => {
  it.each([
    ['kirsal', 'kirsal'],
    ['kırsal', 'kirsal'],
    ['KIRSAL', 'kirsal'],
    ['KALKINMA', 'kalkinma'],
    ['kar amaci', 'kar amaci'],
    ['KÂR AMACI', 'kâr amaci'],
    ['ISSIZ', 'issiz'],
    ['İŞSİZ', 'işsiz'],
    ['İstihdam', 'istihdam'],
    ['  genel   kurul ', 'genel kurul'],
    ['', ''],
  ])('%j → %j', (typed, folded) => {
    expect(foldQuery(typed)).toBe(folded);
  });

  it('folds a decomposed ı̇ sequence the same as the composed letters', () => {
    expect(foldQuery('I\u0307stihdam')).toBe(foldQuery('İstihdam'));
  });
});

describe('foldDotlessI', () => {
  it.each([
    ['kırsal', 'kirsal'],
    ['Kırsal ve ıssız', 'Kirsal ve issiz'],
    ['KALKINMA', 'KALKINMA'],
    ['istihdam', 'istihdam'],
  ])('%j → %j, keeping case and length', (text, folded) => {
    expect(foldDotlessI(text)).toBe(folded);
    expect(foldDotlessI(text)).toHaveLength(text.length);
  });
});

describe('wordsWithDotlessI', () => {
  it('lists each word with ı once, in order', () => {
    expect(wordsWithDotlessI('Kırsal bölgelerde kırsal kalkınma ve istihdam; Kırsal.')).toEqual(['Kırsal', 'kırsal', 'kalkınma']);
  });
  it('finds none in text without ı', () => {
    expect(wordsWithDotlessI('KALKINMA istihdam İzmir')).toEqual([]);
  });
});

describe('restoreDotlessI', () => {
  const originals = ['kırsal', 'Kırsal', 'kalkınma'];
  it.each([
    ['kirsal bölgelerde', 'kırsal bölgelerde'],
    ['Kirsal kalkinma', 'Kırsal kalkınma'],
    ['bir kir', 'bir kir'],
    ['istihdam', 'istihdam'],
  ])('%j → %j', (folded, restored) => {
    expect(restoreDotlessI(folded, originals)).toBe(restored);
  });

  it('leaves text alone when the page has no ı-words', () => {
    expect(restoreDotlessI('kirsal', [])).toBe('kirsal');
  });

  it('undoes foldDotlessI for the words it was given', () => {
    const text = 'Kırsal bölgelerdeki kadın ve gençler; bakıma muhtaç nüfus.';
    expect(restoreDotlessI(foldDotlessI(text), wordsWithDotlessI(text))).toBe(text);
  });
});
