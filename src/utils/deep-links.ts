import { render } from 'astro:content';
import type { Locale } from '../i18n';
import { ANCHORS } from '../i18n/anchors';
import { ROUTES } from '../i18n/routes';
import { encodeAnswers } from '../machines/codec';
import { MATCHING_PLAN } from '../machines/examplePlan';
import { pathOf, twinKey } from './docs';
import { docsOf } from './entries';

export interface DeepLink {
  /** What the link opens: a page's title, or its section's heading (a glossary term's id, the word itself). */
  text: string;
  /** The absolute address, on the site's public URL. */
  url: string;
}

/**
 * Every guide page of a language, with its published sections (src/i18n/anchors.ts), as absolute
 * addresses on `site`: what NGOs may link to (DeepLinks.astro) and print as QR codes (the QR sheet).
 */
export async function guideDeepLinks(locale: Locale, site: URL): Promise<(DeepLink & { sections: DeepLink[] })[]> {
  const absolute = (path: string) => new URL(path, site).href;
  const guide = (await docsOf(locale)).filter((entry) => entry.data.part === 'guide');
  return Promise.all(
    guide.map(async (entry) => {
      const headings = new Map((await render(entry)).headings.map(({ slug, text }) => [slug, text]));
      const sections = ANCHORS.filter(({ page }) => page === twinKey(entry)).map(({ address }) => {
        const id = address[locale].split('#')[1]!;
        return { text: headings.get(id) ?? id, url: absolute(address[locale]) };
      });
      return { text: entry.data.title, url: absolute(pathOf(entry.id)), sections };
    }),
  );
}

/** The start of the self-assessment, and a result link with answers: the contract's example plan. */
export function wizardDeepLinks(locale: Locale, site: URL): { start: string; result: string } {
  return {
    start: new URL(ROUTES.wizard[locale], site).href,
    result: `${new URL(ROUTES.result[locale], site).href}#${encodeAnswers(MATCHING_PLAN)}`,
  };
}
