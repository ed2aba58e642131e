import { assess, type Assessment, type Verdict } from './assessment';
import type { AnswerKey } from './answers';
import { decodeAnswers, type LinkError } from './codec';
import type { Criterion, CriterionKind, Status } from './criteria';

/**
 * Two result links side by side, for founders who each changed an answer. Both links travel in the
 * compare page's fragment, `a=<fragment>&b=<fragment>`, each result fragment percent-encoded once, so
 * that neither reaches a server and their own `&` and `=` stay inside their value. Like the codec,
 * reading trusts nothing and never throws.
 */

export const PLAN_SLOTS = ['a', 'b'] as const;
export type PlanSlot = (typeof PLAN_SLOTS)[number];

/** A pasted result link is a few hundred characters; four thousand leaves room for a mail program's escapes. */
export const MAX_LINK_LENGTH = 4000;

/** The result fragment of what a founder pasted: a whole address, a fragment with or without `#`. */
export function fragmentOfLink(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash === -1 ? trimmed : trimmed.slice(hash + 1);
}

/** The compare page's fragment for two pasted links. */
export function compareFragment(links: Record<PlanSlot, string>): string {
  return PLAN_SLOTS.map((slot) => `${slot}=${encodeURIComponent(fragmentOfLink(links[slot]))}`).join('&');
}

export type ComparedPlan =
  /** No link given for this side. */
  | { readonly status: 'empty' }
  /** Too long, or a broken escape: nothing of it is read. */
  | { readonly status: 'unreadable' }
  | { readonly status: 'incomplete'; readonly missing: readonly AnswerKey[] }
  | { readonly status: 'invalid'; readonly errors: readonly LinkError[] }
  | { readonly status: 'complete'; readonly fragment: string; readonly assessment: Assessment };

/** Each side of the compare page's fragment, read as a result link. */
export function readCompareFragment(fragment: string): Record<PlanSlot, ComparedPlan> {
  const given = new Map<string, string>();
  for (const pair of (fragment.startsWith('#') ? fragment.slice(1) : fragment).split('&')) {
    const equals = pair.indexOf('=');
    if (equals === -1) continue;
    const name = pair.slice(0, equals);
    // The first value of a side counts, as a browser reads a repeated query name.
    if ((PLAN_SLOTS as readonly string[]).includes(name) && !given.has(name)) given.set(name, pair.slice(equals + 1));
  }
  return { a: readPlan(given.get('a')), b: readPlan(given.get('b')) };
}

function readPlan(raw: string | undefined): ComparedPlan {
  if (raw === undefined || raw === '') return { status: 'empty' };
  if (raw.length > MAX_LINK_LENGTH) return { status: 'unreadable' };
  let link: string;
  try {
    link = decodeURIComponent(raw);
  } catch {
    return { status: 'unreadable' };
  }
  const fragment = fragmentOfLink(link);
  if (fragment === '') return { status: 'empty' };
  const decoded = decodeAnswers(fragment);
  if (decoded.status === 'invalid') return { status: 'invalid', errors: decoded.errors };
  if (decoded.status === 'incomplete') return { status: 'incomplete', missing: decoded.missing };
  return { status: 'complete', fragment, assessment: assess(decoded.answers) };
}

export interface CriterionComparison {
  readonly id: Criterion['id'];
  readonly explanationKey: Criterion['explanationKey'];
  readonly a: { readonly status: Status; readonly kind: CriterionKind };
  readonly b: { readonly status: Status; readonly kind: CriterionKind };
  /** The two plans differ on this criterion: its status, or whether it is core (a care cooperative of its users). */
  readonly differs: boolean;
}

export interface PlanComparison {
  readonly verdicts: Record<PlanSlot, Verdict>;
  readonly verdictDiffers: boolean;
  /** Every criterion, prerequisites first, in the order of the result page. */
  readonly criteria: readonly CriterionComparison[];
  /** How many criteria differ. */
  readonly differences: number;
}

const inPageOrder = (assessment: Assessment) => [
  ...assessment.legal,
  ...assessment.core,
  ...assessment.characteristics,
];

/** Criterion by criterion, what differs between two plans. */
export function comparePlans(a: Assessment, b: Assessment): PlanComparison {
  const ofB = new Map(inPageOrder(b).map((result) => [result.id, result]));
  const criteria = inPageOrder(a).map(({ id, explanationKey, status, kind }): CriterionComparison => {
    const other = ofB.get(id)!;
    return {
      id,
      explanationKey,
      a: { status, kind },
      b: { status: other.status, kind: other.kind },
      differs: status !== other.status || kind !== other.kind,
    };
  });
  return {
    verdicts: { a: a.verdict, b: b.verdict },
    verdictDiffers: a.verdict !== b.verdict,
    criteria,
    differences: criteria.filter((criterion) => criterion.differs).length,
  };
}
