import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabTo } from './wizard-driver';
import { QUESTIONS as FOUNDERS_QUESTIONS } from '../support/search-questions';
import { ROUTES } from '../../src/i18n/routes';
import { dictionaries, locales } from '../../src/i18n';

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

/** The first results' paths after the reader types `question` into the search field of the page open. */
async function ask(page: Page, question: string): Promise<{ paths: string[]; status: string }> {
  const status = page.getByRole('status');
  await page.getByRole('searchbox').fill(question);
  // Every answer names the question in quotes (“…” in Turkish and English, «…» in Arabic); the loading message does not.
  await expect(status).toHaveText(new RegExp(`[“«]${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[”»]`));
  const paths = await page
    .locator('#search-results > li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { paths, status: (await status.textContent()) ?? '' };
}

async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.getByRole('status')).toHaveText(/sonuç/);
  return page
    .locator('#search-results > li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * Each query typed in turn on the search page open, as a reader retypes: those whose page is not
 * among the first three results. One page for several queries loads Pagefind once for them all.
 */
async function missed(page: Page, queries: readonly (readonly [query: string, page: string])[]): Promise<string[]> {
  const misses: string[] = [];
  for (const [query, expected] of queries) {
    const { paths } = await ask(page, query);
    if (!paths.slice(0, 3).includes(expected))
      misses.push(`“${query}” → ${paths.slice(0, 3).join(' ') || 'nothing'}, not ${expected}`);
  }
  return misses;
}

/** Queries per test: enough to share a page load, few enough to stay short on a busy machine. */
const PER_PAGE = 8;

for (let start = 0; start < QUERIES.length; start += PER_PAGE) {
  const chunk = QUERIES.slice(start, start + PER_PAGE);
  test(`queries typed without Turkish letters or in capitals ${start + 1}–${start + chunk.length} find their page in the first three`, async ({
    page,
  }) => {
    await page.goto(ROUTES.search.tr);
    expect(await missed(page, chunk)).toEqual([]);
  });
}

for (const locale of locales) {
  const questions = FOUNDERS_QUESTIONS[locale];
  for (let start = 0; start < questions.length; start += PER_PAGE) {
    const chunk = questions.slice(start, start + PER_PAGE);
    test(`${locale}: founders’ questions ${start + 1}–${start + chunk.length} find their page in the first three`, async ({
      page,
    }) => {
      await page.goto(ROUTES.search[locale]);
      expect(await missed(page, chunk)).toEqual([]);
    });
  }
}

test('when no page holds every word, it says so above the nearest results', async ({ page }) => {
  await page.goto(ROUTES.search.tr);
  // "Çerez" and "kullanıyor" stand on no page together.
  const { paths, status } = await ask(page, 'cerez kullaniyor musunuz');
  expect(status).toMatch(/Tüm sözcükleri içeren sayfa yok; en yakın sonuçlar:$/);
  expect(paths.length).toBeGreaterThan(0);
  await page.goto(ROUTES.search.en);
  // Words that stand on no page together: the glossary's and the privacy page's.
  expect((await ask(page, 'risturn cookies')).status).toMatch(/No page holds all your words; the nearest results:$/);
  expect((await ask(page, 'how many members do I need')).status).not.toContain('No page holds');
});

test('when nothing is found, it offers the self-assessment, the glossary, the founding steps and where to ask', async ({
  page,
}) => {
  const t = dictionaries.tr;
  const help = page.getByRole('region', { name: t['search.help.heading'] });
  await page.goto(`${ROUTES.search.tr}?q=zzzqqq`);
  await expect(help).toBeVisible();
  const links = help.getByRole('link');
  await expect(links).toHaveText(
    (['search.help.wizard', 'search.help.glossary', 'search.help.founding', 'search.help.advice'] as const).map(
      (key) => t[key],
    ),
  );
  expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual([
    '/uygunluk/',
    '/sozluk/',
    '/nasil-kurulur/',
    '/nasil-kurulur/#nereye-sorabilirsiniz',
  ]);
  await ask(page, 'kirsal');
  await expect(help).toBeHidden();

  await page.goto(`${ROUTES.search.en}?q=zzzqqq`);
  await expect(
    page.getByRole('region', { name: dictionaries.en['search.help.heading'] }).getByRole('link'),
  ).toHaveCount(4);
});

test('a misspelt word gets the spelling the pages use, as a link that searches it', async ({ page }) => {
  await page.goto(ROUTES.search.tr);
  await ask(page, 'risturm nedir');
  const suggestion = page.getByRole('link', { name: 'risturn nedir' });
  await expect(page.getByText('Bunu mu demek istediniz:')).toBeVisible();
  await suggestion.click();
  await expect(page.getByRole('status')).toHaveText(/“risturn nedir” için \d+ sonuç bulundu/);
  await expect(page.getByText('Bunu mu demek istediniz:')).toBeHidden();

  await page.goto(ROUTES.search.en);
  await ask(page, 'glosary');
  await expect(page.getByRole('link', { name: 'glossary', exact: true })).toBeVisible();
});

test('results show the Turkish spelling, with the matched word marked', async ({ page }) => {
  await page.goto('/arama/?q=kirsal');
  await expect(page.getByRole('status')).toHaveText(/sonuç bulundu/);
  const marks = await page.locator('#search-results mark').allInnerTexts();
  expect(marks.map((mark) => mark.toLocaleLowerCase('tr'))).toContain('kırsal');
  await expect(page.locator('#search-results')).not.toContainText('kirsal');
});

test('Arabic search finds the Arabic glossary for a Turkish term typed in Latin letters, and Arabic pages only', async ({
  page,
}) => {
  await page.goto(ROUTES.search.ar);
  const { paths } = await ask(page, 'anasozlesme');
  expect(paths).toContain('/ar/glossary/');
  expect(paths.every((path) => path.startsWith('/ar/'))).toBe(true);
});

test('Arabic results show the pages’ spelling, hamza and all, whatever alef the reader typed', async ({ page }) => {
  await page.goto(ROUTES.search.ar);
  await ask(page, 'الاعضاء');
  const marks = await page.locator('#search-results mark').allInnerTexts();
  expect(marks).toContain('الأعضاء');
  expect(marks).not.toContain('الاعضاء');
});

test('a query that matches nothing says so', async ({ page }) => {
  await page.goto('/arama/?q=zzzqqq');
  await expect(page.getByRole('status')).toHaveText(
    '“zzzqqq” için sonuç bulunamadı. Başka bir sözcük deneyin ya da aşağıdaki sayfalara göz atın.',
  );
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
