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
export function faultsOf(all: readonly [string, string][], problem: (path: string, text: string) => string | undefined): string[] {
  return all.flatMap(([path, text]) => {
    const found = problem(path, text);
    return found === undefined ? [] : [`${path}: ${found}`];
  });
}
