import { BUDGETS, SEARCH_PAGES, TOOL_PAGES, WIZARD_PAGES } from '../../budgets';
import { encodeAnswers } from '../../src/machines/codec';
import { QUESTIONS } from '../../src/machines/questions';
import { distFile, weighPage } from '../../scripts/sizes';
import { MATCHING_PLAN } from '../support/plans';
import { test as withoutPage } from '@playwright/test';
import { expect, test } from './fixtures';
import { allPages } from './site';
import { WIZARD, answerWithKeyboard, pressButton, words } from './wizard-driver';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of allPages()) {
  const budget = (WIZARD_PAGES as readonly string[]).includes(path)
    ? BUDGETS.wizardPage
    : (TOOL_PAGES as readonly string[]).includes(path)
      ? BUDGETS.toolPage
      : (SEARCH_PAGES as readonly string[]).includes(path)
        ? BUDGETS.searchPage
        : BUDGETS.contentPage;
  // The result page is weighed with a result to show.
  const visit = path.endsWith('/sonuc/') || path.endsWith('/result/') ? `${path}#${encodeAnswers(MATCHING_PLAN)}` : path;

  test(`${path} stays within its budget`, async ({ page }) => {
    const weight = await weighPage(page, visit);
    test.info().annotations.push({ type: 'size', description: `HTML+CSS ${kb(weight.htmlAndCss)}, JS ${kb(weight.scriptBeforeInteraction)}` });
    expect(weight.htmlAndCss, `HTML and CSS of ${path}`).toBeLessThanOrEqual(budget.htmlAndCss);
    expect(weight.scriptBeforeInteraction, `JavaScript of ${path} before any interaction`).toBeLessThanOrEqual(budget.scriptBeforeInteraction);
    if ((SEARCH_PAGES as readonly string[]).includes(path)) {
      // The search page runs a small script of its own; Pagefind comes when the reader searches.
      expect(weight.scripts.length).toBeGreaterThan(0);
      expect(weight.scripts.every((src) => src.startsWith('/_astro/'))).toBe(true);
    }
  });
}

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

// Plain Playwright's test: it reads files and needs no browser page.
withoutPage('the weighing reads the built files', () => {
  expect(distFile('/sozluk/')).toBe('dist/sozluk/index.html');
  expect(distFile('/_astro/x.css')).toBe('dist/_astro/x.css');
});
