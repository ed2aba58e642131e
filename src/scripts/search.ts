/**
 * The search page's script: the only script a reader gets before the wizard. It loads Pagefind when
 * the reader focuses the field or arrives with a query (`?q=`), searches as they type, and shows the
 * results with their original Turkish spelling. Words come from the page (data-messages).
 */
import { format } from '../i18n/format';
import { foldQuery, restoreDotlessI } from '../utils/turkish';
import { excerptSegments } from '../utils/excerpt';
import { DOTLESS_META } from '../utils/search-index';

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
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

type Messages = Record<'loading' | 'empty' | 'noResults' | 'results' | 'result' | 'failed', string>;

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

function excerptElement(excerpt: string, words: readonly string[]): HTMLElement {
  const paragraph = document.createElement('p');
  for (const { text, matched } of excerptSegments(excerpt)) {
    const restored = document.createTextNode(restoreDotlessI(text, words));
    if (matched) {
      const mark = document.createElement('mark');
      mark.append(restored);
      paragraph.append(mark);
    } else paragraph.append(restored);
  }
  return paragraph;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const words = (data.meta[DOTLESS_META] ?? '').split(' ').filter(Boolean);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = restoreDotlessI(data.meta.title ?? data.url, words);
  item.append(link, excerptElement(data.excerpt, words));
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const section of sections) {
      const sectionItem = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = restoreDotlessI(section.title, words);
      sectionItem.append(sectionLink);
      list.append(sectionItem);
    }
    item.append(list);
  }
  return item;
}

export function startSearch(): void {
  const root = document.getElementById('search');
  const form = root?.querySelector('form');
  const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!root || !form || !input || !status || !list) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    // The path is built at run time so that the bundler leaves Pagefind's own file alone.
    const path = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
      await module.init();
      return module;
    });
    return pagefind;
  };

  const search = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = messages.empty;
      return;
    }
    status.textContent = messages.loading;
    try {
      const found = await (await load()).debouncedSearch(foldQuery(query), {}, 200);
      if (!found) return; // a newer query replaced this one
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(...data.map(resultItem));
      const count = found.results.length;
      status.textContent = format(count === 0 ? messages.noResults : count === 1 ? messages.result : messages.results, { query, count });
    } catch {
      status.textContent = messages.failed;
    }
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void search(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
