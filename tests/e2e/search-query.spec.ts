import { locales } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { MAX_QUERY_LENGTH } from '../../src/utils/search-query';
import { expect, test } from './fixtures';

/** What a crafted or careless search link does to the search page (security review of 2026-12-05, MINOR-3 and MINOR-4). */
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

for (const locale of locales) {
  test(`${locale}: the query stays inside its own direction in the status, and a very long one is cut, said, and kept out of the address`, async ({
    page,
  }) => {
    const crafted = `${RIGHT_TO_LEFT_OVERRIDE}zzqq`;
    await page.goto(`${ROUTES.search[locale]}?q=${encodeURIComponent(crafted)}`);
    const status = page.locator('#search-status');
    await expect(status.locator('bdi')).toHaveText(crafted);

    const long = 'zzqq '.repeat(2_000);
    await page.locator('#search input[name="q"]').fill(long);
    await expect(status.locator('bdi')).toHaveText(long.slice(0, MAX_QUERY_LENGTH));
    await expect(status).toContainText(String(MAX_QUERY_LENGTH));
    expect(new URL(page.url()).searchParams.get('q')).toBe(long.slice(0, MAX_QUERY_LENGTH));
  });
}
