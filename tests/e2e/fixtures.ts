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

/**
 * The tests' `test`: on every page a test visits, a Content Security Policy violation fails the
 * test. So every page and every wizard step that the suite reaches is also a check of the policy.
 * Tests that need no page (build checks, HTTP checks) use Playwright's own `test`, which opens none.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations = recordCspViolations(page);
      await use(violations);
      if (violations.length > 0) throw new Error(`Content Security Policy violations:\n${violations.join('\n')}`);
    },
    { auto: true },
  ],
});
