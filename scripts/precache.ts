/**
 * What one language's service worker keeps on the device, and what that costs to download. Used by
 * scripts/build-service-workers.ts, which writes the workers and fails the build over budget, and by
 * tests/e2e/offline.spec.ts, which weighs what a built worker really lists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../src/i18n/index.ts';
import { addressesOf } from '../src/i18n/routes.ts';
import { localeOfPath, offlineLocales, workerScope, workerScript } from '../src/utils/offline.ts';
import { linkedFiles, parseBuiltPage } from '../src/utils/built-html.ts';
import { vocabularyFile } from '../src/utils/search-index.ts';
import { getManifest } from 'workbox-build';
import { gzipSize } from './sizes.ts';

const DIST = 'dist';

/** Imported by every worker, before Workbox's routes: how a waiting version takes over (public/sw-take-over.js). */
export const TAKE_OVER = '/sw-take-over.js';

/** Imported by every worker: each language's list of files, written by the build, for SAVE_DATA. */
export const GUIDE_FILES = '/sw-guide-files.js';

/** Imported by every worker: keeping only what the reader opens where data is to be saved (public/sw-save-data.js). */
export const SAVE_DATA = '/sw-save-data.js';

/** The scripts every worker imports, in their order: the guide's list before the script that reads it. */
export const WORKER_IMPORTS = [TAKE_OVER, GUIDE_FILES, SAVE_DATA] as const;

/** The address a built file answers at: "sozluk/index.html" → "/sozluk/". */
export const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Pages made for other sites' frames: a reader offline reads the guide itself, not an embed. */
const EMBEDDED = addressesOf('embed', 'embedResult');

/** The languages whose pages a worker may be asked for: its own, and those whose scope lies inside its own. */
export const localesInScope = (locale: Locale): Locale[] =>
  offlineLocales.filter((other) => other === locale || workerScope(other).startsWith(workerScope(locale)));

/** The built files a page needs: its bundles and its icon, then every bundle those bundles import (by file name). */
function assetsOf(pages: string[], dist: string): string[] {
  const bundles = new Set(readdirSync(join(dist, '_astro')));
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [name] of code.matchAll(/[\w.-]+\.(?:js|css)/g)) if (bundles.has(name)) visit(`_astro/${name}`);
  };
  for (const page of pages) {
    for (const path of linkedFiles(parseBuiltPage(readFileSync(join(dist, page), 'utf8')))) {
      if (/\.(?:js|css|svg)$/.test(path) && existsSync(join(dist, path))) visit(path);
    }
  }
  return [...found];
}

/** Pagefind's own files and the language's index: what the search page needs to search offline. */
function searchFiles(locale: Locale, dist: string): string[] {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const language = entry.languages[locale];
  if (!language) throw new Error(`Pagefind has no index for "${locale}" (dist/pagefind/pagefind-entry.json)`);
  const chunks = (folder: string) =>
    readdirSync(join(dist, 'pagefind', folder))
      .filter((name) => name.startsWith(`${locale}_`))
      .map((name) => `pagefind/${folder}/${name}`);
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${language.hash}.pf_meta`,
    `pagefind/wasm.${language.wasm}.pagefind`,
    `pagefind/${vocabularyFile(locale)}`,
    ...chunks('index'),
    ...chunks('fragment'),
  ];
}

/**
 * Every file (relative to dist/) that `locale`'s worker precaches: the language's pages (the wizard,
 * its result and search included; the embeds left out), the offline pages of every language in its
 * scope, the bundles and icon they use, and search.
 */
export function precacheFiles(locale: Locale, dist = DIST): string[] {
  const offline = addressesOf('offline');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .filter((file) => {
      const address = addressOf(file);
      if (EMBEDDED.includes(address)) return false;
      return (
        localeOfPath(address) === locale ||
        (offline.includes(address) && localesInScope(locale).includes(localeOfPath(address)))
      );
    });
  return [...pages, ...assetsOf(pages, dist), ...searchFiles(locale, dist)].sort();
}

/**
 * Bytes a file costs to download: gzip -9 as every budget counts (budgets.ts), or the file as it is
 * when it is smaller so (Pagefind's index files come compressed already).
 */
export function transferredSize(file: string, dist = DIST): number {
  const content = readFileSync(join(dist, file));
  return Math.min(content.length, gzipSize(content));
}

/**
 * Workbox's settings for the list `locale`'s worker precaches: the worker is written with them
 * (scripts/build-service-workers.ts), and the list is read back with them (precachedUrls).
 */
export function precacheManifestOptions(locale: Locale, dist = DIST) {
  return {
    globDirectory: dist,
    globPatterns: precacheFiles(locale, dist),
    // Absolute URLs: the English worker lives in /en/, and the bundles in /_astro/.
    modifyURLPrefix: { '': '/' },
    // Bundles carry a hash in their names; every other file gets Workbox's revision.
    dontCacheBustURLsMatching: /^\/_astro\//,
  };
}

/** The URLs `locale`'s worker precaches ("/_astro/x.js", "/sozluk/index.html"), as Workbox's getManifest lists them. */
export async function precachedUrls(locale: Locale, dist = DIST): Promise<string[]> {
  const { manifestEntries = [], warnings } = await getManifest(precacheManifestOptions(locale, dist));
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  return manifestEntries.map((entry) => (typeof entry === 'string' ? entry : entry.url));
}

/** What a reader downloads to use a language offline: every file its built worker precaches, the worker and what it imports. */
export async function offlineWeight(locale: Locale, dist = DIST): Promise<number> {
  const files = [...(await precachedUrls(locale, dist)), workerScript(locale), ...WORKER_IMPORTS].map((url) =>
    url.slice(1),
  );
  return files.reduce((sum, file) => sum + transferredSize(file, dist), 0);
}
