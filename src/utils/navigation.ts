import type { UiKey } from '../i18n/tr';

/** The header's links: few, so that they fit a phone's width. Every page is also listed in the guide. */
export const primaryNavigation: readonly { label: UiKey; path: string }[] = [
  { label: 'nav.guide', path: '/sosyal-kooperatif-nedir/' },
  { label: 'nav.founding', path: '/nasil-kurulur/' },
  { label: 'nav.glossary', path: '/sozluk/' },
  { label: 'nav.wizard', path: '/uygunluk/' },
];

/** The search page: the header's search form sends the reader there. */
export const searchPath = '/arama/';

/** The footer's links to the pages about the site. */
export const footerNavigation: readonly { label: UiKey; path: string }[] = [
  { label: 'footer.sources', path: '/kaynaklar/' },
  { label: 'footer.privacy', path: '/gizlilik/' },
];
