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
   * hence 0.5 KB. A quarter of a kilobyte more for "Bu sayfayı paylaşın" on a guide page (issue 21):
   * the share-or-copy script written into the page (src/components/ShareScript.astro), which the
   * result page uses too; a guide page's scripts weigh 0.6 KB with it. A quarter of a kilobyte more
   * for "Dinleyin" (issue 21): the script that shows the button where the device has a voice of its
   * own (src/scripts/listen-button.ts, 0.3 KB); the reader itself comes on the press (listenOnPress).
   * A guide page's scripts weigh 0.9 KB with it, and 1.03 KB on the pages that also offer the offline
   * download (src/components/offline/OfflineDownload.astro: the home, privacy and offline pages).
   */
  contentPage: { htmlAndCss: 14 * KB, scriptBeforeInteraction: 1.25 * KB },

  /**
   * The self-assessment and its result: forms, the printable checklist and the result's blocks
   * make more HTML, hence 20 KB. Their JavaScript, 25 KB as issue 3 asks, is the Preact island with
   * the XState machine: XState's core alone is about 12.6 KB and Preact with its hooks 5.5 KB. That
   * is why the islands are hydrated by src/scripts/island.ts and not by Astro's `client:load`,
   * whose runtime would add 3.4 KB. Half a kilobyte more for the script written into the wizard
   * page that starts its island after the first paint (0.2 KB, src/scripts/after-first-paint.ts):
   * issue 11 asks the wizard to paint as soon as a content page. Half a kilobyte more for the
   * isolation of Latin runs in what the islands draw on right-to-left pages (0.4 KB,
   * src/scripts/bidi.ts): law names and Turkish terms in Arabic questions and results. Half a
   * kilobyte more for "Bu cihazda saklamayın" (issue 21): the start page's choice, the machine's
   * event and the address's mark (the wizard page's script went from under 26 KB to 26.3 KB).
   * One kilobyte more HTML for the result of issue 17 (the third prerequisite, the care cooperative's
   * quotation, the founders' longer question labels): the Arabic result page went to 20.3 KB. Its
   * island still receives every wizard word, hints and errors included; a result-only subset of the
   * words would take this back. Half a kilobyte more for "Dinleyin" (issue 21): the script that shows
   * its button where the device has a voice of its own (src/scripts/listen-button.ts, 0.3 KB).
   */
  wizardPage: { htmlAndCss: 21 * KB, scriptBeforeInteraction: 27 * KB },

  /**
   * The page for NGOs: a content page with the script that makes the copy buttons (the code can be
   * selected by hand without it), hence 1 KB; and a quarter more for "Dinleyin", as every guide page
   * (1.03 KB with it).
   */
  toolPage: { htmlAndCss: 14 * KB, scriptBeforeInteraction: 1.25 * KB },

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

  /**
   * What "Karekodu gösterin" on the result page downloads when pressed, and only then (issue 21):
   * qrcode's encoder alone, without its renderers, and the few lines that draw its SVG path
   * (src/scripts/qr-modules.ts), 7.2 KB. A QR encoder cannot be much smaller: Reed–Solomon codes,
   * masks and version tables are most of it. 8 KB; the page's own budget, before any press, is the
   * wizard page's.
   */
  qrOnPress: { script: 8 * KB },

  /**
   * What "Dinleyin" downloads when pressed, and only then (issue 21 asks under 3 KB): the reader of a
   * guide page or a wizard step (src/scripts/listen.ts), with its reading order and the Turkish terms
   * of Arabic text (src/utils/listen.ts). Before the press, a page carries only the button's small
   * script, within its own budget.
   */
  listenOnPress: { script: 3 * KB },
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
export const WIZARD_PAGES: readonly string[] = addressesOf('wizard', 'result', 'compare', 'embed', 'embedResult');
export const SEARCH_PAGES: readonly string[] = addressesOf('search');
/** The page for NGOs, a docs page (src/content/docs/tr/sitenize-ekleyin.mdx and its twins, under the English name). */
export const TOOL_PAGES: readonly string[] = [
  '/sitenize-ekleyin/',
  '/en/use-it-on-your-site/',
  '/ar/use-it-on-your-site/',
];
export const QR_SHEET_PAGES: readonly string[] = addressesOf('qrCodes');
