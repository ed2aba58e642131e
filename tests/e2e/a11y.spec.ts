import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { allPages } from './site';

/** WCAG 2.2 AA, as the issue sets it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    // Search with results, and with none: the help list and a spelling suggestion.
    for (const path of [...allPages(), '/arama/?q=kirsal', '/arama/?q=risturm']) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        if (path.includes('?q=')) await expect(page.getByRole('status')).toHaveText(/sonuç/);
        if (path.endsWith('risturm')) await expect(page.getByRole('link', { name: 'risturn' })).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
