import { directions, isLocale } from '../i18n/index.ts'; // with extension: astro.config.mjs loads this file

/**
 * In right-to-left text, a run of Latin script or digits ("النظام الأساسي (anasözleşme)", "1163 sayılı
 * Kooperatifler Kanunu", a URL) must be isolated, or the bidirectional algorithm moves the
 * punctuation and numbers around it. A run starts and ends with a Latin letter or a digit (a URL may
 * end with its slash) and holds the spaces and punctuation between them; brackets stay outside, so
 * that each pair mirrors as a pair in the surrounding Arabic.
 */
const LATIN_RUN = /[\p{Script=Latin}0-9](?:[\p{Script=Latin}\p{M}0-9]|[\s.,:;/\-–’'&+%_@#=?~]+(?=[\p{Script=Latin}0-9]))*\/?/gu;

export interface BidiSegment {
  text: string;
  /** A Latin or numeric run, to be isolated in <bdi>. */
  isolated: boolean;
}

/** `text` cut into its Latin or numeric runs and the text between them, in order; nothing is lost. */
export function latinRuns(text: string): BidiSegment[] {
  const segments: BidiSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), isolated: false });
    segments.push({ text: match[0], isolated: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), isolated: false });
  return segments;
}

/** Elements whose text is already isolated, or is not prose. */
const LEFT_ALONE = new Set(['bdi', 'bdo', 'code', 'kbd', 'pre', 'samp', 'script', 'style']);

interface TextNode {
  type: 'text';
  value: string;
}
interface BidiContext {
  fileURL: URL | undefined;
}
interface TextVisitorContext {
  parent(node: unknown): { type: string; tagName?: string } | undefined;
  replaceNode(node: unknown, replacement: unknown[]): void;
}

/** The locale folder of a docs page from its file's address (".../src/content/docs/ar/glossary.mdx" → "ar"). */
export function docsLocaleOf(fileURL: URL | undefined): string | undefined {
  return fileURL && /\/src\/content\/docs\/([^/]+)\//.exec(fileURL.pathname)?.[1];
}

/**
 * A Sätteri hast plugin for the pages of right-to-left languages: wraps each Latin or numeric run of
 * their text in <bdi>. Left out of every other page (the factory gives nothing for them).
 */
export function isolateLatinRuns({ fileURL }: BidiContext) {
  const locale = docsLocaleOf(fileURL);
  if (locale === undefined || !isLocale(locale) || directions[locale] !== 'rtl') return null;
  return {
    name: 'isolate-latin-runs',
    text(node: TextNode, ctx: TextVisitorContext) {
      const parent = ctx.parent(node);
      if (parent?.tagName !== undefined && LEFT_ALONE.has(parent.tagName)) return;
      const segments = latinRuns(node.value);
      if (!segments.some(({ isolated }) => isolated)) return;
      ctx.replaceNode(
        node,
        segments.map(({ text, isolated }) =>
          isolated ? { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: text }] } : { type: 'text', value: text },
        ),
      );
    },
  };
}
