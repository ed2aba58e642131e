/**
 * `npm start`: builds the site when there is no build yet or a source is newer than it, then serves
 * dist/ on http://localhost:4321 (or the port in PORT). `npm run dev` shows changes without a build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What the build reads: a change in any of them makes dist/ stale. */
const SOURCES = ['src', 'public', 'scripts/build-search-index.ts', 'astro.config.mjs', 'package.json', 'package-lock.json'];
/** Written by the build's first and last steps (Astro's pages, then the search index). */
const BUILD_OUTPUTS = ['dist/index.html', 'dist/pagefind/pagefind.js'];

function newestChange(path: string): number {
  const own = statSync(path).mtimeMs;
  if (!statSync(path).isDirectory()) return own;
  return Math.max(own, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

function buildIsCurrent(): boolean {
  if (!BUILD_OUTPUTS.every((output) => existsSync(output))) return false;
  const built = Math.min(...BUILD_OUTPUTS.map((output) => statSync(output).mtimeMs));
  return SOURCES.filter((source) => existsSync(source)).every((source) => newestChange(source) <= built);
}

/**
 * Runs a command in a process group of its own and passes on the signals that stop `npm start`, so
 * that Ctrl-C or a SIGTERM stops the whole tree: `astro preview` leaves no server on the port.
 */
function run(command: string, args: string[]): Promise<number> {
  const child = spawn(command, args, {
    stdio: 'inherit',
    detached: true,
    // A public-service site sends nothing home: no Astro telemetry, no file about it in $HOME.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const stop = (signal: NodeJS.Signals) => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, stop);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      for (const each of signals) process.off(each, stop);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

if (!buildIsCurrent()) {
  console.log('dist/ is missing or older than the sources: building first.');
  const status = await run('npm', ['run', 'build']);
  if (status !== 0) process.exit(status);
}
process.exit(await run('node_modules/.bin/astro', ['preview', '--port', process.env.PORT ?? '4321']));
