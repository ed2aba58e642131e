/**
 * Plain language, measured (issue 9 §6): Ateşman's score (src/utils/readability.ts) of the main text of
 * every built Turkish guide page must reach GUIDE_TARGET. It reads the files in dist/ and opens no browser,
 * so it runs after `npm run build`, as every spec here does. The wizard page has its own target and test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pathOf } from '../../src/utils/docs';
import { atesman } from '../../src/utils/readability';

/** Issue 9 §6: every guide page reads at least at the easy end of "middle difficulty". */
const GUIDE_TARGET = 60;

const DOCS_DIR = join('src', 'content', 'docs', 'tr');

/** The addresses of the Turkish pages whose frontmatter puts them in the guide (`part: guide`). */
function guidePaths(): string[] {
  return readdirSync(DOCS_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => /^part:\s*guide\s*$/m.test(readFileSync(join(DOCS_DIR, file), 'utf8')))
    .map((file) => pathOf(`tr/${file.replace(/\.mdx$/, '')}`))
    .sort();
}

const BLOCK_TAG = /<\/?(?:p|li|h[1-6]|td|th|dt|dd|ul|ol|dl|div|table|tr|section|aside|blockquote|figure|figcaption|br)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The blocks a reader reads on a built page: the paragraphs, list items, headings and table cells of its
 * main text (the `.prose` part of the article, after the table of contents and before the sources).
 */
function mainTextBlocks(html: string): string[] {
  const start = html.indexOf('<div class="prose">');
  const end = html.indexOf('<footer class="doc__footer">', start);
  if (start < 0 || end < 0) throw new Error('no main text (div.prose … footer.doc__footer) on this page');
  return html
    .slice(start, end)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
}

const builtPage = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');

test('the guide has pages to score', () => {
  expect(guidePaths().length).toBeGreaterThan(5);
});

for (const path of guidePaths()) {
  test(`${path} reads at Ateşman ${GUIDE_TARGET} or more`, () => {
    const score = atesman(mainTextBlocks(builtPage(path)));
    test.info().annotations.push({ type: 'Ateşman', description: score.toFixed(1) });
    expect(score, `Ateşman score of the main text of dist${path}index.html`).toBeGreaterThanOrEqual(GUIDE_TARGET);
  });
}
