import type { Page, Request } from '@playwright/test';
import { ANSWER_KEYS } from '../../src/machines/answers';
import { QUESTIONS } from '../../src/machines/questions';
import { MATCHING_PLAN } from '../support/plans';
import { expect, test } from './fixtures';
import { allPages } from './site';
import { WIZARD, answerWithKeyboard, pressButton, words } from './wizard-driver';

/** Every request the page makes, to check where it goes and what it carries. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** An answer in a request's address or body: `focus=`, `members=`… (a fragment is never sent). */
const carriesAnswer = (text: string) => ANSWER_KEYS.some((key) => text.includes(`${key}=`));

async function expectPrivate(page: Page, requests: Request[], origin: string) {
  for (const request of requests) {
    const url = new URL(request.url());
    expect(url.origin, request.url()).toBe(origin);
    expect(carriesAnswer(url.pathname + url.search), request.url()).toBe(false);
    expect(carriesAnswer(request.postData() ?? ''), request.url()).toBe(false);
    const response = await request.response();
    expect(await response?.headerValue('set-cookie'), request.url()).toBeFalsy();
  }
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
}

// One test per page: each waits for 500 ms of network quiet, which over every page would pass 15 s.
for (const path of [...allPages(), '/arama/?q=kirsal']) {
  test(`${path} asks only its own origin and sets no cookie`, async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(requests.map((request) => new URL(request.url()).pathname)).toContain(path.split('?')[0]);
    await expectPrivate(page, requests, new URL(baseURL!).origin);
  });
}

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
