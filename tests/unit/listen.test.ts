import { describe, expect, test } from 'vitest';
import { localVoice, type VoiceLike } from '../../src/utils/local-voice';
import { LOCAL_VOICE, NETWORK_VOICES, VOICES } from '../support/voices';
import { sentencesOf, termRuns, utterancesOf } from '../../src/utils/listen';

describe.each(Object.entries(LOCAL_VOICE).map(([lang, voice]) => ({ lang, voice })))(
  'localVoice for $lang',
  ({ lang, voice }) => {
    test('chooses the device’s own voice, never the network one listed first', () => {
      expect(localVoice(VOICES, lang)?.name).toBe(voice);
    });
    test('chooses none where the device has only a network voice', () => {
      expect(localVoice(NETWORK_VOICES, lang)).toBeUndefined();
    });
  },
);

const voiceFor = (voices: readonly VoiceLike[]) => (lang: string) => localVoice(voices, lang);

describe('utterancesOf', () => {
  test('reads a Turkish term in Arabic text with the Turkish voice, in its own lang', () => {
    const runs = termRuns('يحدد قانون Kooperatifler Kanunu عدد المؤسسين.', 'ar', 'tr');
    expect(utterancesOf(runs, voiceFor(VOICES), 'ar').map(({ text, lang, voice }) => [text, lang, voice.name])).toEqual(
      [
        ['يحدد قانون', 'ar', 'Maged'],
        ['Kooperatifler Kanunu', 'tr', 'Yelda'],
        ['عدد المؤسسين.', 'ar', 'Maged'],
      ],
    );
  });
  test('without a Turkish voice, the Arabic voice reads the whole sentence', () => {
    const voices = VOICES.filter(({ lang }) => !lang.startsWith('tr'));
    const runs = termRuns('يحدد قانون Kooperatifler Kanunu عدد المؤسسين.', 'ar', 'tr');
    expect(utterancesOf(runs, voiceFor(voices), 'ar').map(({ lang, voice }) => [lang, voice.name])).toEqual([
      ['ar', 'Maged'],
    ]);
  });
  test('says nothing without a local voice for the page', () => {
    expect(utterancesOf([{ text: 'Kısaca.', lang: 'tr' }], voiceFor(NETWORK_VOICES), 'tr')).toEqual([]);
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
