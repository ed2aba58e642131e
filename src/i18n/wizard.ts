import type { Locale } from '.';
import { compareAr, wizardAr } from './wizard-ar';
import { compareEn, wizardEn } from './wizard-en';
import { compareTr, wizardTr } from './wizard-tr';
import type { CompareWords, WizardWords } from './wizard-words';

/** The self-assessment's words in each language (the pages hand them to the islands as props). */
export const wizardWords: Record<Locale, WizardWords> = { tr: wizardTr, en: wizardEn, ar: wizardAr };

/** The compare page's words in each language. */
export const compareWords: Record<Locale, CompareWords> = { tr: compareTr, en: compareEn, ar: compareAr };
