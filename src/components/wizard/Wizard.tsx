import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { currentQuestionId, currentStep, wizardMachine } from '../../machines/wizardMachine';
import type { PartialAnswers } from '../../machines/answers';
import { decodeAnswers, encodeAnswers, type LinkError } from '../../machines/codec';
import { salvageAnswers } from '../../machines/salvage';
import { CHECK_STEP, QUESTIONS, getQuestion, questionProgress } from '../../machines/questions';
import type { WizardWords } from '../../i18n/wizard-words';
import { format } from '../../i18n/format';
import { useActorSnapshot } from './useActorSnapshot';
import { QuestionForm } from './QuestionForm';
import { CheckAnswers } from './CheckAnswers';
import { forgetAnswers, loadAnswers, saveAnswers } from './savedAnswers';
import { linkErrorText } from './answerText';
import { carryFragmentToLanguageSwitch } from './languageSwitch';
import { CHECKLIST_ID } from './checklist';

interface Props {
  words: WizardWords;
  /** BCP 47 tag for numbers ("tr-TR"). */
  locale: string;
  /** Where confirmed answers are assessed: `/uygunluk/sonuc/`. */
  resultPath: string;
  /** The site's name, for the page title. */
  siteName: string;
  /** The printable checklist, rendered by Astro: shown on the start page and without JavaScript. */
  children?: ComponentChildren;
}

/** The answers in the address's fragment. A link to the checklist asks for the start page, where it is. */
const answersInAddress = () => {
  const fragment = location.hash.slice(1);
  return fragment === CHECKLIST_ID ? '' : fragment;
};

/** Marks the history entries the wizard writes, as opposed to fragments typed or linked. */
const WIZARD_ENTRY = { wizard: true };

type Notice = { kind: 'resumed' } | { kind: 'corrupt' } | { kind: 'deleted' } | { kind: 'link'; errors: readonly LinkError[] };

/**
 * The self-assessment: renders the machine's state and sends it the reader's events. The step and
 * the answers live in the URL fragment (back and forward move between questions, a reload loses
 * nothing) and in localStorage, to resume later. The server renders the start page; the wizard
 * itself appears once the script runs.
 */
export default function Wizard({ words, locale, resultPath, siteName, children }: Props) {
  const actor = useMemo(() => createActor(wizardMachine).start(), []);
  const snapshot = useActorSnapshot(actor);
  const [mounted, setMounted] = useState(false);
  const [started, setStarted] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  /** Set by the reader's actions, so that focus moves to the new heading; not on the first load. */
  const moveFocus = useRef(false);
  /** The step last written to the address: a new step adds a history entry, a correction does not. */
  const writtenStep = useRef<string>();

  const step = currentStep(snapshot);
  const questionId = currentQuestionId(snapshot);
  const { answers, errors, invalidated } = snapshot.context;

  // Once hydrated: take the answers of the link, else (no fragment at all) those saved on this device.
  useEffect(() => {
    /** `kept`: answers given since the fragment was written (going back keeps later answers). */
    const open = (fragment: string, source: 'link' | 'saved', kept: PartialAnswers = {}) => {
      const decoded = decodeAnswers(fragment);
      if (decoded.status === 'invalid') {
        if (source === 'saved') {
          forgetAnswers();
          setNotice({ kind: 'corrupt' });
          return;
        }
        setNotice({ kind: 'link', errors: decoded.errors });
        actor.send({ type: 'RESTORE', answers: salvageAnswers(fragment) });
      } else {
        // Merged answers go through the decoder again, so that together they still fit the rules.
        const answers = salvageAnswers(encodeAnswers({ ...decoded.answers, ...kept }));
        actor.send({ type: 'RESTORE', answers, step: decoded.step });
        if (source === 'saved') setNotice({ kind: 'resumed' });
      }
      setStarted(true);
    };
    const linked = answersInAddress();
    const saved = loadAnswers();
    if (linked) open(linked, 'link');
    else if (saved && !location.hash) open(saved, 'saved');
    setMounted(true);

    // Back, forward, or a fragment typed by hand: the address leads, the machine follows. An
    // entry the wizard wrote itself keeps the answers given since (back, then forward, loses
    // nothing); a fragment from elsewhere is read as it stands.
    const onPopState = (event: PopStateEvent) => {
      moveFocus.current = true;
      writtenStep.current = undefined;
      const fragment = answersInAddress();
      const ownEntry = (event.state as { wizard?: boolean } | null)?.wizard === true;
      if (fragment) open(fragment, 'link', ownEntry ? actor.getSnapshot().context.answers : {});
      else setStarted(false);
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [actor]);

  // The machine leads the address, the saved answers, the title, the live region and the focus.
  useEffect(() => {
    if (!started) {
      writtenStep.current = undefined;
      carryFragmentToLanguageSwitch();
      return;
    }
    if (step === 'done') {
      location.assign(`${resultPath}#${encodeAnswers(answers)}`);
      return;
    }
    const fragment = encodeAnswers(answers, step);
    saveAnswers(fragment);
    if (location.hash.slice(1) !== fragment) {
      const isNewStep = writtenStep.current !== undefined && writtenStep.current !== step;
      history[isNewStep ? 'pushState' : 'replaceState'](WIZARD_ENTRY, '', `#${fragment}`);
    }
    carryFragmentToLanguageSwitch();
    writtenStep.current = step;
  }, [snapshot, started, step, answers, resultPath]);

  const title = !started
    ? words.intro.title
    : questionId
      ? words.questions[getQuestion(questionId).id].title
      : words.check.title;
  const progress = questionId ? format(words.step.progress, questionProgress(questionId)) : '';

  useEffect(() => {
    if (!mounted) return;
    const prefix = started && errors.length > 0 ? words.step.errorTitlePrefix : '';
    document.title = started ? `${prefix}${title} – ${words.intro.title} – ${siteName}` : `${title} – ${siteName}`;
    if (started) setAnnouncement(questionId ? format(words.step.announce, { ...questionProgress(questionId), title }) : title);
    if (moveFocus.current && errors.length === 0) heading.current?.focus();
    moveFocus.current = false;
  }, [mounted, started, step, errors, questionId, title, siteName, words]);

  const act = (event: Parameters<typeof actor.send>[0]) => {
    moveFocus.current = true;
    actor.send(event);
  };
  const start = () => {
    moveFocus.current = true;
    setNotice(undefined);
    actor.send({ type: 'RESTORE', answers: {} });
    setStarted(true);
  };
  const back = () => {
    if (step === QUESTIONS[0].id) {
      moveFocus.current = true;
      history.pushState(null, '', location.pathname);
      setStarted(false);
    } else act({ type: 'BACK' });
  };
  const deleteAnswers = () => {
    forgetAnswers();
    actor.send({ type: 'START_AGAIN' });
    history.replaceState(null, '', location.pathname);
    moveFocus.current = true;
    setStarted(false);
    setNotice({ kind: 'deleted' });
  };

  return (
    <div class="wizard">
      <p class="visually-hidden" role="status">
        {announcement}
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
          {mounted ? (
            <button type="button" class="button button--start" onClick={start}>
              {words.intro.start}
            </button>
          ) : (
            <a class="button button--start" href={`#${CHECKLIST_ID}`}>
              {words.intro.checklistLink}
            </a>
          )}
          <p class="hint">{words.intro.privacy}</p>
        </div>
      )}
      {started && step !== 'done' && (
        <a
          class="back-link"
          href={location.pathname}
          onClick={(event) => {
            event.preventDefault();
            back();
          }}
        >
          {words.step.back}
        </a>
      )}
      {started && questionId && (
        <QuestionForm
          key={questionId}
          question={getQuestion(questionId)}
          words={words}
          answers={answers}
          errors={errors}
          invalidated={invalidated.filter((error) => (getQuestion(questionId).keys as readonly string[]).includes(error.key))}
          progress={progress}
          headingRef={heading}
          onSubmit={(values) => act({ type: 'ANSWER', values })}
        />
      )}
      {started && step === CHECK_STEP && (
        <CheckAnswers
          words={words}
          locale={locale}
          answers={answers}
          headingRef={heading}
          onChange={(question) => act({ type: 'CHANGE', question })}
          onConfirm={() => act({ type: 'CONFIRM' })}
        />
      )}
      {started && (
        <div class="wizard__actions">
          <button type="button" class="button button--secondary" onClick={() => act({ type: 'START_AGAIN' })}>
            {words.result.startAgain}
          </button>
          <button type="button" class="button button--warning" onClick={deleteAnswers}>
            {words.result.deleteAnswers}
          </button>
          <p class="hint">{words.intro.privacy}</p>
        </div>
      )}
      <div class="wizard__checklist" hidden={started}>
        {children}
      </div>
    </div>
  );
}

function NoticeBox({ notice, words }: { notice: Notice; words: WizardWords }) {
  if (notice.kind === 'link') {
    return (
      <div class="notice" role="alert">
        <p>{words.result.invalid.body}</p>
        <ul>
          {notice.errors.map((error) => (
            <li key={error.key}>{linkErrorText(error, words)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const text = { resumed: words.storage.resumed, corrupt: words.storage.corrupt, deleted: words.result.deleted }[notice.kind];
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
