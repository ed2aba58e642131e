import type { BrowserContext, Page } from '@playwright/test';
import { ANCHORS, linkAddress } from '../../src/i18n/anchors';
import { locales, type Locale } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { wizardWords } from '../../src/i18n/wizard';
import { encodeAnswers } from '../../src/machines/codec';
import { HEIGHT_MESSAGE } from '../../src/scripts/embed';
import { MATCHING_PLAN } from '../support/plans';
import { expect, test } from './fixtures';
import { ORIGIN } from './servers';
import { walkToResult } from './wizard-driver';

/**
 * An NGO's page with the code /sitenize-ekleyin/ publishes, copied from the built page as an NGO
 * copies it. The code names the site's public address (SITE_URL); the browser's requests to it are
 * answered by Cloudflare's own runtime (`wrangler pages dev dist`), with the headers it sends.
 */
const PARENT = 'http://ngo.example.test/';

/** The page for NGOs in each language (budgets.ts lists it among the tool pages). */
const NGO_PAGES = Object.fromEntries(
  locales.map((locale) => [locale, linkAddress({ page: 'sitenize-ekleyin' }, locale)]),
) as Record<Locale, string>;

/** The published frame code and resize script, as the page's copy buttons give them. */
async function publishedCode(page: Page, locale: Locale) {
  await page.goto(NGO_PAGES[locale]);
  const frame = (await page.locator('#iframe-kodu').textContent()) ?? '';
  const script = (await page.locator('#boyut-betigi').textContent()) ?? '';
  const site = new URL(/src="([^"]+)"/.exec(frame)?.[1] ?? '').origin;
  return { frame, script, site };
}

/** The NGO's page holds `body`; the site's public address is served by wrangler. */
async function hostNgoPage(context: BrowserContext, site: string, body: string) {
  await context.route(`${site}/**`, async (route) => {
    const { pathname, search } = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${ORIGIN}${pathname}${search}` }) });
  });
  await context.route(PARENT, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>NGO</title><body>${body}</body></html>`,
    }),
  );
}

for (const locale of locales) {
  test(`the embedded wizard (${locale}), as published, reaches a result in another site's frame and fits its height`, async ({
    page,
    context,
  }) => {
    const words = wizardWords[locale];
    const { frame: frameCode, script, site } = await publishedCode(page, locale);
    expect(script).toContain(HEIGHT_MESSAGE);
    await hostNgoPage(context, site, `${frameCode}\n${script}`);
    await page.goto(PARENT);

    const iframe = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    const publishedHeight = Number(/height="(\d+)"/.exec(frameCode)?.[1]);
    await expect(frame.locator('h1')).toHaveText(words.intro.title);
    await expect(frame.locator('header.site-header, footer.site-footer')).toHaveCount(0);
    await expect(frame.locator('.embed-footer a')).toHaveAttribute('target', '_blank');

    await walkToResult(frame, MATCHING_PLAN, locale);

    // The contract's example plan meets every criterion; the result opens inside the frame.
    await expect(frame.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
    const { origin, pathname } = new URL(page.frames().at(-1)?.url() ?? '');
    expect(`${origin}${pathname}`).toBe(`${site}${ROUTES.embedResult[locale]}`);
    // The published script fitted the frame to the result's height, away from the code's own height.
    const contentHeight = () =>
      frame.locator('html').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.round(await iframe.evaluate((element) => element.getBoundingClientRect().height)))
      .toBe(await contentHeight());
    expect(await contentHeight()).not.toBe(publishedHeight);
  });
}

test('the full site refuses to be framed', async ({ browser }) => {
  // A context of its own: the refusal is a CSP violation by design, which the suite's fixture
  // would count as a failure on its own page.
  const context = await browser.newContext();
  const page = await context.newPage();
  const { site } = await publishedCode(page, 'tr');
  await hostNgoPage(context, site, `<iframe src="${site}/" title="The full site"></iframe>`);
  await page.goto(PARENT);
  await expect.poll(() => page.frames().at(-1)?.url()).toMatch(/^chrome-error:/);
  await context.close();
});

for (const [locale, path] of Object.entries(NGO_PAGES) as [Locale, string][]) {
  test(`${path} gives the frame code, the resize script and the deep links, with copy buttons`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-write']);
    // The site's Permissions-Policy denies clipboard-read, so the test hears what the button writes.
    await page.addInitScript(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text) =>
        write(text).then(() => void document.documentElement.setAttribute('data-test-copied', text));
    });
    await page.goto(path);
    const frameCode = page.locator('#iframe-kodu');
    await expect(frameCode).toContainText(`${ROUTES.embed[locale]}" title=`);
    await page.locator('button[data-copy="iframe-kodu"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-test-copied', (await frameCode.textContent())!);
    await expect(page.locator('[data-copied="iframe-kodu"]')).not.toBeEmpty();
    // Deep links: the wizard, the contract's example result, and every published section of each guide page.
    await expect(page.locator('.deep-links code').nth(1)).toContainText(
      `${ROUTES.result[locale]}#${encodeAnswers(MATCHING_PLAN)}`,
    );
    const addressOf = (url: string) => `${new URL(url).pathname}${new URL(url).hash}`;
    const guidePages = (await page.locator('.deep-links__pages > li > code').allTextContents()).map(addressOf);
    const sections = (await page.locator('.deep-links__pages li li code').allTextContents()).map(addressOf);
    expect(guidePages).not.toEqual([]);
    expect(sections).toEqual(
      ANCHORS.map(({ address }) => address[locale]).filter((address) => guidePages.includes(address.split('#')[0]!)),
    );
  });
}
