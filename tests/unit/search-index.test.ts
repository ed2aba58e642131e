import { describe, expect, it } from 'vitest';
import { foldPageForIndex, pageLanguage, searchableWords } from '../../src/utils/search-index';

const page = (body: string) =>
  `<!doctype html><html lang="tr"><head><title>Sayfa</title><style>.ı{}</style></head><body>${body}</body></html>`;

describe('foldPageForIndex', () => {
  it('leaves a page without data-pagefind-body alone and marks it not indexable', () => {
    const html = page('<main>kırsal</main>');
    expect(foldPageForIndex(html)).toEqual({ indexable: false, html, words: [] });
  });

  it('folds ı in text, records the words, and keeps tags, attributes, scripts and styles', () => {
    const html = page(
      '<article data-pagefind-body><h2 id="kırsal">Kırsal bölgeler</h2><a href="/ı/" title="ı">kalkınma</a><script>const ı = 1;</script><!-- ı --></article>',
    );
    const { indexable, html: folded, words } = foldPageForIndex(html);
    expect(indexable).toBe(true);
    expect(words).toEqual(['Kırsal', 'kalkınma']);
    expect(folded).toContain('<h2 id="kırsal">Kirsal bölgeler</h2>');
    expect(folded).toContain('<a href="/ı/" title="ı">kalkinma</a>');
    expect(folded).toContain('<script>const ı = 1;</script>');
    expect(folded).toContain('<!-- ı -->');
    expect(folded).toContain('<style>.ı{}</style>');
    expect(folded).toContain('<article data-pagefind-body data-pagefind-meta="spelling:Kırsal kalkınma">');
  });

  it('folds Arabic vowel marks and alef forms in text, and records the words as written', () => {
    const html = page('<main data-pagefind-body><p lang="ar">الأعضاءُ <span title="أ">إدارة</span></p></main>');
    const { html: folded, words } = foldPageForIndex(html);
    expect(words).toEqual(['الأعضاءُ', 'إدارة']);
    expect(folded).toContain('<p lang="ar">الاعضاء <span title="أ">اداره</span></p>');
  });

  it('records no word of an ignored element, nested or not', () => {
    const html = page(
      '<main data-pagefind-body><p>kırsal</p><div data-pagefind-ignore><p>kapalı</p><div data-pagefind-ignore>açık</div></div></main>',
    );
    expect(foldPageForIndex(html).words).toEqual(['kırsal']);
  });

  it('reads the attribute written with an empty value too', () => {
    const html = page('<main data-pagefind-body="">ı</main>');
    expect(foldPageForIndex(html).html).toContain('<main data-pagefind-body data-pagefind-meta="spelling:ı">i</main>');
  });

  it('matches the attribute, not the words "data-pagefind-body" in text', () => {
    const html = page('<p>data-pagefind-body</p><main data-pagefind-body>ı</main>');
    expect(foldPageForIndex(html).html).toContain(
      '<p>data-pagefind-body</p> <main data-pagefind-body data-pagefind-meta="spelling:ı">i</main>',
    );
  });

  it('ends a word where a block ends, so that two list items do not run together', () => {
    const html = page('<main data-pagefind-body><ul><li>على الأقل</li><li>القاعدة</li></ul><p>a<b>b</b></p></main>');
    expect(foldPageForIndex(html).html).toContain('<li>علي الاقل</li> <li>القاعده</li> </ul> <p>a<b>b</b></p> ');
  });
});

describe('searchableWords', () => {
  it('takes the words of the indexed element, lower-cased by its language, less what it ignores', () => {
    const html = page(
      '<nav>Menü</nav><article data-pagefind-body><h1>KIRSAL Kalkınma</h1><nav data-pagefind-ignore>İçindekiler</nav><p>Göçmen 1163 ve <a href="/x/">risturn</a>&nbsp;ödenir</p><script>const gizli = 1;</script></article><footer>Altbilgi</footer>',
    );
    expect(searchableWords(html).sort()).toEqual(['göçmen', 'kalkınma', 'kırsal', 'risturn', 'ödenir']);
  });

  it('leaves out the whole of an ignored element, even one that holds another of its kind', () => {
    const html = page(
      '<article data-pagefind-body><nav data-pagefind-ignore><nav>İçindekiler</nav>Sızıntı</nav><section data-pagefind-ignore><section>Bölüm</section>Kaçak</section><pre><code id="kod-adi">sözcük</code></pre></article>',
    );
    expect(searchableWords(html)).toEqual(['sözcük']);
  });

  it('gives nothing for a page that is not indexed', () => {
    expect(searchableWords(page('<main>kırsal</main>'))).toEqual([]);
  });

  it('reads the page’s language', () => {
    expect(pageLanguage(page(''))).toBe('tr');
    expect(pageLanguage('<p>no html element</p>')).toBe('');
  });
});
