import { describe, expect, it } from 'vitest';
import { atesman, countText } from '../../src/utils/readability';

describe('countText', () => {
  it.each([
    { blocks: ['Kâr amacı gütmezler.'], words: 3, sentences: 1, syllables: 7 },
    { blocks: ['Bir oy. İki oy! Üç mü?'], words: 6, sentences: 3, syllables: 7 },
    // A block without a full stop (a heading, a list item) still ends its sentence.
    { blocks: ['Genel kurul', 'Yönetim kurulu'], words: 4, sentences: 2, syllables: 10 },
    // Numbers are not words; an abbreviation's dot ("m.") ends a sentence, a small error accepted.
    { blocks: ['1163 sayılı Kanun, m. 48 der.'], words: 4, sentences: 2, syllables: 6 },
    { blocks: ['İŞSİZ ÖĞRENCİ'], words: 2, sentences: 1, syllables: 5 },
    { blocks: ['', '  '], words: 0, sentences: 0, syllables: 0 },
  ])('$blocks', ({ blocks, words, sentences, syllables }) => {
    expect(countText(blocks)).toEqual({ words, sentences, syllables });
  });
});

describe('atesman', () => {
  it('applies 198.825 − 40.175 × syllables/word − 2.610 × words/sentence', () => {
    // 6 words, 2 sentences, 16 syllables (ko-o-pe-ra-tif has five).
    expect(atesman(['Kooperatif bir ortaklıktır. Ortaklar oy verir.'])).toBeCloseTo(
      198.825 - 40.175 * (16 / 6) - 2.61 * (6 / 2),
      10,
    );
  });

  it('scores short sentences of short words higher than long ones', () => {
    expect(atesman(['Biz bir iş kurduk. Ekmek yapıyoruz.'])).toBeGreaterThan(
      atesman([
        'Dezavantajlı kişilerin çalışma hayatına entegrasyonunun sağlanması konusunda uzmanlaşmış kooperatiflerdir.',
      ]),
    );
  });

  it('is NaN for text with no word', () => {
    expect(atesman(['', '42'])).toBeNaN();
  });
});
