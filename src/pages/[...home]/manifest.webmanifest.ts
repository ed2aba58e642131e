/**
 * Each language's web app manifest (src/utils/offline.ts gives its address), so that "add to home
 * screen" opens the guide's home in the reader's language. The icons are the site's own,
 * public/favicon.svg, and the PNGs made from it in public/icons/ (scripts/icons.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeTags, useTranslations, type Locale } from '../../i18n';
import { ROUTES } from '../../i18n/routes';
import { offlineLocales, workerScope } from '../../utils/offline';

export const getStaticPaths = (() =>
  offlineLocales.map((locale) => ({
    params: { home: ROUTES.home[locale].slice(1, -1) || undefined },
    props: { locale },
  }))) satisfies GetStaticPaths;

/** "ltr" or "rtl" by the language's own rules (Node's Intl.Locale textInfo), so that Arabic needs no entry here. */
const direction = (locale: Locale) =>
  (new Intl.Locale(localeTags[locale]) as Intl.Locale & { textInfo?: { direction: 'ltr' | 'rtl' } }).textInfo
    ?.direction ?? 'ltr';

/** The site's dark blue (public/favicon.svg), behind the icon and in the title bar. */
const SITE_COLOUR = '#0b3d5c';

export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const home = ROUTES.home[locale];
  const manifest = {
    id: home,
    name: t('site.name'),
    short_name: t('site.shortName'),
    description: t('site.tagline'),
    lang: locale,
    dir: direction(locale),
    start_url: home,
    scope: workerScope(locale),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: SITE_COLOUR,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
