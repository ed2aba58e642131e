import type { Page } from '@playwright/test';
import { TOOL_PAGES } from '../../budgets';
import { locales } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { KIT_PAPER, type KitPage } from '../../src/utils/print-kit';
import { LOCAL_ORIGIN } from '../../src/utils/site-address';
import { expect, test } from './fixtures';
import { localeOfPath } from '../../src/utils/offline';
import { decodeAll } from './qr-reader';

/**
 * The printed kit for NGOs (issue 11): the poster and the leaflet each print on exactly one page of
 * their paper, and every QR code of the kit opens the address it should, the one printed beside it.
 */

/** ISO 216 sheets in PDF points (1/72 inch), width × height. */
const PAPER_POINTS = { A4: [595.28, 841.89], A5: [419.53, 595.28] } as const;
/** Chromium lays a page out in whole CSS pixels: an A4 sheet's 841.89 pt come out as 841.92. */
const POINTS_ROUNDING = 1;

/** The page objects of a PDF (not the /Pages tree) and their sizes: Chromium writes a /MediaBox on each. */
function pdfPages(pdf: Buffer): { count: number; sizes: number[][] } {
  const text = pdf.toString('latin1');
  const count = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map(([, box]) => {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box!.trim().split(/\s+/).map(Number);
    return [x1 - x0, y1 - y0];
  });
  return { count, sizes };
}

/** The site's public address, as the build wrote it: Astro makes the canonical link from SITE_URL. */
async function siteOf(page: Page): Promise<URL> {
  return new URL(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin);
}

/** Each QR code of the page: what it decodes to, its printed address and link, and its text alternative. */
async function readCodes(page: Page) {
  const codes = await page.locator('.qr').all();
  const decoded = await decodeAll(page);
  return Promise.all(
    codes.map(async (code, index) => ({
      decoded: decoded[index],
      printed: (await code.locator('.qr__address a').textContent())?.trim(),
      href: await code.locator('.qr__address a').getAttribute('href'),
      role: await code.locator('svg.qr-code').getAttribute('role'),
      name: await code.locator('svg.qr-code > title').textContent(),
    })),
  );
}

for (const locale of locales) {
  for (const kind of Object.keys(KIT_PAPER) as KitPage[]) {
    const path = ROUTES[kind][locale];
    const paper = KIT_PAPER[kind];

    test(`${path} prints on exactly one ${paper} page`, async ({ page }) => {
      await page.goto(path);
      const { count, sizes } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
      expect(count, `pages of ${path} in print`).toBe(1);
      expect(sizes.length).toBeGreaterThan(0);
      for (const [width, height] of sizes) {
        expect(Math.abs(width! - PAPER_POINTS[paper][0]), `width ${width} pt`).toBeLessThanOrEqual(POINTS_ROUNDING);
        expect(Math.abs(height! - PAPER_POINTS[paper][1]), `height ${height} pt`).toBeLessThanOrEqual(POINTS_ROUNDING);
      }
    });

    test(`${path}: a QR code to the self-assessment and one to the guide, each with its address in print`, async ({
      page,
    }) => {
      await page.goto(path);
      const site = await siteOf(page);
      const expected = [ROUTES.wizard[locale], ROUTES.home[locale]].map((route) => new URL(route, site).href);
      const codes = await readCodes(page);
      expect(codes.map(({ decoded }) => decoded)).toEqual(expected);
      for (const [index, code] of codes.entries()) {
        const typed = expected[index]!.replace(/^https?:\/\//, '');
        expect(code.printed).toBe(typed);
        expect(code.href).toBe(expected[index]);
        expect(code.role).toBe('img');
        expect(code.name).toContain(typed);
      }
    });
  }

  const sheet = ROUTES.qrCodes[locale];

  // A build without SITE_URL leads its codes to this computer: a sheet of it must say so on paper too.
  for (const path of [ROUTES.poster[locale], ROUTES.leaflet[locale], sheet]) {
    test(`${path} says in print whether it is a local preview, as its codes' addresses are`, async ({ page }) => {
      await page.goto(path);
      const preview = (await siteOf(page)).origin === LOCAL_ORIGIN;
      await page.emulateMedia({ media: 'print' });
      const notice = page.locator('.preview-notice');
      if (preview) await expect(notice).toBeVisible();
      else await expect(notice).toHaveCount(0);
      for (const { printed } of await readCodes(page))
        expect(printed?.startsWith(new URL(LOCAL_ORIGIN).host)).toBe(preview);
    });
  }

  const ngoPage = TOOL_PAGES.find((path) => localeOfPath(path) === locale)!;

  test(`${sheet}: a QR code for each deep link that ${ngoPage} publishes, each opening the address printed beside it`, async ({
    page,
  }) => {
    await page.goto(ngoPage);
    const published = await page.locator('.deep-links code, .deep-links__pages code').allTextContents();
    expect(published.length).toBeGreaterThan(2);
    // Narrower than the default 1280 px: two codes a row leave less white page to screenshot and read.
    await page.setViewportSize({ width: 800, height: 720 });
    await page.goto(sheet);
    const codes = await readCodes(page);
    expect(codes.map(({ decoded }) => decoded)).toEqual(published);
    for (const code of codes) {
      expect(code.printed).toBe(code.decoded!.replace(/^https?:\/\//, ''));
      expect(code.href).toBe(code.decoded);
      expect(code.role).toBe('img');
      expect(code.name).toContain(code.printed);
    }
  });
}
