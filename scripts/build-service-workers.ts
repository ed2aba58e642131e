/**
 * Writes one service worker per language with Workbox's generateSW (run after `astro build` and the
 * search index; part of `npm run build`), and fails the build when one language's download for
 * offline use goes over its budget (budgets.ts).
 *
 * Why one worker per language: the issue asks that opening any page of a language makes that whole
 * language work offline, within 400 KB. One worker for the site would download every language. So
 * each language's home is a worker's scope ("/sw.js" for "/", "/en/sw.js" for "/en/"), and the browser
 * gives each page to the most specific scope with a worker. Each worker precaches its language alone
 * (scripts/precache.ts); nothing else is cached at run time, so no answer or search can reach a cache.
 * Where the reader's browser asks to save data, a worker keeps only the files of that list the reader
 * opens (public/sw-save-data.js).
 * A page that is not precached goes to the network, and when that fails the offline page of the
 * path's language answers. The Turkish worker, whose scope "/" holds every language, keeps every
 * language's offline page for that, so that a reader who opened only Turkish pages still gets an
 * English page's notice in English. (Workbox's navigateFallback is not used: it would answer every
 * page not saved with the offline page, even online.) The limit of this design: a reader who opened
 * only English pages has no worker for "/", so a Turkish page followed offline gets the browser's
 * own offline message.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { OFFLINE_LANGUAGE_BUDGET } from '../budgets.ts';
import type { Locale } from '../src/i18n/index.ts';
import { ROUTES } from '../src/i18n/routes.ts';
import {
  OFFLINE_SIZE_FIGURE,
  localeOfPath,
  offlineLocales,
  offlineSizeSlot,
  workerScope,
  workerScript,
} from '../src/utils/offline.ts';
import {
  GUIDE_FILES,
  WORKER_IMPORTS,
  addressOf,
  localesInScope,
  offlineWeight,
  precacheFiles,
  precachedUrls,
  precacheManifestOptions,
} from './precache.ts';
import { RETIRED_WORKER, SHIPPED_WORKERS } from './retired-worker.ts';

const DIST = 'dist';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A page's address (ending in "/", with or without a query) in a language's scope: network first,
 * then that language's offline page. The most specific scope comes first, as Workbox takes the
 * first route that matches.
 */
const offlineFallbacks = (locale: Locale): RuntimeCaching[] =>
  localesInScope(locale)
    .sort((a, b) => workerScope(b).length - workerScope(a).length)
    .map((other) => ({
      urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(workerScope(other))}(?:[^?#]*/)?(?:\\?[^#]*)?$`),
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: `${ROUTES.offline[other]}index.html` } },
    }));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const problems: string[] = [];

const writeWorker = async (locale: Locale) => {
  const { count, warnings } = await generateSW({
    ...precacheManifestOptions(locale, DIST),
    swDest: join(DIST, workerScript(locale)),
    // Query strings never change a file here: Pagefind adds "?ts=" to its entry file, search adds "?q=".
    ignoreURLParametersMatching: [/.*/],
    cacheId: `guide-${locale}`,
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    skipWaiting: false,
    clientsClaim: false,
    importScripts: [...WORKER_IMPORTS],
    runtimeCaching: offlineFallbacks(locale),
  });
  problems.push(...warnings.map((warning) => `${locale}: ${warning}`));
  return count;
};

// Each worker's list of files and the offline page of each language in its scope, for a worker that
// keeps only what the reader opens (public/sw-save-data.js).
const guides = Object.fromEntries(
  await Promise.all(
    offlineLocales.map(async (locale) => [
      workerScope(locale),
      {
        files: await precachedUrls(locale, DIST),
        offline: Object.fromEntries(
          localesInScope(locale).map((other) => [workerScope(other), `${ROUTES.offline[other]}index.html`]),
        ),
      },
    ]),
  ),
);
writeFileSync(join(DIST, GUIDE_FILES), `self.GUIDE_FILES = ${JSON.stringify(guides)};\n`);

// The pages say what their language costs offline ("yaklaşık 350 KB", OfflineDownload.astro), which
// is known only once the workers are written; writing the figure changes the pages, and so their
// revisions and the weight. So: write the workers, weigh, write the figures, until no figure changes
// (the second round, in practice).
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
const counts = new Map<Locale, number>();
const weights = new Map<Locale, number>();
for (let round = 1, changed = true; changed; round++) {
  if (round > 4) throw new Error('The offline figures of the pages do not settle');
  for (const locale of offlineLocales) {
    counts.set(locale, await writeWorker(locale));
    weights.set(locale, await offlineWeight(locale, DIST));
  }
  changed = false;
  for (const file of pages) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const figure = offlineSizeSlot(Math.round(weights.get(localeOfPath(addressOf(file)))! / 1024));
    const written = html.replace(OFFLINE_SIZE_FIGURE, figure);
    if (written === html) continue;
    writeFileSync(join(DIST, file), written);
    changed = true;
  }
}
for (const locale of offlineLocales) {
  const files = precacheFiles(locale, DIST);
  const count = counts.get(locale)!;
  if (count !== files.length) problems.push(`${locale}: ${count} files precached, ${files.length} chosen`);
  const weight = weights.get(locale)!;
  console.log(
    `Service worker ${workerScript(locale)}: ${count} files, ${kb(weight)} to download for offline use (budget ${kb(OFFLINE_LANGUAGE_BUDGET)})`,
  );
  if (weight > OFFLINE_LANGUAGE_BUDGET)
    problems.push(
      `${locale}: ${kb(weight)} for offline use, over the budget of ${kb(OFFLINE_LANGUAGE_BUDGET)} (budgets.ts)`,
    );
}
const current: string[] = offlineLocales.map(workerScript);
for (const path of current)
  if (!(SHIPPED_WORKERS as readonly string[]).includes(path))
    problems.push(`${path}: a new worker path, add it to SHIPPED_WORKERS (scripts/retired-worker.ts)`);
for (const path of SHIPPED_WORKERS.filter((path) => !current.includes(path))) {
  mkdirSync(dirname(join(DIST, path)), { recursive: true });
  writeFileSync(join(DIST, path), RETIRED_WORKER);
  console.log(`Service worker ${path}: retired, clears its caches and unregisters`);
}
if (problems.length > 0) {
  console.error(`Service workers failed:\n${problems.join('\n')}`);
  process.exit(1);
}
