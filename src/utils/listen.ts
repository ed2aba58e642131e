/**
 * "Dinleyin": what the reader loaded when the button is pressed (src/scripts/listen.ts) says, in which
 * order and language. No DOM here, so that unit tests hold it; the voice is chosen by
 * src/utils/local-voice.ts.
 */

/** A stretch of text in one language, as the page marks it. */
export interface Run {
  text: string;
  /** A BCP 47 tag: the page's language, or a run's own (`lang`, a Turkish term in Arabic text). */
  lang: string;
}

export interface Utterance<V> extends Run {
  voice: V;
}

/** The device's own voice for a language, or none: src/utils/local-voice.ts, through the button. */
export type VoiceFor<V> = (lang: string) => V | undefined;

/** A run of Latin letters, with the spaces and marks between its words ("Kooperatifler Kanunu"). */
const LATIN_TERM = /\p{Script=Latin}(?:[\p{Script=Latin}\p{M}]|[\s'’-]+(?=\p{Script=Latin}))*/gu;

/**
 * Text in a page's language, cut where it writes a term in Latin letters: a right-to-left page writes
 * Turkish terms so ("ortak"), and names `termLang` for them. Without `termLang`, one run.
 */
export function termRuns(text: string, lang: string, termLang?: string): Run[] {
  if (!termLang) return [{ text, lang }];
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_TERM)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), lang });
    runs.push({ text: match[0], lang: termLang });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), lang });
  return runs;
}

/**
 * A run cut into sentences: each is one utterance, short enough for speech engines that stop in the
 * middle of a long one, and a place to go on from after a pause.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟…:])\s+|\n+/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/**
 * What to say for one section, in order. A run in another language is read by a local voice of its
 * own language where the device has one, or else by the page's voice, which spells it; runs that end
 * up in the same voice are joined again, so that a sentence is not cut at a term.
 */
export function utterancesOf<V>(runs: readonly Run[], voiceFor: VoiceFor<V>, pageLang: string): Utterance<V>[] {
  const pageVoice = voiceFor(pageLang);
  if (!pageVoice) return [];
  const joined: Utterance<V>[] = [];
  for (const run of runs) {
    const own = voiceFor(run.lang);
    const [lang, voice] = own ? [run.lang, own] : [pageLang, pageVoice];
    const last = joined.at(-1);
    if (last?.voice === voice) last.text += run.text;
    else joined.push({ text: run.text, lang, voice });
  }
  return joined.flatMap(({ text, lang, voice }) =>
    sentencesOf(text).map((sentence) => ({ text: sentence, lang, voice })),
  );
}
