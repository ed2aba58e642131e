import { readFileSync } from 'node:fs';

/**
 * The pages of the built site, read from its sitemap, as paths ("/sozluk/"). Tests that must visit
 * every page take them from here, so a new page is tested without anyone listing it.
 */
export function sitePages(): string[] {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname).sort();
}

/**
 * Every page: the sitemap's, plus those it rightly leaves out because they have nothing to index
 * on their own: the 404 page, and the result page, whose content comes from a link's fragment.
 */
export function allPages(): string[] {
  return [...sitePages(), '/uygunluk/sonuc/', '/en/eligibility/result/', '/404.html'];
}

/** The language a page is written in, by its address. */
export const languageOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'tr');
