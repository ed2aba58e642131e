import { readFileSync } from 'node:fs';

/**
 * The pages of the built site, read from its sitemap, as paths ("/sozluk/"). Tests that must visit
 * every page take them from here, so a new page is tested without anyone listing it.
 */
export function sitePages(): string[] {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname).sort();
}

/** The pages plus the 404 page, which the sitemap rightly leaves out. */
export function allPages(): string[] {
  return [...sitePages(), '/404.html'];
}
