import type { UiKey } from './tr';

/**
 * Every word of the interface in Arabic: the same keys and `{placeholders}` as `tr`, translated from
 * the Turkish in plain Modern Standard Arabic (short sentences, everyday words). The reader is
 * addressed as "أنت", as on the Arabic guide pages; buttons and links say what to do (انسخ الرمز).
 * Terms follow the Arabic term table of the project brief; a Turkish institution keeps its Turkish
 * name in Latin letters beside the Arabic, as the reader meets it in offices. «Quotes» as on the
 * Arabic pages, Arabic comma and question mark (، ؟), Western digits.
 */
export const ar = {
  'site.name': 'دليل التعاونية الاجتماعية',
  'site.tagline': 'معلومات عن التعاونيات الاجتماعية، وتقييم ذاتي',
  'skipLink': 'الانتقال إلى المحتوى الرئيسي',

  'nav.label': 'القائمة الرئيسية',
  'nav.home': 'الصفحة الرئيسية',
  'nav.guide': 'الدليل',
  'nav.founding': 'كيف تؤسس تعاونية؟',
  'nav.glossary': 'قاموس الكلمات',
  'nav.wizard': 'التقييم الذاتي',

  'home.start': 'ابدأ التقييم الذاتي',
  'home.startHint': '11 سؤالًا. تبقى إجاباتك في متصفحك فقط، ولا تُرسَل إلى أي مكان.',
  'home.guideHeading': 'صفحات الدليل',

  'breadcrumbs.label': 'مكانك في الموقع',
  'toc.label': 'في هذه الصفحة',
  'guideNav.label': 'صفحات الدليل',
  'part.guide': 'الدليل',
  'part.about': 'عن هذا الموقع',
  'pagination.label': 'الصفحة السابقة والصفحة التالية',
  'pagination.previous': 'السابقة',
  'pagination.next': 'التالية',
  'page.lastReviewed': 'آخر مراجعة:',
  'page.sources': 'مصادر هذه الصفحة',
  'inShort.title': 'باختصار',

  'search.label': 'البحث في الموقع',
  'search.button': 'بحث',
  'search.title': 'البحث',
  // Adapted, like the English: this search finds the Arabic pages (issue 12, "Search in Arabic").
  'search.description': 'ابحث في الصفحات العربية من دليل التعاونية الاجتماعية. للصفحات التركية بحث خاص بها.',
  'search.hint':
    'اكتب الكلمة كما تكتبها عادةً: بالتشكيل أو بدونه، وبأي شكل من أشكال الألف (أ إ آ ا). ويمكنك أن تكتب المصطلحات التركية بالحروف اللاتينية، مثل anasozlesme.',
  'search.loading': 'جارٍ تجهيز البحث…',
  'search.empty': 'اكتب كلمة للبحث عنها.',
  'search.noResults': 'لم نجد نتائج للبحث عن «{query}». جرّب كلمة أخرى، أو تصفّح الصفحات أدناه.',
  // "{count} نتيجة" would need Arabic number agreement (3–10, 11–99, 100…): the count stands alone.
  'search.results': 'عدد النتائج للبحث عن «{query}»: {count}.',
  'search.result': 'وجدنا نتيجة واحدة للبحث عن «{query}».',
  'search.failed': 'تعذّر تحميل البحث الآن. يمكنك أن تستعمل قائمة الصفحات أدناه.',
  'search.needsScript': 'البحث يحتاج إلى JavaScript. إذا كان JavaScript معطّلًا في متصفحك، فاستعمل قائمة الصفحات أدناه.',
  'search.allPages': 'كل صفحات الموقع',
  // Search for questions (issue 13): what the search page says when it drops words or finds nothing.
  'search.partial': 'لا توجد صفحة فيها كل كلماتك. هذه أقرب النتائج:',
  'search.didYouMean': 'هل تقصد:',
  'search.help.heading': 'ألم تجد ما تبحث عنه؟',
  'search.help.wizard': 'التقييم الذاتي: هل تتفق خطتك مع التعاونية الاجتماعية؟',
  'search.help.glossary': 'قاموس الكلمات: شرح بسيط لكل كلمة',
  'search.help.founding': 'خطوات تأسيس تعاونية اجتماعية',
  'search.help.advice': 'لوضعك الخاص، راجع مديرية التجارة في الولاية (il ticaret müdürlüğü).',

  'footer.notice':
    'هذا الموقع يقدّم معلومات، وليس استشارة قانونية. لأسئلتك عن التأسيس، راجع مديرية التجارة في الولاية (il ticaret müdürlüğü). وإذا كانت خطتك زراعية، فراجع مديرية الزراعة والغابات في الولاية (il tarım ve orman müdürlüğü).',
  'footer.independent': 'هذا موقع معلومات مستقل. وهو ليس موقع مؤسسة أو جهة رسمية.',
  'footer.publisher': 'ناشر هذا الموقع: {name}.',
  'footer.report': 'هل في هذه الصفحة خطأ؟',
  'footer.reportLink': 'أخبرنا',
  'footer.reportSubject': 'خطأ في صفحة: {page}',
  'footer.reportBody': 'الصفحة التي فيها الخطأ: {page} — ما الخطأ؟ هل تكتبه لنا؟',
  'footer.privacy': 'الخصوصية',
  'footer.sources': 'المصادر',
  'footer.label': 'معلومات الموقع',
  'footer.embed': 'أضف التقييم الذاتي إلى موقعك',

  'embed.fullSite': 'افتحه في دليل التعاونية الاجتماعية (في تبويب جديد)',
  'embed.frameLabel': 'رمز الإطار (iframe): الصقه في صفحتك، في المكان الذي تريد أن تظهر فيه الأداة.',
  'embed.scriptLabel': 'رمز اختياري (script): يجعل ارتفاع الإطار على قدر محتواه. الصقه مرة واحدة في آخر صفحتك.',
  'embed.scriptComment': 'يجعل الإطار على قدر ارتفاع محتواه، ولا يستمع إلا إلى الرسائل الآتية من هذا الموقع.',
  'embed.copy': 'انسخ الرمز',
  'embed.copied': 'تم نسخ الرمز.',
  'embed.wizardStart': 'بداية التقييم الذاتي',
  'embed.resultLink': 'رابط نتيجة مع إجاباتها (مثال)',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.description': 'الصفحة التي تبحث عنها ليست في هذا العنوان.',
  'notFound.body': 'ربما كُتب حرف خطأ في العنوان، أو ربما نُقلت الصفحة.',
  'notFound.searchPrompt': 'يمكنك أن تبحث في الموقع لتجد ما تبحث عنه:',
  'notFound.homeLink': 'عد إلى الصفحة الرئيسية',
  'notFound.guideLink': 'أو تصفّح صفحات الدليل:',
} satisfies Record<UiKey, string>;
