import { BUDGETS, QR_SHEET_PAGES, SEARCH_PAGES, TOOL_PAGES, WIZARD_PAGES } from '../../budgets';
import { recordScripts, weighLoadedPage } from '../../scripts/sizes';
import { defaultLocale, directions, locales, useTranslations } from '../../src/i18n';
import { ROUTES, addressesOf } from '../../src/i18n/routes';
import { encodeAnswers } from '../../src/machines/codec';
import { MATCHING_PLAN } from '../support/plans';
import { expectNoAxeViolationsInEitherScheme, expectPrivate, recordRequests } from './checks';
import { expect, test } from './fixtures';
import { allPages, sitePages } from '../support/dist';
import { localeOfPath } from '../../src/utils/offline';

/**
 * Every page of the built site, loaded once: what it asks of the network, its weight, its structure,
 * its head (canonical address, description, social cards, alternates), axe in both colour schemes,
 * a 320 px screen, and its language switch. One load a page, not one a check: the suite must
 * hold on CI's busy two cores (issue 10).
 */

const includes = (list: readonly string[], path: string) => list.includes(path);
/** Pages that run a script by design: search, the wizard, the copy buttons. Every other page runs none. */
const SCRIPTED: readonly string[] = [...SEARCH_PAGES, ...WIZARD_PAGES, ...TOOL_PAGES];
/** Made to sit in another site's frame: the site's own header and footer would repeat the host's. */
const EMBEDDED = addressesOf('embed', 'embedResult');
const RESULTS = addressesOf('result', 'embedResult');
/** The embedded wizard is for frames only, the offline pages for a reader without a connection: they ask not to be indexed (noindex), like the 404 page. */
const NOT_INDEXED = ['/404.html', ...EMBEDDED, ...addressesOf('offline')];
/** A description says something (more than a few words) and fits a search result's snippet. */
const DESCRIPTION_LENGTH = { min: 20, max: 160 };
/** The language after a page's own in the switch's order: the home pages' round trips use every pair both ways. */
const nextLanguage = (path: string) => locales[(locales.indexOf(localeOfPath(path)) + 1) % locales.length]!;

function budgetOf(path: string) {
  if (includes(WIZARD_PAGES, path)) return BUDGETS.wizardPage;
  if (includes(TOOL_PAGES, path)) return BUDGETS.toolPage;
  if (includes(SEARCH_PAGES, path)) return BUDGETS.searchPage;
  if (includes(QR_SHEET_PAGES, path)) return BUDGETS.qrSheet;
  return BUDGETS.contentPage;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of allPages()) {
  // A result page is visited with a result to show: the contract's example plan.
  const visit = includes(RESULTS, path) ? `${path}#${encodeAnswers(MATCHING_PLAN)}` : path;

  test(`${path}: private, within budget, well formed, accessible in both colour schemes, fits 320 px`, async ({
    page,
    baseURL,
    request,
  }) => {
    const requests = recordRequests(page);
    const scripts = recordScripts(page);
    const response = await page.goto(visit);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    await test.step('asks only its own origin and sets no cookie', async () => {
      expect(requests.map((request) => new URL(request.url()).pathname)).toContain(path);
      await expectPrivate(page, requests, new URL(baseURL!).origin);
    });

    await test.step('stays within its budget', async () => {
      const budget = budgetOf(path);
      const weight = await weighLoadedPage(page, visit, scripts);
      test.info().annotations.push({
        type: 'size',
        description: `HTML+CSS ${kb(weight.htmlAndCss)}, JS ${kb(weight.scriptBeforeInteraction)}`,
      });
      expect.soft(weight.htmlAndCss, `HTML and CSS of ${path}`).toBeLessThanOrEqual(budget.htmlAndCss);
      expect
        .soft(weight.scriptBeforeInteraction, `JavaScript of ${path} before any interaction`)
        .toBeLessThanOrEqual(budget.scriptBeforeInteraction);
      if (includes(SEARCH_PAGES, path)) {
        // The search page runs a small script of its own; Pagefind comes when the reader searches.
        expect.soft(weight.scripts.length).toBeGreaterThan(0);
        expect.soft(weight.scripts.every((src) => src.startsWith('/_astro/'))).toBe(true);
      }
      if (!includes(SCRIPTED, path)) {
        // A page without a tool runs small inline scripts only: its service worker's registration
        // (UpdateNotice.astro) and, on a guide page, its share button's (ShareScript.astro).
        expect.soft(weight.scripts, 'a page without a tool loads no script file').toEqual([]);
        await expect.soft(page.locator('script[src]')).toHaveCount(0);
      }
    });

    await test.step('has its lang and direction, a title, one h1 and one main', async () => {
      await expect.soft(page.locator('html')).toHaveAttribute('lang', localeOfPath(path));
      expect.soft(await page.title()).toContain(useTranslations(localeOfPath(path))('site.name'));
      await expect.soft(page.locator('html')).toHaveAttribute('dir', directions[localeOfPath(path)]);
      await expect.soft(page.locator('h1')).toHaveCount(1);
      await expect.soft(page.locator('main#main')).toHaveCount(1);
      if (includes(EMBEDDED, path)) {
        await expect.soft(page.locator('header.site-header, footer.site-footer')).toHaveCount(0);
      } else {
        await expect.soft(page.locator('header.site-header')).toBeVisible();
        await expect.soft(page.locator('footer.site-footer')).toBeVisible();
      }
    });

    if (!NOT_INDEXED.includes(path)) {
      await test.step('has a canonical address, a description, social cards and every language’s alternates', async () => {
        const head = page.locator('head');
        const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
        expect.soft(new URL(canonical!).pathname).toBe(path);
        const description = await head.locator('meta[name="description"]').getAttribute('content');
        expect.soft(description!.length).toBeGreaterThan(DESCRIPTION_LENGTH.min);
        expect.soft(description!.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH.max);
        for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale']) {
          await expect.soft(head.locator(`meta[property="${property}"]`), property).toHaveCount(1);
        }
        await expect.soft(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
        const image = new URL((await head.locator('meta[property="og:image"]').getAttribute('content'))!);
        expect.soft((await request.get(image.pathname)).headers()['content-type']).toBe('image/png');

        const alternates = await head
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            Object.fromEntries(
              links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
            ),
          );
        expect.soft(Object.keys(alternates).sort()).toEqual([...locales, 'x-default'].sort());
        expect.soft(alternates[localeOfPath(path)]).toBe(path);
        expect.soft(alternates['x-default']).toBe(alternates[defaultLocale]);
        for (const locale of locales.filter((code) => code !== localeOfPath(path))) {
          expect.soft((await request.get(alternates[locale]!)).status(), alternates[locale]).toBe(200);
        }
      });
    }

    await expectNoAxeViolationsInEitherScheme(page);

    await test.step('fits a 320 px screen without scrolling sideways', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });

    // Last, as it may leave the page: on a phone's screen, the switch offers every other language,
    // each at the page's twin (its hreflang alternate). Each language's home page follows its switch
    // to the next language and back, so every pair of languages is followed both ways once.
    if (sitePages().includes(path)) {
      await test.step('the language switch offers every other language at the twin', async () => {
        const switches = page.locator('a[data-language-switch]');
        const offered = await switches.evaluateAll((links) =>
          links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        );
        const twins = await page
          .locator('head link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            Object.fromEntries(
              links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
            ),
          );
        const others = locales.filter((code) => code !== localeOfPath(path));
        expect(offered).toEqual(others.map((locale) => [locale, twins[locale]]));
      });
      if (path === ROUTES.home[localeOfPath(path)]) {
        await test.step('the switch leads to the next language’s twin and back', async () => {
          const switches = page.locator('a[data-language-switch]');
          const target = nextLanguage(path);
          const twin = await switches.and(page.locator(`[hreflang="${target}"]`)).getAttribute('href');
          await switches.and(page.locator(`[hreflang="${target}"]`)).click();
          await expect(page.locator('html')).toHaveAttribute('lang', target);
          expect(new URL(page.url()).pathname).toBe(twin);
          await page.locator(`a[data-language-switch][hreflang="${localeOfPath(path)}"]`).click();
          await expect(page.locator('html')).toHaveAttribute('lang', localeOfPath(path));
          expect(new URL(page.url()).pathname).toBe(path);
        });
      }
    }
  });
}
