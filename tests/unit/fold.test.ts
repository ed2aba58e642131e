import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../src/utils/arabic';
import { foldQuery, foldText, restoreSpelling, wordsChangedByFolding } from '../../src/utils/fold';

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

describe('foldArabic', () => {
  it.each([
    // Harakat and tatweel go; the letters stay.
    ['الجَمْعِيَّةُ', 'الجمعيه'],
    ['تـعـاونـيـة', 'تعاونيه'],
    // Every alef as people type it is the bare alef.
    ['أعضاء', 'اعضاء'],
    ['إدارة', 'اداره'],
    ['آخر', 'اخر'],
    ['ٱلتعاونية', 'التعاونيه'],
    // Final ى and ة as their everyday look-alikes.
    ['مستوى', 'مستوي'],
    // The same with a decomposed hamza (alef + combining hamza above).
    ['\u0627\u0654عضاء', 'اعضاء'],
    // Other scripts and digits are left alone.
    ['anasözleşme 1163', 'anasözleşme 1163'],
  ])('%j → %j', (text, folded) => {
    expect(foldArabic(text)).toBe(folded);
  });

  it('gives one key for every spelling of a word', () => {
    const spellings = ['الأعضاء', 'الاعضاء', 'الأعضاءُ', 'الإعضاء', 'الآعضاء', 'الـأعضاء'];
    expect(new Set(spellings.map(foldArabic)).size).toBe(1);
  });
});

describe('wordsChangedByFolding', () => {
  it('lists each word with ı once, in order', () => {
    expect(wordsChangedByFolding('Kırsal bölgelerde kırsal kalkınma ve istihdam; Kırsal.')).toEqual([
      'Kırsal',
      'kırsal',
      'kalkınma',
    ]);
  });
  it('finds none in text without ı', () => {
    expect(wordsChangedByFolding('KALKINMA istihdam İzmir')).toEqual([]);
  });
  it('leaves out a word whose folded form another spelling of the text shares', () => {
    expect(wordsChangedByFolding('قبل أن تبدأ، إن كان الأعضاء ان')).toEqual(['تبدأ', 'الأعضاء']);
    expect(wordsChangedByFolding('يسمّي القانون ما يسمّى')).toEqual([]);
    expect(wordsChangedByFolding('kırsal kirsal kalkınma')).toEqual(['kalkınma']);
  });
});

describe('restoreSpelling', () => {
  const originals = ['kırsal', 'Kırsal', 'kalkınma'];
  it.each([
    ['kirsal bölgelerde', 'kırsal bölgelerde'],
    ['Kirsal kalkinma', 'Kırsal kalkınma'],
    ['bir kir', 'bir kir'],
    ['istihdam', 'istihdam'],
  ])('%j → %j', (folded, restored) => {
    expect(restoreSpelling(folded, originals)).toBe(restored);
  });

  it('leaves text alone when the page has no ı-words', () => {
    expect(restoreSpelling('kirsal', [])).toBe('kirsal');
  });

  it('undoes the folding for the words it was given', () => {
    const text = 'Kırsal bölgelerdeki kadın ve gençler; bakıma muhtaç nüfus.';
    expect(restoreSpelling(foldText(text), wordsChangedByFolding(text))).toBe(text);
  });
});
