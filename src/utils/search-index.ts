import type { HTMLElement, Node } from 'node-html-parser';
import { pageLanguage as declaredLanguage, parseBuiltPage } from './built-html.ts';
import { foldText, wordsChangedByFolding } from './fold.ts'; // with extension: scripts/build-search-index.ts runs this file in Node

/** The meta field that carries a page's words changed by folding, so that results can show the original spelling. */
export const SPELLING_META = 'spelling';

/** The attribute that marks what Pagefind indexes, inside a tag (bare, or with an empty value). */
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?:="")?(?=[\s>])/;

/** The end tag of an element that the browser sets apart from the text around it. */
const BLOCK_END =
  /^<\/(?:p|li|dt|dd|div|h[1-6]|td|th|tr|section|article|header|footer|nav|aside|main|ul|ol|dl|table|blockquote|figcaption|details|summary)>$/i;

/** Elements whose text is not prose: left as they are. */
const RAW_TEXT = /^<(script|style|template|textarea)\b/i;

/**
 * Prepares a built page for Pagefind: folds the page's text (src/utils/fold.ts: ı into i, Arabic
 * vowel marks and letter variants; not tags or attributes, so links and ids stay intact), and
 * records the words it changed as Pagefind metadata on
 * the element marked `data-pagefind-body`. A page without that element is not indexable and is
 * returned unchanged.
 */
export function foldPageForIndex(html: string): { indexable: boolean; html: string; words: string[] } {
  const marker = 'data-pagefind-body';
  if (!BODY_ATTRIBUTE.test(html)) return { indexable: false, html, words: [] };

  let rawUntil: string | undefined;
  const folded = html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        if (rawUntil && piece.toLowerCase().startsWith(rawUntil)) rawUntil = undefined;
        else if (!rawUntil) {
          const raw = RAW_TEXT.exec(piece);
          if (raw) rawUntil = `</${raw[1]!.toLowerCase()}`;
        }
        // Blocks end a word: Pagefind would read "<li>على الأقل</li><li>القاعدة" as "الأقلالقاعدة".
        return BLOCK_END.test(piece) ? `${piece} ` : piece;
      }
      if (rawUntil) return piece;
      return foldText(piece);
    })
    .join('');
  // Not the words of an ignored element ("Dinleyin"'s, on every page): Pagefind indexes metadata too,
  // and they would be found on every page.
  const words = wordsChangedByFolding(textWithout(parseBuiltPage(html), NOT_INDEXED));

  const meta = ` ${marker} data-pagefind-meta="${SPELLING_META}:${words.join(' ')}"`;
  return { indexable: true, html: folded.replace(BODY_ATTRIBUTE, meta), words };
}

/** The language a built page declares on its <html> element. */
export const pageLanguage = (html: string): string => declaredLanguage(parseBuiltPage(html));

/** What Pagefind leaves out of the searchable part of a page: ignored elements, and code. */
const NOT_INDEXED = '[data-pagefind-ignore], script, style, template';

/** The text of every text node under `node`, each on its own, so that words of adjacent blocks stay apart. */
const textsOf = (node: Node): string[] =>
  node.childNodes.length === 0 ? [node.text] : node.childNodes.flatMap(textsOf);

/** The shortest word a spelling suggestion replaces, or offers: below it, one edit makes too many other words. */
export const MIN_SUGGESTED_WORD = 4;

/** The text under `root` without the elements `selector` finds, spelled as on the page. */
function textWithout(root: HTMLElement, selector: string): string {
  // A parser, not a pattern: an ignored element may hold another of its kind (a <nav> in a <nav>).
  for (const element of root.querySelectorAll(selector)) element.remove();
  return textsOf(root).join(' ');
}

/** The text of a built page that Pagefind indexes, spelled as on the page; empty for a page it does not index. */
function indexedText(html: string): string {
  const body = parseBuiltPage(html).querySelector('[data-pagefind-body]');
  return body ? textWithout(body, NOT_INDEXED) : '';
}

/**
 * The words a page offers to search, lower-cased by the rules of its language and spelled as on the
 * page (from the unfolded HTML): the vocabulary the search page suggests spellings from. Letters
 * only: numbers and codes are never a misspelling worth correcting.
 */
export function searchableWords(html: string): string[] {
  const locale = pageLanguage(html);
  const text = indexedText(html);
  const words = new Set<string>();
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (word.length >= MIN_SUGGESTED_WORD) words.add(word.toLocaleLowerCase(locale || undefined));
  }
  return [...words];
}

/** The vocabulary's file name in Pagefind's folder, so that it is served, and cached, like the index. */
export function vocabularyFile(language: string): string {
  return `vocabulary.${language}.json`;
}
