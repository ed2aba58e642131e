import { MATCHING_PLAN } from '../support/plans';
import { expectPrivate, recordRequests } from './checks';
import { expect, test } from './fixtures';
import { WIZARD, answerDirectly, words } from './wizard-driver';
import { QUESTION_IDS } from '../../src/machines/questions';

// Every page on its own: every-page.spec.ts. The keyboard's own walk: wizard.spec.ts.
test('a whole wizard run sends no answer anywhere, sets no cookie, and asks for no script once its page has loaded', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto(WIZARD);
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  await page.getByRole('button', { name: words.intro.start, exact: true }).click();
  for (const question of QUESTION_IDS) await answerDirectly(page, question, MATCHING_PLAN);
  await expect(page.locator('h1')).toHaveText(words.check.title);
  // The wizard page loads all its script up front (budgets.ts): answering asks for none.
  expect(
    requests
      .slice(loaded)
      .filter((request) => request.resourceType() === 'script')
      .map((request) => request.url()),
  ).toEqual([]);
  await page.getByRole('button', { name: words.check.confirm, exact: true }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
  await page.waitForLoadState('networkidle');
  // The answers are in the address, after the "#": the browser keeps that part to itself.
  expect(new URL(page.url()).hash).toContain(`members=${MATCHING_PLAN.members}`);
  await expectPrivate(page, requests, new URL(baseURL!).origin);
});
