import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Sizes as the budgets count them: gzip -9 bytes of the built files. Used by the benchmark and the tests. */

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** The built file behind a site path: "/sozluk/" → dist/sozluk/index.html. */
export function distFile(path: string): string {
  const pathname = new URL(path, 'http://site').pathname;
  return join('dist', pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

export interface PageWeight {
  /** The page's HTML and the stylesheets it links, each compressed on its own. */
  htmlAndCss: number;
  /** Every script the page runs before the reader does anything: files and inline scripts. */
  scriptBeforeInteraction: number;
  scripts: string[];
}

/** Loads `path` in the browser, waits until the network is idle, and weighs what it took. */
export async function weighPage(page: Page, path: string): Promise<PageWeight> {
  const scripts = recordScripts(page);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return weighLoadedPage(page, path, scripts);
}

/** The paths of the scripts `page` requests from now on, for `weighLoadedPage`. */
export function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** Weighs a page already loaded from `path`, whose script requests `recordScripts` kept. */
export async function weighLoadedPage(page: Page, path: string, scripts: readonly string[]): Promise<PageWeight> {
  const html = readFileSync(distFile(path));
  const stylesheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  const htmlAndCss =
    gzipSize(html) + stylesheets.reduce((sum, href) => sum + gzipSize(readFileSync(distFile(href))), 0);
  const scriptBeforeInteraction =
    scripts.reduce((sum, src) => sum + gzipSize(readFileSync(distFile(src))), 0) +
    (inline.length > 0 ? gzipSize(inline.join('\n')) : 0);
  return { htmlAndCss, scriptBeforeInteraction, scripts: [...scripts] };
}
