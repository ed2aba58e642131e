import type { ListenBox } from './listen';
import { localVoice } from '../utils/local-voice';

/** Set once the line on adding a voice has been shown: it is said once, not on every page. */
const NO_VOICE_SHOWN = 'listen.noVoiceShown';

/**
 * Shows "Dinleyin" (src/components/Listen.astro) where the device has a voice of its own for the
 * page's language, and otherwise, once, the line that says how to add one. The reader
 * (src/scripts/listen.ts) waits in the box's <template> until the button is first pressed: a reader
 * who never presses it downloads none of it. Without imports once built, so that Astro writes it into
 * the page (a dynamic import would cost Vite's preload helper, twice this script).
 */
export function offerListening(): void {
  const box = document.querySelector<ListenBox>('[data-listen]');
  const speech = globalThis.speechSynthesis;
  if (!box || !speech) return;
  const noVoice = box.querySelector<HTMLElement>('[data-listen-no-voice]')!;
  const start = box.querySelector<HTMLElement>('[data-listen-start]')!;
  // Browsers list their voices late: an empty list is not yet an answer.
  const update = () => {
    const voices = speech.getVoices();
    const local = Boolean(localVoice(voices, document.documentElement.lang));
    start.hidden = !local;
    if (local || voices.length === 0 || !noVoice.hidden) return;
    try {
      if (localStorage.getItem(NO_VOICE_SHOWN)) return;
      localStorage.setItem(NO_VOICE_SHOWN, '1');
    } catch {
      // Storage refused (a private window): the line is shown on each page, which is better than never.
    }
    noVoice.hidden = false;
  };
  update();
  speech.addEventListener('voiceschanged', update);
  start.addEventListener(
    'click',
    () => {
      box.voiceFor = (lang) => localVoice(speech.getVoices(), lang);
      const reader = box.querySelector('template')!;
      reader.replaceWith(document.importNode(reader.content, true));
    },
    { once: true },
  );
}
