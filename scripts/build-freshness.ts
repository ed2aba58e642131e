/** Whether dist/ still shows the sources, so that `npm start` can skip the build (scripts/start.ts). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads: a change in any of them makes dist/ stale. */
const SOURCES = [
  'src',
  'public',
  'scripts/build-search-index.ts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];
/** Written by the build's first and last steps (Astro's pages, then the search index). */
const BUILD_OUTPUTS = ['dist/index.html', 'dist/pagefind/pagefind.js'];

function newestChange(path: string): number {
  const own = statSync(path).mtimeMs;
  if (!statSync(path).isDirectory()) return own;
  return Math.max(own, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** True when the build is complete and no source under `root` changed after it. */
export function buildIsCurrent(root = '.'): boolean {
  const outputs = BUILD_OUTPUTS.map((output) => join(root, output));
  if (!outputs.every((output) => existsSync(output))) return false;
  const built = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return SOURCES.map((source) => join(root, source))
    .filter((source) => existsSync(source))
    .every((source) => newestChange(source) <= built);
}
