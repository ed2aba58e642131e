import type { Locale } from '.';
import { wizardAr } from './wizard-ar';
import { wizardEn } from './wizard-en';
import { wizardTr } from './wizard-tr';
import type { WizardWords } from './wizard-words';

/** The self-assessment's words in each language (the pages hand them to the islands as props). */
export const wizardWords: Record<Locale, WizardWords> = { tr: wizardTr, en: wizardEn, ar: wizardAr };
