/**
 * The writing conventions of shared/domain/facts.md ("Words") and of the style guide that need more than
 * a term list: "ortak (üye)" at first mention, no h1 in a body, no ALL CAPS headings, no "click here"
 * links. The spellings of single terms ("kâr", "anasözleşme", "iş birliği"…) are kept by textlint
 * (terms.prh.yml, `npm run lint:text`).
 */
import { describe, expect, it } from 'vitest';
import { inlineText, plainText, readPages } from './pages';

const pages = readPages();

/** The body without text in “typographic quotes”, where a page may cite a wrong spelling on purpose. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, ' ');
}

describe.each(pages)('$file', (page) => {
  const text = unquoted(plainText(page.body)).normalize('NFC');

  it('says "ortak (üye)" where "ortak" first appears', () => {
    const first = /(?<!\p{L})[Oo]rta[kğ]\p{L}*/u.exec(text);
    if (!first) return;
    const after = text.slice(first.index + first[0].length, first.index + first[0].length + 8);
    expect(
      after,
      `first mention "${first[0]}" should be followed by its plain word in brackets, e.g. "ortak (üye)"`,
    ).toMatch(/^\s*\(üye/u);
  });

  it('starts its headings at ## (the title is the h1)', () => {
    expect(page.body).not.toMatch(/^\s{0,3}#\s/m);
  });

  it('has no ALL CAPS headings', () => {
    for (const [, heading = ''] of page.body.matchAll(/^\s{0,3}#{2,6}\s+(.+)$/gm)) {
      const words = inlineText(heading).match(/\p{L}{2,}/gu) ?? [];
      const shouting = words.filter((word) => word === word.toLocaleUpperCase('tr'));
      expect(shouting.length, `heading "${heading}" is in capitals`).toBeLessThan(2);
    }
  });

  it('has no "tıklayın" links: link text says where the link goes', () => {
    expect(text).not.toMatch(/tıkla/iu);
  });
});

describe('the home page', () => {
  it('holds one start button for the self-assessment, on its own line', () => {
    const home = pages.find((page) => page.path === '/');
    expect(home, 'no index.mdx').toBeDefined();
    expect(home!.body.match(/^<StartButton \/>$/gm) ?? []).toHaveLength(1);
  });
});
