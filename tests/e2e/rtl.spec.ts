import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { errorMessage } from '../../src/components/wizard/answerText';
import { directions, locales } from '../../src/i18n';
import { ROUTES } from '../../src/i18n/routes';
import { wizardWords } from '../../src/i18n/wizard';
import { encodeAnswers } from '../../src/machines/codec';
import { MATCHING_PLAN } from '../support/plans';
import { expect, test } from './fixtures';
import { pressButton, tabTo } from './wizard-driver';

/**
 * The right-to-left languages, as a reader sees them: on a phone (360 px) and a desktop (1280 px),
 * nothing runs off the side, the page is laid out right to left and its arrows point the way it
 * reads. With RTL_SCREENSHOTS=1, each screen is saved to test-results/rtl/ for a person to look
 * at: clipping or overlap that no measurement catches. Not on every run: a full-page screenshot
 * costs a second or two, and nobody looks at it then.
 */
const RTL = locales.filter((locale) => directions[locale] === 'rtl');
const WIDTHS = [360, 1280] as const;
const BEFORE_MEMBERS = {
  focus: 'both',
  publicBenefit: 'yes',
  surplus: 'community',
  governance: 'one-member-one-vote',
} as const;

/**
 * Which way the arrow an element draws before its text (its ::before) points, as the reader sees it:
 * the same character, set large in the same place of the same text, is photographed, and its tip is
 * found where its middle row reaches further out than its top row. (In right-to-left text the
 * browser draws ‹ as ›: a check of the CSS alone would not see what is drawn.)
 */
async function arrowDrawn(page: Page, selector: string): Promise<'left' | 'right'> {
  const probe = page.locator('#arrow-probe');
  await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const span = document.createElement('span');
      span.id = 'arrow-probe';
      span.textContent = getComputedStyle(element, '::before').content.replace(/^"|"$/g, '').trim();
      span.style.cssText = 'font-size: 120px; line-height: 1; color: #000; visibility: visible';
      element.prepend(span);
      // Everything else keeps its place in the text but is not drawn: the photo holds the arrow alone.
      document.body.style.visibility = 'hidden';
    });
  const photo = (await probe.screenshot()).toString('base64');
  const tip = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const inked: { left: number; right: number }[] = [];
    for (let y = 0; y < image.height; y += 1) {
      const xs: number[] = [];
      for (let x = 0; x < image.width; x += 1) if (data[(y * image.width + x) * 4]! < 128) xs.push(x);
      // A row inked across the box is a line (an underline), not the arrow.
      if (xs.length > 0 && xs.length < image.width * 0.8) inked.push({ left: Math.min(...xs), right: Math.max(...xs) });
    }
    const [top, middle] = [inked[0]!, inked[Math.floor(inked.length / 2)]!];
    return middle.left < top.left ? 'left' : 'right';
  }, photo);
  await probe.evaluate((element) => {
    element.remove();
    document.body.style.visibility = '';
  });
  return tip;
}

/** The Turkish name of the law, as a founder copies it down for an office; it stands in every right-to-left edition. */
const LAW_NAME = '1163 sayılı Kooperatifler Kanunu';

/**
 * Where each word of `term` is drawn, in the first text of `scope` that holds it: the left edge of
 * its first glyph and the top of its line, measured on the glyphs themselves (Range rectangles),
 * as the reader sees them, whatever the markup.
 */
async function wordsDrawn(scope: Locator, term: string): Promise<{ word: string; left: number; top: number }[]> {
  return scope.first().evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent!.indexOf(wanted);
      if (start < 0) continue;
      let offset = start;
      return wanted.split(' ').map((word) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        offset += word.length + 1;
        const { left, top } = range.getBoundingClientRect();
        return { word, left: Math.round(left), top: Math.round(top) };
      });
    }
    throw new Error(`"${wanted}" is not in this element's text`);
  }, term);
}

/** The words of `term`, as drawn in `scope`, read left to right on one line, in the order they are written. */
async function expectReadLeftToRight(scope: Locator, term: string, where: string) {
  const drawn = await wordsDrawn(scope, term);
  const lines = new Set(drawn.map(({ top }) => top));
  expect(lines.size, `${where}: "${term}" on one line (${JSON.stringify(drawn)})`).toBe(1);
  expect(
    [...drawn].sort((a, b) => a.left - b.left).map(({ word }) => word),
    `${where}: "${term}" read left to right`,
  ).toEqual(term.split(' '));
}

for (const locale of RTL) {
  const words = wizardWords[locale];
  const screens = [
    { name: 'home', path: ROUTES.home[locale] },
    { name: 'guide', path: `/${locale}/how-to-found/` },
    {
      name: 'wizard-error',
      path: `${ROUTES.wizard[locale]}#${encodeAnswers(BEFORE_MEMBERS, 'members')}`,
      typeWrongNumber: true,
    },
    { name: 'result', path: `${ROUTES.result[locale]}#${encodeAnswers(MATCHING_PLAN)}` },
  ];

  for (const width of WIDTHS) {
    for (const { name, path, typeWrongNumber } of screens) {
      test(`${locale} ${name} at ${width} px: right to left, nothing runs off the side`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        if (typeWrongNumber) {
          await page.locator('#members').fill('٧٫٥');
          await pressButton(page, words.step.continue);
          await expect(page.getByRole('alert')).toBeFocused();
        }
        if (name === 'result') await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        // A short Latin term and its brackets stay on one line ("(il ticaret müdürlüğü)", not "il ticaret) … (müdürlüğü").
        const wrapped = await page.locator('bdi.unbroken').evaluateAll((runs) =>
          runs
            .filter((run) => {
              const text = document.createRange();
              text.selectNodeContents(run);
              return new Set([...text.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
            })
            .map((run) => run.textContent),
        );
        expect(wrapped).toEqual([]);
        if (process.env.RTL_SCREENSHOTS) {
          await page.screenshot({
            path: join(test.info().project.outputDir, 'rtl', `${locale}-${name}-${width}.png`),
            fullPage: true,
          });
        }
      });
    }
  }

  /** Opens the founders' question and types the two counts with the keyboard, as a reader would. */
  async function typeCounts(page: Page, members: string, workerMembers: string) {
    await page.goto(`${ROUTES.wizard[locale]}#${encodeAnswers(BEFORE_MEMBERS, 'members')}`);
    await tabTo(page, page.locator('#members'));
    await page.keyboard.type(members);
    await tabTo(page, page.locator('#workerMembers'));
    await page.keyboard.type(workerMembers);
    await pressButton(page, words.step.continue);
  }

  test(`${locale} at 360 px: the law's Turkish name reads left to right, on one line, wherever it stands`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${locale}/how-to-found/`);
    await expectReadLeftToRight(page.locator('.doc__sources'), LAW_NAME, "a guide page's sources");
    await page.goto(ROUTES.wizard[locale]);
    await expectReadLeftToRight(
      page.locator('.wizard__intro'),
      LAW_NAME,
      "the wizard's start page, as the server wrote it",
    );
    await page.goto(`${ROUTES.result[locale]}#${encodeAnswers(MATCHING_PLAN)}`);
    await expectReadLeftToRight(page.locator('[data-verdict]'), LAW_NAME, 'the verdict');
    await expectReadLeftToRight(
      page.locator('[data-criterion="founders-min-7"]'),
      LAW_NAME,
      'a criterion of the result',
    );
    // Drawn by the browser this time: on the way back from the first question.
    await page.goto(`${ROUTES.wizard[locale]}#${encodeAnswers({}, 'focus')}`);
    await page.locator('.back-link').click();
    await expectReadLeftToRight(
      page.locator('.wizard__intro'),
      LAW_NAME,
      "the wizard's start page, as the browser drew it",
    );
  });

  test(`${locale}: search results isolate their Latin runs, as the pages do`, async ({ page }) => {
    await page.goto(`${ROUTES.search[locale]}?q=${encodeURIComponent(LAW_NAME)}`);
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    const bare = await page.locator('#search-results').evaluate((results) => {
      const walker = document.createTreeWalker(results, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/[\p{Script=Latin}0-9]/u.test(node.textContent!) && !node.parentElement!.closest('bdi'))
          found.push(node.textContent!);
      }
      return found;
    });
    expect(bare).toEqual([]);
  });

  test(`${locale}: the back link points back, to the right, and the breadcrumbs onward, to the left`, async ({
    page,
  }) => {
    await page.goto(`${ROUTES.wizard[locale]}#${encodeAnswers(BEFORE_MEMBERS, 'members')}`);
    expect(await arrowDrawn(page, '.back-link')).toBe('right');
    await page.goto(`/${locale}/how-to-found/`);
    expect(await arrowDrawn(page, '.breadcrumbs li + li')).toBe('left');
  });

  test(`${locale}: the printed result is a record, its link read left to right`, async ({ page }) => {
    const answers = encodeAnswers(MATCHING_PLAN);
    await page.goto(`${ROUTES.result[locale]}#${answers}`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'matches');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.result__actions')).toBeHidden();
    await expect(page.locator('.site-nav')).toBeHidden();
    const link = page.locator('.record__link');
    await expect(link).toBeVisible();
    await expect(link).toContainText(`${ROUTES.result[locale]}#${answers}`);
    expect(await link.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await expect(page.locator('.record')).toContainText(words.result.sources);
  });

  test(`${locale}: numbers typed in Arabic-Indic or Persian digits are read, and the link carries ASCII digits`, async ({
    page,
  }) => {
    await typeCounts(page, ' ٩ ', '۶');
    await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('step')).toBe('board');
    const link = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect([link.get('members'), link.get('workerMembers')]).toEqual(['9', '6']);
  });

  test(`${locale}: a wrong number gets its message in ${locale}, beside the field and in the error summary`, async ({
    page,
  }) => {
    await typeCounts(page, '٧٫٥', '٣');
    const message = errorMessage({ key: 'members', reason: 'not-a-whole-number' }, words);
    expect(message, 'the message is written in Arabic script').toMatch(/\p{Script=Arabic}/u);
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(words.step.errorSummaryTitle);
    await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', '#members');
    await expect(page.locator('#members-error')).toContainText(message);
    await expect(page.locator('#members')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveTitle(new RegExp(`^${words.step.errorTitlePrefix}`));
  });
}
