import type { PluralWords } from '../../i18n/wizard-words';
import { format } from '../../i18n/format';

/** The sentence for `count` in the language's plural form ("1 koşul", "2 conditions", "شرطان"). */
export function pluralText(words: PluralWords, count: number, locale: string): string {
  const form = new Intl.PluralRules(locale).select(count);
  return format(words[form] ?? words.other, { count: count.toLocaleString(locale) });
}
