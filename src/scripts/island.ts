import { h, hydrate, type ComponentType } from 'preact';
import { isolateLatinRunsInIslands } from './bidi';

/** Island.astro wraps the component's children in it: markup the browser keeps as it stands. */
const SLOT = 'data-island-slot';

/**
 * Hydrates the component that src/components/Island.astro rendered under `name`, with the props
 * it wrote beside it. Nothing happens where the page has no such island.
 */
export function hydrateIsland<P extends object>(name: string, component: ComponentType<P>): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!root?.dataset.props) return;
  const props = JSON.parse(root.dataset.props) as P;
  if (document.documentElement.dir === 'rtl') isolateLatinRunsInIslands();
  const slot = root.querySelector(`[${SLOT}]`);
  const children = slot ? h('div', { [SLOT]: '', dangerouslySetInnerHTML: { __html: slot.innerHTML } }) : null;
  hydrate(h(component, props, children), root);
}
