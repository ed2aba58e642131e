import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { BUDGETS } from '../../budgets';
import { distFile, gzipSize, recordScripts } from '../../scripts/sizes';
import { locales, useTranslations } from '../../src/i18n';
import { linkAddress } from '../../src/i18n/anchors';
import { ROUTES } from '../../src/i18n/routes';
import { wizardWords } from '../../src/i18n/wizard';
import type { VoiceLike } from '../../src/utils/local-voice';
import { MATCHING_PLAN } from '../support/plans';
import { LOCAL_VOICE, NETWORK_VOICES, VOICES } from '../support/voices';
import { expectNoAxeViolationsInEitherScheme } from './checks';
import { expect, test } from './fixtures';
import { wizardLink } from './wizard-driver';

/**
 * "Dinleyin" (issue 21): a page read aloud by a voice on the reader's device. Headless Chromium has no
 * voices, so `speechSynthesis` is stubbed before any script of the page runs: it lists the voices it
 * is given, records each utterance, and ends one only when the test says so, as a voice would once it
 * has spoken it.
 */

/** One utterance the page asked for: its text, its language, and the name of the voice it chose. */
interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

async function stubSpeech(page: Page, voices: readonly VoiceLike[]): Promise<void> {
  await page.addInitScript((list: VoiceLike[]) => {
    type Utterance = {
      text: string;
      lang: string;
      voice: VoiceLike | null;
      onend?: () => void;
      onerror?: (event: { error: string }) => void;
    };
    const spoken: Spoken[] = [];
    let current: Utterance | undefined;
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => list,
      speak(utterance: Utterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        current = utterance;
      },
      cancel() {
        const cancelled = current;
        current = undefined;
        cancelled?.onerror?.({ error: 'canceled' });
      },
    });
    class SpeechSynthesisUtterance {
      lang = '';
      voice: VoiceLike | null = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synthesis });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: SpeechSynthesisUtterance });
    // The test's end of the utterance in hand: the reader then asks for the next one.
    const finishUtterance = () => {
      const finished = current;
      current = undefined;
      finished?.onend?.();
    };
    Object.assign(window, { speech: { spoken, finishUtterance } });
  }, voices as VoiceLike[]);
}

type Speech = { spoken: Spoken[]; finishUtterance: () => void };
const spokenOn = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech.spoken);
const finishUtterance = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: Speech }).speech.finishUtterance());

/** Presses "Dinleyin", lets the voice speak every utterance to the end, and returns them all. */
async function listenToTheEnd(page: Page, start: Locator): Promise<Spoken[]> {
  await start.click();
  // The reader has begun once its button has given way to the controls (its script comes on the press).
  await expect(start).toBeHidden();
  // A bound, so that a reader that never ends fails here rather than at the test's timeout.
  for (let turn = 0; turn < 2_000 && (await start.isHidden()); turn += 1) await finishUtterance(page);
  await expect(start).toBeVisible();
  return spokenOn(page);
}

/** Text as a voice says it: its letters and figures, without the spaces and marks between runs. */
const said = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
const LOCAL_NAMES = new Set(VOICES.filter(({ localService }) => localService).map(({ name }) => name));
const languageOf = (tag: string) => tag.split(/[-_]/)[0];
const voiceLanguage = (name: string | null) => languageOf(VOICES.find((voice) => voice.name === name)?.lang ?? '');

// One describe a language, every language through the same checks.
for (const locale of locales)
  test.describe(locale, () => {
    const t = useTranslations(locale);
    const guide = linkAddress({ page: 'sosyal-kooperatif-nedir' }, locale);
    const controls = (page: Page) => ({
      start: page.getByRole('button', { name: t('listen.start'), exact: true }),
      pause: page.getByRole('button', { name: t('listen.pause'), exact: true }),
      resume: page.getByRole('button', { name: t('listen.resume'), exact: true }),
      next: page.getByRole('button', { name: t('listen.next'), exact: true }),
      stop: page.getByRole('button', { name: t('listen.stop'), exact: true }),
    });

    test('a guide page is read from its "Kısaca" box, then heading by heading, by the device’s own voices; the reader comes on press only', async ({
      page,
    }) => {
      await stubSpeech(page, VOICES);
      const scripts = recordScripts(page);
      await page.goto(guide);
      await page.waitForLoadState('networkidle');
      const beforePress = scripts.length;
      const spoken = await listenToTheEnd(page, controls(page).start);
      const reader = scripts.slice(beforePress);
      expect(reader, 'one script file, fetched on the press').toHaveLength(1);
      expect(gzipSize(readFileSync(distFile(reader[0]!))), 'the reader, gzipped').toBeLessThanOrEqual(
        BUDGETS.listenOnPress.script,
      );

      for (const { voice, lang } of spoken) {
        expect(LOCAL_NAMES.has(voice!), `${voice} runs on the device`).toBe(true);
        expect(voiceLanguage(voice), `${voice} speaks ${lang}`).toBe(languageOf(lang));
      }
      const inShort = said(await page.locator('article .in-short').innerText());
      expect(inShort.startsWith(said(spoken[0]!.text)), 'the "Kısaca" box first').toBe(true);
      // Then the title, and every heading of the page in its order.
      const headings = (await page.locator('article h1, article .prose h2').allInnerTexts()).map(said);
      const joined = said(spoken.map(({ text }) => text).join(''));
      let from = 0;
      for (const heading of headings) {
        const at = joined.indexOf(heading, from);
        expect(at, `"${heading}" read, after the heading before it`).toBeGreaterThanOrEqual(from);
        from = at + heading.length;
      }
      if (locale === 'ar') {
        // Turkish terms in the Arabic text are read by the Turkish voice, in Turkish.
        expect(spoken).toContainEqual(expect.objectContaining({ lang: 'tr', voice: LOCAL_VOICE.tr }));
      } else {
        expect(spoken.every(({ lang }) => lang === locale)).toBe(true);
      }
    });

    test('the reader pauses, goes on, skips to the next section and stops, highlighting what it reads', async ({
      page,
    }) => {
      await stubSpeech(page, VOICES);
      await page.goto(guide);
      const { start, pause, resume, next, stop } = controls(page);
      await start.click();
      await expect(pause).toBeFocused();
      await expect(page.locator('.in-short')).toHaveClass(/listen-current/);
      const first = (await spokenOn(page))[0]!;

      await pause.click();
      await expect(resume).toBeVisible();
      await resume.click();
      // Going on says the sentence again from its start: a pause is a stop that remembers its sentence.
      await expect.poll(async () => (await spokenOn(page)).map(({ text }) => text)).toEqual([first.text, first.text]);

      await next.click();
      await expect(page.locator('.in-short')).not.toHaveClass(/listen-current/);
      await expect(page.locator('article h1')).toHaveClass(/listen-current/);
      const title = said(await page.locator('article h1').innerText());
      await expect.poll(async () => said((await spokenOn(page)).at(-1)?.text ?? '')).toBe(title);
      await expectNoAxeViolationsInEitherScheme(page);

      await stop.click();
      await expect(start).toBeFocused();
      await expect(page.locator('.listen-current')).toHaveCount(0);
      await finishUtterance(page);
      expect(await spokenOn(page), 'nothing said after the stop').toHaveLength(3);
    });

    test('a wizard step is read as question, hints and choices, never the answer given; moving into a field stops it', async ({
      page,
    }) => {
      const words = wizardWords[locale];
      const { focus, publicBenefit, surplus, governance } = MATCHING_PLAN;
      // Numbers that no question, hint or label of the step says.
      await stubSpeech(page, VOICES);
      await page.goto(
        wizardLink({ focus, publicBenefit, surplus, governance, members: 23, workerMembers: 19 }, 'members', locale),
      );
      await expect(page.getByLabel(words.numbers.members.label)).toHaveValue('23');
      const { start } = controls(page);
      const spoken = said((await listenToTheEnd(page, start)).map(({ text }) => text).join(''));
      expect(spoken).toContain(said(await page.locator('h1').innerText()));
      for (const label of await page.locator('.wizard .label').allInnerTexts()) expect(spoken).toContain(said(label));
      expect(spoken).not.toMatch(/23|19/);

      await start.click();
      await expect(start).toBeHidden();
      await page.getByLabel(words.numbers.members.label).focus();
      await expect(start).toBeVisible();
      await expect(page.locator('.listen-current')).toHaveCount(0);
    });

    test('a wizard step with choices reads each choice; a choice made, or a new step, stops the reading', async ({
      page,
    }) => {
      await stubSpeech(page, VOICES);
      await page.goto(ROUTES.wizard[locale]);
      await page.getByRole('button', { name: wizardWords[locale].intro.start, exact: true }).click();
      const { start } = controls(page);
      const spoken = said((await listenToTheEnd(page, start)).map(({ text }) => text).join(''));
      for (const choice of await page.locator('.choice__label').allInnerTexts()) expect(spoken).toContain(said(choice));

      // Moving into a field stops the reading; a new step, after "Continue", does too.
      await start.click();
      await expect(start).toBeHidden();
      await page.locator('.choice__input').first().check();
      await expect(start).toBeVisible();
      await start.click();
      await expect(start).toBeHidden();
      await page.getByRole('button', { name: wizardWords[locale].step.continue, exact: true }).click();
      await expect(page.locator('.choice__input').first()).not.toBeChecked();
      await expect(start).toBeVisible();
    });

    test('without a voice on the device, no button; the line on adding one is said once', async ({ page }) => {
      await stubSpeech(page, NETWORK_VOICES);
      await page.goto(guide);
      const line = page.getByText(t('listen.noVoice'), { exact: true });
      await expect(line).toBeVisible();
      await expect(controls(page).start).toBeHidden();
      await page.goto(ROUTES.wizard[locale]);
      await expect(page.locator('[data-listen]')).toBeAttached();
      await expect(line).toBeHidden();
      await expect(controls(page).start).toBeHidden();
    });
  });
