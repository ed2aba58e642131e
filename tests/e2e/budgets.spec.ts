import { SEARCH_PAGES } from '../../budgets';
import { QUESTIONS } from '../../src/machines/questions';
import { MATCHING_PLAN } from '../support/plans';
import { expect, test } from './fixtures';
import { WIZARD, answerWithKeyboard, pressButton, words } from './wizard-driver';

// Every page's weight against its budget: every-page.spec.ts.
test('the wizard page loads all its script up front: a whole run to the check page asks for none', async ({ page }) => {
  await page.goto(WIZARD);
  await page.waitForLoadState('networkidle');
  const later: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') later.push(new URL(request.url()).pathname);
  });
  await pressButton(page, words.intro.start);
  for (const question of QUESTIONS) await answerWithKeyboard(page, question.id, MATCHING_PLAN);
  await expect(page.locator('h1')).toHaveText(words.check.title);
  expect(later).toEqual([]);
});

test('the wizard page asks for its script only once it has painted (issue 11)', async ({ page }) => {
  await page.goto(WIZARD);
  await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
  const { firstPaint, scriptsAsked } = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scriptsAsked: performance.getEntriesByType('resource').filter(({ name }) => new URL(name).pathname.endsWith('.js')).map(({ name, startTime }) => ({ name, startTime })),
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
