/**
 * Every word in the dictionaries (src/i18n/) is used by the site. The dictionary tests check that
 * every needed word exists; this checks the other way, so that a word left behind by a change of
 * the interface does not wait for a translator who would translate it for nothing.
 *
 * The keys come from the dictionaries themselves. "Used" means named in the site's code
 * (components, pages, layouts, scripts, utils):
 * - an interface word (tr.ts, en.ts) by its key in quotes, `t('footer.privacy')`;
 * - a wizard word by each of its property names (`words.result.copyLink`, or `copyLink` taken out of
 *   `words.result`). Where the code reaches a word by an id or a reason code from the core
 *   (`words.criteria[criterion.explanationKey]`, `options[value]`), that part of the path must be
 *   one the core can produce, taken from the core's own lists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validAnswers } from './machines/support/arbitraries';
import { en } from '../../src/i18n/en';
import { tr } from '../../src/i18n/tr';
import { wizardWords } from '../../src/i18n/wizard';
import { ANSWER_FIELDS, ANSWER_KEYS, LIST_ALONE, isAnswerKey } from '../../src/machines/answers';
import { VERDICTS } from '../../src/machines/assessment';
import { LINK_REASONS, encodeAnswers } from '../../src/machines/codec';
import { CRITERIA } from '../../src/machines/criteria';
import { QUESTION_IDS } from '../../src/machines/questions';
import { VALUE_REASONS } from '../../src/machines/validation';

const CODE_FOLDERS = ['src/components', 'src/pages', 'src/layouts', 'src/scripts', 'src/utils'];
const CODE_FILE = /\.(?:astro|ts|tsx)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return CODE_FILE.test(entry) ? [path] : [];
  });
}

const code = CODE_FOLDERS.flatMap(filesUnder)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A property read (`.name`, `?.name`), taken out by destructuring (`{ name }`, `{ a, name: b }`) or indexed by a literal. */
const isPropertyNamed = (name: string) =>
  new RegExp(`\\??\\.${escape(name)}\\b|[{,]\\s*${escape(name)}\\s*[,}:=]|\\[\\s*['"]${escape(name)}['"]\\s*\\]`).test(code);

// ---------------------------------------------------------------------------------------------
// The parts of a wizard word's path that the code reaches by a value of the core, and the values
// the core can give there. `*` stands for such a part; `members` are the ones before it.

const keysOfKind = (kind: string) => ANSWER_KEYS.filter((key) => ANSWER_FIELDS[key].kind === kind);

/** The statuses the criteria's rules give, found by running them (the core has no list of them). */
const STATUSES = [
  ...new Set(fc.sample(validAnswers, { numRuns: 500, seed: 10 }).flatMap((answers) => CRITERIA.map((criterion) => criterion.rule(answers)))),
];

/** The names a link can carry, from the codec's own output ("v=1" for an empty set of answers). */
const LINK_KEYS = [...ANSWER_KEYS, ...encodeAnswers({}).split('&').map((pair) => pair.split('=')[0] ?? '')];

const FAMILIES: Record<string, (members: string[]) => readonly string[]> = {
  'questions.*': () => QUESTION_IDS,
  'questions.*.options.*': ([key = '']) => {
    if (!isAnswerKey(key)) return [];
    const field = ANSWER_FIELDS[key];
    if (field.kind === 'choice') return field.values;
    if (field.kind === 'list') return [...field.values, ...LIST_ALONE];
    return [];
  },
  'questions.*.errors.*': () => VALUE_REASONS,
  'numbers.*': () => keysOfKind('number'),
  'numbers.*.errors.*': () => VALUE_REASONS,
  'step.invalidated.*': () => VALUE_REASONS,
  'result.verdicts.*': () => VERDICTS,
  'result.status.*': () => STATUSES,
  'result.linkReasons.*': () => LINK_REASONS,
  'criteria.*': () => CRITERIA.map((criterion) => criterion.explanationKey),
  'keyNames.*': () => LINK_KEYS,
};

/** Each leaf of a dictionary (a string, or a list of paragraphs) with its path; list items by `[]`. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string') ? [path] : value.flatMap((item) => leaves(item, [...path, '[]']));
  }
  return Object.entries(value as object).flatMap(([key, item]) => leaves(item, [...path, key]));
}

/** Why the code cannot reach the word at `path`, or undefined when it can. */
function unreachable(path: string[]): string | undefined {
  const pattern: string[] = [];
  const members: string[] = [];
  for (const part of path) {
    const family = FAMILIES[[...pattern, '*'].join('.')];
    if (family) {
      if (!family(members).includes(part)) return `"${part}" is no value the core gives at ${[...pattern, '*'].join('.')}`;
      pattern.push('*');
      members.push(part);
    } else {
      if (part !== '[]' && !isPropertyNamed(part)) return `nothing reads a property "${part}"`;
      pattern.push(part);
    }
  }
  return undefined;
}

describe('the dictionaries hold no word that nothing uses', () => {
  it.each([
    ['tr.ts', tr],
    ['en.ts', en],
  ])('%s: every key is named in the code', (_file, dictionary) => {
    const unused = Object.keys(dictionary).filter((key) => !new RegExp(`['"\`]${escape(key)}['"\`]`).test(code));
    expect(unused).toEqual([]);
  });

  it.each(Object.entries(wizardWords))('the wizard words (%s): every word is reached by the code', (_locale, words) => {
    const unused = leaves(words).flatMap((path) => {
      const why = unreachable(path);
      return why ? [`${path.join('.')}: ${why}`] : [];
    });
    expect(unused).toEqual([]);
  });

  it('finds the dynamic families it derives, so that none is empty by mistake', () => {
    for (const [family, membersOf] of Object.entries(FAMILIES)) {
      if (family === 'questions.*.options.*') expect(membersOf(['focus']).length, family).toBeGreaterThan(0);
      else expect(membersOf([]).length, family).toBeGreaterThan(0);
    }
    expect(STATUSES.sort()).toEqual(['met', 'not-met', 'unclear']);
    expect(LINK_KEYS).toContain('v');
  });
});
