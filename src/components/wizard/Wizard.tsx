import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { createActor } from 'xstate';
import {
  currentQuestionId,
  currentView,
  invalidatedOnScreen,
  wizardMachine,
  type WizardEvent,
} from '../../machines/wizardMachine';
import { encodeAnswers } from '../../machines/codec';
import { CHECK_STEP, getQuestion, questionProgress } from '../../machines/questions';
import type { WizardIslandWords } from './islandWords';
import { format } from '../../i18n/format';
import { useActorSnapshot } from './useActorSnapshot';
import { useWizardAddress } from './useWizardAddress';
import { usePageChange } from './usePageChange';
import { QuestionForm } from './QuestionForm';
import { CheckAnswers } from './CheckAnswers';
import { NoticeBox } from './NoticeBox';
import { CHECKLIST_ID } from './checklist';
import { KeepChoice } from './KeepChoice';
import { withKeepChoice } from '../../machines/keepOnDevice';

interface Props {
  words: WizardIslandWords;
  /** BCP 47 tag for numbers ("tr-TR"). */
  locale: string;
  /** Where confirmed answers are assessed: `/uygunluk/sonuc/`. */
  resultPath: string;
  /** The site's name, for the page title. */
  siteName: string;
  /** The printable checklist, rendered by Astro: open without JavaScript, behind its summary with it. */
  children?: ComponentChildren;
}

/**
 * The self-assessment: renders the machine's state and sends it the reader's events. The server
 * renders the start page; the wizard itself appears once the script runs.
 */
/** The address asks for the checklist itself (the result page's link to it, the no-script start button). */
const askedForChecklist = () => typeof location !== 'undefined' && location.hash === `#${CHECKLIST_ID}`;

export default function Wizard({ words, locale, resultPath, siteName, children }: Props) {
  const actor = useMemo(() => {
    const machine = wizardMachine.provide({
      actions: {
        showResult: ({ context }) =>
          location.assign(`${resultPath}#${withKeepChoice(encodeAnswers(context.answers), context.keepOnDevice)}`),
      },
    });
    return createActor(machine).start();
  }, [resultPath]);
  const snapshot = useActorSnapshot(actor);
  const ready = useWizardAddress(actor, snapshot);
  const view = currentView(snapshot);
  const questionId = currentQuestionId(snapshot);
  const { answers, errors, notice, keepOnDevice } = snapshot.context;
  /** What the page keeps: this browser's storage, or only the address. */
  const privacy = keepOnDevice ? words.intro.privacy : words.together.keep.addressOnly;
  const started = view !== 'intro';

  const title = !started ? words.intro.title : questionId ? words.questions[questionId].title : words.check.title;
  const { heading, spoken } = usePageChange({
    ready,
    view,
    documentTitle: started
      ? `${errors.length > 0 ? words.step.errorTitlePrefix : ''}${title} – ${words.intro.title} – ${siteName}`
      : `${title} – ${siteName}`,
    announcement: !started
      ? ''
      : questionId
        ? format(words.step.announce, { ...questionProgress(questionId), title })
        : title,
    hasErrors: errors.length > 0,
  });
  const send = (event: WizardEvent) => actor.send(event);

  return (
    <div class="wizard">
      <p class="visually-hidden" role="status">
        {spoken}
      </p>
      {notice && <NoticeBox notice={notice} words={words} />}
      {!started && (
        <div class="wizard__intro">
          <h1 tabIndex={-1} ref={heading}>
            {words.intro.title}
          </h1>
          {words.intro.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {ready ? (
            <>
              <KeepChoice
                words={words}
                keepOnDevice={keepOnDevice}
                onChange={(keep) => send({ type: 'KEEP_ON_DEVICE', keep })}
              />
              <button type="button" class="button button--start" onClick={() => send({ type: 'START' })}>
                {words.intro.start}
              </button>
            </>
          ) : (
            <a class="button button--start" href={`#${CHECKLIST_ID}`}>
              {words.intro.checklistLink}
            </a>
          )}
          <p class="hint">{privacy}</p>
        </div>
      )}
      {started && view !== 'done' && (
        <a
          class="back-link"
          href={location.pathname}
          onClick={(event) => {
            event.preventDefault();
            send({ type: 'BACK' });
          }}
        >
          {words.step.back}
        </a>
      )}
      {questionId && (
        <QuestionForm
          key={questionId}
          question={getQuestion(questionId)}
          words={words}
          answers={answers}
          errors={errors}
          invalidated={invalidatedOnScreen(snapshot)}
          progress={format(words.step.progress, questionProgress(questionId))}
          headingRef={heading}
          onSubmit={(values) => send({ type: 'ANSWER', values })}
        />
      )}
      {view === CHECK_STEP && (
        <CheckAnswers
          words={words}
          locale={locale}
          answers={answers}
          headingRef={heading}
          onChange={(question) => send({ type: 'CHANGE', question })}
          onConfirm={() => send({ type: 'CONFIRM' })}
        />
      )}
      {started && (
        <div class="wizard__actions">
          <button type="button" class="button button--secondary" onClick={() => send({ type: 'START_AGAIN' })}>
            {words.result.startAgain}
          </button>
          <button type="button" class="button button--warning" onClick={() => send({ type: 'DELETE' })}>
            {words.result.deleteAnswers}
          </button>
          <p class="hint">{privacy}</p>
        </div>
      )}
      {/* Open where no script runs (the server's markup) or where a link asked for it; closed behind its
          summary once the script runs, so that the start screen shows no rule before the founder answers. */}
      <details class="wizard__checklist" hidden={started} open={!ready || askedForChecklist()}>
        <summary>{words.intro.checklistLink}</summary>
        {children}
      </details>
    </div>
  );
}
