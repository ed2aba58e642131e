import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { problem } = require('../../../scripts/check-node.cjs') as {
  problem: (version: string, range: string) => string;
};
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

describe('check-node', () => {
  it.each([
    ['v20.20.2', '>=22.19.0', false],
    ['22.18.9', '>=22.19.0', false],
    ['22.19.0', '>=22.19.0', true],
    ['22.23.3', '>=22.19.0', true],
    ['v24.0.0', '>=22.19.0', true],
    ['12.22.12', '>=22.19.0', false],
    ['22.19.0', '>=22.19.1', false],
  ])('Node %s against %s: runs = %s', (version, range, runs) => {
    expect(problem(version, range) === '').toBe(runs);
  });

  it('names the Node it needs, the Node it found and the README section, in one line', () => {
    const message = problem('v20.20.2', '>=22.19.0');
    expect(message).toMatch(/^This project needs Node 22\.19\.0 or newer; this is Node 20\.20\.2\./);
    expect(message).toContain('README.md, section "Node 22"');
    expect(message).not.toContain('\n');
  });

  it('rejects an engines range it cannot read, instead of letting every Node pass', () => {
    expect(() => problem('22.23.3', '^22.19.0')).toThrow(/engines\.node/);
  });

  it('passes on the Node that runs the tests, from the command line, reading package.json', () => {
    const run = spawnSync(process.execPath, ['scripts/check-node.cjs'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('points to a README section that exists, and .nvmrc names the same major version', () => {
    const minimum = packageJson.engines.node.replace(/^>=\s*/, '');
    const major = minimum.split('.')[0];
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(new RegExp(`^## Node ${major}$`, 'm'));
    expect(readme).toContain(`Node ${minimum.split('.').slice(0, 2).join('.')} or newer`);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(major);
  });
});
