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

type Box = { left: number; right: number; top: number };

/**
 * Where `term` in brackets is drawn, in the first place of `scope`'s text that holds "(term)": each
 * word's first glyph, the whole run and both brackets, measured on the glyphs themselves (Range
 * rectangles over the text nodes, however the markup splits them), as the reader sees them.
 */
async function bracketedTermDrawn(scope: Locator, term: string) {
  return scope.first().evaluate((root, wanted) => {
    const nodes: { node: Text; from: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, from: text.length });
      text += node.textContent;
    }
    const start = text.indexOf(`(${wanted})`) + 1;
    if (start < 1) throw new Error(`"(${wanted})" is not in this element's text`);
    const at = (index: number) => {
      const { node, from } = nodes.findLast(({ from }) => from <= index)!;
      return { node, offset: index - from };
    };
    const drawn = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(at(from).node, at(from).offset);
      const end = at(to - 1);
      range.setEnd(end.node, end.offset + 1);
      const { left, right, top } = range.getBoundingClientRect();
      return { left: Math.round(left), right: Math.round(right), top: Math.round(top) };
    };
    let offset = start;
    const words = wanted.split(' ').map((word) => {
      const box = drawn(offset, offset + 1);
      offset += word.length + 1;
      return { word, ...box };
    });
    return {
      words,
      opening: drawn(start - 1, start),
      closing: drawn(start + wanted.length, start + wanted.length + 1),
    };
  }, term);
}

/**
 * The words of `term`, as drawn in `scope`, read left to right on one line in the order they are
 * written ("1163" left of "sayılı"), and the run as a whole inside its brackets: the opening one, first
 * in the right-to-left sentence, at its right, the closing one at its left.
 */
async function expectReadLeftToRight(scope: Locator, term: string, where: string) {
  const { words, opening, closing } = await bracketedTermDrawn(scope, term);
  const seen = JSON.stringify({ words, opening, closing });
  expect(
    new Set([...words, opening, closing].map(({ top }) => top)).size,
    `${where}: "(${term})" on one line ${seen}`,
  ).toBe(1);
  expect(
    [...words].sort((a, b) => a.left - b.left).map(({ word }) => word),
    `${where}: "${term}" read left to right ${seen}`,
  ).toEqual(term.split(' '));
  const run: Box = {
    left: Math.min(...words.map(({ left }) => left)),
    right: Math.max(...words.map(({ right }) => right)),
    top: words[0]!.top,
  };
  expect(opening.left, `${where}: "(" right of the run ${seen}`).toBeGreaterThanOrEqual(run.right - 1);
  expect(closing.right, `${where}: ")" left of the run ${seen}`).toBeLessThanOrEqual(run.left + 1);
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

  /** Each place a founder copies the law's Turkish name from, and how the reader gets there. */
  const lawNamePlaces: { place: string; open: (page: Page) => Promise<unknown>; scope: string }[] = [
    { place: "a guide page's sources", open: (page) => page.goto(`/${locale}/how-to-found/`), scope: '.doc__sources' },
    {
      place: "the wizard's start page, as the server wrote it",
      open: (page) => page.goto(ROUTES.wizard[locale]),
      scope: '.wizard__intro',
    },
    {
      place: "the wizard's start page, as the browser drew it on the way back from the first question",
      open: async (page) => {
        await page.goto(`${ROUTES.wizard[locale]}#${encodeAnswers({}, 'focus')}`);
        await page.locator('.back-link').click();
      },
      scope: '.wizard__intro',
    },
    {
      place: 'the verdict',
      open: (page) => page.goto(`${ROUTES.result[locale]}#${encodeAnswers(MATCHING_PLAN)}`),
      scope: '[data-verdict]',
    },
    {
      place: 'a criterion of the result',
      open: (page) => page.goto(`${ROUTES.result[locale]}#${encodeAnswers(MATCHING_PLAN)}`),
      scope: '[data-criterion="founders-min-7"]',
    },
  ];

  for (const { place, open, scope } of lawNamePlaces) {
    test(`${locale} at 360 px, ${place}: the law's Turkish name reads left to right, inside its brackets, on one line`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await open(page);
      await expectReadLeftToRight(page.locator(scope), LAW_NAME, place);
    });
  }

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
