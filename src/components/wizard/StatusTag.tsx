import type { CriterionKind, Status } from '../../machines/criteria';
import type { WizardWords } from '../../i18n/wizard-words';

/** A mark for each status, so that none is told by colour alone; the word beside it says it aloud. */
const MARKS: Record<Status, string> = { met: '✓', 'not-met': '✗', unclear: '?' };

/** A criterion's status: its mark and its word, the prerequisites' words for a founding prerequisite. */
export function StatusTag({ status, kind, words }: { status: Status; kind: CriterionKind; words: WizardWords }) {
  const text = kind === 'legal' ? words.result.prerequisiteStatus : words.result.status;
  return (
    <span class={`tag tag--${status}`}>
      <span class="tag__mark" aria-hidden="true">
        {MARKS[status]}
      </span>{' '}
      {text[status]}
    </span>
  );
}
