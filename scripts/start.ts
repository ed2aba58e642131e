/**
 * `npm start`: builds the site if there is no build yet, then serves dist/ on http://localhost:4321.
 * Run `npm run build` yourself after changing content to see the change (or use `npm run dev`).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (command: string, args: string[]) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) run('npm', ['run', 'build']);
run('node_modules/.bin/astro', ['preview', '--port', '4321']);
