import type { BrowserContext } from '@playwright/test';
import { ROUTES } from '../../src/i18n/routes';
import { HEIGHT_MESSAGE } from '../../src/scripts/embed';
import { headersFor, readHeaderRules } from '../support/headers';
import { expect, test } from './fixtures';

/**
 * The embeddable wizard inside a page of another origin, with the site's real _headers applied to
 * every response (astro preview sends none), as Cloudflare Pages would.
 */
const PARENT = 'http://ngo.example.test/';
const rules = readHeaderRules();

async function serveWithHeaders(context: BrowserContext, origin: string, frameSrc: string) {
  await context.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    const pathname = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, pathname) } });
  });
  // The NGO's page: the frame and the resize script, as the "use it on your site" page gives them.
  await context.route(PARENT, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>NGO</title><body>
        <iframe src="${frameSrc}" title="Self-assessment" style="width: 100%; border: 0;" height="300"></iframe>
        <script>
          addEventListener('message', (event) => {
            if (event.origin !== '${origin}' || event.data?.type !== '${HEIGHT_MESSAGE}') return;
            for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
          });
        </script></body></html>`,
    }),
  );
}

for (const locale of ['tr', 'en'] as const) {
  test(`the embedded wizard (${locale}) works in another site's frame and fits its height`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await serveWithHeaders(context, origin, `${origin}${ROUTES.embed[locale]}`);
    await page.goto(PARENT);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1')).toBeVisible();
    await expect(frame.locator('header.site-header, footer.site-footer')).toHaveCount(0);
    await expect(frame.locator('.embed-footer a')).toHaveAttribute('target', '_blank');
    // The frame grows from its 300 px to the wizard's height.
    await expect.poll(() => page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(300);
    // Answering moves on inside the frame, and the result stays in the frame too.
    await frame.getByRole('button').first().click();
    await expect(frame.locator('input[type="radio"]').first()).toBeVisible();
  });
}

test('the full site refuses to be framed', async ({ browser, baseURL }) => {
  // A context of its own: the refusal is a CSP violation by design, which the suite's fixture
  // would count as a failure on its own page.
  const context = await browser.newContext();
  const origin = new URL(baseURL!).origin;
  await serveWithHeaders(context, origin, `${origin}/`);
  const page = await context.newPage();
  await page.goto(PARENT);
  await expect.poll(() => page.frames().at(-1)?.url()).toMatch(/^chrome-error:/);
  await context.close();
});

for (const [path, embed] of [
  ['/sitenize-ekleyin/', ROUTES.embed.tr],
  ['/en/use-it-on-your-site/', ROUTES.embed.en],
] as const) {
  test(`${path} gives the frame code, the resize script and the deep links, with copy buttons`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const frameCode = page.locator('#iframe-kodu');
    await expect(frameCode).toContainText(`${embed}" title=`);
    await expect(page.locator('#boyut-betigi')).toContainText(HEIGHT_MESSAGE);
    await page.locator('button[data-copy="iframe-kodu"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await frameCode.textContent());
    await expect(page.locator('[data-copied="iframe-kodu"]')).not.toBeEmpty();
    // Deep links: the wizard, a result with answers, and the guide's sections.
    await expect(page.locator('.deep-links code').nth(1)).toContainText('#focus=both');
    expect(await page.locator('.deep-links__pages li li').count()).toBeGreaterThan(10);
  });
}
