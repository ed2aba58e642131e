/**
 * `npm test`: every check of the site, and the first failure fails it.
 *
 * The checks that need no browser run side by side, as three lines of work on CI's two cores: the
 * lints; the type check, then the build and the checks of what it built (one after the other, as both
 * write Astro's generated types in .astro/); the unit tests. Each one's output is printed whole when
 * it ends, so that lines never mix. Then the browser tests and Lighthouse, one after the other, each
 * with both cores, their output as it comes.
 */
import { spawn } from 'node:child_process';

type Step = readonly [label: string, command: string];

/** The lines of work that run side by side; the steps of each line, in order. */
const BESIDE_EACH_OTHER: readonly (readonly Step[])[] = [
  [
    ['lint', 'npm run lint'],
    ['text lint', 'npm run lint:text'],
  ],
  [
    ['type check', 'npm run check'],
    ['build', 'npm run build'],
    ['build tests', 'vitest run --project build'],
  ],
  [['unit tests', 'vitest run --project unit']],
];

/** Then, one at a time, with the whole machine. */
const ONE_AT_A_TIME: readonly Step[] = [
  ['browser tests', 'ASTRO_TELEMETRY_DISABLED=1 playwright test'],
  ['Lighthouse', 'npm run lighthouse'],
];

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs one step through the shell (node_modules/.bin is on npm's PATH), its output kept or shown as it comes. */
function run([label, command]: Step, live: boolean): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      if (!live) process.stdout.write(Buffer.concat(output));
      console.log(`${code === 0 ? '✓' : '✗'} ${label}: ${command} (${seconds(started)})\n`);
      resolve(code === 0);
    });
  });
}

/** Runs a line's steps in order, and stops the line at its first failure. */
async function runLine(steps: readonly Step[]): Promise<boolean> {
  for (const step of steps) if (!(await run(step, false))) return false;
  return true;
}

const started = performance.now();
const lines = await Promise.all(BESIDE_EACH_OTHER.map(runLine));
let passed = lines.every(Boolean);
for (const step of ONE_AT_A_TIME) passed = passed && (await run(step, true));
console.log(`${passed ? 'npm test passed' : 'npm test FAILED'} in ${seconds(started)}`);
process.exitCode = passed ? 0 : 1;
