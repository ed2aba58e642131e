import type { AnswerKey, ChoiceKey, ListKey, NumberKey } from '../machines/answers';
import type { Criterion, CriterionException, CriterionSource, Status } from '../machines/criteria';
import type { LinkReason } from '../machines/codec';
import type { ValueReason } from '../machines/validation';
import type { Verdict } from '../machines/assessment';
import type { SiteLink } from './anchors';

/**
 * The shape of the self-assessment's words in one language. The machine speaks in ids and reason
 * codes; these tables turn them into sentences. `{name}` placeholders are filled by the UI.
 */

/** A radio or checkbox choice. */
export interface OptionWords {
  label: string;
  /** A line under the label, where the choice needs explaining. */
  hint?: string;
}

/** A number field on a question page. */
export interface NumberFieldWords {
  label: string;
  hint?: string;
  /** What the check page and the result call this answer ("Kurucu ortak sayısı"). */
  summary: string;
  /** The message beside the field and in the error summary, for each way the value can be wrong. */
  errors: Partial<Record<ValueReason, string>>;
}

export interface QuestionWords {
  /** The page's heading and its <title>: the question itself. */
  title: string;
  /** Help under the heading, in plain words; may be several paragraphs. */
  hint?: string[];
}

export interface ChoiceQuestionWords extends QuestionWords {
  /** What the check page and the result call this answer ("Kuruluşun ana amacı"). */
  summary: string;
  /** Every value of the key, in the contract's spelling. For a list, `none` too. */
  options: Record<string, OptionWords>;
  /** The message when nothing is chosen, or (lists) `none` beside a group. */
  errors: Partial<Record<ValueReason, string>>;
}

/**
 * A sentence for a count, in each plural form the language has (`Intl.PluralRules`): `other` always,
 * `one` and the rest where the language uses them. `{count}` is the number.
 */
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Why a criterion counts otherwise for this plan: the text's own words, quoted, and where they stand. */
export interface ExceptionWords {
  /** What the plan is, and what the text says of such plans, before the quotation. */
  lead: string;
  /** The text's words as the guide page in this language gives them, in its quotation marks. */
  quote: string;
  /** What follows for this criterion. */
  consequence: string;
  /** The link to the passage's section. */
  link: string;
}

export interface CriterionWords {
  /** A short name: "Çalışanların ortaklar arasında çoğunlukta olması". */
  name: string;
  /**
   * What the source text says (for a founding prerequisite: its own source, the law or the model
   * articles), shown on the result beside the founder's answer. Quotations in “…” are the words of
   * the guide pages in the same language.
   */
  says: string;
  /** The rule the wizard applies, in plain words, for the printable checklist. */
  rule: string;
  /** Said when the plan meets it. */
  met: string;
  /** Said when it does not: how the plan differs, without judging. */
  notMet: string;
  /** What the founders could change to meet it (for not-met). */
  couldChange: string;
  /** Said when the answer is still open ("henüz karar vermediniz"), where the criterion can be unclear. */
  unclear?: string;
  /** The decision still open, as a question to the founders: shown instead of `couldChange` when unclear. */
  toDecide?: string;
}

export interface WizardWords {
  /** Page titles and introduction of /uygunluk/. */
  intro: {
    title: string;
    description: string;
    /** Paragraphs before the start button: what it does, how long, that it is not legal advice. */
    body: string[];
    start: string;
    /** What the page keeps (localStorage) and how to clear it. */
    privacy: string;
    /** Link from the intro to the printable checklist further down the page. */
    checklistLink: string;
  };
  /** Question pages: the progress line, buttons, errors. */
  step: {
    /** "Soru {number} / {total}" */
    progress: string;
    /** Announced by the live region when a new question appears: "Soru {number} / {total}: {title}" */
    announce: string;
    continue: string;
    back: string;
    /** Prefix of the page title when the page shows errors: "Hata: " */
    errorTitlePrefix: string;
    /** Heading of the error summary: "Bir sorun var" */
    errorSummaryTitle: string;
    /** Shown above a question that is asked again because another change made its answer impossible. */
    invalidated: Partial<Record<ValueReason, string>>;
    /** "ya da" between the groups and "none" in a checkbox list. */
    or: string;
  };
  questions: Record<ChoiceKey | ListKey, ChoiceQuestionWords> & Record<'members' | 'board', QuestionWords>;
  numbers: Record<NumberKey, NumberFieldWords>;
  check: {
    title: string;
    description: string;
    change: string;
    /** Hidden text after "Değiştir" for screen readers: " ({summary})" */
    changeHidden: string;
    confirm: string;
    /** Answer words for lists with no group chosen. */
    noneChosen: string;
  };
  result: {
    title: string;
    description: string;
    /** The page without JavaScript: it needs JS, and the checklist is there. */
    needsScript: string;
    checklistLink: string;
    verdicts: Record<Verdict, { heading: string; body: string[] }>;
    /** Under every verdict, the same: the result is not a legal decision. */
    notLegalDecision: string;
    /**
     * Under a plan that differs from the description and meets every founding prerequisite: the
     * description is not a condition of founding. Never said beside an unmet prerequisite.
     */
    notAFoundingCondition: string;
    /**
     * First in the verdict's box, above the verdict and the summary, when founding prerequisites
     * are not met: its heading by their `{count}`; each is then named with its `notMet` words.
     */
    prerequisitesUnmet: PluralWords;
    /** The summary above the criteria: its heading (the verdict follows it), one line a criterion. */
    summaryHeading: string;
    /** The founding prerequisites' heading and introduction (each item names its own source). */
    legalHeading: string;
    legalIntro: string;
    coreHeading: string;
    coreIntro: string;
    characteristicsHeading: string;
    characteristicsIntro: string;
    /** Status words of the description's points: they differ at a glance (never one syllable apart). */
    status: Record<Status, string>;
    /** Status words of the founding prerequisites. */
    prerequisiteStatus: Record<Status, string>;
    /** Where a founding prerequisite comes from, beside it: the law, or the model articles (not the law). */
    sourceNames: Record<Exclude<CriterionSource, 'text'>, string>;
    /** Keyed by exception id: said in a criterion that counts otherwise for this plan. */
    exceptions: Record<CriterionException['id'], ExceptionWords>;
    /** Labels inside a criterion block. */
    saysLabel: string;
    answeredLabel: string;
    couldChangeLabel: string;
    /** In place of `couldChangeLabel` for a criterion still waiting for a decision. */
    toDecideLabel: string;
    /** "{name} bölümünü rehberde okuyun" */
    readMore: string;
    /** Next steps: founding page, the provincial trade directorate; each may link to a page of the site. */
    nextHeading: string;
    next: { text: string; link?: { label: string; to: SiteLink } }[];
    /** Actions. */
    actionsHeading: string;
    /** Beside print and copy-link: the result names the groups that will work in it, founders included. */
    shareNote: string;
    copyLink: string;
    copied: string;
    copyFailed: string;
    print: string;
    changeAnswers: string;
    startAgain: string;
    deleteAnswers: string;
    deleted: string;
    /** The printed record. */
    printedOn: string;
    rulesVersion: string;
    reopenLink: string;
    sources: string;
    /** A link with missing answers. */
    incomplete: { heading: string; body: string; missingLabel: string; continue: string };
    /**
     * A link with malformed values: each bad key named in plain words; then going on in the wizard
     * with the readable answers (the others asked again), or a fresh start.
     */
    invalid: { heading: string; body: string; continueHint: string; continue: string; startAgain: string };
    linkReasons: Record<LinkReason, string>;
  };
  /** A saved state that could not be read. */
  storage: { corrupt: string; resumed: string };
  /** The printable checklist shown without JavaScript (and on paper). */
  checklist: {
    heading: string;
    intro: string;
    /** How to read a verdict from the ticks: a heading and four lines, in the contract's order. */
    howToReadHeading: string;
    howToRead: [string, string, string, string];
    /** "Kural:" before each criterion's rule. */
    ruleLabel: string;
    /** A blank for a number answer on paper. */
    numberBlank: string;
  };
  /** Keyed by each criterion's `explanationKey` ("criterion.worker-majority-members"). */
  criteria: Record<Criterion['explanationKey'], CriterionWords>;
  /** What each answer key is called when a link names it as bad. */
  keyNames: Record<AnswerKey | 'v', string>;
  /**
   * The wizard opened from a link with some values it could not read. Unlike the result page, it
   * keeps the readable answers; the unreadable ones are listed after it.
   */
  unreadableLink: string;
  // Issue 21 (share helper): sharing a result, deciding as a group, keeping nothing on the device.
  /** Sharing the result with the other founders, comparing two plans, and what a shared phone keeps. */
  together: {
    heading: string;
    /** The result for a group: each founder can open the link, change an answer and compare. */
    groupLine: string;
    /** Before any share button: what the link holds (the groups included), and that anyone with it sees it. */
    linkHolds: string;
    share: string;
    /** The title the phone's share sheet gives the link. */
    shareTitle: string;
    /** Where the browser has no share sheet: the link was copied instead. */
    shareCopied: string;
    showQr: string;
    hideQr: string;
    /** The QR code's text alternative: where it leads. */
    qrName: string;
    /** Under the QR code: how another founder opens it, and that nothing goes through a server. */
    qrHint: string;
    qrFailed: string;
    compareLink: string;
    /** The printed result's box for the founders' open decisions: heading and what to write there. */
    openDecisions: { heading: string; intro: string };
    /** The start page's choice of what this device keeps, and the line shown while it keeps nothing. */
    keep: { legend: string; keep: string; dontKeep: string; addressOnly: string };
  };
  /** The comma between the items of a list the check page and the result join, a space after it ("a, b"; "أ، ب"). */
  listComma: string;
}

/**
 * The page that compares two result links (issue 21). Its own object, not part of WizardWords: the
 * result page, whose HTML carries WizardWords as its island's props, never shows them.
 */
export interface CompareWords {
  title: string;
  description: string;
  intro: string;
  needsScript: string;
  /** The two fields, their shared hint, the button. */
  linkLabels: { a: string; b: string };
  linkHint: string;
  submit: string;
  /** Column headings of the table. */
  criterion: string;
  plans: { a: string; b: string };
  verdictRow: string;
  /** The mark of a row that differs, said in words beside its sign. */
  differs: string;
  /** Above the table: how many criteria differ. */
  differences: PluralWords;
  noDifference: string;
  verdictDiffers: string;
  /** A side that cannot be compared, by what is wrong with it; `{keys}` names the answers. */
  problems: { empty: string; unreadable: string; invalid: string; incomplete: string };
}
