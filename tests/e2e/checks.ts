import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { ANSWER_KEYS } from '../../src/machines/answers';
import { expect, test } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA, as the issue sets it, for every page and every screen of the wizard; or the given axe rules alone. */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(WCAG_22_AA)).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

/**
 * The axe rules whose outcome depends on colours: text contrast, and links told from the text around
 * them by colour alone. The dark scheme changes colours and nothing else (global.css), so these are
 * the rules it can break.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The page in the light colour scheme, every rule; then in the dark one, the colour rules alone. A
 * full pass costs about half as much again as the contrast rule alone (code review 2026-12-05, §3).
 */
export async function expectNoAxeViolationsInEitherScheme(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await test.step('axe, light colour scheme', () => expectNoAxeViolations(page));
  await page.emulateMedia({ colorScheme: 'dark' });
  await test.step('axe colour rules, dark colour scheme', () => expectNoAxeViolations(page, COLOUR_RULES));
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
