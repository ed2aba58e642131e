import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * The tests' `test`: on every page a test visits, a Content Security Policy violation (Chromium
 * reports each one as a console error) fails the test. So every page and every wizard step that
 * the suite reaches is also a check of the policy.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      if (violations.length > 0) throw new Error(`Content Security Policy violations:\n${violations.join('\n')}`);
    },
    { auto: true },
  ],
});
