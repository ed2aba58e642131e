import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/i18n/routes';
import { localeOfPath, manifestPath, offlineLocales, workerScope, workerScript } from '../../src/utils/offline';
import { localesInScope } from '../../scripts/precache';

describe('each language’s offline pieces', () => {
  it('puts the worker and the manifest at the language’s home, which is the worker’s scope', () => {
    expect(workerScript('tr')).toBe('/sw.js');
    expect(workerScript('en')).toBe('/en/sw.js');
    expect(manifestPath('en')).toBe('/en/manifest.webmanifest');
    for (const locale of offlineLocales) expect(workerScope(locale)).toBe(ROUTES.home[locale]);
  });

  it('gives a path the language of its longest home', () => {
    expect(localeOfPath('/')).toBe('tr');
    expect(localeOfPath('/sozluk/')).toBe('tr');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/en/glossary/')).toBe('en');
    // A Turkish address that merely starts with the letters of another home.
    expect(localeOfPath('/enerji/')).toBe('tr');
  });

  it('lets the worker of "/" answer for every language, and each other worker for its own alone', () => {
    expect(localesInScope('tr')).toEqual(offlineLocales);
    for (const locale of offlineLocales.filter((locale) => locale !== 'tr'))
      expect(localesInScope(locale)).toEqual([locale]);
  });
});
