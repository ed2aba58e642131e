import { readFileSync } from 'node:fs';

/**
 * The built `_headers` file read as Cloudflare Pages reads it: each rule is a path pattern (`*`
 * matches anything) with indented `Name: value` lines; a request gets the headers of every rule
 * that matches, in order, and `! Name` drops a header an earlier rule gave.
 */
export interface HeaderRule {
  pattern: string;
  headers: Map<string, string>;
  detached: string[];
}

export function readHeaderRules(file = 'dist/_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: new Map(), detached: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const text = line.trim();
    if (text.startsWith('!')) rule.detached.push(text.slice(1).trim().toLowerCase());
    else {
      const colon = text.indexOf(':');
      rule.headers.set(text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim());
    }
  }
  return rules;
}

const matches = (pattern: string, pathname: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);

/** The headers a host would send for `pathname`. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter(({ pattern }) => matches(pattern, pathname))) {
    for (const name of rule.detached) headers.delete(name);
    for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return Object.fromEntries(headers);
}

/** A policy as a map of directive → sources, so that spacing and order do not matter. */
export const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1).join(' ')]));
