import { describe, expect, it } from 'vitest';
import { linkedFiles, metaPolicy, pageLanguage, parseBuiltPage } from '../../src/utils/built-html';

const page = (head: string, body = '') =>
  parseBuiltPage(`<!doctype html><html lang="ar" dir="rtl"><head>${head}</head><body>${body}</body></html>`);

describe('the reader of built pages', () => {
  it('reads the declared language, or none', () => {
    expect(pageLanguage(page(''))).toBe('ar');
    expect(pageLanguage(parseBuiltPage('<p>no html element</p>'))).toBe('');
  });

  it('reads the policy of the <meta>, entities decoded', () => {
    const policy = `default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-a+b/c=&#39;`;
    expect(metaPolicy(page(`<meta http-equiv="content-security-policy" content="${policy}">`))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a+b/c='",
    );
    expect(metaPolicy(page('<meta name="description" content="x">'))).toBeUndefined();
  });

  it('names the site files a page links or loads on a press, not other sites’ or a page’s own fragment', () => {
    const linked = page(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/b.js"></script>',
      '<a href="#x">x</a><script src="https://other.example/c.js"></script><link href="//cdn.example/d.css"><div data-script="/_astro/e.js"></div>',
    );
    expect(linkedFiles(linked)).toEqual(['_astro/a.css', 'favicon.svg', '_astro/b.js', '_astro/e.js']);
  });

  it('keeps a script’s text raw, whatever it holds', () => {
    const scripted = page('', '<script>const tag = "</p><div id=x>";</script><p id="y">text</p>');
    expect(scripted.querySelectorAll('[id]').map((element) => element.id)).toEqual(['y']);
  });
});
