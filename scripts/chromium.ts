import { existsSync } from 'node:fs';

/**
 * The Chromium every browser check starts: Debian's (Playwright's own download is not reachable from
 * our machines), or CHROMIUM_PATH; with the flags that keep it from its own network and background
 * work. Used by playwright.config.ts and scripts/bench.ts.
 *
 * Debian's headless shell first, where it is installed (`apt-get install chromium-headless-shell`):
 * the same engine and version as the browser, and what Playwright itself runs for headless tests. The
 * whole browser in its headless mode took 40% longer over the same pages (every-page.spec.ts: 133 s
 * against 93 s on two cores), and the browser tests are most of `npm test`.
 */
const DEBIAN_CHROMIUM = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM.find((path) => existsSync(path)) ?? DEBIAN_CHROMIUM.at(-1)!;

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
