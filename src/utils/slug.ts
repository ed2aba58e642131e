/** Turkish and other Latin letters that NFD does not split into a base letter and a mark. */
const ASCII_FOR: Record<string, string> = { ı: 'i', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l' };

/**
 * An ASCII id for a heading, so that the links NGOs copy stay readable and survive any encoding:
 * "Kamu yararı önceliklidir" → "kamu-yarari-onceliklidir", "İnovatif çözümler" → "inovatif-cozumler".
 * Turkish lower-casing comes first, so İ becomes i and I becomes ı (then i).
 */
export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, (letter) => ASCII_FOR[letter] ?? ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out ids unique within one page: a second "Kaynaklar" heading becomes "kaynaklar-2". */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'bolum';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
