import type { Locale } from '../../src/i18n';
import type { VoiceLike } from '../../src/utils/local-voice';

/**
 * A phone's voices, for the unit tests of the choice (src/utils/local-voice.ts) and the browser tests
 * of "Dinleyin" (tests/e2e/listen.spec.ts): for each language a network voice, listed first and the
 * default as Chrome lists Google's voices, then one that runs on the device.
 */
export const VOICES: VoiceLike[] = [
  { name: 'Google Türkçe', lang: 'tr-TR', localService: false, default: true },
  { name: 'Yelda', lang: 'tr-TR', localService: true },
  { name: 'Google UK English', lang: 'en-GB', localService: false },
  { name: 'Daniel', lang: 'en_GB', localService: true },
  { name: 'Google عربي', lang: 'ar-SA', localService: false },
  { name: 'Maged', lang: 'ar-SA', localService: true },
];

/** The device's own voice of each language in VOICES: a new language needs one here. */
export const LOCAL_VOICE: Record<Locale, string> = { tr: 'Yelda', en: 'Daniel', ar: 'Maged' };

/** VOICES without the device's own: a phone that only offers voices over the network. */
export const NETWORK_VOICES = VOICES.filter(({ localService }) => !localService);
