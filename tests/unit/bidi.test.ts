import { describe, expect, it } from 'vitest';
import { docsLocaleOf, isolateLatinRuns, latinRuns } from '../../src/utils/bidi';

/** The runs `latinRuns` isolates, in order. */
const isolated = (text: string) => latinRuns(text).filter((segment) => segment.isolated).map((segment) => segment.text);

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
    expect(latinRuns(text).map((segment) => segment.text).join('')).toBe(text);
  });

  it('leaves brackets and sentence punctuation outside the run, so they mirror with the Arabic', () => {
    expect(latinRuns('(anasözleşme).')).toEqual([
      { text: '(', isolated: false },
      { text: 'anasözleşme', isolated: true },
      { text: ').', isolated: false },
    ]);
  });
});

describe('isolateLatinRuns', () => {
  const file = (path: string) => new URL(`file:///work/site/src/content/docs/${path}`);
  it('runs on right-to-left pages only', () => {
    expect(docsLocaleOf(file('ar/glossary.mdx'))).toBe('ar');
    expect(isolateLatinRuns({ fileURL: file('ar/glossary.mdx') })).not.toBeNull();
    expect(isolateLatinRuns({ fileURL: file('en/glossary.mdx') })).toBeNull();
    expect(isolateLatinRuns({ fileURL: file('tr/sozluk.mdx') })).toBeNull();
    expect(isolateLatinRuns({ fileURL: undefined })).toBeNull();
  });

  it('wraps each run of a text node in <bdi>, and leaves code alone', () => {
    const plugin = isolateLatinRuns({ fileURL: file('ar/glossary.mdx') })!;
    const replaced: unknown[][] = [];
    const ctx = (tagName: string) => ({ parent: () => ({ type: 'element', tagName }), replaceNode: (_node: unknown, nodes: unknown[]) => replaced.push(nodes) });
    plugin.text({ type: 'text', value: 'العضو (ortak)' }, ctx('p'));
    plugin.text({ type: 'text', value: 'ortak' }, ctx('code'));
    plugin.text({ type: 'text', value: 'بلا' }, ctx('p'));
    expect(replaced).toEqual([
      [
        { type: 'text', value: 'العضو (' },
        { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: 'ortak' }] },
        { type: 'text', value: ')' },
      ],
    ]);
  });
});
