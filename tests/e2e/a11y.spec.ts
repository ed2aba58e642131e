import { expectNoAxeViolationsInEitherScheme } from './checks';
import { expect, test } from './fixtures';

// Every page as built is checked in every-page.spec.ts, the wizard's screens in wizard.spec.ts. Here:
// the states the search page reaches only by a query, with results, and with none (the help list
// and a spelling suggestion).
test('axe finds no WCAG 2.2 AA violation on search results', async ({ page }) => {
  await page.goto('/arama/?q=kirsal');
  await expect(page.getByRole('status')).toHaveText(/sonuç/);
  await expectNoAxeViolationsInEitherScheme(page);
});

test('axe finds no WCAG 2.2 AA violation on an empty search with its help and a suggestion', async ({ page }) => {
  await page.goto('/arama/?q=risturm');
  await expect(page.getByRole('link', { name: 'risturn' })).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(page);
});
