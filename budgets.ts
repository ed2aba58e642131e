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
   * can render after one round trip. Reading needs no JavaScript, and the search form is a plain
   * form: the only script is the small inline one that registers the language's service worker for
   * offline use and announces a new version (src/components/offline/UpdateNotice.astro, about 0.3 KB),
   * hence 0.5 KB.
   */
  contentPage: { htmlAndCss: 14 * KB, scriptBeforeInteraction: 0.5 * KB },

  /**
   * The self-assessment and its result: forms, the printable checklist and the result's blocks
   * make more HTML, hence 20 KB. Their JavaScript, 25 KB as issue 3 asks, is the Preact island with
   * the XState machine: XState's core alone is about 12.6 KB and Preact with its hooks 5.5 KB. That
   * is why the islands are hydrated by src/scripts/island.ts and not by Astro's `client:load`,
   * whose runtime would add 3.4 KB. Half a kilobyte more for the script written into the wizard
   * page that starts its island after the first paint (0.2 KB, src/scripts/after-first-paint.ts):
   * issue 11 asks the wizard to paint as soon as a content page. Half a kilobyte more for the
   * isolation of Latin runs in what the islands draw on right-to-left pages (0.4 KB,
   * src/scripts/bidi.ts): law names and Turkish terms in Arabic questions and results.
   */
  wizardPage: { htmlAndCss: 20 * KB, scriptBeforeInteraction: 26 * KB },

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

  /**
   * The QR sheet for NGOs (issue 11): a QR code for each of the 38 deep links of a language. A code
   * is noise to gzip, about 390 bytes each, so the sheet weighs 21 to 22 KB with its CSS, and the
   * Arabic one 24.2 KB (an Arabic letter takes two bytes); 26 KB leaves room for a few more sections. It is a sheet an organisation opens to print, not a page a
   * founder reads, and it keeps the codes off the NGO page, which stays a 14 KB tool page. Its only
   * script is a content page's: the service worker's registration.
   */
  qrSheet: { htmlAndCss: 26 * KB, scriptBeforeInteraction: 0.5 * KB },
} as const;

/**
 * What one language downloads to work offline (scripts/build-service-workers.ts): every page of the
 * language, the bundles they use, Pagefind and that language's index, the offline pages and the
 * service worker itself, each file as transferred. 400 KB, as issue 11 asks: the worker downloads it
 * in the background after the first page a reader opens, on what is often a slow, metered phone
 * connection, so a reader pays for it without asking; it must stay a small share of a monthly
 * allowance, and download on a slow 3G link (about 50 KB/s) in under ten seconds.
 */
export const OFFLINE_LANGUAGE_BUDGET = 400 * KB;

/** The wizard and its result, on the site and made for embedding. Every other page counts as a content page. */
export const WIZARD_PAGES: readonly string[] = addressesOf('wizard', 'result', 'embed', 'embedResult');
export const SEARCH_PAGES: readonly string[] = addressesOf('search');
/** The page for NGOs, a docs page (src/content/docs/tr/sitenize-ekleyin.mdx and its twins, under the English name). */
export const TOOL_PAGES: readonly string[] = [
  '/sitenize-ekleyin/',
  '/en/use-it-on-your-site/',
  '/ar/use-it-on-your-site/',
];
export const QR_SHEET_PAGES: readonly string[] = addressesOf('qrCodes');
