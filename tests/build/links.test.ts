/**
 * Every link in the built site, checked without a browser or a network: internal links must reach
 * a file, and a `#fragment` an element with that id; external links must be well-formed https
 * addresses (they are not fetched: the machines that run the tests have no internet).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, addressesIn, builtPage, allPages, builtPages, followable, idsOf, sitePages } from '../support/dist';

const pages = builtPages();
const idsByAddress = new Map(pages.map((page) => [page.address, new Set(idsOf(page))]));
const links = pages.flatMap((page) => addressesIn(page).map((target) => ({ from: page.address, target })));

/**
 * The site's own origin, as the home page's canonical link names it: SITE_URL, or the local preview's where
 * the build had none (src/utils/site-address.ts). Absolute links to it (canonical, alternates, social cards)
 * are the site's own, checked as internal links.
 */
const SITE_ORIGIN = new URL(builtPage('/').document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '')
  .origin;

/** A link's address within the site, or undefined for another site's (or a mailto:) link. */
function ownTarget(target: string): string | undefined {
  if (!/^[a-z]+:/i.test(target)) return target;
  return target.startsWith(`${SITE_ORIGIN}/`) ? target.slice(SITE_ORIGIN.length) : undefined;
}

/** The built file behind an internal address, if any. */
function fileFor(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [join(pathname, 'index.html')] : [pathname, `${pathname}.html`];
  return candidates.map((candidate) => join(DIST, decodeURIComponent(candidate))).find((path) => existsSync(path));
}

/** The site's own pages a reader can follow to from each page: its links and its forms (the search form). */
const followableByAddress = new Map(
  pages.map((page) => [
    page.address,
    followable(page)
      .map((target) => new URL(target, `http://site${page.address}`))
      .filter((url) => url.host === 'site')
      .map((url) => url.pathname),
  ]),
);

describe('the links of the built site', () => {
  it('following links (and the search form) from the home page reaches every page of the site', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      for (const next of (followableByAddress.get(path) ?? []).filter((target) => !seen.has(target))) {
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(sitePages()));
  });

  it('every page of the site is read, and each has links to check', () => {
    expect(pages.map((page) => page.address)).toEqual(expect.arrayContaining(allPages()));
    for (const page of pages)
      expect(
        links.some(({ from }) => from === page.address),
        page.file,
      ).toBe(true);
  });

  it('every internal link reaches a file, and every #fragment an element', () => {
    const broken: string[] = [];
    for (const { from, target } of links.filter(({ target }) => ownTarget(target) !== undefined)) {
      const url = new URL(ownTarget(target)!, `http://site${from}`);
      const file = fileFor(url.pathname);
      if (!file) broken.push(`${from} → ${target}: no such file`);
      // A result link's fragment carries answers ("#v=1&focus=…"), not an element's id.
      else if (url.hash && !url.hash.includes('=') && file.endsWith('.html')) {
        const ids = idsByAddress.get(`/${relative(DIST, file).replace(/(^|\/)index\.html$/, '$1')}`);
        if (!ids?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from} → ${target}: no element with that id`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every external link is a well-formed https address', () => {
    const external = links.filter(
      ({ target }) => /^[a-z]+:/i.test(target) && ownTarget(target) === undefined && !target.startsWith('mailto:'),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const { from, target } of external) {
      expect(() => new URL(target), `${from} → ${target}`).not.toThrow();
      expect(new URL(target).protocol, `${from} → ${target}`).toBe('https:');
      expect(target, `${from} → ${target}`).not.toMatch(/\s/);
    }
  });
});
