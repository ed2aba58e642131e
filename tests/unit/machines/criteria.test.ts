import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n';
import { anchorAddress } from '../../../src/i18n/anchors';
import type { Answers } from '../../../src/machines/answers';
import {
  CARE_COOPERATIVE_OF_ITS_USERS,
  CRITERIA,
  exceptionOf,
  kindOf,
  type Criterion,
  type CriterionId,
  type Status,
} from '../../../src/machines/criteria';
import { validAnswers } from './support/arbitraries';
import { MATCHING_PLAN, planWith } from '../../support/plans';

function criterion(id: CriterionId): Criterion {
  const found = CRITERIA.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
}

function statusOf(id: CriterionId, changes: Partial<Answers>): Status {
  return criterion(id).rule(planWith(changes));
}

describe('criteria', () => {
  it('lists the criteria of the contract, legal first', () => {
    expect(CRITERIA.map(({ id }) => id)).toEqual([
      'founders-min-7',
      'one-vote-per-member',
      'board-min-3',
      'focus',
      'public-benefit',
      'not-for-profit',
      'democratic-governance',
      'worker-majority-members',
      'worker-majority-board',
      'disadvantaged-employment',
      'multi-stakeholder',
      'flexible-membership',
      'simple-entry-exit',
      'innovation',
    ]);
  });

  // The core names a section by id only; the site gives its address in each language.
  it.each(CRITERIA)('explains $id in a published section ($section)', ({ section }) => {
    expect(section).toMatch(/^[a-z0-9-]+$/);
    for (const locale of locales) expect(anchorAddress(section, locale)).toMatch(/^\/[a-z0-9/-]*#[a-z0-9-]+$/);
  });

  // The result shows these answers as the reason for a status: no other answer may sway it.
  it.each(CRITERIA)('gives $id a status from its answer keys alone', ({ answerKeys, rule }) => {
    fc.assert(
      fc.property(validAnswers, validAnswers, (plan, other) => {
        const own = Object.fromEntries(answerKeys.map((key) => [key, plan[key]]));
        expect(rule({ ...other, ...own })).toBe(rule(plan));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['founders-min-7', 'legal'],
    ['one-vote-per-member', 'legal'],
    ['board-min-3', 'legal'],
    ['focus', 'core'],
    ['public-benefit', 'core'],
    ['not-for-profit', 'core'],
    ['democratic-governance', 'core'],
    ['worker-majority-members', 'core'],
    ['worker-majority-board', 'core'],
    ['multi-stakeholder', 'characteristic'],
    ['flexible-membership', 'characteristic'],
    ['simple-entry-exit', 'characteristic'],
    ['innovation', 'characteristic'],
  ] as const)('counts %s as %s', (id, kind) => {
    // Volunteers, not consumers: the example plan itself is a care cooperative of its users.
    expect(kindOf(criterion(id), planWith({ stakeholders: ['volunteers'] }))).toBe(kind);
  });

  it.each([
    ['social-services', 'characteristic'],
    ['work-integration', 'core'],
    ['both', 'core'],
    ['other', 'characteristic'],
    ['not-sure', 'characteristic'],
  ] as const)('counts disadvantaged-employment, with focus %s, as %s', (focus, kind) => {
    expect(kindOf(criterion('disadvantaged-employment'), planWith({ focus }))).toBe(kind);
  });

  // The contract: two prerequisites come from the law, one from the model articles; the rest from the text.
  it('names the source of each criterion', () => {
    expect(
      Object.fromEntries(CRITERIA.filter((row) => row.source !== 'text').map(({ id, source }) => [id, source])),
    ).toEqual({
      'founders-min-7': 'law',
      'one-vote-per-member': 'law',
      'board-min-3': 'model-articles',
    });
    expect(CRITERIA.filter((row) => row.source !== 'text').every((row) => row.kind === 'legal')).toBe(true);
  });

  describe('in a care cooperative of its users', () => {
    const majorities = ['worker-majority-members', 'worker-majority-board'] as const;
    it.each([
      [{ focus: 'social-services', stakeholders: ['consumers'] }, 'characteristic'],
      [{ focus: 'both', stakeholders: ['consumers', 'volunteers'] }, 'characteristic'],
      [{ focus: 'social-services', stakeholders: ['volunteers'] }, 'core'],
      [{ focus: 'social-services', stakeholders: [] }, 'core'],
      [{ focus: 'social-services', stakeholders: 'undecided' }, 'core'],
      [{ focus: 'work-integration', stakeholders: ['consumers'] }, 'core'],
      [{ focus: 'other', stakeholders: ['consumers'] }, 'core'],
      [{ focus: 'not-sure', stakeholders: ['consumers'] }, 'core'],
    ] as const)('with %j, counts the worker majorities as %s', (changes, kind) => {
      for (const id of majorities) {
        expect(kindOf(criterion(id), planWith(changes))).toBe(kind);
        expect(exceptionOf(criterion(id), planWith(changes))?.id).toBe(
          kind === 'characteristic' ? 'care-cooperative-of-its-users' : undefined,
        );
      }
    });

    it('changes the kind of no other criterion', () => {
      const care = planWith({ focus: 'social-services', stakeholders: ['consumers'], disadvantaged: [] });
      const others = CRITERIA.filter(({ id }) => !(majorities as readonly string[]).includes(id));
      expect(others.map((row) => exceptionOf(row, care))).toEqual(others.map(() => undefined));
      expect(others.map((row) => kindOf(row, care))).toEqual(
        others.map((row) =>
          kindOf(row, planWith({ focus: 'social-services', stakeholders: ['volunteers'], disadvantaged: [] })),
        ),
      );
    });

    it('explains itself in a published section', () => {
      for (const locale of locales)
        expect(anchorAddress(CARE_COOPERATIVE_OF_ITS_USERS.section, locale)).toMatch(/#[a-z0-9-]+$/);
    });
  });

  describe('at the boundaries of the counts', () => {
    it.each([
      ['founders-min-7', { members: 6, workerMembers: 4 }, 'not-met'],
      ['founders-min-7', { members: 7, workerMembers: 4 }, 'met'],
      ['founders-min-7', { members: 1, workerMembers: 1, board: 1, workerBoard: 1 }, 'not-met'],
      ['board-min-3', { board: 2, workerBoard: 2 }, 'not-met'],
      ['board-min-3', { board: 3, workerBoard: 2 }, 'met'],
      ['worker-majority-members', { members: 8, workerMembers: 4 }, 'not-met'], // half is not a majority
      ['worker-majority-members', { members: 8, workerMembers: 5 }, 'met'],
      ['worker-majority-members', { members: 9, workerMembers: 4 }, 'not-met'],
      ['worker-majority-members', { members: 9, workerMembers: 5 }, 'met'],
      ['worker-majority-members', { members: 7, workerMembers: 0 }, 'not-met'],
      ['worker-majority-members', { members: 7, workerMembers: 7 }, 'met'],
      ['worker-majority-members', { members: 100000, workerMembers: 50000 }, 'not-met'],
      ['worker-majority-members', { members: 100000, workerMembers: 50001 }, 'met'],
      ['worker-majority-board', { board: 2, workerBoard: 1 }, 'not-met'],
      ['worker-majority-board', { board: 3, workerBoard: 2 }, 'met'],
      ['worker-majority-board', { board: 4, workerBoard: 2 }, 'not-met'],
      ['worker-majority-board', { board: 4, workerBoard: 3 }, 'met'],
      ['worker-majority-board', { board: 1, workerBoard: 0 }, 'not-met'],
      ['worker-majority-board', { board: 1, workerBoard: 1 }, 'met'],
    ] as const)('%s with %j is %s', (id, changes, status) => {
      expect(statusOf(id, changes)).toBe(status);
    });
  });

  describe('for every choice', () => {
    it.each([
      ['focus', { focus: 'social-services' }, 'met'],
      ['focus', { focus: 'work-integration' }, 'met'],
      ['focus', { focus: 'both' }, 'met'],
      ['focus', { focus: 'other' }, 'not-met'],
      ['focus', { focus: 'not-sure' }, 'unclear'],
      ['public-benefit', { publicBenefit: 'yes' }, 'met'],
      ['public-benefit', { publicBenefit: 'partly' }, 'not-met'],
      ['public-benefit', { publicBenefit: 'no' }, 'not-met'],
      ['public-benefit', { publicBenefit: 'not-sure' }, 'unclear'],
      ['not-for-profit', { surplus: 'community' }, 'met'],
      ['not-for-profit', { surplus: 'distribute' }, 'not-met'],
      ['not-for-profit', { surplus: 'undecided' }, 'unclear'],
      ['democratic-governance', { governance: 'one-member-one-vote' }, 'met'],
      ['democratic-governance', { governance: 'by-shares' }, 'not-met'],
      ['democratic-governance', { governance: 'founders-decide' }, 'not-met'],
      ['democratic-governance', { governance: 'undecided' }, 'unclear'],
      ['one-vote-per-member', { governance: 'one-member-one-vote' }, 'met'],
      ['one-vote-per-member', { governance: 'by-shares' }, 'not-met'],
      ['one-vote-per-member', { governance: 'founders-decide' }, 'not-met'],
      ['one-vote-per-member', { governance: 'undecided' }, 'unclear'],
      ['flexible-membership', { flexibleMembership: 'yes' }, 'met'],
      ['flexible-membership', { flexibleMembership: 'no' }, 'not-met'],
      ['flexible-membership', { flexibleMembership: 'not-sure' }, 'unclear'],
      ['simple-entry-exit', { simpleEntryExit: 'yes' }, 'met'],
      ['simple-entry-exit', { simpleEntryExit: 'no' }, 'not-met'],
      ['simple-entry-exit', { simpleEntryExit: 'not-sure' }, 'unclear'],
      ['innovation', { innovation: 'yes' }, 'met'],
      ['innovation', { innovation: 'no' }, 'not-met'],
      ['innovation', { innovation: 'not-sure' }, 'unclear'],
    ] as const)('%s with %j is %s', (id, changes, status) => {
      expect(statusOf(id, changes)).toBe(status);
    });
  });

  describe('for the lists', () => {
    it.each([
      ['multi-stakeholder', { stakeholders: [] }, 'not-met'],
      ['multi-stakeholder', { stakeholders: ['consumers'] }, 'met'],
      ['multi-stakeholder', { stakeholders: ['volunteers'] }, 'met'],
      ['multi-stakeholder', { stakeholders: ['consumers', 'volunteers'] }, 'met'],
      ['multi-stakeholder', { stakeholders: 'undecided' }, 'unclear'],
      ['disadvantaged-employment', { disadvantaged: [] }, 'not-met'],
      ['disadvantaged-employment', { disadvantaged: ['rural-youth'] }, 'met'],
      ['disadvantaged-employment', { focus: 'other', disadvantaged: [] }, 'not-met'],
      ['disadvantaged-employment', { focus: 'social-services', disadvantaged: ['ex-prisoners'] }, 'met'],
      ['disadvantaged-employment', { disadvantaged: 'undecided' }, 'unclear'],
      ['disadvantaged-employment', { focus: 'not-sure', disadvantaged: 'undecided' }, 'unclear'],
    ] as const)('%s with %j is %s', (id, changes, status) => {
      expect(statusOf(id, changes)).toBe(status);
    });
  });

  it('meets every criterion with the contract’s example plan', () => {
    expect(CRITERIA.map((rule) => rule.rule(MATCHING_PLAN))).toEqual(CRITERIA.map(() => 'met'));
  });
});
