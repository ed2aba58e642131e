/**
 * What the words must say, and must never say, in every language (shared/spec/wizard.md,
 * shared/domain/facts.md "Not to be claimed"). The checks are the same for every language; only the
 * wording they look for is the language's own, in SAYINGS: it takes a speaker of the language to
 * write it, and a new language fails the type check until it has its row. Everything that can be
 * checked without knowing the language (shape, placeholders, numbers, links, spacing) is in
 * ./dictionaries.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../support/words';
import { dictionaries, locales, type Locale } from '../../../src/i18n';
import { wizardWords } from '../../../src/i18n/wizard';
import { ANSWER_FIELDS, ANSWER_KEYS, type NumberKey } from '../../../src/machines/answers';
import { VERDICTS } from '../../../src/machines/assessment';
import { CRITERIA, type Criterion } from '../../../src/machines/criteria';
import { QUESTIONS, QUESTION_IDS, type QuestionId } from '../../../src/machines/questions';
import { parseNumber } from '../../../src/machines/validation';
import { decodeAnswers } from '../../../src/machines/codec';
import { errorMessage, linkErrorText } from '../../../src/components/wizard/answerText';

interface Sayings {
  /** The footer: information, not legal advice, and the office to ask by its Turkish name too. */
  footerNotice: RegExp[];
  /** The result's next steps: the office to ask, by its Turkish name too. */
  nextSteps: RegExp;
  /** …and, for farming, livestock or fishing plans, the agricultural directorate by its Turkish name too. */
  agricultureOffice: RegExp;
  /** …and founding permission from the relevant ministry (art. 3): Trade for most, Agriculture for farming. */
  relevantMinistry: RegExp[];
  /** A founding prerequisite unmet, said plainly: fewer than seven founders, no cooperative at all (art. 2)… */
  fewerThanSeven: RegExp;
  /** …and articles that weigh votes otherwise cannot be registered (art. 48). */
  cannotRegister: RegExp;
  /** The legal block says which prerequisites come from the law and which from the model articles. */
  legalSources: RegExp[];
  /** The worker majorities' rule (checklist and result): in a care cooperative of its users, another feature. */
  careCooperativeRule: RegExp;
  /** A number refused for its form ("-5", a link's "٩"): write it without a sign… */
  noSign: RegExp;
  /** …and, in a link, with the digits 0–9 (a form takes the reader's own digits too). */
  digits0to9: RegExp;
  /** Under every verdict, once: the result is not a legal decision (and no verdict says it again). */
  notLegalDecision: RegExp;
  /** A plan that does not match is told that matching is no condition for founding. */
  notAConditionForFounding: RegExp;
  /** Said in an unmet description criterion: this point does not stop founding; never in a legal one or governance. */
  doesNotStopFounding: RegExp;
  /** How every `unclear` says that a decision is open. */
  notDecidedYet: RegExp;
  /** How `says` opens: after the definition (the focus criterion), after the source text (the rest). */
  perDefinition: RegExp;
  perText: RegExp;
  /** The legal block's sources, as facts.md gives them: Law 1163 art. 2; the model articles, never a law. */
  foundersSource: RegExp;
  boardSource: RegExp;
  law: RegExp;
  /** The unit of the majority rules: strictly more than half, and exactly half is not a majority. */
  majority: RegExp[];
  /** Governance's unmet words: every member has one vote (art. 48), so the plan cannot be written so. */
  oneMemberOneVote: RegExp;
  /** A governance option's hint that names the law: a hint must not tell the founder the expected answer. */
  lawInHint: RegExp;
  /** A number written otherwise than in 0–9 without a sign ("-5", "٩" in a link): how to write it. */
  digitsWithoutSign: RegExp;
  /** The first mention of a member on a page, and what must follow it: the other language's term in brackets. */
  member: { word: RegExp; explained: RegExp };
  /** Claims that facts.md and the contract rule out, as the language tends to word them. */
  forbidden: [claim: string, pattern: RegExp, example: string][];
}

const SAYINGS: Record<Locale, Sayings> = {
  tr: {
    footerNotice: [/hukuki danışmanlık değildir/, /il ticaret müdürlüğü/],
    nextSteps: /il ticaret müdürlüğü/,
    agricultureOffice: /tarım, hayvancılık ya da balıkçılık[^]*il tarım ve orman müdürlüğü/,
    relevantMinistry: [
      /ilgili bakanlık[^]*\(1163 sayılı Kanun, m\. 3\)/,
      /çoğu kooperatif için Ticaret Bakanlığı/,
      /tarım amaçlı kooperatifler için Tarım ve Orman Bakanlığı/,
    ],
    fewerThanSeven: /Kanun, yediden az kurucu ortakla hiçbir kooperatifin kurulmasına izin vermez/,
    cannotRegister: /\(1163 sayılı Kanun, m\. 48\)[^]*tescil edilemez/,
    legalSources: [/Kanundan gelenler/, /kanundan değil, örnek anasözleşmelerden gelir/],
    careCooperativeRule:
      /Sosyal hizmet veren ve hizmetini kullananların da ortak olabildiği bir kooperatifte bu, temel nokta değil, diğer özelliklerden biridir\./,
    noSign: /işaretsiz/,
    digits0to9: /0–9 rakamlarıyla/,
    notLegalDecision: /hukuki karar/,
    notAConditionForFounding: /kooperatif kurmanın bir koşulu değildir/,
    doesNotStopFounding: /Bu nokta, kooperatif kurmanıza engel değildir\./,
    notDecidedYet: /henüz karar vermediniz/,
    perDefinition: /^Tanıma göre /,
    perText: /^Metne göre /,
    foundersSource: /1163 sayılı Kooperatifler Kanunu.*\(m\. 2\)/,
    boardSource: /^Örnek anasözleşmelere göre/,
    law: /kanun/i,
    majority: [/yarısından fazla/, /Yarı yarıya çoğunluk sayılmaz/],
    oneMemberOneVote: /her ortağın genel kurulda bir oyu vardır \(m\. 48\)[^]*yazılamaz/,
    lawInHint: /kanun|m\. 48/i,
    digitsWithoutSign: /rakam.*işaretsiz/,
    member: { word: /(?<!\p{L})[Oo]rta[kğ]\p{L}*/u, explained: /^\s*\(üye/u },
    forbidden: [
      [
        'a percentage of disadvantaged workers (the 30% rule is Italian law)',
        /%\s*30|30\s*%|yüzde\s*(30|otuz)/iu,
        'Çalışanların %30’u dezavantajlı olmalı.',
      ],
      ['tax advantages', /vergi/iu, 'Sosyal kooperatifler daha az vergi öder.'],
      [
        'that something unmet does not change the result (shared/spec/wizard.md: never tell a plan that nothing stops it)',
        /sonuc[uş]\p{L}* (değiştirmez|etkilemez)|sonucu (değiştirmiyor|etkilemiyor)/iu,
        'Bu, sonucu değiştirmez; ama buna bakmanız gerekir.',
      ],
      [
        'grant eligibility',
        /hibe|KOOP-DES|destekten\s+yararlan|destek\s+alabilir/iu,
        'KOOP-DES desteği alabilirsiniz.',
      ],
      [
        'a ban on distributing surplus',
        /yasak[\s\S]{0,80}dağıt|dağıt[\s\S]{0,80}yasak|dağıtılamaz|dağıtamaz/iu,
        'Gelir-gider farkı ortaklara dağıtılamaz.',
      ],
      [
        'a cap on volunteers or pay',
        /gönüllü[\s\S]{0,40}(sınır|en fazla)|ücret[\s\S]{0,20}sınır/iu,
        'Gönüllü ortak sayısına sınır vardır.',
      ],
      [
        'that the user is or is not a social cooperative',
        /sosyal kooperatif(siniz|sınız)|sosyal kooperatif\s+(değilsiniz|sayılırsınız|sayılmazsınız|olursunuz|olamazsınız|olabilirsiniz|olmazsınız)/iu,
        'Siz bir sosyal kooperatifsiniz.',
      ],
      [
        'that the plan is or is not a social cooperative',
        /(kuruluşunuz|planınız|kooperatifiniz)\s+(bir\s+)?sosyal kooperatif(tir|dir|\s+değildir|\s+sayılır)/iu,
        'Kuruluşunuz bir sosyal kooperatiftir.',
      ],
      [
        'a legal status of its own',
        /sosyal kooperatif\s+(statüsü|unvanı)|hukuki statü|ayrı bir hukuki biçim(dir|tir)(?!\p{L})/iu,
        'Sosyal kooperatif statüsü alırsınız.',
      ],
    ],
  },
  en: {
    footerNotice: [/not legal advice/, /provincial trade directorate \(il ticaret müdürlüğü\)/],
    nextSteps: /provincial trade directorate \(il ticaret müdürlüğü\)/,
    agricultureOffice: /farming, livestock or fishing[^]*\(il tarım ve orman müdürlüğü\)/,
    relevantMinistry: [
      /relevant ministry \(Law No\. 1163, article 3\)/,
      /for most cooperatives the Ministry of Trade/,
      /for agricultural cooperatives the Ministry of Agriculture and Forestry/,
    ],
    fewerThanSeven: /The law does not allow any cooperative to be founded with fewer than seven/,
    cannotRegister: /\(Law No\. 1163, article 48\)[^]*cannot be registered/,
    legalSources: [/The ones that come from the law/, /comes from the model articles of association, not from the law/],
    careCooperativeRule:
      /In a cooperative that provides social services and whose users can be members too, this is not a core point but one of the other features\./,
    noSign: /\bno sign\b/,
    digits0to9: /digits 0–9/,
    notLegalDecision: /not a legal decision or an approval/,
    notAConditionForFounding: /not a condition for founding a cooperative/,
    doesNotStopFounding: /This point does not stop you founding a cooperative\./,
    notDecidedYet: /^You have not decided /,
    perDefinition: /^According to the definition, /,
    perText: /^According to the text, /,
    foundersSource: /Law No\. 1163.*\(article 2\)/,
    boardSource: /^According to the model articles of association/,
    law: /\blaw\b/i,
    majority: [/more than half/, /Exactly half is not a majority\./],
    oneMemberOneVote: /one vote[^]*\(article 48\)[^]*cannot/,
    lawInHint: /\blaw\b|article 48/i,
    digitsWithoutSign: /(?:digits|figures).*no sign/,
    member: { word: /\bmember(s|ship)?\b/i, explained: /^\s*\(ortak/u },
    forbidden: [
      [
        'a percentage of disadvantaged workers (the 30% rule is Italian law)',
        /%\s*30|30\s*%|(30|thirty)\s*per\s*cent/i,
        'At least 30% of workers must be disadvantaged.',
      ],
      ['tax advantages', /\btax/i, 'Social cooperatives pay less tax.'],
      [
        'that something unmet does not change the result (shared/spec/wizard.md: never tell a plan that nothing stops it)',
        /\b(does not|doesn’t|doesn't|do not|don’t|will not|won’t) (change|affect) (the|this|your) (result|verdict)/i,
        'This does not change the result, but you should look into it.',
      ],
      ['grant eligibility', /\bgrants?\b|KOOP-DES|funding|subsid|eligib/i, 'You can apply for a KOOP-DES grant.'],
      [
        'a ban on distributing surplus',
        /\b(ban|banned|forbid\w*|prohibit\w*|not allowed|may not|must not|cannot|can’t)\b[\s\S]{0,60}(distribut|shar\w* out)|(distribut\w*|shar\w* out)[\s\S]{0,60}\b(banned|forbidden|prohibited|not allowed|illegal|unlawful)/i,
        'Distributing the surplus is prohibited.',
      ],
      [
        'a cap on volunteers or pay',
        /\b(cap|limit|maximum|quota|at most|no more than)\b[\s\S]{0,30}volunteer|volunteer\w*[\s\S]{0,30}\b(cap|quota|maximum|no more than)\b|\b(pay|wages?|salar\w*)\b[\s\S]{0,20}\b(cap|limit)/i,
        'There is a cap on volunteers.',
      ],
      [
        'that the user is or is not a social cooperative',
        /\byou(’re| are)( not)? (a |an )?social cooperative|\byou (will|would|could|can|cannot|can’t|may|might)( not)? (be|count as|qualify as) (a |an )?social cooperative|\bqualif/i,
        'Your plan qualifies as a social cooperative.',
      ],
      [
        'that the plan is or is not a social cooperative',
        /\b(organisation|organization|plan|cooperative)( is| would be| will be| counts as| qualifies as)( not)? (a |an )?social cooperative/i,
        'Your organisation is not a social cooperative.',
      ],
      [
        'a legal status of its own',
        /legal status|social cooperative status|registered as a social cooperative|legal form of its own|\bis a (separate|distinct|special) legal form/i,
        'A social cooperative has its own legal status.',
      ],
    ],
  },
  ar: {
    footerNotice: [/ليس استشارة قانونية/, /\(il ticaret müdürlüğü\)/],
    nextSteps: /مديرية التجارة في الولاية \(il ticaret müdürlüğü\)/,
    agricultureOffice: /زراعة أو تربية مواشٍ أو صيد أسماك[^]*\(il tarım ve orman müdürlüğü\)/,
    relevantMinistry: [
      /الوزارة المختصة \(قانون التعاونيات رقم 1163، المادة 3\)/,
      /من وزارة التجارة \(Ticaret Bakanlığı\) لأغلب التعاونيات/,
      /ومن وزارة الزراعة والغابات \(Tarım ve Orman Bakanlığı\) للتعاونيات الزراعية/,
    ],
    fewerThanSeven: /القانون لا يسمح بتأسيس أي تعاونية بأقل من سبعة/,
    cannotRegister: /\(قانون التعاونيات رقم 1163، المادة 48\)[^]*لا يمكن تسجيله/,
    legalSources: [/الشروط التي تأتي من القانون/, /فتأتي من نماذج النظام الأساسي، لا من القانون/],
    careCooperativeRule:
      /في تعاونية تقدم خدمات اجتماعية، ويمكن أن يكون الذين يستعملون خدماتها أعضاء فيها، هذه ليست نقطة أساسية، بل صفة من الصفات الأخرى\./,
    noSign: /(بلا|من دون) إشارة/,
    digits0to9: /بالأرقام 0–9/,
    notLegalDecision: /ليست قرارًا قانونيًا/,
    notAConditionForFounding: /ليس شرطًا لتأسيس تعاونية/,
    doesNotStopFounding: /هذه النقطة لا تمنعك من تأسيس تعاونية\./,
    notDecidedYet: /^لم تقرر بعد /,
    perDefinition: /^حسب التعريف، /,
    perText: /^حسب النص، /,
    foundersSource: /قانون التعاونيات \(1163 sayılı Kooperatifler Kanunu\).*المادة 2/,
    boardSource: /^حسب نماذج النظام الأساسي/,
    law: /قانون/,
    majority: [/أكثر من نصف/, /النصف بالضبط ليس أغلبية\./],
    oneMemberOneVote: /صوتًا واحدًا[^]*\(المادة 48\)[^]*لا يمكن أن تُكتب/,
    lawInHint: /قانون|المادة 48/,
    digitsWithoutSign: /بالأرقام.*(?:بلا|من دون) إشارة/,
    member: { word: /(?<!\p{L})(?:وال|بال|لل|ال|ل|و|ب)?(?:عضو|أعضاء)[\p{L}\p{M}]*/u, explained: /^\s*\(ortak/u },
    forbidden: [
      [
        'a percentage of disadvantaged workers (the 30% rule is Italian law)',
        /[%٪]\s*30|30\s*[%٪]|30 في المئة|ثلاثين في المئة/u,
        'يجب أن يكون 30٪ من العاملين من الفئات المحرومة.',
      ],
      ['tax advantages', /ضريب|ضرائب/u, 'التعاونيات الاجتماعية تدفع ضرائب أقل.'],
      [
        'that something unmet does not change the result (shared/spec/wizard.md: never tell a plan that nothing stops it)',
        /لا (يغيّر|يغير|تغيّر|تغير|يؤثر|يؤثّر|تؤثر|تؤثّر) (في )?(هذه )?النتيجة/u,
        'هذا لا يغيّر النتيجة، لكن عليك أن تنظر فيه.',
      ],
      [
        'grant eligibility',
        /(?<!\p{L})(?:ال)?منح(?:ة|ًا)?(?!\p{L})|KOOP-DES|تمويل|دعم مالي|مؤهل/u,
        'يمكنك أن تطلب منحة من KOOP-DES.',
      ],
      [
        'a ban on distributing surplus',
        /(يُمنع|يمنع|ممنوع|محظور|لا يجوز|لا يُسمح)[^.]{0,60}توزيع|توزيع[^.]{0,60}(ممنوع|محظور|غير مسموح|لا يجوز)/u,
        'لا يجوز توزيع الفائض على الأعضاء.',
      ],
      [
        'a cap on volunteers or pay',
        /(حد أقصى|سقف)[^.]{0,30}(المتطوع|الأجور|الرواتب)/u,
        'هناك حد أقصى لعدد المتطوعين.',
      ],
      [
        'that the user is or is not a social cooperative',
        /(?<!\p{L})(أنت|أنتم|أنتن)\s+(لست\s+|لستم\s+)?(?:تعاونية اجتماعية)|(تُعتبر|تعتبر|تُعَدّ)\s+تعاونية اجتماعية/u,
        'أنتم تعاونية اجتماعية.',
      ],
      [
        'that the plan is or is not a social cooperative',
        /(منظمتك|خطتك|تعاونيتك)\s+(هي\s+|ليست\s+)?تعاونية اجتماعية/u,
        'منظمتك ليست تعاونية اجتماعية.',
      ],
      [
        'a legal status of its own',
        /وضع قانوني خاص|صفة التعاونية الاجتماعية|(?<!ليست )شكل(?:ًا)? قانوني(?:ًا)? (?:مستقل|خاص)/u,
        'للتعاونية الاجتماعية وضع قانوني خاص.',
      ],
    ],
  },
};

const isLegal = (criterion: Criterion) => criterion.kind === 'legal';
const NUMBER_KEYS = (Object.keys(ANSWER_FIELDS) as (keyof typeof ANSWER_FIELDS)[]).filter(
  (key): key is NumberKey => ANSWER_FIELDS[key].kind === 'number',
);
const criterionRows = CRITERIA.map((criterion) => [criterion.id, criterion] as const);

/** The text of a question page in reading order: title, hints, fields, options. */
function pageText(locale: Locale, id: QuestionId): string {
  const words = wizardWords[locale];
  const question = QUESTIONS.find((candidate) => candidate.id === id)!;
  const parts: string[] = [words.questions[id].title, ...(words.questions[id].hint ?? [])];
  for (const key of question.keys) {
    if (ANSWER_FIELDS[key].kind === 'number') {
      const field = words.numbers[key as NumberKey];
      parts.push(field.label, field.hint ?? '');
    } else {
      for (const option of Object.values(words.questions[key as Exclude<typeof key, NumberKey>].options))
        parts.push(option.label, option.hint ?? '');
    }
  }
  return parts.join(' ');
}

const numberKeys = ANSWER_KEYS.filter((key): key is NumberKey => ANSWER_FIELDS[key].kind === 'number');

describe.each(locales)('%s', (locale) => {
  const say = SAYINGS[locale];
  const words = wizardWords[locale];

  it('the footer says the site is not legal advice, and names the office to ask', () => {
    for (const pattern of say.footerNotice) expect(dictionaries[locale]['footer.notice']).toMatch(pattern);
  });

  it('says how to write a number that is not a whole number in 0–9 without a sign, in a form and in a link', () => {
    for (const key of numberKeys)
      expect(words.numbers[key].errors['not-a-whole-number']).toMatch(say.digitsWithoutSign);
    expect(words.result.linkReasons['not-a-whole-number']).toMatch(say.digitsWithoutSign);
  });

  it('points to the office to ask among the next steps', () => {
    expect(words.result.next.map(({ text, link }) => `${text} ${link?.label ?? ''}`).join(' ')).toMatch(say.nextSteps);
  });

  it('the next steps name the agricultural directorate for farming, livestock or fishing plans', () => {
    expect(words.result.next.map(({ text }) => text).join(' ')).toMatch(say.agricultureOffice);
  });

  it('founding permission comes from the relevant ministry (art. 3), never one ministry for every cooperative', () => {
    const next = words.result.next.map(({ text }) => text).join(' ');
    for (const pattern of say.relevantMinistry) expect(next).toMatch(pattern);
  });

  it('an unmet founding prerequisite says plainly what it means for founding', () => {
    expect(words.criteria['criterion.founders-min-7'].notMet).toMatch(say.fewerThanSeven);
    expect(words.criteria['criterion.one-vote-per-member'].notMet).toMatch(say.cannotRegister);
  });

  it('the legal block says which prerequisites come from the law and which from the model articles', () => {
    for (const pattern of say.legalSources) expect(words.result.legalIntro).toMatch(pattern);
  });

  // Security review MINOR-6: "-5" and "٩" are whole numbers; the message says what to change.
  describe.each(NUMBER_KEYS)('a number refused for its form: %s', (key) => {
    it('typed with a sign, says to write it without one', () => {
      const parsed = parseNumber(key, '-5', 'form');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(errorMessage({ key, reason: parsed.reason }, words)).toMatch(say.noSign);
    });

    it.each(['٩', '-5'])('in a link as %s, says to write it with the digits 0–9 and no sign', (value) => {
      const decoded = decodeAnswers(`${key}=${encodeURIComponent(value)}`);
      const error =
        decoded.status === 'invalid' ? decoded.errors.find((candidate) => candidate.key === key) : undefined;
      expect(error).toBeDefined();
      expect(linkErrorText(error!, words)).toMatch(say.digits0to9);
      expect(linkErrorText(error!, words)).toMatch(say.noSign);
    });
  });

  it('says under every verdict, in one line, that the result is not a legal decision', () => {
    expect(words.result.notLegalDecision).toMatch(say.notLegalDecision);
    for (const verdict of VERDICTS)
      expect(words.result.verdicts[verdict].body.join(' ')).not.toMatch(say.notLegalDecision);
  });

  it('a plan that does not match is told that matching is not a condition for founding a cooperative', () => {
    expect(words.result.notAFoundingCondition).toMatch(say.notAConditionForFounding);
  });

  it.each(criterionRows)(
    '%s: says what the open decision is, as a question, exactly where the Turkish does',
    (_id, criterion) => {
      const { unclear, toDecide } = words.criteria[criterion.explanationKey];
      if (wizardWords.tr.criteria[criterion.explanationKey].unclear === undefined) {
        expect(unclear).toBeUndefined();
        expect(toDecide).toBeUndefined();
      } else {
        expect(unclear).toMatch(say.notDecidedYet);
        expect(toDecide).toMatch(/[?؟]/);
      }
    },
  );

  it.each(criterionRows)(
    '%s: unmet, says it does not stop founding, unless it is a legal one or governance',
    (_id, criterion) => {
      const { notMet } = words.criteria[criterion.explanationKey];
      if (isLegal(criterion) || criterion.id === 'democratic-governance')
        expect(notMet).not.toMatch(say.doesNotStopFounding);
      else expect(notMet).toMatch(say.doesNotStopFounding);
    },
  );

  it.each(criterionRows.filter(([, criterion]) => !isLegal(criterion)))(
    '%s: says what the source text says',
    (_id, criterion) => {
      // "The definition" only for the definition itself, the one criterion it backs.
      expect(words.criteria[criterion.explanationKey].says).toMatch(
        criterion.id === 'focus' ? say.perDefinition : say.perText,
      );
    },
  );

  it('the legal block cites its sources as facts.md gives them, and never a law for the model articles', () => {
    expect(words.criteria['criterion.founders-min-7'].says).toMatch(say.foundersSource);
    expect(words.criteria['criterion.board-min-3'].says).toMatch(say.boardSource);
    expect(words.criteria['criterion.board-min-3'].rule).toMatch(say.boardSource);
    expect(
      strings(words.criteria['criterion.board-min-3'])
        .map(([, text]) => text)
        .join(' '),
    ).not.toMatch(say.law);
  });

  it('names the unit of the majority rules: strictly more than half', () => {
    for (const key of ['criterion.worker-majority-members', 'criterion.worker-majority-board'] as const) {
      for (const pattern of say.majority) expect(words.criteria[key].rule).toMatch(pattern);
    }
  });

  it('the majority rules say that in a care cooperative of its users they are other features', () => {
    for (const key of ['criterion.worker-majority-members', 'criterion.worker-majority-board'] as const)
      expect(words.criteria[key].rule).toMatch(say.careCooperativeRule);
  });

  // The contract: a plan against one member, one vote is told on its result about art. 48…
  it('a plan against one member, one vote is told on its result that the law gives every member one vote', () => {
    expect(words.criteria['criterion.democratic-governance'].notMet).toMatch(say.oneMemberOneVote);
  });

  // …but not before it answers: a hint never tells the founder what is expected.
  it('no governance choice says what the law expects', () => {
    for (const option of Object.values(words.questions.governance.options))
      expect(option.hint ?? '').not.toMatch(say.lawInHint);
  });

  describe('no sentence makes a forbidden claim', () => {
    const all = [...strings(dictionaries[locale]), ...strings(words)];
    it.each(say.forbidden)('%s', (_claim, pattern) => {
      expect(all.filter(([, text]) => pattern.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([]);
    });

    // The patterns must catch what they are for: a sentence each that would be wrong to print.
    it.each(say.forbidden)('the pattern for %s catches a sentence that claims it', (_claim, pattern, example) => {
      expect(example).toMatch(pattern);
    });
  });

  describe('the first mention of a member on a page is explained by the other language’s term', () => {
    const firstMentionIsExplained = (text: string) => {
      const unquoted = text.replace(/“[^”]*”|«[^»]*»/g, ' ');
      const first = say.member.word.exec(unquoted);
      return !first || say.member.explained.test(unquoted.slice(first.index + first[0].length));
    };

    it.each(QUESTION_IDS)('question page %s', (id) => {
      expect(firstMentionIsExplained(pageText(locale, id)), pageText(locale, id)).toBe(true);
    });

    it('the introduction', () => {
      expect(firstMentionIsExplained(words.intro.body.join(' '))).toBe(true);
    });

    it('the check finds a mention left unexplained', () => {
      expect(firstMentionIsExplained(`${words.intro.body.join(' ').match(say.member.word)?.[0] ?? 'x'} .`)).toBe(false);
    });
  });
});
