import { getShortestPaths } from '@xstate/graph';
import { expect, test } from './fixtures';
import { assess } from '../../src/machines/assessment';
import { QUESTIONS, questionProgress, type QuestionId } from '../../src/machines/questions';
import { currentQuestionId, wizardMachine, type WizardEvent } from '../../src/machines/wizardMachine';
import { formFor } from '../support/forms';
import { MATCHING_PLAN, planWith } from '../support/plans';
import {
  RESULT,
  WIZARD,
  answerWithKeyboard,
  changeLink,
  expectNoAxeViolations,
  expectStep,
  pressButton,
  resultLink,
  stepInUrl,
  tabTo,
  wizardLink,
  words,
} from './wizard-driver';
import { anchorAddress } from '../../src/i18n/anchors';

/**
 * The shortest path to every state of the machine, from @xstate/graph, driven in Chromium with the
 * keyboard alone and checked by axe at every step.
 */
const paths = getShortestPaths(wizardMachine, {
  events: (snapshot): WizardEvent[] => {
    const question = currentQuestionId(snapshot);
    if (snapshot.status === 'done') return [];
    return question ? [{ type: 'ANSWER', values: formFor(question, MATCHING_PLAN) }] : [{ type: 'CONFIRM' }];
  },
});

test.describe('keyboard alone, axe at every step', () => {
  test('the model gives a path to every state', () => {
    expect(paths.map((path) => String(path.state.value)).sort()).toEqual([...QUESTIONS.map(({ id }) => id), 'check', 'done'].sort());
  });

  for (const path of paths) {
    const target = String(path.state.value);
    test(`shortest path to ${target}`, async ({ page }) => {
      await page.goto(WIZARD);
      await expectNoAxeViolations(page);
      await pressButton(page, words.intro.start);
      // Each step names the state it leads to; the first is the machine's start, the first question.
      for (const [index, { event }] of path.steps.entries()) {
        if (index > 0) {
          if (event.type === 'ANSWER') await answerWithKeyboard(page, String(path.steps[index - 1]!.state.value) as QuestionId, MATCHING_PLAN);
          else await pressButton(page, words.check.confirm);
        }
        const reached = String(path.steps[index]!.state.value);
        if (reached === 'done') break;
        await expectStep(page, reached);
        await expect(page.locator('h1')).toBeFocused();
        await expectNoAxeViolations(page);
      }
      if (target === 'done') {
        await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
        expect(new URL(page.url()).pathname).toBe(RESULT);
        await expectNoAxeViolations(page);
      } else expect(await stepInUrl(page)).toBe(target);
    });
  }
});

test('a founder goes from the home page to a result and back with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Öz değerlendirmeye başlayın' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/uygunluk\/$/);
  await pressButton(page, words.intro.start);
  for (const question of QUESTIONS) await answerWithKeyboard(page, question.id, MATCHING_PLAN);
  await expect(page.locator('h1')).toHaveText(words.check.title);
  await pressButton(page, words.check.confirm);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(words.check.title);
});

test('each question page: heading, progress, announcement and title', async ({ page }) => {
  await page.goto(wizardLink({ focus: 'both', publicBenefit: 'yes' }, 'surplus'));
  const { number, total } = questionProgress('surplus');
  await expect(page.locator('h1')).toContainText(words.questions.surplus.title);
  await expect(page.locator('h1')).toContainText(`Soru ${number} / ${total}`);
  expect((await page.title()).startsWith(`${words.questions.surplus.title} – `)).toBe(true);
  await expect(page.getByRole('status').first()).toContainText(`Soru ${number} / ${total}`);
  await expect(page.getByRole('link', { name: words.step.back })).toBeVisible();
});

test('a wrong number: error summary takes focus, links to the field, and the title starts with "Hata:"', async ({ page }) => {
  await page.goto(wizardLink({ focus: 'both', publicBenefit: 'yes', surplus: 'community', governance: 'one-member-one-vote' }, 'members'));
  await tabTo(page, page.locator('#members'));
  await page.keyboard.type('7.5');
  await tabTo(page, page.locator('#workerMembers'));
  await page.keyboard.type('9');
  await pressButton(page, words.step.continue);
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(words.step.errorSummaryTitle);
  await expect(page).toHaveTitle(/^Hata: /);
  await expect(page.locator('#members')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#members-error')).toBeVisible();
  await summary.getByRole('link').first().press('Enter');
  await expect(page.locator('#members')).toBeFocused();
  expect(await stepInUrl(page)).toBe('members');
});

test('back, forward and reload keep the step and the answers', async ({ page }) => {
  await page.goto(WIZARD);
  await pressButton(page, words.intro.start);
  await answerWithKeyboard(page, 'focus', MATCHING_PLAN);
  await answerWithKeyboard(page, 'publicBenefit', MATCHING_PLAN);
  await expectStep(page, 'surplus');
  await page.goBack();
  await expectStep(page, 'publicBenefit');
  await expect(page.locator('h1')).toContainText(words.questions.publicBenefit.title);
  await expect(page.locator('input[name="publicBenefit"][value="yes"]')).toBeChecked();
  await page.goForward();
  await expectStep(page, 'surplus');
  await page.reload();
  await expectStep(page, 'surplus');
  await expect(page.locator('h1')).toContainText(words.questions.surplus.title);
  expect(new URL(page.url()).hash).toContain('focus=both');
});

test('the checklist rendered by the server stays on the start page once the island runs, hidden while answering', async ({ page }) => {
  await page.goto(WIZARD);
  const checklist = page.locator('#kontrol-listesi');
  await pressButton(page, words.intro.start);
  await expect(checklist).toBeHidden();
  await tabTo(page, page.getByRole('link', { name: words.step.back }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
  await expect(checklist).toBeVisible();
  await expect(checklist.locator('.checklist__rules dt')).toHaveCount(13);
});

test('changing an answer from the check page keeps all the others and returns there', async ({ page }) => {
  await page.goto(wizardLink(MATCHING_PLAN, 'check'));
  await expect(page.locator('h1')).toHaveText(words.check.title);
  await tabTo(page, changeLink(page, 'board'));
  await page.keyboard.press('Enter');
  await expectStep(page, 'board');
  await tabTo(page, page.locator('#board'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5');
  await pressButton(page, words.step.continue);
  await expectStep(page, 'check');
  await expect(page.locator('h1')).toHaveText(words.check.title);
  const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
  for (const [key, value] of new URLSearchParams(wizardLink(MATCHING_PLAN).split('#')[1])) {
    if (key !== 'board') expect(hash.get(key), key).toBe(value);
  }
  expect(hash.get('board')).toBe('5');
});

test('a change that makes another answer impossible asks it again and says why', async ({ page }) => {
  await page.goto(wizardLink(MATCHING_PLAN, 'check'));
  await tabTo(page, changeLink(page, 'members'));
  await page.keyboard.press('Enter');
  await expectStep(page, 'members');
  await tabTo(page, page.locator('#members'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await tabTo(page, page.locator('#workerMembers'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await pressButton(page, words.step.continue);
  await expectStep(page, 'board');
  await expect(page.getByText(words.step.invalidated['more-than-members']!)).toBeVisible();
  await answerWithKeyboard(page, 'board', { board: 2, workerBoard: 2 });
  await expectStep(page, 'check');
  await expect(page.locator('h1')).toHaveText(words.check.title);
  const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
  expect(hash.get('focus')).toBe('both');
  expect(hash.get('innovation')).toBe('yes');
  expect(hash.get('members')).toBe('2');
});

test.describe('the result page', () => {
  const cases = [
    ['matches', MATCHING_PLAN],
    ['matches-core', planWith({ innovation: 'not-sure' })],
    ['needs-decisions', planWith({ surplus: 'undecided' })],
    ['does-not-match', planWith({ workerMembers: 4, members: 8 })],
  ] as const;
  for (const [verdict, plan] of cases) {
    test(`shows ${verdict} with a block for every criterion`, async ({ page }) => {
      await page.goto(resultLink(plan));
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', verdict);
      expect(assess(plan).verdict).toBe(verdict);
      const { legal, core, characteristics } = assess(plan);
      for (const criterion of [...legal, ...core, ...characteristics]) {
        const block = page.locator(`[data-criterion="${criterion.id}"]`);
        await expect(block).toHaveAttribute('data-status', criterion.status);
        await expect(block.locator(`a[href="${anchorAddress(criterion.section, 'tr')}"]`)).toHaveCount(1);
      }
      await expectNoAxeViolations(page);
    });
  }

  test('a plan with 5 founders is told so plainly, beside an unchanged verdict', async ({ page }) => {
    await page.goto(resultLink(planWith({ members: 5, workerMembers: 3 })));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
    await expect(page.locator('[data-criterion="founders-min-7"]')).toHaveAttribute('data-status', 'not-met');
  });

  test('a shared link opens the same result in a fresh browser', async ({ browser, page }) => {
    await page.goto(wizardLink(planWith({ governance: 'undecided' }), 'check'));
    await pressButton(page, words.check.confirm);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'needs-decisions');
    const statuses = await page.locator('[data-criterion]').evaluateAll((blocks) => blocks.map((block) => `${block.dataset.criterion}=${block.dataset.status}`));
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    await expect(other.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'needs-decisions');
    expect(await other.locator('[data-criterion]').evaluateAll((blocks) => blocks.map((block) => `${block.dataset.criterion}=${block.dataset.status}`))).toEqual(statuses);
    await fresh.close();
  });

  test('a link with missing answers says which, and continues the wizard with the rest kept', async ({ page }) => {
    await page.goto(resultLink({ focus: 'both', publicBenefit: 'yes' }));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'incomplete');
    await expect(page.locator('[data-criterion]')).toHaveCount(0);
    await page.getByRole('link', { name: words.result.incomplete.continue }).click();
    await expectStep(page, 'surplus');
    expect(new URL(page.url()).hash).toContain('publicBenefit=yes');
  });

  test('a hostile link runs no script and shows the invalid page', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const hostile = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.goto(`${RESULT}#v=1&focus=${hostile}&members=1e1&workerMembers=%E0%A4%A&board=-3`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'invalid');
    await expect(page.locator('[data-criterion]')).toHaveCount(0);
    await expect(page.locator('main img, [onerror]')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('onerror');
    await expect(page.locator('main')).toContainText(words.keyNames.focus);
    await expect(page.locator('main')).toContainText(words.keyNames.members);
    expect(dialogs).toEqual([]);
  });

  test('"Yanıtlarımı sil" removes the answers from the address and the browser', async ({ page }) => {
    await page.goto(wizardLink(MATCHING_PLAN, 'check'));
    await pressButton(page, words.check.confirm);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
    await pressButton(page, words.result.deleteAnswers);
    await expect(page.getByText(words.result.deleted)).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
});

test.describe('saved answers', () => {
  test('the wizard resumes where the reader left, and says so', async ({ page }) => {
    await page.goto(WIZARD);
    await pressButton(page, words.intro.start);
    await answerWithKeyboard(page, 'focus', MATCHING_PLAN);
    await page.goto('/');
    await page.goto(WIZARD);
    await expectStep(page, 'publicBenefit');
    await expect(page.getByText(words.storage.resumed)).toBeVisible();
  });

  test('a link to the checklist opens the start page and the checklist, not the saved answers', async ({ page }) => {
    await page.goto(WIZARD);
    await pressButton(page, words.intro.start);
    await answerWithKeyboard(page, 'focus', MATCHING_PLAN);
    await page.goto('/');
    await page.goto(`${WIZARD}#kontrol-listesi`);
    await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
    await expect(page.locator('#kontrol-listesi')).toBeVisible();
    await expect(page).toHaveURL(/#kontrol-listesi$/);
  });

  test('a corrupt saved state is dropped with a notice, never a crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(WIZARD);
    // Once the island has started (its start button appears), it has read the storage already.
    await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
    await page.evaluate(() => localStorage.setItem('sosyal-kooperatif:uygunluk', 'members=%%%&focus=<b>'));
    await page.reload();
    await expect(page.getByText(words.storage.corrupt)).toBeVisible();
    await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('sosyal-kooperatif:uygunluk'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the wizard page is a printable checklist of every question and rule', async ({ page }) => {
    await page.goto(WIZARD);
    const checklist = page.locator('#kontrol-listesi');
    await expect(checklist).toBeVisible();
    for (const question of QUESTIONS) await expect(checklist.getByRole('heading', { name: words.questions[question.id].title })).toBeVisible();
    await expect(checklist.locator('.checklist__rules dt')).toHaveCount(13);
    await expect(page.getByRole('link', { name: words.intro.checklistLink })).toHaveAttribute('href', '#kontrol-listesi');
  });

  test('the result page says it needs JavaScript and links to the checklist', async ({ page }) => {
    await page.goto(resultLink(MATCHING_PLAN));
    await expect(page.getByText(words.result.needsScript)).toBeVisible();
    await expect(page.getByRole('link', { name: words.result.checklistLink })).toHaveAttribute('href', `${WIZARD}#kontrol-listesi`);
  });
});
