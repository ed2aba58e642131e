/**
 * Pure helpers over the docs collection: addresses, order and neighbours. They take the small shape
 * below rather than Astro's entry type, so that Vitest can test them without a build.
 */

export interface DocLike {
  /** The collection id: the file's path below src/content/docs without extension, e.g. "tr/sozluk". */
  id: string;
  data: { title: string; order: number; part: 'home' | 'guide' | 'about'; translationOf?: string | undefined };
}

/** The locale folder an entry lives in ("tr/sozluk" → "tr"). */
export function localeOf(id: string): string {
  return id.split('/')[0] ?? '';
}

/** The part of the address after the locale: "tr/sozluk" → "sozluk"; the home page ("tr/index" or "tr") → "". */
export function slugOf(id: string): string {
  const rest = id.split('/').slice(1).join('/');
  return rest === 'index' ? '' : rest.replace(/\/index$/, '');
}

/** The address of an entry, always with a trailing slash; the default locale has no prefix. */
export function pathOf(id: string, defaultLocale = 'tr'): string {
  const locale = localeOf(id);
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const slug = slugOf(id);
  return slug ? `${prefix}/${slug}/` : `${prefix}/`;
}

const PART_RANK = { home: 0, guide: 1, about: 2 } as const;

/** Reading order: the home page, then the guide, then the pages about the site; by `order` within each. */
export function inReadingOrder<T extends DocLike>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => PART_RANK[a.data.part] - PART_RANK[b.data.part] || a.data.order - b.data.order);
}

/**
 * The previous and next page of the same part, for the links at the foot of a page. The guide reads
 * as one sequence; the pages about the site as another; the home page has no neighbours.
 */
export function neighbours<T extends DocLike>(entries: readonly T[], current: T): { previous?: T; next?: T } {
  if (current.data.part === 'home') return {};
  const sequence = inReadingOrder(entries).filter((entry) => entry.data.part === current.data.part);
  const index = sequence.findIndex((entry) => entry.id === current.id);
  return { previous: sequence[index - 1], next: sequence[index + 1] };
}

/**
 * The language-neutral key of a page: its Turkish file name ("calisma-modeli"; "index" for the
 * home page). A Turkish page is its own key; a page of another language names its twin in
 * `translationOf`.
 */
export function twinKey(entry: DocLike, defaultLocale = 'tr'): string | undefined {
  return localeOf(entry.id) === defaultLocale ? slugOf(entry.id) || 'index' : entry.data.translationOf;
}

/** Every page's address in each language, by `twinKey`: the language switch and hreflang read it. */
export function twinPaths(entries: readonly DocLike[], defaultLocale = 'tr'): Map<string, Record<string, string>> {
  const twins = new Map<string, Record<string, string>>();
  for (const entry of entries) {
    const key = twinKey(entry, defaultLocale);
    if (key !== undefined) twins.set(key, { ...twins.get(key), [localeOf(entry.id)]: pathOf(entry.id, defaultLocale) });
  }
  return twins;
}
