import type { PartialAnswers } from './answers';
import { decodeAnswers } from './codec';

/**
 * The answers of a link that can still be used when some of its values were refused: the refused
 * keys are left out (so nothing of a bad value is kept) and the rest is read again. The wizard
 * starts from these and asks the missing questions; a link of another rules version gives nothing,
 * since its answers may mean something else.
 */
export function salvageAnswers(fragment: string): PartialAnswers {
  const decoded = decodeAnswers(fragment);
  if (decoded.status !== 'invalid') return decoded.answers;
  const refused = new Set<string>(decoded.errors.map((error) => error.key));
  if (refused.has('v')) return {};
  const kept = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((pair) => !refused.has(pair.split('=', 1)[0]!))
    .join('&');
  const retried = decodeAnswers(kept);
  return retried.status === 'invalid' ? {} : retried.answers;
}
