import { foldDotlessI, wordsWithDotlessI } from './turkish.ts'; // with extension: scripts/build-search-index.ts runs this file in Node

/** The meta field that carries a page's ı-words, so that results can show the original spelling. */
export const DOTLESS_META = 'dotless';

/** The attribute that marks what Pagefind indexes, inside a tag (bare, or with an empty value). */
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?:="")?(?=[\s>])/;

/** Elements whose text is not prose: left as they are. */
const RAW_TEXT = /^<(script|style|template|textarea)\b/i;

/**
 * Prepares a built page for Pagefind: folds the dotless ı into i in the page's text (not in tags or
 * attributes, so links and ids stay intact), and records the words it changed as Pagefind metadata on
 * the element marked `data-pagefind-body`. A page without that element is not indexable and is
 * returned unchanged.
 */
export function foldPageForIndex(html: string): { indexable: boolean; html: string; words: string[] } {
  const marker = 'data-pagefind-body';
  if (!BODY_ATTRIBUTE.test(html)) return { indexable: false, html, words: [] };

  const words = new Set<string>();
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
        return piece;
      }
      if (rawUntil) return piece;
      for (const word of wordsWithDotlessI(piece)) words.add(word);
      return foldDotlessI(piece);
    })
    .join('');

  const meta = ` ${marker} data-pagefind-meta="${DOTLESS_META}:${[...words].join(' ')}"`;
  return { indexable: true, html: folded.replace(BODY_ATTRIBUTE, meta), words: [...words] };
}
