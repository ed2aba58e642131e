/**
 * Keeps the site's terms (terms.prh.yml) with textlint: every MDX page, and every string of the
 * dictionaries in src/i18n, in every language. A dictionary's strings are linted as plain text, one
 * paragraph each, and a problem is reported by its key ("wizard-en.ts › criteria.focus.says").
 * Run by `npm run lint:text`, part of `npm test`; exits with 1 on any problem.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import type { TextlintMessage } from '@textlint/types';

const DOCS = 'src/content/docs';
const DICTIONARIES = 'src/i18n';

/** Every string of a dictionary, with its path of keys ("nav.wizard", "questions[2].hint"). */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const linter = createLinter({ descriptor: await loadTextlintrc() });
const problems: string[] = [];
const describe = (where: string, message: TextlintMessage) => `${where}: ${message.message}`;

const pages = (await readdir(DOCS, { recursive: true }))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => join(DOCS, file));
for (const result of await linter.lintFiles(pages)) {
  for (const message of result.messages)
    problems.push(describe(`${result.filePath}:${message.line}:${message.column}`, message));
}

// The dictionaries are the .ts modules of src/i18n named after their locale ("ar.ts", "wizard-ar.ts"),
// so a new language's words are kept as soon as they exist; routes and helpers have other names.
const dictionaryFiles = (await readdir(DICTIONARIES)).filter((file) => /^(?:wizard-)?[a-z]{2}\.ts$/.test(file));
for (const file of dictionaryFiles) {
  const module: Record<string, unknown> = await import(`../${DICTIONARIES}/${file}`);
  const entries = Object.values(module).flatMap((value) => strings(value));
  // One paragraph per string (strings hold no line breaks), so line 2n + 1 is string n.
  const result = await linter.lintText(entries.map(([, text]) => text).join('\n\n'), `${file}.txt`);
  for (const message of result.messages) {
    const [key = '?'] = entries[(message.line - 1) / 2] ?? [];
    problems.push(describe(`${DICTIONARIES}/${file} › ${key}`, message));
  }
}

console.log(`textlint (terms.prh.yml): ${pages.length} pages and ${dictionaryFiles.length} dictionaries checked.`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
