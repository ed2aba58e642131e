/** Every string in a dictionary, with its path: "criteria.criterion.focus.says". */
export function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    // A link's `to` names a page or section by id (src/i18n/anchors.ts): not words a reader sees.
    return Object.entries(value)
      .filter(([key]) => key !== 'to')
      .flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  throw new Error(`${path}: not a string (${typeof value})`);
}

/** The faults one check finds among the strings, as "path: problem", for a readable failure. */
export function faultsOf(
  all: readonly [string, string][],
  problem: (path: string, text: string) => string | undefined,
): string[] {
  return all.flatMap(([path, text]) => {
    const found = problem(path, text);
    return found === undefined ? [] : [`${path}: ${found}`];
  });
}

const PLURAL_FORMS: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A sentence for a count in each plural form a language has (src/i18n/wizard-words.ts, PluralWords). */
export const isPluralWords = (value: unknown): value is Record<string, string> & { other: string } =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  'other' in value &&
  Object.keys(value).every((key) => PLURAL_FORMS.includes(key));

/**
 * The dictionary with each plural sentence reduced to its `other` form: languages have different
 * numbers of plural forms, so strings are counted, and paired with the Turkish, on this.
 */
export function withoutPluralForms(value: unknown): unknown {
  if (isPluralWords(value)) return value.other;
  if (Array.isArray(value)) return value.map(withoutPluralForms);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutPluralForms(item)]));
  return value;
}
