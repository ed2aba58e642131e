/**
 * Every word of the interface in Turkish. Components take their words from here (through `useTranslations`),
 * so that the English edition is one more dictionary of the same shape, not a hunt through the markup.
 */
export const tr = {
  'site.name': 'Sosyal Kooperatif Rehberi',
  'site.tagline': 'Sosyal kooperatifler hakkında bilgi ve öz değerlendirme',
  // The name under the icon when the guide is added to a phone's home screen: about 12 letters fit.
  'site.shortName': 'Koop Rehberi',
  skipLink: 'Ana içeriğe geç',

  'nav.label': 'Ana menü',
  'nav.home': 'Ana sayfa',
  'nav.guide': 'Rehber',
  'nav.founding': 'Nasıl kurulur?',
  'nav.glossary': 'Sözlük',
  'nav.wizard': 'Öz değerlendirme',

  'home.start': 'Öz değerlendirmeye başlayın',
  'home.startHint': '11 soru. Yanıtlarınız yalnızca tarayıcınızda kalır, hiçbir yere gönderilmez.',
  'home.guideHeading': 'Rehberin sayfaları',

  'breadcrumbs.label': 'Bulunduğunuz yer',
  'toc.label': 'Bu sayfada',
  'guideNav.label': 'Rehberdeki sayfalar',
  'part.guide': 'Rehber',
  'part.about': 'Bu site hakkında',
  'pagination.label': 'Önceki ve sonraki sayfa',
  'pagination.previous': 'Önceki',
  'pagination.next': 'Sonraki',
  'page.lastReviewed': 'Son gözden geçirme:',
  'page.sources': 'Bu sayfanın kaynakları',
  'inShort.title': 'Kısaca',

  // "Dinleyin" (src/components/Listen.astro): the page read aloud by a voice on the reader's own device.
  'listen.label': 'Sesli okuma',
  'listen.start': 'Dinleyin',
  'listen.pause': 'Duraklatın',
  'listen.resume': 'Sürdürün',
  'listen.next': 'Sonraki bölüm',
  'listen.stop': 'Durdurun',
  'listen.noVoice':
    'Bu sayfayı dinlemek için telefonunuzun ayarlarında, Erişilebilirlik bölümünden Türkçe bir ses ekleyin.',

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
  'search.needsScript':
    'Arama JavaScript ile çalışır. Tarayıcınızda JavaScript kapalıysa aşağıdaki sayfa listesini kullanın.',
  'search.allPages': 'Sitedeki bütün sayfalar',
  // Search for questions (issue 13): what the search page says when it drops words or finds nothing.
  'search.partial': 'Tüm sözcükleri içeren sayfa yok; en yakın sonuçlar:',
  'search.tooLong': 'Aramanız çok uzundu: yalnızca ilk {max} karakteriyle arandı.',
  'search.didYouMean': 'Bunu mu demek istediniz:',
  'search.help.heading': 'Aradığınızı bulamadınız mı?',
  'search.help.wizard': 'Öz değerlendirme: planınız metnin anlattığı sosyal kooperatife uyuyor mu?',
  'search.help.glossary': 'Sözlük: sözcüklerin sade açıklamaları',
  'search.help.founding': 'Sosyal kooperatif kurmanın adımları',
  'search.help.advice':
    'Kendi durumunuz için il ticaret müdürlüğüne, tarım amaçlı bir plan için il tarım ve orman müdürlüğüne başvurun.',

  'footer.notice':
    'Bu site bilgi verir; hukuki danışmanlık değildir. Kuruluşla ilgili sorularınız için il ticaret müdürlüğünüze, tarım amaçlı bir plan için il tarım ve orman müdürlüğünüze başvurun.',
  'footer.publisher': 'Bu siteyi {name} yayınlar.',
  'footer.report': 'Bu sayfada hata mı var?',
  'footer.reportLink': 'Hatayı bildirin',
  'footer.reportSubject': 'Sayfada hata: {page}',
  // The mail's body: a founder reporting from the result page must not be led to write her answers.
  'footer.reportBody':
    'Hatanın olduğu sayfa: {page} — Ne yanlış, yazar mısınız? Lütfen kişisel bilgilerinizi ya da öz değerlendirme yanıtlarınızı yazmayın.',
  'footer.privacy': 'Gizlilik',
  'footer.sources': 'Kaynaklar',
  'footer.label': 'Site bilgileri',
  'footer.embed': 'Sitenize ekleyin',

  'embed.fullSite': 'Sosyal Kooperatif Rehberi’nde açın (yeni sekme)',
  'embed.frameLabel': 'Çerçeve kodu (iframe): sayfanızda aracın görünmesini istediğiniz yere yapıştırın.',
  'embed.scriptLabel':
    'İsteğe bağlı betik: çerçevenin yüksekliğini içeriğe göre ayarlar. Sayfanızın sonuna bir kez yapıştırın.',
  'embed.scriptComment': 'Çerçeveyi içeriğinin yüksekliğine getirir; yalnızca bu siteden gelen iletileri dinler.',
  'embed.copy': 'Kodu kopyalayın',
  'embed.copied': 'Kod kopyalandı.',
  'embed.wizardStart': 'Öz değerlendirmenin başlangıcı',
  'embed.resultLink': 'Yanıtlarıyla birlikte bir sonuç bağlantısı (örnek)',

  // The home page's summary, rendered there and on the printed kit (Definition.astro, Features.astro):
  // one home for these words. Each feature links to its section of the guide (src/i18n/anchors.ts);
  // a feature's closing punctuation, if any, stays outside the link.
  'summary.definition':
    'Sosyal kooperatif, sosyal hizmet sunmakta ya da dezavantajlı kişileri çalışma hayatına katmakta uzmanlaşmış bir kooperatiftir. Engelliler, uzun süreli işsizler, eski hükümlüler, bağımlılar ve göçmenler bu kişilere örnektir. Sosyal kooperatif çoğunlukla kooperatifte çalışanlara aittir. Tüketiciler ve gönüllüler de kooperatife ortak (üye) olabilir.',
  'summary.fullDefinition': 'Tanımın tamamını okuyun',
  'features.lead': 'Sosyal kooperatif:',
  'features.publicBenefit': 'kamu yararını hedefler ve kâr amacı gütmez,',
  'features.democratic': 'katılımı ve yönetimi demokratik esaslara dayanır,',
  'features.disadvantaged': 'dezavantajlı kişilere yönelik çalışır ve sosyal hizmet sunar,',
  'features.innovative': 'sosyal, ekonomik ve çevresel sorunlara yenilikçi çözümler getirir,',
  'features.employment': 'dezavantajlı kişi ve grupları istihdam eder,',
  'features.flexibleMembership': 'gönüllü ve geçici üyelik gibi esnek üyelik biçimlerine açıktır,',
  'features.simpleJoining': 'ortaklığa girişi ve ortaklıktan çıkışı basit tutar,',
  'features.workerMajority': 'çok paydaşlı yönetilir; ortakların ve yönetimin çoğunluğu kooperatifte çalışanlardır.',

  // The printed kit for NGOs (issue 11): an A4 poster, an A5 leaflet, and a sheet of QR codes.
  'kit.poster.title': 'Afiş (A4)',
  'kit.poster.description':
    'Sosyal kooperatifi ve sekiz özelliğini anlatan, A4 kâğıda tek sayfa basılan afiş. Öz değerlendirmeye ve rehbere giden karekodlarla.',
  'kit.leaflet.title': 'Broşür (A5)',
  'kit.leaflet.description':
    'Sosyal kooperatifi ve sekiz özelliğini anlatan, A5 kâğıda tek sayfa basılan broşür. Öz değerlendirmeye ve rehbere giden karekodlarla.',
  'kit.printHint':
    'Bu sayfa {paper} kâğıda tek sayfa olarak basılır. Yazdırmak için tarayıcınızın “Yazdır” komutunu kullanın.',
  'kit.heading': 'Sosyal kooperatif nedir?',
  'kit.featuresHeading': 'Sekiz temel özelliği',
  'kit.linksHeading': 'Telefonunuzla okutun',
  'kit.scanHint': 'Karekodu (QR kodu) telefonunuzun kamerasıyla okutun ya da adresi yazın.',
  'kit.wizardCaption': 'Öz değerlendirme: planınız bu özelliklere uyuyor mu?',
  'kit.guideCaption': 'Rehber: sosyal kooperatif nedir, nasıl kurulur?',
  /** A QR code's text alternative: where it leads. */
  'kit.qrName': 'Karekod (QR kod): {url} adresini açar',
  /** On the kit and the QR sheet of a build without SITE_URL (PreviewNotice.astro), on screen and in print. */
  'kit.preview':
    'Yerel önizleme: Bu site henüz kendi adresinde yayımlanmadı. Karekodlar ve adresler yalnızca bu bilgisayarda açılır. Bu kâğıdı dağıtmayın.',
  'qrCodes.title': 'Doğrudan bağlantıların karekodları',
  'qrCodes.description':
    'Öz değerlendirmenin ve rehberin her bölümünün karekodu (QR kod), adresiyle birlikte. Yazdırıp toplantılarda dağıtabilirsiniz.',
  'qrCodes.intro':
    'Her karekod bir bağlantıyı açar. Karekodu okutamayan kişi, yanındaki adresi yazabilir. Bu sayfayı yazdırabilirsiniz.',

  'notFound.title': 'Sayfa bulunamadı',
  'notFound.description': 'Aradığınız sayfa bu adreste yok.',
  'notFound.body': 'Adresi yazarken bir harf karışmış olabilir ya da sayfa taşınmış olabilir.',
  'notFound.searchPrompt': 'Aradığınızı bulmak için sitede arama yapabilirsiniz:',
  'notFound.homeLink': 'Ana sayfaya dönün',
  'notFound.guideLink': 'ya da rehberin sayfalarına göz atın:',

  // Offline use (issue 11): the page shown when a page is neither saved nor reachable, and the notice of a new version.
  'offline.title': 'İnternet bağlantısı yok',
  'offline.description': 'İnternet bağlantısı yokken açmak istediğiniz sayfa bu cihazda kayıtlı değil.',
  'offline.missing': 'Açmak istediğiniz sayfa bu cihazda kayıtlı değil. İnternete bağlandığınızda yeniden deneyin.',
  'offline.works':
    'Rehberin bir sayfasını internetle bir kez açtıysanız, aynı dildeki bütün sayfalar bağlantı olmadan da açılır:',
  'offline.download': 'Tüm rehberi çevrimdışı kullanmak için indirin, yaklaşık {size} KB',
  'offline.downloading': 'Rehber indiriliyor…',
  'offline.downloaded': 'Rehberin tamamı bu cihaza kaydedildi. Artık internet olmadan da açılır.',
  'offline.alreadyKept': 'Rehberin tamamı zaten bu cihazda kayıtlı.',
  'offline.downloadFailed': 'Rehber indirilemedi. İnternete bağlıyken yeniden deneyin.',
  'update.ready': 'Sitenin yeni sürümü hazır. Başka bir sayfaya geçtiğinizde açılır.',
  // Sharing a guide page (issue 21): the phone's share sheet, else the link copied. It shares the address and title only.
  'share.page': 'Bu sayfayı paylaşın',
  'share.copied': 'Sayfanın bağlantısı kopyalandı. Bir mesaja yapıştırabilirsiniz.',
  'share.failed': 'Bağlantı kopyalanamadı. Adres çubuğundaki adresi kopyalayabilirsiniz.',
} as const;

export type UiKey = keyof typeof tr;
