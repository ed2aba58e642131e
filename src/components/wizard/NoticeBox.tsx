import type { WizardNotice } from '../../machines/wizardMachine';
import type { WizardIslandWords } from './islandWords';
import { linkErrorText } from './answerText';

/** The wizard's notice above the page: answers resumed, dropped or deleted, or a link's unreadable values. */
export function NoticeBox({ notice, words }: { notice: WizardNotice; words: WizardIslandWords }) {
  if (notice.kind === 'unreadable-link') {
    return (
      <div class="notice" role="alert">
        <p>{words.unreadableLink}</p>
        <ul>
          {notice.errors.map((error) => (
            <li key={error.key}>{linkErrorText(error, words)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const text = { resumed: words.storage.resumed, corrupt: words.storage.corrupt, deleted: words.result.deleted }[
    notice.kind
  ];
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
