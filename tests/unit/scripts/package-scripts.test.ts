import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const benchScript = readFileSync('scripts/bench.ts', 'utf8');
const startScript = readFileSync('scripts/start.ts', 'utf8');

describe('package.json scripts', () => {
  it.each(['start', 'build', 'dev', 'test'])('`npm %s` checks the Node version before anything else', (name) => {
    expect(scripts[`pre${name}`]).toBe('node scripts/check-node.cjs');
  });

  // npm passes SIGTERM to the shell it runs a script in, and dash dies without passing it on: a
  // server started by a shell would keep its port. `exec` makes the server that shell.
  it.each(['start', 'dev', 'preview'])("`npm run %s` execs its server, so that npm's signals reach it", (name) => {
    expect(scripts[name]).toMatch(/^(?:\w+=\S+ )*exec [^&|;]+$/);
  });

  // A public-service site sends nothing home: every command that starts Astro turns its telemetry off.
  it.each(Object.entries(scripts).filter(([, command]) => /\b(?:astro|playwright)\s/.test(command)))(
    '`npm run %s` runs Astro without telemetry',
    (_name, command) => {
      for (const part of command.split('&&')) {
        if (/\b(?:astro|playwright) /.test(part)) expect(part.trim()).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 /);
      }
    },
  );

  it.each([
    ['scripts/bench.ts', benchScript],
    ['scripts/start.ts', startScript],
  ])('%s starts Astro without telemetry', (_file, source) => {
    expect(source).toContain('node_modules/.bin/astro');
    expect(source).toContain("ASTRO_TELEMETRY_DISABLED: '1'");
  });
});
