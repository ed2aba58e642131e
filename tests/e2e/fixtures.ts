import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** Collects the Content Security Policy violations of a page: Chromium reports each one as a console error. */
export function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Every console message and uncaught error of a page: the site logs nothing, so each one is a fault. */
export function recordConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    // Said by the test harness, not the site: the suite blocks service workers (playwright.config.ts).
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    messages.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return messages;
}

/**
 * The tests' `test`: on every page a test visits, a console message (a Content Security Policy
 * violation, a header the browser does not understand, an error) fails the test. So every page and
 * every wizard step that the suite reaches is also a check of the policy and the headers. A test
 * that causes a message on purpose names it in `expectedConsole`. Tests that need no page (build
 * checks, HTTP checks) use Playwright's own `test`, which opens none.
 */
export const test = base.extend<{ expectedConsole: RegExp[]; consoleMessages: string[] }>({
  expectedConsole: [[], { option: true }],
  consoleMessages: [
    async ({ page, expectedConsole }, use) => {
      const messages = recordConsole(page);
      await use(messages);
      const unexpected = messages.filter((message) => !expectedConsole.some((expected) => expected.test(message)));
      if (unexpected.length > 0) throw new Error(`Console messages:\n${unexpected.join('\n')}`);
    },
    { auto: true },
  ],
});
