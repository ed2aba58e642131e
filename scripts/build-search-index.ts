/**
 * Builds the Pagefind index of dist/ (run after `astro build`; part of `npm run build`). Every page is
 * folded first (see foldPageForIndex) so that "kirsal" finds "kırsal". Fails, and so fails the build,
 * when Pagefind reports an error or when no page was indexed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { foldPageForIndex, pageLanguage, searchableWords, vocabularyFile } from '../src/utils/search-index.ts';

const dist = 'dist';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(join(dist, 'pagefind')));
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const problems: string[] = [];
let pages = 0;
// Per language, the words of the indexed pages: the search page suggests spellings from them.
const vocabularies = new Map<string, Set<string>>();
for (const file of await htmlFiles(dist)) {
  const html = await readFile(file, 'utf8');
  const page = foldPageForIndex(html);
  // Only pages that mark their content are searchable: the 404 and search pages are left out.
  if (!page.indexable) continue;
  const language = pageLanguage(html);
  const vocabulary = vocabularies.get(language) ?? new Set();
  for (const word of searchableWords(html)) vocabulary.add(word);
  vocabularies.set(language, vocabulary);
  const response = await index.addHTMLFile({ sourcePath: relative(dist, file), content: page.html });
  problems.push(...response.errors.map((error) => `${file}: ${error}`));
  if (response.file?.uniqueWords) pages += 1;
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
problems.push(...written.errors);
for (const [language, words] of vocabularies) {
  await writeFile(join(dist, 'pagefind', vocabularyFile(language)), JSON.stringify([...words].sort()));
}
await pagefind.close();

if (problems.length > 0 || pages === 0) {
  console.error(`Search index failed (${pages} pages indexed):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Search index: ${pages} pages indexed into ${join(dist, 'pagefind')}`);
