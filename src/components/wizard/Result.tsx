import { useState } from 'preact/hooks';
import { decodeAnswers } from '../../machines/codec';
import { forgetAnswers } from './savedAnswers';
import { carryFragmentToLanguageSwitch } from './languageSwitch';
import { useFragment } from './useFragment';
import { CHECKLIST_ID } from './checklist';
import { AssessmentResult, type AssessmentResultProps } from './AssessmentResult';
import { IncompleteLink } from './IncompleteLink';
import { InvalidLink } from './InvalidLink';

type Props = Omit<AssessmentResultProps, 'answers' | 'onDelete'>;

/**
 * The result of a link's answers, read from the fragment in the browser: the answers never reach a
 * server. The markup carries the result for machines too (`data-verdict`, `data-criterion`,
 * `data-status`), as the contract says. Without JavaScript, the server-rendered page says that the
 * result needs it and links to the printable checklist.
 */
export default function Result(props: Props) {
  const { words, wizardPath } = props;
  const fragment = useFragment();
  const [deleted, setDeleted] = useState(false);

  if (fragment === undefined) {
    return (
      <div class="result">
        <h1>{words.result.title}</h1>
        <p class="notice">{words.result.needsScript}</p>
        <p>
          <a href={`${wizardPath}#${CHECKLIST_ID}`}>{words.result.checklistLink}</a>
        </p>
      </div>
    );
  }

  if (deleted) {
    return (
      <div class="result">
        <h1>{words.result.title}</h1>
        <p class="notice" role="status">
          {words.result.deleted}
        </p>
        <p>
          <a class="button" href={wizardPath}>
            {words.intro.start}
          </a>
        </p>
      </div>
    );
  }

  const decoded = decodeAnswers(fragment);
  const onDelete = () => {
    forgetAnswers();
    history.replaceState(null, '', location.pathname);
    carryFragmentToLanguageSwitch();
    setDeleted(true);
  };
  return (
    <div class="result">
      <h1>{words.result.title}</h1>
      {decoded.status === 'complete' && <AssessmentResult {...props} answers={decoded.answers} onDelete={onDelete} />}
      {decoded.status === 'incomplete' && (
        <IncompleteLink answers={decoded.answers} missing={decoded.missing} words={words} wizardPath={wizardPath} />
      )}
      {decoded.status === 'invalid' && (
        <InvalidLink fragment={fragment} errors={decoded.errors} words={words} wizardPath={wizardPath} />
      )}
    </div>
  );
}
