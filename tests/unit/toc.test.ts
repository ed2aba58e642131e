import { describe, expect, it } from 'vitest';
import { MIN_SECTIONS_FOR_TOC, tableOfContents, type Heading } from '../../src/utils/toc';

const h = (depth: number, slug: string): Heading => ({ depth, slug, text: slug.toUpperCase() });

describe('tableOfContents', () => {
  it('nests h3 under the h2 before it', () => {
    const toc = tableOfContents([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]);
    expect(toc.map(({ slug, children }) => [slug, children.map((child) => child.slug)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });

  it.each([
    [[h(2, 'a'), h(2, 'b')], 0],
    [[h(2, 'a'), h(2, 'b'), h(2, 'c')], 3],
    [[h(2, 'a'), h(4, 'deep'), h(5, 'deeper')], 0],
  ])('is empty for pages with fewer than %#th minimum of sections', (headings, entries) => {
    expect(tableOfContents(headings)).toHaveLength(entries);
  });

  it('keeps an h3 that comes before any h2 as an entry of its own', () => {
    expect(tableOfContents([h(3, 'x'), h(2, 'a'), h(2, 'b')]).map(({ slug }) => slug)).toEqual(['x', 'a', 'b']);
  });

  it('needs at least the documented number of sections', () => {
    const headings = Array.from({ length: MIN_SECTIONS_FOR_TOC - 1 }, (_, i) => h(2, `s${i}`));
    expect(tableOfContents(headings)).toEqual([]);
    expect(tableOfContents([...headings, h(2, 'last')])).toHaveLength(MIN_SECTIONS_FOR_TOC);
  });
});
