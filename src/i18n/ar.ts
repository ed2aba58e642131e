import type { UiKey } from './tr';
import { en } from './en';

/** Placeholder until the Arabic words land (branch arwords): the English words, to compile and test. */
export const ar: Record<UiKey, string> = { ...en };
