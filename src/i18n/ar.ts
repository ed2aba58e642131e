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
  'site.shortName': 'دليل التعاونية',
  skipLink: 'الانتقال إلى المحتوى الرئيسي',

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

  // "Dinleyin" (src/components/Listen.astro): the page read aloud by a voice on the reader's own device.
  'listen.label': 'القراءة بصوت عالٍ',
  'listen.start': 'استمع',
  'listen.pause': 'إيقاف مؤقت',
  'listen.resume': 'تابع',
  'listen.next': 'القسم التالي',
  'listen.stop': 'إيقاف',
  'listen.noVoice': 'لتسمع هذه الصفحة، أضف صوتًا عربيًا من إعدادات هاتفك، في قسم تسهيل الاستخدام.',

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
  'search.tooLong': 'كان بحثك طويلًا جدًا، فبحثنا بأول {max} حرف منه فقط.',
  'search.didYouMean': 'هل تقصد:',
  'search.help.heading': 'ألم تجد ما تبحث عنه؟',
  'search.help.wizard': 'التقييم الذاتي: هل تتفق خطتك مع وصف التعاونية الاجتماعية في النص؟',
  'search.help.glossary': 'قاموس الكلمات: شرح بسيط لكل كلمة',
  'search.help.founding': 'خطوات تأسيس تعاونية اجتماعية',
  'search.help.advice':
    'لوضعك الخاص، راجع مديرية التجارة في الولاية (il ticaret müdürlüğü). وإذا كانت خطتك زراعية، فراجع مديرية الزراعة والغابات في الولاية (il tarım ve orman müdürlüğü).',

  'footer.notice':
    'هذا الموقع يقدّم معلومات، وليس استشارة قانونية. لأسئلتك عن التأسيس، راجع مديرية التجارة في الولاية (il ticaret müdürlüğü). وإذا كانت خطتك زراعية، فراجع مديرية الزراعة والغابات في الولاية (il tarım ve orman müdürlüğü).',
  'footer.publisher': 'ناشر هذا الموقع: {name}.',
  'footer.report': 'هل في هذه الصفحة خطأ؟',
  'footer.reportLink': 'أبلغ عن الخطأ',
  'footer.reportSubject': 'خطأ في صفحة: {page}',
  'footer.reportBody':
    'الصفحة التي فيها الخطأ: {page} — ما الخطأ؟ هل تكتبه لنا؟ من فضلك لا تكتب بياناتك الشخصية ولا إجاباتك في التقييم الذاتي.',
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

  'summary.definition':
    'التعاونية الاجتماعية (sosyal kooperatif) هي تعاونية (kooperatif) متخصصة في تقديم الخدمات الاجتماعية، أو في إدخال الأشخاص الأضعف (dezavantajlı kişiler) إلى الحياة العملية، أي الذين تكون فرصهم أقل من فرص غيرهم. ومن أمثلتهم: الأشخاص ذوو الإعاقة، والعاطلون عن العمل لمدة طويلة، والسجناء السابقون، والأشخاص الذين يعانون من الإدمان، والمهاجرون. يملك التعاونية الاجتماعية في الغالب العاملون فيها. ويمكن للمستهلكين والمتطوعين أيضًا أن يصبحوا أعضاء (ortak) في التعاونية.',
  'summary.fullDefinition': 'اقرأ التعريف كاملا',
  'features.lead': 'التعاونية الاجتماعية:',
  'features.publicBenefit': 'تهدف إلى المنفعة العامة، ولا تسعى إلى الربح',
  'features.democratic': 'تقوم المشاركة فيها وإدارتها على مبادئ ديمقراطية: لكل عضو صوت واحد',
  'features.disadvantaged': 'تعمل من أجل الأشخاص الأضعف، وتقدم خدمات اجتماعية',
  'features.innovative': 'تأتي بحلول مبتكرة للمشكلات الاجتماعية والاقتصادية والبيئية',
  'features.employment': 'توظف الأشخاص والفئات الأضعف',
  'features.flexibleMembership': 'تقبل أشكالًا مرنة من العضوية، مثل العضوية التطوعية والعضوية المؤقتة',
  'features.simpleJoining': 'تجعل الدخول في العضوية والخروج منها بسيطًا',
  'features.workerMajority':
    'تُدار بمشاركة أصحاب مصلحة متعددين: يشارك فيها العاملون والمستهلكون والمتطوعون. وأغلب الأعضاء وأغلب الإدارة من العاملين في التعاونية',

  'kit.poster.title': 'ملصق (A4)',
  'kit.poster.description':
    'ملصق يشرح التعاونية الاجتماعية وخصائصها الثماني. يُطبع على صفحة واحدة بحجم A4. وفيه رموز QR تفتح التقييم الذاتي والدليل.',
  'kit.leaflet.title': 'نشرة (A5)',
  'kit.leaflet.description':
    'نشرة تشرح التعاونية الاجتماعية وخصائصها الثماني. تُطبع على صفحة واحدة بحجم A5. وفيها رموز QR تفتح التقييم الذاتي والدليل.',
  'kit.printHint': 'تُطبع هذه الصفحة على ورقة واحدة بحجم {paper}. لتطبعها، استعمل أمر «طباعة» في متصفحك.',
  'kit.heading': 'ما هي التعاونية الاجتماعية؟',
  'kit.featuresHeading': 'خصائصها الرئيسية الثماني',
  'kit.linksHeading': 'امسح الرمز بهاتفك',
  'kit.scanHint': 'امسح رمز QR بكاميرا هاتفك، أو اكتب العنوان.',
  'kit.wizardCaption': 'التقييم الذاتي: هل تتوافق خطتك مع هذه الخصائص؟',
  'kit.guideCaption': 'الدليل: ما هي التعاونية الاجتماعية، وكيف تُؤسَّس؟',
  'kit.qrName': 'رمز QR: يفتح العنوان {url}',
  'kit.preview':
    'معاينة محلية: لم يُنشَر هذا الموقع على عنوانه الخاص بعد. رموز QR والعناوين لا تُفتَح إلا على هذا الحاسوب. لا توزّع هذه الورقة.',
  'qrCodes.title': 'رموز QR للروابط المباشرة',
  'qrCodes.description':
    'رمز QR للتقييم الذاتي ولكل قسم من أقسام الدليل، مع عنوان كل رابط. يمكنك أن تطبعها وتوزعها في الاجتماعات.',
  'qrCodes.intro':
    'كل رمز QR يفتح رابطًا واحدًا. من لا يستطيع أن يمسح الرمز، يمكنه أن يكتب العنوان المكتوب بجانبه. يمكنك أن تطبع هذه الصفحة.',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.description': 'الصفحة التي تبحث عنها ليست في هذا العنوان.',
  'notFound.body': 'ربما كُتب حرف خطأ في العنوان، أو ربما نُقلت الصفحة.',
  'notFound.searchPrompt': 'يمكنك أن تبحث في الموقع لتجد ما تبحث عنه:',
  'notFound.homeLink': 'عد إلى الصفحة الرئيسية',
  'notFound.guideLink': 'أو تصفّح صفحات الدليل:',

  'offline.title': 'لا يوجد اتصال بالإنترنت',
  'offline.description': 'الصفحة التي أردت أن تفتحها بدون اتصال بالإنترنت غير محفوظة على هذا الجهاز.',
  'offline.missing': 'الصفحة التي أردت أن تفتحها غير محفوظة على هذا الجهاز. حاول مرة أخرى عندما تتصل بالإنترنت.',
  'offline.works':
    'إذا فتحت صفحة من صفحات الدليل مرة واحدة مع اتصال بالإنترنت، فإن كل الصفحات باللغة نفسها تُفتح أيضًا بدون اتصال:',
  'offline.download': 'نزّل الدليل كله لتستعمله بدون إنترنت، حوالي {size} كيلوبايت',
  'offline.downloading': 'يجري تنزيل الدليل…',
  'offline.downloaded': 'حُفظ الدليل كله على هذا الجهاز. صار يُفتح بدون إنترنت أيضًا.',
  'offline.alreadyKept': 'الدليل كله محفوظ على هذا الجهاز من قبل.',
  'offline.downloadFailed': 'تعذّر تنزيل الدليل. حاول مرة أخرى وأنت متصل بالإنترنت.',
  'update.ready': 'نسخة جديدة من الموقع جاهزة. ستُفتح عندما تنتقل إلى صفحة أخرى.',
  // Sharing a guide page (issue 21): the phone's share sheet, else the link copied. It shares the address and title only.
  'share.page': 'شارِك هذه الصفحة',
  'share.copied': 'نُسخ رابط الصفحة. يمكنك لصقه في رسالة.',
  'share.failed': 'تعذّر نسخ الرابط. يمكنك نسخ العنوان من شريط العنوان.',
} satisfies Record<UiKey, string>;
