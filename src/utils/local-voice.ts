/**
 * Which voice may read a page aloud ("Dinleyin", issue 21): one that runs on the reader's device.
 * The button's small script (src/scripts/listen-button.ts), written into every guide page and wizard
 * step, asks whether there is one; the reader loaded on the press (src/scripts/listen.ts) takes it.
 */

/** The fields of a SpeechSynthesisVoice that the choice reads. */
export interface VoiceLike {
  name: string;
  lang: string;
  /** True for a voice that runs on the device; false for one that sends the text to a server. */
  localService: boolean;
  default?: boolean;
}

/** The language of a tag, as voices and pages write it: "tr-TR", "tr_TR" and "TR" are all "tr". */
const languageOf = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0]!;

/**
 * Whether a voice may read text in `lang`: one of that language that runs on the device. Never a
 * network voice: it would send the page, and on a wizard step the founder's question, to a server.
 */
const mayRead = (voice: VoiceLike, lang: string) => voice.localService && languageOf(voice.lang) === languageOf(lang);

/** Whether the device has a voice of its own for `lang`: what the button needs, before any press. */
export const hasLocalVoice = (voices: readonly VoiceLike[], lang: string): boolean =>
  voices.some((voice) => mayRead(voice, lang));

/** The voice for `lang` that runs on the device, the device's default first. */
export function localVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const fitting = voices.filter((voice) => mayRead(voice, lang));
  return fitting.find((voice) => voice.default) ?? fitting[0];
}
