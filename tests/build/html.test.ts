/** The Nu Html Checker (vnu-jar, on Java) over every built page: not one error. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { DIST, allPages, builtPages } from '../support/dist';

// One Java process checks every page: about 8 s on a quiet machine, most of it the JVM starting.
// Each page on its own would start the JVM once a page.
const VNU_TIME = 30_000;

it(
  'every built page is valid HTML',
  async () => {
    const pages = builtPages().map((page) => join(DIST, page.file));
    expect(pages.length, 'every page of the site is checked').toBeGreaterThanOrEqual(allPages().length);
    const jar = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    let report = '';
    try {
      await promisify(execFile)('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...pages], {
        encoding: 'utf8',
      });
    } catch (error) {
      // vnu exits non-zero when it finds errors and writes them to stderr.
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      report = `${stdout ?? ''}${stderr ?? ''}`.trim() || String(error);
    }
    expect(report).toBe('');
  },
  VNU_TIME,
);
