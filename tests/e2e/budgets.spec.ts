import { SEARCH_PAGES } from '../../budgets';
import { expect, test } from './fixtures';
import { WIZARD, words } from './wizard-driver';

// Every page's weight against its budget: every-page.spec.ts. A whole wizard run asks for no script
// once its page has loaded: privacy.spec.ts, in the same walk as its privacy checks.
test('the wizard page asks for its script only once it has painted (issue 11)', async ({ page }) => {
  await page.goto(WIZARD);
  await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
  const { firstPaint, scriptsAsked } = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scriptsAsked: performance
      .getEntriesByType('resource')
      .filter(({ name }) => new URL(name).pathname.endsWith('.js'))
      .map(({ name, startTime }) => ({ name, startTime })),
  }));
  expect(firstPaint).toBeDefined();
  expect(scriptsAsked.length).toBeGreaterThan(0);
  for (const script of scriptsAsked) expect(script.startTime, script.name).toBeGreaterThan(firstPaint!);
});

test('search, once opened, loads only Pagefind’s own files', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (['script', 'fetch', 'xhr'].includes(request.resourceType())) loaded.push(new URL(request.url()).pathname);
  });
  await page.goto(`${SEARCH_PAGES[0]}?q=kirsal`);
  await expect(page.getByRole('status')).toHaveText(/sonuç bulundu/);
  const afterPageScript = loaded.filter((path) => !path.startsWith('/_astro/'));
  expect(afterPageScript.length).toBeGreaterThan(0);
  for (const path of afterPageScript) expect(path).toMatch(/^\/pagefind\//);
});
