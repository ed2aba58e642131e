/**
 * Plain Turkish on the wizard's question pages, measured as issue 9 sets it: Ateşman's score of every
 * question title, hint, number label and hint, option label and option hint of the Turkish
 * dictionary, each string a block, at least 75 ("easy").
 */
import { describe, expect, it } from 'vitest';
import { wizardTr } from '../../src/i18n/wizard-tr';
import { atesman } from '../../src/utils/readability';
import type { WizardWords } from '../../src/i18n/wizard-words';

const TARGET = 75;

/** What a founder reads on the question pages, in reading order. */
export function questionPageBlocks(words: WizardWords): string[] {
  const questions = Object.values(words.questions).flatMap((question) => [
    question.title,
    ...(question.hint ?? []),
    ...('options' in question
      ? Object.values(question.options).flatMap((option) => [option.label, option.hint ?? ''])
      : []),
  ]);
  const numbers = Object.values(words.numbers).flatMap((field) => [field.label, field.hint ?? '']);
  return [...questions, ...numbers].filter((block) => block !== '');
}

describe('the Turkish question pages', () => {
  const blocks = questionPageBlocks(wizardTr);

  it('holds every question’s words', () => {
    expect(blocks.length).toBeGreaterThan(80);
  });

  it(`score at least ${TARGET} on Ateşman’s scale`, () => {
    expect(atesman(blocks)).toBeGreaterThanOrEqual(TARGET);
  });
});
