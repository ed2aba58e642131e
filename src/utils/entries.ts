import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n';
import { ROUTES } from '../i18n/routes';
import { inReadingOrder, localeOf, twinPaths } from './docs';
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
