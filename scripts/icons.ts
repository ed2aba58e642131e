/**
 * Makes the home-screen icons of the web manifests (src/pages/[...home]/manifest.webmanifest.ts) from
 * the site's icon, public/favicon.svg: PNGs of 192 and 512 px, and a maskable one of 512 px whose
 * picture stays within the middle 80 % that every phone's mask keeps. Run it after changing the
 * icon: `node scripts/icons.ts`. The PNGs are committed, so the build needs no browser.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The icon's own background (public/favicon.svg), filling the maskable icon to its edges. */
const BACKGROUND = '#0b3d5c';
/** The picture's share of a maskable icon: inside the 80 % circle a mask may keep. */
const MASKABLE_PICTURE = 0.6;

const icon = `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();

async function draw(file: string, size: number, maskable: boolean) {
  await page.setViewportSize({ width: size, height: size });
  const picture = maskable ? Math.round(size * MASKABLE_PICTURE) : size;
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? BACKGROUND : 'transparent'}"><img src="${icon}" width="${picture}" height="${picture}" alt=""></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
}

await draw('icon-192.png', 192, false);
await draw('icon-512.png', 512, false);
await draw('maskable-512.png', 512, true);
await browser.close();
