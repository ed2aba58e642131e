/**
 * The founders' plans (tests/support/founder-plans.ts), answered as a careful reader answers the
 * questions, get the verdict and statuses the spec gives them, written there by hand. The text's own
 * founders never get `does-not-match` (shared/spec/wizard.md, "How the questions are asked").
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/machines/assessment';
import { FOUNDER_PLANS } from '../../support/founder-plans';

const plans = Object.entries(FOUNDER_PLANS);

describe.each(plans)('%s', (_name, plan) => {
  const assessment = assess(plan.answers);

  it(`is assessed ${plan.verdict}`, () => {
    expect(assessment.verdict).toBe(plan.verdict);
  });

  it('has the status the spec gives each criterion', () => {
    const shown = Object.fromEntries(
      [...assessment.legal, ...assessment.core, ...assessment.characteristics].map(({ id, status }) => [id, status]),
    );
    expect(shown).toEqual(plan.statuses);
  });
});

describe('the text’s own founders', () => {
  it.each(plans.filter(([, plan]) => plan.ownFounders))('%s: matches, or matches its core', (_name, plan) => {
    expect(['matches', 'matches-core']).toContain(plan.verdict);
  });

  it('are most of the plans, and some plans do not match, so that the checks can fail', () => {
    expect(plans.filter(([, plan]) => plan.ownFounders).length).toBeGreaterThanOrEqual(5);
    expect(plans.some(([, plan]) => plan.verdict === 'does-not-match')).toBe(true);
  });
});
