/**
 * The Chromium every browser check starts: Debian's (Playwright's own download is not reachable from
 * our machines), or CHROMIUM_PATH; with the flags that keep it from its own network and background
 * work. Used by playwright.config.ts and scripts/bench.ts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
