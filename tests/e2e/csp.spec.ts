import { expect, test } from './fixtures';

test('the pages carry a strict Content Security Policy', async ({ page }) => {
  for (const path of ['/', '/uygunluk/', '/arama/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy, path).toMatch(/object-src 'none'/);
    expect(policy, path).toMatch(/base-uri 'self'/);
    expect(policy, path).toMatch(/form-action 'self'/);
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  }
});

test('an injected inline script is blocked, and the suite notices the violation', async ({ page }) => {
  // The fixture fails every test that meets a violation: here that failure is the expected outcome.
  test.fail();
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  await expect(page).not.toHaveTitle('injected');
});
