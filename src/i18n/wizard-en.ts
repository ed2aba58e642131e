import type { CompareWords, WizardWords } from './wizard-words';

/**
 * The self-assessment's words in English, translated from wizard-tr.ts as an English public-service
 * site would say it (GOV.UK style: plain words, "you", short sentences, no judgement), not word for
 * word. The result speaks of matching the description in the source text, never of "being" a social
 * cooperative: in Türkiye it is not a separate legal form.
 *
 * Terms: "member (ortak)", "board (yönetim kurulu)", "general assembly (genel kurul)", "articles of
 * association (anasözleşme)", "surplus (gelir-gider farkı)", "provincial trade directorate (il ticaret
 * müdürlüğü)": the Turkish term in brackets where a page first needs it, so that readers can use it
 * with Turkish offices. The source text is Turkish: quotations from it reuse the English guide pages'
 * translation word for word, as the introduction says (a test holds them to it). Typography as in Turkish: “typographic quotes” and ’.
 */

/** What the check page, the result and a bad link call each answer: one name everywhere. */
const summaries = {
  focus: 'Main aim of the organisation',
  publicBenefit: 'Public benefit',
  surplus: 'Use of the surplus',
  governance: 'How decisions are made',
  members: 'Number of founding members',
  workerMembers: 'Founding members who will work in the cooperative',
  board: 'Number of people on the board',
  workerBoard: 'People on the board who will work in the cooperative',
  stakeholders: 'Members other than workers',
  disadvantaged: 'Groups who will work in the cooperative',
  flexibleMembership: 'Taking part as a volunteer or for a while',
  simpleEntryExit: 'Joining and leaving',
  innovation: 'A new way of doing things',
} as const;

/** One answer for "not decided yet", in the founders' own voice ("we"), on every page that has it. */
const notDecided = { label: 'We have not decided yet' };

/** Said in every unmet core criterion and characteristic but one: the description is not a legal form. */
const doesNotStopYou = 'This point does not stop you founding a cooperative.';

const tradeDirectorate = 'provincial trade directorate (il ticaret müdürlüğü)';

export const wizardEn: WizardWords = {
  intro: {
    title: 'Check if your plan matches the description of a social cooperative',
    description:
      'Answer a few questions to see where the organisation you plan to found matches the description of a social cooperative. Your answers stay in your browser.',
    body: [
      'This self-assessment compares the organisation you plan to found with the description of a social cooperative. The description comes from the Turkish introductory text this site is based on. Quotations from it are the translation used on this site’s English pages.',
      'Most pages ask one question. It takes a few minutes.',
      'The questions are about your organisation’s plan, not about people: for example, how many founding members (ortak) it will have and how decisions will be made. Every question except the numbers has the answer “We have not decided yet”.',
      'The result is not a legal decision. In Türkiye, a social cooperative is not a separate legal form: it is a cooperative founded under the Cooperatives Law (Kooperatifler Kanunu), Law No. 1163. The result shows where your plan matches the description and where it differs. It also shows, separately, the founding prerequisites for every cooperative.',
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
      title: 'Why are you founding the cooperative, above all?',
      hint: [
        'Think about why it will exist, not about the work it will do.',
        'A bakery or a dairy can also be founded to give disadvantaged people work. Then its aim is bringing them into working life.',
        'These people can be the founders themselves. For example, women in a village found a dairy for their own income. Disabled women open their own workshop.',
      ],
      summary: summaries.focus,
      options: {
        'social-services': {
          label: 'Providing social services',
          hint: 'For example education, health, or care for children, disabled people, older people or people who are ill.',
        },
        'work-integration': {
          label: 'Work and income for disadvantaged people, the founders included',
          hint: 'Creating work for people such as disabled people, long-term unemployed people, people who have served a criminal sentence, people with addictions, migrants or women in villages. The founders can be these people too.',
        },
        both: {
          label: 'Both',
          hint: 'Providing social services and creating work for disadvantaged people.',
        },
        other: {
          label: 'Another business aim: neither social services nor work for disadvantaged people',
          hint: 'For example making goods or trading for gain. If work for disadvantaged people is only a side aim, choose this.',
        },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Select why you are founding the organisation',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    publicBenefit: {
      title:
        'Apart from pay for their work, which will come first: the good of society, or a share of the profit for the members (ortak)?',
      hint: [
        'The pay of members who work, and the money for goods they sell to the cooperative, is what they get for their work. It is an expense. It is not part of this question.',
        'This question is about what members get from their capital or from the profit. Think of a decision that is good for society but leaves less for the members. Which will come first?',
      ],
      summary: summaries.publicBenefit,
      options: {
        yes: { label: 'The good of society will come first' },
        partly: {
          label: 'Both will count the same',
          hint: 'The members’ share of the profit will matter as much as the good of society.',
        },
        no: { label: 'The members’ share of the profit will come first' },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Select whether the good of society or the members’ income will come first',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    surplus: {
      title: 'After every expense is paid, what will the money left (the profit) be used for?',
      hint: [
        'When income is more than spending, the law calls the money left over the surplus (gelir-gider farkı). In everyday language it is called “profit”.',
        'By law, at least 10% of the surplus first goes into reserves (yedek akçe) (Law No. 1163, articles 38 and 39). This question asks about the rest.',
      ],
      summary: summaries.surplus,
      options: {
        community: {
          label: 'All of it will go back into the cooperative’s work and the community',
          hint: 'Community events; new investment and new jobs; new services for members (ortak); social and cultural activities. Reinvesting in the cooperative’s own work counts too.',
        },
        distribute: {
          label: 'Some or all of it will be shared out among the members',
          hint: 'For example, each member gets a share in line with the business they do with the cooperative (risturn), such as the milk a member sells to the dairy. Pay is not part of it.',
        },
        undecided: notDecided,
      },
      errors: {
        required: 'Select what the surplus will be used for',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    governance: {
      title: 'Who will make decisions in the cooperative?',
      hint: [
        'The general assembly (genel kurul) is the meeting of the members (ortak). The board (yönetim kurulu) runs the cooperative.',
      ],
      summary: summaries.governance,
      options: {
        'one-member-one-vote': {
          label: 'The general assembly, with one vote for each member',
          hint: 'Every member will have one vote, whatever their share of the capital. The general assembly will elect the board.',
        },
        'by-shares': {
          label: 'Votes will depend on each member’s share of the capital',
          hint: 'A member who puts in more capital will have more votes.',
        },
        'founders-decide': { label: 'The founders or a manager will decide on their own' },
        undecided: notDecided,
      },
      errors: {
        required: 'Select who will make decisions in the cooperative',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    members: {
      title: 'How many members (ortak) will the cooperative have at founding?',
      hint: [
        'Count the people who will sign the articles of association (anasözleşme) at founding. Do not count people who will join later.',
        'Count people, not families. If two people from one family will sign, count them both.',
        'Then say how many of them will work in the cooperative. Here, working in it means doing its work regularly. Helping out as a volunteer now and then does not count.',
        'We only ask for numbers, not for anyone’s name.',
      ],
    },

    board: {
      title: 'How many people will be on the board?',
      hint: [
        'The board (yönetim kurulu) runs the cooperative. According to the model articles of association, the general assembly (genel kurul) elects its people from among the members (ortak).',
        'Then say how many of the people on the board will also work in the cooperative.',
      ],
    },

    stakeholders: {
      title: 'Apart from people who work in the cooperative, who will be able to become members (ortak)?',
      hint: ['Select all that apply.'],
      summary: summaries.stakeholders,
      options: {
        consumers: {
          label: 'Consumers',
          hint: 'People who use the cooperative’s services. For example the parents of the children it cares for, the families who receive its care, or the people who buy its goods.',
        },
        volunteers: {
          label: 'Volunteers',
          hint: 'People who give their time to the cooperative without expecting pay.',
        },
        none: { label: 'None of these', hint: 'Neither consumers nor volunteers will be members.' },
        undecided: {
          ...notDecided,
          hint: 'Choose this too if you have thought about one group but not yet about the other.',
        },
      },
      errors: {
        'empty-list': 'Select who will be able to become members, or select “None of these”',
        'none-with-group': 'Select “None of these” or “We have not decided yet” on its own, not with another option',
        'unknown-value': 'Select at least one of the options in the list',
      },
    },

    disadvantaged: {
      title: 'Who from these groups will work in the cooperative?',
      hint: [
        'Think about the people who will work in the cooperative, the founders included. Not the people it will serve.',
        'For example, if women in a village found a dairy and work in it, select “Women in rural areas”.',
        'We do not ask for anyone’s name, health or history. Select all that apply.',
      ],
      summary: summaries.disadvantaged,
      options: {
        disabled: { label: 'Disabled people' },
        'long-term-unemployed': { label: 'Long-term unemployed people' },
        'ex-prisoners': { label: 'Former prisoners' },
        'addiction-recovery': { label: 'People with addictions' },
        migrants: { label: 'Migrants' },
        'rural-women': { label: 'Women in rural areas' },
        'rural-youth': { label: 'Young people in rural areas' },
        none: { label: 'None of these', hint: 'Nobody from these groups will work in the cooperative.' },
        undecided: notDecided,
      },
      errors: {
        'empty-list': 'Select the groups who will work in the cooperative, or select “None of these”',
        'none-with-group': 'Select “None of these” or “We have not decided yet” on its own, not with a group',
        'unknown-value': 'Select at least one of the groups in the list, or “None of these”',
      },
    },

    flexibleMembership: {
      title: 'Will there be volunteer membership (ortaklık), or membership for a set period?',
      hint: [
        'For example, someone who gives their work as a volunteer can also be a member. Or someone becomes a member for a year, then leaves.',
      ],
      summary: summaries.flexibleMembership,
      options: {
        yes: { label: 'Yes, there will be such kinds of membership' },
        no: { label: 'No, there will only be permanent membership' },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Select whether people will be able to join as volunteers or for a set period',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    simpleEntryExit: {
      title: 'What will it take to become a member (ortak), and to leave?',
      hint: [
        'Think about what someone who wants to join or leave will have to do. If you will take no new members from outside, think about that too.',
      ],
      summary: summaries.simpleEntryExit,
      options: {
        yes: {
          label: 'A short, simple process',
          hint: 'For example, an application and a decision of the board are enough. Someone who wants to leave says so in writing.',
        },
        no: {
          label: 'Extra conditions and long steps',
          hint: 'For example, joining needs other members to propose you, or a long wait. Or nobody from outside can become a member.',
        },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Select what it will take to become a member and to leave',
        'unknown-value': 'Select one of the options in the list',
      },
    },

    innovation: {
      title: 'Will your organisation answer a problem in a new way?',
      hint: [
        'The problem can be social, economic or environmental.',
        'The new way can be in how a service is provided, or in the product itself.',
      ],
      summary: summaries.innovation,
      options: {
        yes: {
          label: 'Yes, we will try a new way',
          hint: 'For example, setting up the first home-care service in a village, or making goods from waste fabric.',
        },
        no: {
          label: 'No, we will work in a known way',
          hint: 'For example, doing work already done in the area, in the same way.',
        },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Select whether your organisation will answer a problem in a new way',
        'unknown-value': 'Select one of the options in the list',
      },
    },
  },

  // Form input never gives 'leading-zero' ("07" is read as 7), and a count that may be 0 is never
  // too small: the same reasons as the Turkish, which the tests hold to the same shape.
  numbers: {
    members: {
      label: 'Number of founding members',
      hint: 'Enter a number in figures.',
      summary: summaries.members,
      errors: {
        required: 'Enter the number of founding members in figures',
        'not-a-whole-number': 'Enter the number of founding members as a whole number, using figures only and no sign',
        'too-small': 'The number of founding members must be 1 or more',
        'too-large': 'The number of founding members must be 100,000 or fewer',
      },
    },
    workerMembers: {
      label: 'How many of them will work in the cooperative?',
      hint: 'Count the founding members who will do the cooperative’s work regularly. If none of them will, enter 0.',
      summary: summaries.workerMembers,
      errors: {
        required: 'Enter how many members will work in the cooperative; if none will, enter 0',
        'not-a-whole-number':
          'Enter how many members will work in the cooperative as a whole number, using figures only and no sign',
        'too-large': 'The number of members who will work in the cooperative must be 100,000 or fewer',
        'more-than-members':
          'The number of members who will work in the cooperative must be the same as or fewer than the number of founding members',
      },
    },
    board: {
      label: 'Number of people on the board',
      hint: 'Enter a number in figures.',
      summary: summaries.board,
      errors: {
        required: 'Enter the number of people on the board in figures',
        'not-a-whole-number':
          'Enter the number of people on the board as a whole number, using figures only and no sign',
        'too-small': 'The number of people on the board must be 1 or more',
        'too-large': 'The number of people on the board must be 100,000 or fewer',
        'more-than-members':
          'The number of people on the board must be the same as or fewer than the number of founding members: according to the model articles of association, the board is elected from among the members',
      },
    },
    workerBoard: {
      label: 'How many of them will work in the cooperative?',
      hint: 'Count the people on the board who will also work in the cooperative. If none of them will, enter 0.',
      summary: summaries.workerBoard,
      errors: {
        required: 'Enter how many people on the board will work in the cooperative; if none will, enter 0',
        'not-a-whole-number':
          'Enter how many people on the board will work in the cooperative as a whole number, using figures only and no sign',
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
        heading: 'Your plan matches all the points of the description of a social cooperative',
        body: [
          'Based on your answers, your plan matches all the core points of the description. It also has all the other features the text lists.',
        ],
      },
      'matches-core': {
        heading: 'Your plan matches the core points of the description of a social cooperative',
        body: [
          'Based on your answers, your plan matches all the core points of the description. On some of the other features the text lists, it differs or you have not decided yet. We explain each of them below.',
        ],
      },
      'needs-decisions': {
        heading: 'You have not decided some of the core points yet',
        body: [
          'Based on your answers, your plan does not differ from any core point of the description. But you have not decided some of them yet, so it is not clear for now whether your plan matches the description.',
          'Below, for each one, we explain what the text says and which decision is still open. When you have decided, you can change your answer and see the result again.',
        ],
      },
      'does-not-match': {
        heading: 'Your plan differs from some core points of the description of a social cooperative',
        body: [
          'Based on your answers, your plan differs from at least one core point of the description. Below, we explain one by one where it differs, what the text says and what you could change.',
        ],
      },
    },
    notLegalDecision:
      'This result is not a legal decision or an approval. In Türkiye, a social cooperative is not a separate legal form: it is a cooperative founded under the Cooperatives Law, Law No. 1163.',
    notAFoundingCondition: 'Matching the description is not a condition for founding a cooperative.',
    prerequisitesUnmet: {
      one: 'One founding prerequisite is missing',
      other: '{count} founding prerequisites are missing',
    },
    summaryHeading: 'Summary',
    legalHeading: 'Founding prerequisites for every cooperative',
    legalIntro:
      'These are not specific to social cooperatives. The ones that come from the law apply to every cooperative: the law does not allow a cooperative to be founded without them. The rule on the board comes from the model articles of association, not from the law. Each one names its source beside it. The law has other rules too; for example, the general assembly elects at least one auditor (denetçi) (article 65). These are conditions for founding, not part of the comparison with the text.',
    coreHeading: 'Core points of the description',
    coreIntro:
      'These points define the description of a social cooperative. Your plan must meet all of them to match the description.',
    characteristicsHeading: 'Other features the text lists',
    characteristicsIntro:
      'The text also lists these features of a social cooperative. A plan that matches the core points of the description may not have all of them.',
    status: {
      met: 'Matches',
      'not-met': 'Differs',
      unclear: 'To decide',
    },
    prerequisiteStatus: {
      met: 'In place',
      'not-met': 'Missing',
      unclear: 'To decide',
    },
    sourceNames: {
      law: 'Source: the Cooperatives Law (Kooperatifler Kanunu), Law No. 1163',
      'model-articles': 'Source: the model articles of association. This is not a rule of the law.',
    },
    exceptions: {
      'care-cooperative-of-its-users': {
        lead: 'In your plan, the cooperative provides social services, and the people who use them can be members too. The text also describes care cooperatives that parents and relatives own and manage:',
        quote:
          '“When care for children, disabled people and sick people is provided by a social cooperative that their parents and relatives own and manage, the quality of the service improves, and so does the quality of life of these groups.”',
        consequence:
          'In such a cooperative, most members may not work in it. So in your plan this is not a core point: it is one of the other features the text lists.',
        link: 'Read this part of the text: Improving the quality of life of people who need care',
      },
    },
    saysLabel: 'What the source says',
    answeredLabel: 'Your answer',
    couldChangeLabel: 'What you could change',
    toDecideLabel: 'What is still to decide',
    readMore: 'Read more in the guide: {name}',
    nextHeading: 'Next steps',
    next: [
      {
        text: 'Read about the conditions and steps for founding a cooperative:',
        link: { label: 'How to found a social cooperative', to: { page: 'nasil-kurulur' } },
      },
      {
        text: 'Founding permission is asked of the relevant ministry (Law No. 1163, article 3): for most cooperatives the Ministry of Trade (Ticaret Bakanlığı), for agricultural cooperatives the Ministry of Agriculture and Forestry (Tarım ve Orman Bakanlığı).',
      },
      {
        text: `For questions about your own situation, contact the ${tradeDirectorate} in your province. If your plan is farming, livestock or fishing, ask the provincial directorate of agriculture and forestry (il tarım ve orman müdürlüğü) which kind of cooperative fits. You can print this result and take it with you.`,
        link: { label: 'Where to ask', to: { section: 'nereye-sorabilirsiniz' } },
      },
      {
        text: 'Talk through the points where your plan differs from the description, or where you have not decided yet, with the other founding members while you prepare the articles of association (anasözleşme).',
      },
    ],
    actionsHeading: 'Save or change your result',
    shareNote:
      'This result names the groups that will work in the cooperative, the founders included (for example, disabled people or people with a criminal conviction). Decide together with the other founders whom you show it to.',
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
      body: 'Some answers in the link could not be read. The link may have been cut short or changed when it was copied, so we cannot show the result. These are the answers that could not be read:',
      continueHint:
        'You can go on with the answers that could be read. The questions whose answers could not be read are asked again.',
      continue: 'Go on with the answers that could be read',
      startAgain: 'Start again',
    },
    // Shown as "{key name}: {reason}", e.g. "Number of founding members: must be a whole number".
    linkReasons: {
      required: 'is empty',
      'not-a-whole-number': 'must be written with the digits 0–9 only, with no sign (for example 7)',
      'leading-zero': 'must be written without a zero at the start',
      'too-small': 'must be at least 1',
      'too-large': 'can be 100,000 at most',
      'more-than-members': 'cannot be more than the number of founding members',
      'more-than-board': 'cannot be more than the number of people on the board',
      'unknown-value': 'contains a value we do not recognise',
      'none-with-group': 'contains “none” or “undecided” together with another value',
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
      'You can fill in this checklist on paper. For each question, tick the box that fits your plan and write the numbers in the blanks. Then look at the rule for each criterion: where you ticked “We have not decided yet”, the criterion is not decided yet.',
    howToReadHeading: 'How to read the result from your ticks',
    howToRead: [
      'If any core point is not met, your plan differs from the description of a social cooperative.',
      'If not, and you have not decided a core point yet, make that decision first.',
      'If not, and one of the other features is not met or not decided, your plan matches the core points.',
      'If everything is met, your plan matches all the points of the description. The founding prerequisites are not part of this comparison, but look at them before you found: if a condition that comes from the law is missing, the cooperative cannot be founded as planned.',
    ],
    ruleLabel: 'Rule:',
    numberBlank: 'Number: ________',
  },

  criteria: {
    'criterion.founders-min-7': {
      name: 'At least seven founding members',
      says: 'Under the Cooperatives Law (Kooperatifler Kanunu), Law No. 1163, a cooperative is founded by at least seven members (ortak). The founding members sign its articles of association, the anasözleşme (article 2).',
      rule: 'There must be at least seven founding members. The law does not allow a cooperative to be founded with fewer (Law No. 1163, article 2).',
      met: 'Your plan has at least seven founding members.',
      notMet:
        'Your plan has fewer than seven founding members. The law does not allow any cooperative to be founded with fewer than seven founding members (Law No. 1163, article 2).',
      couldChange:
        'Before you found the cooperative, you could bring the number of founding members up to at least seven.',
    },
    'criterion.one-vote-per-member': {
      name: 'One vote for every member',
      says: 'Under the Cooperatives Law (Kooperatifler Kanunu), Law No. 1163, every member (ortak) has one vote in the general assembly (genel kurul), whatever their share of the capital (article 48).',
      rule: 'Every member must have one vote in the general assembly, whatever their share of the capital (Law No. 1163, article 48). Articles of association that give votes in any other way cannot be registered.',
      met: 'In your plan, every member has one vote in the general assembly.',
      notMet:
        'In your plan, not every member has one vote in the general assembly. By law, every member of every cooperative has one vote in the general assembly, whatever their share of the capital (Law No. 1163, article 48). Articles of association that give votes in any other way cannot be registered.',
      couldChange:
        'You could write in the articles of association that every member has one vote in the general assembly.',
      unclear: 'You have not decided yet how decisions will be made.',
      toDecide:
        'Will every member have one vote in the general assembly? The law requires this of every cooperative (article 48).',
    },
    'criterion.board-min-3': {
      name: 'A board of at least three people',
      says: 'According to the model articles of association, the board (yönetim kurulu) has at least three people. The general assembly (genel kurul) elects them from among the members (ortak), for one to four years.',
      rule: 'According to the model articles of association, there must be at least three people on the board.',
      met: 'Your plan has at least three people on the board.',
      notMet: `Your plan has fewer than three people on the board. According to the model articles of association, the board has at least three people. This is not specific to social cooperatives: ask the ${tradeDirectorate}.`,
      couldChange:
        'You could increase the board to at least three people. According to the model articles, the board is elected from among the members, so there must be at least as many founding members.',
    },
    'criterion.focus': {
      name: 'Social services or bringing disadvantaged people into work',
      says: 'According to the definition, social cooperatives are cooperatives that “specialise in providing social services, or in bringing disadvantaged people into working life”, and it names disabled people, long-term unemployed people, people who have served a criminal sentence, people with addictions and migrants.',
      rule: 'The organisation’s main aim must be providing social services, bringing disadvantaged people into work, or both.',
      met: 'In your plan, the organisation’s main aim is one of the two areas the definition names, or both.',
      notMet: `In your plan, the organisation’s main aim is another economic aim. The definition describes a social cooperative as a cooperative that specialises in these two areas. ${doesNotStopYou}`,
      couldChange:
        'You could think again about why the organisation will exist. For example, if a bakery or a dairy is founded to give disadvantaged people work, its aim is bringing them into working life.',
      unclear: 'You have not decided the organisation’s main aim yet.',
      toDecide:
        'Will the organisation exist above all to provide social services, to create work for disadvantaged people, or both?',
    },
    'criterion.public-benefit': {
      name: 'Public benefit comes first',
      says: 'According to the text, in a social cooperative “public benefit comes first”. Social cooperatives “take account of public needs and social goals”.',
      rule: 'In the organisation, the good of society (public benefit) must come before the members’ income.',
      met: 'In your plan, the good of society, the public benefit, comes first.',
      notMet: `In your plan, the members’ (ortak) income matters as much as the good of society, or more. The text puts public benefit first. ${doesNotStopYou}`,
      couldChange:
        'When you write down the organisation’s aim, you could put public benefit first, and agree to consider the needs of society first when you make decisions.',
      unclear: 'You have not decided yet whether the good of society or the members’ income will come first.',
      toDecide: 'In a decision that is good for society but earns the members less, which will come first?',
    },
    'criterion.not-for-profit': {
      name: 'Use of the surplus',
      says: 'According to the text, a social cooperative “does not seek profit”. It uses its surplus (profit) in four ways: community events; new investment and new jobs; innovative services to its members (ortak); and social and cultural activities.',
      rule: 'All of the surplus (profit) left after the reserves must be used in the four ways the text lists.',
      met: 'In your plan, all of the surplus left after the reserves is used in these four ways.',
      notMet: `In your plan, some or all of the surplus (gelir-gider farkı) is shared out among the members. The text says that a social cooperative does not seek profit. Where the articles of association allow it, the law provides for sharing out according to each member’s dealings with the cooperative (risturn) (Cooperatives Law, Law No. 1163, articles 38 and 39). ${doesNotStopYou}`,
      couldChange: `You could write in the articles of association (anasözleşme) that the surplus will be used in these four ways. You can ask the ${tradeDirectorate} how to word this.`,
      unclear: 'You have not decided yet what the surplus will be used for.',
      toDecide: 'Will all of it be used in these four ways, or will some of it be shared out among the members?',
    },
    'criterion.democratic-governance': {
      name: 'Democratic participation and management',
      says: 'According to the text, in a social cooperative participation and management are “based on democratic principles”. Under the Cooperatives Law, Law No. 1163, every member (ortak) also has one vote in the general assembly (genel kurul), whatever their share of the capital (article 48).',
      rule: 'Decisions must be made by the general assembly: every member must have one vote, and the general assembly must elect the board.',
      met: 'In your plan, decisions are made by the general assembly. Every member has one vote, and the general assembly elects the board.',
      // Not `doesNotStopYou`: such a plan conflicts with the law itself.
      notMet: `In your plan, decisions are not made in a general assembly where every member has one vote. The text describes participation and management that are democratic. By law, too, every member of every cooperative has one vote in the general assembly, whatever their share of the capital (article 48). So this plan cannot be written into the articles of association (anasözleşme) as it stands. Ask the ${tradeDirectorate}.`,
      couldChange:
        'You could write in the articles of association that decisions are made in the general assembly, that every member has one vote, and that the general assembly elects the board.',
      unclear: 'You have not decided yet how decisions will be made.',
      toDecide:
        'Will decisions be made by the general assembly, where every member has one vote? The law gives every member one vote (article 48).',
    },
    'criterion.worker-majority-members': {
      name: 'Most members work in the cooperative',
      says: 'According to the text, social cooperatives are “mostly owned by the people who work in them”, and “the people who work in it are the majority of its members and of its management”.',
      rule: 'The founding members who work in the cooperative must be more than half of all founding members. Exactly half is not a majority. In a cooperative that provides social services and whose users can be members too, this is not a core point but one of the other features.',
      met: 'In your plan, more than half of the founding members (ortak) work in the cooperative.',
      notMet: `In your plan, half of the founding members (ortak) or fewer work in the cooperative. The text describes a cooperative where most members are people who work in it. ${doesNotStopYou}`,
      couldChange:
        'You could increase the number of members who will work in the cooperative. They must be more than half: for example, four out of eight members is not enough; at least five must work in it.',
    },
    'criterion.worker-majority-board': {
      name: 'Most of the board work in the cooperative',
      says: 'According to the text, in a social cooperative “the people who work in it are the majority of its members and of its management”.',
      rule: 'The people on the board who work in the cooperative must be more than half of the board. Exactly half is not a majority. In a cooperative that provides social services and whose users can be members too, this is not a core point but one of the other features.',
      met: 'In your plan, more than half of the people on the board work in the cooperative.',
      notMet: `In your plan, half of the people on the board or fewer work in the cooperative. The text describes the people who work in the cooperative as a majority in its management too. ${doesNotStopYou}`,
      couldChange:
        'You could give more places on the board to members who work in the cooperative. For example, on a board of three people, at least two must work in the cooperative.',
    },
    'criterion.disadvantaged-employment': {
      name: 'Employing disadvantaged people and groups',
      says: 'According to the text, “through its activities, it employs disadvantaged people and groups”. The text gives as examples migrants, long-term unemployed people, disabled people, people who have served a criminal sentence, people with addictions, and women and young people in rural areas.',
      rule: 'People from at least one of the disadvantaged groups the text lists must work in the cooperative. If its main aim is bringing disadvantaged people into work (or both aims), this is a core point; if not, it is one of the other features.',
      met: 'In your plan, people from at least one of these groups work in the cooperative.',
      notMet: `In your plan, nobody from these groups works in the cooperative. The text says that a social cooperative employs disadvantaged people and groups. ${doesNotStopYou}`,
      couldChange:
        'You could plan to give work in the cooperative to people from these groups. The founders can be these people too. The text does not give a number or a proportion for this.',
      unclear: 'You have not decided yet who from these groups will work in the cooperative.',
      toDecide: 'Will people from these groups, the founders included, work in the cooperative?',
    },
    'criterion.multi-stakeholder': {
      name: 'Consumers and volunteers can be members',
      says: 'According to the text, social cooperatives are “open to consumers and volunteers as members”, and they act with a multi-stakeholder approach to management.',
      rule: 'As well as people who work in the cooperative, consumers, volunteers or both must be able to become members.',
      met: 'In your plan, consumers or volunteers can become members as well as people who work in the cooperative.',
      notMet: `In your plan, consumers and volunteers cannot become members (ortak). The text says that a social cooperative is open to them too. ${doesNotStopYou}`,
      couldChange:
        'You could plan for volunteers, or for people who use the cooperative’s services (consumers), to be able to become members. Members who work in the cooperative must still be more than half.',
      unclear: 'You have not decided yet whether consumers or volunteers will be able to become members.',
      toDecide: 'Will people who use the cooperative’s services, or volunteers, be able to become members?',
    },
    'criterion.flexible-membership': {
      name: 'Taking part as a volunteer or for a while',
      says: 'According to the text, a social cooperative has flexible ways of being involved, such as “volunteer and temporary membership”.',
      rule: 'People must also be able to join the cooperative as volunteers or for a set period.',
      met: 'In your plan, people can also join the cooperative as volunteers or for a set period.',
      notMet: `In your plan, people can join the cooperative only as permanent members (ortak). The text speaks of flexible ways of being involved. ${doesNotStopYou}`,
      couldChange: `You could add volunteer or temporary membership to your plan. Ask the ${tradeDirectorate} how to write this into the articles of association (anasözleşme).`,
      unclear: 'You have not decided yet whether people will be able to join as volunteers or for a set period.',
      toDecide: 'Will people be able to join the cooperative as volunteers or for a set period?',
    },
    'criterion.simple-entry-exit': {
      name: 'Simple joining and leaving',
      says: 'According to the text, in a social cooperative “the procedures for becoming a member and for leaving are simplified”.',
      rule: 'Becoming a member and leaving must take a short, simple process.',
      met: 'In your plan, becoming a member and leaving take a short, simple process.',
      notMet: `In your plan, joining and leaving membership (ortaklık) need extra conditions and long steps. The text says these procedures are simplified. ${doesNotStopYou}`,
      couldChange: `You could make the steps for admitting members and for leaving simpler. Ask the ${tradeDirectorate} how to write this into the articles of association (anasözleşme).`,
      unclear: 'You have not decided yet what it will take to become a member and to leave.',
      toDecide: 'What will someone who wants to join or leave have to do?',
    },
    'criterion.innovation': {
      name: 'Innovative solutions',
      says: 'According to the text, a social cooperative “brings innovative solutions to social, economic and environmental problems”.',
      rule: 'The organisation must answer a social, economic or environmental problem in a new way.',
      met: 'In your plan, the organisation answers a problem in a new way.',
      notMet: `In your plan, the organisation works in a known way. The text says that a social cooperative brings innovative solutions to problems. ${doesNotStopYou}`,
      couldChange:
        'You could think about how you might respond to a problem in your area in a new way: for example, in how the service is provided or in the product itself.',
      unclear: 'You have not decided yet whether the organisation will answer a problem in a new way.',
      toDecide: 'Will the organisation answer a problem in a new way, or in a known way?',
    },
  },

  keyNames: { ...summaries, v: 'Version' },

  unreadableLink: 'Some answers in this link could not be read. We removed those; your other answers are kept.',

  // Issue 21 (share helper): sharing a result, deciding as a group, keeping nothing on the device.
  together: {
    heading: 'Together with the other founders',
    groupLine: 'Each founder can open this link, change an answer and compare the two plans.',
    linkHolds:
      'The link holds all your answers, including which groups will work in the cooperative. Anyone who gets the link sees these answers.',
    share: 'Share',
    shareTitle: 'Result of the social cooperative self-assessment',
    shareCopied: 'This browser cannot open a share screen. We copied the link; you can paste it into a message.',
    showQr: 'Show the QR code',
    hideQr: 'Hide the QR code',
    qrName: 'The link to this result',
    qrHint:
      'The other founder points her phone camera at this QR code. The same result opens on her phone. The link goes through no server.',
    qrFailed: 'The QR code could not be shown. You can copy the link and share it.',
    compareLink: 'Compare the plans',
    openDecisions: {
      heading: 'Decisions the founders have still to make',
      intro: 'Write here the points you will talk over and decide together with the other founders.',
    },
    keep: {
      legend: 'Keep your answers on this device?',
      keep: 'Keep them: I may go on later on this device.',
      dontKeep: 'Do not keep them on this device: other people use this phone too.',
      addressOnly:
        'Your answers are not kept on this device. They are only in the page’s address. If you close the page, the answers are gone.',
    },
  },

  listComma: ',',
};

/** The compare page (issue 21, share helper). */
export const compareEn: CompareWords = {
  title: 'Compare two plans',
  description:
    'See two founders’ self-assessment results side by side, criterion by criterion. The links stay in your browser.',
  intro:
    'Paste the links of two results. The two plans appear side by side, criterion by criterion, and the points where they differ are marked. The links are read only in this browser and sent nowhere.',
  needsScript: 'The comparison needs JavaScript switched on in your browser.',
  linkLabels: { a: 'Link to the first plan', b: 'Link to the second plan' },
  linkHint: 'Paste the link you copied with “Copy the link” on the result page.',
  submit: 'Compare',
  criterion: 'Criterion',
  plans: { a: 'First plan', b: 'Second plan' },
  verdictRow: 'Result',
  differs: 'Differs',
  differences: { one: 'The two plans differ on {count} point.', other: 'The two plans differ on {count} points.' },
  noDifference: 'The two plans are the same on every point.',
  verdictDiffers: 'The two plans also have different results.',
  problems: {
    empty: '{plan}: no link. Paste the link of a result.',
    unreadable: '{plan}: this link could not be read. Copy it again and paste it.',
    invalid: '{plan}: some answers in this link could not be read: {keys}.',
    incomplete: '{plan}: some answers are missing from this link: {keys}.',
  },
};
