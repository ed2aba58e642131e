import type { UiKey } from '../i18n/tr';
import type { RouteName } from '../i18n/routes';

/**
 * Where a link of the site's frame leads: a guide page, by its Turkish file name (each language
 * has its twin), or one of the fixed routes. `src/utils/entries.ts` turns it into an address.
 */
export type LinkTarget = { doc: string } | { route: RouteName };

/** The header's links: few, so that they fit a phone's width. Every page is also listed in the guide. */
export const primaryNavigation: readonly ({ label: UiKey } & LinkTarget)[] = [
  { label: 'nav.guide', doc: 'sosyal-kooperatif-nedir' },
  { label: 'nav.founding', doc: 'nasil-kurulur' },
  { label: 'nav.glossary', doc: 'sozluk' },
  { label: 'nav.wizard', route: 'wizard' },
];

/** The footer's links to the pages about the site. */
export const footerNavigation: readonly ({ label: UiKey } & LinkTarget)[] = [
  { label: 'footer.sources', doc: 'kaynaklar' },
  { label: 'footer.privacy', doc: 'gizlilik' },
  { label: 'footer.embed', doc: 'sitenize-ekleyin' },
];
