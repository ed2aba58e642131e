import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
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

interface Props {
  words: WizardIslandWords;
  /** BCP 47 tag for numbers ("tr-TR"). */
  locale: string;
  /** Where confirmed answers are assessed: `/uygunluk/sonuc/`. */
  resultPath: string;
  /** The site's name, for the page title. */
  siteName: string;
  /** The printable checklist, rendered by Astro: open without JavaScript, else behind its link. */
  children?: ComponentChildren;
}

/**
 * The self-assessment: renders the machine's state and sends it the reader's events. The server
 * renders the start page; the wizard itself appears once the script runs.
 */
export default function Wizard({ words, locale, resultPath, siteName, children }: Props) {
  const actor = useMemo(() => {
    const machine = wizardMachine.provide({
      actions: { showResult: ({ context }) => location.assign(`${resultPath}#${encodeAnswers(context.answers)}`) },
    });
    return createActor(machine).start();
  }, [resultPath]);
  const snapshot = useActorSnapshot(actor);
  const ready = useWizardAddress(actor, snapshot);
  const view = currentView(snapshot);
  const questionId = currentQuestionId(snapshot);
  const { answers, errors, notice } = snapshot.context;
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
  const checklistOpen = useChecklistLink(started);

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
          {ready && (
            <button type="button" class="button button--start" onClick={() => send({ type: 'START' })}>
              {words.intro.start}
            </button>
          )}
          <p>
            <a class={ready ? undefined : 'button button--start'} href={`#${CHECKLIST_ID}`}>
              {words.intro.checklistLink}
            </a>
          </p>
          <p class="hint">{words.intro.privacy}</p>
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
          <p class="hint">{words.intro.privacy}</p>
        </div>
      )}
      <div class="wizard__checklist" hidden={started || (ready && !checklistOpen)}>
        {children}
      </div>
    </div>
  );
}

/**
 * Whether the reader asked for the printable checklist (its link, or a link to its anchor). Its rules
 * say what the text expects, so once the script runs it stays closed until asked for: the start
 * screen shows no rule before the founder answers (shared/spec/wizard.md, "Without JavaScript").
 * Starting closes it again.
 */
function useChecklistLink(started: boolean): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const follow = () => setOpen(location.hash === `#${CHECKLIST_ID}`);
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (started) setOpen(false);
  }, [started]);
  // A hidden target is not scrolled to: once shown, bring it into view.
  useEffect(() => {
    if (open) document.getElementById(CHECKLIST_ID)?.scrollIntoView();
  }, [open]);
  return open;
}
