import type { Assessment } from '../../machines/assessment';
import type { CriterionKind } from '../../machines/criteria';
import type { WizardWords } from '../../i18n/wizard-words';

interface CriterionGroup {
  kind: CriterionKind;
  /** Where the assessment lists the group's results. */
  list: Exclude<keyof Assessment, 'verdict'>;
  heading: string;
  intro: string;
}

/** The three groups of criteria with their words, in the order the result and the checklist show them. */
export const criterionGroups = ({ result }: WizardWords): readonly CriterionGroup[] => [
  { kind: 'legal', list: 'legal', heading: result.legalHeading, intro: result.legalIntro },
  { kind: 'core', list: 'core', heading: result.coreHeading, intro: result.coreIntro },
  {
    kind: 'characteristic',
    list: 'characteristics',
    heading: result.characteristicsHeading,
    intro: result.characteristicsIntro,
  },
];
