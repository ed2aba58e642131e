import { expect, test } from './fixtures';
import { sitePages } from './site';

test('following links (and the search form) from the home page reaches every page of the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    await page.goto(path);
    const hrefs = [
      ...(await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))),
      ...(await page.locator('form[action]').evaluateAll((forms) => forms.map((form) => (form as HTMLFormElement).action))),
    ];
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(sitePages()));
});

test('the header leads to the guide, founding, glossary and self-assessment', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Ana menü' });
  for (const [name, path] of [
    ['Rehber', '/sosyal-kooperatif-nedir/'],
    ['Nasıl kurulur?', '/nasil-kurulur/'],
    ['Sözlük', '/sozluk/'],
    ['Öz değerlendirme', '/uygunluk/'],
  ] as const) {
    await expect(nav.getByRole('link', { name })).toHaveAttribute('href', path);
  }
  await nav.getByRole('link', { name: 'Sözlük' }).click();
  await expect(page).toHaveURL(/\/sozluk\/$/);
  await expect(nav.getByRole('link', { name: 'Sözlük' })).toHaveAttribute('aria-current', 'page');
});

test('the home page has a clear start button for the self-assessment', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Öz değerlendirmeye başlayın' });
  await expect(start).toBeVisible();
  await expect(start).toHaveAttribute('href', '/uygunluk/');
});
