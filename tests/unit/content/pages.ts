/**
 * Reads the content pages of a language (src/content/docs/<locale>/**\/*.mdx, Turkish unless told)
 * the way the content tests need them: their address, their frontmatter (the title is the h1), their
 * body as plain text, their links and the ids that can be linked to. Plain string work, no build: the
 * tests run in a second and point at the file that is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, type Locale } from '../../../src/i18n';
import { pathOf } from '../../../src/utils/docs';
import { splitExplicitId } from '../../../src/utils/heading-ids';
import { createSlugger } from '../../../src/utils/slug';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Source {
  title: string;
  url?: string;
}

export interface Page {
  /** The file below src/content/docs/<locale>, e.g. "calisma-modeli.mdx". */
  file: string;
  /** The file name without extension, as `translationOf` names it: "calisma-modeli", "index". */
  slug: string;
  /** The page's address, e.g. "/calisma-modeli/" ("/" for index.mdx, "/en/glossary/"). */
  path: string;
  /** The frontmatter title: the page's h1. */
  title: string;
  description: string;
  order: number | undefined;
  part: string;
  lastReviewed: string | undefined;
  /** The Turkish page a translated page translates, by its slug. */
  translationOf: string | undefined;
  sources: Source[];
  /** The MDX source after the frontmatter. */
  body: string;
}

/** One-line YAML scalar without its quotes. */
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value.trim());
  if (!quoted) return value.trim();
  return quoted[1] === "'" ? (quoted[2] ?? '').replace(/''/g, "'") : (quoted[2] ?? '').replace(/\\"/g, '"');
}

/** The frontmatter fields the tests read. The frontmatter is flat YAML plus the `sources` list. */
function parseFrontmatter(frontmatter: string, file: string) {
  const field = (name: string) => {
    const value = new RegExp(`^${name}:[^\\S\\n]*(.*)$`, 'm').exec(frontmatter)?.[1];
    return value === undefined || value.trim() === '' ? undefined : unquote(value);
  };
  const sources: Source[] = [];
  const block = /^sources:\s*\n((?:[ \t]+.*(?:\n|$))*)/m.exec(frontmatter)?.[1] ?? '';
  for (const line of block.split('\n')) {
    const title = /^\s*-\s*title:\s*(.+)$/.exec(line)?.[1];
    const url = /^\s*url:\s*(.+)$/.exec(line)?.[1];
    if (title !== undefined) sources.push({ title: unquote(title) });
    else if (url !== undefined && sources.length > 0) sources[sources.length - 1]!.url = unquote(url);
  }
  const title = field('title');
  if (!title) throw new Error(`${file}: no title in the frontmatter`);
  const order = field('order');
  return {
    title,
    description: field('description') ?? '',
    order: order === undefined ? undefined : Number(order),
    part: field('part') ?? 'guide', // the schema's default
    lastReviewed: field('lastReviewed'),
    translationOf: field('translationOf'),
    sources,
  };
}

/** Every .mdx page of one language's folder, sorted by file name. */
export function readPages(locale: Locale = defaultLocale): Page[] {
  const dir = join(ROOT, 'src', 'content', 'docs', locale);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
  return files.map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${locale}/${file}: no frontmatter`);
    const [, frontmatter = '', body = ''] = match;
    const slug = file
      .split(sep)
      .join('/')
      .replace(/\.mdx$/, '');
    return {
      file,
      slug,
      path: pathOf(`${locale}/${slug}`),
      body,
      ...parseFrontmatter(frontmatter, `${locale}/${file}`),
    };
  });
}

/** Removes fenced code blocks, which are not prose and hold no headings or links of the page. */
function withoutCodeBlocks(mdx: string): string {
  return mdx.replace(/^\s*```[\s\S]*?^\s*```\s*$/gm, ' ');
}

/** Inline markdown and JSX to text: link and image syntax to their words, emphasis and tags dropped. */
export function inlineText(mdx: string): string {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/<!--[\s\S]*?-->/g, ' ') // HTML comments
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags (their text stays)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // ![alt](src) → alt
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](href) → text
    .replace(/`([^`]*)`/g, '$1') // `code` → code
    .replace(/\*\*|__|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, ''); // **strong**, *em*, _em_
}

/** The body as the reader sees its words: block syntax (headings, lists, tables, quotes) dropped too. */
export function plainText(mdx: string): string {
  const blocks = withoutCodeBlocks(mdx)
    .replace(/^(?:import|export)\s.*$/gm, ' ') // ESM lines of MDX
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // heading marks
    .replace(/\s*\\\{#[a-z0-9-]+\\\}[^\S\n]*$/gm, '') // a heading's explicit id
    .replace(/^\s*>\s?/gm, '') // block quotes
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '') // list marks
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$/gm, ' ') // table rule rows
    .replace(/\|/g, ' '); // table cell borders
  return inlineText(blocks);
}

/**
 * The ids a link can point to on a page, as the site makes them: every h2–h6 gets the id of
 * src/utils/heading-ids.ts (the same slugger, in document order, so a second "Kaynaklar" is
 * "kaynaklar-2"), and any element may carry an explicit id="…" (the glossary's <dt>).
 */
export function anchorsOf(page: Page): Set<string> {
  const slug = createSlugger();
  const body = withoutCodeBlocks(page.body);
  const ids = new Set<string>();
  for (const [, , text = ''] of body.matchAll(/^\s{0,3}(#{2,6})\s+(.+?)\s*#*\s*$/gm)) ids.add(headingId(text, slug));
  for (const [, id = ''] of body.matchAll(/\bid\s*=\s*["']([^"']+)["']/g)) ids.add(id);
  return ids;
}

/**
 * The id the site gives a heading's markdown text: its explicit `\{#id\}`, or else the slug of its words
 * (src/utils/heading-ids.ts). `slug` is the page's slugger, called in document order.
 */
export function headingId(markdown: string, slug: (text: string) => string): string {
  const { text, id } = splitExplicitId(inlineText(markdown.replace(/\\([{}])/g, '$1')));
  return id ?? slug(text.replace(/\s+/g, ' ').trim());
}

/** Every link target of a page: markdown links and images, and href="…" of JSX/HTML elements. */
export function linksOf(page: Page): string[] {
  const body = withoutCodeBlocks(page.body).replace(/`[^`]*`/g, ' ');
  const markdown = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g)].map((m) => m[1] ?? '');
  const html = [...body.matchAll(/\bhref\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return [...markdown, ...html];
}

/**
 * Text for comparison: Unicode NFC; typographic double quotes dropped and single quotes made straight
 * (the seed quotes two headings, the site does not; "Kanunu’na" and "Kanunu'na" are one word);
 * Turkish lower-casing (İ → i, I → ı); runs of white space, line breaks included, to one space.
 */
export function normalise(text: string): string {
  return foldLines(text).replace(/\s+/g, ' ').trim();
}

/** As `normalise`, but line breaks kept: the seed is split into statements by lines. */
export function foldLines(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '') // soft hyphens
    .replace(/[“”„‟«»"]/g, '')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[^\S\n]+/g, ' ')
    .toLocaleLowerCase('tr');
}

/** A regular expression for `phrase` as a whole phrase: not glued to a letter or digit on either side. */
export function phrasePattern(phrase: string, flags = 'u'): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}
