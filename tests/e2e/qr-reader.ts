import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';

/**
 * What each QR code of the page says, in page order, read as a phone would: from one screenshot of
 * the whole page (one per code would take 40 times as long), cut out code by code.
 */
export async function decodeAll(page: Page): Promise<(string | undefined)[]> {
  const shot = PNG.sync.read(await page.screenshot({ fullPage: true }));
  const boxes = await page.locator('svg.qr-code').evaluateAll((codes) =>
    codes.map((code) => {
      const box = code.getBoundingClientRect();
      const scale = window.devicePixelRatio;
      return [box.left + window.scrollX, box.top + window.scrollY, box.width, box.height].map((value) =>
        Math.round(value * scale),
      );
    }),
  );
  return boxes.map(([x = 0, y = 0, width = 0, height = 0]) => {
    const code = new PNG({ width, height });
    PNG.bitblt(shot, code, x, y, width, height, 0, 0);
    // Dark modules on white, always: no need to try the inverted image as well.
    return jsQR(new Uint8ClampedArray(code.data), width, height, { inversionAttempts: 'dontInvert' })?.data;
  });
}
