import { expect, test } from './fixtures';
import { sitePages } from '../support/dist';
import { localeOfPath } from '../../src/utils/offline';
import { planWith } from '../support/plans';
import { encodeAnswers } from '../../src/machines/codec';
import { wizardWords } from '../../src/i18n/wizard';
import { defaultLocale, directions, locales, type Locale } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { anchorAddress } from '../../src/i18n/anchors';
import { CRITERIA } from '../../src/machines/criteria';

// Every page's canonical address, description, social cards and alternates, and its language
// switch: every-page.spec.ts.
/** Each language after the default, then the default again: every switch is followed once. */
const SWITCH_TOUR: Locale[] = [...locales.slice(1), defaultLocale];

test('switching language keeps the wizard’s step and answers, through every language and back', async ({ page }) => {
  const fragment = encodeAnswers(
    { focus: 'both', publicBenefit: 'yes', surplus: 'community', governance: 'one-member-one-vote' },
    'members',
  );
  await page.goto(`${ROUTES.wizard[defaultLocale]}#${fragment}`);
  for (const locale of SWITCH_TOUR) {
    const link = page.locator(`a[data-language-switch][hreflang="${locale}"]`);
    await expect.poll(() => link.getAttribute('href')).toBe(`${ROUTES.wizard[locale]}#${fragment}`);
    await link.click();
    await expect(page.locator('html')).toHaveAttribute('dir', directions[locale]);
    await expect(page.locator('h1')).toContainText(wizardWords[locale].questions.members.title);
    expect(new URL(page.url()).hash).toBe(`#${fragment}`);
  }
});

test('a result link opens the same result in every language and back, each linking to its own language’s explainer', async ({
  page,
}) => {
  const answers = encodeAnswers(
    planWith({ surplus: 'undecided', innovation: 'not-sure', members: 5, workerMembers: 3 }),
  );
  const statuses = () =>
    page
      .locator('[data-criterion]')
      .evaluateAll((blocks) => blocks.map((block) => `${block.dataset.criterion}=${block.dataset.status}`));
  await page.goto(`${ROUTES.result[defaultLocale]}#${answers}`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'needs-decisions');
  const original = await statuses();
  expect(original.length).toBe(CRITERIA.length);
  for (const locale of SWITCH_TOUR) {
    await page.locator(`a[data-language-switch][hreflang="${locale}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'needs-decisions');
    await expect.poll(statuses).toEqual(original);
    expect(new URL(page.url()).hash).toBe(`#${answers}`);
    for (const { id, section } of CRITERIA) {
      await expect(
        page.locator(`[data-criterion="${id}"] a[href="${anchorAddress(section, locale)}"]`),
        `${locale}: ${id}`,
      ).toHaveCount(1);
    }
  }
});

test('the home pages describe the site and its questions as structured data', async ({ page }) => {
  for (const locale of locales) {
    const path = ROUTES.home[locale];
    await page.goto(path);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const types = data['@graph'].map((node: { '@type': string }) => node['@type']);
    expect(types).toEqual(['WebSite', 'FAQPage']);
    const [site, faq] = data['@graph'];
    expect(site.inLanguage).toBe(locale);
    expect(site.potentialAction.target).toContain(`${ROUTES.search[locale]}?q=`);
    expect(faq.mainEntity.length).toBe(4);
    for (const question of faq.mainEntity) {
      // Arabic asks with its own question mark.
      expect(question.name).toMatch(/[?؟]$/);
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
    }
  }
});

test('the sitemap lists every language, page for page, and robots.txt points to it', async ({ request }) => {
  const pages = sitePages();
  const count = (locale: Locale) => pages.filter((path) => localeOfPath(path) === locale).length;
  expect(count(defaultLocale)).toBeGreaterThan(10);
  for (const locale of locales) expect(count(locale), locale).toBe(count(defaultLocale));
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('English search finds English pages only', async ({ page }) => {
  await page.goto('/en/search/?q=surplus');
  await expect(page.getByRole('status')).toHaveText(/result/);
  const paths = await page
    .locator('#search-results > li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
  expect(paths.slice(0, 3)).toContain('/en/working-model/');
});
