/**
 * The search itself, loaded by src/scripts/search.ts once the reader focuses the field or arrives
 * with a query: it loads Pagefind, turns the reader's question into searches (src/utils/search-query.ts)
 * and shows the results with their original spelling. Words come from the page (data-messages).
 */
import type { Locale } from '../i18n';
import { format } from '../i18n/format';
import { restoreSpelling } from '../utils/fold';
import { excerptSegments } from '../utils/excerpt';
import { SPELLING_META, vocabularyFile } from '../utils/search-index';
import { isolateClass, latinRuns } from '../utils/bidi';
import * as rules from '../utils/search-query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

export type Messages = Record<
  'loading' | 'empty' | 'noResults' | 'results' | 'result' | 'failed' | 'partial' | 'didYouMean' | 'tooLong',
  string
>;

/**
 * A status sentence with the reader's query in a <bdi>, so that its direction marks (a right-to-left
 * override in a crafted link) cannot turn the rest of the sentence around.
 */
function withQuery(template: string, query: string, count: number): (string | HTMLElement)[] {
  return template.split('{query}').flatMap((part, index) => {
    const text = format(part, { count });
    if (index === 0) return [text];
    const isolated = document.createElement('bdi');
    isolated.textContent = query;
    return [isolated, text];
  });
}

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

/** Text to show, with each Latin or numeric run in a <bdi> on a right-to-left page, as the server's markup has them (src/utils/bidi.ts). */
function textNodes(text: string): (Node | string)[] {
  if (document.documentElement.dir !== 'rtl') return [text];
  return latinRuns(text).map(({ text: run, isolated }) => {
    if (!isolated) return run;
    const bdi = document.createElement('bdi');
    const className = isolateClass(run);
    if (className) bdi.className = className;
    bdi.textContent = run;
    return bdi;
  });
}

function excerptElement(excerpt: string, words: readonly string[]): HTMLElement {
  const paragraph = document.createElement('p');
  for (const { text, matched } of excerptSegments(excerpt)) {
    const restored = textNodes(restoreSpelling(text, words));
    if (matched) {
      const mark = document.createElement('mark');
      mark.append(...restored);
      paragraph.append(mark);
    } else paragraph.append(...restored);
  }
  return paragraph;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const words = (data.meta[SPELLING_META] ?? '').split(' ').filter(Boolean);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.append(...textNodes(restoreSpelling(data.meta.title ?? data.url, words)));
  item.append(link, excerptElement(data.excerpt, words));
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const section of sections) {
      const sectionItem = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.append(...textNodes(restoreSpelling(section.title, words)));
      sectionItem.append(sectionLink);
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}

/**
 * The pages for the reader's query. Each word and synonym is searched alone first: Pagefind leaves
 * out words its index lacks, so only the known ones make the phrasings that must all match. When no
 * page holds them all, the pages holding most of the words come instead (`partial`); when only a
 * few do, those pages follow them.
 */
async function find(
  pagefind: Pagefind,
  query: string,
  locale: Locale,
): Promise<{ results: PagefindResult[]; partial: boolean }> {
  const search = async (text: string) => (await pagefind.search(text)).results;
  const plan = rules.planQuery(query, locale);
  const alone = await Promise.all(plan.map((alternatives) => Promise.all(alternatives.map(search))));
  const known = plan.map((alternatives, word) =>
    alternatives.filter((_, alternative) => (alone[word]?.[alternative]?.length ?? 0) > 0),
  );
  const whole = rules.mergeBest(
    await Promise.all(
      rules
        .phrasings(known)
        .map(async ({ text, weight }) =>
          (await search(text)).map((result) => ({ ...result, score: result.score * weight })),
        ),
    ),
  );
  if (whole.length >= rules.ENOUGH_RESULTS || known.filter((alternatives) => alternatives.length > 0).length < 2)
    return { results: whole, partial: false };
  const nearest = rules.rankPartial(alone.map((lists) => rules.mergeBest(lists)));
  return whole.length > 0
    ? { results: rules.followedBy(whole, nearest), partial: false }
    : { results: nearest, partial: true };
}

/**
 * Starts loading Pagefind and gives the function that searches for a query, after `pause` ms
 * without a newer one, and shows what it found; undefined when the page lacks its elements.
 */
export function createSearch(
  root: HTMLElement,
  messages: Messages,
): ((query: string, pause: number) => Promise<void>) | undefined {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const help = document.getElementById('search-help');
  const suggestion = document.getElementById('search-suggestion');
  if (!status || !list || !help || !suggestion) return undefined;
  const locale = root.ownerDocument.documentElement.lang as Locale; // BaseLayout writes the page's locale there

  // The path is built at run time so that the bundler leaves Pagefind's own file alone.
  const path = '/pagefind/pagefind.js';
  const pagefind = import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  pagefind.catch(() => undefined); // reported when the reader searches
  let vocabulary: Promise<string[]> | undefined;
  const loadVocabulary = () => {
    vocabulary ??= fetch(`/pagefind/${vocabularyFile(locale)}`).then((response) =>
      response.ok ? (response.json() as Promise<string[]>) : [],
    );
    return vocabulary;
  };

  const showSuggestion = (spelling: string | undefined) => {
    suggestion.hidden = !spelling;
    if (!spelling) return;
    const link = document.createElement('a');
    link.href = `?q=${encodeURIComponent(spelling)}`;
    link.textContent = spelling;
    suggestion.replaceChildren(`${messages.didYouMean} `, link);
  };

  let latest = 0;
  return async (typed, pause) => {
    const run = ++latest;
    const { query, cut } = rules.limitQuery(typed);
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    help.hidden = true;
    showSuggestion(undefined);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = messages.empty;
      return;
    }
    status.textContent = messages.loading;
    try {
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (run !== latest) return; // a newer query replaced this one
      const { results, partial } = await find(await pagefind, query, locale);
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (run !== latest) return;
      list.replaceChildren(...data.map(resultItem));
      const count = results.length;
      const found = withQuery(
        count === 0 ? messages.noResults : count === 1 ? messages.result : messages.results,
        query,
        count,
      );
      status.replaceChildren(
        ...found,
        ...(partial ? [` ${messages.partial}`] : []),
        ...(cut ? [` ${messages.tooLong}`] : []),
      );
      if (count > 0) return;
      help.hidden = false;
      const spelling = rules.suggestSpelling(query, await loadVocabulary().catch(() => []));
      if (run === latest) showSuggestion(spelling);
    } catch {
      if (run === latest) status.textContent = messages.failed;
    }
  };
}
