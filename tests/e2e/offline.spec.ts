import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { test as withoutPage, type Page } from '@playwright/test';
import { OFFLINE_LANGUAGE_BUDGET } from '../../budgets';
import { offlineWeight, precachedUrls } from '../../scripts/precache';
import { RETIRED_WORKER } from '../../scripts/retired-worker';
import { defaultLocale, dictionaries, directions, type Locale } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { ANSWER_KEYS } from '../../src/machines/answers';
import { encodeAnswers } from '../../src/machines/codec';
import { localeOfPath, manifestPath, offlineLocales, workerScope, workerScript } from '../../src/utils/offline';
import { MATCHING_PLAN } from '../support/plans';
import { ORIGIN } from './servers';
import { expect, test } from './fixtures';
import { RESULT, WIZARD, pressButton, resultLink, walkToResult, wizardLink, words } from './wizard-driver';

/**
 * Offline use (issue 11): each language's service worker (scripts/build-service-workers.ts), tried
 * with Playwright's offline mode after one visit with a connection.
 */

// The suite blocks service workers elsewhere (playwright.config.ts).
test.use({
  serviceWorkers: 'allow',
  // Offline, the browser's own check for a new version of the worker fails, and says so.
  expectedConsole: [/^error: An unknown error occurred when fetching the script\./],
});

/** The pages a language's built worker keeps, as addresses: "/sozluk/index.html" → "/sozluk/". */
const savedPages = async (locale: Locale) =>
  (await precachedUrls(locale))
    .filter((url) => url.endsWith('index.html'))
    .map((url) => url.replace(/index\.html$/, ''));

/** Opens `path` with a connection and waits until its language's worker has saved everything and is in charge. */
async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const scope = workerScope(localeOfPath(new URL(path, 'http://site').pathname));
  await page.evaluate(async (scope) => {
    const url = new URL(scope, location.href).href;
    // The page registers its worker once loaded; installing is saving every file.
    for (;;) {
      const registration = await navigator.serviceWorker.getRegistration(url);
      if (registration?.scope === url && registration.active?.state === 'activated') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, scope);
}

test.describe('after one visit with a connection', () => {
  for (const locale of offlineLocales) {
    test(`${locale}: every page of the language opens offline`, async ({ page, context }) => {
      await visitOnce(page, ROUTES.home[locale]);
      await context.setOffline(true);
      for (const path of await savedPages(locale)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('html'), path).toHaveAttribute('lang', localeOfPath(path));
        await expect(page.locator('h1'), path).toHaveCount(1);
      }
    });
  }

  test('a page not saved, or in a language not opened yet, gives the offline page in its own language', async ({
    page,
    context,
  }) => {
    await visitOnce(page, ROUTES.home.tr);
    await context.setOffline(true);
    const otherLanguages = offlineLocales.filter((locale) => locale !== defaultLocale);
    const notSaved = [
      ROUTES.embed.tr,
      '/bu-sayfa-yok/',
      ...otherLanguages.flatMap((locale) => [ROUTES.home[locale], ROUTES.wizard[locale]]),
    ];
    for (const path of notSaved) {
      await page.goto(path);
      const words = dictionaries[localeOfPath(path)];
      await expect(page.locator('h1'), path).toHaveText(words['offline.title']);
      await expect(page.getByText(words['offline.missing'])).toBeVisible();
      // It says what still works, with links to it.
      await expect(page.getByRole('main').getByRole('link', { name: words['nav.wizard'] })).toHaveAttribute(
        'href',
        ROUTES.wizard[localeOfPath(path)],
      );
    }
  });

  test('the wizard works offline from start to result, and the result link opens offline', async ({
    page,
    context,
  }) => {
    await visitOnce(page, '/sozluk/');
    await context.setOffline(true);
    await page.goto(WIZARD);
    await walkToResult(page, MATCHING_PLAN);
    await expect(page).toHaveURL(new RegExp(`${RESULT}#`));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
    await page.goto('/sozluk/');
    await page.goto(resultLink(MATCHING_PLAN));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
  });

  test('search works offline: "kirsal" finds "kırsal"', async ({ page, context }) => {
    await visitOnce(page, ROUTES.home.tr);
    await context.setOffline(true);
    await page.goto(`${ROUTES.search.tr}?q=kirsal`);
    await expect(page.locator('#search-status')).toHaveText(/sonuç bulundu/);
    const marks = await page.locator('#search-results mark').allInnerTexts();
    expect(marks.map((mark) => mark.toLocaleLowerCase('tr'))).toContain('kırsal');
  });
});

test('after a whole wizard run, the caches hold only the saved files: no answer, no fragment', async ({ page }) => {
  await visitOnce(page, ROUTES.home.tr);
  await page.goto(WIZARD);
  await walkToResult(page, MATCHING_PLAN);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
  const fragment = new URL(page.url()).hash.slice(1);
  expect(fragment).toBe(encodeAnswers(MATCHING_PLAN));

  const entries = await page.evaluate(async () => {
    const found: { cache: string; key: string; url: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        found.push({ cache: name, key: request.url, url: (await cache.match(request))?.url ?? '' });
    }
    return found;
  });
  // Every entry is a file the build chose to save, under its own address.
  const saved = await precachedUrls('tr');
  expect(entries.map(({ key }) => new URL(key).pathname).sort()).toEqual([...saved].sort());
  for (const { key, url } of entries) {
    for (const text of [key, url]) {
      expect(text, 'no fragment').not.toContain('#');
      expect(text, 'not the answers').not.toContain(fragment);
      for (const answer of ANSWER_KEYS) expect(text, `no ${answer}=`).not.toContain(`${answer}=`);
    }
  }
});

/**
 * A new version, without a second build: a copy of dist/ served on a port of its own, in which one
 * page is changed and its revision in the Turkish worker's list moved on, as a new build would do.
 */
test.describe('a new version', () => {
  const MARK = 'Yeni sürüm';
  let copy: string;
  let server: Server;
  /** The copy's address. Its port is the system's choice: each Playwright worker serves a copy of its own. */
  let origin: string;

  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.webmanifest': 'application/manifest+json',
  };

  test.beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'offline-update-'));
    cpSync('dist', copy, { recursive: true });
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://copy').pathname;
      try {
        const body = readFileSync(join(copy, path.endsWith('/') ? `${path}index.html` : path));
        response.writeHead(200, {
          'Content-Type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    server.close();
    rmSync(copy, { recursive: true, force: true });
  });

  /** Changes the glossary's title in the copy and its revision in the worker, as a second build would. */
  function publishNewVersion() {
    const glossary = join(copy, 'sozluk/index.html');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/<h1([^>]*)>/, `<h1$1>${MARK} `));
    nextRevision();
  }

  /** Moves the glossary's revision in the Turkish worker on, so that the browser finds a new version. */
  function nextRevision() {
    const worker = join(copy, workerScript('tr'));
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(/(url:"\/sozluk\/index\.html",revision:")[0-9a-z]+/, `$1v${Date.now()}`),
    );
  }

  /** Publishes a new version and waits until this browser has installed it behind the one in charge. */
  async function newVersionWaits(page: Page) {
    nextRevision();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      while (!registration?.waiting) await new Promise((resolve) => setTimeout(resolve, 50));
    });
  }

  test('is announced politely mid-answer, steals no focus, and takes over on the next navigation', async ({ page }) => {
    await visitOnce(page, `${origin}${WIZARD}`);
    // Now in the worker's charge, an answer in progress.
    await page.goto(`${origin}${WIZARD}`);
    await pressButton(page, words.intro.start);
    const field = page.getByRole('radio').first();
    await field.focus();
    await field.check();
    // Gone if the page reloads.
    await page.evaluate(() => document.documentElement.setAttribute('data-same-page', ''));

    publishNewVersion();
    // What the browser does on its own on a later visit: ask whether the worker has changed.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: dictionaries.tr['update.ready'] });
    await expect(notice).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-same-page');
    expect(new URL(page.url()).pathname).toBe(WIZARD);

    // The reader's next navigation is served by the new version.
    await page
      .getByRole('navigation', { name: dictionaries.tr['nav.label'] })
      .getByRole('link', { name: dictionaries.tr['nav.glossary'] })
      .click();
    await expect(page.locator('h1')).toContainText(MARK);
    // The page's other live regions (its share button's) stay; the notice of a new version is gone.
    await expect(notice).toHaveCount(0);
  });

  test('an address with a #fragment opens whole while a new version waits: a result link, a wizard step, the language switch', async ({
    page,
  }) => {
    await visitOnce(page, `${origin}${ROUTES.home.tr}`);
    // Now in the worker's charge: a page the worker does not control would let a new version in at once.
    await page.goto(`${origin}${ROUTES.home.tr}`);
    const opened = page.locator('[data-verdict]');
    const takeOvers: Record<string, string>[] = [];
    page.on('response', (response) => {
      if (
        response.fromServiceWorker() &&
        response.headers()['content-security-policy']?.startsWith("default-src 'none'")
      )
        takeOvers.push(response.headers());
    });

    await newVersionWaits(page);
    await page.goto(`${origin}${resultLink(MATCHING_PLAN)}`);
    await expect(opened).toHaveAttribute('data-verdict', 'matches');

    await newVersionWaits(page);
    await page.goto(`${origin}${wizardLink(MATCHING_PLAN, 'check')}`);
    await expect(page.getByRole('button', { name: words.check.confirm })).toBeVisible();

    await newVersionWaits(page);
    await page.goto(`${origin}${resultLink(MATCHING_PLAN)}`);
    await page.locator('a[data-language-switch][hreflang="en"]').click();
    await expect(page).toHaveURL(new RegExp(`${ROUTES.result.en}#`));
    await expect(opened).toHaveAttribute('data-verdict', 'matches');

    // The page that reloads carries the site's security headers too.
    // At least one per navigation: a reload that comes before the new version is in charge is answered again.
    expect(takeOvers.length).toBeGreaterThanOrEqual(3);
    for (const headers of takeOvers) {
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
    }
  });

  test('a language whose worker is removed is not stuck: the retired worker clears its caches and lets the network answer', async ({
    page,
  }) => {
    const home = `${origin}${ROUTES.home.en}`;
    await visitOnce(page, home);
    // What the build writes where a language's worker was (scripts/build-service-workers.ts).
    writeFileSync(join(copy, workerScript('en')), RETIRED_WORKER);
    const state = () =>
      page.evaluate(
        async (scope) => ({
          registered: Boolean(await navigator.serviceWorker.getRegistration(scope)),
          caches: (await caches.keys()).filter((name) => name.endsWith(scope)).length,
        }),
        new URL(home).href,
      );
    expect(await state()).toEqual({ registered: true, caches: 1 });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(state).toEqual({ registered: false, caches: 0 });
    const response = await page.goto(home);
    expect(response?.fromServiceWorker()).toBe(false);
  });
});

withoutPage(
  'each language’s download for offline use stays within its budget, and keeps its own language',
  async () => {
    for (const locale of offlineLocales) {
      const weight = await offlineWeight(locale);
      test
        .info()
        .annotations.push({ type: 'size', description: `${locale}: ${(weight / 1024).toFixed(1)} KB for offline use` });
      expect(weight, `${locale}: bytes to download for offline use (budgets.ts)`).toBeLessThanOrEqual(
        OFFLINE_LANGUAGE_BUDGET,
      );
      const pages = (await precachedUrls(locale)).filter((url) => url.endsWith('.html'));
      for (const url of pages) {
        const address = url.replace(/index\.html$/, '');
        if (!Object.values(ROUTES.offline).includes(address as never)) expect(localeOfPath(address), url).toBe(locale);
      }
    }
  },
);

withoutPage(
  'each language has a manifest that opens its guide, with icons of the sizes phones ask for',
  async ({ request }) => {
    for (const locale of offlineLocales) {
      const manifest = await (await request.get(`${ORIGIN}${manifestPath(locale)}`)).json();
      expect(manifest).toMatchObject({
        start_url: ROUTES.home[locale],
        scope: workerScope(locale),
        lang: locale,
        name: dictionaries[locale]['site.name'],
      });
      expect(manifest.dir).toBe(directions[locale]);
      const sizes = (manifest.icons as { sizes: string; purpose?: string }[]).map(
        ({ sizes, purpose }) => `${sizes}${purpose ? ` ${purpose}` : ''}`,
      );
      expect(sizes).toEqual(expect.arrayContaining(['any', '192x192', '512x512', '512x512 maskable']));
      for (const icon of manifest.icons as { src: string; type: string }[]) {
        const response = await request.get(`${ORIGIN}${icon.src}`);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()['content-type'], icon.src).toContain(icon.type);
      }
      const home = readFileSync(join('dist', ROUTES.home[locale], 'index.html'), 'utf8');
      expect(home).toContain(`<link rel="manifest" href="${manifestPath(locale)}">`);
    }
  },
);
