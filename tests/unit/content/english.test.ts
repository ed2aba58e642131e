/**
 * The English edition (src/content/docs/en) against its Turkish twins (src/content/docs/tr).
 *
 * Each English page names the Turkish page it translates in `translationOf`. The two must stay in step:
 * one English twin for every Turkish page, the same place in the guide (`order`, `part`), the same
 * sources, a section for every section (the wizard and the language switch map one id to the other:
 * src/i18n/anchors.ts pins that map), the glossary's word ids unchanged. English links go to English pages,
 * and the English words make none of the claims that facts.md ("Not to be claimed") rules out.
 * Plain string work, like ./pages.ts, whose helpers this file reuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_ANCHORS, type PageKey } from '../../../src/i18n/anchors';
import { ROUTES } from '../../../src/i18n/routes';
import { pathOf } from '../../../src/utils/docs';
import { createSlugger } from '../../../src/utils/slug';
import { ROOT, anchorsOf, headingId, linksOf, plainText, type Page } from './pages';

interface Source {
  title: string;
  url?: string;
}

interface Doc extends Page {
  /** The file name without extension, as `translationOf` names it: "calisma-modeli", "index". */
  slug: string;
  description: string;
  order: number | undefined;
  part: string;
  lastReviewed: string | undefined;
  translationOf: string | undefined;
  sources: Source[];
}

/** One-line YAML scalar without its quotes. */
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value.trim());
  if (!quoted) return value.trim();
  return quoted[1] === "'" ? (quoted[2] ?? '').replace(/''/g, "'") : (quoted[2] ?? '').replace(/\\"/g, '"');
}

/** The few frontmatter fields compared here. The frontmatter is flat YAML plus the `sources` list. */
function parseFrontmatter(frontmatter: string) {
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
  const order = field('order');
  return {
    title: field('title') ?? '',
    description: field('description') ?? '',
    order: order === undefined ? undefined : Number(order),
    part: field('part') ?? 'guide', // the schema's default
    lastReviewed: field('lastReviewed'),
    translationOf: field('translationOf'),
    sources,
  };
}

/** Every .mdx page of one locale folder, sorted by file name. */
function readDocs(locale: 'tr' | 'en'): Doc[] {
  const dir = join(ROOT, 'src', 'content', 'docs', locale);
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${locale}/${file}: no frontmatter`);
      const slug = file.split(sep).join('/').replace(/\.mdx$/, '');
      return { file, slug, path: pathOf(`${locale}/${slug}`), body: match[2] ?? '', ...parseFrontmatter(match[1] ?? '') };
    });
}

/** The ids of the ## … ###### headings in document order, made as the site makes them (heading-ids.ts). */
function headingIds(body: string): Array<{ level: number; id: string }> {
  const slug = createSlugger();
  const prose = body.replace(/^\s*```[\s\S]*?^\s*```\s*$/gm, ' ');
  return [...prose.matchAll(/^\s{0,3}(#{2,6})\s+(.+?)\s*#*\s*$/gm)].map(([, marks = '', text = '']) => ({
    level: marks.length,
    id: headingId(text, slug),
  }));
}

/** The explicit ids of the glossary's terms, in order. */
function termIds(body: string): string[] {
  return [...body.matchAll(/<dt\b[^>]*\bid\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

const tr = readDocs('tr');
const en = readDocs('en');
const trBySlug = new Map(tr.map((doc) => [doc.slug, doc]));
const enByPath = new Map(en.map((doc) => [doc.path, doc]));
const twinOf = (doc: Doc) => trBySlug.get(doc.translationOf ?? '');
/** The published sections of an English page's twin (src/i18n/anchors.ts). */
const anchorsOfPage = (doc: Doc) => (PAGE_ANCHORS as Record<string, (typeof PAGE_ANCHORS)[PageKey] | undefined>)[doc.translationOf ?? ''];

/** English addresses served by src/pages rather than by the content collection. */
const EN_APP_ROUTES = new Set<string>(Object.values(ROUTES).map((route) => route.en));

/**
 * Claims that facts.md ("Not to be claimed") and the wizard spec rule out, as English tends to word
 * them. A page may not say them even in passing; a denial is worded so as not to match.
 */
const FORBIDDEN: Array<[claim: string, pattern: RegExp]> = [
  ['a 30% quota (Italian law, not Turkish)', /\b30\s*(?:%|per\s*cent|percent)|\bthirty\s*(?:%|per\s*cent|percent)/i],
  [
    'a percentage of disadvantaged workers',
    /\d+\s*(?:%|per\s*cent|percent)\s+of\s+(?:its\s+|the\s+|their\s+)?(?:workers|workforce|employees|staff)/i,
  ],
  ['tax advantages', /\btax(?:ation)?[\s-]+(?:advantage|benefit|break|exemption|relief|incentive|privilege)/i],
  ['tax advantages (an exemption)', /\b(?:exempt|exemption)\s+from\s+(?:\w+\s+)?tax/i],
  ['eligibility for a grant', /\beligib(?:le|ility)\b[^.]{0,40}\b(?:grant|support|funding|KOOP-DES)/i],
  ['eligibility for a grant (qualifies for)', /\bqualif(?:y|ies|ied)\s+for\s+(?:a\s+|any\s+|the\s+)?(?:grant|support|funding|KOOP-DES)/i],
  ['eligibility for a grant (will get one)', /\b(?:will|can)\s+(?:get|receive|obtain)\s+(?:a\s+)?(?:grant|KOOP-DES)/i],
  [
    'a ban on distributing surplus',
    /\b(?:ban|bar|prohibition|restriction)\s+on\s+(?:the\s+)?(?:distribut|shar|pay)\w*/i,
  ],
  [
    'a ban on distributing surplus (the law forbids it)',
    /\b(?:forbid|forbids|prohibit|prohibits|bans|bars)\s+(?:the\s+|any\s+)?(?:distribut|shar|pay)\w*/i,
  ],
  [
    'a ban on distributing surplus (must not be shared)',
    /\b(?:must|may|can|does|do|is|are)\s*(?:not|n[’']t)\s+(?:be\s+)?(?:distribute|distributed|share|shared|pay\s+out|paid\s+out)\b/i,
  ],
  ['a ban on distributing surplus (cannot be shared)', /\bcannot\s+(?:be\s+)?(?:distribute|distributed|share|shared)\b/i],
  ['a ban on distributing surplus (non-distribution)', /\bnon-distribution\b/i],
  ['a verdict on the reader', /\byou\s+are\s+a\s+social\s+co-?operative\b/i],
  ['a verdict on the reader (you qualify)', /\byou\s+(?:qualify|count)\s+as\s+a\s+social\s+co-?operative\b/i],
  [
    'a verdict on the reader (your plan is one)',
    /\byour\s+(?:organisation|organization|plan|cooperative|co-operative)\s+(?:is|qualifies\s+as)\s+a\s+social\s+co-?operative\b/i,
  ],
  ['a cap on volunteer members', /\b(?:cap|limit|maximum|ceiling)\s+(?:on|of|for)\s+(?:the\s+(?:number|share)\s+of\s+)?volunteer/i],
  ['pay caps', /\b(?:pay|salary|wage)\s+caps?\b|\bcaps?\s+on\s+(?:pay|salaries|wages)\b/i],
];

/** The words of a page as a reader meets them: title, description and body. */
const wordsOf = (doc: Doc) => [doc.title, doc.description, plainText(doc.body)].join('\n').normalize('NFC');

describe('the English edition', () => {
  it('has pages to check', () => {
    expect(en.length, 'no .mdx files in src/content/docs/en').toBeGreaterThan(0);
  });

  it('pins the sections of every Turkish page', () => {
    expect(Object.keys(PAGE_ANCHORS).sort()).toEqual(tr.map((doc) => doc.slug).sort());
  });
});

describe.each(tr)('Turkish $file', (trDoc) => {
  it('has exactly one English twin', () => {
    const twins = en.filter((doc) => doc.translationOf === trDoc.slug).map((doc) => doc.file);
    expect(twins, `English pages with translationOf: ${trDoc.slug}`).toHaveLength(1);
  });
});

describe.each(en)('English $file', (doc) => {
  const twin = twinOf(doc);

  it('names the Turkish page it translates', () => {
    expect(doc.translationOf, 'translationOf is missing').toBeDefined();
    expect(twin, `translationOf: ${doc.translationOf} is not a file of src/content/docs/tr`).toBeDefined();
  });

  it('has the file name that src/i18n/anchors.ts gives it', () => {
    expect(doc.slug).toBe(anchorsOfPage(doc)?.en);
  });

  it('shares order and part with its twin', () => {
    expect(doc.order, 'order').toBeDefined();
    expect({ order: doc.order, part: doc.part }).toEqual({ order: twin?.order, part: twin?.part });
  });

  it('has a title, a description of at most 160 characters, and a review date', () => {
    expect(doc.title).not.toBe('');
    expect(doc.description.length).toBeGreaterThan(0);
    expect(doc.description.length).toBeLessThanOrEqual(160);
    expect(doc.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rests on the same sources as its twin (same number, same addresses, same order)', () => {
    expect(doc.sources.length).toBeGreaterThan(0);
    expect(doc.sources.map((source) => source.url ?? null)).toEqual(
      twin?.sources.map((source) => source.url ?? null),
    );
  });

  it('starts its headings at ##', () => {
    expect(doc.body).not.toMatch(/^\s{0,3}#\s/m);
  });

  it('has a heading for every heading of its twin, at the same level, in the same order', () => {
    const levels = (body: string) => headingIds(body).map((heading) => heading.level);
    expect(levels(doc.body)).toEqual(levels(twin?.body ?? ''));
  });

  it('gives each section the English id that src/i18n/anchors.ts pairs with the Turkish one', () => {
    const pinned = anchorsOfPage(doc)?.sections ?? [];
    const pairs = headingIds(twin?.body ?? '').map((heading, index) => [
      heading.id,
      headingIds(doc.body)[index]?.id,
    ]);
    expect(pairs).toEqual(pinned);
  });

  it('has the same glossary ids (<dt id>) as its twin, in the same order', () => {
    expect(termIds(doc.body)).toEqual(termIds(twin?.body ?? ''));
  });

  it('has as many start buttons as its twin, each on its own line', () => {
    const buttons = (body: string) => (body.match(/^<StartButton \/>$/gm) ?? []).length;
    expect(buttons(doc.body)).toBe(buttons(twin?.body ?? ''));
    expect(doc.body.match(/<StartButton\b/g)?.length ?? 0).toBe(buttons(doc.body));
  });

  it.each(FORBIDDEN)('does not claim %s', (_claim, pattern) => {
    const found = pattern.exec(wordsOf(doc));
    expect(found?.[0], 'facts.md, "Not to be claimed"').toBeUndefined();
  });
});

const links = en.flatMap((doc) => linksOf(doc).map((href) => ({ file: doc.file, href, doc })));

describe('links in the English pages', () => {
  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(0);
  });

  it.each(links)('$file → $href', ({ href, doc }) => {
    if (/^https:\/\//.test(href)) return; // other sites: checked by people, not here
    expect(href, 'Only https://, /en/ and # links are used').toMatch(/^(?:\/en\/|#)/);

    const [path = '', anchor] = href.split('#', 2);
    const target = path === '' ? doc : enByPath.get(path);
    if (path !== '') {
      expect(path, `"${href}": internal addresses end with a slash`).toMatch(/\/$/);
      expect(
        target !== undefined || EN_APP_ROUTES.has(path),
        `"${href}" goes to ${path}, which is neither a page of src/content/docs/en nor in src/i18n/routes.ts`,
      ).toBe(true);
    }
    if (anchor !== undefined) {
      expect(target, `"${href}": an anchor on a page outside the collection cannot be checked`).toBeDefined();
      const anchors = anchorsOf(target!);
      expect(
        anchors.has(anchor),
        `"${href}": ${target!.file} has no id "${anchor}". Its ids: ${[...anchors].join(', ')}`,
      ).toBe(true);
    }
  });
});
