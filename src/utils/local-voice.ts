/**
 * Which voice may read a page aloud ("Dinleyin", issue 21): one that runs on the reader's device.
 * Its only user is the button's small script (src/scripts/listen-button.ts), written into every guide
 * page and wizard step; the reader loaded when it is pressed asks it through the button, so that
 * neither script carries the other's code.
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
 * The voice for `lang` that runs on the device, the device's default first. Never a network voice:
 * it would send the page, and on a wizard step the founder's question, to a server.
 */
export function localVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const fitting = voices.filter((voice) => voice.localService && languageOf(voice.lang) === languageOf(lang));
  return fitting.find((voice) => voice.default) ?? fitting[0];
}
