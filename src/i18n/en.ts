import type { UiKey } from './tr';

/**
 * Every word of the interface in English: the same keys and `{placeholders}` as `tr`, written as an
 * English public-service site would say it, not word for word. Turkish legal terms stay in brackets
 * where a reader needs them to talk to an office in Türkiye ("provincial trade directorate (il ticaret
 * müdürlüğü)"). Typography as in Turkish: “typographic quotes” and ’.
 */
export const en = {
  'site.name': 'Social Cooperative Guide',
  'site.tagline': 'Information and a self-assessment on social cooperatives in Türkiye',
  'site.shortName': 'Co-op Guide',
  skipLink: 'Skip to main content',

  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.guide': 'Guide',
  'nav.founding': 'How to found a cooperative',
  'nav.glossary': 'Glossary',
  'nav.wizard': 'Check your plan',

  'home.start': 'Start the self-assessment',
  'home.startHint': '11 questions. Your answers stay in your browser and are not sent anywhere.',
  'home.guideHeading': 'Pages in the guide',

  'breadcrumbs.label': 'Breadcrumb',
  'toc.label': 'On this page',
  'guideNav.label': 'Pages in the guide',
  'part.guide': 'Guide',
  'part.about': 'About this site',
  'pagination.label': 'Previous and next page',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'page.lastReviewed': 'Last reviewed:',
  'page.sources': 'Sources for this page',
  'inShort.title': 'In short',

  // "Dinleyin" (src/components/Listen.astro): the page read aloud by a voice on the reader's own device.
  'listen.label': 'Read aloud',
  'listen.start': 'Listen',
  'listen.pause': 'Pause',
  'listen.resume': 'Go on',
  'listen.next': 'Next section',
  'listen.stop': 'Stop',
  'listen.noVoice': 'To hear this page, add an English voice in your phone’s settings, under Accessibility.',

  'search.label': 'Search this site',
  'search.button': 'Search',
  'search.title': 'Search',
  'search.description':
    'Search the English pages of the Social Cooperative Guide. The Turkish pages have a search of their own.',
  'search.hint':
    'Search in English to find the English pages. To search the Turkish pages, use the search on the Turkish site (Arama).',
  'search.loading': 'Getting search ready…',
  'search.empty': 'Enter a word to search for.',
  'search.noResults': 'No results for “{query}”. Try another word, or look through the pages below.',
  'search.results': '{count} results for “{query}”.',
  'search.result': '1 result for “{query}”.',
  'search.failed': 'Search could not be loaded just now. You can use the list of pages below.',
  'search.needsScript':
    'Search needs JavaScript. If JavaScript is switched off in your browser, use the list of pages below.',
  'search.allPages': 'All pages on this site',
  // Search for questions (issue 13): what the search page says when it drops words or finds nothing.
  'search.partial': 'No page holds all your words; the nearest results:',
  'search.tooLong': 'Your search was too long: only its first {max} characters were searched for.',
  'search.didYouMean': 'Did you mean:',
  'search.help.heading': 'Did not find what you were looking for?',
  'search.help.wizard': 'The self-assessment: does your plan match the description of a social cooperative?',
  'search.help.glossary': 'The glossary: plain explanations of the words',
  'search.help.founding': 'The steps to found a social cooperative',
  'search.help.advice':
    'For your own situation, ask your provincial trade directorate; for an agricultural plan, the provincial directorate of agriculture and forestry.',

  'footer.notice':
    'This site gives information, not legal advice. For questions about founding a cooperative, contact your provincial trade directorate (il ticaret müdürlüğü); for an agricultural plan, the provincial directorate of agriculture and forestry (il tarım ve orman müdürlüğü).',
  'footer.publisher': 'This site is published by {name}.',
  'footer.report': 'Is something wrong on this page?',
  'footer.reportLink': 'Report it',
  'footer.reportSubject': 'Error on a page: {page}',
  'footer.reportBody':
    'The page with the error: {page} — What is wrong? Please do not write your personal details or your self-assessment answers.',
  'footer.privacy': 'Privacy',
  'footer.sources': 'Sources',
  'footer.embed': 'Use it on your site',

  'embed.fullSite': 'Open in the Social Cooperative Guide (new tab)',
  'embed.frameLabel': 'Frame code (iframe): paste it where the tool should appear on your page.',
  'embed.scriptLabel':
    'Optional script: fits the frame’s height to its content. Paste it once, at the end of your page.',
  'embed.scriptComment': 'Fits the frame to its content’s height; listens only to messages from this site.',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied.',
  'embed.wizardStart': 'The start of the self-assessment',
  'embed.resultLink': 'A result link with its answers (example)',
  'footer.label': 'Site information',

  'summary.definition':
    'A social cooperative (sosyal kooperatif) is a cooperative that specialises in providing social services or in helping disadvantaged people into work. Examples of these people are disabled people, long-term unemployed people, people who have served a criminal sentence, people with addictions and migrants. A social cooperative is mostly owned by the people who work in it. Consumers and volunteers can also become members (ortak).',
  'summary.fullDefinition': 'Read the full definition',
  'features.lead': 'A social cooperative:',
  'features.publicBenefit': 'aims at the public benefit and does not seek profit',
  'features.democratic': 'bases participation and management on democratic principles',
  'features.disadvantaged': 'works for disadvantaged people and provides social services',
  'features.innovative': 'brings innovative solutions to social, economic and environmental problems',
  'features.employment': 'employs disadvantaged people and groups',
  'features.flexibleMembership': 'has flexible ways of being involved, such as volunteer and temporary membership',
  'features.simpleJoining': 'keeps joining and leaving simple',
  'features.workerMajority':
    'works with a multi-stakeholder approach to management, and most of its members and its management are people who work in it',

  'kit.poster.title': 'Poster (A4)',
  'kit.poster.description':
    'A poster that explains social cooperatives and their eight features, printed on one A4 page, with QR codes to the self-assessment and the guide.',
  'kit.leaflet.title': 'Leaflet (A5)',
  'kit.leaflet.description':
    'A leaflet that explains social cooperatives and their eight features, printed on one A5 page, with QR codes to the self-assessment and the guide.',
  'kit.printHint': 'This page prints on one {paper} sheet. To print it, use your browser’s “Print” command.',
  'kit.heading': 'What is a social cooperative?',
  'kit.featuresHeading': 'Its eight main features',
  'kit.linksHeading': 'Scan with your phone',
  'kit.scanHint': 'Scan the QR code with your phone’s camera, or type the address.',
  'kit.wizardCaption': 'Self-assessment: does your plan have these features?',
  'kit.guideCaption': 'Guide: what a social cooperative is, and how to found one',
  'kit.qrName': 'QR code: opens {url}',
  'kit.preview':
    'Local preview: this site has not been published at its own address yet. The QR codes and addresses open only on this computer. Do not hand this sheet out.',
  'qrCodes.title': 'QR codes for the direct links',
  'qrCodes.description':
    'A QR code for the self-assessment and for every section of the guide, each with its address. Print them to hand out at meetings.',
  'qrCodes.intro':
    'Each QR code opens one link. Anyone who cannot scan a code can type the address beside it. You can print this page.',

  'notFound.title': 'Page not found',
  'notFound.description': 'The page you are looking for is not at this address.',
  'notFound.body': 'If you typed the address, check it is correct. The page may also have moved.',
  'notFound.searchPrompt': 'You can search the site to find what you are looking for:',
  'notFound.homeLink': 'Go to the home page',
  'notFound.guideLink': 'or look through the pages of the guide:',

  'offline.title': 'No internet connection',
  'offline.description': 'The page you wanted to open without an internet connection is not saved on this device.',
  'offline.missing':
    'The page you wanted to open is not saved on this device. Try again when you are connected to the internet.',
  'offline.works':
    'If you have opened a page of the guide once with the internet, all the pages in the same language open without a connection too:',
  'offline.download': 'Download the whole guide to use it offline, about {size} KB',
  'offline.downloading': 'Downloading the guide…',
  'offline.downloaded': 'The whole guide is saved on this device. It now opens without the internet too.',
  'offline.alreadyKept': 'The whole guide is already saved on this device.',
  'offline.downloadFailed': 'The guide could not be downloaded. Try again while you are connected to the internet.',
  'update.ready': 'A new version of the site is ready. It opens when you go to another page.',
  // Sharing a guide page (issue 21): the phone's share sheet, else the link copied. It shares the address and title only.
  'share.page': 'Share this page',
  'share.copied': 'The page’s link was copied. You can paste it into a message.',
  'share.failed': 'The link could not be copied. You can copy the address from the address bar.',
} satisfies Record<UiKey, string>;
