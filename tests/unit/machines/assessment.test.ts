import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/machines/answers';
import { assess, type Assessment } from '../../../src/machines/assessment';
import { CRITERIA } from '../../../src/machines/criteria';
import { decodeAnswers, encodeAnswers } from '../../../src/machines/codec';
import { validAnswers } from './support/arbitraries';
import { MATCHING_PLAN, planWith } from '../../support/plans';
import { specVerdict } from './support/spec-reading';

const ids = (results: Assessment['core']) => results.map(({ id }) => id);
const statuses = (results: Assessment['core']) => Object.fromEntries(results.map(({ id, status }) => [id, status]));

describe('assess', () => {
  it.each([
    // matches: everything met
    ['matches', {}],
    // matches-core: a characteristic not met or unclear, the core met
    ['matches-core', { innovation: 'not-sure' }],
    ['matches-core', { flexibleMembership: 'no' }],
    ['matches-core', { simpleEntryExit: 'not-sure' }],
    ['matches-core', { stakeholders: [] }],
    ['matches-core', { focus: 'social-services', disadvantaged: [] }],
    ['matches-core', { stakeholders: 'undecided' }],
    ['matches-core', { focus: 'social-services', disadvantaged: 'undecided' }],
    // needs-decisions: a core criterion unclear, none not met; it comes before characteristics
    ['needs-decisions', { surplus: 'undecided' }],
    ['needs-decisions', { governance: 'undecided' }],
    ['needs-decisions', { focus: 'not-sure' }],
    ['needs-decisions', { publicBenefit: 'not-sure' }],
    ['needs-decisions', { focus: 'work-integration', disadvantaged: 'undecided' }],
    ['needs-decisions', { focus: 'not-sure', disadvantaged: [] }],
    ['needs-decisions', { surplus: 'undecided', governance: 'undecided', innovation: 'no', stakeholders: [] }],
    // does-not-match: a core criterion not met; it comes before unclear ones
    ['does-not-match', { publicBenefit: 'partly' }],
    ['does-not-match', { focus: 'other' }],
    ['does-not-match', { surplus: 'distribute' }],
    ['does-not-match', { governance: 'by-shares' }],
    ['does-not-match', { governance: 'founders-decide' }],
    ['does-not-match', { stakeholders: ['volunteers'], members: 8, workerMembers: 4 }],
    ['does-not-match', { stakeholders: [], board: 2, workerBoard: 1 }],
    ['does-not-match', { focus: 'work-integration', disadvantaged: [] }],
    ['does-not-match', { focus: 'both', disadvantaged: [] }],
    ['does-not-match', { focus: 'other', disadvantaged: [] }],
    ['does-not-match', { publicBenefit: 'no', surplus: 'undecided', governance: 'undecided' }],
    ['does-not-match', { focus: 'other', publicBenefit: 'not-sure' }],
    // a care cooperative of its users: the worker majorities are characteristics, not core
    [
      'matches-core',
      { focus: 'social-services', stakeholders: ['consumers'], members: 12, workerMembers: 2, disadvantaged: [] },
    ],
    ['matches-core', { focus: 'both', stakeholders: ['consumers'], board: 5, workerBoard: 1 }],
    ['does-not-match', { focus: 'social-services', stakeholders: ['volunteers'], members: 12, workerMembers: 2 }],
    ['does-not-match', { focus: 'work-integration', stakeholders: ['consumers'], board: 5, workerBoard: 1 }],
    ['does-not-match', { focus: 'social-services', stakeholders: 'undecided', members: 12, workerMembers: 2 }],
  ] as [string, Partial<Answers>][])('is %s for the plan changed by %j', (verdict, changes) => {
    expect(assess(planWith(changes)).verdict).toBe(verdict);
  });

  it.each([
    ['five founders', { members: 5, workerMembers: 3 }, 'founders-min-7'],
    ['a board of two', { board: 2, workerBoard: 2 }, 'board-min-3'],
  ] as const)('reports %s in the legal block without changing the verdict', (_, changes, failing) => {
    const result = assess(planWith(changes));
    expect(result.verdict).toBe('matches');
    expect(statuses(result.legal)[failing]).toBe('not-met');
  });

  // One answer, two criteria: art. 48 in the legal block, the text's democratic governance in the core.
  it.each([
    ['one-member-one-vote', 'met', 'matches'],
    ['by-shares', 'not-met', 'does-not-match'],
    ['founders-decide', 'not-met', 'does-not-match'],
    ['undecided', 'unclear', 'needs-decisions'],
  ] as const)(
    'reads governance %s as %s for one vote per member, in the legal block (%s)',
    (governance, status, verdict) => {
      const result = assess(planWith({ governance }));
      expect(statuses(result.legal)['one-vote-per-member']).toBe(status);
      expect(statuses(result.core)['democratic-governance']).toBe(status);
      expect(result.verdict).toBe(verdict);
    },
  );

  it('gives the source of each prerequisite', () => {
    expect(assess(MATCHING_PLAN).legal.map(({ id, source }) => [id, source])).toEqual([
      ['founders-min-7', 'law'],
      ['one-vote-per-member', 'law'],
      ['board-min-3', 'model-articles'],
    ]);
  });

  it.each([
    [{ focus: 'social-services', stakeholders: ['consumers'] }, 'characteristics', true],
    [{ focus: 'both', stakeholders: ['consumers'] }, 'characteristics', true],
    [{ focus: 'social-services', stakeholders: ['volunteers'] }, 'core', false],
    [{ focus: 'work-integration', stakeholders: ['consumers'] }, 'core', false],
  ] as const)('with %j, lists the worker majorities among the %s', (changes, block, excepted) => {
    const result = assess(planWith(changes));
    for (const id of ['worker-majority-members', 'worker-majority-board']) {
      const found = result[block].find((criterion) => criterion.id === id);
      expect(found?.kind).toBe(block === 'core' ? 'core' : 'characteristic');
      expect(found?.exception?.id).toBe(excepted ? 'care-cooperative-of-its-users' : undefined);
    }
  });

  it('sorts the criteria into blocks, in table order', () => {
    const result = assess(planWith({ stakeholders: ['volunteers'] }));
    expect(ids(result.legal)).toEqual(['founders-min-7', 'one-vote-per-member', 'board-min-3']);
    expect(ids(result.core)).toEqual([
      'focus',
      'public-benefit',
      'not-for-profit',
      'democratic-governance',
      'worker-majority-members',
      'worker-majority-board',
      'disadvantaged-employment',
    ]);
    expect(ids(result.characteristics)).toEqual([
      'multi-stakeholder',
      'flexible-membership',
      'simple-entry-exit',
      'innovation',
    ]);
  });

  it.each([
    ['work-integration', 'core'],
    ['both', 'core'],
    ['social-services', 'characteristics'],
    ['other', 'characteristics'],
    ['not-sure', 'characteristics'],
  ] as const)('puts disadvantaged-employment, with focus %s, among the %s', (focus, block) => {
    const result = assess(planWith({ focus }));
    expect(ids(result[block])).toContain('disadvantaged-employment');
    expect(result[block].find(({ id }) => id === 'disadvantaged-employment')?.kind).toBe(
      block === 'core' ? 'core' : 'characteristic',
    );
  });

  // Rules version 1 gained values (not-sure, undecided lists) without a new version: a link made
  // before them must open the same verdict and statuses. Written by hand from the contract's tables.
  describe('links made before the new values keep their meaning', () => {
    const BEFORE =
      'v=1&focus=both&publicBenefit=yes&surplus=community&governance=one-member-one-vote&members=9&workerMembers=6' +
      '&board=3&workerBoard=2&stakeholders=consumers,volunteers&disadvantaged=disabled,migrants' +
      '&flexibleMembership=yes&simpleEntryExit=yes&innovation=yes';
    const link = (changes: Record<string, string>) =>
      BEFORE.split('&')
        .map((pair) => {
          const [key] = pair.split('=');
          return key! in changes ? `${key}=${changes[key!]}` : pair;
        })
        .join('&');

    it.each([
      [{}, 'matches', {}],
      [
        { focus: 'other', disadvantaged: 'none' },
        'does-not-match',
        { focus: 'not-met', 'disadvantaged-employment': 'not-met' },
      ],
      [{ focus: 'social-services', disadvantaged: 'none' }, 'matches-core', { 'disadvantaged-employment': 'not-met' }],
      [{ publicBenefit: 'partly' }, 'does-not-match', { 'public-benefit': 'not-met' }],
      [
        { governance: 'by-shares', members: '5', workerMembers: '3' },
        'does-not-match',
        { 'democratic-governance': 'not-met', 'one-vote-per-member': 'not-met', 'founders-min-7': 'not-met' },
      ],
      [
        { governance: 'founders-decide' },
        'does-not-match',
        { 'democratic-governance': 'not-met', 'one-vote-per-member': 'not-met' },
      ],
      [
        {
          focus: 'social-services',
          stakeholders: 'consumers',
          disadvantaged: 'none',
          members: '12',
          workerMembers: '2',
        },
        'matches-core',
        { 'worker-majority-members': 'not-met', 'disadvantaged-employment': 'not-met' },
      ],
      [
        { surplus: 'undecided', stakeholders: 'none' },
        'needs-decisions',
        { 'not-for-profit': 'unclear', 'multi-stakeholder': 'not-met' },
      ],
      [
        { innovation: 'not-sure', board: '2', workerBoard: '2' },
        'matches-core',
        { innovation: 'unclear', 'board-min-3': 'not-met' },
      ],
    ] as const)('%j: %s', (changes, verdict, notAllMet) => {
      const decoded = decodeAnswers(link(changes));
      if (decoded.status !== 'complete') throw new Error(`not complete: ${decoded.status}`);
      const result = assess(decoded.answers);
      expect(result.verdict).toBe(verdict);
      const all = [...result.legal, ...result.core, ...result.characteristics];
      expect(Object.fromEntries(all.map(({ id, status }) => [id, status]))).toEqual(
        Object.fromEntries(CRITERIA.map(({ id }) => [id, (notAllMet as Record<string, string>)[id] ?? 'met'])),
      );
    });
  });

  describe('for any valid answers', () => {
    it('agrees with a direct reading of the contract', () => {
      fc.assert(
        fc.property(validAnswers, (answers) => {
          expect(assess(answers).verdict).toBe(specVerdict(answers));
        }),
        { numRuns: 2000 },
      );
    });

    // Rules version 1 gained `one-vote-per-member`: every link, made before it (without `v`) or after, shows it.
    it('reads one vote per member from governance, the same for a link without the version as with it', () => {
      const expected = {
        'one-member-one-vote': 'met',
        undecided: 'unclear',
        'by-shares': 'not-met',
        'founders-decide': 'not-met',
      } as const;
      fc.assert(
        fc.property(validAnswers, (answers) => {
          const fresh = encodeAnswers(answers);
          expect(fresh.startsWith('v=1&')).toBe(true);
          const results = [fresh, fresh.slice('v=1&'.length)].map((link) => {
            const decoded = decodeAnswers(link);
            if (decoded.status !== 'complete') throw new Error(`not complete: ${decoded.status}`);
            return assess(decoded.answers);
          });
          expect(results[1]).toEqual(results[0]);
          expect(results[0]!.legal.find(({ id }) => id === 'one-vote-per-member')?.status).toBe(
            expected[answers.governance],
          );
        }),
        { numRuns: 500 },
      );
    });

    it('reports every criterion once', () => {
      fc.assert(
        fc.property(validAnswers, (answers) => {
          const { legal, core, characteristics } = assess(answers);
          expect([...legal, ...core, ...characteristics].map(({ id }) => id).sort()).toEqual(
            CRITERIA.map(({ id }) => id).sort(),
          );
        }),
      );
    });
  });
});
