import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import {
  ANSWER_FIELDS,
  LIST_ALONE,
  type AnswerKey,
  type ChoiceKey,
  type ListKey,
  type NumberKey,
  type PartialAnswers,
} from '../../machines/answers';
import type { Question } from '../../machines/questions';
import { toFormValues, type FieldError, type FormValues } from '../../machines/validation';
import type { WizardIslandWords } from './islandWords';
import { errorMessage } from './answerText';
import { ErrorSummary } from './ErrorSummary';

interface Props {
  question: Question;
  words: WizardIslandWords;
  answers: PartialAnswers;
  /** The page's refused values, after Continue. */
  errors: readonly FieldError[];
  /** Answers of this page that a change elsewhere removed: the page says why it asks again. */
  invalidated: readonly FieldError[];
  progress: string;
  headingRef: Ref<HTMLHeadingElement>;
  onSubmit: (values: FormValues) => void;
}

/** The id of a key's first input: where the error summary's link for that key leads. */
export function fieldId(key: AnswerKey): string {
  const field = ANSWER_FIELDS[key];
  return field.kind === 'number' ? key : `${key}-${field.values[0]}`;
}

/** One question a page, as GOV.UK asks it: the question is the heading, then hint, error, inputs. */
export function QuestionForm({ question, words, answers, errors, invalidated, progress, headingRef, onSubmit }: Props) {
  const [values, setValues] = useState<FormValues>(() => toFormValues(question.id, answers));
  const set = (key: AnswerKey, value: string | readonly string[]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (key: AnswerKey) => errors.find((error) => error.key === key);
  const keys: readonly AnswerKey[] = question.keys;
  const isNumberPage = ANSWER_FIELDS[keys[0]!].kind === 'number';
  const pageWords = isNumberPage
    ? words.questions[question.id as 'members' | 'board']
    : words.questions[question.id as ChoiceKey | ListKey];

  const heading = (
    <h1 class="question__heading" tabIndex={-1} ref={headingRef}>
      <span class="question__progress">{progress}</span> {pageWords.title}
    </h1>
  );
  const hint = (pageWords.hint ?? []).map((paragraph) => (
    <p class="hint" key={paragraph}>
      {paragraph}
    </p>
  ));

  return (
    <form
      class="question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      {errors.length > 0 && (
        <ErrorSummary
          title={words.step.errorSummaryTitle}
          errors={errors.map((error) => ({ message: errorMessage(error, words), fieldId: fieldId(error.key) }))}
        />
      )}
      {invalidated.map(({ key, reason }) => (
        <p class="notice" key={key}>
          {words.step.invalidated[reason]}
        </p>
      ))}
      {isNumberPage ? (
        <>
          {heading}
          {hint}
          {(keys as readonly NumberKey[]).map((key) => (
            <NumberField
              key={key}
              name={key}
              words={words}
              value={(values[key] as string | undefined) ?? ''}
              error={errorOf(key)}
              onInput={(value) => set(key, value)}
            />
          ))}
        </>
      ) : (
        <ChoiceFieldset
          name={keys[0] as ChoiceKey | ListKey}
          words={words}
          heading={heading}
          hint={hint}
          value={values[keys[0]!]}
          error={errorOf(keys[0]!)}
          onChange={(value) => set(keys[0]!, value)}
        />
      )}
      <button type="submit" class="button">
        {words.step.continue}
      </button>
    </form>
  );
}

function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p class="error-message" id={id}>
      {message}
    </p>
  );
}

interface NumberFieldProps {
  name: NumberKey;
  words: WizardIslandWords;
  value: string;
  error: FieldError | undefined;
  onInput: (value: string) => void;
}

function NumberField({ name, words, value, error, onInput }: NumberFieldProps) {
  const field = words.numbers[name];
  const describedBy = [field.hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={name}>
        {field.label}
      </label>
      {field.hint && (
        <p class="hint" id={`${name}-hint`}>
          {field.hint}
        </p>
      )}
      {error && <ErrorMessage id={`${name}-error`} message={errorMessage(error, words)} />}
      <input
        class="input input--number"
        id={name}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

interface ChoiceFieldsetProps {
  name: ChoiceKey | ListKey;
  words: WizardIslandWords;
  heading: preact.JSX.Element;
  hint: preact.JSX.Element[];
  value: string | readonly string[] | undefined;
  error: FieldError | undefined;
  onChange: (value: string | readonly string[]) => void;
}

/** Radios for one choice; checkboxes for a list, with "none" and "not decided yet" apart and exclusive. */
function ChoiceFieldset({ name, words, heading, hint, value, error, onChange }: ChoiceFieldsetProps) {
  const field = ANSWER_FIELDS[name];
  const question = words.questions[name];
  const isList = field.kind === 'list';
  const chosen: readonly string[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const hintId = hint.length > 0 ? `${name}-hint` : undefined;
  const describedBy = [hintId, error && `${name}-error`].filter(Boolean).join(' ') || undefined;

  const toggle = (item: string, checked: boolean) => {
    if (!isList) return onChange(item);
    // "None" and "not decided yet" each exclude everything else, as the contract's list rule says.
    const alone: readonly string[] = LIST_ALONE;
    if (alone.includes(item)) return onChange(checked ? [item] : []);
    const groups = chosen.filter((group) => !alone.includes(group) && group !== item);
    onChange(checked ? [...groups, item] : groups);
  };

  const option = (item: string) => {
    const id = `${name}-${item}`;
    const words = question.options[item];
    return (
      <div class="choice" key={item}>
        <input
          class="choice__input"
          id={id}
          name={name}
          type={isList ? 'checkbox' : 'radio'}
          value={item}
          checked={chosen.includes(item)}
          aria-describedby={words?.hint ? `${id}-hint` : undefined}
          onChange={(event) => toggle(item, event.currentTarget.checked)}
        />
        <label class="choice__label" for={id}>
          {words?.label ?? item}
        </label>
        {words?.hint && (
          <p class="hint choice__hint" id={`${id}-hint`}>
            {words.hint}
          </p>
        )}
      </div>
    );
  };

  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy}>
        <legend class="fieldset__legend">{heading}</legend>
        {hintId && <div id={hintId}>{hint}</div>}
        {error && <ErrorMessage id={`${name}-error`} message={errorMessage(error, words)} />}
        <div class={isList ? 'choices choices--checkboxes' : 'choices'}>
          {field.values.map(option)}
          {isList && (
            <>
              <p class="choices__divider">{words.step.or}</p>
              {LIST_ALONE.map(option)}
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
