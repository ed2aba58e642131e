import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Built pages read with an HTML parser, never with patterns: the one reader of dist/'s HTML for the
 * build scripts (search index, precache list, headers) and, through tests/support/dist.ts, for the
 * tests. A pattern stops at the first closing tag of a name; a parser knows which one closes what.
 */

/** A built page as a tree. Scripts and styles stay raw text; <pre> is markup like any element (node-html-parser keeps it raw by default). */
export const parseBuiltPage = (html: string): HTMLElement =>
  parse(html, { blockTextElements: { script: true, style: true } });

/** The language a built page declares on its <html> element, or '' when it declares none. */
export const pageLanguage = (page: HTMLElement): string => page.querySelector('html')?.getAttribute('lang') ?? '';

/** The Content Security Policy of a page's <meta http-equiv>, entities decoded, or undefined. */
export const metaPolicy = (page: HTMLElement): string | undefined =>
  page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');

/**
 * The site files a page's <script src> and <link href> name (bundles, stylesheets, icons…), and the
 * scripts it loads on a press (`data-script`, as "Dinleyin" does), as paths from the site's root
 * without the leading "/".
 */
export const linkedFiles = (page: HTMLElement): string[] =>
  page
    .querySelectorAll('script[src], link[href], [data-script]')
    .map(
      (element) =>
        element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('data-script') ?? '',
    )
    .filter((address) => address.startsWith('/') && !address.startsWith('//'))
    .map((address) => address.slice(1));
