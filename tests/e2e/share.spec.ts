import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUDGETS } from '../../budgets';
import { distFile, gzipSize } from '../../scripts/sizes';
import { dictionaries, locales } from '../../src/i18n';
import { linkAddress } from '../../src/i18n/anchors';
import { ROUTES } from '../../src/i18n/routes';
import { compareWords, wizardWords } from '../../src/i18n/wizard';
import { encodeAnswers } from '../../src/machines/codec';
import { compareFragment } from '../../src/machines/compare';
import { MATCHING_PLAN, planWith } from '../support/plans';
import { expectNoAxeViolationsInEitherScheme } from './checks';
import { expect, test } from './fixtures';
import { walkToResult } from './wizard-driver';
import { decodeAll } from './qr-reader';

/**
 * Sharing and deciding together (issue 21): the share sheet or the copied link, the QR code drawn on
 * press, the compare page, and a shared phone that keeps nothing. Headless Chromium has neither a
 * share sheet nor a clipboard the page may read, so both are stubbed: each call is recorded.
 */

/** What the page handed to `navigator.share` and `navigator.clipboard.writeText`. */
interface Handed {
  shared: unknown[];
  copied: string[];
}

/** Stubs the share sheet (or removes it, as most desktop browsers lack one) and the clipboard, before any script of the page runs. */
async function stubSharing(page: Page, withShareSheet: boolean): Promise<void> {
  await page.addInitScript((sheet: boolean) => {
    const handed = { shared: [] as unknown[], copied: [] as string[] };
    Object.assign(window, { handed });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: sheet ? (data: unknown) => (handed.shared.push(data), Promise.resolve()) : undefined,
    });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (handed.copied.push(text), Promise.resolve()) },
    });
  }, withShareSheet);
}

const handedOf = (page: Page) => page.evaluate(() => (window as unknown as { handed: Handed }).handed);

/** The one QR code on screen, read as a phone camera would (the print kit's reader). */
const readQrCode = async (page: Page) => (await decodeAll(page))[0];

const PLAN_A = MATCHING_PLAN;
/** Six founders, and the surplus not yet decided: two criteria differ from plan A, and the verdict. */
const PLAN_B = planWith({ members: 6, surplus: 'undecided' });

// One describe a language, every language through the same checks.
for (const locale of locales)
  test.describe(locale, () => {
    const words = wizardWords[locale];
    const { together } = words;
    const result = ROUTES.result[locale];
    const resultOf = (fragment: string) => `${result}#${fragment}`;

    test('the result shares its link through the share sheet, else copies it, saying first what it holds', async ({
      page,
      baseURL,
    }) => {
      const link = new URL(resultOf(encodeAnswers(PLAN_A)), baseURL).href;
      await stubSharing(page, true);
      await page.goto(link);
      const share = page.getByRole('button', { name: together.share, exact: true });
      // The line on what the link holds stands before the first share button.
      const holds = page.getByText(together.linkHolds, { exact: true });
      await expect(holds).toBeVisible();
      expect(
        await holds.evaluate(
          (line, button) => Boolean(line.compareDocumentPosition(button!) & Node.DOCUMENT_POSITION_FOLLOWING),
          await share.elementHandle(),
        ),
      ).toBe(true);
      await expect(page.getByText(together.groupLine)).toBeVisible();

      await share.click();
      await expect
        .poll(() => handedOf(page))
        .toEqual({ shared: [{ title: together.shareTitle, url: link }], copied: [] });

      await stubSharing(page, false);
      await page.reload();
      await page.getByRole('button', { name: together.share, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: together.shareCopied })).toBeVisible();
      expect(await handedOf(page)).toEqual({ shared: [], copied: [link] });
    });

    test('the QR code is drawn on press only, and a phone reading it opens the same result', async ({
      page,
      baseURL,
    }) => {
      const link = new URL(resultOf(encodeAnswers(PLAN_A)), baseURL).href;
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      // A result reached by a founder who keeps nothing on her phone: the code carries the answers alone.
      await page.goto(`${link}&keep=no`);
      const show = page.getByRole('button', { name: together.showQr, exact: true });
      await expect(show).toHaveAttribute('aria-expanded', 'false');
      await page.waitForLoadState('networkidle');
      const beforePress = scripts.length;

      await show.click();
      await expect(page.getByRole('img', { name: together.qrName })).toBeVisible();
      await expect(page.getByRole('button', { name: together.hideQr, exact: true })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      expect(await readQrCode(page)).toBe(link);

      const onPress = scripts.slice(beforePress);
      expect(onPress.length, 'the QR script is fetched on press').toBeGreaterThan(0);
      const weight = onPress.reduce((sum, path) => sum + gzipSize(readFileSync(distFile(path))), 0);
      expect(weight, `QR script: ${onPress.join(', ')}`).toBeLessThanOrEqual(BUDGETS.qrOnPress.script);
      await expectNoAxeViolationsInEitherScheme(page);
      // The code stays dark on white in the dark colour scheme: a camera still reads it.
      expect(await readQrCode(page)).toBe(link);
    });

    test('the printed result has a box for the founders’ open decisions, naming each one', async ({ page }) => {
      await page.goto(resultOf(encodeAnswers(PLAN_B)));
      const box = page.getByRole('region', { name: together.openDecisions.heading });
      await expect(box).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(box).toBeVisible();
      // Plan B has left one decision open: what remains after every expense.
      await expect(box.getByRole('listitem')).toHaveText([words.criteria['criterion.not-for-profit'].toDecide!]);
    });

    test('a guide page shares its address and title only', async ({ page, baseURL }) => {
      const path = linkAddress({ page: 'nasil-kurulur' }, locale);
      await stubSharing(page, true);
      await page.goto(`${path}?from=test#kisaca`);
      await page.getByRole('button', { name: dictionaries[locale]['share.page'], exact: true }).click();
      const title = await page.locator('h1').textContent();
      await expect
        .poll(() => handedOf(page))
        .toEqual({ shared: [{ title, url: new URL(path, baseURL).href }], copied: [] });
    });

    test('the compare page shows two results side by side, the differences marked in words', async ({
      page,
      baseURL,
    }) => {
      // From a result: its link is the first plan's; another founder's is pasted beside it, on a phone.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(resultOf(encodeAnswers(PLAN_A)));
      await page.getByRole('link', { name: together.compareLink }).click();
      const compare = compareWords[locale];
      await expect(page.getByLabel(compare.linkLabels.a)).toHaveValue(
        new URL(resultOf(encodeAnswers(PLAN_A)), baseURL).href,
      );
      await page.getByLabel(compare.linkLabels.b).fill(`#${encodeAnswers(PLAN_B)}`);
      await page.getByRole('button', { name: compare.submit, exact: true }).click();

      const table = page.getByRole('table');
      await expect(table).toBeVisible();
      const differing = table.locator('tr[data-differs="true"]');
      await expect(differing).toHaveCount(2);
      await expect(differing.nth(0)).toHaveAttribute('data-row', 'founders-min-7');
      await expect(differing.nth(1)).toHaveAttribute('data-row', 'not-for-profit');
      // Marked by a word, not by colour alone.
      for (const row of await differing.all()) await expect(row.getByRole('rowheader')).toContainText(compare.differs);
      await expect(table.locator('tr[data-differs="false"]').first().getByRole('rowheader')).not.toContainText(
        compare.differs,
      );
      await expect(table.locator('[data-row="verdict"] td')).toHaveText([
        words.result.verdicts.matches.heading,
        words.result.verdicts['needs-decisions'].heading,
      ]);
      // In either writing direction: a right-to-left page overflows to the left, where scrollWidth does not see it.
      const fits = await table.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.left >= 0 && box.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth;
      });
      expect(fits, 'the table fits a 320 px screen').toBe(true);
      // Both links live in the fragment, so a reload, or the link sent to another founder, shows the same.
      expect(new URL(page.url()).search).toBe('');
      await page.reload();
      await expect(page.locator('tr[data-differs="true"]')).toHaveCount(2);
      await expectNoAxeViolationsInEitherScheme(page);
    });

    test('the compare page names a bad link in plain words, and runs nothing it holds', async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      const compare = compareWords[locale];
      const injected = 'focus=<img src=x onerror=alert(1)>&members=<script>alert(2)</script>';
      await page.goto(
        `${ROUTES.compare[locale]}#${compareFragment({ a: resultOf(encodeAnswers(PLAN_A)), b: injected })}`,
      );
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`${compare.plans.b}:`);
      await expect(alert).toContainText(words.keyNames.members);
      await expect(page.getByRole('table')).toHaveCount(0);
      await page.goto(`${ROUTES.compare[locale]}#a=%E0%A4%A&b=`);
      await expect(page.getByRole('alert')).toContainText(`${compare.plans.a}:`);
      await expect(page.locator('main img, main script')).toHaveCount(0);
      expect(dialogs).toBe(0);
      await expectNoAxeViolationsInEitherScheme(page);
    });

    test('"do not keep on this device" leaves the storage empty, and the page says so', async ({ page }) => {
      const { keep } = together;
      await page.goto(ROUTES.wizard[locale]);
      await page.getByRole('radio', { name: keep.dontKeep }).check();
      await expectNoAxeViolationsInEitherScheme(page);
      await walkToResult(page, PLAN_A, locale);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
      await expect(page.getByText(keep.addressOnly)).toBeVisible();
      // Changing an answer keeps the choice: the wizard again keeps nothing.
      await page.getByRole('link', { name: words.result.changeAnswers }).click();
      await expect(page.locator('h1')).toHaveText(words.check.title);
      await expect(page.getByText(keep.addressOnly).first()).toBeVisible();
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    });
  });
