import { describe, expect, test } from 'vitest';
import { localVoice, type VoiceLike } from '../../src/utils/local-voice';
import { sentencesOf, termRuns, utterancesOf } from '../../src/utils/listen';

/** A device with a network voice listed first for each language, as Chrome lists Google's voices. */
const VOICES: VoiceLike[] = [
  { name: 'Google Türkçe', lang: 'tr-TR', localService: false, default: true },
  { name: 'Yelda', lang: 'tr-TR', localService: true },
  { name: 'Google English', lang: 'en-GB', localService: false },
  { name: 'Daniel', lang: 'en_GB', localService: true },
  { name: 'Google عربي', lang: 'ar-SA', localService: false },
  { name: 'Maged', lang: 'ar-SA', localService: true },
];

describe.each([
  { lang: 'tr', voice: 'Yelda' },
  { lang: 'en', voice: 'Daniel' },
  { lang: 'ar', voice: 'Maged' },
])('localVoice for $lang', ({ lang, voice }) => {
  test('chooses the device’s own voice, never the network one listed first', () => {
    expect(localVoice(VOICES, lang)?.name).toBe(voice);
  });
  test('chooses none where the device has only a network voice', () => {
    expect(localVoice(VOICES.filter(({ localService }) => !localService), lang)).toBeUndefined();
  });
});

const voiceFor = (voices: readonly VoiceLike[]) => (lang: string) => localVoice(voices, lang);

describe('utterancesOf', () => {
  test('reads a Turkish term in Arabic text with the Turkish voice, in its own lang', () => {
    const runs = termRuns('يحدد قانون Kooperatifler Kanunu عدد المؤسسين.', 'ar', 'tr');
    expect(utterancesOf(runs, voiceFor(VOICES), 'ar').map(({ text, lang, voice }) => [text, lang, voice.name])).toEqual([
      ['يحدد قانون', 'ar', 'Maged'],
      ['Kooperatifler Kanunu', 'tr', 'Yelda'],
      ['عدد المؤسسين.', 'ar', 'Maged'],
    ]);
  });
  test('without a Turkish voice, the Arabic voice reads the whole sentence', () => {
    const voices = VOICES.filter(({ lang }) => !lang.startsWith('tr'));
    const runs = termRuns('يحدد قانون Kooperatifler Kanunu عدد المؤسسين.', 'ar', 'tr');
    expect(utterancesOf(runs, voiceFor(voices), 'ar').map(({ lang, voice }) => [lang, voice.name])).toEqual([['ar', 'Maged']]);
  });
  test('says nothing without a local voice for the page', () => {
    expect(utterancesOf([{ text: 'Kısaca.', lang: 'tr' }], voiceFor(VOICES.filter(({ localService }) => !localService)), 'tr')).toEqual([]);
  });
});

test.each([
  ['Bir. İki? Üç!', ['Bir.', 'İki?', 'Üç!']],
  ['هل أنت مؤسس؟ نعم', ['هل أنت مؤسس؟', 'نعم']],
  ['Başlık\n\n  metin  burada', ['Başlık', 'metin burada']],
  [' \n – ', []],
])('sentencesOf(%j)', (text, sentences) => {
  expect(sentencesOf(text)).toEqual(sentences);
});
