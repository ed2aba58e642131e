/**
 * The Turkish words of the self-assessment (src/i18n/wizard-tr.ts), the original every language is
 * held to, against the contract (shared/spec/wizard.md) and the pure core: every value, reason and
 * criterion has its words and nothing extra; placeholders are the ones the UI fills, where it fills
 * them. The expected sets are derived from the core's data and from probing its validator, so that a
 * new value or reason there shows up here as a missing sentence. Every other language has the Turkish
 * shape (i18n/dictionaries.test.ts); what each must say, and never say, is in
 * i18n/what-each-language-says.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MATCHING_PLAN } from '../support/plans';
import { faultsOf, strings } from '../support/words';
import { linkAddress } from '../../src/i18n/anchors';
import { wizardTr } from '../../src/i18n/wizard-tr';
import {
  ANSWER_FIELDS,
  ANSWER_KEYS,
  LIST_ALONE,
  MAX_MEMBERS,
  NONE,
  UNDECIDED,
  type ChoiceKey,
  type ListKey,
  type NumberKey,
} from '../../src/machines/answers';
import { VERDICTS } from '../../src/machines/assessment';
import { LINK_REASONS } from '../../src/machines/codec';
import { CRITERIA, type Criterion } from '../../src/machines/criteria';
import { QUESTION_IDS } from '../../src/machines/questions';
import { crossFieldErrors, parseNumber, validateQuestion, type ValueReason } from '../../src/machines/validation';
import { answerText } from '../../src/components/wizard/answerText';

const words = wizardTr;

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

const choiceKeys = ANSWER_KEYS.filter((key) => ANSWER_FIELDS[key].kind === 'choice') as ChoiceKey[];
const listKeys = ANSWER_KEYS.filter((key) => ANSWER_FIELDS[key].kind === 'list') as ListKey[];
const numberKeys = ANSWER_KEYS.filter((key) => ANSWER_FIELDS[key].kind === 'number') as NumberKey[];

const allStrings = strings(words);

/** A plan that meets every criterion; the probes below vary one answer of it. */
const PLAN = MATCHING_PLAN;

// ---------------------------------------------------------------------------------------------
// Choices and lists

describe('choice and list questions', () => {
  it('has a page of words for every question, and for no other', () => {
    expect(sorted(Object.keys(words.questions))).toEqual(sorted(QUESTION_IDS));
  });

  it.each(choiceKeys)('%s: one option for each value of the contract, in its order, and nothing extra', (key) => {
    expect(Object.keys(words.questions[key].options)).toEqual([...ANSWER_FIELDS[key].values]);
  });

  it.each(listKeys)('%s: one option for each group, for "none" and for "undecided", and nothing extra', (key) => {
    expect(Object.keys(words.questions[key].options)).toEqual([...ANSWER_FIELDS[key].values, ...LIST_ALONE]);
  });

  /** The reasons the validator gives for a page of one choice or list, found by trying each way to be wrong. */
  function reachableReasons(key: ChoiceKey | ListKey): ValueReason[] {
    const forms =
      ANSWER_FIELDS[key].kind === 'list'
        ? [[], ['not-a-group'], [NONE, ANSWER_FIELDS[key].values[0]], [UNDECIDED, NONE], [NONE, NONE]]
        : ['', 'not-a-value', ANSWER_FIELDS[key].values[0]];
    return forms.flatMap((raw) => validateQuestion(key, { [key]: raw }, {}).errors.map((error) => error.reason));
  }

  it.each([...choiceKeys, ...listKeys])('%s: a message for each reason the validator can give, and no other', (key) => {
    const reasons = reachableReasons(key);
    expect(reasons.length).toBeGreaterThan(0);
    expect(sorted(Object.keys(words.questions[key].errors))).toEqual(sorted(reasons));
  });
});

// ---------------------------------------------------------------------------------------------
// Numbers

/** What the field definition says can go wrong with a number typed in a form. */
function reasonsByDefinition(key: NumberKey): ValueReason[] {
  const field = ANSWER_FIELDS[key];
  return [
    'required',
    'not-a-whole-number',
    // A form trims and accepts "07" as 7: 'leading-zero' comes only from links.
    ...(field.min > 0 ? (['too-small'] as const) : []),
    'too-large',
    ...('atMost' in field ? ([`more-than-${field.atMost}`] as const) : []),
  ];
}

/** What the validator actually gives, tried with each kind of bad input. */
function reasonsByProbing(key: NumberKey): ValueReason[] {
  const { max } = ANSWER_FIELDS[key];
  const inputs = [
    '',
    '   ',
    '7.0',
    '+7',
    '-1',
    '1e1',
    '٧',
    'yedi',
    '0',
    '00',
    '07',
    ' 7 ',
    String(max),
    String(max + 1),
  ];
  const single = inputs.flatMap((text) => {
    const parsed = parseNumber(key, text, 'form');
    return parsed.ok ? [] : [parsed.reason];
  });
  // A count above the count it belongs to: every other count 1, this one 2.
  const counts = Object.fromEntries(numberKeys.map((other) => [other, other === key ? 2 : 1]));
  const cross = crossFieldErrors(counts)
    .filter((error) => error.key === key)
    .map((error) => error.reason);
  return [...single, ...cross];
}

describe('number fields', () => {
  it('has words for every number field, and for no other', () => {
    expect(sorted(Object.keys(words.numbers))).toEqual(sorted(numberKeys));
  });

  it.each(numberKeys)('%s: the definition and the validator agree on what can go wrong', (key) => {
    expect(sorted(reasonsByProbing(key))).toEqual(sorted(reasonsByDefinition(key)));
  });

  it.each(numberKeys)('%s: a message for each reason its validator can give, and no other', (key) => {
    expect(sorted(Object.keys(words.numbers[key].errors))).toEqual(sorted(reasonsByDefinition(key)));
  });

  it.each(numberKeys)('%s: the limits named in its messages are the limits of its definition', (key) => {
    const { min, max } = ANSWER_FIELDS[key];
    const errors = words.numbers[key].errors;
    expect(errors['too-large']).toContain(max.toLocaleString('tr-TR'));
    if (errors['too-small'] !== undefined) expect(errors['too-small']).toMatch(new RegExp(`(?<!\\d)${min}(?!\\d)`));
  });

  it('the link reasons name the same limits as the fields', () => {
    const mins = sorted(
      numberKeys.filter((key) => ANSWER_FIELDS[key].min > 0).map((key) => String(ANSWER_FIELDS[key].min)),
    );
    expect(mins).toEqual(['1']);
    expect(words.result.linkReasons['too-small']).toContain('1');
    expect(numberKeys.every((key) => ANSWER_FIELDS[key].max === MAX_MEMBERS)).toBe(true);
    expect(words.result.linkReasons['too-large']).toContain(MAX_MEMBERS.toLocaleString('tr-TR'));
  });

  it.each(['members', 'board'] as const)('the %s page has a title of its own', (id) => {
    expect(words.questions[id].title).toMatch(/\?$/);
  });

  it('explains every reason a change elsewhere can reopen a question, and no other', () => {
    const reopening = numberKeys.flatMap((key) => {
      const field = ANSWER_FIELDS[key];
      return 'atMost' in field ? [`more-than-${field.atMost}`] : [];
    });
    expect(sorted(Object.keys(words.step.invalidated))).toEqual(sorted(reopening));
  });
});

// ---------------------------------------------------------------------------------------------
// Criteria

/** Whether some answer can leave the criterion undecided: each choice value, and each list undecided, in turn. */
function canBeUnclear(criterion: Criterion): boolean {
  const tries = [
    ...choiceKeys.flatMap((key) => ANSWER_FIELDS[key].values.map((value) => ({ [key]: value }))),
    ...listKeys.map((key) => ({ [key]: UNDECIDED })),
  ];
  return tries.some((change) => criterion.rule({ ...PLAN, ...change }) === 'unclear');
}

describe('criteria', () => {
  it('has words for every criterion, and for no other', () => {
    expect(sorted(Object.keys(words.criteria))).toEqual(sorted(CRITERIA.map((criterion) => criterion.explanationKey)));
  });

  it('finds the criteria that can be unclear where the contract says', () => {
    expect(CRITERIA.filter(canBeUnclear).map((criterion) => criterion.id)).toEqual([
      'one-vote-per-member',
      'focus',
      'public-benefit',
      'not-for-profit',
      'democratic-governance',
      'disadvantaged-employment',
      'multi-stakeholder',
      'flexible-membership',
      'simple-entry-exit',
      'innovation',
    ]);
  });

  it.each(CRITERIA.map((criterion) => [criterion.id, criterion] as const))(
    '%s: says what the open decision is exactly when it can be unclear',
    (_id, criterion) => {
      const { unclear, toDecide } = words.criteria[criterion.explanationKey];
      if (canBeUnclear(criterion)) {
        expect(unclear).toBeDefined();
        expect(toDecide).toBeDefined();
      } else {
        expect(unclear).toBeUndefined();
        expect(toDecide).toBeUndefined();
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Result page

describe('answers in words', () => {
  it.each(listKeys)('%s: "none" and "undecided" read as their own choices, groups as their labels', (key) => {
    const { options } = words.questions[key];
    const text = (value: unknown) => answerText(key, { [key]: value }, words, 'tr-TR');
    expect(text([])).toBe(options[NONE]!.label);
    expect(text(UNDECIDED)).toBe(options[UNDECIDED]!.label);
    const groups = ANSWER_FIELDS[key].values.slice(0, 2);
    expect(text(groups)).toBe(groups.map((group) => options[group]!.label).join(', '));
  });
});

describe('result page', () => {
  it('has a heading and paragraphs for every verdict, and for no other', () => {
    expect(sorted(Object.keys(words.result.verdicts))).toEqual(sorted(VERDICTS));
  });

  it('the prerequisites block stands on its own: it names no result "above" and calls nothing legal', () => {
    expect(words.result.legalIntro).not.toMatch(/yukarı/i);
    expect(words.result.legalHeading).toMatch(/kuruluş ön koşulları/);
    expect(words.result.legalHeading).not.toMatch(/yasal/i);
  });

  it('has a status word for each status', () => {
    expect(sorted(Object.keys(words.result.status))).toEqual(sorted(['met', 'not-met', 'unclear']));
  });

  it('has a phrase for every reason a link can be refused, and for no other', () => {
    expect(sorted(Object.keys(words.result.linkReasons))).toEqual(sorted(LINK_REASONS));
  });

  it('names every answer key and the version, and nothing else', () => {
    expect(sorted(Object.keys(words.keyNames))).toEqual(sorted([...ANSWER_KEYS, 'v']));
  });

  it('points to the founding page and the provincial trade directorate as next steps', () => {
    const next = words.result.next.map(({ text, link }) => `${text} ${link?.label ?? ''}`).join(' ');
    expect(next).toContain('Sosyal kooperatif nasıl kurulur?');
    expect(words.result.next.flatMap(({ link }) => (link ? [linkAddress(link.to, 'tr')] : []))).toEqual([
      '/nasil-kurulur/',
      '/nasil-kurulur/#nereye-sorabilirsiniz',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every string

/** The only strings that may start or end with a space: the UI joins them to another. */
const SPACED: Record<string, string> = {
  'step.errorTitlePrefix': 'Hata: ',
  'check.changeHidden': ' ({summary})',
};

const ALLOWED_PLACEHOLDERS = ['number', 'total', 'title', 'summary', 'name', 'names', 'date', 'version', 'count'];

/** The strings whose comments in wizard-words.ts promise a placeholder, and which ones. */
const PLACEHOLDERS: Record<string, string[]> = {
  'step.progress': ['number', 'total'],
  'step.announce': ['number', 'total', 'title'],
  'check.changeHidden': ['summary'],
  'result.readMore': ['name'],
  'result.prerequisitesUnmet.other': ['count'],
  'result.printedOn': ['date'],
  'result.rulesVersion': ['version'],
};

const placeholdersOf = (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] as string);

/** Each check gives the problem with one string, or nothing; a failure lists every string at fault. */
const STRING_CHECKS: [string, (path: string, text: string) => string | undefined][] = [
  [
    'is not empty, and has no stray spaces',
    (path, text) => {
      if (path in SPACED)
        return text === SPACED[path] ? undefined : `should be exactly ${JSON.stringify(SPACED[path])}`;
      if (text.trim() === '') return 'empty';
      if (text !== text.trim()) return 'leading or trailing space';
      return /\s{2}|\n/.test(text) ? 'double space or line break' : undefined;
    },
  ],
  [
    'uses only the placeholders the UI fills, where the UI fills them',
    (path, text) => {
      const used = placeholdersOf(text);
      const unknown = used.filter((name) => !ALLOWED_PLACEHOLDERS.includes(name));
      if (unknown.length > 0) return `unknown placeholder ${unknown.join(', ')}`;
      const expected = sorted(PLACEHOLDERS[path] ?? []);
      return JSON.stringify(sorted(used)) === JSON.stringify(expected)
        ? undefined
        : `expected {${expected.join('}, {')}}`;
    },
  ],
  // HTML, quotes, links and the rest hold for every language: i18n/dictionaries.test.ts. Term
  // spellings (kâr, anasözleşme, iş birliği…) are kept by textlint: terms.prh.yml, `npm run lint:text`.
];

describe('every string', () => {
  it('the dictionary holds strings only, and enough of them to be worth checking', () => {
    expect(allStrings.length).toBeGreaterThan(200);
  });

  it.each(STRING_CHECKS)('%s', (_check, problem) => {
    expect(faultsOf(allStrings, problem)).toEqual([]);
  });
});
