/**
 * The built site (dist/, after `npm run build`) as every test reads it: its pages as parsed trees
 * (src/utils/built-html.ts, the build's own reader), their ids, links and main text, and the lists of
 * pages. Tests that must visit every page take them from here, so a new page is tested without anyone
 * listing it. Each page is parsed once per test file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { parseBuiltPage } from '../../src/utils/built-html';
import { defaultLocale, locales, type Locale } from '../../src/i18n';
import { ROUTES, addressesOf, type RouteName } from '../../src/i18n/routes';
import { addressOf } from '../../scripts/precache';
import { distFile } from '../../scripts/sizes';

export const DIST = 'dist';

export interface BuiltPage {
  /** The file below dist/: "sozluk/index.html", "404.html". */
  file: string;
  /** The address it answers at: "/sozluk/", "/404.html". */
  address: string;
  document: HTMLElement;
}

const parsed = new Map<string, BuiltPage>();

function read(file: string): BuiltPage {
  let page = parsed.get(file);
  if (!page) {
    page = { file, address: addressOf(file), document: parseBuiltPage(readFileSync(`${DIST}/${file}`, 'utf8')) };
    parsed.set(file, page);
  }
  return page;
}

/** The built page at an address ("/sozluk/"). */
export const builtPage = (address: string): BuiltPage => read(distFile(address).slice(DIST.length + 1));

/** Every HTML file of the built site, Pagefind's own left out. */
export const builtPages = (): BuiltPage[] =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort()
    .map(read);

/** Every id on a page, in document order, repeats included. */
export const idsOf = (page: BuiltPage): string[] => page.document.querySelectorAll('[id]').map((element) => element.id);

/** Every address a page names: the href, src and action of every element (links, scripts, stylesheets, forms, images). */
export const addressesIn = (page: BuiltPage): string[] =>
  page.document
    .querySelectorAll('[href], [src], [action]')
    .flatMap((element) => ['href', 'src', 'action'].map((name) => element.getAttribute(name)))
    .filter((value): value is string => value !== undefined);

/** The addresses a reader can follow from a page: its links and its forms (the search form). */
export const followable = (page: BuiltPage): string[] =>
  page.document
    .querySelectorAll('a[href], form[action]')
    .map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? '');

/** Elements whose text is a block of its own for a reader: a paragraph, a list item, a heading, a cell… */
const BLOCK = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dt',
  'dd',
  'ul',
  'ol',
  'dl',
  'div',
  'table',
  'tr',
  'section',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'br',
]);
const NOT_TEXT = new Set(['script', 'style', 'template']);

/**
 * The blocks a reader reads in a page's main text (the `.prose` part of a guide page's article: after
 * the table of contents, before the sources): the text of each paragraph, list item, heading and table
 * cell, white space folded. A list inside a list item makes blocks of its own.
 */
export function mainTextBlocks(page: BuiltPage): string[] {
  const prose = page.document.querySelector('.prose');
  if (!prose) throw new Error(`${page.file}: no main text (.prose)`);
  const blocks: string[] = [''];
  const walk = (node: HTMLElement['childNodes'][number]) => {
    if (node.nodeType === 3) {
      blocks[blocks.length - 1] += node.text;
      return;
    }
    const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (NOT_TEXT.has(tag)) return;
    if (BLOCK.has(tag)) blocks.push('');
    node.childNodes.forEach(walk);
    if (BLOCK.has(tag)) blocks.push('');
  };
  walk(prose);
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block.length > 0);
}

/** The pages of the built site, read from its sitemap, as paths ("/sozluk/"). */
export function sitePages(): string[] {
  const sitemap = parseBuiltPage(readFileSync(`${DIST}/sitemap-0.xml`, 'utf8'));
  return sitemap
    .querySelectorAll('loc')
    .map((loc) => new URL(loc.text.trim()).pathname)
    .sort();
}

/**
 * Every page: the sitemap's, plus those it rightly leaves out because they have nothing to index
 * on their own: the 404 page, the result pages, whose content comes from a link's fragment, and the
 * wizard made for embedding (every page of src/i18n/routes.ts).
 */
export function allPages(): string[] {
  const routes = addressesOf(...(Object.keys(ROUTES) as RouteName[]));
  return [...new Set([...sitePages(), ...routes, '/404.html'])].sort();
}

/** The language a page is written in, by its address: its folder ("/en/", "/ar/"), else the default. */
export const languageOf = (path: string): Locale =>
  locales.find((locale) => locale !== defaultLocale && path.startsWith(`/${locale}/`)) ?? defaultLocale;
