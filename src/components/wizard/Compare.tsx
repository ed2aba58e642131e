import { useRef } from 'preact/hooks';
import type { CompareWords, WizardWords } from '../../i18n/wizard-words';
import { format } from '../../i18n/format';
import {
  PLAN_SLOTS,
  compareFragment,
  comparePlans,
  readCompareFragment,
  type ComparedPlan,
  type PlanSlot,
} from '../../machines/compare';
import { useFragment } from './useFragment';
import { pluralText } from './plural';
import { StatusTag } from './StatusTag';

interface Props {
  /** The result's words: criteria, statuses, verdicts. */
  words: WizardWords;
  compare: CompareWords;
  /** BCP 47 tag for numbers ("tr-TR"). */
  locale: string;
  /** The result page in this language: a pasted link is shown back as one of its addresses. */
  resultPath: string;
}

/** Why a side cannot be compared, in plain words; `undefined` for a readable one. */
function problemOf(
  plan: ComparedPlan,
  slot: PlanSlot,
  words: WizardWords,
  { problems, plans }: CompareWords,
): string | undefined {
  const keys = (names: readonly (keyof WizardWords['keyNames'])[]) =>
    names.map((key) => words.keyNames[key]).join(`${words.listComma} `);
  const values = { plan: plans[slot] };
  switch (plan.status) {
    case 'complete':
      return undefined;
    case 'empty':
    case 'unreadable':
      return format(problems[plan.status], values);
    case 'invalid':
      return format(problems.invalid, { ...values, keys: keys(plan.errors.map((error) => error.key)) });
    case 'incomplete':
      return format(problems.incomplete, { ...values, keys: keys(plan.missing) });
  }
}

/**
 * Two result links side by side, criterion by criterion, the differences marked in words and with a
 * sign, not by colour alone. Both links live in the page's fragment (src/machines/compare.ts), read
 * in the browser only; the form writes them there.
 */
export default function Compare({ words, compare, locale, resultPath }: Props) {
  const fragment = useFragment();
  const outcome = useRef<HTMLElement>(null);

  if (fragment === undefined) {
    return (
      <div class="compare">
        <h1>{compare.title}</h1>
        <p class="notice">{compare.needsScript}</p>
      </div>
    );
  }

  const plans = readCompareFragment(fragment);
  const given = PLAN_SLOTS.some((slot) => plans[slot].status !== 'empty');
  const problems = given
    ? PLAN_SLOTS.map((slot) => problemOf(plans[slot], slot, words, compare)).filter((problem) => problem !== undefined)
    : [];
  const a = plans.a.status === 'complete' ? plans.a : undefined;
  const b = plans.b.status === 'complete' ? plans.b : undefined;
  const comparison = a && b && comparePlans(a.assessment, b.assessment);
  const linkOf = (plan: ComparedPlan) =>
    plan.status === 'complete' ? `${location.origin}${resultPath}#${plan.fragment}` : '';

  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    location.hash = compareFragment({ a: String(form.get('a') ?? ''), b: String(form.get('b') ?? '') });
    // The outcome is drawn once the hash is read: focus goes to it, as to a new page's heading.
    requestAnimationFrame(() => outcome.current?.focus());
  };

  return (
    <div class="compare">
      <h1>{compare.title}</h1>
      <p>{compare.intro}</p>
      <form class="compare__form" onSubmit={submit} key={fragment}>
        <p class="hint" id="compare-hint">
          {compare.linkHint}
        </p>
        {PLAN_SLOTS.map((slot) => (
          <div class="compare__field" key={slot}>
            <label class="label" for={`compare-${slot}`}>
              {compare.linkLabels[slot]}
            </label>
            <input
              class="input compare__input"
              type="text"
              inputMode="url"
              id={`compare-${slot}`}
              name={slot}
              dir="ltr"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="compare-hint"
              defaultValue={linkOf(plans[slot])}
            />
          </div>
        ))}
        <button type="submit" class="button">
          {compare.submit}
        </button>
      </form>

      {problems.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={outcome as { current: HTMLDivElement | null }}>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {comparison && (
        <section class="compare__outcome" aria-labelledby="compare-outcome">
          <h2
            id="compare-outcome"
            tabIndex={-1}
            ref={problems.length > 0 ? undefined : (outcome as { current: HTMLHeadingElement | null })}
          >
            {comparison.differences === 0
              ? compare.noDifference
              : pluralText(compare.differences, comparison.differences, locale)}
            {comparison.verdictDiffers && ` ${compare.verdictDiffers}`}
          </h2>
          <table class="compare-table">
            <thead>
              <tr>
                <th scope="col">{compare.criterion}</th>
                <th scope="col">{compare.plans.a}</th>
                <th scope="col">{compare.plans.b}</th>
              </tr>
            </thead>
            <tbody>
              <tr class={comparison.verdictDiffers ? 'compare-table__row--differs' : undefined} data-row="verdict">
                <th scope="row">
                  <DifferenceMark differs={comparison.verdictDiffers} word={compare.differs} />
                  {compare.verdictRow}
                </th>
                {PLAN_SLOTS.map((slot) => (
                  <td key={slot} data-verdict={comparison.verdicts[slot]}>
                    {words.result.verdicts[comparison.verdicts[slot]].heading}
                  </td>
                ))}
              </tr>
              {comparison.criteria.map((row) => (
                <tr
                  key={row.id}
                  class={row.differs ? 'compare-table__row--differs' : undefined}
                  data-row={row.id}
                  data-differs={String(row.differs)}
                >
                  <th scope="row">
                    <DifferenceMark differs={row.differs} word={compare.differs} />
                    {words.criteria[row.explanationKey].name}
                  </th>
                  {PLAN_SLOTS.map((slot) => (
                    <td key={slot} data-status={row[slot].status}>
                      <StatusTag status={row[slot].status} kind={row[slot].kind} words={words} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

/** "≠ Farklı" before a row that differs: a sign and a word, never colour alone; a row that is the same says nothing. */
function DifferenceMark({ differs, word }: { differs: boolean; word: string }) {
  if (!differs) return null;
  return (
    <span class="compare-table__mark">
      <span aria-hidden="true">≠ </span>
      {word}
    </span>
  );
}
