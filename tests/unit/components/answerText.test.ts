/**
 * src/components/wizard/answerText.ts turns the core's keys, values and reason codes into words.
 * A small dictionary of its own makes each expected text independent of the real wording; the last
 * block runs the real dictionaries through it, so that no value of the core falls back to its code.
 */
import { describe, expect, it } from 'vitest';
import { answerName, answerText, errorMessage, linkErrorText } from '../../../src/components/wizard/answerText';
import { wizardWords } from '../../../src/i18n/wizard';
import type { WizardWords } from '../../../src/i18n/wizard-words';
import { ANSWER_FIELDS, ANSWER_KEYS, NONE, type AnswerKey, type PartialAnswers } from '../../../src/machines/answers';
import type { LinkError } from '../../../src/machines/codec';
import type { FieldError } from '../../../src/machines/validation';

const words = {
  numbers: {
    members: {
      summary: 'Members (summary)',
      errors: { required: 'Members: required', 'too-small': 'Members: too small' },
    },
    board: { summary: 'Board (summary)', errors: {} },
  },
  questions: {
    focus: {
      summary: 'Focus (summary)',
      options: { both: { label: 'Both (label)' } },
      errors: { required: 'Focus: required' },
    },
    stakeholders: {
      summary: 'Stakeholders (summary)',
      options: {
        consumers: { label: 'Consumers' },
        volunteers: { label: 'Volunteers' },
        [NONE]: { label: 'None of them' },
      },
      errors: { 'none-with-group': 'Stakeholders: none with a group' },
    },
    disadvantaged: { summary: 'Groups (summary)', options: { migrants: { label: 'Migrants' } }, errors: {} },
  },
  check: { noneChosen: 'No group chosen' },
  listComma: ',',
  keyNames: { members: 'Number of members', v: 'Version' },
  result: { linkReasons: { 'too-large': 'too large', 'unknown-version': 'from another version' } },
} as unknown as WizardWords;

describe('answerName', () => {
  it.each<[AnswerKey, string]>([
    ['members', 'Members (summary)'],
    ['focus', 'Focus (summary)'],
    ['stakeholders', 'Stakeholders (summary)'],
  ])('%s → %j', (key, name) => {
    expect(answerName(key, words)).toBe(name);
  });
});

describe('answerText', () => {
  it.each<[string, AnswerKey, PartialAnswers, string, string]>([
    ['an unanswered key', 'focus', {}, 'tr-TR', ''],
    ['a choice', 'focus', { focus: 'both' }, 'tr-TR', 'Both (label)'],
    ['a choice without a label', 'focus', { focus: 'other' }, 'tr-TR', 'other'],
    ['a count, Turkish digits', 'members', { members: 12000 }, 'tr-TR', '12.000'],
    ['a count, English digits', 'members', { members: 12000 }, 'en-GB', '12,000'],
    [
      'a list, in the order given',
      'stakeholders',
      { stakeholders: ['volunteers', 'consumers'] },
      'tr-TR',
      'Volunteers, Consumers',
    ],
    ['an empty list, by the "none" option', 'stakeholders', { stakeholders: [] }, 'tr-TR', 'None of them'],
    ['an empty list without a "none" option', 'disadvantaged', { disadvantaged: [] }, 'tr-TR', 'No group chosen'],
    [
      'a list item without a label',
      'disadvantaged',
      { disadvantaged: ['migrants', 'rural-women'] },
      'tr-TR',
      'Migrants, rural-women',
    ],
  ])('%s', (_case, key, answers, locale, text) => {
    expect(answerText(key, answers, words, locale)).toBe(text);
  });

  it("joins a list with the language's own comma", () => {
    expect(
      answerText('stakeholders', { stakeholders: ['volunteers', 'consumers'] }, { ...words, listComma: '،' }, 'ar'),
    ).toBe('Volunteers، Consumers');
  });
});

describe('errorMessage', () => {
  it.each<[string, FieldError, string]>([
    ['a number field, its own reason', { key: 'members', reason: 'too-small' }, 'Members: too small'],
    [
      'a number field, a reason without words: the "required" one',
      { key: 'members', reason: 'too-large' },
      'Members: required',
    ],
    ['a field with no words at all: the code itself', { key: 'board', reason: 'too-large' }, 'too-large'],
    ['a choice', { key: 'focus', reason: 'required' }, 'Focus: required'],
    ['a list', { key: 'stakeholders', reason: 'none-with-group' }, 'Stakeholders: none with a group'],
  ])('%s', (_case, error, message) => {
    expect(errorMessage(error, words)).toBe(message);
  });
});

describe('linkErrorText', () => {
  it.each<[LinkError, string]>([
    [{ key: 'members', reason: 'too-large' }, 'Number of members: too large'],
    [{ key: 'v', reason: 'unknown-version' }, 'Version: from another version'],
  ])('%j → %j', (error, text) => {
    expect(linkErrorText(error, words)).toBe(text);
  });
});

describe.each(Object.entries(wizardWords))('with the real dictionary (%s)', (locale, real) => {
  it.each(ANSWER_KEYS)('%s: a name, and words for every value rather than its code', (key) => {
    expect(answerName(key, real).trim()).not.toBe('');
    const field = ANSWER_FIELDS[key];
    if (field.kind === 'number') return;
    for (const value of field.values) {
      const answers = { [key]: field.kind === 'list' ? [value] : value } as PartialAnswers;
      expect(answerText(key, answers, real, locale)).not.toBe(value);
    }
  });
});
