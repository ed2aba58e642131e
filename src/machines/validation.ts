import {
  ANSWER_FIELDS,
  ANSWER_KEYS,
  NONE,
  UNDECIDED,
  type AnswerKey,
  type AnswerValue,
  type ChoiceKey,
  type ListKey,
  type NumberKey,
  type PartialAnswers,
} from './answers';
import { getQuestion, type QuestionId } from './questions';

/**
 * Why a value was refused. The UI words each one; the raw value never travels with it, so nothing
 * a visitor typed or a link carried is echoed back.
 */
export const VALUE_REASONS = [
  'required',
  'not-a-whole-number',
  'leading-zero',
  'too-small',
  'too-large',
  'more-than-members',
  'more-than-board',
  'unknown-value',
  'none-with-group',
  'empty-list',
] as const;
export type ValueReason = (typeof VALUE_REASONS)[number];

export interface FieldError {
  readonly key: AnswerKey;
  readonly reason: ValueReason;
}

/** One value read: either the stored form or why it was refused. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: ValueReason };

const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (reason: ValueReason): Parsed<never> => ({ ok: false, reason });

/**
 * Where a number comes from. A visitor typing in a form may leave spaces around it, write "07", or
 * type the digits of their own script (Arabic-Indic "٧", Persian "۷"); a link must hold exactly what
 * `encodeAnswers` writes, in ASCII digits, so that one plan has one link.
 */
export type NumberSource = 'form' | 'link';

/** The first code point of each run of ten digits a form accepts besides ASCII: Arabic-Indic ٠, Persian ۰. */
const OTHER_ZEROS = [0x0660, 0x06f0] as const;
const OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits as ASCII ones: "١٢" → "12". Other characters stay as they are. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = OTHER_ZEROS.find((first) => code >= first && code < first + 10)!;
    return String(code - zero);
  });
}

export function parseNumber(key: NumberKey, text: string, source: NumberSource): Parsed<number> {
  const digits = source === 'form' ? asciiDigits(text.trim()) : text;
  if (digits === '') return refuse('required');
  // Digits only: Number() alone would also take "1e1", "7.0", "0x7" or "+7".
  if (!/^[0-9]+$/.test(digits)) return refuse('not-a-whole-number');
  if (source === 'link' && digits.length > 1 && digits.startsWith('0')) return refuse('leading-zero');
  const value = Number(digits);
  const { min, max } = ANSWER_FIELDS[key];
  if (value < min) return refuse('too-small');
  if (value > max) return refuse('too-large');
  return accept(value);
}

export function parseChoice<K extends ChoiceKey>(key: K, text: string): Parsed<AnswerValue<K>> {
  if (text === '') return refuse('required');
  const values: readonly string[] = ANSWER_FIELDS[key].values;
  return values.includes(text) ? accept(text as AnswerValue<K>) : refuse('unknown-value');
}

/**
 * The groups named, each once and in canonical order; `none` alone gives `[]`, `undecided` alone
 * gives `undecided`. Either beside anything else is refused.
 */
export function parseList<K extends ListKey>(key: K, items: readonly string[]): Parsed<AnswerValue<K>> {
  if (items.length === 0) return refuse('empty-list');
  const values: readonly string[] = ANSWER_FIELDS[key].values;
  const named = new Set(items);
  const hasNone = named.delete(NONE);
  const hasUndecided = named.delete(UNDECIDED);
  if ([...named].some((item) => !values.includes(item))) return refuse('unknown-value');
  if (Number(hasNone) + Number(hasUndecided) + Math.min(named.size, 1) > 1) return refuse('none-with-group');
  if (hasUndecided) return accept(UNDECIDED as AnswerValue<K>);
  return accept(values.filter((value) => named.has(value)) as unknown as AnswerValue<K>);
}

/** Counts that exceed the count they are part of: only where both are present. */
export function crossFieldErrors(answers: PartialAnswers): FieldError[] {
  return ANSWER_KEYS.flatMap((key) => {
    const field = ANSWER_FIELDS[key];
    if (!('atMost' in field)) return [];
    const value = answers[key as NumberKey];
    const limit = answers[field.atMost];
    if (value === undefined || limit === undefined || value <= limit) return [];
    return [{ key, reason: `more-than-${field.atMost}` } as const];
  });
}

/**
 * `answers` with `changes` laid over them, less every count that no longer fits another: the
 * answers kept always fit each other, and each one removed is named with its reason.
 */
export function mergeAnswers(
  answers: PartialAnswers,
  changes: PartialAnswers,
): { readonly answers: PartialAnswers; readonly removed: readonly FieldError[] } {
  const merged = { ...answers, ...changes };
  const removed = crossFieldErrors(merged);
  const isRemoved = (key: string) => removed.some((error) => error.key === key);
  return { answers: Object.fromEntries(Object.entries(merged).filter(([key]) => !isRemoved(key))), removed };
}

/** A form's raw values as inputs give them: radio and number fields a string, checkboxes a list. */
export type FormValues = { readonly [K in AnswerKey]?: K extends ListKey ? readonly string[] : string };

/**
 * A page read: the values that passed, and an error for each that did not. The page is valid when
 * `errors` is empty; then `values` holds every key it asks.
 */
export interface QuestionValidation {
  readonly values: PartialAnswers;
  readonly errors: readonly FieldError[];
}

/**
 * Reads one page of the wizard. Counts on the page are checked against each other and against the
 * other answers (the board against the members given earlier). A count on another page that this
 * answer makes impossible is not an error here: the wizard asks that page again.
 */
export function validateQuestion(
  questionId: QuestionId,
  form: FormValues,
  answers: PartialAnswers,
): QuestionValidation {
  const keys: readonly AnswerKey[] = getQuestion(questionId).keys;
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const key of keys) {
    const parsed = parseFormValue(key, form);
    if (parsed.ok) values[key] = parsed.value;
    else errors.push({ key, reason: parsed.reason });
  }
  // The page's earlier answers give way to what it holds now, even where that was refused.
  const others = Object.entries(answers).filter(([key]) => !keys.includes(key as AnswerKey));
  const merged: PartialAnswers = { ...Object.fromEntries(others), ...values };
  errors.push(...crossFieldErrors(merged).filter((error) => keys.includes(error.key)));
  return { values: values as PartialAnswers, errors: sortByKey(errors) };
}

/** The inverse of `parseFormValue`: a page's answers as its inputs hold them, `[]` as a checked "none". */
export function toFormValues(questionId: QuestionId, answers: PartialAnswers): FormValues {
  const form: Record<string, string | readonly string[]> = {};
  for (const key of getQuestion(questionId).keys as readonly AnswerKey[]) {
    const answer = answers[key];
    if (answer === undefined) continue;
    if (typeof answer === 'object') form[key] = answer.length === 0 ? [NONE] : answer;
    // A list's `undecided` is a word, not an array: its box is the one ticked.
    else if (ANSWER_FIELDS[key].kind === 'list') form[key] = [String(answer)];
    else form[key] = String(answer);
  }
  return form as FormValues;
}

function parseFormValue(key: AnswerKey, form: FormValues): Parsed<unknown> {
  const field = ANSWER_FIELDS[key];
  const raw = form[key];
  if (field.kind === 'list') return parseList(key as ListKey, Array.isArray(raw) ? raw : []);
  const text = typeof raw === 'string' ? raw : '';
  return field.kind === 'number' ? parseNumber(key as NumberKey, text, 'form') : parseChoice(key as ChoiceKey, text);
}

/** Errors in canonical key order, so that an error summary follows the page; a link's `v` comes first. */
export function sortByKey<T extends { readonly key: string }>(errors: readonly T[]): T[] {
  const order = (key: string) => ANSWER_KEYS.indexOf(key as AnswerKey);
  return [...errors].sort((a, b) => order(a.key) - order(b.key));
}
