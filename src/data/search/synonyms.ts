import type { Locale } from '../../i18n';

/**
 * The reader's words and the site's: each entry maps words people type to the words the pages use
 * for the same thing. Reviewed like content: an entry must name the same thing, never a claim (that
 * "hibe" is searched as "KOOP-DES" says nothing of who gets one).
 *
 * Applied when the reader searches, not indexed with the pages: the pages stay as they are (a hidden
 * term would show in Pagefind's excerpts as if the page said it), the index grows by nothing, and a
 * change here needs no rebuild of it. The cost is one more Pagefind search per alternative: 0.5 to
 * 14 ms each, measured in Chromium on a busy two-core machine, once its index chunks are loaded.
 *
 * A reader word of four letters or more also matches its inflected forms ("mülteciler",
 * "başvurulur"); a shorter one matches only itself, so that "kâr" does not catch "karar". Matching
 * ignores case and Turkish letters. Every entry has its own test in tests/unit/search-query.test.ts.
 */
export interface Synonym {
  /** Single words, as readers type them. */
  readonly reader: readonly string[];
  /** What the pages say instead: a word or a phrase. */
  readonly site: readonly string[];
  /**
   * The reader's words are misspellings of the site's: searched only as the site's words. Pagefind's
   * Arabic stemmer takes "نأسس" (for "نؤسس") to the root of "الأساسي", and so finds the wrong pages.
   */
  readonly misspelt?: true;
}

export const SYNONYMS: Record<Locale, readonly Synonym[]> = {
  tr: [
    { reader: ['mülteci', 'sığınmacı'], site: ['göçmen'] },
    { reader: ['hibe', 'fon'], site: ['destek', 'KOOP-DES'] },
    { reader: ['kâr'], site: ['gelir-gider farkı'] },
    { reader: ['işçi'], site: ['çalışan'] },
    { reader: ['üye', 'üyeler'], site: ['ortak'] },
    { reader: ['şart'], site: ['koşul'] },
    { reader: ['başvuru'], site: ['kuruluş izni'] },
    { reader: ['lazım', 'zorunlu', 'zorunda', 'mecbur'], site: ['gerekir'] },
    { reader: ['devlet'], site: ['bakanlık'] },
    { reader: ['cevap'], site: ['yanıt'] },
    { reader: ['normal'], site: ['diğer'] },
    { reader: ['sözleşme', 'tüzük'], site: ['anasözleşme'] },
    { reader: ['para'], site: ['sermaye'] },
    { reader: ['yönetici'], site: ['yönetim kurulu'] },
    { reader: ['toplantı'], site: ['genel kurul'] },
    { reader: ['kaydet', 'kayded'], site: ['sakla'] },
    { reader: ['kurabilir', 'kurulabilir'], site: ['kurulan'] },
    { reader: ['yazılır', 'yazmak', 'yazarız'], site: ['hazırlanır'] },
  ],
  en: [
    { reader: ['refugee', 'refugees', 'asylum'], site: ['migrant'] },
    { reader: ['grant', 'grants', 'funding', 'subsidy'], site: ['support', 'KOOP-DES'] },
    { reader: ['profit', 'profits'], site: ['surplus'] },
    { reader: ['employee', 'employees', 'staff'], site: ['worker'] },
    { reader: ['application'], site: ['founding permission'] },
    { reader: ['government', 'state'], site: ['ministry'] },
    { reader: ['normal', 'ordinary', 'regular'], site: ['other'] },
    { reader: ['bylaws', 'statute', 'constitution'], site: ['articles of association'] },
    { reader: ['money'], site: ['capital'] },
    { reader: ['mandatory', 'compulsory', 'required'], site: ['need'] },
    { reader: ['manager', 'managers', 'directors'], site: ['board'] },
    { reader: ['meeting'], site: ['general assembly'] },
    { reader: ['start', 'create', 'establish'], site: ['found'] },
    { reader: ['share', 'divide', 'split'], site: ['distribute'] },
    { reader: ['write'], site: ['draft'] },
  ],
  // The site's words are those of the shared terminology (BRIEF.md): الفائض, المهاجرون, الأعضاء, الدعم.
  ar: [
    { reader: ['لاجئ', 'لاجئين', 'اللاجئين', 'اللاجئون'], site: ['المهاجرون'] },
    { reader: ['ربح', 'الربح', 'أرباح', 'الأرباح'], site: ['الفائض'] },
    { reader: ['منحة', 'منح', 'تمويل'], site: ['الدعم', 'KOOP-DES'] },
    { reader: ['شريك', 'شركاء', 'الشركاء'], site: ['الأعضاء'] },
    { reader: ['عقد', 'لائحة'], site: ['النظام الأساسي'] },
    // Syrian names of the same things (the glossary gives them: "تُسمّى في سوريا أحيانًا").
    { reader: ['الداخلي'], site: ['الأساسي'] },
    { reader: ['الهيئة', 'هيئة'], site: ['الجمعية'] },
    { reader: ['جمعية', 'جمعيات'], site: ['تعاونية'] },
    { reader: ['بالعدل'], site: ['العدل'] },
    { reader: ['تصويت', 'التصويت', 'والتصويت', 'نصوت', 'يصوت'], site: ['صوت واحد'] },
    // Founders count people before they call them members; "أسس" and "نأسس" are how many type "نؤسس".
    { reader: ['شخص', 'ناس', 'الناس'], site: ['أشخاص', 'أعضاء'] },
    { reader: ['نؤسس', 'أؤسس', 'يؤسس'], site: ['تأسيس'] },
    { reader: ['أسس', 'نأسس', 'أأسس', 'يأسس'], site: ['تأسيس'], misspelt: true },
    // A founder who is not a Turkish citizen: the founding page tells where to ask about membership.
    {
      reader: [
        'أجنبي',
        'أجانب',
        'للأجنبي',
        'للأجانب',
        'سوري',
        'سوريين',
        'السوري',
        'السوريين',
        'جنسية',
        'الجنسية',
        'للاجئ',
        'للاجئين',
      ],
      site: ['مواطنًا تركيًا'],
    },
    // Levantine everyday words.
    { reader: ['نسوان', 'النسوان', 'للنسوان'], site: ['النساء'] },
    { reader: ['ضيعة', 'الضيعة', 'بالضيعة', 'ضيعتنا'], site: ['الريفية'] },
    { reader: ['مصاري', 'المصاري'], site: ['المال'] },
    { reader: ['معلومات', 'المعلومات', 'بالمعلومات', 'معلوماتي'], site: ['البيانات'] },
    { reader: ['الحكومة', 'حكومة', 'الدولة', 'دولة'], site: ['الوزارة'] },
    { reader: ['الاحتياجات'], site: ['الإعاقة'] },
    { reader: ['فوت', 'بفوت', 'نفوت'], site: ['الدخول'] },
    { reader: ['طلع', 'بطلع', 'نطلع'], site: ['الخروج'] },
    { reader: ['بيقرر', 'يقرر', 'بيقرروا'], site: ['القرارات'] },
    { reader: ['بيقدر', 'بيقدروا', 'منقدر'], site: ['يمكن'] },
    { reader: ['يصير', 'نصير', 'تصير'], site: ['يصبح', 'يصبحوا'] },
    { reader: ['حط', 'بحط', 'نحط'], site: ['أضف'] },
    { reader: ['ندفع', 'بندفع', 'مندفع', 'ادفع'], site: ['يُدفع'] },
    { reader: ['يشتغل', 'بيشتغل', 'نشتغل', 'يشتغلوا', 'شغل'], site: ['يعملون'] },
  ],
};
