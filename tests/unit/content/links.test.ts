/**
 * Internal links in the content go only to pages that exist, and to anchors that exist on them.
 * The pages are the files of src/content/docs/tr (file name = address); the few addresses served by
 * src/pages instead come from src/i18n/routes.ts. The published ids (src/i18n/anchors.ts) must exist.
 */
import { describe, expect, it } from 'vitest';
import { ANCHORS } from '../../../src/i18n/anchors';
import { ROUTES } from '../../../src/i18n/routes';
import { anchorsOf, linksOf, readPages } from './pages';

/** Addresses served by src/pages rather than by the content collection. */
const APP_ROUTES = new Set<string>(Object.values(ROUTES).map((route) => route.tr));

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
        `"${href}" goes to ${path}, which is neither a page of src/content/docs/tr nor in src/i18n/routes.ts`,
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

describe('the published ids (src/i18n/anchors.ts)', () => {
  it("name one anchor each, so that an id alone (a criterion's section) finds its page", () => {
    const ids = ANCHORS.map(({ id }) => id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(ANCHORS.map(({ address }) => address.tr.split('#') as [string, string]))('%s#%s exists', (path, id) => {
    const page = byPath.get(path);
    expect(page, `no page at ${path}`).toBeDefined();
    expect(anchorsOf(page!).has(id), `${page!.file} has no heading or element with id "${id}"`).toBe(true);
  });
});
