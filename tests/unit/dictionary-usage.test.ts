/**
 * Every word in the dictionaries (src/i18n/) is used by the site. The dictionary tests check that
 * every needed word exists; this checks the other way, so that a word left behind by a change of
 * the interface does not wait for a translator who would translate it for nothing.
 *
 * The words come from the dictionaries themselves, every language's. "Used" means read by the site's
 * code (components, pages, layouts, scripts, utils):
 * - an interface word (tr.ts and its twins) by its key in quotes, `t('footer.privacy')`;
 * - a wizard or compare word along its whole path, as the compiler resolves it (../support/word-reads.ts):
 *   `words.check.title` reads the check page's title, not every `title`, so a word whose name is
 *   common (`label`, `hint`) is found unused as surely as a rare one. Where the code reaches a word by
 *   an id or a reason code from the core (`words.criteria[criterion.explanationKey]`,
 *   `options[value]`), that part of the path must be one the core can produce, taken from the core's
 *   own lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { validAnswers } from './machines/support/arbitraries';
import { CODE_FOLDERS, readWords } from '../support/word-reads';
import { dictionaries, type Locale } from '../../src/i18n';
import { compareWords, wizardWords } from '../../src/i18n/wizard';
import { ANSWER_FIELDS, ANSWER_KEYS, LIST_ALONE, isAnswerKey } from '../../src/machines/answers';
import { VERDICTS } from '../../src/machines/assessment';
import { LINK_REASONS, encodeAnswers } from '../../src/machines/codec';
import { PLAN_SLOTS, readCompareFragment } from '../../src/machines/compare';
import { MATCHING_PLAN } from '../../src/machines/examplePlan';
import { CRITERIA } from '../../src/machines/criteria';
import { QUESTION_IDS } from '../../src/machines/questions';
import { VALUE_REASONS } from '../../src/machines/validation';

const code = CODE_FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:astro|ts|tsx)$/.test(file))
    .map((file) => readFileSync(join(folder, file), 'utf8')),
).join('\n');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// The parts of a wizard word's path that the code reaches by a value of the core, and the values
// the core can give there. `*` stands for such a part; `members` are the ones before it.

const keysOfKind = (kind: string) => ANSWER_KEYS.filter((key) => ANSWER_FIELDS[key].kind === kind);

/** The statuses the criteria's rules give, found by running them (the core has no list of them). */
const STATUSES = [
  ...new Set(
    fc
      .sample(validAnswers, { numRuns: 500, seed: 10 })
      .flatMap((answers) => CRITERIA.map((criterion) => criterion.rule(answers))),
  ),
];

/** The names a link can carry, from the codec's own output ("v=1" for an empty set of answers). */
const LINK_KEYS = [
  ...ANSWER_KEYS,
  ...encodeAnswers({})
    .split('&')
    .map((pair) => pair.split('=')[0] ?? ''),
];

/** The states a side of the compare page can be in, found by reading one link of each kind (the core has no list of them). */
const SIDE_STATUSES = (() => {
  const side = (link: string) => `a=${encodeURIComponent(link)}`;
  const plan = encodeAnswers(MATCHING_PLAN);
  const fragments = [
    '',
    'a=%E0%A4%A',
    side('v=1&focus=both'),
    side(plan.replace(/members=\d+/, 'members=x')),
    side(plan),
  ];
  return [...new Set(fragments.map((fragment) => readCompareFragment(fragment).a.status))];
})();

const PLURAL_FORMS: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

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
  'result.prerequisiteStatus.*': () => STATUSES,
  // A count's sentence, in any of the plural forms Intl.PluralRules gives (src/components/wizard/plural.ts).
  'result.prerequisitesUnmet.*': () => PLURAL_FORMS,
  'result.sourceNames.*': () => CRITERIA.map((criterion) => criterion.source),
  'result.exceptions.*': () => CRITERIA.flatMap((criterion) => (criterion.exception ? [criterion.exception.id] : [])),
  'result.linkReasons.*': () => LINK_REASONS,
  'criteria.*': () => CRITERIA.map((criterion) => criterion.explanationKey),
  'keyNames.*': () => LINK_KEYS,
  // The compare page's words (CompareWords).
  'linkLabels.*': () => PLAN_SLOTS,
  'plans.*': () => PLAN_SLOTS,
  'differences.*': () => PLURAL_FORMS,
  'problems.*': () => SIDE_STATUSES,
};

/** Each leaf of a dictionary (a string, or a list of paragraphs) with its path; list items by `[]`. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string')
      ? [path]
      : value.flatMap((item) => leaves(item, [...path, '[]']));
  }
  // A link's `to` names a page or section by id (src/i18n/anchors.ts): the link is read, its id is no word.
  if (path.at(-1) === 'to') return [path];
  return Object.entries(value as object).flatMap(([key, item]) => leaves(item, [...path, key]));
}

const { checker, program, isRead } = readWords();

/** The type of a word set, every language's, as the code sees it: an interface of src/i18n/wizard-words.ts. */
function wordsType(name: string): ts.Type {
  const file = program.getSourceFile(join(import.meta.dirname, '../../src/i18n/wizard-words.ts'));
  const declaration = file?.statements.find(
    (statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === name,
  );
  if (!declaration) throw new Error(`no ${name} interface in src/i18n/wizard-words.ts`);
  return checker.getTypeAtLocation(declaration);
}

/** Why the code cannot reach the word at `path`, or undefined when it can. */
function unreachable(path: string[], words: ts.Type): string | undefined {
  const pattern: string[] = [];
  const members: string[] = [];
  let type = words;
  for (const part of path) {
    const where = [...pattern, part].join('.');
    if (part === '[]') {
      type = checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
      pattern.push(part);
      continue;
    }
    const family = FAMILIES[[...pattern, '*'].join('.')];
    // A union (a link's `to`: a page or a section) has the property in one of its members.
    const property = (type.isUnion() ? type.types : [type])
      .map((member) => checker.getPropertyOfType(member, part))
      .find(Boolean);
    if (family) {
      if (!family(members).includes(part))
        return `"${part}" is no value the core gives at ${[...pattern, '*'].join('.')}`;
      pattern.push('*');
      members.push(part);
    } else {
      if (!property) return `${where}: no such word in ${checker.typeToString(words)}`;
      if (!isRead(property)) return `nothing reads ${where}`;
      pattern.push(part);
    }
    const next = property ? checker.getTypeOfSymbol(property) : checker.getIndexTypeOfType(type, ts.IndexKind.String);
    if (!next) return `${where}: no type`;
    type = checker.getNonNullableType(next);
  }
  return undefined;
}

describe('the dictionaries hold no word that nothing uses', () => {
  it.each(Object.entries(dictionaries))(
    'the interface words (%s): every key is named in the code',
    (_locale, dictionary) => {
      const unused = Object.keys(dictionary).filter((key) => !new RegExp(`['"\`]${escape(key)}['"\`]`).test(code));
      expect(unused).toEqual([]);
    },
  );

  // The wizard's words and the compare page's, each along its own interface.
  it.each(
    Object.entries(wizardWords).flatMap(([locale, words]) => [
      { set: 'wizard', locale, words, type: 'WizardWords' },
      { set: 'compare', locale, words: compareWords[locale as Locale], type: 'CompareWords' },
    ]),
  )('the $set words ($locale): every word is reached by the code', ({ words, type }) => {
    const unused = leaves(words).flatMap((path) => {
      const why = unreachable(path, wordsType(type));
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
    expect(SIDE_STATUSES.sort()).toEqual(['complete', 'empty', 'incomplete', 'invalid', 'unreadable']);
  });
});
