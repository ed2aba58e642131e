/**
 * Every statement of the source text (shared/seed/sosyal-kooperatif.txt) must appear on the site.
 *
 * The seed is split into statements: its headings, its sentences and its bullet items. Each statement,
 * after the light edits of EDITS below, must be found in some page of src/content/docs/tr: in its
 * title (the page's h1) or in its body, read as plain text (link and emphasis syntax, tags, list and
 * heading marks removed). Both sides are compared normalised: NFC, quotes, white space, Turkish case.
 * A statement's final "." or "!" is not compared, since a statement may appear as a heading, and
 * headings carry no full stop ("Kamu yararı önceliklidir." is the heading "Kamu yararı önceliklidir").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, foldLines, normalise, phrasePattern, plainText, readPages } from './pages';

/**
 * The seed is kept in the repository (src/content/seed/), so that a clone alone can run the tests.
 * The team's shared folder beside the repository holds the original: where it is present (as in CI),
 * the copy must be identical, so an update of the original fails here until the site follows it.
 */
const SEED_FILE = join(ROOT, 'src', 'content', 'seed', 'sosyal-kooperatif.txt');
const SHARED_SEED_FILE = join(ROOT, '..', 'shared', 'seed', 'sosyal-kooperatif.txt');

/** How many statements the seed holds. If the seed changes, this fails first: read the new text. */
const EXPECTED_STATEMENTS = 33;

interface Edit {
  /** The seed's wording (compared after normalisation, so case does not matter). */
  seed: string;
  /** The site's wording. */
  site: string;
  /** Why the change is a light edit and not a change of claim. */
  why: string;
}

/**
 * The allowed light edits, applied to the normalised seed as whole phrases (never inside a word).
 * Every entry must apply at least once (tested below), so the table cannot quietly go stale.
 */
const EDITS: Edit[] = [
  {
    seed: 'gözetirler.Çalışma Modeli',
    site: 'gözetirler.\nçalışma modeli',
    why: 'the seed lost the line break between a sentence and the next heading',
  },
  {
    seed: 'SOSYAL KOOPERATİF\n\nBir sosyal girişim modelidir!',
    site: 'Sosyal kooperatif bir sosyal girişim modelidir!',
    why: 'the one-line heading is the subject of the sentence under it; alone it would match any page',
  },
  {
    seed: 'kar',
    site: 'kâr',
    why: 'one spelling, with the circumflex, everywhere ("kar" is snow); facts.md, Words',
  },
  {
    seed: 'arttırır',
    site: 'artırır',
    why: 'standard spelling (TDK); also covers the ALL CAPS heading "ARTTIRIR!", since case is folded first',
  },
  {
    seed: 'faaliyetlerde düzenlenir',
    site: 'faaliyetler de düzenlenir',
    why: 'the conjunction "de" ("also") is written apart',
  },
  {
    seed: 'sosyal kooperatifce',
    site: 'sosyal kooperatifçe',
    why: 'the suffix after "f" is "-çe"',
  },
  {
    seed: 'yetersizlikleri giderilmesine',
    site: 'yetersizliklerin giderilmesine',
    why: 'typo: the genitive "-in" was missing ("the removal of the shortcomings")',
  },
  {
    seed: 'ortaklığına-üyeliklerine',
    site: 'ortaklığına (üyeliğine)',
    why: 'facts.md: "ortak (üye)"; a hyphen between two words reads as a range, and screen readers say "dash"',
  },
  {
    seed: 'ortaklara-üyelere',
    site: 'ortaklara (üyelere)',
    why: 'as above',
  },
  {
    seed: 'ortaklığa/üyeliğe',
    site: 'ortaklığa (üyeliğe)',
    why: 'as above; screen readers read "/" as "slash"',
  },
  {
    seed: 'ortaklıktan/üyelikten',
    site: 'ortaklıktan (üyelikten)',
    why: 'as above',
  },
  {
    seed: 'Detaylı bilgi için tıklayın.',
    site:
      'Detaylı bilgi için sosyal kooperatifin diğer kooperatif türlerinden farkını, çalışma modelini ve ' +
      'sekiz özelliğini anlatan sayfaları okuyun.',
    why: 'the seed\'s link had no target, and "click" says nothing about where a link goes: the site names and links the pages',
  },
];

function applyEdits(text: string): string {
  return EDITS.reduce(
    (current, edit) => current.replace(phrasePattern(foldLines(edit.seed), 'gu'), foldLines(edit.site)),
    text,
  );
}

/** The seed's statements, normalised and edited: headings, sentences, bullet items. */
function seedStatements(seed: string): string[] {
  return applyEdits(foldLines(seed))
    .split('\n')
    .map((line) => line.replace(/^\s*[•*-]\s*/, '').trim()) // bullet marks
    .filter((line) => line.length > 0)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/)) // sentences
    .map((sentence) => normalise(sentence.replace(/[.!]+$/, '')))
    .filter((statement) => statement.length > 0);
}

const seed = readFileSync(SEED_FILE, 'utf8');

describe.runIf(existsSync(SHARED_SEED_FILE))('the copy of the seed', () => {
  it('is identical to the shared original', () => {
    expect(seed).toBe(readFileSync(SHARED_SEED_FILE, 'utf8'));
  });
});
const statements = seedStatements(seed);

const pages = readPages();
/** Each page's title and body as normalised plain text, with its file name for messages. */
const corpus = pages.map((page) => ({
  file: page.file,
  text: normalise(`${page.title}\n\n${plainText(page.body)}`),
}));

describe('the seed and its edit table', () => {
  it(`splits into ${EXPECTED_STATEMENTS} statements`, () => {
    expect(statements, statements.map((s, i) => `${i + 1}. ${s}`).join('\n')).toHaveLength(EXPECTED_STATEMENTS);
  });

  it.each(EDITS.map((edit) => ({ ...edit, label: edit.seed.replace(/\n/g, ' ') })))(
    'edit "$label" applies to the seed',
    ({ seed: wording }) => {
      expect(
        phrasePattern(foldLines(wording)).test(foldLines(seed)),
        `The edit table names "${wording}", which the seed no longer contains: remove or fix the entry.`,
      ).toBe(true);
    },
  );
});

describe('every statement of the seed is on the site', () => {
  it('reads the pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(statements.map((statement, index) => ({ statement, n: index + 1 })))(
    'statement $n: "$statement"',
    ({ statement }) => {
      const pattern = phrasePattern(statement);
      const found = corpus.filter((page) => pattern.test(page.text)).map((page) => page.file);
      expect(
        found.length,
        `Seed statement not found on any page of src/content/docs/tr:\n  "${statement}"\n` +
          'Put it back (light edits only), or, if the wording changed on purpose, add the change to EDITS with the reason.',
      ).toBeGreaterThan(0);
    },
  );
});
