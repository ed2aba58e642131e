import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/machines/assessment';
import { encodeAnswers } from '../../../src/machines/codec';
import {
  compareFragment,
  comparePlans,
  fragmentOfLink,
  readCompareFragment,
  MAX_LINK_LENGTH,
} from '../../../src/machines/compare';
import { MATCHING_PLAN, planWith } from '../../support/plans';

const A = encodeAnswers(MATCHING_PLAN);
const B = encodeAnswers(planWith({ members: 6, surplus: 'undecided' }));
const link = (fragment: string) => `https://sosyalkooperatif.org.tr/uygunluk/sonuc/#${fragment}`;

describe('fragmentOfLink: what a founder pastes', () => {
  it.each([
    ['a whole address', link(A), A],
    ['a whole address with spaces around it', `  ${link(A)}\n`, A],
    ['a fragment with its #', `#${A}`, A],
    ['a fragment without it', A, A],
    ['an address with no fragment', 'https://example.org/', 'https://example.org/'],
    ['nothing', '   ', ''],
  ])('%s', (_, text, expected) => {
    expect(fragmentOfLink(text)).toBe(expected);
  });
});

describe('readCompareFragment', () => {
  it('reads back the two links compareFragment wrote, whatever form they were pasted in', () => {
    const plans = readCompareFragment(compareFragment({ a: link(A), b: `#${B}` }));
    expect(plans.a).toEqual({ status: 'complete', fragment: A, assessment: assess(MATCHING_PLAN) });
    expect(plans.b).toMatchObject({ status: 'complete', fragment: B });
  });

  it('keeps each link whole: its own & and = are escaped', () => {
    expect(compareFragment({ a: A, b: B })).toMatch(/^a=[^&]+&b=[^&]+$/);
  });

  it.each([
    ['an empty fragment', '', { a: { status: 'empty' }, b: { status: 'empty' } }],
    ['one side', `a=${encodeURIComponent(A)}`, { a: { status: 'complete' }, b: { status: 'empty' } }],
    [
      'a broken escape',
      `a=%E0%A4%A&b=${encodeURIComponent(B)}`,
      { a: { status: 'unreadable' }, b: { status: 'complete' } },
    ],
    ['an over-long link', `a=${'x'.repeat(MAX_LINK_LENGTH + 1)}`, { a: { status: 'unreadable' } }],
    [
      'a link with a bad value',
      `a=${encodeURIComponent('members=seven')}`,
      { a: { status: 'invalid', errors: [{ key: 'members', reason: 'not-a-whole-number' }] } },
    ],
    [
      'a link of another version',
      `b=${encodeURIComponent('v=9')}`,
      { b: { status: 'invalid', errors: [{ key: 'v', reason: 'unknown-version' }] } },
    ],
    ['a link with answers missing', `a=${encodeURIComponent('focus=both')}`, { a: { status: 'incomplete' } }],
    ['script in a link', `a=${encodeURIComponent('<script>alert(1)</script>')}`, { a: { status: 'incomplete' } }],
    ['a side named twice: the first counts', `a=&a=${encodeURIComponent(A)}`, { a: { status: 'empty' } }],
    [
      'unknown names and pairs without =',
      `c=1&a&b=${encodeURIComponent(B)}`,
      { a: { status: 'empty' }, b: { status: 'complete' } },
    ],
  ])('gives each side a status, never throwing, for %s', (_, fragment, expected) => {
    expect(readCompareFragment(fragment)).toMatchObject(expected);
  });
});

describe('comparePlans', () => {
  it('marks only the criteria whose status differs, in the result page’s order', () => {
    const comparison = comparePlans(assess(MATCHING_PLAN), assess(planWith({ members: 6, surplus: 'undecided' })));
    expect(comparison.criteria.filter((row) => row.differs).map((row) => [row.id, row.a.status, row.b.status])).toEqual(
      [
        ['founders-min-7', 'met', 'not-met'],
        ['not-for-profit', 'met', 'unclear'],
      ],
    );
    expect(comparison.differences).toBe(2);
    expect(comparison.verdicts).toEqual({ a: 'matches', b: 'needs-decisions' });
    expect(comparison.verdictDiffers).toBe(true);
    expect(comparison.criteria[0]!.id).toBe('founders-min-7');
  });

  it('finds no difference between a plan and itself', () => {
    const comparison = comparePlans(assess(MATCHING_PLAN), assess(MATCHING_PLAN));
    expect(comparison.differences).toBe(0);
    expect(comparison.verdictDiffers).toBe(false);
    expect(comparison.criteria).toHaveLength(14);
  });

  it('marks a criterion that is core in one plan and a characteristic in the other (a care cooperative of its users)', () => {
    const care = planWith({ focus: 'social-services', stakeholders: ['consumers'], workerMembers: 1 });
    const work = planWith({ focus: 'work-integration', stakeholders: ['volunteers'], workerMembers: 1 });
    const row = comparePlans(assess(care), assess(work)).criteria.find(
      (criterion) => criterion.id === 'worker-majority-members',
    )!;
    expect(row).toMatchObject({
      a: { status: 'not-met', kind: 'characteristic' },
      b: { status: 'not-met', kind: 'core' },
      differs: true,
    });
  });
});
