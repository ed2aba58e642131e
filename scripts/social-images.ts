/**
 * Makes the social cards (public/social/<locale>.png, 1200 × 630) that pages show when shared. Run
 * it after changing the site's name or tagline: `node scripts/social-images.ts`. The cards are
 * committed, so the build needs no browser.
 */
import { chromium } from '@playwright/test';
import { dictionaries } from '../src/i18n/index.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const [locale, words] of Object.entries(dictionaries)) {
  await page.setContent(`<!doctype html><html lang="${locale}" dir="auto"><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;background:#0b3d5c;color:#fff;font-family:system-ui,'Noto Sans','Noto Naskh Arabic',Arial,sans-serif">
    <svg width="120" height="120" viewBox="0 0 32 32" aria-hidden="true"><circle cx="11" cy="13" r="4" fill="#fff"/><circle cx="21" cy="13" r="4" fill="#fff"/><path d="M5 26c1-5 4-7 6-7s5 2 6 7zm10 0c1-5 4-7 6-7s5 2 6 7z" fill="#fff"/></svg>
    <p style="font-size:76px;font-weight:700;line-height:1.1;margin:32px 0 24px">${escape(words['site.name'])}</p>
    <p style="font-size:38px;line-height:1.3;margin:0;max-width:960px;color:#dce9f2">${escape(words['site.tagline'])}</p>
    <div style="position:absolute;inset-inline:0;bottom:0;height:16px;background:#00703c"></div></body></html>`);
  await page.screenshot({ path: `public/social/${locale}.png` });
}
await browser.close();
