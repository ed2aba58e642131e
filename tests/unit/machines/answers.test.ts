import { describe, expect, it } from 'vitest';
import {
  ANSWER_FIELDS,
  ANSWER_KEYS,
  RULES_VERSION,
  isAnswerKey,
  isComplete,
  missingKeys,
} from '../../../src/machines/answers';
import { MATCHING_PLAN } from '../../support/plans';

// The contract's table (shared/spec/wizard.md), copied by hand: links depend on these spellings.
const SPEC_VALUES = {
  focus: ['social-services', 'work-integration', 'both', 'other', 'not-sure'],
  publicBenefit: ['yes', 'partly', 'no', 'not-sure'],
  surplus: ['community', 'distribute', 'undecided'],
  governance: ['one-member-one-vote', 'by-shares', 'founders-decide', 'undecided'],
  stakeholders: ['consumers', 'volunteers'],
  disadvantaged: [
    'disabled',
    'long-term-unemployed',
    'ex-prisoners',
    'addiction-recovery',
    'migrants',
    'rural-women',
    'rural-youth',
  ],
  flexibleMembership: ['yes', 'no', 'not-sure'],
  simpleEntryExit: ['yes', 'no', 'not-sure'],
  innovation: ['yes', 'no', 'not-sure'],
};

const SPEC_RANGES = {
  members: { min: 1, max: 100000, atMost: undefined },
  workerMembers: { min: 0, max: 100000, atMost: 'members' },
  board: { min: 1, max: 100000, atMost: 'members' },
  workerBoard: { min: 0, max: 100000, atMost: 'board' },
};

describe('answers', () => {
  it('has the thirteen keys of the contract, in its order', () => {
    expect(ANSWER_KEYS).toEqual([
      'focus',
      'publicBenefit',
      'surplus',
      'governance',
      'members',
      'workerMembers',
      'board',
      'workerBoard',
      'stakeholders',
      'disadvantaged',
      'flexibleMembership',
      'simpleEntryExit',
      'innovation',
    ]);
  });

  it('is rules version 1', () => {
    expect(RULES_VERSION).toBe(1);
  });

  it.each(Object.entries(SPEC_VALUES))('%s takes the values of the contract, in its order', (key, values) => {
    expect(ANSWER_FIELDS[key as keyof typeof SPEC_VALUES].values).toEqual(values);
  });

  it.each(Object.entries(SPEC_RANGES))('%s has the range of the contract', (key, range) => {
    const field = ANSWER_FIELDS[key as keyof typeof SPEC_RANGES];
    expect({ min: field.min, max: field.max, atMost: 'atMost' in field ? field.atMost : undefined }).toEqual(range);
  });

  it('writes every value in characters a URL fragment carries unescaped', () => {
    const values = Object.values(ANSWER_FIELDS).flatMap((field) => ('values' in field ? field.values : []));
    for (const value of values) expect(value).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(['focus', 'innovation', 'workerBoard'])('knows %s', (name) => {
    expect(isAnswerKey(name)).toBe(true);
  });

  it.each(['v', 'step', 'Focus', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'does not take %j for an answer key',
    (name) => {
      expect(isAnswerKey(name)).toBe(false);
    },
  );

  it('lists the missing keys in canonical order', () => {
    expect(missingKeys({ innovation: 'yes', focus: 'both', members: 9 })).toEqual([
      'publicBenefit',
      'surplus',
      'governance',
      'workerMembers',
      'board',
      'workerBoard',
      'stakeholders',
      'disadvantaged',
      'flexibleMembership',
      'simpleEntryExit',
    ]);
  });

  it('counts an empty list as an answer ("none")', () => {
    expect(isComplete({ ...MATCHING_PLAN, stakeholders: [], disadvantaged: [] })).toBe(true);
  });

  it.each(ANSWER_KEYS)('is incomplete without %s', (key) => {
    const { [key]: _left, ...rest } = MATCHING_PLAN;
    expect(isComplete(rest)).toBe(false);
    expect(missingKeys(rest)).toEqual([key]);
  });
});
