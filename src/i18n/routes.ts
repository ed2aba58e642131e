import type { Locale } from '.';

/**
 * The pages outside the docs collection, by a language-neutral name, with their address in each
 * language. The docs pages find their twins through `translationOf` (twinPaths in src/utils/docs.ts).
 * The tests, the budgets and the headers take their lists of pages from here.
 */
export const ROUTES = {
  home: { tr: '/', en: '/en/', ar: '/ar/' },
  search: { tr: '/arama/', en: '/en/search/', ar: '/ar/search/' },
  wizard: { tr: '/uygunluk/', en: '/en/eligibility/', ar: '/ar/eligibility/' },
  result: { tr: '/uygunluk/sonuc/', en: '/en/eligibility/result/', ar: '/ar/eligibility/result/' },
  /** Two result links side by side, criterion by criterion (issue 21). */
  compare: { tr: '/uygunluk/karsilastir/', en: '/en/eligibility/compare/', ar: '/ar/eligibility/compare/' },
  /** The wizard alone, to be framed by other sites. */
  embed: { tr: '/uygunluk/gomulu/', en: '/en/eligibility/embed/', ar: '/ar/eligibility/embed/' },
  embedResult: {
    tr: '/uygunluk/gomulu/sonuc/',
    en: '/en/eligibility/embed/result/',
    ar: '/ar/eligibility/embed/result/',
  },
  /** What the service worker shows for a page neither saved on the device nor reachable (scripts/build-service-workers.ts). */
  offline: { tr: '/cevrimdisi/', en: '/en/offline/', ar: '/ar/offline/' },
  /** The printed kit for NGOs (linked from their page): an A4 poster, an A5 leaflet, and a sheet of QR codes for the deep links. */
  poster: { tr: '/afis/', en: '/en/poster/', ar: '/ar/poster/' },
  leaflet: { tr: '/brosur/', en: '/en/leaflet/', ar: '/ar/leaflet/' },
  qrCodes: { tr: '/karekodlar/', en: '/en/qr-codes/', ar: '/ar/qr-codes/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof ROUTES;

/** Every address of some routes, in every language. */
export const addressesOf = (...names: RouteName[]): string[] => names.flatMap((name) => Object.values(ROUTES[name]));
