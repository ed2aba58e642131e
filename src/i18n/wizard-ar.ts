import type { WizardWords } from './wizard-words';
import { wizardEn } from './wizard-en';

/** Placeholder until the Arabic words land (branch arwords): the English words, to compile and test. */
export const wizardAr: WizardWords = wizardEn;
