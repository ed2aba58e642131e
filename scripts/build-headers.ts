/**
 * Writes dist/_headers (Cloudflare Pages' format) after `astro build`. The Content Security Policy
 * is the one Astro wrote into each built page's <meta>, plus what a <meta> cannot carry:
 * frame-ancestors. Nothing here repeats a hash, so a changed script or an Astro upgrade needs no
 * hand edit. tests/e2e/headers.spec.ts checks the result as served by `wrangler pages dev`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressesOf } from '../src/i18n/routes.ts';
import { metaPolicy, parseBuiltPage } from '../src/utils/built-html.ts';
import { WORKER_IMPORTS, addressOf } from './precache.ts';
import { SHIPPED_WORKERS } from './retired-worker.ts';

const DIST = 'dist';

/** Only the wizard made for embedding (see /sitenize-ekleyin/) may be framed, by any site. */
const FRAMEABLE = addressesOf('embed', 'embedResult');

/** Sent with every response. */
const SITE_HEADERS = [
  'Strict-Transport-Security: max-age=63072000; includeSubDomains',
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: no-referrer',
  'Cross-Origin-Opener-Policy: same-origin',
  // The result page copies its link: the one permission the site keeps for itself. Only features
  // Chromium knows: an unknown one costs a console message on every page (tests/e2e/headers.spec.ts).
  'Permissions-Policy: accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), gamepad=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), local-fonts=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-create=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(self)',
];

const CACHE_RULES = [
  // Astro's bundles have a content hash in their names: they never change, so browsers keep them.
  ['/_astro/*', 'Cache-Control: public, max-age=31536000, immutable'],
  // Pagefind's index changes with every build, under the same names for its entry files.
  ['/pagefind/*', 'Cache-Control: public, max-age=3600, must-revalidate'],
  // The service workers and the scripts they import, asked afresh each time the browser checks for a
  // new version, so that a fix reaches readers on their next visit (scripts/build-service-workers.ts).
  ...[...SHIPPED_WORKERS, ...WORKER_IMPORTS].map((path) => [path, 'Cache-Control: no-cache'] as const),
] as const;

function policyOf(html: string, file: string): string {
  const policy = metaPolicy(parseBuiltPage(html));
  if (!policy) throw new Error(`${file}: Astro wrote no Content Security Policy <meta>`);
  return policy.replace(/;\s*$/, '');
}

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .sort()
  .map((file) => ({ path: addressOf(file), policy: policyOf(readFileSync(join(DIST, file), 'utf8'), file) }));

/** The policy most pages share goes to every address (the 404 page too); the others by exact path. */
const counts = Map.groupBy(pages, ({ policy }) => policy);
const [sitePolicy] = [...counts.entries()].sort(([, a], [, b]) => b.length - a.length)[0]!;
const cspLine = (policy: string, path: string) =>
  `Content-Security-Policy: ${policy}; frame-ancestors ${FRAMEABLE.includes(path) ? '*' : "'none'"}`;

const rules: string[][] = [['/*', cspLine(sitePolicy, '/*'), ...SITE_HEADERS]];
for (const { path, policy } of pages) {
  // "! Name" is Cloudflare Pages' way to drop a header an earlier rule gave.
  if (policy !== sitePolicy || FRAMEABLE.includes(path))
    rules.push([path, '! Content-Security-Policy', cspLine(policy, path)]);
}

/**
 * A worker takes its policy from its own response, not from the page that starts it: a script that
 * compiles WebAssembly (Pagefind's search worker) gets the site's policy plus 'wasm-unsafe-eval', nothing more.
 */
const WASM = "'wasm-unsafe-eval'";
const wasmPolicy = sitePolicy.replace(/script-src([^;]*)/, (directive) =>
  directive.includes(WASM) ? directive : `${directive.trimEnd()} ${WASM}`,
);
const compilesWasm = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js') && readFileSync(join(DIST, file), 'utf8').includes('WebAssembly.'))
  .sort()
  .map((file) => `/${file}`);
if (compilesWasm.length === 0) throw new Error('No script compiles WebAssembly: has Pagefind moved its worker?');
for (const path of compilesWasm) rules.push([path, '! Content-Security-Policy', cspLine(wasmPolicy, path)]);

for (const [pattern, header] of CACHE_RULES) rules.push([pattern, header]);

const text = rules
  .map(([pattern, ...headers]) => [pattern, ...headers.map((header) => `  ${header}`)].join('\n'))
  .join('\n\n');
writeFileSync(join(DIST, '_headers'), `# Written by scripts/build-headers.ts: do not edit.\n\n${text}\n`);
console.log(`Headers: ${rules.length} rules written to dist/_headers`);
