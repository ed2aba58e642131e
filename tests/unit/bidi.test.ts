import { describe, expect, it } from 'vitest';
import { isolateClass, latinRuns } from '../../src/utils/bidi';
import { isolateLatinRunsInPage } from '../../src/utils/bidi-html';

/** The runs `latinRuns` isolates, in order. */
const isolated = (text: string) =>
  latinRuns(text)
    .filter((segment) => segment.isolated)
    .map((segment) => segment.text);

describe('latinRuns', () => {
  it.each([
    ['النظام الأساسي (anasözleşme)', ['anasözleşme']],
    ['قانون التعاونيات رقم 1163 (1163 sayılı Kooperatifler Kanunu)', ['1163', '1163 sayılı Kooperatifler Kanunu']],
    ['نظام KOOPBİS, MERSİS للتسجيل', ['KOOPBİS, MERSİS']],
    ['سبعة أعضاء على الأقل (m. 2).', ['m. 2']],
    ['انظر https://koopbis.ticaret.gov.tr/ للتفاصيل', ['https://koopbis.ticaret.gov.tr/']],
    ['دعم KOOP-DES، ثم الجمعية العامة (genel kurul).', ['KOOP-DES', 'genel kurul']],
    ['السؤال 3 من 11', ['3', '11']],
    ['الحلف التعاوني الدولي (ICA)', ['ICA']],
    ['نص عربي فقط', []],
  ])('%j isolates %j', (text, runs) => {
    expect(isolated(text)).toEqual(runs);
  });

  it('loses nothing: the segments join into the text', () => {
    const text = 'مديرية التجارة في الولاية (il ticaret müdürlüğü)، ثم KOOPBİS. 7 أعضاء.';
    expect(
      latinRuns(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('leaves brackets and sentence punctuation outside the run, so they mirror with the Arabic', () => {
    expect(latinRuns('(anasözleşme).')).toEqual([
      { text: '(', isolated: false },
      { text: 'anasözleşme', isolated: true },
      { text: ').', isolated: false },
    ]);
  });
});

describe('isolateClass', () => {
  it.each([
    ['il ticaret müdürlüğü', 'unbroken'],
    ['gelir-gider farkı', 'unbroken'],
    ['1163 sayılı Kooperatifler Kanunu', 'unbroken'],
    ['anasözleşme', undefined],
    ['Esnaf, Sanatkârlar ve Kooperatifçilik Genel Müdürlüğü', undefined],
  ])('%j: %j', (run, className) => {
    expect(isolateClass(run)).toBe(className);
  });
});

describe('isolateLatinRunsInPage', () => {
  const page = (dir: string, body: string) =>
    `<!DOCTYPE html><html lang="x" dir="${dir}"><head><title>التعاونية (kooperatif)</title></head><body>${body}</body></html>`;

  it.each([
    [
      'a source list item',
      '<li><a href="/x">قانون التعاونيات (1163 sayılı Kooperatifler Kanunu)</a></li>',
      '<li><a href="/x">قانون التعاونيات (<bdi class="unbroken">1163 sayılı Kooperatifler Kanunu</bdi>)</a></li>',
    ],
    [
      'a text with entities',
      '<p>رمز (iframe) &amp; KOOP-DES &lt;</p>',
      '<p>رمز (<bdi>iframe</bdi>) &amp; <bdi class="unbroken">KOOP-DES</bdi> &lt;</p>',
    ],
    ['a Latin text alone in its element', '<p>نظام <b>KOOPBİS</b></p>', '<p>نظام <b><bdi>KOOPBİS</bdi></b></p>'],
    [
      'code, an existing <bdi>, a script',
      '<code>ortak</code><bdi>1163 sayılı</bdi><script>const a = "b c";</script>',
      '<code>ortak</code><bdi>1163 sayılı</bdi><script>const a = "b c";</script>',
    ],
    ['attributes', '<a title="ortak" href="/a-b">عضو</a>', '<a title="ortak" href="/a-b">عضو</a>'],
  ])('isolates %s', (_name, body, expected) => {
    expect(isolateLatinRunsInPage(page('rtl', body))).toBe(page('rtl', expected));
  });

  it('leaves the <head> and every left-to-right page as they are', () => {
    const ltr = page('ltr', '<p>1163 sayılı Kooperatifler Kanunu</p>');
    expect(isolateLatinRunsInPage(ltr)).toBe(ltr);
    expect(isolateLatinRunsInPage(page('rtl', ''))).toContain('<title>التعاونية (kooperatif)</title>');
  });
});
