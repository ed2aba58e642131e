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
  'skipLink': 'Skip to main content',

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

  'search.label': 'Search this site',
  'search.button': 'Search',
  'search.title': 'Search',
  'search.description': 'Search the English pages of the Social Cooperative Guide. The Turkish pages have a search of their own.',
  'search.hint': 'Search in English to find the English pages. To search the Turkish pages, use the search on the Turkish site (Arama).',
  'search.loading': 'Getting search ready…',
  'search.empty': 'Enter a word to search for.',
  'search.noResults': 'No results for “{query}”. Try another word, or look through the pages below.',
  'search.results': '{count} results for “{query}”.',
  'search.result': '1 result for “{query}”.',
  'search.failed': 'Search could not be loaded just now. You can use the list of pages below.',
  'search.needsScript': 'Search needs JavaScript. If JavaScript is switched off in your browser, use the list of pages below.',
  'search.allPages': 'All pages on this site',
  // Search for questions (issue 13): what the search page says when it drops words or finds nothing.
  'search.partial': 'No page holds all your words; the nearest results:',
  'search.didYouMean': 'Did you mean:',
  'search.help.heading': 'Did not find what you were looking for?',
  'search.help.wizard': 'The self-assessment: does your plan match the description of a social cooperative?',
  'search.help.glossary': 'The glossary: plain explanations of the words',
  'search.help.founding': 'The steps to found a social cooperative',
  'search.help.advice': 'For your own situation, ask your provincial trade directorate.',

  'footer.notice':
    'This site gives information, not legal advice. For questions about founding a cooperative, contact your provincial trade directorate (il ticaret müdürlüğü); for an agricultural plan, the provincial directorate of agriculture and forestry (il tarım ve orman müdürlüğü).',
  'footer.independent': 'This is an independent information site. It is not the website of any organisation or official body.',
  'footer.publisher': 'This site is published by {name}.',
  'footer.report': 'Is something wrong on this page?',
  'footer.reportLink': 'Tell us',
  'footer.reportSubject': 'Error on a page: {page}',
  'footer.reportBody': 'The page with the error: {page} — What is wrong?',
  'footer.privacy': 'Privacy',
  'footer.sources': 'Sources',
  'footer.embed': 'Use it on your site',

  'embed.fullSite': 'Open in the Social Cooperative Guide (new tab)',
  'embed.frameLabel': 'Frame code (iframe): paste it where the tool should appear on your page.',
  'embed.scriptLabel': 'Optional script: fits the frame’s height to its content. Paste it once, at the end of your page.',
  'embed.scriptComment': 'Fits the frame to its content’s height; listens only to messages from this site.',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied.',
  'embed.wizardStart': 'The start of the self-assessment',
  'embed.resultLink': 'A result link with its answers (example)',
  'footer.label': 'Site information',

  'notFound.title': 'Page not found',
  'notFound.description': 'The page you are looking for is not at this address.',
  'notFound.body': 'If you typed the address, check it is correct. The page may also have moved.',
  'notFound.searchPrompt': 'You can search the site to find what you are looking for:',
  'notFound.homeLink': 'Go to the home page',
  'notFound.guideLink': 'or look through the pages of the guide:',

  'offline.title': 'No internet connection',
  'offline.description': 'The page you wanted to open without an internet connection is not saved on this device.',
  'offline.missing': 'The page you wanted to open is not saved on this device. Try again when you are connected to the internet.',
  'offline.works': 'If you have opened a page of the guide once with the internet, all the pages in the same language open without a connection too:',
  'update.ready': 'A new version of the site is ready. It opens when you go to another page.',
} satisfies Record<UiKey, string>;
