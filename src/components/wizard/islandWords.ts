import type { WizardWords } from '../../i18n/wizard-words';

/**
 * The words the wizard's island says: its start page, the questions, the check page and the
 * notices. The page writes them into its HTML as the island's props, ahead of the first paint, so
 * it sends these alone: the criteria and the rest of the result's words belong to the result page,
 * and the checklist is already in the HTML as markup.
 */
export function wizardIslandWords(words: WizardWords) {
  const { startAgain, deleteAnswers, deleted, linkReasons } = words.result;
  return {
    intro: words.intro,
    step: words.step,
    questions: words.questions,
    numbers: words.numbers,
    check: words.check,
    storage: words.storage,
    keyNames: words.keyNames,
    unreadableLink: words.unreadableLink,
    listComma: words.listComma,
    result: { startAgain, deleteAnswers, deleted, linkReasons },
    together: { keep: words.together.keep },
  };
}

export type WizardIslandWords = ReturnType<typeof wizardIslandWords>;
