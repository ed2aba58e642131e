import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, ANSWER_KEYS, NONE, type ChoiceKey } from '../../../src/machines/answers';
import { QUESTIONS } from '../../../src/machines/questions';
import { encodeAnswers } from '../../../src/machines/codec';
import {
  crossFieldErrors,
  parseChoice,
  parseList,
  asciiDigits,
  parseNumber,
  sortByKey,
  toFormValues,
  validateQuestion,
  type NumberSource,
} from '../../../src/machines/validation';
import { MATCHING_PLAN, planWith } from '../../support/plans';

const BOTH: NumberSource[] = ['form', 'link'];

/** ASCII digits written in another script's run of ten, from its zero: the inverse of asciiDigits. */
const asciiDigitsBack = (digits: string, zero: number) =>
  digits.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));

describe('parseNumber', () => {
  describe.each(BOTH)('from a %s', (source) => {
    it.each([
      ['members', '7', 7],
      ['members', '1', 1],
      ['members', '100000', 100000],
      ['workerMembers', '0', 0],
      ['workerBoard', '0', 0],
      ['board', '3', 3],
    ] as const)('reads %s %j as %i', (key, text, value) => {
      expect(parseNumber(key, text, source)).toEqual({ ok: true, value });
    });

    it.each([
      ['', 'required'],
      ['7.0', 'not-a-whole-number'],
      ['7.', 'not-a-whole-number'],
      ['+7', 'not-a-whole-number'],
      ['-1', 'not-a-whole-number'],
      ['1e1', 'not-a-whole-number'],
      ['0x7', 'not-a-whole-number'],
      ['7 000', 'not-a-whole-number'],
      ['7,000', 'not-a-whole-number'],
      ['7.000', 'not-a-whole-number'],
      ['1_000', 'not-a-whole-number'],
      ['７', 'not-a-whole-number'], // fullwidth seven
      ['٧.٥', 'not-a-whole-number'], // Arabic-Indic 7.5
      ['٧٫٥', 'not-a-whole-number'], // with the Arabic decimal separator
      ['١٬٠٠٠', 'not-a-whole-number'], // with the Arabic thousands separator
      ['seven', 'not-a-whole-number'],
      ['Infinity', 'not-a-whole-number'],
      ['0', 'too-small'],
      ['100001', 'too-large'],
      ['99999999999999999999999999', 'too-large'],
    ] as const)('refuses members %j: %s', (text, reason) => {
      expect(parseNumber('members', text, source)).toEqual({ ok: false, reason });
    });
  });

  it.each([
    [' 7 ', 7],
    ['\t9\n', 9],
    ['07', 7],
    ['0007', 7],
  ])('lets a form give %j for %i', (text, value) => {
    expect(parseNumber('members', text, 'form')).toEqual({ ok: true, value });
  });

  // The digits people type on Arabic and Persian keyboards, as the contract allows in a form.
  it.each([
    ['٧', 7],
    ['۷', 7],
    ['١٢', 12],
    ['۱۲', 12],
    ['٠٩', 9],
    [' ١٠٠٠٠٠ ', 100000],
    ['\u00a0٩\u00a0', 9], // no-break spaces
    ['1٢', 12], // mixed, as a keyboard switched halfway gives
    ['٣۴', 34],
  ])('lets a form give %j for %i', (text, value) => {
    expect(parseNumber('members', text, 'form')).toEqual({ ok: true, value });
  });

  it('reads every Arabic-Indic and Persian number as its ASCII twin (property)', () => {
    const arabic = (digits: string) => asciiDigitsBack(digits, 0x0660);
    const persian = (digits: string) => asciiDigitsBack(digits, 0x06f0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.constantFrom(arabic, persian), (value, write) => {
        const typed = write(String(value));
        expect(parseNumber('members', typed, 'form')).toEqual({ ok: true, value });
        expect(asciiDigits(typed)).toBe(String(value));
      }),
    );
  });

  it('refuses an Arabic-Indic zero founders in a form as it does "0"', () => {
    expect(parseNumber('members', '٠', 'form')).toEqual({ ok: false, reason: 'too-small' });
  });

  it('counts a form field of spaces as empty', () => {
    expect(parseNumber('members', '   ', 'form')).toEqual({ ok: false, reason: 'required' });
  });

  // One plan, one link: a link holds exactly what encodeAnswers writes, in ASCII digits.
  it.each([
    ['٧', 'not-a-whole-number'],
    ['۷', 'not-a-whole-number'],
    [' 7', 'not-a-whole-number'],
    ['7 ', 'not-a-whole-number'],
    ['07', 'leading-zero'],
    ['00', 'leading-zero'],
  ] as const)('refuses %j in a link: %s', (text, reason) => {
    expect(parseNumber('members', text, 'link')).toEqual({ ok: false, reason });
  });
});

describe('parseChoice', () => {
  const choiceKeys = ANSWER_KEYS.filter((key): key is ChoiceKey => ANSWER_FIELDS[key].kind === 'choice');
  const everyChoice = choiceKeys.flatMap((key) => ANSWER_FIELDS[key].values.map((value) => [key, value] as const));

  it.each(everyChoice)('takes %s = %s', (key, value) => {
    expect(parseChoice(key, value)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'required'],
    ['YES', 'unknown-value'],
    [' yes', 'unknown-value'],
    ['none', 'unknown-value'],
    ['maybe', 'unknown-value'],
    ['<script>alert(1)</script>', 'unknown-value'],
  ] as const)('refuses innovation %j: %s', (text, reason) => {
    expect(parseChoice('innovation', text)).toEqual({ ok: false, reason });
  });

  it('does not take one key’s value for another', () => {
    expect(parseChoice('focus', 'yes')).toEqual({ ok: false, reason: 'unknown-value' });
  });
});

describe('parseList', () => {
  it.each([
    [['none'], []],
    [['none', 'none'], []],
    [['consumers'], ['consumers']],
    [['volunteers'], ['volunteers']],
    [
      ['volunteers', 'consumers'],
      ['consumers', 'volunteers'],
    ],
    [['consumers', 'consumers'], ['consumers']],
  ])('reads stakeholders %j as %j', (items, value) => {
    expect(parseList('stakeholders', items)).toEqual({ ok: true, value });
  });

  it('keeps every disadvantaged group once, in canonical order', () => {
    const groups = [...ANSWER_FIELDS.disadvantaged.values];
    expect(parseList('disadvantaged', [...groups].reverse().concat(groups))).toEqual({ ok: true, value: groups });
  });

  it.each([
    [[], 'empty-list'],
    [['none', 'consumers'], 'none-with-group'],
    [['volunteers', 'none'], 'none-with-group'],
    [['friends'], 'unknown-value'],
    [['consumers', ''], 'unknown-value'],
    [['Consumers'], 'unknown-value'],
    [['disabled'], 'unknown-value'], // a group of the other list
    [['none', 'friends'], 'unknown-value'],
  ] as const)('refuses stakeholders %j: %s', (items, reason) => {
    expect(parseList('stakeholders', items)).toEqual({ ok: false, reason });
  });
});

describe('crossFieldErrors', () => {
  it.each([
    [{ members: 8, workerMembers: 8 }, []],
    [{ members: 8, workerMembers: 9 }, [{ key: 'workerMembers', reason: 'more-than-members' }]],
    [{ members: 3, board: 3 }, []],
    [{ members: 3, board: 4 }, [{ key: 'board', reason: 'more-than-members' }]],
    [{ board: 3, workerBoard: 3 }, []],
    [{ board: 3, workerBoard: 4 }, [{ key: 'workerBoard', reason: 'more-than-board' }]],
    [{ workerMembers: 9, board: 12, workerBoard: 1 }, []], // members missing: nothing to compare
    [
      { members: 2, workerMembers: 3, board: 4, workerBoard: 5 },
      [
        { key: 'workerMembers', reason: 'more-than-members' },
        { key: 'board', reason: 'more-than-members' },
        { key: 'workerBoard', reason: 'more-than-board' },
      ],
    ],
  ])('%j gives %j', (answers, errors) => {
    expect(crossFieldErrors(answers)).toEqual(errors);
  });
});

describe('validateQuestion', () => {
  const noGroups = planWith({ stakeholders: [], disadvantaged: [] });
  it.each(QUESTIONS.flatMap(({ id, keys }) => [MATCHING_PLAN, noGroups].map((plan) => ({ id, keys, plan }))))(
    'reads the $id page back into its answers from toFormValues',
    ({ id, keys, plan }) => {
      const expected = Object.fromEntries(keys.map((key) => [key, plan[key]]));
      expect(validateQuestion(id, toFormValues(id, plan), plan)).toEqual({ values: expected, errors: [] });
    },
  );

  it('reads a count page into numbers', () => {
    expect(validateQuestion('members', { members: ' 8 ', workerMembers: '5' }, {})).toEqual({
      values: { members: 8, workerMembers: 5 },
      errors: [],
    });
  });

  it('reads counts typed in Arabic-Indic or Persian digits, and the link carries them in ASCII', () => {
    const { values, errors } = validateQuestion('members', { members: ' ٩ ', workerMembers: '۶' }, {});
    expect(errors).toEqual([]);
    expect(values).toEqual({ members: 9, workerMembers: 6 });
    expect(encodeAnswers(values)).toMatch(/(^|&)members=9&workerMembers=6(&|$)/);
  });

  it('reads "none" into an empty list', () => {
    expect(validateQuestion('stakeholders', { stakeholders: ['none'] }, {})).toEqual({
      values: { stakeholders: [] },
      errors: [],
    });
  });

  it.each([
    ['focus', {}, [{ key: 'focus', reason: 'required' }]],
    ['focus', { focus: 'charity' }, [{ key: 'focus', reason: 'unknown-value' }]],
    ['stakeholders', {}, [{ key: 'stakeholders', reason: 'empty-list' }]],
    ['stakeholders', { stakeholders: [] }, [{ key: 'stakeholders', reason: 'empty-list' }]],
    ['disadvantaged', { disadvantaged: ['none', 'migrants'] }, [{ key: 'disadvantaged', reason: 'none-with-group' }]],
    [
      'members',
      {},
      [
        { key: 'members', reason: 'required' },
        { key: 'workerMembers', reason: 'required' },
      ],
    ],
    ['members', { members: '8', workerMembers: '9' }, [{ key: 'workerMembers', reason: 'more-than-members' }]],
    ['members', { members: '0', workerMembers: '0' }, [{ key: 'members', reason: 'too-small' }]],
    [
      'members',
      { workerMembers: '-1', members: '7.5' },
      [
        { key: 'members', reason: 'not-a-whole-number' },
        { key: 'workerMembers', reason: 'not-a-whole-number' },
      ],
    ],
    ['board', { board: '3', workerBoard: '4' }, [{ key: 'workerBoard', reason: 'more-than-board' }]],
    ['board', { board: '10', workerBoard: '4' }, [{ key: 'board', reason: 'more-than-members' }]], // members: 9
  ] as const)('refuses the %s page with %j', (id, form, errors) => {
    expect(validateQuestion(id, form, MATCHING_PLAN).errors).toEqual(errors);
  });

  it('checks the board against the members only once they are known', () => {
    expect(validateQuestion('board', { board: '10', workerBoard: '4' }, {}).errors).toEqual([]);
  });

  // The page's earlier answer is what the visitor is replacing: it must not raise an error of its own.
  it('compares workers with the members typed now, not those given before', () => {
    const before = { members: 3, workerMembers: 2 };
    const result = validateQuestion('members', { members: 'many', workerMembers: '5' }, before);
    expect(result.errors).toEqual([{ key: 'members', reason: 'not-a-whole-number' }]);
  });

  it('does not hold a count on another page against this one', () => {
    // Lowering members below the board is allowed here: the wizard asks the board again.
    expect(validateQuestion('members', { members: '2', workerMembers: '2' }, MATCHING_PLAN).errors).toEqual([]);
  });

  it('reads only the keys the page asks', () => {
    const result = validateQuestion('focus', { focus: 'both', innovation: 'yes', members: 'x' }, {});
    expect(result).toEqual({ values: { focus: 'both' }, errors: [] });
  });
});

describe('sortByKey', () => {
  it('puts errors in canonical key order', () => {
    const errors = [
      { key: 'innovation', reason: 'required' },
      { key: 'focus', reason: 'required' },
      { key: 'board', reason: 'too-small' },
    ];
    expect(sortByKey(errors).map((error) => error.key)).toEqual(['focus', 'board', 'innovation']);
  });
});

describe('toFormValues', () => {
  it('writes counts as text, a list as its boxes and no group as "none", leaving out what is not answered', () => {
    expect(toFormValues('members', { members: 9 })).toEqual({ members: '9' });
    expect(toFormValues('stakeholders', { stakeholders: [] })).toEqual({ stakeholders: [NONE] });
    expect(toFormValues('disadvantaged', MATCHING_PLAN)).toEqual({ disadvantaged: MATCHING_PLAN.disadvantaged });
    expect(toFormValues('focus', {})).toEqual({});
  });
});
