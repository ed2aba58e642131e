import { getCollection, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n';
import { ROUTES } from '../i18n/routes';
import { inReadingOrder, localeOf, pathOf, twinPaths } from './docs';
import type { LinkTarget } from './navigation';

/** The docs entries of one locale, in reading order. */
export async function docsOf(locale: Locale): Promise<CollectionEntry<'docs'>[]> {
  return inReadingOrder(await getCollection('docs', ({ id }) => localeOf(id) === locale));
}

let twins: Promise<Map<string, Record<string, string>>> | undefined;

/** Every docs page's address in each language (built once per build). */
export function docTwins(): Promise<Map<string, Record<string, string>>> {
  twins ??= getCollection('docs').then(twinPaths);
  return twins;
}

/** The address of a link target in a language. A guide page without a twin there is an error. */
export async function linkTo(target: LinkTarget, locale: Locale): Promise<string> {
  if ('route' in target) return ROUTES[target.route][locale];
  const path = (await docTwins()).get(target.doc)?.[locale];
  if (!path) throw new Error(`The page "${target.doc}" has no ${locale} version (translationOf)`);
  return path;
}

/**
 * A criterion's explainer section ("/calisma-modeli/#gelir-gider-farki-nasil-kullanilir", as the
 * core names it, in Turkish) in another language: the twin page, and its heading at the same place
 * (translations keep one heading per heading, in order). The build fails if there is none.
 */
export async function localizeSection(section: string, locale: Locale): Promise<string> {
  if (locale === defaultLocale) return section;
  const [path = '', anchor = ''] = section.split('#');
  const key = path.replaceAll('/', '');
  const entries = await getCollection('docs');
  const source = entries.find((entry) => entry.id === `${defaultLocale}/${key}`);
  const twin = entries.find((entry) => localeOf(entry.id) === locale && entry.data.translationOf === key);
  if (!source || !twin) throw new Error(`${section}: no ${locale} twin of the page`);
  const [{ headings: from }, { headings: to }] = await Promise.all([render(source), render(twin)]);
  const target = to[from.findIndex((heading) => heading.slug === anchor)];
  if (!target) throw new Error(`${section}: no ${locale} heading in the same place`);
  return `${pathOf(twin.id)}#${target.slug}`;
}
