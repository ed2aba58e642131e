import { createSlugger } from './slug';

/** The part of Sätteri's hast visitor context that this plugin uses. */
interface HeadingContext {
  textContent(node: unknown): string;
  setProperty(node: unknown, name: string, value: string): void;
}

/**
 * A Sätteri hast plugin that gives every heading of an MDX page an ASCII id (see `slugify`). It runs
 * before Astro's own heading plugin, which keeps an id that is already set and lists the heading for
 * the table of contents. The ids are public: NGOs link to them, and tests/e2e/anchors.spec.ts guards them.
 */
export function headingIds() {
  const slug = createSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: { properties?: { id?: unknown } }, ctx: HeadingContext) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
}
