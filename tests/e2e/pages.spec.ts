import { expect, test } from './fixtures';
import { publisher } from '../../src/utils/publisher';

// Every page's status, language, title, landmarks and 320 px fit: every-page.spec.ts.

test.describe(() => {
  // The browser logs the 404 this test asks for.
  test.use({
    expectedConsole: [
      /^error: Failed to load resource: the server responded with a status of 404 .*\/boyle-bir-sayfa-yok\/\)$/,
    ],
  });
  test('an unknown address answers 404 with a Turkish page that offers search and the home page', async ({ page }) => {
    const response = await page.goto('/boyle-bir-sayfa-yok/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Sayfa bulunamadı');
    await expect(page.locator('main form[role="search"] input[name="q"]')).toBeVisible();
    await expect(page.locator('main a[href="/"]')).toBeVisible();
  });
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/calisma-modeli/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ana içeriğe geç' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('Turkish upper-casing gives İ and I: the page kicker reads "BU SİTE HAKKINDA"', async ({ page }) => {
  await page.goto('/gizlilik/');
  // innerText applies CSS text-transform, which follows the page's lang.
  expect(await page.locator('.kicker').innerText()).toBe('BU SİTE HAKKINDA');
});

test('guide pages show breadcrumbs, a last-reviewed date, sources and previous/next links', async ({ page }) => {
  await page.goto('/calisma-modeli/');
  await expect(
    page.getByRole('navigation', { name: 'Bulunduğunuz yer' }).getByRole('link', { name: 'Ana sayfa' }),
  ).toBeVisible();
  await expect(page.locator('.doc__reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('heading', { name: 'Bu sayfanın kaynakları' })).toBeVisible();
  const pagination = page.getByRole('navigation', { name: 'Önceki ve sonraki sayfa' });
  await expect(pagination.locator('a[rel="prev"]')).toHaveCount(1);
  await expect(pagination.locator('a[rel="next"]')).toHaveCount(1);
});

test('long pages have a table of contents whose links reach their sections', async ({ page }) => {
  await page.goto('/sosyal-girisim-modeli/');
  const toc = page.getByRole('navigation', { name: 'Bu sayfada' });
  const targets = await toc.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(targets.length).toBeGreaterThanOrEqual(8);
  for (const target of targets) await expect(page.locator(target!)).toHaveCount(1);
});

test('the print stylesheet hides navigation and keeps the content', async ({ page }) => {
  await page.goto('/nasil-kurulur/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.guide-nav')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});

test('a guide page opens with its "Kısaca" box, and the footer says who speaks', async ({ page }) => {
  await page.goto('/neden-onemli/');
  const inShort = page.getByRole('complementary', { name: 'Kısaca' });
  await expect(inShort).toBeVisible();
  await expect(inShort.getByRole('listitem').first()).toBeVisible();
  const footer = page.locator('footer.site-footer');
  // The build's own configuration (src/utils/publisher.ts): unset, the footer claims nothing about who
  // publishes the site (nobody has confirmed it) and has no contact line.
  if (publisher.name) await expect(footer).toContainText(`Bu siteyi ${publisher.name} yayınlar.`);
  else await expect(footer).not.toContainText(/yayınlar|bağımsız|resmî/);
  const report = footer.getByRole('link', { name: 'Hatayı bildirin' });
  if (!publisher.contact) await expect(report).toHaveCount(0);
  else await expect(report).toHaveAttribute('href', /neden-onemli/);
});
