/**
 * Turkish has two letters i: dotted (i, İ) and dotless (ı, I). Pagefind lower-cases with the
 * language-neutral rules (I → i) and strips accents and cedillas (â → a, ş → s), but it keeps ı as a
 * letter of its own, so "kirsal" would never find "kırsal". We fold ı into i on both sides: in the
 * text at index time, and in what the reader types.
 */
export function foldDotlessI(text: string): string {
  return text.replace(/ı/g, 'i');
}
