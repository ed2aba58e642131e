import { expect, test } from './fixtures';
import { languageOf, sitePages } from './site';
import { planWith } from '../support/plans';
import { encodeAnswers } from '../../src/machines/codec';
import { wizardEn } from '../../src/i18n/wizard-en';

// Every page's canonical address, description, social cards and alternates, and its language
// switch: every-page.spec.ts.
test('switching language keeps the wizard’s step and answers', async ({ page }) => {
  const fragment = encodeAnswers({ focus: 'both', publicBenefit: 'yes', surplus: 'community' }, 'governance');
  await page.goto(`/uygunluk/#${fragment}`);
  await expect.poll(() => page.locator('a[data-language-switch]').getAttribute('href')).toBe(`/en/eligibility/#${fragment}`);
  await page.locator('a[data-language-switch]').click();
  await expect(page.locator('h1')).toContainText(wizardEn.questions.governance.title);
  expect(new URL(page.url()).hash).toBe(`#${fragment}`);
});

test('a result link made in Turkish opens the same result in English', async ({ page }) => {
  const answers = encodeAnswers(planWith({ innovation: 'not-sure', members: 5, workerMembers: 3 }));
  const statuses = async () =>
    page.locator('[data-criterion]').evaluateAll((blocks) => blocks.map((block) => `${block.dataset.criterion}=${block.dataset.status}`));
  await page.goto(`/uygunluk/sonuc/#${answers}`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches-core');
  const turkish = await statuses();
  await page.locator('a[data-language-switch]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches-core');
  expect(await statuses()).toEqual(turkish);
  // The English result links to the English explainer.
  for (const href of await page.locator('[data-criterion] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/[a-z-]+\/#[a-z0-9-]+$/);
  }
});

test('the home pages describe the site and its questions as structured data', async ({ page }) => {
  for (const path of ['/', '/en/']) {
    await page.goto(path);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const types = data['@graph'].map((node: { '@type': string }) => node['@type']);
    expect(types).toEqual(['WebSite', 'FAQPage']);
    const [site, faq] = data['@graph'];
    expect(site.potentialAction.target).toContain(path === '/' ? '/arama/?q=' : '/en/search/?q=');
    expect(faq.mainEntity.length).toBe(4);
    for (const question of faq.mainEntity) {
      expect(question.name).toMatch(/\?$/);
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
    }
  }
});

test('the sitemap lists both languages, and robots.txt points to it', async ({ request }) => {
  const pages = sitePages();
  expect(pages.filter((path) => languageOf(path) === 'en').length).toBe(pages.filter((path) => languageOf(path) === 'tr').length);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('English search finds English pages only', async ({ page }) => {
  await page.goto('/en/search/?q=surplus');
  await expect(page.getByRole('status')).toHaveText(/result/);
  const paths = await page.locator('#search-results > li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
  expect(paths.slice(0, 3)).toContain('/en/working-model/');
});
