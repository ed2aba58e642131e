import { h, options, type ComponentChildren, type VNode } from 'preact';
import { LEFT_ALONE, isolateClass, latinRuns } from '../utils/bidi';

/** Text children with each Latin or numeric run in a <bdi>, as src/utils/bidi.ts isolates the server's markup. */
function isolateChildren(children: ComponentChildren): ComponentChildren {
  if (Array.isArray(children)) return children.map(isolateChildren);
  if (typeof children !== 'string') return children;
  const segments = latinRuns(children);
  if (!segments.some(({ isolated }) => isolated)) return children;
  return segments.map(({ text, isolated }) => (isolated ? h('bdi', { class: isolateClass(text) }, text) : text));
}

/**
 * From now on, every element Preact renders on this page has the Latin and numeric runs of its text
 * isolated: what an island renders in the browser (a question, a result) gets the isolation that
 * src/middleware.ts gives the server's markup, which hydration keeps. For right-to-left pages only:
 * elsewhere Latin text needs no isolation.
 */
export function isolateLatinRunsInIslands(): void {
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (typeof vnode.type === 'string' && !LEFT_ALONE.has(vnode.type)) {
      const props = vnode.props as { children?: ComponentChildren };
      if (props.children !== undefined) props.children = isolateChildren(props.children);
    }
    previous?.(vnode);
  };
}
