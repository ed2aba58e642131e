import { readFileSync } from 'node:fs';
import { defaultLocale, locales, type Locale } from '../../src/i18n';
import { ROUTES, addressesOf, type RouteName } from '../../src/i18n/routes';

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
