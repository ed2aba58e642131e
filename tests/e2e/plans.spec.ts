import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { walkToResult, words } from './wizard-driver';
import { FOUNDER_PLANS, type FounderPlan } from '../support/founder-plans';
import { locales } from '../../src/i18n';
import { ROUTES, addressesOf } from '../../src/i18n/routes';
import { encodeAnswers } from '../../src/machines/codec';

/**
 * The founders' plans (tests/support/founder-plans.ts, verdicts and statuses written by hand from the
 * spec) as a reader meets them: by their result link in every language, and walked through the wizard.
 */
const PLANS: Record<string, FounderPlan> = FOUNDER_PLANS;
const fragment = (answers: FounderPlan['answers']) => encodeAnswers(answers);

async function expectResult(page: Page, plan: FounderPlan): Promise<void> {
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', plan.verdict);
  // Polled: a new fragment on an open result page is rendered a moment after the address changes.
  const shown = () =>
    page
      .locator('[data-criterion]')
      .evaluateAll((blocks) =>
        Object.fromEntries(
          blocks.map((block) => [block.getAttribute('data-criterion'), block.getAttribute('data-status')]),
        ),
      );
  await expect.poll(shown).toEqual(plan.statuses);
}

// One page a language: each plan's link is a new fragment, as a reader who follows a second link
// meets it (the result page follows hashchange).
for (const path of addressesOf('result')) {
  test(`every plan's result link opens its verdict and statuses at ${path}`, async ({ page }) => {
    for (const [name, plan] of Object.entries(PLANS)) {
      await test.step(`${name}: ${plan.verdict}`, async () => {
        await page.goto(`${path}#${fragment(plan.answers)}`);
        await expectResult(page, plan);
      });
    }
  });
}

test('the summary names every criterion with its status, links to its explanation, and shows on a phone’s first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const topOf = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().top);
  const summary = page.getByRole('navigation', { name: words.result.summaryHeading });
  // Where every prerequisite is met, the summary starts on the first screen.
  await page.goto(`/uygunluk/sonuc/#${fragment(PLANS['migrant women’s bakery']!.answers)}`);
  await expect(summary).toBeVisible();
  expect(await topOf(summary)).toBeLessThan(640);
  // Where one is not (five founders), it comes first, named in the verdict's own box, on the first screen.
  const plan = PLANS['an undecided founder']!;
  await page.goto(`/uygunluk/sonuc/#${fragment(plan.answers)}`);
  await expect(summary.getByRole('link')).toHaveCount(Object.keys(plan.statuses).length);
  const unmet = page.locator('[data-prerequisite="founders-min-7"]');
  await expect(unmet).toContainText(words.criteria['criterion.founders-min-7'].name);
  expect(await topOf(unmet)).toBeLessThan(640);
  // The link leads to the explanation and keeps the answers in the address.
  const address = page.url();
  await summary.getByRole('link', { name: words.criteria['criterion.focus'].name }).click();
  await expect(page.locator('#criterion-focus')).toBeFocused();
  await expect(page.locator('#criterion-focus')).toBeInViewport();
  expect(page.url()).toBe(address);
  // Still to decide, not "what you could change".
  await expect(page.locator('[data-criterion="focus"]')).toContainText(words.result.toDecideLabel);
  await expect(page.locator('[data-criterion="focus"]')).not.toContainText(words.result.couldChangeLabel);
});

test('votes by capital share are told that the law gives every member one vote, never that nothing stops them', async ({
  page,
}) => {
  await page.goto(`/uygunluk/sonuc/#${fragment(PLANS['home care with votes by capital share']!.answers)}`);
  const block = page.locator('[data-criterion="democratic-governance"]');
  await expect(block).toContainText('m. 48');
  await expect(block).not.toContainText('engel değildir');
});

// The keyboard's own walk is wizard.spec.ts's: here the forms are filled directly, in every language.
for (const locale of locales) {
  test(`${locale}: the village women’s dairy, answered through the wizard`, async ({ page }) => {
    const plan = PLANS['village women’s dairy that pays its members for their milk']!;
    await page.goto(ROUTES.wizard[locale]);
    await walkToResult(page, plan.answers, locale);
    await expectResult(page, plan);
  });
}
