/**
 * What the English words (src/i18n/en.ts, src/i18n/wizard-en.ts) must say and must never say
 * (shared/spec/wizard.md, shared/domain/facts.md "Not to be claimed"), and that its links stay on the
 * English pages. The Turkish tests (wizard-words.test.ts) hold the Turkish to the machine's ids and reasons;
 * tests/unit/i18n/dictionaries.test.ts holds every language to the Turkish shape, which carries those
 * checks over.
 */
import { describe, expect, it } from 'vitest';
import { faultsOf, strings } from '../support/words';
import { linkAddress } from '../../src/i18n/anchors';
import { en } from '../../src/i18n/en';
import { tr } from '../../src/i18n/tr';
import { wizardEn } from '../../src/i18n/wizard-en';
import { wizardTr } from '../../src/i18n/wizard-tr';
import { ANSWER_FIELDS, ANSWER_KEYS, MAX_MEMBERS, type NumberKey } from '../../src/machines/answers';
import { VERDICTS } from '../../src/machines/assessment';
import { CRITERIA } from '../../src/machines/criteria';
import { QUESTIONS, QUESTION_IDS } from '../../src/machines/questions';

const enStrings = strings(en);
const wizardStrings = strings(wizardEn);
const allStrings = [...enStrings.map(([path, text]) => [`en.${path}`, text] as [string, string]), ...wizardStrings];
const trByPath = new Map([...strings(tr).map(([path, text]) => [`en.${path}`, text] as [string, string]), ...strings(wizardTr)]);

// ---------------------------------------------------------------------------------------------
// Interface words

describe('interface words (en.ts)', () => {
  it.each([
    ['site.name', /^Social Cooperative Guide$/],
    ['footer.notice', /not legal advice/],
    ['footer.notice', /provincial trade directorate \(il ticaret müdürlüğü\)/],
    ['search.hint', /in English/],
    ['search.hint', /Turkish pages/],
  ] as const)('%s says %s', (key, pattern) => {
    expect(en[key]).toMatch(pattern);
  });
});

// ---------------------------------------------------------------------------------------------
// Wizard words

describe('wizard words (wizard-en.ts)', () => {
  it.each([
    ['step.progress', 'Question {number} of {total}'],
    ['step.announce', 'Question {number} of {total}: {title}'],
    ['result.deleteAnswers', 'Delete my answers'],
  ])('%s reads “%s”', (path, text) => {
    expect(new Map(wizardStrings).get(path)).toBe(text);
  });

  it('calls the delete button by its name where it tells the reader to use it', () => {
    expect(wizardEn.intro.privacy).toContain('“Delete my answers”');
    expect(wizardEn.storage.resumed).toContain('“Delete my answers”');
  });

  it.each(ANSWER_KEYS)('%s: a bad link names the answer as the check page does', (key) => {
    const summary =
      ANSWER_FIELDS[key].kind === 'number'
        ? wizardEn.numbers[key as NumberKey].summary
        : wizardEn.questions[key as Exclude<typeof key, NumberKey>].summary;
    expect(wizardEn.keyNames[key]).toBe(summary);
  });

  it.each(Object.keys(wizardEn.numbers) as NumberKey[])('%s: names its limits as English writes numbers', (key) => {
    const { min, max } = ANSWER_FIELDS[key];
    const errors = wizardEn.numbers[key].errors;
    expect(errors['too-large']).toContain(max.toLocaleString('en-GB'));
    if (errors['too-small'] !== undefined) expect(errors['too-small']).toMatch(new RegExp(`(?<!\\d)${min}(?!\\d)`));
  });

  it('the link reasons name the same limits', () => {
    expect(wizardEn.result.linkReasons['too-small']).toMatch(/(?<!\d)1(?!\d)/);
    expect(wizardEn.result.linkReasons['too-large']).toContain(MAX_MEMBERS.toLocaleString('en-GB'));
  });
});

// ---------------------------------------------------------------------------------------------
// What the result must say

const isLegal = (criterion: (typeof CRITERIA)[number]) => criterion.kind === 'legal';
const criterionRows = CRITERIA.map((criterion) => [criterion.id, criterion] as const);

describe('criteria and result', () => {
  it.each(criterionRows)('%s: says what the open decision is exactly where the Turkish does', (_id, criterion) => {
    const { unclear } = wizardEn.criteria[criterion.explanationKey];
    if (wizardTr.criteria[criterion.explanationKey].unclear === undefined) expect(unclear).toBeUndefined();
    else expect(unclear).toMatch(/^You have not decided /);
  });

  it.each(criterionRows)(
    '%s: an unmet description criterion says it does not stop founding; a legal one does not say so',
    (_id, criterion) => {
      const { notMet } = wizardEn.criteria[criterion.explanationKey];
      if (isLegal(criterion) || criterion.id === 'democratic-governance') expect(notMet).not.toMatch(/does not stop you/);
      else expect(notMet).toContain('This does not stop you founding a cooperative.');
    },
  );

  it.each(criterionRows.filter(([, criterion]) => !isLegal(criterion)))('%s: says what the source text says', (_id, criterion) => {
    expect(wizardEn.criteria[criterion.explanationKey].says).toMatch(criterion.id === 'focus' ? /^According to the definition, / : /^According to the text, /);
  });

  it('the legal block cites its sources as facts.md gives them', () => {
    expect(wizardEn.criteria['criterion.founders-min-7'].says).toMatch(/Law No\. 1163.*\(article 2\)/);
    expect(wizardEn.criteria['criterion.board-min-3'].says).toMatch(/^According to the model articles of association/);
  });

  it('names the unit of the majority rules: strictly more than half', () => {
    for (const key of ['criterion.worker-majority-members', 'criterion.worker-majority-board'] as const) {
      expect(wizardEn.criteria[key].rule).toMatch(/more than half/);
      expect(wizardEn.criteria[key].rule).toMatch(/Exactly half is not a majority\./);
    }
  });

  it('says under every verdict, in one line, that the result is not a legal decision', () => {
    expect(wizardEn.result.notLegalDecision).toMatch(/not a legal decision or an approval/);
    for (const verdict of VERDICTS) expect(wizardEn.result.verdicts[verdict].body.join(' ')).not.toMatch(/legal decision/);
  });

  it('a plan that does not match is told that matching is not a condition for founding a cooperative', () => {
    expect(wizardEn.result.verdicts['does-not-match'].body.join(' ')).toMatch(/not a condition for founding a cooperative/);
  });

  it('points to the English founding page and the provincial trade directorate as next steps', () => {
    const next = wizardEn.result.next.map(({ text, link }) => `${text} ${link?.label ?? ''}`).join(' ');
    expect(next).toContain('provincial trade directorate (il ticaret müdürlüğü)');
    expect(wizardEn.result.next.flatMap(({ link }) => (link ? [linkAddress(link.to, 'en')] : []))).toEqual([
      '/en/how-to-found/',
      '/en/how-to-found/#where-to-get-advice',
    ]);
  });

  it.each(wizardEn.result.next.flatMap(({ link }) => (link ? [[linkAddress(link.to, 'en')]] : [])))('%s is an English page', (path) => {
    expect(path).toMatch(/^\/en\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
  });
});

// ---------------------------------------------------------------------------------------------
// Every string

/** The only strings that may start or end with a space: the UI joins them to another. */
const SPACED: Record<string, string> = {
  'step.errorTitlePrefix': 'Error: ',
  'check.changeHidden': ' ({summary})',
};

/** Strings that are rightly the same in both languages. */
const SAME_IN_BOTH: readonly string[] = ['check.changeHidden'];

const STRING_CHECKS: [string, (path: string, text: string) => string | undefined][] = [
  [
    'is not empty, and has no stray spaces',
    (path, text) => {
      if (path in SPACED) return text === SPACED[path] ? undefined : `should be exactly ${JSON.stringify(SPACED[path])}`;
      if (text.trim() === '') return 'empty';
      if (text !== text.trim()) return 'leading or trailing space';
      return /\s{2}|\n/.test(text) ? 'double space or line break' : undefined;
    },
  ],
  ['holds no HTML', (_path, text) => (/<\/?[a-z]|&[a-z]+;/i.test(text) ? 'HTML' : undefined)],
  [
    'uses typographic quotes and apostrophes only',
    (_path, text) => (/["'`]/.test(text) ? 'straight quote or apostrophe: write “…” and ’' : undefined),
  ],
  [
    'is translated, not the Turkish left in place',
    (path, text) => (!SAME_IN_BOTH.includes(path) && trByPath.get(path) === text ? 'same as the Turkish' : undefined),
  ],
  // Term spellings (kâr, anasözleşme, iş birliği…) are kept by textlint: terms.prh.yml, `npm run lint:text`.
  [
    'links to no Turkish page',
    (_path, text) => /\/(nasil-kurulur|uygunluk|sozluk|arama)\b/.exec(text)?.[0],
  ],
];

describe('every string', () => {
  it('the check covers both dictionaries', () => {
    expect(allStrings.length).toBe(enStrings.length + wizardStrings.length);
    expect(enStrings.length).toBe(Object.keys(tr).length);
  });

  it.each(STRING_CHECKS)('%s', (_check, problem) => {
    expect(faultsOf(allStrings, problem)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Claims that shared/domain/facts.md forbids, and the legal form the contract forbids

const FORBIDDEN: [string, RegExp][] = [
  ['a percentage of disadvantaged workers (the 30% rule is Italian law)', /%\s*30|30\s*%|(30|thirty)\s*per\s*cent/i],
  ['tax advantages', /\btax/i],
  ['grant eligibility', /\bgrants?\b|KOOP-DES|funding|subsid|eligib/i],
  [
    'a ban on distributing surplus',
    /\b(ban|banned|forbid\w*|prohibit\w*|not allowed|may not|must not|cannot|can’t)\b[\s\S]{0,60}(distribut|shar\w* out)|(distribut\w*|shar\w* out)[\s\S]{0,60}\b(banned|forbidden|prohibited|not allowed|illegal|unlawful)/i,
  ],
  [
    'a cap on volunteers or pay',
    /\b(cap|limit|maximum|quota|at most|no more than)\b[\s\S]{0,30}volunteer|volunteer\w*[\s\S]{0,30}\b(cap|quota|maximum|no more than)\b|\b(pay|wages?|salar\w*)\b[\s\S]{0,20}\b(cap|limit)/i,
  ],
  [
    'that the user is or is not a social cooperative',
    /\byou(’re| are)( not)? (a |an )?social cooperative|\byou (will|would|could|can|cannot|can’t|may|might)( not)? (be|count as|qualify as) (a |an )?social cooperative|\bqualif/i,
  ],
  [
    'that the plan is or is not a social cooperative',
    /\b(organisation|organization|plan|cooperative)( is| would be| will be| counts as| qualifies as)( not)? (a |an )?social cooperative/i,
  ],
  [
    'a legal status of its own',
    /legal status|social cooperative status|registered as a social cooperative|legal form of its own|\bis a (separate|distinct|special) legal form/i,
  ],
];

describe('no sentence makes a forbidden claim', () => {
  it.each(FORBIDDEN)('%s', (_claim, pattern) => {
    const faults = allStrings.filter(([, text]) => pattern.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(faults).toEqual([]);
  });

  // The patterns must catch what they are for: one sentence each that would be wrong to print.
  it.each([
    ['At least 30% of workers must be disadvantaged.', 0],
    ['Social cooperatives pay less tax.', 1],
    ['You can apply for a KOOP-DES grant.', 2],
    ['The law does not allow it: members cannot have the surplus shared out among them.', 3],
    ['Distributing the surplus is prohibited.', 3],
    ['There is a cap on volunteers.', 4],
    ['You are a social cooperative.', 5],
    ['Your plan qualifies as a social cooperative.', 5],
    ['Your organisation is not a social cooperative.', 6],
    ['A social cooperative has its own legal status.', 7],
  ] as const)('the pattern catches “%s”', (sentence, index) => {
    expect(FORBIDDEN[index]![1].test(sentence)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// "member (ortak)" where a page first names a member

/** The text of a question page in reading order: title, hints, fields, options. */
function pageText(id: (typeof QUESTIONS)[number]['id']): string {
  const question = QUESTIONS.find((candidate) => candidate.id === id)!;
  const parts: string[] = [wizardEn.questions[id].title, ...(wizardEn.questions[id].hint ?? [])];
  for (const key of question.keys) {
    if (ANSWER_FIELDS[key].kind === 'number') {
      const field = wizardEn.numbers[key as NumberKey];
      parts.push(field.label, field.hint ?? '');
    } else {
      for (const option of Object.values(wizardEn.questions[key as Exclude<typeof key, NumberKey>].options)) {
        parts.push(option.label, option.hint ?? '');
      }
    }
  }
  return parts.join(' ');
}

function firstMentionIsExplained(text: string): boolean {
  const unquoted = text.replace(/“[^”]*”/g, ' ');
  const first = /\bmember(s|ship)?\b/i.exec(unquoted);
  if (!first) return true;
  return /^\s*\(ortak/u.test(unquoted.slice(first.index + first[0].length));
}

describe('"member (ortak)" where a page first names a member', () => {
  it.each(QUESTION_IDS)('question page %s', (id) => {
    expect(firstMentionIsExplained(pageText(id)), pageText(id)).toBe(true);
  });

  it('the introduction', () => {
    expect(firstMentionIsExplained(wizardEn.intro.body.join(' '))).toBe(true);
  });
});
