/**
 * The result's parts as the server renders them (Preact to a string, read with node-html-parser), in
 * every language: what the contract (shared/spec/wizard.md, "The result page") fixes about their
 * order and markup. The words themselves are checked in tests/unit/i18n; the page in a browser in
 * tests/e2e/wizard.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { h, type FunctionComponent } from 'preact';
import { render } from 'preact-render-to-string';
import { parse, type HTMLElement } from 'node-html-parser';
import { planWith } from '../../support/plans';
import { assess, type Assessment } from '../../../src/machines/assessment';
import { CRITERIA, type CriterionId, type CriterionSection, type Status } from '../../../src/machines/criteria';
import { anchorAddress, type AnchorId } from '../../../src/i18n/anchors';
import { locales, type Locale } from '../../../src/i18n';
import { wizardWords } from '../../../src/i18n/wizard';
import { VerdictBox } from '../../../src/components/wizard/VerdictBox';
import { StatusTag } from '../../../src/components/wizard/StatusTag';
import { CriterionBlock } from '../../../src/components/wizard/CriterionBlock';
import { ResultActions } from '../../../src/components/wizard/ResultActions';
import { pluralText } from '../../../src/components/wizard/plural';

/** A component rendered by the server, as a tree. */
const html = <P extends object>(component: FunctionComponent<P>, props: P): HTMLElement =>
  parse(render(h(component, props)));
/** The text a reader sees, entities decoded and white space folded. */
const textOf = (element: HTMLElement | null | undefined): string => (element?.text ?? '').replace(/\s+/g, ' ').trim();

const FEW_FOUNDERS = planWith({ members: 5, workerMembers: 3 });
const VOTES_BY_CAPITAL = planWith({ governance: 'by-shares' });
const CARE_COOPERATIVE = planWith({
  focus: 'social-services',
  stakeholders: ['consumers'],
  workerMembers: 2,
  workerBoard: 1,
});

/** Levenshtein distance: how many letters a reader must tell apart. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('telling status words apart', () => {
  it('the distance counts the letters that differ', () => {
    expect(distance('Karşılanıyor', 'Karşılanmıyor')).toBe(1);
    expect(distance('Var', 'Eksik')).toBe(5);
  });
});

describe.each(locales)('%s', (locale: Locale) => {
  const words = wizardWords[locale];
  const sections = Object.fromEntries(
    [
      ...CRITERIA.map((criterion) => criterion.section),
      ...CRITERIA.flatMap((criterion) => criterion.exception?.section ?? []),
    ].map((section) => [section, anchorAddress(section as AnchorId, locale)]),
  ) as Record<CriterionSection, string>;
  const verdictBox = (assessment: Assessment) =>
    html(VerdictBox, { assessment, words, locale }).querySelector('[data-verdict]')!;

  describe('the verdict box names each unmet founding prerequisite plainly, above the verdict and its summary', () => {
    it.each([
      ['fewer than seven founders', FEW_FOUNDERS, ['founders-min-7']],
      ['votes by capital', VOTES_BY_CAPITAL, ['one-vote-per-member']],
      ['both', { ...FEW_FOUNDERS, governance: 'founders-decide' as const }, ['founders-min-7', 'one-vote-per-member']],
    ])('%s', (_plan, answers, unmet) => {
      const box = verdictBox(assess(answers));
      const named = box.querySelectorAll('[data-prerequisite]');
      expect(named.map((item) => item.getAttribute('data-prerequisite'))).toEqual(unmet);
      for (const item of named) {
        const criterion = words.criteria[`criterion.${item.getAttribute('data-prerequisite') as CriterionId}`];
        expect(textOf(item)).toBe(`${criterion.name}: ${criterion.notMet}`);
      }
      // Nothing above the prerequisites: no heading that says the plan matches stands over them.
      const children = box.childNodes.filter(
        (node): node is HTMLElement => node instanceof Object && 'tagName' in node,
      );
      expect(children[0]!.classList.contains('verdict__prerequisites')).toBe(true);
      expect(children[0]!.querySelector('h2')!.id).toBe('prerequisites-unmet-heading');
      expect(textOf(children[0]!.querySelector('h2'))).not.toBe(words.result.verdicts[assess(answers).verdict].heading);
      // The count's own plural form: never a list of two under a sentence about one (review m8).
      expect(textOf(children[0]!.querySelector('h2'))).toBe(
        pluralText(words.result.prerequisitesUnmet, unmet.length, locale),
      );
    });

    it('the headings for one and for two differ', () => {
      expect(pluralText(words.result.prerequisitesUnmet, 2, locale)).not.toBe(
        pluralText(words.result.prerequisitesUnmet, 1, locale),
      );
    });

    it('a plan that meets them all has no such line', () => {
      expect(
        verdictBox(assess(planWith({}))).querySelectorAll('[data-prerequisite], .verdict__prerequisites'),
      ).toHaveLength(0);
    });

    it('"not a condition for founding" is never said beside an unmet prerequisite', () => {
      const differing = { ...FEW_FOUNDERS, surplus: 'distribute' as const };
      expect(assess(differing).verdict).toBe('does-not-match');
      expect(textOf(verdictBox(assess(differing)))).not.toContain(words.result.notAFoundingCondition);
      expect(textOf(verdictBox(assess(planWith({ surplus: 'distribute' }))))).toContain(
        words.result.notAFoundingCondition,
      );
    });
  });

  describe('status words differ at a glance and carry a mark that is not colour alone', () => {
    const statuses: Status[] = ['met', 'not-met', 'unclear'];
    it.each([
      ['description points', 'core' as const],
      ['founding prerequisites', 'legal' as const],
    ])('%s', (_group, kind) => {
      const tags = statuses.map((status) => html(StatusTag, { status, kind, words }).querySelector('.tag')!);
      const marks = tags.map((tag) => tag.querySelector('.tag__mark')!);
      for (const mark of marks) {
        expect(mark.getAttribute('aria-hidden')).toBe('true');
        expect(textOf(mark)).not.toBe('');
      }
      expect(new Set(marks.map(textOf)).size).toBe(statuses.length);
      const spoken = tags.map((tag) =>
        textOf(tag)
          .replace(textOf(tag.querySelector('.tag__mark')), '')
          .trim(),
      );
      spoken.forEach((word, index) => {
        expect(word).toBe((kind === 'legal' ? words.result.prerequisiteStatus : words.result.status)[statuses[index]!]);
        for (const other of spoken.slice(index + 1)) {
          expect(word.toLocaleLowerCase(locale)).not.toContain(other.toLocaleLowerCase(locale));
          expect(other.toLocaleLowerCase(locale)).not.toContain(word.toLocaleLowerCase(locale));
          expect(distance(word, other), `${word} / ${other}`).toBeGreaterThanOrEqual(3);
        }
      });
    });
  });

  describe('each criterion block carries its id, its status and its source', () => {
    const assessment = assess(VOTES_BY_CAPITAL);
    it.each(
      [...assessment.legal, ...assessment.core, ...assessment.characteristics].map(
        (criterion) => [criterion.id, criterion] as const,
      ),
    )('%s', (_id, criterion) => {
      const block = html(CriterionBlock, {
        criterion,
        answers: VOTES_BY_CAPITAL,
        words,
        locale,
        sections,
      }).querySelector('[data-criterion]')!;
      expect(block.getAttribute('data-criterion')).toBe(criterion.id);
      expect(block.getAttribute('data-status')).toBe(criterion.status);
      expect(block.querySelector(`a[href="${sections[criterion.section]}"]`)).not.toBeNull();
      const source = textOf(block.querySelector('.criterion__source'));
      // The prerequisites name the law or the model articles; the description's points need no such line.
      expect(source).toBe(criterion.source === 'text' ? '' : words.result.sourceNames[criterion.source]);
    });

    it('the law for the seven founders and the one vote, the model articles for the board', () => {
      expect(assessment.legal.map(({ id, source }) => `${id}:${source}`)).toEqual([
        'founders-min-7:law',
        'one-vote-per-member:law',
        'board-min-3:model-articles',
      ]);
    });
  });

  describe('a care cooperative of its users: the worker majorities are characteristics, with the text’s passage and its link', () => {
    const assessment = assess(CARE_COOPERATIVE);
    const majorities = ['worker-majority-members', 'worker-majority-board'];

    it('they leave the core, and the plan matches it', () => {
      expect(assessment.core.map(({ id }) => id)).not.toEqual(expect.arrayContaining([majorities[0]]));
      expect(
        assessment.characteristics.filter(({ id }) => majorities.includes(id)).map(({ status }) => status),
      ).toEqual(['not-met', 'not-met']);
      expect(assessment.verdict).toBe('matches-core');
    });

    it.each(majorities)('%s quotes the passage and links to it', (id) => {
      const criterion = assessment.characteristics.find((candidate) => candidate.id === id)!;
      const block = html(CriterionBlock, { criterion, answers: CARE_COOPERATIVE, words, locale, sections });
      const exception = block.querySelector('[data-exception="care-cooperative-of-its-users"]')!;
      const exceptionWords = words.result.exceptions['care-cooperative-of-its-users'];
      expect(textOf(exception.querySelector('blockquote'))).toBe(exceptionWords.quote);
      const link = exception.querySelector('a')!;
      expect(textOf(link)).toBe(exceptionWords.link);
      expect(link.getAttribute('href')).toBe(anchorAddress('bakima-muhtac-nufusun-yasam-kalitesini-artirir', locale));
    });

    it.each([
      ['a work-integration plan', { focus: 'work-integration' as const }],
      ['no users among the members', { stakeholders: ['volunteers' as const] }],
      ['members still undecided', { stakeholders: 'undecided' as const }],
    ])('elsewhere they stay core, with no such passage: %s', (_case, changes) => {
      const answers = { ...CARE_COOPERATIVE, ...changes };
      const other = assess(answers);
      for (const id of majorities) {
        const criterion = other.core.find((candidate) => candidate.id === id)!;
        expect(criterion).toBeDefined();
        expect(
          html(CriterionBlock, { criterion, answers, words, locale, sections }).querySelector('[data-exception]'),
        ).toBeNull();
      }
    });
  });

  it('beside print and copy-link, one line says the result names the groups that will work in it, founders included', () => {
    const actions = html(ResultActions, {
      answers: FEW_FOUNDERS,
      words,
      wizardPath: '/uygunluk/',
      link: 'https://example.test/#x',
      comparePath: '/uygunluk/karsilastir/',
      onDelete: () => {},
    });
    const note = actions.querySelector('.result__share-note')!;
    expect(textOf(note)).toBe(words.result.shareNote);
    const buttons = note.nextElementSibling!;
    expect(buttons.classList.contains('button-group')).toBe(true);
    expect(buttons.querySelectorAll('button').map(textOf)).toEqual(
      expect.arrayContaining([words.result.print, words.result.copyLink]),
    );
  });
});
