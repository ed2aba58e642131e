/**
 * "Bu cihazda saklamayın": a founder on a shared phone chooses that nothing is kept on the device.
 * The choice then travels with the answers, in the address only: the wizard and the result page add
 * `keep=no` to the fragments they write, so that a reload, back and forward, "change an answer" and
 * the way to the result keep it. The codec ignores the key (unknown keys are ignored), so a result
 * link with it means what it means without it; a link shared with others leaves it out
 * (`withoutKeepMark`): the other founder's phone is hers to decide.
 */
export const KEEP_NOTHING_MARK = 'keep=no';

const pairsOf = (fragment: string) => (fragment.startsWith('#') ? fragment.slice(1) : fragment).split('&');

/** The fragment asks that nothing be kept on this device. */
export const keepsNothing = (fragment: string): boolean => pairsOf(fragment).includes(KEEP_NOTHING_MARK);

/** The fragment the wizard writes: the answers' fragment, marked when nothing is to be kept. */
export const withKeepChoice = (fragment: string, keepOnDevice: boolean): string =>
  keepOnDevice || fragment === '' ? fragment : `${fragment}&${KEEP_NOTHING_MARK}`;

/** A fragment to share: the answers only. */
export const withoutKeepMark = (fragment: string): string =>
  pairsOf(fragment)
    .filter((pair) => pair !== KEEP_NOTHING_MARK)
    .join('&');
