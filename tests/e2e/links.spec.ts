import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allPages, sitePages } from './site';
// Plain Playwright, not ./fixtures: these checks read files and need no browser page.
import { expect, test } from '@playwright/test';

/**
 * Every link in the built site, checked without a browser or a network: internal links must reach
 * a file, and a `#fragment` an element with that id; external links must be well-formed https
 * addresses (they are not fetched: the machines that run the tests have no internet).
 */
const DIST = 'dist';

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));

/** The address a built file answers at: "sozluk/index.html" → "/sozluk/". */
const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const idsByAddress = new Map(pages.map(({ file, html }) => [addressOf(file), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!))]));

/** The built file behind an internal address, if any. */
function fileFor(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [join(pathname, 'index.html')] : [pathname, `${pathname}.html`];
  return candidates.map((candidate) => join(DIST, decodeURIComponent(candidate))).find((path) => existsSync(path));
}

const links = pages.flatMap(({ file, html }) =>
  [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map(([, target]) => ({ from: addressOf(file), target: target!.replaceAll('&amp;', '&') })),
);

/** The pages a reader can follow to from each page: its links and its forms (the search form). */
const followable = new Map(
  pages.map(({ file, html }) => {
    const from = addressOf(file);
    const targets = [...html.matchAll(/<(?:a|form)\s(?:[^>]*?\s)?(?:href|action)="([^"]*)"/g)].map(([, target]) => target!.replaceAll('&amp;', '&'));
    return [from, targets.map((target) => new URL(target, `http://site${from}`)).filter((url) => url.host === 'site').map((url) => url.pathname)];
  }),
);

test('following links (and the search form) from the home page reaches every page of the site', () => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const next of (followable.get(path) ?? []).filter((target) => !seen.has(target))) {
      seen.add(next);
      queue.push(next);
    }
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(sitePages()));
});

test('every page of the site is read, and each has links to check', () => {
  expect(pages.map(({ file }) => addressOf(file))).toEqual(expect.arrayContaining(allPages()));
  for (const { file } of pages) expect(links.some(({ from }) => from === addressOf(file)), file).toBe(true);
});

test('every internal link reaches a file, and every #fragment an element', () => {
  const broken: string[] = [];
  for (const { from, target } of links.filter(({ target }) => !/^[a-z]+:/i.test(target))) {
    const url = new URL(target, `http://site${from}`);
    const file = fileFor(url.pathname);
    if (!file) broken.push(`${from} → ${target}: no such file`);
    else if (url.hash && file.endsWith('.html')) {
      const ids = idsByAddress.get(addressOf(relative(DIST, file)));
      if (!ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${target}: no element with that id`);
    }
  }
  expect(broken).toEqual([]);
});

test('every external link is a well-formed https address', () => {
  const external = links.filter(({ target }) => /^[a-z]+:/i.test(target));
  expect(external.length).toBeGreaterThan(0);
  for (const { from, target } of external) {
    expect(() => new URL(target), `${from} → ${target}`).not.toThrow();
    expect(new URL(target).protocol, `${from} → ${target}`).toBe('https:');
    expect(target, `${from} → ${target}`).not.toMatch(/\s/);
  }
});
