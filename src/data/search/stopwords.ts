import type { Locale } from '../../i18n';

/**
 * Words that make a typed question but name nothing a page is about: question particles, question
 * words and fillers. Search drops them before it asks Pagefind, which returns only pages holding
 * every known word ("en az kaç ortak lazım" found nothing because of "kaç").
 *
 * Written as a reader writes them; matching ignores case and Turkish letters ("MI", "mı", "mi" are
 * one entry). Chosen by measurement against the folded text of the built pages: a word is here only
 * if no page has it, or the pages use it only as a question word or particle ("için", "mu" in
 * "uyuyor mu?"). Words the pages use as content stay searchable, even when readers ask with them:
 * "gerekir" (the founding page: "en az yedi kurucu ortak gerekir"), "olabilir" (the definition page:
 * "ortak (üye) olabilir"), "nereye" and "neden" (headings),
 * "need", "where" and "why" in English. "Lazım" is not dropped but searched as "gerekir" (synonyms.ts).
 * In Arabic, matching also ignores vowel marks and alef forms (src/utils/arabic.ts).
 * Every entry has its own test in tests/unit/search-query.test.ts.
 */
export const STOP_WORDS: Record<Locale, readonly string[]> = {
  tr: [
    // The question particle, alone and with its person and tense endings ("kurabilir miyiz").
    'mi', 'mı', 'mu', 'mü',
    'midir', 'mıdır', 'mudur', 'müdür',
    'miyim', 'mıyım', 'muyum', 'müyüm',
    'misin', 'mısın', 'musun', 'müsün',
    'miyiz', 'mıyız', 'muyuz', 'müyüz',
    'misiniz', 'mısınız', 'musunuz', 'müsünüz',
    'miydi', 'mıydı', 'muydu', 'müydü',
    // Question words.
    'ne', 'neler', 'nedir', 'nelerdir', 'nasıl', 'kaç', 'kim', 'kimler', 'hangi', 'nerede', 'acaba',
    // Fillers of a question: "… var mı", "… mümkün mü", "… için".
    'var', 'mümkün', 'için', 'lütfen', 'ben', 'biz', 'benim', 'bizim',
  ],
  en: [
    'how', 'what', 'which', 'who', 'when', 'many', 'much',
    'is', 'are', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will', 'must', 'have', 'has', 'be',
    'there', 'any', 'a', 'an', 'the', 'to', 'of', 'for', 'on', 'out',
    'i', 'we', 'me', 'my', 'our', 'us', 'you', 'your', 'it', 'please',
  ],
  ar: [
    // Question words and the question particle ("هل يمكن …؟").
    'هل', 'ما', 'ماذا', 'هو', 'هي', 'كيف', 'كم', 'متى', 'أين', 'لماذا', 'أي', 'من',
    // Fillers of a question: "… ممكن", "… لو سمحت", "أنا", "نحن".
    'يمكن', 'يمكنني', 'يمكننا', 'ممكن', 'هناك', 'أنا', 'نحن', 'لو', 'سمحت', 'في', 'على', 'عن', 'إلى',
    // Levantine (Syrian) question words and fillers, as typed: "شو" what, "وين" where, "ليش" why,
    // "مين" who, "قديش" how much, "لازم" must, "بدي/بدنا" I/we want, "منشان" for, "هيك" so,
    // "حتى" so that, "تبعي" mine, "بيصير" happens, "فيني/فينا" can I/we, "يحق/يجوز" is it allowed.
    // No page uses them, or only as a particle ("حتى تحذفها").
    'شو', 'ايش', 'وين', 'ليش', 'مين', 'قديش', 'لازم', 'بدي', 'بدنا', 'منشان', 'مشان', 'هيك', 'حتى',
    'تبعي', 'تبعنا', 'بيصير', 'بصير',
    'فيني', 'فينا', 'منقدر', 'بيقدر', 'بيقدروا', 'بنقدر', 'يحق', 'يجوز', 'انو', 'ازا', 'شي', 'عم', 'رح', 'كون',
    // "to be" and "means", as English "is" and "be": the pages use them only to join words ("شو يعني …").
    'يكون', 'تكون', 'يعني',
  ],
};
