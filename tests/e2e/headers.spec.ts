import { readFileSync, readdirSync } from 'node:fs';
import { ROUTES } from '../../src/i18n/routes';
import { directives, headersFor, readHeaderRules } from '../support/headers';
import { distFile } from '../support/sizes';
import { expect, test } from './fixtures';
import { allPages } from './site';

const rules = readHeaderRules();
const embedded: string[] = [...Object.values(ROUTES.embed), ...Object.values(ROUTES.embedResult)];

test('every page’s <meta> policy is the one the headers send, which adds frame-ancestors', () => {
  for (const path of [...allPages(), ...embedded]) {
    const header = directives(headersFor(rules, path)['content-security-policy'] ?? '');
    // Only the wizard made for embedding may be framed, by any site; every other page by none.
    expect(header.get('frame-ancestors'), path).toBe(embedded.includes(path) ? '*' : "'none'");
    header.delete('frame-ancestors');
    const html = readFileSync(distFile(path), 'utf8');
    const meta = (/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(Object.fromEntries(header), `${path}: paste into public/_headers:\n  Content-Security-Policy: ${meta} frame-ancestors …`).toEqual(
      Object.fromEntries(directives(meta)),
    );
  }
});

test('the site sends the security headers a public service needs', () => {
  const site = headersFor(rules, '/');
  expect(Number(/max-age=(\d+)/.exec(site['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(site['x-content-type-options']).toBe('nosniff');
  expect(site['referrer-policy']).toBe('no-referrer');
  const permissions = site['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'fullscreen']) expect(permissions).toContain(`${feature}=()`);
  // The result page copies its link: the one permission the site keeps for itself.
  expect(permissions).toContain('clipboard-write=(self)');
});

test('hashed bundles are cached for a year, and every bundle has a hash in its name', () => {
  expect(headersFor(rules, '/_astro/x.js')['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const file of readdirSync('dist/_astro')) expect(file).toMatch(/\.[\w-]{8,}\.(js|css)$/);
});
