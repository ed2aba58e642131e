/**
 * The search page's script: the only script a reader gets before the wizard, so it is only this
 * wiring. The search itself (src/scripts/search-results.ts, with Pagefind and the rules for
 * questions) is loaded when the reader focuses the field or arrives with a query (`?q=`).
 */
import type { Messages } from './search-results';

/** How long the reader may pause between keys before search runs. */
const TYPING_PAUSE_MS = 200;

export function startSearch(): void {
  const root = document.getElementById('search');
  const form = root?.querySelector('form');
  const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.getElementById('search-status');
  if (!root || !form || !input || !status) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;

  let loaded: ReturnType<typeof load> | undefined;
  const load = () => import('./search-results').then((module) => module.createSearch(root, messages));
  const search = (query: string, pause: number) => {
    loaded ??= load();
    loaded.then((run) => run?.(query, pause)).catch(() => (status.textContent = messages.failed));
  };

  input.addEventListener('focus', () => void (loaded ??= load()).catch(() => undefined), { once: true });
  input.addEventListener('input', () => search(input.value, TYPING_PAUSE_MS));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(input.value, 0);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    search(initial, 0);
  }
}
