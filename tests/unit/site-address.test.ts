import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_ORIGIN, siteAddressFrom } from '../../src/utils/site-address';

describe('the public address of a build (SITE_URL)', () => {
  it.each([
    ['unset', {}],
    ['blank', { SITE_URL: '  ' }],
  ])('is the local preview when %s: no domain is assumed', (_case, env) => {
    expect(siteAddressFrom(env)).toEqual({ url: LOCAL_ORIGIN, preview: true });
  });

  it('is the address given, for publishing', () => {
    expect(siteAddressFrom({ SITE_URL: 'https://example.org' })).toEqual({
      url: 'https://example.org',
      preview: false,
    });
  });

  it.each(['example.org', 'javascript:alert(1)', 'https://'])(
    'refuses "%s" with a message that names the variable',
    (url) => {
      expect(() => siteAddressFrom({ SITE_URL: url })).toThrow(/SITE_URL/);
    },
  );

  it('names this computer, not a domain, when unset', () => {
    expect(new URL(LOCAL_ORIGIN).hostname).toBe('localhost');
  });
});

describe('astro.config.mjs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('builds for the local preview when SITE_URL is unset: the configuration holds no default domain', async () => {
    vi.stubEnv('SITE_URL', '');
    vi.resetModules();
    const { default: config } = await import('../../astro.config.mjs');
    expect(config.site).toBe(LOCAL_ORIGIN);
  });
});
