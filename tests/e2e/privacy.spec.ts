import { QUESTIONS } from '../../src/machines/questions';
import { MATCHING_PLAN } from '../support/plans';
import { expectPrivate, recordRequests } from './checks';
import { expect, test } from './fixtures';
import { WIZARD, answerWithKeyboard, pressButton, words } from './wizard-driver';

// Every page on its own: every-page.spec.ts.
test('a whole wizard run sends no answer anywhere and sets no cookie', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto(WIZARD);
  await pressButton(page, words.intro.start);
  for (const question of QUESTIONS) await answerWithKeyboard(page, question.id, MATCHING_PLAN);
  await pressButton(page, words.check.confirm);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
  await page.waitForLoadState('networkidle');
  // The answers are in the address, after the "#": the browser keeps that part to itself.
  expect(new URL(page.url()).hash).toContain('members=9');
  await expectPrivate(page, requests, new URL(baseURL!).origin);
});
