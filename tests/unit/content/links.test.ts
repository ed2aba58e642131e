/**
 * Internal links in the content go only to pages that exist, and to anchors that exist on them.
 * The pages are the files of src/content/docs/tr (file name = address); the few addresses served by
 * src/pages instead are listed in APP_ROUTES. Ids the wizard and NGOs link to are pinned below.
 */
import { describe, expect, it } from 'vitest';
import { anchorsOf, linksOf, readPages } from './pages';

/** Addresses outside the content collection that pages may link to. */
const APP_ROUTES = new Set([
  '/uygunluk/', // the self-assessment (src/pages/uygunluk/, see shared/spec/wizard.md)
]);

/**
 * Section ids that other parts of the site link to: the wizard's result page links every criterion to
 * the section that explains it, and the home page links the eight features. Renaming a heading
 * breaks those links, so the ids are fixed here.
 */
const PINNED_ANCHORS: Array<[path: string, id: string]> = [
  ['/sosyal-kooperatif-nedir/', 'tanim'],
  ['/diger-kooperatiflerden-farki/', 'kamu-yarari-onceliklidir'],
  ['/calisma-modeli/', 'gelir-gider-farki-nasil-kullanilir'],
  ['/sosyal-girisim-modeli/', 'kamu-yarari-ve-kar-amaci-gutmeme'],
  ['/sosyal-girisim-modeli/', 'demokratik-katilim-ve-yonetim'],
  ['/sosyal-girisim-modeli/', 'dezavantajli-kisilere-yonelik-faaliyet-ve-sosyal-hizmetler'],
  ['/sosyal-girisim-modeli/', 'inovatif-cozumler'],
  ['/sosyal-girisim-modeli/', 'dezavantajli-kisilerin-istihdami'],
  ['/sosyal-girisim-modeli/', 'esnek-uyelik'],
  ['/sosyal-girisim-modeli/', 'basit-giris-ve-cikis'],
  ['/sosyal-girisim-modeli/', 'cok-paydasli-yonetim-ve-calisan-cogunlugu'],
  ['/nasil-kurulur/', 'yasal-on-kosullar'],
  ['/nasil-kurulur/', 'nereye-sorabilirsiniz'],
  ['/sozluk/', 'ortak'],
  ['/sozluk/', 'risturn'],
];

const pages = readPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
/** Links to other sites (https://) are left to tests/e2e/links.spec.ts, which checks them in the built pages. */
const links = pages
  .flatMap((page) => linksOf(page).map((href) => ({ file: page.file, href, page })))
  .filter(({ href }) => !href.startsWith('https://'));

describe('links in the content', () => {
  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(0);
  });

  it.each(links)('$file → $href', ({ href, page }) => {
    expect(href, 'Links to other sites use https://').not.toMatch(/^http:\/\//);
    expect(href, 'Only https://, mailto:, / and # links are used').toMatch(/^(?:mailto:|\/|#)/);
    if (href.startsWith('mailto:')) return;

    const [path = '', anchor] = href.split('#', 2);
    const target = path === '' ? page : byPath.get(path);
    if (path !== '') {
      expect(path, `"${href}": internal addresses end with a slash`).toMatch(/\/$/);
      expect(
        target !== undefined || APP_ROUTES.has(path),
        `"${href}" goes to ${path}, which is neither a page of src/content/docs/tr nor in APP_ROUTES`,
      ).toBe(true);
    }
    if (anchor !== undefined && target !== undefined) {
      const anchors = anchorsOf(target);
      expect(
        anchors.has(anchor),
        `"${href}": ${target.file} has no id "${anchor}". Its ids: ${[...anchors].join(', ')}`,
      ).toBe(true);
    }
  });
});

describe('ids that other pages and the wizard link to', () => {
  it.each(PINNED_ANCHORS)('%s#%s exists', (path, id) => {
    const page = byPath.get(path);
    expect(page, `no page at ${path}`).toBeDefined();
    expect(anchorsOf(page!).has(id), `${page!.file} has no heading or element with id "${id}"`).toBe(true);
  });
});
