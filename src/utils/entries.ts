import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n';
import { inReadingOrder, localeOf } from './docs';

/** The docs entries of one locale, in reading order. */
export async function docsOf(locale: Locale): Promise<CollectionEntry<'docs'>[]> {
  return inReadingOrder(await getCollection('docs', ({ id }) => localeOf(id) === locale));
}
