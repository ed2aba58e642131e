/**
 * In right-to-left text, a run of Latin script or digits ("النظام الأساسي (anasözleşme)", "1163 sayılı
 * Kooperatifler Kanunu", a URL) must be isolated, or the bidirectional algorithm moves the
 * punctuation and numbers around it ("sayılı Kooperatifler Kanunu 1163"). A run starts and ends with
 * a Latin letter or a digit (a URL may end with its slash) and holds the spaces and punctuation
 * between them; brackets stay outside, so that each pair mirrors as a pair in the surrounding Arabic.
 */
const LATIN_RUN =
  /[\p{Script=Latin}0-9](?:[\p{Script=Latin}\p{M}0-9]|[\s.,:;/\-–’'&+%_@#=?~]+(?=[\p{Script=Latin}0-9]))*\/?/gu;

/**
 * The longest run kept on one line: a term and its brackets ("(il ticaret müdürlüğü)", "(gelir-gider
 * farkı)") read as one bracketed term only if the line does not break inside it. Longer runs (a
 * ministry's full name, an address) may wrap, or they would run off a 360 px screen.
 */
export const UNBROKEN_RUN_MAX = 32;

export interface BidiSegment {
  text: string;
  /** A Latin or numeric run, to be isolated in <bdi>. */
  isolated: boolean;
}

/** `text` cut into its Latin or numeric runs and the text between them, in order; nothing is lost. */
export function latinRuns(text: string): BidiSegment[] {
  const segments: BidiSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), isolated: false });
    segments.push({ text: match[0], isolated: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), isolated: false });
  return segments;
}

/** The class of a <bdi> whose run must not break across lines (styled in global.css), if any. */
export function isolateClass(run: string): string | undefined {
  return run.length <= UNBROKEN_RUN_MAX && /\s|-/.test(run) ? 'unbroken' : undefined;
}

/** Elements whose text is already isolated, is not prose, or cannot hold markup: left as they are. */
export const LEFT_ALONE: ReadonlySet<string> = new Set([
  'bdi',
  'bdo',
  'code',
  'kbd',
  'pre',
  'samp',
  'script',
  'style',
  'head',
  'title',
  'textarea',
  'option',
  'template',
  'svg',
]);
