import { expect, test } from './fixtures';

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
