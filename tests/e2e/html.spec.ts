import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './site';
// Plain Playwright, not ./fixtures: this check reads files and needs no browser page.
import { expect, test } from '@playwright/test';

/** The Nu Html Checker (vnu-jar, on Java) over every built page: not one error. */
test('every built page is valid HTML', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => join('dist', file));
  expect(pages.length, 'every page of the site is checked').toBeGreaterThanOrEqual(allPages().length);
  const jar = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  let report = '';
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes them to stderr.
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    report = `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error);
  }
  expect(report).toBe('');
});
