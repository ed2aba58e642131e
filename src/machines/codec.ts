import {
  ANSWER_FIELDS,
  ANSWER_KEYS,
  NONE,
  RULES_VERSION,
  isAnswerKey,
  isComplete,
  missingKeys,
  type AnswerKey,
  type AnswerValue,
  type Answers,
  type ChoiceKey,
  type ListKey,
  type NumberKey,
  type PartialAnswers,
} from './answers';
import { isStepId, type StepId } from './questions';
import {
  VALUE_REASONS,
  crossFieldErrors,
  parseChoice,
  parseList,
  parseNumber,
  sortByKey,
  type Parsed,
} from './validation';

/**
 * Answers in a URL fragment: `v=1&focus=both&members=9&…&step=board`. The fragment, never the
 * query string, so that no request carries the answers to a server. Links are shared and edited by
 * hand, so decoding trusts nothing: it never throws, and a refused value is named by its key and a
 * reason code, never echoed.
 */

/** Reasons that only a link can give, beside those of a single value. */
export const LINK_REASONS = [...VALUE_REASONS, 'malformed', 'too-long', 'duplicate', 'unknown-version'] as const;
export type LinkReason = (typeof LINK_REASONS)[number];

const VERSION_KEY = 'v';
const STEP_KEY = 'step';

export type LinkKey = AnswerKey | typeof VERSION_KEY;

export interface LinkError {
  readonly key: LinkKey;
  readonly reason: LinkReason;
}

export type DecodedAnswers =
  | { readonly status: 'complete'; readonly answers: Answers; readonly step?: StepId }
  | {
      readonly status: 'incomplete';
      readonly answers: PartialAnswers;
      /** In canonical order: the first one names the question to ask next. */
      readonly missing: readonly AnswerKey[];
      readonly step?: StepId;
    }
  | { readonly status: 'invalid'; readonly errors: readonly LinkError[] };

/**
 * Room for the longest value the encoder writes (every disadvantaged group: 94 characters) even
 * when a mail program has percent-encoded each character (282).
 */
const MAX_VALUE_LENGTH = 300;

/** Keys in canonical order, list groups in canonical order and each once, `none` for no group. */
export function encodeAnswers(answers: PartialAnswers, step?: StepId): string {
  const pairs = [`${VERSION_KEY}=${RULES_VERSION}`];
  for (const key of ANSWER_KEYS) {
    const value = answers[key];
    if (value !== undefined) pairs.push(`${key}=${formatValue(key, value)}`);
  }
  if (step !== undefined) pairs.push(`${STEP_KEY}=${step}`);
  return pairs.join('&');
}

function formatValue(key: AnswerKey, value: AnswerValue<AnswerKey>): string {
  // A number, a choice, or a list's `undecided`: written as it is.
  if (typeof value !== 'object') return String(value);
  const groups: readonly string[] = ANSWER_FIELDS[key as ListKey].values;
  const named = groups.filter((group) => (value as readonly string[]).includes(group));
  return named.length > 0 ? named.join(',') : NONE;
}

/** Reads a fragment, with or without its leading `#`. Unknown keys are ignored. */
export function decodeAnswers(fragment: string): DecodedAnswers {
  const given = readPairs(fragment.startsWith('#') ? fragment.slice(1) : fragment);

  // Under other rules the other keys may mean something else: the version alone is reported.
  const versionError = checkVersion(given.get(VERSION_KEY));
  if (versionError) return { status: 'invalid', errors: [{ key: VERSION_KEY, reason: versionError }] };

  const answers: Record<string, unknown> = {};
  const errors: LinkError[] = [];
  for (const key of ANSWER_KEYS) {
    const values = given.get(key);
    if (values === undefined) continue;
    const parsed = readValue(key, values);
    if (parsed.ok) answers[key] = parsed.value;
    else errors.push({ key, reason: parsed.reason });
  }
  // Only values that passed on their own are compared with each other.
  errors.push(...crossFieldErrors(answers as PartialAnswers));
  if (errors.length > 0) return { status: 'invalid', errors: sortByKey(errors) };

  // Only the wizard page reads the step: an unknown or repeated one is dropped, not refused.
  const [step, ...more] = given.get(STEP_KEY) ?? [];
  const at = step !== undefined && more.length === 0 && isStepId(step) ? { step } : {};
  const decoded = answers as PartialAnswers;
  if (isComplete(decoded)) return { status: 'complete', answers: decoded, ...at };
  return { status: 'incomplete', answers: decoded, missing: missingKeys(decoded), ...at };
}

/** The raw values of the names this codec knows, each in the order given. */
function readPairs(text: string): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    if (!isAnswerKey(name) && name !== VERSION_KEY && name !== STEP_KEY) continue;
    const value = equals === -1 ? '' : pair.slice(equals + 1);
    const values = pairs.get(name);
    if (values) values.push(value);
    else pairs.set(name, [value]);
  }
  return pairs;
}

function checkVersion(values: readonly string[] | undefined): LinkReason | undefined {
  if (values === undefined) return undefined; // a link written by hand may leave it out
  const text = readText(values);
  if (!text.ok) return text.reason;
  return text.value === String(RULES_VERSION) ? undefined : 'unknown-version';
}

function readValue(key: AnswerKey, values: readonly string[]): LinkParsed<unknown> {
  const text = readText(values);
  if (!text.ok) return text;
  switch (ANSWER_FIELDS[key].kind) {
    case 'number':
      return parseNumber(key as NumberKey, text.value, 'link');
    case 'choice':
      return parseChoice(key as ChoiceKey, text.value);
    case 'list':
      return parseList(key as ListKey, text.value === '' ? [] : text.value.split(','));
  }
}

type LinkParsed<T> = Parsed<T> | { readonly ok: false; readonly reason: LinkReason };

/** The one value given for a key, percent-decoded. */
function readText(values: readonly string[]): LinkParsed<string> {
  if (values.length > 1) return { ok: false, reason: 'duplicate' };
  const raw = values[0] as string;
  // Checked before decoding, so that a huge value costs nothing.
  if (raw.length > MAX_VALUE_LENGTH) return { ok: false, reason: 'too-long' };
  const text = percentDecode(raw);
  return text === undefined ? { ok: false, reason: 'malformed' } : { ok: true, value: text };
}

/** `undefined` for a broken escape such as `%E0%A4%A`, where decodeURIComponent throws. */
function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
