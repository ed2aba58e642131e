import { createSlugger } from './slug';

/** The part of Sätteri's hast visitor context that this plugin uses. */
interface HeadingContext {
  textContent(node: unknown): string;
  setProperty(node: unknown, name: string, value: string): void;
  replaceNode(node: unknown, replacement: { type: 'text'; value: string }): void;
}

interface HeadingNode {
  properties?: { id?: unknown };
  children?: Array<{ type: string; value?: string }>;
}

/**
 * An explicit id at the end of a heading: `## Kuruluş ön koşulları \{#yasal-on-kosullar\}` (MDX needs the
 * braces escaped). It keeps a published id when the heading's words change.
 */
const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** A heading's text split into the words a reader sees and the explicit id it names, if any. */
export function splitExplicitId(text: string): { text: string; id?: string } {
  const match = EXPLICIT_ID.exec(text);
  return match ? { text: text.slice(0, match.index), id: match[1] } : { text };
}

/**
 * A Sätteri hast plugin that gives every heading of an MDX page an ASCII id (see `slugify`), or the
 * explicit id written at its end (the suffix is removed from the text). It runs before Astro's own
 * heading plugin, which keeps an id that is already set and lists the heading for the table of contents.
 * The ids are public: NGOs link to them, and tests/e2e/anchors.spec.ts guards them.
 */
export function headingIds() {
  const slug = createSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: HeadingNode, ctx: HeadingContext) {
        if (typeof node.properties?.id === 'string') return;
        const { text, id } = splitExplicitId(ctx.textContent(node));
        const last = node.children?.at(-1);
        if (id !== undefined && last?.type === 'text' && last.value !== undefined) {
          ctx.replaceNode(last, { type: 'text', value: splitExplicitId(last.value).text });
        }
        ctx.setProperty(node, 'id', id ?? slug(text));
      },
    },
  };
}
