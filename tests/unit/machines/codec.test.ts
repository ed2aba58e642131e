import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, ANSWER_KEYS, type AnswerKey, type Answers } from '../../../src/machines/answers';
import { LINK_REASONS, decodeAnswers, encodeAnswers } from '../../../src/machines/codec';
import { STEP_IDS } from '../../../src/machines/questions';
import { validAnswers, validPartialAnswers } from './support/arbitraries';
import { MATCHING_PLAN, planWith } from '../../support/plans';

/** The contract's example link (shared/spec/wizard.md), written without `v`. */
const SPEC_EXAMPLE =
  'focus=both&publicBenefit=yes&surplus=community&governance=one-member-one-vote&members=9&workerMembers=6' +
  '&board=3&workerBoard=2&stakeholders=consumers,volunteers&disadvantaged=disabled,migrants' +
  '&flexibleMembership=yes&simpleEntryExit=yes&innovation=yes';

/** The matching plan's link with one value replaced by `raw`, exactly as written. */
function linkWith(key: string, raw: string): string {
  return encodeAnswers(MATCHING_PLAN)
    .split('&')
    .map((pair) => (pair.startsWith(`${key}=`) ? `${key}=${raw}` : pair))
    .join('&');
}

describe('encodeAnswers', () => {
  it('writes the contract’s example link, with the rules version first', () => {
    expect(encodeAnswers(MATCHING_PLAN)).toBe(`v=1&${SPEC_EXAMPLE}`);
  });

  it('writes "undecided" for a list not decided yet', () => {
    expect(encodeAnswers({ stakeholders: 'undecided', disadvantaged: 'undecided' })).toBe(
      'v=1&stakeholders=undecided&disadvantaged=undecided',
    );
  });

  it('writes "none" for a list without groups', () => {
    expect(encodeAnswers(planWith({ stakeholders: [], disadvantaged: [] }))).toContain(
      '&stakeholders=none&disadvantaged=none&',
    );
  });

  it('writes each group once, in canonical order', () => {
    const stakeholders = ['volunteers', 'consumers', 'volunteers'] as unknown as Answers['stakeholders'];
    expect(encodeAnswers({ stakeholders })).toBe('v=1&stakeholders=consumers,volunteers');
  });

  it('leaves out what is not answered, and adds the step last', () => {
    expect(encodeAnswers({ innovation: 'no', focus: 'other', members: 12 }, 'board')).toBe(
      'v=1&focus=other&members=12&innovation=no&step=board',
    );
  });

  it('writes only the version for no answers', () => {
    expect(encodeAnswers({})).toBe('v=1');
  });
});

describe('decodeAnswers', () => {
  it.each([SPEC_EXAMPLE, `#${SPEC_EXAMPLE}`, `v=1&${SPEC_EXAMPLE}`, `#v=1&${SPEC_EXAMPLE}`])(
    'reads the contract’s example link %#',
    (fragment) => {
      expect(decodeAnswers(fragment)).toEqual({ status: 'complete', answers: MATCHING_PLAN });
    },
  );

  it('reads keys in any order', () => {
    const shuffled = encodeAnswers(MATCHING_PLAN).split('&').reverse().join('&');
    expect(decodeAnswers(shuffled)).toEqual({ status: 'complete', answers: MATCHING_PLAN });
  });

  it.each([
    ['stakeholders=none', []],
    ['stakeholders=consumers,consumers', ['consumers']],
    ['stakeholders=volunteers,consumers', ['consumers', 'volunteers']],
    ['stakeholders=consumers%2Cvolunteers', ['consumers', 'volunteers']],
    ['stakeholders=undecided', 'undecided'],
    ['stakeholders=undecided,undecided', 'undecided'],
  ])('reads %s as %j', (pair, stakeholders) => {
    expect(decodeAnswers(linkWith('stakeholders', pair.split('=')[1] as string))).toEqual({
      status: 'complete',
      answers: planWith({ stakeholders: stakeholders as Answers['stakeholders'] }),
    });
  });

  // Some mail programs and link shorteners escape more than they must.
  it('reads the longest link with every character percent-encoded', () => {
    const plan = planWith({ disadvantaged: ANSWER_FIELDS.disadvantaged.values });
    const escape = (text: string) => [...text].map((char) => `%${char.charCodeAt(0).toString(16)}`).join('');
    const escaped = encodeAnswers(plan)
      .split('&')
      .map((pair) =>
        pair
          .split('=')
          .map((part, index) => (index === 1 ? escape(part) : part))
          .join('='),
      )
      .join('&');
    expect(escaped).toContain(`disadvantaged=${escape(ANSWER_FIELDS.disadvantaged.values.join(','))}&`);
    expect(decodeAnswers(escaped)).toEqual({ status: 'complete', answers: plan });
  });

  describe('incomplete answers', () => {
    it.each(['', '#', '&&&', 'v=1', '#v=1&step=focus'])('treats %j as not started', (fragment) => {
      const result = decodeAnswers(fragment);
      expect(result.status).toBe('incomplete');
      expect(result.status === 'incomplete' && result.missing).toEqual(ANSWER_KEYS);
    });

    it('names the missing keys in canonical order, keeping the rest', () => {
      expect(decodeAnswers('innovation=yes&members=9&focus=both&workerMembers=5')).toEqual({
        status: 'incomplete',
        answers: { focus: 'both', members: 9, workerMembers: 5, innovation: 'yes' },
        missing: [
          'publicBenefit',
          'surplus',
          'governance',
          'board',
          'workerBoard',
          'stakeholders',
          'disadvantaged',
          'flexibleMembership',
          'simpleEntryExit',
        ],
      });
    });

    it('compares counts only when both are given', () => {
      expect(decodeAnswers('workerMembers=50&board=40&workerBoard=30').status).toBe('incomplete');
    });
  });

  it.each(['utm_source=newsletter', 'Focus=other', 'foo', '=both', '__proto__=x', 'constructor=1', 'toString=2'])(
    'ignores the unknown key in %j',
    (pair) => {
      expect(decodeAnswers(`${pair}&${SPEC_EXAMPLE}&${pair}`)).toEqual({ status: 'complete', answers: MATCHING_PLAN });
    },
  );

  describe('the step', () => {
    it.each(STEP_IDS)('carries step=%s', (step) => {
      expect(decodeAnswers(`focus=both&step=${step}`)).toMatchObject({ status: 'incomplete', step });
    });

    it.each(['done', 'workerBoard', 'Board', '', 'board&step=check', 'board&step=board', '%62oard'])(
      'ignores step=%s',
      (step) => {
        const result = decodeAnswers(`${SPEC_EXAMPLE}&step=${step}`);
        expect(result).toEqual({ status: 'complete', answers: MATCHING_PLAN });
      },
    );

    it('is dropped with refused answers', () => {
      expect(decodeAnswers('focus=x&step=board')).toEqual({
        status: 'invalid',
        errors: [{ key: 'focus', reason: 'unknown-value' }],
      });
    });
  });

  describe('refuses', () => {
    const SCRIPTS = [
      '<script>alert(1)</script>',
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'javascript:alert(1)',
      'javascript%3Aalert(1)',
      '"><img src=x onerror=alert(1)>',
      '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    ];

    it.each([
      ['members', '+7', 'not-a-whole-number'],
      ['members', '-7', 'not-a-whole-number'],
      ['members', '%2B7', 'not-a-whole-number'],
      ['members', '7.0', 'not-a-whole-number'],
      ['members', '7,5', 'not-a-whole-number'],
      ['members', '1e1', 'not-a-whole-number'],
      ['members', '0x9', 'not-a-whole-number'],
      ['members', '٧', 'not-a-whole-number'],
      ['members', '%D9%A7', 'not-a-whole-number'], // Arabic-Indic seven, as a browser escapes it
      ['members', '７', 'not-a-whole-number'],
      ['members', '%EF%BC%97', 'not-a-whole-number'], // fullwidth seven
      ['members', '%209', 'not-a-whole-number'],
      ['members', '9%20', 'not-a-whole-number'],
      ['members', '+9', 'not-a-whole-number'], // "+" is not a space in a fragment
      ['members', '', 'required'],
      ['members', '09', 'leading-zero'],
      ['members', '0', 'too-small'],
      ['members', '100001', 'too-large'],
      ['members', '1'.repeat(200), 'too-large'],
      ['workerMembers', '10', 'more-than-members'],
      ['board', '10', 'more-than-members'],
      ['board', '0', 'too-small'],
      ['workerBoard', '4', 'more-than-board'],
      ['focus', '', 'required'],
      ['focus', 'Both', 'unknown-value'],
      ['focus', 'both%20', 'unknown-value'],
      ['focus', '%E0%A4%A', 'malformed'],
      ['focus', '%', 'malformed'],
      ['focus', '%zz', 'malformed'],
      ['focus', '%C0%AF', 'malformed'], // overlong UTF-8
      ['focus', 'x'.repeat(300), 'unknown-value'],
      ['focus', 'x'.repeat(301), 'too-long'],
      ['focus', '%'.repeat(1_000_000), 'too-long'],
      ['stakeholders', '', 'empty-list'],
      ['stakeholders', 'consumers,', 'unknown-value'],
      ['stakeholders', ',consumers', 'unknown-value'],
      ['stakeholders', 'consumers,,volunteers', 'unknown-value'],
      ['stakeholders', 'friends', 'unknown-value'],
      ['stakeholders', 'none,consumers', 'none-with-group'],
      ['disadvantaged', 'migrants,none', 'none-with-group'],
      ['stakeholders', 'undecided,consumers', 'none-with-group'],
      ['disadvantaged', 'none,undecided', 'none-with-group'],
      ['disadvantaged', 'Undecided', 'unknown-value'],
      ['focus', 'undecided', 'unknown-value'],
      ['publicBenefit', 'undecided', 'unknown-value'],
      ['disadvantaged', 'disabled,consumers', 'unknown-value'],
      ...SCRIPTS.map((script) => ['innovation', script, 'unknown-value']),
      ...SCRIPTS.map((script) => ['stakeholders', script, 'unknown-value']),
      ...SCRIPTS.map((script) => ['members', script, 'not-a-whole-number']),
    ])('%s=%s: %s', (key, raw, reason) => {
      const result = decodeAnswers(linkWith(key, raw));
      expect(result).toEqual({ status: 'invalid', errors: [{ key, reason }] });
    });

    it.each([
      ['focus=both&focus=both', 'focus'],
      ['focus=both&focus=other', 'focus'],
      ['members=9&members=9', 'members'],
      ['stakeholders=none&stakeholders=consumers', 'stakeholders'],
    ])('a key given twice: %s', (pairs, key) => {
      expect(decodeAnswers(pairs)).toEqual({ status: 'invalid', errors: [{ key, reason: 'duplicate' }] });
    });

    it('a key given twice, even without a value', () => {
      expect(decodeAnswers('focus&focus=both')).toEqual({
        status: 'invalid',
        errors: [{ key: 'focus', reason: 'duplicate' }],
      });
    });

    it.each([
      ['v=2', 'unknown-version'],
      ['v=', 'unknown-version'],
      ['v', 'unknown-version'],
      ['v=01', 'unknown-version'],
      ['v=1.0', 'unknown-version'],
      ['v=1&v=1', 'duplicate'],
    ])('another version: %s, reporting only the version', (version, reason) => {
      expect(decodeAnswers(`${version}&focus=nonsense&members=-1`)).toEqual({
        status: 'invalid',
        errors: [{ key: 'v', reason }],
      });
    });

    it('names every bad key once, in canonical order', () => {
      expect(decodeAnswers('innovation=maybe&members=0&focus=x&board=2&workerBoard=3')).toEqual({
        status: 'invalid',
        errors: [
          { key: 'focus', reason: 'unknown-value' },
          { key: 'members', reason: 'too-small' },
          { key: 'workerBoard', reason: 'more-than-board' },
          { key: 'innovation', reason: 'unknown-value' },
        ],
      });
    });

    it('compares a count only with a count that is valid itself', () => {
      expect(decodeAnswers('members=many&workerMembers=5&board=40')).toEqual({
        status: 'invalid',
        errors: [{ key: 'members', reason: 'not-a-whole-number' }],
      });
    });

    it.each(SCRIPTS)('without echoing %s', (script) => {
      const result = decodeAnswers(`focus=${script}&members=${script}&${script}=${script}`);
      expect(result.status).toBe('invalid');
      const errors = result.status === 'invalid' ? result.errors : [];
      for (const error of errors) expect(Object.keys(error).sort()).toEqual(['key', 'reason']);
      expect(JSON.stringify(result)).not.toMatch(/script|alert|onerror|img/);
    });
  });

  describe('for any input', () => {
    const knownName = fc.constantFrom<string>(...ANSWER_KEYS, 'v', 'step');
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(...Object.values(ANSWER_FIELDS).flatMap((field) => ('values' in field ? field.values : []))),
      fc.nat().map(String),
      fc.constantFrom('%', '%E0%A4%A', '%zz', '%C0%AF', '%F0%9F%98', 'none', '', ',', '٧', '1', '2'),
      fc
        .array(fc.constantFrom('consumers', 'volunteers', 'none', '', 'disabled', '%2C'))
        .map((items) => items.join(',')),
    );
    const pairs = fc
      .array(fc.tuple(fc.oneof(knownName, fc.string()), anyValue), { maxLength: 20 })
      .map((entries) => entries.map(([key, value]) => `${key}=${value}`).join('&'));
    const anyFragment = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      pairs,
      pairs.map((fragment) => `#${fragment}`),
    );

    it('never throws, and reports only known keys and reason codes', () => {
      const keys: readonly string[] = [...ANSWER_KEYS, 'v'];
      const reasons: readonly string[] = LINK_REASONS;
      fc.assert(
        fc.property(anyFragment, (fragment) => {
          const result = decodeAnswers(fragment);
          if (result.status !== 'invalid') return;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const { key, reason } of result.errors) {
            expect(keys).toContain(key);
            expect(reasons).toContain(reason);
          }
        }),
        { numRuns: 3000 },
      );
    });

    it('gives back answers that the encoder writes again the same way', () => {
      fc.assert(
        fc.property(anyFragment, (fragment) => {
          const result = decodeAnswers(fragment);
          if (result.status === 'invalid') return;
          const { status, answers, ...rest } = result;
          expect(decodeAnswers(encodeAnswers(answers, result.step))).toEqual({ status, answers, ...rest });
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('for any valid answers', () => {
    const step = fc.option(fc.constantFrom(...STEP_IDS), { nil: undefined });

    it('reads back what it wrote', () => {
      fc.assert(
        fc.property(validAnswers, step, (answers, at) => {
          expect(decodeAnswers(`#${encodeAnswers(answers, at)}`)).toEqual({
            status: 'complete',
            answers,
            ...(at && { step: at }),
          });
        }),
        { numRuns: 1000 },
      );
    });

    it('reads back a part of them as incomplete, naming the rest', () => {
      fc.assert(
        fc.property(validPartialAnswers, (answers) => {
          const missing = ANSWER_KEYS.filter((key: AnswerKey) => answers[key] === undefined);
          const result = decodeAnswers(encodeAnswers(answers));
          expect(result).toEqual(
            missing.length === 0 ? { status: 'complete', answers } : { status: 'incomplete', answers, missing },
          );
        }),
        { numRuns: 1000 },
      );
    });
  });
});
