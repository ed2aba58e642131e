/**
 * Every word of the interface in Turkish. Components take their words from here (through `useTranslations`),
 * so that the English edition is one more dictionary of the same shape, not a hunt through the markup.
 */
export const tr = {
  'site.name': 'Sosyal Kooperatif Rehberi',
  'site.tagline': 'Sosyal kooperatifler üzerine kamusal bilgi ve öz değerlendirme',
  'skipLink': 'Ana içeriğe geç',

  'nav.label': 'Ana menü',
  'nav.home': 'Ana sayfa',
  'nav.guide': 'Rehber',
  'nav.founding': 'Nasıl kurulur?',
  'nav.glossary': 'Sözlük',
  'nav.wizard': 'Uygunluk testi',

  'home.start': 'Öz değerlendirmeye başlayın',
  'home.startHint': '11 soru. Yanıtlarınız yalnızca tarayıcınızda kalır, hiçbir yere gönderilmez.',
  'home.guideHeading': 'Rehberin sayfaları',

  'breadcrumbs.label': 'Bulunduğunuz yer',
  'toc.label': 'Bu sayfada',
  'guideNav.label': 'Rehberdeki sayfalar',
  'guideNav.current': '(bu sayfa)',
  'part.guide': 'Rehber',
  'part.about': 'Bu site hakkında',
  'pagination.label': 'Önceki ve sonraki sayfa',
  'pagination.previous': 'Önceki',
  'pagination.next': 'Sonraki',
  'page.lastReviewed': 'Son gözden geçirme:',
  'page.sources': 'Bu sayfanın kaynakları',
  'page.backToTop': 'Sayfanın başına dön',

  'search.label': 'Sitede ara',
  'search.button': 'Ara',
  'search.title': 'Arama',
  'search.description': 'Sosyal Kooperatif Rehberi’nin sayfalarında arayın. Türkçe harfler olmadan da yazabilirsiniz.',
  'search.hint': 'Türkçe harfler olmadan da yazabilirsiniz: “kirsal” yazsanız da “kırsal” geçen sayfaları bulursunuz.',
  'search.loading': 'Arama hazırlanıyor…',
  'search.empty': 'Aramak için bir sözcük yazın.',
  'search.noResults': '“{query}” için sonuç bulunamadı. Başka bir sözcük deneyin ya da aşağıdaki sayfalara göz atın.',
  'search.results': '“{query}” için {count} sonuç bulundu.',
  'search.result': '“{query}” için 1 sonuç bulundu.',
  'search.failed': 'Arama şu anda yüklenemedi. Aşağıdaki sayfa listesini kullanabilirsiniz.',
  'search.needsScript': 'Arama JavaScript ile çalışır. Tarayıcınızda JavaScript kapalıysa aşağıdaki sayfa listesini kullanın.',
  'search.allPages': 'Sitedeki bütün sayfalar',
  // Search for questions (issue 13): what the search page says when it drops words or finds nothing.
  'search.partial': 'Tüm sözcükleri içeren sayfa yok; en yakın sonuçlar:',
  'search.didYouMean': 'Bunu mu demek istediniz:',
  'search.help.heading': 'Aradığınızı bulamadınız mı?',
  'search.help.wizard': 'Öz değerlendirme: planınız sosyal kooperatif tanımına uyuyor mu?',
  'search.help.glossary': 'Sözlük: sözcüklerin sade açıklamaları',
  'search.help.founding': 'Sosyal kooperatif kurmanın adımları',
  'search.help.advice': 'Kendi durumunuz için il ticaret müdürlüğüne başvurun.',

  'footer.notice': 'Bu site bilgi verir; hukuki danışmanlık değildir. Kuruluşla ilgili sorularınız için il ticaret müdürlüğünüze başvurun.',
  'footer.privacy': 'Gizlilik',
  'footer.sources': 'Kaynaklar',
  'footer.label': 'Site bilgileri',
  'footer.embed': 'Sitenize ekleyin',

  'embed.fullSite': 'Sosyal Kooperatif Rehberi’nde açın (yeni sekme)',
  'embed.frameLabel': 'Çerçeve kodu (iframe): sayfanızda aracın görünmesini istediğiniz yere yapıştırın.',
  'embed.scriptLabel': 'İsteğe bağlı betik: çerçevenin yüksekliğini içeriğe göre ayarlar. Sayfanızın sonuna bir kez yapıştırın.',
  'embed.scriptComment': 'Çerçeveyi içeriğinin yüksekliğine getirir; yalnızca bu siteden gelen iletileri dinler.',
  'embed.copy': 'Kodu kopyalayın',
  'embed.copied': 'Kod kopyalandı.',
  'embed.wizardStart': 'Öz değerlendirmenin başlangıcı',
  'embed.resultLink': 'Yanıtlarıyla birlikte bir sonuç bağlantısı (örnek)',

  'notFound.title': 'Sayfa bulunamadı',
  'notFound.description': 'Aradığınız sayfa bu adreste yok.',
  'notFound.body': 'Adresi yazarken bir harf karışmış olabilir ya da sayfa taşınmış olabilir.',
  'notFound.searchPrompt': 'Aradığınızı bulmak için sitede arama yapabilirsiniz:',
  'notFound.homeLink': 'Ana sayfaya dönün',
  'notFound.guideLink': 'ya da rehberin sayfalarına göz atın:',
} as const;

export type UiKey = keyof typeof tr;
