/**
 * Every translated edition (src/content/docs/en, src/content/docs/ar…) against its Turkish twins
 * (src/content/docs/tr), through the same checks for every language.
 *
 * Each translated page names the Turkish page it translates in `translationOf`. The two must stay in
 * step: one twin in each language for every Turkish page, the same place in the guide (`order`,
 * `part`), the same sources, a section for every section (the wizard and the language switch map one
 * id to the other: src/i18n/anchors.ts pins that map, whose English ids every translation uses), the
 * glossary's word ids unchanged. A translation links to its own language's pages, and makes none of
 * the claims that facts.md ("Not to be claimed") rules out, as FORBIDDEN words them in its language.
 * Plain string work, like ./pages.ts, whose helpers this file reuses.
 */
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales, type Locale } from '../../../src/i18n';
import { PAGE_ANCHORS, type PageKey } from '../../../src/i18n/anchors';
import { ROUTES } from '../../../src/i18n/routes';
import { createSlugger } from '../../../src/utils/slug';
import { anchorsOf, headingId, linksOf, plainText, readPages, type Page } from './pages';

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

type Translation = Exclude<Locale, 'tr'>;
const translations = locales.filter((locale): locale is Translation => locale !== defaultLocale);

const tr = readPages(defaultLocale);
const trBySlug = new Map(tr.map((doc) => [doc.slug, doc]));
const twinOf = (doc: Page) => trBySlug.get(doc.translationOf ?? '');
/** The published sections of a translated page's twin (src/i18n/anchors.ts). */
const anchorsOfPage = (doc: Page) =>
  (PAGE_ANCHORS as Record<string, (typeof PAGE_ANCHORS)[PageKey] | undefined>)[doc.translationOf ?? ''];

/**
 * Claims that facts.md ("Not to be claimed") and the wizard spec rule out, as each language tends to
 * word them. A page may not say them even in passing; a denial is worded so as not to match. A page
 * may name the KOOP-DES grant programme and taxes; it may not promise them.
 */
const FORBIDDEN: Record<Translation, Array<[claim: string, pattern: RegExp]>> = {
  en: [
    ['a 30% quota (Italian law, not Turkish)', /\b30\s*(?:%|per\s*cent|percent)|\bthirty\s*(?:%|per\s*cent|percent)/i],
    [
      'a percentage of disadvantaged workers',
      /\d+\s*(?:%|per\s*cent|percent)\s+of\s+(?:its\s+|the\s+|their\s+)?(?:workers|workforce|employees|staff)/i,
    ],
    ['tax advantages', /\btax(?:ation)?[\s-]+(?:advantage|benefit|break|exemption|relief|incentive|privilege)/i],
    ['tax advantages (an exemption)', /\b(?:exempt|exemption)\s+from\s+(?:\w+\s+)?tax/i],
    ['eligibility for a grant', /\beligib(?:le|ility)\b[^.]{0,40}\b(?:grant|support|funding|KOOP-DES)/i],
    [
      'eligibility for a grant (qualifies for)',
      /\bqualif(?:y|ies|ied)\s+for\s+(?:a\s+|any\s+|the\s+)?(?:grant|support|funding|KOOP-DES)/i,
    ],
    [
      'eligibility for a grant (will get one)',
      /\b(?:will|can)\s+(?:get|receive|obtain)\s+(?:a\s+)?(?:grant|KOOP-DES)/i,
    ],
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
    [
      'a ban on distributing surplus (cannot be shared)',
      /\bcannot\s+(?:be\s+)?(?:distribute|distributed|share|shared)\b/i,
    ],
    ['a ban on distributing surplus (non-distribution)', /\bnon-distribution\b/i],
    ['a verdict on the reader', /\byou\s+are\s+a\s+social\s+co-?operative\b/i],
    ['a verdict on the reader (you qualify)', /\byou\s+(?:qualify|count)\s+as\s+a\s+social\s+co-?operative\b/i],
    [
      'a verdict on the reader (your plan is one)',
      /\byour\s+(?:organisation|organization|plan|cooperative|co-operative)\s+(?:is|qualifies\s+as)\s+a\s+social\s+co-?operative\b/i,
    ],
    [
      'a cap on volunteer members',
      /\b(?:cap|limit|maximum|ceiling)\s+(?:on|of|for)\s+(?:the\s+(?:number|share)\s+of\s+)?volunteer/i,
    ],
    ['pay caps', /\b(?:pay|salary|wage)\s+caps?\b|\bcaps?\s+on\s+(?:pay|salaries|wages)\b/i],
  ],
  ar: [
    ['a 30% quota (Italian law, not Turkish)', /30\s*[%٪]|[%٪]\s*30|(?:30|ثلاثين)\s+في\s+المئة/u],
    ['tax advantages', /(?:إعفاء|إعفاءات|مزايا|ميزة|امتيازات|تخفيض)[^.]{0,20}ضريب/u],
    [
      'eligibility for a grant',
      /(?:مؤهل|مؤهلة|يحق\s+ل|تستحق|ستحصل\s+على|ستحصلون\s+على)[^.]{0,40}(?:منح|دعم|تمويل|KOOP-DES)/u,
    ],
    [
      'a ban on distributing surplus',
      /(?:يُمنع|يمنع|ممنوع|محظور|لا\s+يجوز|لا\s+يُسمح|يحظر|يُحظر)[^.]{0,60}توزيع|توزيع[^.]{0,60}(?:ممنوع|محظور|غير\s+مسموح)/u,
    ],
    [
      'a verdict on the reader',
      /(?<!\p{L})(?:أنت|أنتم)\s+(?:لست\s+|لستم\s+)?تعاونية\s+اجتماعية|(?:منظمتك|خطتك|تعاونيتك)\s+(?:هي\s+)?تعاونية\s+اجتماعية/u,
    ],
    ['a cap on volunteer members or pay', /(?:حد\s+أقصى|سقف)[^.]{0,30}(?:المتطوع|الأجور|الرواتب)/u],
  ],
};

/** The words of a page as a reader meets them: title, description and body. */
const wordsOf = (doc: Page) => [doc.title, doc.description, plainText(doc.body)].join('\n').normalize('NFC');

it('src/i18n/anchors.ts pins the sections of every Turkish page', () => {
  expect(Object.keys(PAGE_ANCHORS).sort()).toEqual(tr.map((doc) => doc.slug).sort());
});

describe.each(translations)('the %s edition', (locale) => {
  const docs = readPages(locale);
  const byPath = new Map(docs.map((doc) => [doc.path, doc]));
  /** Addresses of this language served by src/pages rather than by the content collection. */
  const appRoutes = new Set<string>(Object.values(ROUTES).map((route) => route[locale]));

  it('has pages to check', () => {
    expect(docs.length, `no .mdx files in src/content/docs/${locale}`).toBeGreaterThan(0);
  });

  it.each(tr)('has exactly one twin of Turkish $file', (trDoc) => {
    const twins = docs.filter((doc) => doc.translationOf === trDoc.slug).map((doc) => doc.file);
    expect(twins, `${locale} pages with translationOf: ${trDoc.slug}`).toHaveLength(1);
  });

  describe.each(docs)('$file', (doc) => {
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
      const pairs = headingIds(twin?.body ?? '').map((heading, index) => [heading.id, headingIds(doc.body)[index]?.id]);
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

    it.each(FORBIDDEN[locale])('does not claim %s', (_claim, pattern) => {
      const found = pattern.exec(wordsOf(doc));
      expect(found?.[0], 'facts.md, "Not to be claimed"').toBeUndefined();
    });
  });

  const links = docs.flatMap((doc) => linksOf(doc).map((href) => ({ file: doc.file, href, doc })));

  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(0);
  });

  // Other sites (https://) are checked in the built pages: tests/build/links.test.ts.
  it.each(links.filter(({ href }) => !/^https:\/\//.test(href)))('link $file → $href', ({ href, doc }) => {
    expect(href, `Only https://, /${locale}/ and # links are used`).toMatch(new RegExp(`^(?:/${locale}/|#)`));

    const [path = '', anchor] = href.split('#', 2);
    const target = path === '' ? doc : byPath.get(path);
    if (path !== '') {
      expect(path, `"${href}": internal addresses end with a slash`).toMatch(/\/$/);
      expect(
        target !== undefined || appRoutes.has(path),
        `"${href}" goes to ${path}, which is neither a page of src/content/docs/${locale} nor in src/i18n/routes.ts`,
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
