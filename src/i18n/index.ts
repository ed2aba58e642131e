import { ar } from './ar';
import { en } from './en';
import { format } from './format';
import { tr, type UiKey } from './tr';

/** Turkish first, unprefixed; English under /en/, Arabic under /ar/. The order is the language switch's. */
export const locales = ['tr', 'en', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'tr';

/** The interface words of every language: the one table of them that code and tests read. */
export const dictionaries: Record<Locale, Record<UiKey, string>> = { tr, en, ar };

/**
 * BCP 47 tags for dates, numbers and upper-casing: Turkish needs its own rules for i/İ and ı/I;
 * Arabic writes Western digits (nu-latn), as the Turkish forms its readers fill in do, and the
 * Levantine month names its Syrian readers use (SY: "كانون الأول", not "ديسمبر").
 */
export const localeTags: Record<Locale, string> = { tr: 'tr-TR', en: 'en-GB', ar: 'ar-SY-u-nu-latn' };

/** The writing direction of each language: the layout mirrors for right-to-left ones. */
export const directions: Record<Locale, 'ltr' | 'rtl'> = { tr: 'ltr', en: 'ltr', ar: 'rtl' };

/** Each language's name in itself, as the language switch shows it. */
export const languageNames: Record<Locale, string> = { tr: 'Türkçe', en: 'English', ar: 'العربية' };

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/** The language of the page being built, from `Astro.currentLocale`: what a component inside MDX writes in. */
export const pageLocale = (current: string | undefined): Locale =>
  current && isLocale(current) ? current : defaultLocale;

/**
 * The words of one locale. `{name}` placeholders are filled from `values`, so that word order
 * stays in the dictionary, where a translator can change it.
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return function t(key: UiKey, values: Record<string, string | number> = {}): string {
    return format(dictionary[key], values);
  };
}

/** A date as the reader's locale writes it, e.g. "26 Kasım 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
