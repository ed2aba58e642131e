import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { ANSWER_KEYS } from '../../src/machines/answers';
import { expect, test } from './fixtures';

/** WCAG 2.2 AA, as the issue sets it, for every page and every screen of the wizard. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The page in the light colour scheme, then in the dark one: the site has both. */
export async function expectNoAxeViolationsInEitherScheme(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await test.step(`axe, ${colorScheme} colour scheme`, () => expectNoAxeViolations(page));
  }
}

/** Every request the page makes from now on, to check where it goes and what it carries. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** An answer in a request's address or body: `focus=`, `members=`… (a fragment is never sent). */
const carriesAnswer = (text: string) => ANSWER_KEYS.some((key) => text.includes(`${key}=`));

/** Every request went to the site itself, carried no answer and set no cookie; the page holds none. */
export async function expectPrivate(page: Page, requests: readonly Request[], origin: string): Promise<void> {
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
