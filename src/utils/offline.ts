// With extensions: scripts/build-service-workers.ts and scripts/build-headers.ts run this file in Node.
import type { Locale } from '../i18n/index.ts';
import { ROUTES } from '../i18n/routes.ts';

/**
 * Where each language's offline pieces live. Each language has its own service worker, whose scope
 * is the language's home ("/" for Turkish, "/en/" for English): the browser hands a page to the
 * worker with the most specific scope, so a reader who opens a page in one language downloads that
 * language alone (scripts/build-service-workers.ts says why, and what each one keeps).
 */

/** Every language with a home page, in the order of ROUTES (src/i18n/routes.ts). */
export const offlineLocales = Object.keys(ROUTES.home) as Locale[];

export const workerScope = (locale: Locale): string => ROUTES.home[locale];
export const workerScript = (locale: Locale): string => `${workerScope(locale)}sw.js`;
export const manifestPath = (locale: Locale): string => `${workerScope(locale)}manifest.webmanifest`;

/** The language of a site path: the one whose home is its longest prefix ("/en/x/" → "en", "/x/" → "tr"). */
export function localeOfPath(path: string): Locale {
  const homes = offlineLocales.filter((locale) => path.startsWith(workerScope(locale)));
  return homes.sort((a, b) => workerScope(b).length - workerScope(a).length)[0]!;
}

/**
 * Where a page says what its language costs to download for offline use: written empty by the page
 * (OfflineDownload.astro), filled in kilobytes by scripts/build-service-workers.ts, which alone knows
 * the figure once the language's files are built.
 */
export const offlineSizeSlot = (kilobytes?: number): string => `<span data-offline-size>${kilobytes ?? ''}</span>`;
export const OFFLINE_SIZE_SLOT = offlineSizeSlot();
/** The slot, empty or filled, wherever a page has it. */
export const OFFLINE_SIZE_FIGURE = /<span data-offline-size>\d*<\/span>/g;
