/**
 * The site's size budgets, in bytes after gzip -9 (what a browser downloads from a host that
 * compresses). tests/e2e/budgets.spec.ts measures the built site against them in every `npm test`,
 * and `npm run bench` prints the same figures. Raise a number only with a reason written here.
 */

import { addressesOf } from './src/i18n/routes.ts';

const KB = 1024;

export const BUDGETS = {
  /**
   * Every explainer page. HTML and CSS within 14 KB: what the first round trip of a new TCP
   * connection carries (10 packets of about 1.4 KB), so that on a slow rural connection the page
   * can render after one round trip. No JavaScript at all: reading needs none, and the search form
   * is a plain form.
   */
  contentPage: { htmlAndCss: 14 * KB, scriptBeforeInteraction: 0 },

  /**
   * The self-assessment and its result: forms, the printable checklist and the result's blocks
   * make more HTML, hence 20 KB. Their JavaScript, 25 KB as issue 3 asks, is the Preact island with
   * the XState machine: XState's core alone is about 12.6 KB and Preact with its hooks 5.5 KB. That
   * is why the islands are hydrated by src/scripts/island.ts and not by Astro's `client:load`,
   * whose runtime would add 3.4 KB.
   */
  wizardPage: { htmlAndCss: 20 * KB, scriptBeforeInteraction: 25 * KB },

  /**
   * The page for NGOs: a content page whose only script makes the copy buttons (the code can be
   * selected by hand without it), hence 1 KB.
   */
  toolPage: { htmlAndCss: 14 * KB, scriptBeforeInteraction: 1 * KB },

  /**
   * The search page: HTML and CSS as a content page. Before the reader types, 3 KB of JavaScript,
   * as issue 13 asks: only the wiring (src/scripts/search.ts) and Vite's loader of the search
   * chunk, 1.5 KB in all. Pagefind, the rules for questions (src/utils/search-query.ts) and the
   * spelling vocabulary come when the reader focuses the field or finds nothing, so a reader who
   * only uses the page list downloads none of them.
   */
  searchPage: { htmlAndCss: 14 * KB, scriptBeforeInteraction: 3 * KB },
} as const;

/** The wizard and its result, on the site and made for embedding. Every other page counts as a content page. */
export const WIZARD_PAGES: readonly string[] = addressesOf('wizard', 'result', 'embed', 'embedResult');
export const SEARCH_PAGES: readonly string[] = addressesOf('search');
/** The page for NGOs, a docs page (src/content/docs/tr/sitenize-ekleyin.mdx and its twins, under the English name). */
export const TOOL_PAGES: readonly string[] = ['/sitenize-ekleyin/', '/en/use-it-on-your-site/', '/ar/use-it-on-your-site/'];
