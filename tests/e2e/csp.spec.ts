import { test as withoutCspFixture } from '@playwright/test';
import { SEARCH_PAGES } from '../../budgets';
import { addressesOf } from '../../src/i18n/routes';
import { expect, recordCspViolations, test } from './fixtures';

test('the pages carry a strict Content Security Policy', async ({ page }) => {
  for (const path of addressesOf('home', 'wizard', 'search')) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy, path).toMatch(/object-src 'none'/);
    expect(policy, path).toMatch(/base-uri 'self'/);
    expect(policy, path).toMatch(/form-action 'self'/);
    // Only search runs WebAssembly (Pagefind).
    expect(policy, path).toMatch(
      SEARCH_PAGES.includes(path) ? /script-src 'self' 'wasm-unsafe-eval' 'sha256-/ : /script-src 'self' 'sha256-/,
    );
    expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  }
});

// Without the suite's fixture, which would fail this test on the violation it sets out to cause.
withoutCspFixture(
  'an injected inline script is blocked, and the suite’s recorder notices the violation',
  async ({ page }) => {
    const violations = recordCspViolations(page);
    await page.goto('/');
    const title = await page.title();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    expect(await page.title()).toBe(title);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  },
);
