import type { WizardWords } from './wizard-words';

/**
 * The self-assessment's words in English, translated from wizard-tr.ts as an English public-service
 * site would say it (GOV.UK style: plain words, "you", short sentences, no judgement), not word for
 * word. The result speaks of matching the description in the source text, never of "being" a social
 * cooperative: in Turkey it is not a separate legal form.
 *
 * Terms: "member (ortak)", "board (yönetim kurulu)", "general assembly (genel kurul)", "articles of
 * association (anasözleşme)", "surplus (gelir-gider farkı)", "provincial trade directorate (il ticaret
 * müdürlüğü)": the Turkish term in brackets where a page first needs it, so that readers can use it
 * with Turkish offices. The source text is Turkish: quotations from it are our translation, as the
 * introduction says. Typography as in Turkish: “typographic quotes” and ’.
 */

/** What the check page, the result and a bad link call each answer: one name everywhere. */
const summaries = {
  focus: 'Main aim of the organisation',
  publicBenefit: 'Public benefit',
  surplus: 'Use of the surplus',
  governance: 'How decisions are made',
  members: 'Number of founding members',
  workerMembers: 'Members who will work in the cooperative',
  board: 'Number of people on the board',
  workerBoard: 'People on the board who will work in the cooperative',
  stakeholders: 'Members other than workers',
  disadvantaged: 'Groups the cooperative plans to employ',
  flexibleMembership: 'Flexible forms of membership',
  simpleEntryExit: 'Joining and leaving',
  innovation: 'Innovative solution',
} as const;

const yesNoNotSure = {
  yes: { label: 'Yes' },
  no: { label: 'No' },
  'not-sure': { label: 'I’m not sure', hint: 'Select this if you have not decided yet.' },
};

/** Said in every unmet core criterion and characteristic: the description is not a legal form. */
const doesNotStopYou = 'This does not stop you founding a cooperative.';

const tradeDirectorate = 'provincial trade directorate (il ticaret müdürlüğü)';

export const wizardEn: WizardWords = {
  intro: {
    title: 'Check if your plan matches the description of a social cooperative',
    description:
      'Answer a few questions to see where the organisation you plan to found matches the description of a social cooperative. Your answers stay in your browser.',
    body: [
      'This self-assessment compares the organisation you plan to found with the description of a social cooperative. The description comes from the Turkish introductory text this site is based on. Quotations from it are our translation.',
      'There is one question on each page. It takes a few minutes.',
      'The questions are about your organisation’s plans, not about people: for example, how many members (ortak) it will have and how decisions will be made. If you have not decided something yet, you can select “We have not decided yet” or “I’m not sure”.',
      'The result is not a legal decision. In Turkey, a social cooperative is not a separate legal form: it is a cooperative founded under the Cooperatives Law (Kooperatifler Kanunu), Law No. 1163. The result shows where your plan matches the description and where it differs. It also shows, separately, the legal requirements for every cooperative.',
    ],
    start: 'Start now',
    privacy:
      'Your answers stay in this browser and are never sent to a server. They are kept in the page address, in the part after the “#” sign; browsers do not send that part of an address to the server. So that you can carry on later, they are also saved in this browser’s local storage. The “Delete my answers” button removes them.',
    checklistLink: 'See the questions and rules as a printable checklist',
  },

  step: {
    progress: 'Question {number} of {total}',
    announce: 'Question {number} of {total}: {title}',
    continue: 'Continue',
    back: 'Back',
    errorTitlePrefix: 'Error: ',
    errorSummaryTitle: 'There is a problem',
    // Keyed by reason only, so each sentence must read right above any question it can reopen.
    invalidated: {
      'more-than-members':
        'You changed the number of founding members. Your earlier answer to this question was more than that number, so it has been removed. Please answer this question again.',
      'more-than-board':
        'You changed the number of people on the board. Your earlier answer to this question was more than that number, so it has been removed. Please answer this question again.',
    },
    or: 'or',
  },

  questions: {
    focus: {
      title: 'What will your organisation’s main aim be?',
      hint: ['Think about the work the organisation will put most of its effort into.'],
      summary: summaries.focus,
      options: {
        'social-services': {
          label: 'Providing social services',
          hint: 'For example education, health, or care for children, disabled people, older people or people who are ill.',
        },
        'work-integration': {
          label: 'Bringing disadvantaged people into work',
          hint: 'For example creating jobs for disabled people, long-term unemployed people, ex-offenders or migrants.',
        },
        both: {
          label: 'Both',
          hint: 'Providing social services and bringing disadvantaged people into work.',
        },
        other: {
          label: 'Another economic activity',
          hint: 'For example making goods, trading or selling services, where the main aim is not one of the above.',
        },
      },
      errors: {
        required: 'Select your organisation’s main aim',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    publicBenefit: {
      title: 'Will public benefit come first in your organisation?',
      hint: [
        'Public benefit (kamu yararı) means the good of society as a whole.',
        'Think of it this way: a decision could be good for society but earn less for the members (ortak). In a case like that, which will come first?',
      ],
      summary: summaries.publicBenefit,
      options: {
        yes: { label: 'Yes, public benefit will come first' },
        partly: { label: 'Partly', hint: 'The members’ economic interest will matter as much as public benefit.' },
        no: { label: 'No', hint: 'The members’ economic interest will come first.' },
      },
      errors: {
        required: 'Select whether public benefit will come first in your organisation',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    surplus: {
      title: 'What will the surplus (profit) be used for?',
      hint: [
        'When income is more than spending, the law calls the money left over the surplus (gelir-gider farkı). In everyday language it is called “profit”.',
        'By law, at least 10% of the surplus first goes into reserves (yedek akçe). This question asks what you plan to do with the rest.',
      ],
      summary: summaries.surplus,
      options: {
        community: {
          label: 'All of it will be used for the good of the community',
          hint: 'Community events; new investment and new jobs; innovative services for members (ortak); social and cultural activities.',
        },
        distribute: {
          label: 'Some or all of it will be shared out among the members',
          hint: 'For example, according to the business each member does with the cooperative (risturn).',
        },
        undecided: { label: 'We have not decided yet' },
      },
      errors: {
        required: 'Select what the surplus will be used for',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    governance: {
      title: 'Who will make decisions in the organisation?',
      hint: [
        'The general assembly (genel kurul) is the meeting of the members (ortak). The board (yönetim kurulu) runs the cooperative.',
      ],
      summary: summaries.governance,
      options: {
        'one-member-one-vote': {
          label: 'The general assembly, with one vote for each member',
          hint: 'Every member has one vote, whatever their share of the capital. The general assembly elects the board.',
        },
        'by-shares': {
          label: 'Votes will depend on each member’s share of the capital',
          hint: 'A member who puts in more capital has more votes.',
        },
        'founders-decide': { label: 'The founders or a manager will decide on their own' },
        undecided: { label: 'We have not decided yet' },
      },
      errors: {
        required: 'Select who will make decisions in the organisation',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    members: {
      title: 'How many members (ortak) will the organisation have?',
      hint: [
        'Count the people who will found the cooperative together: the founding members.',
        'Then say how many of them will work in the cooperative. We only ask for numbers, not for anyone’s name.',
      ],
    },

    board: {
      title: 'How many people will be on the board?',
      hint: [
        'The board (yönetim kurulu) runs the cooperative. The general assembly (genel kurul) elects the people on the board from among the members (ortak).',
        'Then say how many of the people on the board will also work in the cooperative.',
      ],
    },

    stakeholders: {
      title: 'Apart from people who work in the cooperative, who will be able to become members (ortak)?',
      hint: ['Select all that apply.'],
      summary: summaries.stakeholders,
      options: {
        consumers: { label: 'Consumers', hint: 'People who use the cooperative’s services or goods.' },
        volunteers: { label: 'Volunteers', hint: 'People who take part in the cooperative as volunteers.' },
        none: { label: 'None of these', hint: 'Neither consumers nor volunteers will be members.' },
      },
      errors: {
        'empty-list': 'Select who will be able to become members, or select “None of these”',
        'none-with-group': 'Select either “None of these” or the options that apply, not both',
        'unknown-value': 'Select at least one of the options in the list',
      },
    },

    disadvantaged: {
      title: 'Which of these groups does the cooperative plan to employ people from?',
      hint: [
        'The description of a social cooperative gives these groups as examples of disadvantaged people and groups (dezavantajlı kişi ve gruplar).',
        'Think about the organisation’s plan, not about a particular person. We do not ask for anyone’s name, health or history. Select all that apply.',
      ],
      summary: summaries.disadvantaged,
      options: {
        disabled: { label: 'Disabled people' },
        'long-term-unemployed': { label: 'Long-term unemployed people' },
        'ex-prisoners': { label: 'Ex-offenders' },
        'addiction-recovery': { label: 'People recovering from addiction' },
        migrants: { label: 'Migrants' },
        'rural-women': { label: 'Women in rural areas' },
        'rural-youth': { label: 'Young people in rural areas' },
        none: { label: 'None of these', hint: 'The cooperative does not plan to employ people from these groups.' },
      },
      errors: {
        'empty-list': 'Select the groups the cooperative plans to employ people from, or select “None of these”',
        'none-with-group': 'Select either “None of these” or the groups that apply, not both',
        'unknown-value': 'Select at least one of the groups in the list, or “None of these”',
      },
    },

    flexibleMembership: {
      title: 'Will people be able to join the cooperative as volunteers or for a set period?',
      hint: [
        'The description of a social cooperative mentions “flexible forms of attachment, such as voluntary and temporary membership”.',
        'For example, someone could take part in the cooperative as a volunteer, or for a while, without being a permanent member (ortak).',
      ],
      summary: summaries.flexibleMembership,
      options: yesNoNotSure,
      errors: {
        required: 'Select whether people will be able to join the cooperative as volunteers or for a set period',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    simpleEntryExit: {
      title: 'Will it be easy to become a member (ortak) and to leave?',
      hint: [
        'According to the description of a social cooperative, the procedures for joining and leaving are simplified. That means it is easy both to join the cooperative and to leave it.',
      ],
      summary: summaries.simpleEntryExit,
      options: yesNoNotSure,
      errors: {
        required: 'Select whether it will be easy to become a member and to leave',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    innovation: {
      title: 'Will your organisation bring an innovative solution to a problem?',
      hint: [
        'According to the description, a social cooperative brings innovative solutions to social, economic or environmental problems.',
        '“Innovative” means new: solving a problem in a new way.',
      ],
      summary: summaries.innovation,
      options: yesNoNotSure,
      errors: {
        required: 'Select whether your organisation will bring an innovative solution to a problem',
        'unknown-value': 'Select one of the options in the list',
      },
    },
  },

  // Form input never gives 'leading-zero' ("07" is read as 7), and a count that may be 0 is never
  // too small: the same reasons as the Turkish, which the tests hold to the same shape.
  numbers: {
    members: {
      label: 'Number of founding members',
      hint: 'Enter a number in figures, for example 7.',
      summary: summaries.members,
      errors: {
        required: 'Enter the number of founding members in figures, for example 7',
        'not-a-whole-number': 'Enter the number of founding members as a whole number, using figures only, for example 7',
        'too-small': 'The number of founding members must be 1 or more',
        'too-large': 'The number of founding members must be 100,000 or fewer',
      },
    },
    workerMembers: {
      label: 'How many of them will work in the cooperative?',
      hint: 'Count the founding members who will work in the cooperative. If none of them will, enter 0.',
      summary: summaries.workerMembers,
      errors: {
        required: 'Enter how many members will work in the cooperative, for example 5; if none will, enter 0',
        'not-a-whole-number':
          'Enter how many members will work in the cooperative as a whole number, using figures only, for example 5',
        'too-large': 'The number of members who will work in the cooperative must be 100,000 or fewer',
        'more-than-members':
          'The number of members who will work in the cooperative must be the same as or fewer than the number of founding members',
      },
    },
    board: {
      label: 'Number of people on the board',
      hint: 'Enter a number in figures, for example 3.',
      summary: summaries.board,
      errors: {
        required: 'Enter the number of people on the board in figures, for example 3',
        'not-a-whole-number': 'Enter the number of people on the board as a whole number, using figures only, for example 3',
        'too-small': 'The number of people on the board must be 1 or more',
        'too-large': 'The number of people on the board must be 100,000 or fewer',
        'more-than-members':
          'The number of people on the board must be the same as or fewer than the number of founding members, because the board is elected from among the members',
      },
    },
    workerBoard: {
      label: 'How many of them will work in the cooperative?',
      hint: 'Count the people on the board who will also work in the cooperative. If none of them will, enter 0.',
      summary: summaries.workerBoard,
      errors: {
        required: 'Enter how many people on the board will work in the cooperative, for example 2; if none will, enter 0',
        'not-a-whole-number':
          'Enter how many people on the board will work in the cooperative as a whole number, using figures only, for example 2',
        'too-large': 'The number of people on the board who will work in the cooperative must be 100,000 or fewer',
        'more-than-board':
          'The number of people on the board who will work in the cooperative must be the same as or fewer than the number of people on the board',
      },
    },
  },

  check: {
    title: 'Check your answers',
    description: 'Look through your answers before you see the result. Change any that need changing.',
    change: 'Change',
    changeHidden: ' ({summary})',
    confirm: 'See the result',
    noneChosen: 'None',
  },

  result: {
    title: 'Your self-assessment result',
    description:
      'How your plan for an organisation compares with the description of a social cooperative. Your answers stay in your browser.',
    needsScript:
      'The result needs JavaScript. JavaScript is switched off in your browser, or it did not load. You can find the questions and the rule for each criterion in a checklist that you can fill in on paper.',
    checklistLink: 'Go to the printable checklist',
    verdicts: {
      matches: {
        heading: 'Your plan matches every point of the description of a social cooperative',
        body: [
          'Based on your answers, your plan matches all the core points of the description of a social cooperative in the text this site is based on. It also has all the other features the text lists.',
          'This result is not a legal decision or an approval. In Turkey, a social cooperative is not a separate legal form: it is a cooperative founded under the Cooperatives Law, Law No. 1163.',
          'The legal requirements for every cooperative are a separate matter. We show them separately below.',
        ],
      },
      'matches-core': {
        heading: 'Your plan matches the core points of the description of a social cooperative',
        body: [
          'Based on your answers, your plan matches all the core points of the description of a social cooperative in the text this site is based on.',
          'On some of the other features the text lists, your plan differs from the description or you have not decided yet. We explain each of them below, with what you could change.',
          'This result is not a legal decision. The legal requirements for every cooperative are a separate matter. We show them separately below.',
        ],
      },
      'needs-decisions': {
        heading: 'You have not decided some of the core points yet',
        body: [
          'Based on your answers, your plan does not differ from any core point of the description of a social cooperative. But you have not decided some core points yet, so it is not clear for now whether your plan matches the description.',
          'You can find the points waiting for a decision below. For each one, we explain what the text says and which decision is still open. When you have decided, you can change your answer and see the result again.',
          'The legal requirements for every cooperative are a separate matter. We show them separately below.',
        ],
      },
      'does-not-match': {
        heading: 'Your plan differs from some core points of the description of a social cooperative',
        body: [
          'Based on your answers, your plan differs from at least one core point of the description of a social cooperative. Below, we explain one by one where it differs, what the text says and what you could change.',
          'Not matching the description does not stop you founding a cooperative. Matching it is not a condition for founding one: in Turkey, a social cooperative is not a separate legal form.',
          'The legal requirements that the law sets for every cooperative are a separate matter. We show them separately below.',
        ],
      },
    },
    legalHeading: 'Legal requirements for every cooperative',
    legalIntro:
      'These requirements are not specific to social cooperatives: they apply to every cooperative that is founded. They do not change the result above.',
    coreHeading: 'Core points of the description',
    coreIntro:
      'These points define the description of a social cooperative. Your plan must meet all of them to match the description.',
    characteristicsHeading: 'Other features the text lists',
    characteristicsIntro:
      'The text also lists these features of a social cooperative. A plan that matches the core points of the description may not have all of them.',
    status: {
      met: 'Met',
      'not-met': 'Not met',
      unclear: 'Not decided yet',
    },
    saysLabel: 'What the source says',
    answeredLabel: 'Your answer',
    couldChangeLabel: 'What you could change',
    readMore: 'Read more in the guide: {name}',
    nextHeading: 'Next steps',
    next: [
      {
        text: 'Read about the conditions and steps for founding a cooperative:',
        link: { label: 'How to found a social cooperative', to: { page: 'nasil-kurulur' } },
      },
      {
        text: `For questions about your own situation, contact the ${tradeDirectorate} in your province. You can print this result and take it with you.`,
        link: { label: 'Where to ask', to: { section: 'nereye-sorabilirsiniz' } },
      },
      {
        text: 'Talk through the points where your plan differs from the description, or where you have not decided yet, with the other founding members while you prepare the articles of association (anasözleşme).',
      },
    ],
    actionsHeading: 'Save or change your result',
    copyLink: 'Copy the link',
    copied: 'Link copied. Anyone who opens the link can see your answers.',
    copyFailed: 'The link could not be copied. You can copy the address from your browser’s address bar instead.',
    print: 'Print',
    changeAnswers: 'Change your answers',
    startAgain: 'Start again',
    deleteAnswers: 'Delete my answers',
    deleted:
      'Your answers have been deleted from this browser. Addresses in your browser history are not deleted; you can delete them in your browser’s settings.',
    printedOn: 'Printed on {date}',
    rulesVersion: 'Rules version: {version}',
    reopenLink: 'Link that opens this result again:',
    sources: 'Sources',
    incomplete: {
      heading: 'Some answers are missing',
      body: 'This link is missing the answers to some questions. We have kept the answers it has. Answer the missing questions to see the result.',
      missingLabel: 'Missing answers:',
      continue: 'Answer the missing questions',
    },
    invalid: {
      heading: 'This link could not be read',
      body: 'Some answers in the link could not be read. The link may have been cut short or changed when it was copied, so we have not used any of the answers in it. These are the answers that could not be read:',
      startAgain: 'Start again',
    },
    // Shown as "{key name}: {reason}", e.g. "Number of founding members: must be a whole number".
    linkReasons: {
      required: 'is empty',
      'not-a-whole-number': 'must be a whole number',
      'leading-zero': 'must be written without a zero at the start',
      'too-small': 'must be at least 1',
      'too-large': 'can be 100,000 at most',
      'more-than-members': 'cannot be more than the number of founding members',
      'more-than-board': 'cannot be more than the number of people on the board',
      'unknown-value': 'contains a value we do not recognise',
      'none-with-group': 'contains “none” together with a group',
      'empty-list': 'is empty; it must contain at least one group or “none”',
      malformed: 'contains characters that cannot be read',
      'too-long': 'is too long',
      duplicate: 'appears more than once in the link',
      'unknown-version': 'this link was made with different questions',
    },
  },

  storage: {
    corrupt:
      'Answers saved earlier in this browser could not be read, so they have been deleted. You can answer the questions from the start.',
    resumed:
      'We have brought back the answers saved on this device, so you can carry on where you left off. To delete them from this browser, use the “Delete my answers” button.',
  },

  checklist: {
    heading: 'Printable checklist',
    intro:
      'You can fill in this checklist on paper. For each question, tick the box that fits your plan and write the numbers in the blanks. Then look at the rule for each criterion to see where your plan matches the description of a social cooperative.',
    ruleLabel: 'Rule:',
    criteriaLabel: 'Criteria that depend on this question:',
    numberBlank: 'Number: ________',
  },

  criteria: {
    'criterion.founders-min-7': {
      name: 'At least seven founding members',
      says: 'Under the Cooperatives Law (Kooperatifler Kanunu), Law No. 1163, a cooperative is founded by at least seven members (ortak). The founding members sign its articles of association, the anasözleşme (article 2).',
      rule: 'There must be at least 7 founding members.',
      met: 'Your plan has at least seven founding members.',
      notMet:
        'Your plan has fewer than seven founding members. By law, a cooperative is founded by at least seven members. This requirement is not specific to social cooperatives: it applies to every cooperative.',
      couldChange: 'Before you found the cooperative, you could bring the number of founding members up to at least seven.',
    },
    'criterion.board-min-3': {
      name: 'A board of at least three people',
      says: 'According to model articles of association, the board (yönetim kurulu) has at least three people. The general assembly (genel kurul) elects them from among the members (ortak), for one to four years.',
      rule: 'There must be at least 3 people on the board.',
      met: 'Your plan has at least three people on the board.',
      notMet: `Your plan has fewer than three people on the board. According to model articles of association, the board has at least three people. This is not specific to social cooperatives: ask the ${tradeDirectorate}.`,
      couldChange:
        'You could increase the board to at least three people. Because the board is elected from among the members, there must be at least as many founding members.',
    },
    'criterion.focus': {
      name: 'Social services or bringing disadvantaged people into work',
      says: 'According to the text, social cooperatives are cooperatives that “specialise in providing social services or in bringing disadvantaged people, such as disabled people, the long-term unemployed, ex-offenders, people with addictions and migrants, into working life”.',
      rule: 'The organisation’s main aim must be providing social services, bringing disadvantaged people into work, or both.',
      met: 'In your plan, the organisation’s main aim is one of the two areas the text names, or both.',
      notMet: `In your plan, the organisation’s main aim is another economic activity. The text describes a social cooperative as a cooperative that specialises in these two areas. ${doesNotStopYou}`,
      couldChange:
        'You could make the organisation’s main aim providing social services or bringing disadvantaged people into work. For example, a business that makes goods can be a way of giving work to disadvantaged people.',
    },
    'criterion.public-benefit': {
      name: 'Public benefit comes first',
      says: 'According to the text, in a social cooperative “public benefit comes first”. Social cooperatives “look after public needs and social goals”.',
      rule: 'In the organisation, public benefit must come before the members’ economic interest.',
      met: 'In your plan, public benefit comes first.',
      notMet: `In your plan, the economic interest of the members (ortak) matters as much as public benefit, or more. The text puts public benefit first. ${doesNotStopYou}`,
      couldChange:
        'When you write down the organisation’s aim, you could put public benefit first, and agree to consider the needs of society first when you make decisions.',
    },
    'criterion.not-for-profit': {
      name: 'Not seeking profit',
      says: 'According to the text, a social cooperative “does not seek profit”. The profit it makes is used in four ways: community events are organised; new investment and new jobs are created; the aim is to provide innovative services to members (ortak); and social and cultural activities are organised.',
      rule: 'All of the surplus (profit) must be used in the four ways the text lists.',
      met: 'In your plan, all of the surplus is used in these four ways, for the good of the community.',
      notMet: `In your plan, some or all of the surplus (gelir-gider farkı) is shared out among the members. The text says that a social cooperative does not seek profit and uses what it earns for the good of the community. Where the articles of association allow it, the law provides for sharing out according to each member’s dealings with the cooperative (risturn) (Cooperatives Law, Law No. 1163, articles 38 and 39). ${doesNotStopYou}`,
      couldChange: `You could write in the articles of association (anasözleşme) that the surplus will be used in these four ways. You can ask the ${tradeDirectorate} how to word this.`,
      unclear:
        'You have not decided yet what the surplus will be used for. The decision still open: will all of it be used in these four ways, or will some of it be shared out among the members?',
    },
    'criterion.democratic-governance': {
      name: 'Democratic participation and management',
      says: 'According to the text, in a social cooperative “participation and management are based on democratic principles”. Under the Cooperatives Law, Law No. 1163, every member (ortak) also has one vote in the general assembly (genel kurul), whatever their share of the capital (article 48).',
      rule: 'Decisions must be made by the general assembly: every member must have one vote, and the general assembly must elect the board.',
      met: 'In your plan, decisions are made by the general assembly. Every member has one vote, and the general assembly elects the board.',
      notMet: `In your plan, decisions are not made in a general assembly where every member has one vote. The text describes participation and management that are democratic. ${doesNotStopYou} But the law gives every member of every cooperative one vote in the general assembly, and your articles of association (anasözleşme) must follow this.`,
      couldChange:
        'You could write in the articles of association that decisions are made in the general assembly, that every member has one vote, and that the general assembly elects the board.',
      unclear:
        'You have not decided yet how decisions will be made. The decision still open: will decisions be made by the general assembly, where every member has one vote?',
    },
    'criterion.worker-majority-members': {
      name: 'Most members work in the cooperative',
      says: 'According to the text, social cooperatives are “mostly owned by the people who work in them”, and “the people who work in them are in the majority in membership and in management”.',
      rule: 'The number of members who work in the cooperative must be more than half the number of members. Exactly half is not a majority.',
      met: 'In your plan, more than half of the members (ortak) work in the cooperative.',
      notMet: `In your plan, half of the members (ortak) or fewer work in the cooperative. The text describes a cooperative where most members are people who work in it. ${doesNotStopYou}`,
      couldChange:
        'You could increase the number of members who will work in the cooperative. They must be more than half: for example, 4 out of 8 members is not enough; at least 5 must work in it.',
    },
    'criterion.worker-majority-board': {
      name: 'Most of the board work in the cooperative',
      says: 'According to the text, in a social cooperative “the people who work in it are in the majority in membership and in management”.',
      rule: 'The number of people on the board who work in the cooperative must be more than half the number of people on the board. Exactly half is not a majority.',
      met: 'In your plan, more than half of the people on the board work in the cooperative.',
      notMet: `In your plan, half of the people on the board or fewer work in the cooperative. The text describes the people who work in the cooperative as a majority in its management too. ${doesNotStopYou}`,
      couldChange:
        'You could give more places on the board to members who work in the cooperative. For example, on a board of 3 people, at least 2 must work in the cooperative.',
    },
    'criterion.disadvantaged-employment': {
      name: 'Employing disadvantaged people and groups',
      says: 'According to the text, a social cooperative “employs disadvantaged people and groups through its activities”. The text gives as examples migrants, the long-term unemployed, disabled people, ex-offenders, people with addictions, and women and young people in rural areas.',
      rule: 'The cooperative must plan to employ people from at least one of the disadvantaged groups the text lists. If its main aim is bringing disadvantaged people into work, this is one of the core points of the description; if not, it is one of the other features the text lists.',
      met: 'In your plan, the cooperative employs people from at least one of these groups.',
      notMet: `Your plan does not include employing people from these groups. The text says that a social cooperative employs disadvantaged people and groups. ${doesNotStopYou}`,
      couldChange:
        'You could plan to give work in the cooperative to people from these groups. The text does not give a number or a proportion for this.',
    },
    'criterion.multi-stakeholder': {
      name: 'Multi-stakeholder management',
      says: 'According to the text, a social cooperative is open to consumers and volunteers as members (ortak), and “acts with a multi-stakeholder approach to management”.',
      rule: 'As well as people who work in the cooperative, consumers, volunteers or both must be able to become members.',
      met: 'In your plan, consumers or volunteers can become members as well as people who work in the cooperative.',
      notMet: `In your plan, consumers and volunteers cannot become members (ortak). The text says that a social cooperative is open to them too. ${doesNotStopYou}`,
      couldChange:
        'You could plan for volunteers, or for people who use the cooperative’s services (consumers), to be able to become members. Members who work in the cooperative must still be more than half.',
    },
    'criterion.flexible-membership': {
      name: 'Flexible membership',
      says: 'According to the text, a social cooperative “has flexible forms of attachment, such as voluntary and temporary membership”.',
      rule: 'People must also be able to join the cooperative as volunteers or for a set period.',
      met: 'In your plan, people can also join the cooperative as volunteers or for a set period.',
      notMet: `In your plan, people can join the cooperative only as permanent members (ortak). The text speaks of flexible forms of membership. ${doesNotStopYou}`,
      couldChange: `You could add volunteer or temporary forms of membership to your plan. Ask the ${tradeDirectorate} how to write this into the articles of association (anasözleşme).`,
      unclear: 'You have not decided yet whether people will be able to join the cooperative as volunteers or for a set period.',
    },
    'criterion.simple-entry-exit': {
      name: 'Simple joining and leaving',
      says: 'According to the text, in a social cooperative “the procedures for admission to membership and for leaving membership are simplified”.',
      rule: 'It must be easy to become a member and to leave.',
      met: 'In your plan, it is easy to become a member and to leave.',
      notMet: `In your plan, joining and leaving membership (ortaklık) are not simplified. The text describes these procedures as simple. ${doesNotStopYou}`,
      couldChange: `You could make the steps for admitting members and for leaving simpler. Ask the ${tradeDirectorate} how to write this into the articles of association (anasözleşme).`,
      unclear: 'You have not decided yet how easy it will be to become a member and to leave.',
    },
    'criterion.innovation': {
      name: 'Innovative solutions',
      says: 'According to the text, a social cooperative “brings innovative solutions to problems with social, economic and environmental roots”. Innovative means new.',
      rule: 'The organisation must bring an innovative solution to a social, economic or environmental problem.',
      met: 'In your plan, the organisation brings an innovative solution to a problem.',
      notMet: `Your plan does not include bringing an innovative solution. The text says that a social cooperative brings innovative solutions to problems. ${doesNotStopYou}`,
      couldChange:
        'You could think about how you might respond to a problem in your area in a new way: for example, in how the service is provided or in who does the work.',
      unclear: 'You have not decided yet whether the organisation will bring an innovative solution.',
    },
  },

  keyNames: { ...summaries, v: 'Version' },
};
