import { hasLocalVoice } from '../utils/local-voice';

/** Set once the line on adding a voice has been shown: it is said once a visit, not on every page. */
const NO_VOICE_SHOWN = 'listenNoVoiceShown';

/*
 * Shows "Dinleyin" (src/components/Listen.astro) where the device has a voice of its own for the
 * page's language, and otherwise, once a visit, the line that says how to add one. The reader
 * (src/scripts/listen.ts, at the box's `data-script`) is fetched when the button is first pressed: a
 * reader who never presses it downloads none of it. Without imports once built, so that Astro writes
 * it into the page; every byte here is paid by every reader of a guide page (budgets.ts, contentPage).
 */
const box = document.querySelector<HTMLElement>('[data-listen]');
const speech = globalThis.speechSynthesis;
if (box && speech) {
  const [start, noVoice] = ['start', 'no-voice'].map((name) =>
    box.querySelector<HTMLElement>(`[data-listen-${name}]`)!,
  );
  const offer = () => {
    const voices = speech.getVoices();
    start!.hidden = !hasLocalVoice(voices, document.documentElement.lang);
    // Browsers list their voices late: an empty list is not yet an answer.
    if (!start!.hidden || voices.length === 0) return;
    try {
      if (sessionStorage[NO_VOICE_SHOWN]) return;
      sessionStorage[NO_VOICE_SHOWN] = 1;
    } catch {
      // Storage refused: the line is shown on each page, which is better than never.
    }
    noVoice!.hidden = false;
  };
  offer();
  speech.addEventListener('voiceschanged', offer);
  start!.addEventListener(
    'click',
    () => document.head.append(Object.assign(document.createElement('script'), { src: box.dataset.script })),
    { once: true },
  );
}
