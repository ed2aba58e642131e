import { readdirSync } from 'node:fs';
// Plain Playwright, not ./fixtures: these tests ask the host over HTTP and need no browser page.
import { expect, test } from '@playwright/test';
import { addressesOf } from '../../src/i18n/routes';
import { WORKER_IMPORTS } from '../../scripts/precache';
import { SHIPPED_WORKERS } from '../../scripts/retired-worker';
import { ORIGIN } from './servers';
import { metaPolicy } from '../../src/utils/built-html';
import { allPages, builtPage } from '../support/dist';

/**
 * The headers as Cloudflare's own runtime (`wrangler pages dev dist`) serves them from the
 * dist/_headers that `npm run build` writes (scripts/build-headers.ts).
 */
const embedded = addressesOf('embed', 'embedResult');

/** A policy as a map of directive → sources, so that spacing and order do not matter. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1).join(' ')]),
  );

const headersOf = async (request: import('@playwright/test').APIRequestContext, path: string) =>
  (await request.head(`${ORIGIN}${path}`)).headers();

test('every page is sent the policy of its <meta>, plus frame-ancestors: any site for the embedded wizard, none for the rest', async ({
  request,
}) => {
  const pages = allPages();
  for (const path of embedded) expect(pages, 'the embedded wizard is among the pages checked').toContain(path);
  for (const path of pages) {
    const header = directives((await headersOf(request, path))['content-security-policy'] ?? '');
    expect(header.get('frame-ancestors'), path).toBe(embedded.includes(path) ? '*' : "'none'");
    header.delete('frame-ancestors');
    const meta = metaPolicy(builtPage(path).document) ?? '';
    expect(Object.fromEntries(header), path).toEqual(Object.fromEntries(directives(meta)));
  }
});

test('the site sends the security headers a public service needs', async ({ request }) => {
  const site = await headersOf(request, '/');
  expect(Number(/max-age=(\d+)/.exec(site['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(site['x-content-type-options']).toBe('nosniff');
  expect(site['referrer-policy']).toBe('no-referrer');
  const permissions = site['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'fullscreen'])
    expect(permissions).toContain(`${feature}=()`);
  // The result page copies its link: the one permission the site keeps for itself.
  expect(permissions).toContain('clipboard-write=(self)');
});

test('hashed bundles are cached for a year, and every bundle has a hash in its name', async ({ request }) => {
  const bundles = readdirSync('dist/_astro');
  for (const file of bundles) expect(file).toMatch(/\.[\w-]{8,}\.(js|css)$/);
  expect((await headersOf(request, `/_astro/${bundles[0]}`))['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
});

test('the service workers are asked afresh on every check for a new version, and only the site’s own workers may run', async ({
  request,
}) => {
  for (const path of [...SHIPPED_WORKERS, ...WORKER_IMPORTS]) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  for (const path of allPages()) {
    const policy = directives((await headersOf(request, path))['content-security-policy'] ?? '');
    expect(policy.get('worker-src'), path).toBe("'self'");
  }
});

test('every script that runs as a worker is sent a policy of its own: the site’s, plus WebAssembly for search only', async ({
  request,
}) => {
  // A worker takes its policy from its own response, not from the page that starts it.
  const site = directives((await headersOf(request, '/'))['content-security-policy'] ?? '');
  const withWasm = new Map(site).set('script-src', `${site.get('script-src')} 'wasm-unsafe-eval'`);
  const workers = [
    ['/pagefind/pagefind-worker.js', withWasm],
    ...[...SHIPPED_WORKERS, ...WORKER_IMPORTS].map((path) => [path, site] as const),
  ] as const;
  for (const [path, expected] of workers) {
    const policy = directives((await headersOf(request, path))['content-security-policy'] ?? '');
    expect(Object.fromEntries(policy), path).toEqual(Object.fromEntries(expected));
  }
  expect(site.get('script-src')).not.toContain('wasm');
});
