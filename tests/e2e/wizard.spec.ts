import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { assess } from '../../src/machines/assessment';
import { CRITERIA } from '../../src/machines/criteria';
import { QUESTIONS, QUESTION_IDS, questionProgress, type QuestionId } from '../../src/machines/questions';
import { format } from '../../src/i18n/format';
import { linkErrorText } from '../../src/components/wizard/answerText';
import { MATCHING_PLAN, planWith } from '../support/plans';
import { expectNoAxeViolations } from './checks';
import {
  RESULT,
  WIZARD,
  answerWithKeyboard,
  changeLink,
  expectStep,
  pressButton,
  resultLink,
  stepInUrl,
  tabTo,
  wizardLink,
  words,
} from './wizard-driver';
import { anchorAddress } from '../../src/i18n/anchors';
import { dictionaries, directions, locales } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { wizardWords } from '../../src/i18n/wizard';

/**
 * The keyboard alone, axe once on each screen: a founder's whole run, from the home page through the
 * start page, every question and the check page to the result and back, in the first language of each
 * writing direction (Turkish left to right, Arabic right to left; English shares the Turkish layout, and
 * every-page.spec.ts checks its pages). The run goes in parts of WALK_PART questions, each opening where
 * the one before ended, by a link with the answers so far, so that each part stays well within a test's
 * time on a busy machine. Every event from every state of the machine is the unit model test's
 * (tests/unit/machines/wizardMachine.model.test.ts); this is the path a founder takes, screen by screen.
 */
const WALK_PART = 3;
const WALKED = locales.filter(
  (locale, index) => locales.findIndex((other) => directions[other] === directions[locale]) === index,
);

for (const locale of WALKED) {
  const localWords = wizardWords[locale];
  /** The question on screen says which it is and how far the reader is, passes axe, and has its heading focused when the keyboard brought it. */
  const expectQuestionScreen = async (page: Page, question: QuestionId, openedByLink: boolean) => {
    await expectStep(page, question);
    await expect(page.locator('h1')).toContainText(localWords.questions[question].title);
    await expect(page.locator('h1')).toContainText(format(localWords.step.progress, questionProgress(question)));
    if (!openedByLink) await expect(page.locator('h1')).toBeFocused();
    await expectNoAxeViolations(page);
  };

  for (let first = 0; first < QUESTION_IDS.length; first += WALK_PART) {
    const part = QUESTION_IDS.slice(first, first + WALK_PART);
    const isLast = first + part.length === QUESTION_IDS.length;
    const walked = `${first === 0 ? 'from the home page through the start page and ' : ''}questions ${first + 1}–${first + part.length}${isLast ? ' and the check page to the result and back' : ''}`;
    test(`${locale}: the keyboard alone walks ${walked}, axe on each screen`, async ({ page }) => {
      if (first === 0) {
        await page.goto(ROUTES.home[locale]);
        await tabTo(page, page.getByRole('link', { name: dictionaries[locale]['home.start'] }));
        await page.keyboard.press('Enter');
        await expect.poll(() => new URL(page.url()).pathname).toBe(ROUTES.wizard[locale]);
        await expect(page.getByRole('button', { name: localWords.intro.start })).toBeVisible();
        await expectNoAxeViolations(page);
        await pressButton(page, localWords.intro.start);
      } else {
        const asked = QUESTIONS.slice(0, first).flatMap(({ keys }) => keys);
        await page.goto(
          wizardLink(Object.fromEntries(asked.map((key) => [key, MATCHING_PLAN[key]])), QUESTION_IDS[first], locale),
        );
      }
      for (const question of part) {
        await expectQuestionScreen(page, question, first > 0 && question === part[0]);
        await answerWithKeyboard(page, question, MATCHING_PLAN, locale);
      }
      if (!isLast) return expectStep(page, QUESTION_IDS[first + part.length]!);
      await expectStep(page, 'check');
      await expect(page.locator('h1')).toBeFocused();
      await expect(page.locator('h1')).toHaveText(localWords.check.title);
      await expectNoAxeViolations(page);
      await pressButton(page, localWords.check.confirm);
      // The result page has its own axe checks, one for each verdict (below).
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
      expect(new URL(page.url()).pathname).toBe(ROUTES.result[locale]);
      await page.goBack();
      await expect(page.locator('h1')).toHaveText(localWords.check.title);
    });
  }
}

test('each question page: heading, progress, announcement and title', async ({ page }) => {
  await page.goto(wizardLink({ focus: 'both', publicBenefit: 'yes' }, 'surplus'));
  const progress = format(words.step.progress, questionProgress('surplus'));
  await expect(page.locator('h1')).toContainText(words.questions.surplus.title);
  await expect(page.locator('h1')).toContainText(progress);
  expect((await page.title()).startsWith(`${words.questions.surplus.title} – `)).toBe(true);
  await expect(page.getByRole('status').first()).toContainText(progress);
  await expect(page.getByRole('link', { name: words.step.back })).toBeVisible();
});

test('a wrong number: error summary takes focus, links to the field, and the title starts with "Hata:"', async ({
  page,
}) => {
  await page.goto(
    wizardLink(
      { focus: 'both', publicBenefit: 'yes', surplus: 'community', governance: 'one-member-one-vote' },
      'members',
    ),
  );
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
  await expectNoAxeViolations(page);
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

test('once the island runs, the checklist and its rules stay closed behind their summary on the start page, hidden while answering', async ({
  page,
}) => {
  await page.goto(WIZARD);
  const checklist = page.locator('#kontrol-listesi');
  const summary = page.locator('summary', { hasText: words.intro.checklistLink });
  await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
  // No rule before the founder answers (content review N7): the start screen shows none.
  await expect(checklist).toBeHidden();
  await expect(page.getByText(words.checklist.ruleLabel).first()).toBeHidden();
  await pressButton(page, words.intro.start);
  await expect(summary).toBeHidden();
  await tabTo(page, page.getByRole('link', { name: words.step.back }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
  await expect(checklist).toBeHidden();
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await expect(checklist).toBeVisible();
  await expect(checklist.locator('.checklist__rules dt')).toHaveCount(CRITERIA.length);
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

test('"Baştan başlayın" asks the first question again with nothing kept', async ({ page }) => {
  await page.goto(wizardLink(MATCHING_PLAN, 'check'));
  await pressButton(page, words.result.startAgain);
  await expectStep(page, QUESTION_IDS[0]!);
  await expect(page.locator('h1')).toBeFocused();
  expect([...new URLSearchParams(new URL(page.url()).hash.slice(1)).keys()]).toEqual(['v', 'step']);
  await expect(page.locator('input:checked')).toHaveCount(0);
});

test('"Yanıtlarımı sil" in the wizard shows the start page and says so, with nothing kept in the address or the browser', async ({
  page,
}) => {
  await page.goto(wizardLink(MATCHING_PLAN, 'board'));
  await expectStep(page, 'board');
  await pressButton(page, words.result.deleteAnswers);
  await expect(page.getByText(words.result.deleted)).toBeVisible();
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('h1')).toHaveText(words.intro.title);
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.reload();
  await expect(page.getByRole('button', { name: words.intro.start })).toBeVisible();
  await expect(page.getByText(words.storage.resumed)).toHaveCount(0);
});

test('a link with unreadable values keeps the readable answers, names the others, and asks them again', async ({
  page,
}) => {
  await page.goto(`${WIZARD}#v=1&focus=both&publicBenefit=maybe&members=5&workerMembers=6`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(words.unreadableLink);
  for (const error of [
    { key: 'publicBenefit', reason: 'unknown-value' },
    { key: 'workerMembers', reason: 'more-than-members' },
  ] as const) {
    await expect(notice).toContainText(linkErrorText(error, words));
  }
  await expectStep(page, 'publicBenefit');
  const kept = new URLSearchParams(new URL(page.url()).hash.slice(1));
  expect([kept.get('focus'), kept.get('members'), kept.get('workerMembers')]).toEqual(['both', '5', null]);
  await expectNoAxeViolations(page);
});

test.describe('the result page', () => {
  const cases = [
    ['matches', MATCHING_PLAN],
    ['matches-core', planWith({ innovation: 'not-sure' })],
    ['needs-decisions', planWith({ surplus: 'undecided' })],
    ['does-not-match', planWith({ surplus: 'distribute' })],
  ] as const;

  // One page for two verdicts: a new fragment is a new result (the page follows hashchange), as a
  // reader who follows a second result link meets it. Two tests of two, as a full axe pass per verdict
  // took four of them past 15 s beside a busy core.
  for (const pair of [cases.slice(0, 2), cases.slice(2)]) {
    test(`shows the verdicts ${pair.map(([verdict]) => verdict).join(' and ')} with a block for every criterion, axe on each`, async ({
      page,
    }) => {
      for (const [verdict, plan] of pair) {
        await test.step(verdict, async () => {
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
    });
  }

  test('a plan with 5 founders, or votes by capital, is told so plainly above its unchanged verdict', async ({
    page,
  }) => {
    for (const [plan, prerequisite, verdict] of [
      [planWith({ members: 5, workerMembers: 3 }), 'founders-min-7', 'matches'],
      [planWith({ governance: 'by-shares' }), 'one-vote-per-member', 'does-not-match'],
    ] as const) {
      await test.step(prerequisite, async () => {
        await page.goto(resultLink(plan));
        await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', verdict);
        await expect(page.locator(`[data-criterion="${prerequisite}"]`)).toHaveAttribute('data-status', 'not-met');
        const named = page.locator(`[data-verdict] [data-prerequisite="${prerequisite}"]`);
        await expect(named).toContainText(words.criteria[`criterion.${prerequisite}`].notMet);
        const [line, heading] = await Promise.all([
          named.boundingBox(),
          page.locator('#verdict-heading').boundingBox(),
        ]);
        expect(line!.y).toBeLessThan(heading!.y);
      });
    }
    // Beside print and copy-link: the result names the groups that will work in the cooperative.
    await expect(page.locator('.result__actions').getByText(words.result.shareNote)).toBeVisible();
  });

  test('a care cooperative of its users: the worker majorities are other features, quoting the text, whose link opens that passage', async ({
    page,
  }) => {
    await page.goto(
      resultLink(planWith({ focus: 'social-services', stakeholders: ['consumers'], workerMembers: 2, workerBoard: 1 })),
    );
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches-core');
    const exception = words.result.exceptions['care-cooperative-of-its-users'];
    for (const id of ['worker-majority-members', 'worker-majority-board']) {
      const block = page.locator('#characteristics-heading ~ [data-criterion="' + id + '"]');
      await expect(block).toHaveAttribute('data-status', 'not-met');
      await expect(block.locator('blockquote')).toHaveText(exception.quote);
    }
    await page
      .locator('[data-criterion="worker-majority-members"]')
      .getByRole('link', { name: exception.link })
      .click();
    const passage = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(passage).toBeVisible();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
      anchorAddress('bakima-muhtac-nufusun-yasam-kalitesini-artirir', 'tr'),
    );
  });

  test('a shared link opens the same result in a fresh browser', async ({ browser, page }) => {
    await page.goto(wizardLink(planWith({ governance: 'undecided' }), 'check'));
    await pressButton(page, words.check.confirm);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'needs-decisions');
    const statuses = await page
      .locator('[data-criterion]')
      .evaluateAll((blocks) => blocks.map((block) => `${block.dataset.criterion}=${block.dataset.status}`));
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    await expect(other.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'needs-decisions');
    expect(
      await other
        .locator('[data-criterion]')
        .evaluateAll((blocks) => blocks.map((block) => `${block.dataset.criterion}=${block.dataset.status}`)),
    ).toEqual(statuses);
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

  // Security review MINOR-1: the link's own readable answers, never those saved earlier in this browser.
  test('an invalid link goes on with its readable answers and asks the refused ones again, never the answers saved in the browser', async ({
    page,
  }) => {
    const saved = planWith({ focus: 'work-integration', publicBenefit: 'partly', members: 20, workerMembers: 15 });
    await page.goto(wizardLink(saved, 'check'));
    await expectStep(page, 'check');
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).join())).toContain('members=20');

    await page.goto(`${RESULT}#v=1&focus=both&publicBenefit=maybe&members=%D9%A9&board=3`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'invalid');
    for (const error of [
      { key: 'publicBenefit', reason: 'unknown-value' },
      { key: 'members', reason: 'not-a-whole-number' },
    ] as const) {
      await expect(page.locator('[data-verdict]')).toContainText(linkErrorText(error, words));
    }
    await expect(page.getByText(words.result.invalid.continueHint)).toBeVisible();
    await page.getByRole('link', { name: words.result.invalid.continue }).click();

    await expectStep(page, 'publicBenefit');
    await expect(page.getByText(words.storage.resumed)).toHaveCount(0);
    await expect(page.locator('input[name="publicBenefit"]:checked')).toHaveCount(0);
    const kept = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(
      Object.fromEntries(
        ['focus', 'publicBenefit', 'members', 'workerMembers', 'board', 'surplus'].map((key) => [key, kept.get(key)]),
      ),
    ).toEqual({
      focus: 'both',
      publicBenefit: null,
      members: null,
      workerMembers: null,
      board: '3',
      surplus: null,
    });
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
    for (const question of QUESTION_IDS)
      await expect(checklist.getByRole('heading', { name: words.questions[question].title })).toBeVisible();
    await expect(checklist.locator('.checklist__rules dt')).toHaveCount(CRITERIA.length);
    // Every rule as the result states it: the one vote per member (art. 48) among the prerequisites, and
    // the worker majorities' rule with the care cooperative of its users.
    const rules = await checklist.locator('.checklist__rules dd').allInnerTexts();
    const expected = CRITERIA.map(
      (criterion) => `${words.checklist.ruleLabel} ${words.criteria[criterion.explanationKey].rule}`,
    );
    expect(rules.toSorted()).toEqual(expected.toSorted());
    await expect(page.getByRole('link', { name: words.intro.checklistLink })).toHaveAttribute(
      'href',
      '#kontrol-listesi',
    );
  });

  test('the result page says it needs JavaScript and links to the checklist', async ({ page }) => {
    await page.goto(resultLink(MATCHING_PLAN));
    await expect(page.getByText(words.result.needsScript)).toBeVisible();
    await expect(page.getByRole('link', { name: words.result.checklistLink })).toHaveAttribute(
      'href',
      `${WIZARD}#kontrol-listesi`,
    );
  });
});
