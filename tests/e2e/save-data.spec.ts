import type { Page } from '@playwright/test';
import { offlineWeight, precachedUrls } from '../../scripts/precache';
import { dictionaries, type Locale } from '../../src/i18n';
import { linkAddress } from '../../src/i18n/anchors';
import { ROUTES } from '../../src/i18n/routes';
import { offlineLocales, workerScope } from '../../src/utils/offline';
import { expect, test } from './fixtures';

/**
 * Readers who pay for every megabyte (issue 18): where the browser asks to save data, the worker keeps
 * only the pages the reader opens (public/sw-save-data.js), and a button downloads the whole language,
 * saying its size as the build weighs it. Elsewhere the worker keeps everything, as offline.spec.ts checks.
 */

// The suite blocks service workers elsewhere (playwright.config.ts).
test.use({
  serviceWorkers: 'allow',
  // Offline, the browser's own check for a new version of the worker fails, and says so; and it asks
  // for the page's icon itself, outside the worker, which keeps only what passed through it.
  expectedConsole: [
    /^error: An unknown error occurred when fetching the script\./,
    /^error: Failed to load resource: net::ERR_FAILED \(http:\/\/[^/]+\/favicon\.svg\)$/,
  ],
});

/** Chromium's `navigator.connection` as a reader with Save-Data on has it (headless Chromium never sets it). */
function savingData() {
  Object.defineProperty(Navigator.prototype, 'connection', {
    configurable: true,
    get: () => ({ saveData: true, effectiveType: '4g' }),
  });
}

/** Waits until the language's worker is active, and returns the address it was registered with. */
async function activeWorker(page: Page, locale: Locale): Promise<string> {
  return page.evaluate(async (scope) => {
    const url = new URL(scope, location.href).href;
    for (;;) {
      const registration = await navigator.serviceWorker.getRegistration(url);
      if (registration?.scope === url && registration.active?.state === 'activated')
        return registration.active.scriptURL;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, workerScope(locale));
}

/** Every file the page's caches hold, by path, and how many Workbox precached. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const kept: string[] = [];
    let precached = 0;
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      if (name.includes('precache')) precached += keys.length;
      else kept.push(...keys.map((request) => new URL(request.url).pathname));
    }
    return { kept, precached };
  });

for (const locale of offlineLocales) {
  const t = dictionaries[locale];
  const home = ROUTES.home[locale];
  const privacy = linkAddress({ page: 'gizlilik' }, locale);
  const glossary = linkAddress({ page: 'sozluk' }, locale);

  test(`${locale}: where the browser saves data, only the pages opened are kept, until the reader downloads the rest`, async ({
    page,
    context,
  }) => {
    await page.addInitScript(savingData);
    await page.goto(home);
    expect(await activeWorker(page, locale)).toMatch(/\?save-data$/);
    // The first page was open before its worker: the reader's next pages are kept.
    await page.goto(privacy);
    const { kept, precached } = await cachedPaths(page);
    expect(precached).toBe(0);
    expect(kept).toContain(`${privacy}index.html`);
    expect(kept).not.toContain(`${glossary}index.html`);

    await context.setOffline(true);
    await page.goto(privacy);
    await expect(page.locator('h1')).not.toHaveText(t['offline.title']);
    await page.goto(glossary);
    await expect(page.locator('h1')).toHaveText(t['offline.title']);
    await context.setOffline(false);

    await page.goto(privacy);
    const box = page.locator('[data-offline-download]');
    const button = box.getByRole('button');
    // The size the build weighed for this language, in the reader's words.
    await expect(button).toHaveText(
      t['offline.download'].replace('{size}', String(Math.round((await offlineWeight(locale)) / 1024))),
    );
    await button.click();
    await expect(box.getByRole('status')).toHaveText(t['offline.downloaded']);
    const everything = await precachedUrls(locale);
    expect((await cachedPaths(page)).kept).toEqual(expect.arrayContaining(everything));

    await context.setOffline(true);
    await page.goto(glossary);
    await expect(page.locator('h1')).not.toHaveText(t['offline.title']);
  });
}

test('where nothing asks to save data, the worker keeps the whole language, and the button says it is kept', async ({
  page,
}) => {
  const t = dictionaries.tr;
  await page.goto(ROUTES.home.tr);
  expect(await activeWorker(page, 'tr')).not.toContain('save-data');
  expect((await cachedPaths(page)).precached).toBe((await precachedUrls('tr')).length);
  const box = page.locator('[data-offline-download]');
  await box.getByRole('button').click();
  await expect(box.getByRole('status')).toHaveText(t['offline.alreadyKept']);
});
