/**
 * `npm start`: builds the site when there is no build yet or a source is newer than it, then serves
 * dist/ on http://localhost:4321 (or the port in PORT). `npm run dev` shows changes without a build.
 */
import { spawn } from 'node:child_process';
import { buildIsCurrent } from './build-freshness.ts';

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
