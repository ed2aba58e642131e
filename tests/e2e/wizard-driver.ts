import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { ANSWER_FIELDS, NONE, type AnswerKey, type NumberKey, type PartialAnswers } from '../../src/machines/answers';
import { format } from '../../src/i18n/format';
import { encodeAnswers } from '../../src/machines/codec';
import { QUESTION_IDS, getQuestion, type StepId, type QuestionId } from '../../src/machines/questions';
import { toFormValues } from '../../src/machines/validation';
import { defaultLocale, type Locale } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { wizardWords } from '../../src/i18n/wizard';

/**
 * Helpers that drive the wizard: as a keyboard user does (Tab, arrows, Space, Enter, no clicks), where
 * the keyboard is what a test checks; else by filling the forms directly, which takes a third of the
 * time. In Turkish unless told another language.
 */

export const WIZARD = ROUTES.wizard[defaultLocale];
export const RESULT = ROUTES.result[defaultLocale];
export const words = wizardWords[defaultLocale];

/** The wizard at a step with answers, as a link would open it. */
export const wizardLink = (answers: PartialAnswers, step?: StepId, locale: Locale = defaultLocale) =>
  `${ROUTES.wizard[locale]}#${encodeAnswers(answers, step)}`;
export const resultLink = (answers: PartialAnswers) => `${RESULT}#${encodeAnswers(answers)}`;

/** Presses Tab until `isTarget` holds for the focused element: it proves the target is reachable. */
async function tabUntil(page: Page, isTarget: () => Promise<boolean>, what: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} cannot be reached with the Tab key`);
}

export async function tabTo(page: Page, target: Locator): Promise<void> {
  // Found once, not on every key press: a query by role and name costs more than the press.
  const element = await target.elementHandle();
  await tabUntil(
    page,
    async () => (await element?.evaluate((node) => node === document.activeElement)) === true,
    String(target),
  );
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
const focusedValue = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');

/** The check page's "Değiştir" link of one answer, by its accessible name (with the hidden text). */
export function changeLink(page: Page, key: NumberKey): Locator {
  const name = `${words.check.change}${format(words.check.changeHidden, { summary: words.numbers[key].summary })}`;
  return page.getByRole('link', { name, exact: true });
}

/** Gives the answers of the question on screen with the keyboard, then presses Continue. */
export async function answerWithKeyboard(
  page: Page,
  question: QuestionId,
  answers: PartialAnswers,
  locale: Locale = defaultLocale,
): Promise<void> {
  await expectStep(page, question);
  for (const key of getQuestion(question).keys as readonly AnswerKey[]) {
    const value = answers[key];
    const field = ANSWER_FIELDS[key];
    if (field.kind === 'number') {
      await tabTo(page, page.locator(`#${key}`));
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(value));
    } else if (field.kind === 'choice') {
      // Tab enters a radio group once; the arrow keys move within it and select.
      await tabUntil(page, async () => (await focusedName(page)) === key, `the ${key} radios`);
      for (let moves = 0; (await focusedValue(page)) !== value && moves < field.values.length; moves += 1) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
    } else {
      const items = (value as readonly string[]).length > 0 ? (value as readonly string[]) : [NONE];
      for (const item of items) {
        const box = page.locator(`#${key}-${item}`);
        await tabTo(page, box);
        if (!(await box.isChecked())) await page.keyboard.press('Space');
      }
    }
  }
  await pressButton(page, wizardWords[locale].step.continue);
}

/**
 * Gives the answers of the question on screen by filling its form (a page, or the wizard in another
 * site's frame), then presses Continue: for tests whose subject is not the keyboard.
 */
export async function answerDirectly(
  wizard: Page | FrameLocator,
  question: QuestionId,
  answers: PartialAnswers,
  locale: Locale = defaultLocale,
): Promise<void> {
  await expect(wizard.locator('h1')).toContainText(wizardWords[locale].questions[question].title);
  for (const [key, value] of Object.entries(toFormValues(question, answers))) {
    if (typeof value !== 'string') for (const item of value) await wizard.locator(`#${key}-${item}`).check();
    else if (ANSWER_FIELDS[key as AnswerKey].kind === 'number') await wizard.locator(`#${key}`).fill(value);
    else await wizard.locator(`input[name="${key}"][value="${value}"]`).check();
  }
  await wizard.getByRole('button', { name: wizardWords[locale].step.continue, exact: true }).click();
}

/** From the start page to the result, every question answered with `answers` by filling its form. */
export async function walkToResult(
  wizard: Page | FrameLocator,
  answers: PartialAnswers,
  locale: Locale = defaultLocale,
): Promise<void> {
  const words = wizardWords[locale];
  await wizard.getByRole('button', { name: words.intro.start, exact: true }).click();
  for (const question of QUESTION_IDS) await answerDirectly(wizard, question, answers, locale);
  await expect(wizard.locator('h1')).toHaveText(words.check.title);
  await wizard.getByRole('button', { name: words.check.confirm, exact: true }).click();
  await expect(wizard.locator('[data-verdict]')).toBeVisible();
}

/** Reaches a button with Tab and presses Enter. */
export async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** The step in the address bar. */
export async function stepInUrl(page: Page): Promise<string | null> {
  return new URLSearchParams(new URL(page.url()).hash.slice(1)).get('step');
}

/** Waits until the wizard shows `step` (the address follows the machine once the page has rendered it). */
export async function expectStep(page: Page, step: string | null): Promise<void> {
  await expect.poll(() => stepInUrl(page)).toBe(step);
}
