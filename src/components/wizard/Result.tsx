import { useEffect, useState } from 'preact/hooks';
import { RULES_VERSION, type Answers } from '../../machines/answers';
import { Fragment, type TargetedMouseEvent } from 'preact';
import { assess, type Assessment, type CriterionResult } from '../../machines/assessment';
import type { CriterionId } from '../../machines/criteria';
import { decodeAnswers, encodeAnswers, type DecodedAnswers } from '../../machines/codec';
import { CHECK_STEP, QUESTIONS, firstUnanswered } from '../../machines/questions';
import type { WizardWords } from '../../i18n/wizard-words';
import { format } from '../../i18n/format';
import { answerName, answerText, linkErrorText } from './answerText';
import { forgetAnswers } from './savedAnswers';
import { carryFragmentToLanguageSwitch } from './languageSwitch';
import { CHECKLIST_ID } from './checklist';
import { criterionGroups } from './criterionGroups';

interface Props {
  words: WizardWords;
  /** BCP 47 tag for numbers and dates ("tr-TR"). */
  locale: string;
  /** The wizard's page: `/uygunluk/`. */
  wizardPath: string;
  /** Each criterion's explainer section in this language ("/calisma-modeli/#…"). */
  /** Each criterion's explanation, as an address in the page's language (src/i18n/anchors.ts). */
  sections: Readonly<Record<CriterionId, string>>;
  /** The address of each next step's link (`words.result.next`) in this language. */
  nextLinks: readonly (string | undefined)[];
  /** The pages the result rests on, for the printed record. */
  sources: readonly { title: string; url: string }[];
}

/**
 * The result of a link's answers, read from the fragment in the browser: the answers never reach a
 * server. The markup carries the result for machines too (`data-verdict`, `data-criterion`,
 * `data-status`), as the contract says. Without JavaScript, the server-rendered page says that the
 * result needs it and links to the printable checklist.
 */
export default function Result({ words, locale, wizardPath, sections, nextLinks, sources }: Props) {
  const [fragment, setFragment] = useState<string>();
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    const read = () => {
      setFragment(location.hash.slice(1));
      carryFragmentToLanguageSwitch();
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

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
  return (
    <div class="result">
      <h1>{words.result.title}</h1>
      {decoded.status === 'complete' ? (
        <AssessmentResult
          answers={decoded.answers}
          words={words}
          locale={locale}
          wizardPath={wizardPath}
          sections={sections}
          nextLinks={nextLinks}
          sources={sources}
          onDelete={() => {
            forgetAnswers();
            history.replaceState(null, '', location.pathname);
            carryFragmentToLanguageSwitch();
            setDeleted(true);
          }}
        />
      ) : (
        <Unreadable decoded={decoded} words={words} wizardPath={wizardPath} />
      )}
    </div>
  );
}

/** A link that cannot give a result: answers missing (say which, and go on), or values refused. */
function Unreadable({ decoded, words, wizardPath }: { decoded: Exclude<DecodedAnswers, { status: 'complete' }>; words: WizardWords; wizardPath: string }) {
  if (decoded.status === 'incomplete') {
    const { incomplete } = words.result;
    const next = firstUnanswered(decoded.answers);
    return (
      <section class="verdict verdict--incomplete" data-verdict="incomplete" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{incomplete.heading}</h2>
        <p>{incomplete.body}</p>
        <p>{incomplete.missingLabel}</p>
        <ul>
          {decoded.missing.map((key) => (
            <li key={key}>{answerName(key, words)}</li>
          ))}
        </ul>
        <a class="button" href={`${wizardPath}#${encodeAnswers(decoded.answers, next)}`}>
          {incomplete.continue}
        </a>
      </section>
    );
  }
  const { invalid } = words.result;
  return (
    <section class="verdict verdict--invalid" data-verdict="invalid" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{invalid.heading}</h2>
      <p>{invalid.body}</p>
      <ul>
        {decoded.errors.map((error) => (
          <li key={error.key}>{linkErrorText(error, words)}</li>
        ))}
      </ul>
      <a class="button" href={wizardPath}>
        {invalid.startAgain}
      </a>
    </section>
  );
}

interface AssessmentProps {
  answers: Answers;
  words: WizardWords;
  locale: string;
  wizardPath: string;
  /** Each criterion's explanation, as an address in the page's language (src/i18n/anchors.ts). */
  sections: Readonly<Record<CriterionId, string>>;
  nextLinks: readonly (string | undefined)[];
  sources: readonly { title: string; url: string }[];
  onDelete: () => void;
}

function AssessmentResult({ answers, words, locale, wizardPath, sections, nextLinks, sources, onDelete }: AssessmentProps) {
  const { result } = words;
  const assessment = assess(answers);
  const verdict = result.verdicts[assessment.verdict];
  const groups = criterionGroups(words);
  const unmetPrerequisites = assessment.legal.filter((criterion) => criterion.status !== 'met');
  const [copyStatus, setCopyStatus] = useState('');
  const link = location.href;
  const block = (criterion: CriterionResult) => (
    <CriterionBlock key={criterion.id} criterion={criterion} answers={answers} words={words} locale={locale} section={sections[criterion.id]} />
  );

  return (
    <>
      <section class={`verdict verdict--${assessment.verdict}`} data-verdict={assessment.verdict} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{verdict.heading}</h2>
        <Summary assessment={assessment} groups={groups} words={words} />
        {unmetPrerequisites.length > 0 && (
          <p class="verdict__prerequisites">
            {format(result.prerequisitesUnmet, {
              names: unmetPrerequisites.map((criterion) => words.criteria[criterion.explanationKey].name).join(`${words.listComma} `),
            })}
          </p>
        )}
        {verdict.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>{result.notLegalDecision}</p>
      </section>

      {groups.map(({ list, heading, intro }) => (
        <section key={list} class="criteria" aria-labelledby={`${list}-heading`}>
          <h2 id={`${list}-heading`}>{heading}</h2>
          <p>{intro}</p>
          {assessment[list].map(block)}
        </section>
      ))}

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{result.nextHeading}</h2>
        {result.next.map(({ text, link }, index) => (
          <p key={text}>
            {text} {link && <a href={nextLinks[index]}>{link.label}</a>}
          </p>
        ))}
      </section>

      <section class="result__actions no-print" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{result.actionsHeading}</h2>
        <div class="button-group">
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              navigator.clipboard.writeText(link).then(
                () => setCopyStatus(result.copied),
                () => setCopyStatus(result.copyFailed),
              )
            }
          >
            {result.copyLink}
          </button>
          <button type="button" class="button button--secondary" onClick={() => print()}>
            {result.print}
          </button>
          <a class="button button--secondary" href={`${wizardPath}#${encodeAnswers(answers, CHECK_STEP)}`}>
            {result.changeAnswers}
          </a>
          <a class="button button--secondary" href={`${wizardPath}#${encodeAnswers({}, QUESTIONS[0].id)}`}>
            {result.startAgain}
          </a>
          <button type="button" class="button button--warning" onClick={onDelete}>
            {result.deleteAnswers}
          </button>
        </div>
        <p role="status">{copyStatus}</p>
      </section>

      <footer class="record">
        <p>
          {format(result.printedOn, { date: new Date().toLocaleDateString(locale, { dateStyle: 'long' }) })}
        </p>
        <p>{format(result.rulesVersion, { version: RULES_VERSION })}</p>
        <p>
          {/* Addresses read left to right in every language, isolated from the text around them. */}
          {result.reopenLink}{' '}
          <span class="record__link" dir="ltr">
            {link}
          </span>
        </p>
        <p>{result.sources}</p>
        <ul>
          {sources.map((source) => (
            <li key={source.url}>
              {source.title}: <span dir="ltr">{source.url}</span>
            </li>
          ))}
        </ul>
      </footer>
    </>
  );
}

/** The result at a glance: each criterion's name and status, by group, linking to its explanation below. */
function Summary({ assessment, groups, words }: { assessment: Assessment; groups: ReturnType<typeof criterionGroups>; words: WizardWords }) {
  return (
    <nav class="result-summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading" class="result-summary__heading">
        {words.result.summaryHeading}
      </h3>
      {groups.map(({ list, heading }) => (
        <Fragment key={list}>
          <p class="result-summary__group">{heading}</p>
          <ul class="result-summary__list">
            {assessment[list].map(({ id, status, explanationKey }) => (
              <li key={id}>
                <a href={`#${criterionHeadingId(id)}`} onClick={goToCriterion}>
                  {words.criteria[explanationKey].name}
                </a>{' '}
                <span class={`tag tag--${status}`}>{words.result.status[status]}</span>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </nav>
  );
}

const criterionHeadingId = (id: CriterionResult['id']) => `criterion-${id}`;

/**
 * The fragment holds the answers, so an in-page link must not replace it: the summary scrolls to the
 * criterion's heading and moves focus there, as following the link would.
 */
function goToCriterion(event: TargetedMouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const heading = document.getElementById(event.currentTarget.hash.slice(1));
  heading?.scrollIntoView();
  heading?.focus();
}

interface CriterionBlockProps {
  criterion: CriterionResult;
  answers: Answers;
  words: WizardWords;
  locale: string;
  /** The explainer section, in the page's language. */
  section: string;
}

function CriterionBlock({ criterion, answers, words, locale, section }: CriterionBlockProps) {
  const text = words.criteria[criterion.explanationKey];
  const { status } = criterion;
  const explanation = status === 'met' ? text.met : status === 'unclear' ? (text.unclear ?? text.notMet) : text.notMet;
  const headingId = criterionHeadingId(criterion.id);
  return (
    <section class={`criterion criterion--${status}`} data-criterion={criterion.id} data-status={status} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {text.name} <strong class={`tag tag--${status}`}>{words.result.status[status]}</strong>
      </h3>
      <p>{explanation}</p>
      <dl class="criterion__details">
        <dt>{words.result.saysLabel}</dt>
        <dd>{text.says}</dd>
        <dt>{words.result.answeredLabel}</dt>
        <dd>
          {criterion.answerKeys.map((key) => (
            <span class="criterion__answer" key={key}>
              {answerName(key, words)}: {answerText(key, answers, words, locale)}
            </span>
          ))}
        </dd>
        {status === 'not-met' && (
          <>
            <dt>{words.result.couldChangeLabel}</dt>
            <dd>{text.couldChange}</dd>
          </>
        )}
        {status === 'unclear' && (
          <>
            <dt>{words.result.toDecideLabel}</dt>
            <dd>{text.toDecide ?? text.couldChange}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={section}>{format(words.result.readMore, { name: text.name })}</a>
      </p>
    </section>
  );
}
