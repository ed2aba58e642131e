import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabTo } from './wizard-driver';

/**
 * Queries typed as Turkish readers type them: without Turkish letters, in capitals, with and without
 * the circumflex. Each must bring the page that holds the answer into the first three results.
 */
const QUERIES: readonly [query: string, page: string][] = [
  ['kirsal', '/neden-onemli/'],
  ['KIRSAL', '/neden-onemli/'],
  ['KALKINMA', '/neden-onemli/'],
  ['kalkınma', '/neden-onemli/'],
  ['kar amaci', '/diger-kooperatiflerden-farki/'],
  ['kâr amacı', '/diger-kooperatiflerden-farki/'],
  ['KAR AMACI', '/diger-kooperatiflerden-farki/'],
  ['ISSIZ', '/neden-onemli/'],
  ['bakima muhtac', '/neden-onemli/'],
  ['yedek akce', '/calisma-modeli/'],
  ['risturn', '/calisma-modeli/'],
  ['anasozlesme', '/nasil-kurulur/'],
  ['KOOPBIS', '/nasil-kurulur/'],
  ['denetci', '/sozluk/'],
  ['cerez', '/gizlilik/'],
  ['inovatif cozum', '/sosyal-girisim-modeli/'],
  ['esnek uyelik', '/sosyal-girisim-modeli/'],
  ['hukuki danismanlik', '/kaynaklar/'],
];

async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.getByRole('status')).toHaveText(/sonuç/);
  return page.locator('#search-results > li > a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

for (const [query, expected] of QUERIES) {
  test(`"${query}" finds ${expected}`, async ({ page }) => {
    await page.goto(`/arama/?q=${encodeURIComponent(query)}`);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain(expected);
  });
}

test('results show the Turkish spelling, with the matched word marked', async ({ page }) => {
  await page.goto('/arama/?q=kirsal');
  await expect(page.getByRole('status')).toHaveText(/sonuç bulundu/);
  const marks = await page.locator('#search-results mark').allInnerTexts();
  expect(marks.map((mark) => mark.toLocaleLowerCase('tr'))).toContain('kırsal');
  await expect(page.locator('#search-results')).not.toContainText('kirsal');
});

test('a query that matches nothing says so', async ({ page }) => {
  await page.goto('/arama/?q=zzzqqq');
  await expect(page.getByRole('status')).toHaveText('“zzzqqq” için sonuç bulunamadı. Başka bir sözcük deneyin ya da aşağıdaki sayfalara göz atın.');
});

test('the header search works with the keyboard alone, from a content page', async ({ page }) => {
  await page.goto('/sozluk/');
  await tabTo(page, page.getByRole('searchbox', { name: 'Sitede ara' }));
  await page.keyboard.type('GENEL KURUL');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/arama\/\?q=GENEL\+KURUL$/);
  const paths = await resultPaths(page);
  expect(paths).toContain('/sozluk/');
  await expect(page.getByRole('searchbox', { name: 'Sitede ara' })).toHaveValue('GENEL KURUL');
});

test('typing on the search page updates the results and announces them politely', async ({ page }) => {
  await page.goto('/arama/');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const field = page.getByRole('searchbox', { name: 'Sitede ara' });
  await field.fill('sozluk');
  await field.fill('gocmen');
  await expect(status).toHaveText(/“gocmen” için \d+ sonuç bulundu/);
  await expect(page).toHaveURL(/\?q=gocmen$/);
});

test('Pagefind is loaded only once the reader searches', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) loaded.push(request.url());
  });
  await page.goto('/arama/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.getByRole('searchbox', { name: 'Sitede ara' }).focus();
  await expect.poll(() => loaded.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});
