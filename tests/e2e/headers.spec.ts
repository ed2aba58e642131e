import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { allPages } from './site';
import { distFile } from '../support/sizes';

/** public/_headers as hosts read it: a path pattern, then its indented `Name: value` lines. */
function readHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const colon = line.indexOf(':');
      current?.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

/** A policy as a map of directive → sources, so that spacing and order do not matter. */
const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1).join(' ')]));

const rules = readHeaders(readFileSync('dist/_headers', 'utf8'));
const site = rules.get('/*')!;

test('every page’s <meta> policy is the one in _headers, which adds frame-ancestors', () => {
  const header = directives(site.get('content-security-policy') ?? '');
  expect(header.get('frame-ancestors')).toBe("'none'");
  header.delete('frame-ancestors');
  for (const path of allPages()) {
    const html = readFileSync(distFile(path), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const expected = `${meta.replaceAll('&#39;', "'")} frame-ancestors 'none'`;
    expect(Object.fromEntries(header), `${path}: paste into public/_headers:\n  Content-Security-Policy: ${expected}`).toEqual(
      Object.fromEntries(directives(meta.replaceAll('&#39;', "'"))),
    );
  }
});

test('the site sends the security headers a public service needs', () => {
  expect(Number(/max-age=(\d+)/.exec(site.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(site.get('x-content-type-options')).toBe('nosniff');
  expect(site.get('referrer-policy')).toBe('no-referrer');
  const permissions = site.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'fullscreen']) expect(permissions).toContain(`${feature}=()`);
  // The result page copies its link: the one permission the site keeps for itself.
  expect(permissions).toContain('clipboard-write=(self)');
});

test('hashed bundles are cached for a year, and every bundle has a hash in its name', () => {
  expect(rules.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
  for (const file of readdirSync('dist/_astro')) expect(file).toMatch(/\.[\w-]{8,}\.(js|css)$/);
});
