/**
 * The benchmark: Lighthouse (pinned in package.json, its default mobile settings) over the home
 * page, a content page, the wizard and a result link, and the Arabic home, wizard and result, with
 * the budget figures of budgets.ts.
 *
 *   npm run bench        builds (timed), prints everything, writes reports/bench-<time>.json
 *   npm run lighthouse   the Lighthouse part alone on an existing build (part of `npm test`)
 *
 * Timings vary on a shared machine, so they are reported, not asserted. The scores that do not
 * vary are asserted: accessibility, best practices and SEO must all be 100.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { BUDGETS, WIZARD_PAGES } from '../budgets.ts';
import { ROUTES } from '../src/i18n/routes.ts';
import { distFile, weighPage } from './sizes.ts';

const PORT = 4398;
const ORIGIN = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The contract's example result link, as the page for NGOs publishes it (DeepLinks.astro). */
function publishedResultLink(): string {
  const html = readFileSync(distFile('/sitenize-ekleyin/'), 'utf8');
  const link = new RegExp(`<code>(https?://[^<]*${ROUTES.result.tr}#[^<]+)</code>`).exec(html)?.[1];
  if (!link) throw new Error('dist/sitenize-ekleyin/ gives no result link: build first');
  const { pathname, hash } = new URL(link.replaceAll('&amp;', '&'));
  return `${pathname}${hash}`;
}

/** Read after the build, which writes the result link; the same link opens the Arabic result. */
const pagesToAudit = () => {
  const resultLink = publishedResultLink();
  const fragment = resultLink.slice(resultLink.indexOf('#'));
  return [
    { name: 'home', path: ROUTES.home.tr },
    { name: 'content page', path: '/calisma-modeli/' },
    { name: 'wizard', path: ROUTES.wizard.tr },
    { name: 'result link', path: resultLink },
    // Right to left: its own layout and fonts.
    { name: 'Arabic home', path: ROUTES.home.ar },
    { name: 'Arabic wizard', path: ROUTES.wizard.ar },
    { name: 'Arabic result link', path: `${ROUTES.result.ar}${fragment}` },
  ];
};

/** Scores that do not depend on the machine's speed. */
const FIXED_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

const withBuild = process.argv.includes('--build');

function timedBuild(): number {
  const started = performance.now();
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  return Math.round(performance.now() - started);
}

async function startPreview(): Promise<ChildProcess> {
  // From node_modules/.bin, not npx, so that killing it stops the server; --ignore-lock lets it
  // run beside a developer's own preview.
  const server = spawn('node_modules/.bin/astro', ['preview', '--port', String(PORT), '--ignore-lock'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await fetch(ORIGIN).then((response) => response.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${ORIGIN}`);
}

/**
 * chrome-launcher stops Chrome with SIGKILL, so Chrome cannot remove the folders it makes in the
 * system's temporary folder (org.chromium.Chromium.*, one per launch). Its TMPDIR is a folder of
 * this run instead, removed at the end.
 */
const chromeTemp = mkdtempSync(join(tmpdir(), 'sosyal-kooperatif-bench-'));

async function audit(path: string) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, envVars: { ...process.env, TMPDIR: chromeTemp } });
  try {
    const result = await lighthouse(`${ORIGIN}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', ...FIXED_CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      totalBytes: Math.round(audits['total-byte-weight']?.numericValue ?? NaN),
      /** What held performance back: the audits that lost points, worst first. */
      held: Object.values(audits)
        .filter((entry) => entry.score !== null && entry.score < 0.9 && entry.scoreDisplayMode === 'numeric')
        .map((entry) => entry.id),
    };
  } finally {
    chrome.kill();
  }
}

const buildMs = withBuild ? timedBuild() : undefined;
const server = await startPreview();
const rows = [];
try {
  const browser = withBuild ? await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) }) : undefined;
  for (const { name, path } of pagesToAudit()) {
    const scores = await audit(path);
    const isWizard = WIZARD_PAGES.includes(path.split('#')[0]!);
    const budget = isWizard ? BUDGETS.wizardPage : BUDGETS.contentPage;
    const weight = browser ? await weighPage(await browser.newPage({ baseURL: ORIGIN }), path) : undefined;
    rows.push({ name, path, ...scores, ...(weight && { htmlAndCss: weight.htmlAndCss, script: weight.scriptBeforeInteraction, budget }) });
  }
  await browser?.close();
} finally {
  server.kill();
  rmSync(chromeTemp, { recursive: true, force: true });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nLighthouse (mobile):');
console.table(
  Object.fromEntries(
    rows.map((row) => [
      row.name,
      { perf: row.performance, a11y: row.accessibility, bp: row['best-practices'], seo: row.seo, 'LCP ms': row.lcpMs, 'TBT ms': row.tbtMs, CLS: row.cls, bytes: kb(row.totalBytes) },
    ]),
  ),
);
if (withBuild) {
  console.log('Budgets (gzip -9):');
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.name,
        { 'HTML+CSS': kb(row.htmlAndCss ?? 0), 'budget ': kb(row.budget?.htmlAndCss ?? 0), JS: kb(row.script ?? 0), budget: kb(row.budget?.scriptBeforeInteraction ?? 0) },
      ]),
    ),
  );
  console.log(`Build (astro build + search index): ${((buildMs ?? 0) / 1000).toFixed(1)} s`);
  mkdirSync('reports', { recursive: true });
  const file = `reports/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), buildMs, pages: rows }, null, 2)}\n`);
  console.log(`Report: ${file}`);
}
for (const row of rows.filter((row) => row.performance < 100)) console.log(`${row.name}: performance held back by ${row.held.join(', ') || 'nothing above 0.9'}`);

const failures = rows.flatMap((row) => FIXED_CATEGORIES.filter((category) => row[category] !== 100).map((category) => `${row.name}: ${category} ${row[category]}`));
if (failures.length > 0) {
  console.error(`Lighthouse scores below 100:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Lighthouse: accessibility, best practices and SEO are 100 on all ${rows.length} pages.`);
