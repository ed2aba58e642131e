import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIsCurrent } from '../../../scripts/build-freshness';

let root = '';

/**
 * Writes a file under the fixture's root, dated `minute` minutes past the hour, and dates its folders
 * the same (a folder's time changes when a file is added or removed, and counts as a change).
 */
function write(path: string, minute: number) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  const time = new Date(Date.UTC(2026, 10, 30, 10, minute));
  for (let each = file; each !== root; each = dirname(each)) utimesSync(each, time, time);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-freshness-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildIsCurrent', () => {
  it('is false without a build', () => {
    write('src/pages/index.astro', 1);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('is false for a build the search index step did not finish', () => {
    write('src/pages/index.astro', 1);
    write('dist/index.html', 5);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('is true when every source is older than the build', () => {
    write('src/content/docs/tr/index.mdx', 1);
    write('astro.config.mjs', 2);
    write('dist/index.html', 5);
    write('dist/pagefind/pagefind.js', 6);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it.each([
    'src/content/docs/tr/deep/page.mdx',
    'public/_headers',
    'astro.config.mjs',
    'package-lock.json',
    'scripts/build-search-index.ts',
  ])('is false when %s is edited after the build', (source) => {
    write(source, 1);
    write('dist/index.html', 5);
    write('dist/pagefind/pagefind.js', 6);
    // An edit in place changes the file's time only, not its folders'.
    const edited = new Date(Date.UTC(2026, 10, 30, 10, 7));
    utimesSync(join(root, source), edited, edited);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('sees a removed page, by the time of its folder', () => {
    write('src/content/docs/tr/old.mdx', 1);
    write('dist/index.html', 5);
    write('dist/pagefind/pagefind.js', 6);
    rmSync(join(root, 'src/content/docs/tr/old.mdx'));
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('compares with the older of the two build outputs', () => {
    write('dist/index.html', 5);
    write('src/i18n/tr.ts', 6);
    write('dist/pagefind/pagefind.js', 7);
    expect(buildIsCurrent(root)).toBe(false);
  });
});
