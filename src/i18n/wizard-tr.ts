import type { CompareWords, WizardWords } from './wizard-words';

/**
 * The self-assessment's words in Turkish. Plain language, "siz" form, short sentences, no judgement
 * (GOV.UK style). Criteria quote or closely paraphrase the source text; beyond it, only the facts
 * of shared/domain/facts.md. The result speaks of matching the description of the text, never of
 * "being" a social cooperative: in Turkey it is not a separate legal form.
 *
 * Quotations in “…” are the guide pages' words (a test holds them to it). "Tanım" means the
 * definition itself; the whole source is "metin".
 *
 * Typography as on the explainer pages: “typographic quotes”, ’ before suffixes, "kâr" with the
 * circumflex, "anasözleşme" as one word, "ortak (üye)" where a page first names a member.
 */

/** What the check page, the result and a bad link call each answer: one name everywhere. */
const summaries = {
  focus: 'Kuruluşun ana amacı',
  publicBenefit: 'Kamu yararının yeri',
  surplus: 'Gelir-gider farkının kullanımı',
  governance: 'Kararların alınma biçimi',
  members: 'Kurucu ortak sayısı',
  workerMembers: 'Çalışan kurucu ortak sayısı',
  board: 'Yönetim kurulundaki kişi sayısı',
  workerBoard: 'Yönetim kurulundaki çalışan ortak sayısı',
  stakeholders: 'Çalışanlar dışındaki ortaklar',
  disadvantaged: 'Kooperatifte çalışacak gruplar',
  flexibleMembership: 'Gönüllü ya da geçici katılma',
  simpleEntryExit: 'Ortaklığa giriş ve çıkış',
  innovation: 'Yeni bir çözüm',
} as const;

/** One answer for "not decided yet", in the founders' own voice ("biz"), on every page that has it. */
const notDecided = { label: 'Henüz karar vermedik' };

/** Said in every unmet core criterion and characteristic but one: the description is not a legal form. */
const doesNotStopYou = 'Bu nokta, kooperatif kurmanıza engel değildir.';

export const wizardTr: WizardWords = {
  intro: {
    title: 'Kuruluş planınız metnin anlattığı sosyal kooperatife uyuyor mu?',
    description:
      'Kurmayı düşündüğünüz kuruluşun, tanıtım metninin anlattığı sosyal kooperatife hangi noktalarda uyduğunu birkaç soruyla görün. Yanıtlarınız tarayıcınızda kalır.',
    body: [
      'Bu öz değerlendirme, kurmayı düşündüğünüz kuruluşu sosyal kooperatifin tanıtım metniyle karşılaştırır. Bu site o metne dayanır.',
      'Çoğu sayfada bir soru var. Yanıtlamak birkaç dakika sürer.',
      'Sorular kişiler hakkında değil, kuruluşunuzun planı hakkındadır. Örneğin kaç kurucu ortak (üye) olacağını ve kararların nasıl alınacağını sorar. Sayılar dışındaki her soruda “Henüz karar vermedik” seçeneği var.',
      'Sonuç bir hukuki karar değildir. Türkiye’de sosyal kooperatif ayrı bir hukuki biçim değildir; 1163 sayılı Kooperatifler Kanunu’na göre kurulan bir kooperatiftir. Sonuç, planınızın metne hangi noktalarda uyduğunu ve hangi noktalarda ayrıldığını gösterir. Her kooperatif için geçerli kuruluş ön koşullarını da ayrıca gösterir.',
    ],
    start: 'Başlayın',
    privacy:
      'Yanıtlarınız yalnızca bu tarayıcıda kalır ve hiçbir sunucuya gönderilmez. Yanıtlar sayfa adresinde, “#” işaretinden sonraki bölümde tutulur; tarayıcılar adresin bu bölümünü sunucuya göndermez. Daha sonra devam edebilmeniz için yanıtlar bu tarayıcının yerel deposunda da saklanır. “Yanıtlarımı sil” düğmesi bunları siler.',
    checklistLink: 'Soruları ve kuralları yazdırılabilir liste olarak görün',
  },

  step: {
    progress: 'Soru {number} / {total}',
    announce: 'Soru {number} / {total}: {title}',
    continue: 'Devam edin',
    back: 'Geri',
    errorTitlePrefix: 'Hata: ',
    errorSummaryTitle: 'Bir sorun var',
    // Keyed by reason only, so each sentence must read right above any question it can reopen.
    invalidated: {
      'more-than-members':
        'Kurucu ortak sayısını değiştirdiniz. Bu sorunun önceki yanıtı artık ortak sayısından fazla olduğu için silindi. Lütfen bu soruyu yeniden yanıtlayın.',
      'more-than-board':
        'Yönetim kurulundaki kişi sayısını değiştirdiniz. Bu sorunun önceki yanıtı artık yönetim kurulundaki kişi sayısından fazla olduğu için silindi. Lütfen bu soruyu yeniden yanıtlayın.',
    },
    or: 'ya da',
  },

  questions: {
    focus: {
      title: 'Kooperatifi en çok ne için kuruyorsunuz?',
      hint: [
        'Ne iş yapacağını değil, neden var olacağını düşünün.',
        'Bir fırın ya da mandıra, dezavantajlı kişilere iş vermek için de kurulabilir. O zaman amacı, onları çalışma hayatına katmaktır.',
        'Bu kişiler kurucuların kendileri de olabilir. Örneğin köydeki kadınlar kendi gelirleri için bir mandıra kurar. Engelli kadınlar kendi atölyelerini açar.',
      ],
      summary: summaries.focus,
      options: {
        'social-services': {
          label: 'Sosyal hizmet sunmak',
          hint: 'Örneğin eğitim, sağlık ya da çocuk, engelli, yaşlı veya hasta bakımı.',
        },
        'work-integration': {
          label: 'Dezavantajlı kişilere iş ve gelir sağlamak, kurucular da dahil',
          hint: 'Engelliler, uzun süreli işsizler, eski hükümlüler, bağımlılar, göçmenler ya da köydeki kadınlar gibi kişilere iş yaratmak. Kurucular da bu kişiler olabilir.',
        },
        both: {
          label: 'İkisi de',
          hint: 'Hem sosyal hizmet sunmak hem de dezavantajlı kişilere iş yaratmak.',
        },
        other: {
          label: 'Başka bir iş amacı: ne sosyal hizmet ne de dezavantajlı kişilere iş',
          hint: 'Örneğin satmak için üretmek ya da ticaret yapmak. Dezavantajlı kişilere iş vermek yalnızca yan bir amaçsa bu seçeneği seçin.',
        },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Kuruluşu en çok ne için kurduğunuzu seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    publicBenefit: {
      title: 'Emeklerinin karşılığı dışında, toplumun yararı mı önce gelecek, ortakların (üyelerin) kâr payı mı?',
      hint: [
        'Çalışan ortakların ücreti ve kooperatife sattıkları ürünün parası, emeklerinin karşılığıdır. Bu bir giderdir. Bu soruya girmez.',
        'Bu soru, ortakların sermayeden ya da kârdan alacağı payı sorar. Toplum için iyi, ama ortaklara daha az pay bırakan bir karar düşünün. Hangisi önce gelecek?',
      ],
      summary: summaries.publicBenefit,
      options: {
        yes: { label: 'Toplumun yararı önce gelecek' },
        partly: { label: 'İkisi eşit olacak', hint: 'Ortakların kâr payı da toplumun yararı kadar önemli olacak.' },
        no: { label: 'Ortakların kâr payı önce gelecek' },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Toplumun yararının mı, ortakların kâr payının mı önce geleceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    surplus: {
      title: 'Bütün giderler ödendikten sonra kalan para (kâr) ne için kullanılacak?',
      hint: [
        'Ortakların (üyelerin) ücreti ve onlardan alınan ürünün parası da giderdir. Giderler ödendikten sonra kalan paraya kanunda gelir-gider farkı denir. Günlük dilde buna kâr denir.',
        'Kanuna göre bunun en az yüzde 10’u önce yedek akçeye ayrılır (1163 sayılı Kanun, m. 38–39). Bu soru geri kalanı sorar.',
      ],
      summary: summaries.surplus,
      options: {
        community: {
          label: 'Tamamı kooperatifin işine ve topluma harcanacak',
          hint: 'Toplum yararına etkinlikler; yeni yatırım ve yeni işler; ortaklara (üyelere) yeni hizmetler; sosyal ve kültürel etkinlikler. Kooperatifin kendi işine yeniden yatırım da buna girer.',
        },
        distribute: {
          label: 'Bir kısmı ya da tamamı ortaklara dağıtılacak',
          hint: 'Örneğin her ortağa, kooperatifle yaptığı alışveriş kadar pay verilecek (risturn). Bir ortağın mandıraya sattığı süt gibi. Ücretler buna girmez.',
        },
        undecided: notDecided,
      },
      errors: {
        required: 'Gelir-gider farkının ne için kullanılacağını seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    governance: {
      title: 'Kooperatifte kararları kim verecek?',
      hint: ['Genel kurul, ortakların (üyelerin) toplantısıdır. Yönetim kurulu kooperatifi yönetir.'],
      summary: summaries.governance,
      options: {
        'one-member-one-vote': {
          label: 'Genel kurul; her ortağın bir oyu olacak',
          hint: 'Sermaye payı ne olursa olsun her ortağın bir oyu olacak. Yönetim kurulunu genel kurul seçecek.',
        },
        'by-shares': {
          label: 'Oylar sermaye payına göre olacak',
          hint: 'Daha çok sermaye koyanın daha çok oyu olacak.',
        },
        'founders-decide': {
          label: 'Kurucular ya da bir yönetici tek başına karar verecek',
        },
        undecided: notDecided,
      },
      errors: {
        required: 'Kooperatifte kararları kimin vereceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    members: {
      title: 'Kooperatifi kaç kurucu ortak (üye) kuracak?',
      hint: [
        'Kuruluşta anasözleşmeyi imzalayacak kişileri sayın. Sonra katılacak kişileri saymayın.',
        'Aileleri değil, kişileri sayın. Bir aileden iki kişi imzalayacaksa ikisini de sayın.',
        'Sonra bunlardan kaçının kooperatifte çalışacağını yazın. Burada çalışmak, kooperatifin işini düzenli olarak yapmak demektir. Ara sıra gönüllü yardım bu sayıya girmez.',
        'Adları değil, yalnızca sayıları soruyoruz.',
      ],
    },

    board: {
      title: 'Yönetim kurulunda kaç kişi olacak?',
      hint: [
        'Yönetim kurulu kooperatifi yönetir. Örnek anasözleşmelere göre genel kurul bu kişileri ortaklar (üyeler) arasından seçer.',
        'Sonra bunlardan kaçının kooperatifte de çalışacağını yazın.',
      ],
    },

    stakeholders: {
      title: 'Kooperatifte çalışanlardan başka kimler ortak (üye) olabilecek?',
      hint: ['Uyan her seçeneği işaretleyin.'],
      summary: summaries.stakeholders,
      options: {
        consumers: {
          label: 'Tüketiciler',
          hint: 'Kooperatifin hizmetlerini kullananlar. Örneğin baktığı çocukların anne babaları, bakım verdiği aileler ya da ürünlerini alanlar.',
        },
        volunteers: { label: 'Gönüllüler', hint: 'Kooperatifte karşılık beklemeden emek verenler.' },
        none: { label: 'Bunların hiçbiri', hint: 'Tüketiciler de gönüllüler de ortak olmayacak.' },
        undecided: { ...notDecided, hint: 'Birini düşündünüz, ötekini henüz düşünmediyseniz de bunu seçin.' },
      },
      errors: {
        'empty-list': 'Kimlerin ortak olabileceğini işaretleyin ya da “Bunların hiçbiri” seçeneğini seçin',
        'none-with-group':
          '“Bunların hiçbiri” ya da “Henüz karar vermedik” seçeneğini başka bir seçenekle birlikte işaretlemeyin',
        'unknown-value': 'Listedeki seçeneklerden en az birini işaretleyin',
      },
    },

    disadvantaged: {
      title: 'Kooperatifte bu gruplardan kimler çalışacak?',
      hint: [
        'Kooperatifte çalışacak kişileri düşünün, kurucular da dahil. Kooperatifin hizmet vereceği kişileri değil.',
        'Örneğin köydeki kadınlar bir mandıra kurup orada çalışacaksa “Kırsal bölgelerdeki kadınlar” grubunu işaretleyin.',
        'Kimsenin adını, sağlık durumunu ya da geçmişini sormuyoruz. Uyan her grubu işaretleyin.',
      ],
      summary: summaries.disadvantaged,
      options: {
        disabled: { label: 'Engelliler' },
        'long-term-unemployed': { label: 'Uzun süreli işsizler' },
        'ex-prisoners': { label: 'Eski hükümlüler' },
        'addiction-recovery': { label: 'Bağımlılığı olan kişiler' },
        migrants: { label: 'Göçmenler' },
        'rural-women': { label: 'Kırsal bölgelerdeki kadınlar' },
        'rural-youth': { label: 'Kırsal bölgelerdeki gençler' },
        none: { label: 'Hiçbiri', hint: 'Kooperatifte bu gruplardan kimse çalışmayacak.' },
        undecided: notDecided,
      },
      errors: {
        'empty-list': 'Kooperatifte çalışacak grupları işaretleyin ya da “Hiçbiri” seçeneğini seçin',
        'none-with-group': '“Hiçbiri” ya da “Henüz karar vermedik” seçeneğini bir grupla birlikte işaretlemeyin',
        'unknown-value': 'Listedeki gruplardan en az birini ya da “Hiçbiri” seçeneğini işaretleyin',
      },
    },

    flexibleMembership: {
      title: 'Gönüllü ortaklık (üyelik) ya da belli bir süre için ortaklık olacak mı?',
      hint: [
        'Örneğin gönüllü olarak emek veren biri de ortak olabilir. Ya da biri bir yıl için ortak olur, sonra ayrılır.',
      ],
      summary: summaries.flexibleMembership,
      options: {
        yes: { label: 'Evet, böyle ortaklık yolları olacak' },
        no: { label: 'Hayır, yalnızca sürekli ortaklık olacak' },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Gönüllü ya da belli bir süre için ortaklık olup olmayacağını seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    simpleEntryExit: {
      title: 'Ortak (üye) olmak ve ortaklıktan ayrılmak için ne gerekecek?',
      hint: [
        'Katılmak ya da ayrılmak isteyen birinin ne yapacağını düşünün. Dışarıdan yeni ortak almayacaksanız bunu da düşünün.',
      ],
      summary: summaries.simpleEntryExit,
      options: {
        yes: {
          label: 'Kısa ve basit bir yol',
          hint: 'Örneğin bir başvuru ve yönetim kurulunun kararı yeter. Ayrılmak isteyen bunu yazıyla bildirir.',
        },
        no: {
          label: 'Ek koşullar ve uzun adımlar',
          hint: 'Örneğin katılmak için başka ortakların önerisi ya da uzun bir bekleme gerekir. Ya da dışarıdan kimse ortak olamaz.',
        },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Ortak olmak ve ayrılmak için ne gerekeceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    innovation: {
      title: 'Kuruluşunuz bir soruna yeni bir yolla mı yanıt verecek?',
      hint: [
        'Sorun sosyal, ekonomik ya da çevresel olabilir.',
        'Yenilik, hizmetin sunuluş biçiminde ya da ürünün kendisinde olabilir.',
      ],
      summary: summaries.innovation,
      options: {
        yes: {
          label: 'Evet, yeni bir yol deneyeceğiz',
          hint: 'Örneğin köyde ilk kez evde bakım hizmeti kurmak ya da atık kumaştan ürün yapmak.',
        },
        no: {
          label: 'Hayır, bilinen bir yolla çalışacağız',
          hint: 'Örneğin bölgede zaten yapılan bir işi aynı biçimde yapmak.',
        },
        'not-sure': notDecided,
      },
      errors: {
        required: 'Kuruluşunuzun bir soruna yeni bir yolla yanıt verip vermeyeceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },
  },

  // Form input never gives 'leading-zero' ("07" is read as 7), and a count that may be 0 is never
  // too small; the test derives each field's reasons from its definition and the validator.
  numbers: {
    members: {
      label: 'Kurucu ortak sayısı',
      hint: 'Rakamla yazın.',
      summary: summaries.members,
      errors: {
        required: 'Kurucu ortak sayısını rakamla yazın',
        'not-a-whole-number': 'Kurucu ortak sayısını yalnızca rakamla ve işaretsiz, tam sayı olarak yazın',
        'too-small': 'Kurucu ortak sayısı 1 ya da daha fazla olmalı',
        'too-large': 'Kurucu ortak sayısı 100.000 ya da daha az olmalı',
      },
    },
    workerMembers: {
      label: 'Bunlardan kaçı kooperatifte çalışacak?',
      hint: 'Kooperatifin işini düzenli olarak yapacak kurucu ortakları sayın. Hiçbiri çalışmayacaksa 0 yazın.',
      summary: summaries.workerMembers,
      errors: {
        required: 'Çalışan ortak sayısını rakamla yazın; hiçbiri çalışmayacaksa 0 yazın',
        'not-a-whole-number': 'Çalışan ortak sayısını yalnızca rakamla ve işaretsiz, tam sayı olarak yazın',
        'too-large': 'Çalışan ortak sayısı 100.000 ya da daha az olmalı',
        'more-than-members': 'Çalışan ortak sayısı, kurucu ortak sayısına eşit ya da ondan az olmalı',
      },
    },
    board: {
      label: 'Yönetim kurulundaki kişi sayısı',
      hint: 'Rakamla yazın.',
      summary: summaries.board,
      errors: {
        required: 'Yönetim kurulundaki kişi sayısını rakamla yazın',
        'not-a-whole-number': 'Yönetim kurulundaki kişi sayısını yalnızca rakamla ve işaretsiz, tam sayı olarak yazın',
        'too-small': 'Yönetim kurulundaki kişi sayısı 1 ya da daha fazla olmalı',
        'too-large': 'Yönetim kurulundaki kişi sayısı 100.000 ya da daha az olmalı',
        'more-than-members':
          'Yönetim kurulundaki kişi sayısı, kurucu ortak sayısına eşit ya da ondan az olmalı; örnek anasözleşmelere göre yönetim kurulu ortaklar arasından seçilir',
      },
    },
    workerBoard: {
      label: 'Bunlardan kaçı kooperatifte çalışacak?',
      hint: 'Yönetim kurulunda olup kooperatifte de çalışacak ortakları sayın. Hiçbiri çalışmayacaksa 0 yazın.',
      summary: summaries.workerBoard,
      errors: {
        required: 'Yönetim kurulundaki çalışan ortak sayısını rakamla yazın; hiçbiri çalışmayacaksa 0 yazın',
        'not-a-whole-number':
          'Yönetim kurulundaki çalışan ortak sayısını yalnızca rakamla ve işaretsiz, tam sayı olarak yazın',
        'too-large': 'Yönetim kurulundaki çalışan ortak sayısı 100.000 ya da daha az olmalı',
        'more-than-board':
          'Yönetim kurulundaki çalışan ortak sayısı, yönetim kurulundaki kişi sayısına eşit ya da ondan az olmalı',
      },
    },
  },

  check: {
    title: 'Yanıtlarınızı kontrol edin',
    description: 'Sonucu görmeden önce yanıtlarınızı gözden geçirin. Gerekirse değiştirin.',
    change: 'Değiştirin',
    changeHidden: ' ({summary})',
    confirm: 'Sonucu görün',
    noneChosen: 'Hiçbiri',
  },

  result: {
    title: 'Öz değerlendirme sonucunuz',
    description:
      'Kuruluş planınızın, tanıtım metninin anlattığı sosyal kooperatifle karşılaştırması. Yanıtlarınız tarayıcınızda kalır.',
    needsScript:
      'Sonucu göstermek için JavaScript gerekir. Tarayıcınızda JavaScript kapalı ya da yüklenemedi. Soruları ve her ölçütün kuralını, kâğıt üzerinde doldurabileceğiniz bir listede bulabilirsiniz.',
    checklistLink: 'Yazdırılabilir kontrol listesine gidin',
    verdicts: {
      matches: {
        heading: 'Planınız, metnin anlattığı sosyal kooperatifin bütün noktalarına uyuyor',
        body: [
          'Yanıtlarınıza göre planınız, metnin anlattığı sosyal kooperatifin temel noktalarının hepsine uyuyor. Metnin saydığı diğer özelliklerin hepsine de uyuyor.',
        ],
      },
      'matches-core': {
        heading: 'Planınız, metnin anlattığı sosyal kooperatifin temel noktalarına uyuyor',
        body: [
          'Yanıtlarınıza göre planınız, temel noktaların hepsine uyuyor. Metnin saydığı diğer özelliklerin bazılarında ayrılıyor ya da henüz karar vermediniz. Bunları aşağıda tek tek anlatıyoruz.',
        ],
      },
      'needs-decisions': {
        heading: 'Bazı temel noktalarda henüz karar vermediniz',
        body: [
          'Yanıtlarınıza göre planınız, temel noktaların hiçbirinden ayrılmıyor. Ama bazılarında henüz karar vermediniz. Bu yüzden planınızın metne uyup uymadığı şimdilik belli değil.',
          'Her birinde metnin ne dediğini ve hangi kararın açık kaldığını aşağıda anlatıyoruz. Karar verdiğinizde yanıtınızı değiştirip sonucu yeniden görebilirsiniz.',
        ],
      },
      'does-not-match': {
        heading: 'Planınız, metnin anlattığı sosyal kooperatiften bazı temel noktalarda ayrılıyor',
        body: [
          'Yanıtlarınıza göre planınız, temel noktalardan en az birinden ayrılıyor. Nerede ayrıldığını, metnin ne dediğini ve neyi değiştirebileceğinizi aşağıda tek tek anlatıyoruz.',
        ],
      },
    },
    notLegalDecision:
      'Bu sonuç bir hukuki karar ya da onay değildir. Türkiye’de sosyal kooperatif ayrı bir hukuki biçim değildir: 1163 sayılı Kooperatifler Kanunu’na göre kurulan bir kooperatiftir.',
    notAFoundingCondition: 'Metne uymak, kooperatif kurmanın bir koşulu değildir.',
    prerequisitesUnmet: {
      one: 'Bir kuruluş ön koşulu eksik',
      other: '{count} kuruluş ön koşulu eksik',
    },
    summaryHeading: 'Özet',
    legalHeading: 'Her kooperatif için kuruluş ön koşulları',
    legalIntro:
      'Bu koşullar sosyal kooperatife özgü değildir. Kanundan gelenler her kooperatif için geçerlidir: kanun, bunlar olmadan kooperatif kurulmasına izin vermez. Yönetim kurulu kuralı ise kanundan değil, örnek anasözleşmelerden gelir. Her koşulun kaynağı yanında yazar. Kanunun başka kuralları da vardır; örneğin genel kurul en az bir denetçi seçer (m. 65). Bunlar metinle karşılaştırmanın değil, kuruluşun koşullarıdır.',
    coreHeading: 'Temel noktalar',
    coreIntro:
      'Bu noktalar, metnin anlattığı sosyal kooperatifi belirler. Planınızın metne uyması için hepsinin karşılanması gerekir.',
    characteristicsHeading: 'Metnin saydığı diğer özellikler',
    characteristicsIntro:
      'Metin sosyal kooperatifin bu özelliklerini de sayar. Temel noktalara uyan bir plan, bunların bazılarını taşımayabilir.',
    status: {
      met: 'Uyuyor',
      'not-met': 'Ayrılıyor',
      unclear: 'Karar bekliyor',
    },
    prerequisiteStatus: {
      met: 'Var',
      'not-met': 'Eksik',
      unclear: 'Karar bekliyor',
    },
    sourceNames: {
      law: 'Kaynak: 1163 sayılı Kooperatifler Kanunu',
      'model-articles': 'Kaynak: örnek anasözleşmeler. Bu bir kanun kuralı değildir.',
    },
    exceptions: {
      'care-cooperative-of-its-users': {
        lead: 'Planınızda kooperatif sosyal hizmet veriyor ve hizmetini kullananlar da ortak (üye) olabiliyor. Metin, anne babaların ve akrabaların sahibi olduğu ve yönettiği bakım kooperatiflerini de anlatır:',
        quote:
          '“Çocuk, engelli ve hasta bakım hizmetlerinin, ebeveynler ve akrabaların mülkiyet ve yönetimindeki sosyal kooperatifçe sunulmasıyla, hizmetin niteliğini ve bu grupların yaşam kalitelerini artırır.”',
        consequence:
          'Böyle bir kooperatifte ortakların çoğu kooperatifte çalışmayabilir. Bu yüzden planınızda bu nokta temel noktalardan değil, metnin saydığı diğer özelliklerden biridir.',
        link: 'Metnin bu bölümünü okuyun: Bakıma muhtaç nüfusun yaşam kalitesini artırır',
      },
    },
    saysLabel: 'Kaynakta ne yazıyor',
    answeredLabel: 'Sizin yanıtınız',
    couldChangeLabel: 'Neyi değiştirebilirsiniz',
    toDecideLabel: 'Karar vermeniz gereken',
    readMore: '{name} bölümünü rehberde okuyun',
    nextHeading: 'Sonraki adımlar',
    next: [
      {
        text: 'Kooperatif kurmanın koşullarını ve adımlarını okuyun:',
        link: { label: 'Sosyal kooperatif nasıl kurulur?', to: { page: 'nasil-kurulur' } },
      },
      {
        text: 'Kuruluş izni ilgili bakanlıktan istenir (1163 sayılı Kanun, m. 3): çoğu kooperatif için Ticaret Bakanlığından, tarım amaçlı kooperatifler için Tarım ve Orman Bakanlığından.',
      },
      {
        text: 'Kendi durumunuzla ilgili sorular için bulunduğunuz ildeki il ticaret müdürlüğüne başvurun. Planınız tarım, hayvancılık ya da balıkçılıksa, hangi tür kooperatifin uyduğunu il tarım ve orman müdürlüğüne sorun. Bu sonucu yazdırıp yanınızda götürebilirsiniz.',
        link: { label: 'Nereye sorabilirsiniz?', to: { section: 'nereye-sorabilirsiniz' } },
      },
      {
        text: 'Metinden ayrıldığınız ya da henüz karar vermediğiniz noktaları, anasözleşmeyi hazırlarken diğer kurucu ortaklarla birlikte konuşun.',
      },
    ],
    actionsHeading: 'Sonucu kaydedin ya da değiştirin',
    shareNote:
      'Bu sonuçta, kurucular da dahil, kooperatifte çalışacak gruplar yazar (örneğin engelliler ya da eski hükümlüler). Sonucu kime göstereceğinize kurucularla birlikte karar verin.',
    copyLink: 'Bağlantıyı kopyalayın',
    copied: 'Bağlantı kopyalandı. Bağlantıyı açan herkes yanıtlarınızı görebilir.',
    copyFailed: 'Bağlantı kopyalanamadı. Tarayıcınızın adres çubuğundaki adresi kopyalayabilirsiniz.',
    print: 'Yazdırın',
    changeAnswers: 'Yanıtlarınızı değiştirin',
    startAgain: 'Baştan başlayın',
    deleteAnswers: 'Yanıtlarımı sil',
    deleted:
      'Yanıtlarınız bu tarayıcıdan silindi. Tarayıcı geçmişindeki adresler silinmez; onları tarayıcınızın ayarlarından silebilirsiniz.',
    printedOn: 'Yazdırma tarihi: {date}',
    rulesVersion: 'Kuralların sürümü: {version}',
    reopenLink: 'Bu sonucu yeniden açan bağlantı:',
    sources: 'Kaynaklar',
    incomplete: {
      heading: 'Bazı yanıtlar eksik',
      body: 'Bu bağlantıda bazı soruların yanıtı yok. Verilen yanıtlar korundu. Eksik soruları yanıtladığınızda sonucu görebilirsiniz.',
      missingLabel: 'Eksik yanıtlar:',
      continue: 'Eksik soruları yanıtlayın',
    },
    invalid: {
      heading: 'Bu bağlantı okunamadı',
      body: 'Bağlantıdaki bazı yanıtlar okunamadı. Bağlantı kopyalanırken kesilmiş ya da değişmiş olabilir. Bu yüzden sonucu gösteremiyoruz. Okunamayan yanıtlar şunlar:',
      continueHint:
        'Okunabilen yanıtlarla sorulara devam edebilirsiniz. Okunamayan yanıtların soruları yeniden sorulur.',
      continue: 'Okunabilen yanıtlarla devam edin',
      startAgain: 'Baştan başlayın',
    },
    // Shown as "{key name}: {reason}", e.g. "Kurucu ortak sayısı: bir tam sayı olmalı".
    linkReasons: {
      required: 'boş bırakılmış',
      'not-a-whole-number': 'yalnızca 0–9 rakamlarıyla ve işaretsiz yazılmalı (örneğin 7)',
      'leading-zero': 'başında sıfır olmadan yazılmalı',
      'too-small': 'en az 1 olmalı',
      'too-large': 'en çok 100.000 olabilir',
      'more-than-members': 'kurucu ortak sayısından fazla olamaz',
      'more-than-board': 'yönetim kurulundaki kişi sayısından fazla olamaz',
      'unknown-value': 'tanınmayan bir değer içeriyor',
      'none-with-group': '“hiçbiri” ya da “karar verilmedi” yanında başka bir değer de içeriyor',
      'empty-list': 'boş; en az bir grup ya da “hiçbiri” içermeli',
      malformed: 'okunamayan karakterler içeriyor',
      'too-long': 'çok uzun',
      duplicate: 'bağlantıda birden çok kez geçiyor',
      'unknown-version': 'bu bağlantı başka sorularla oluşturulmuş',
    },
  },

  storage: {
    corrupt:
      'Bu tarayıcıda daha önce kaydedilmiş yanıtlar okunamadığı için silindi. Soruları baştan yanıtlayabilirsiniz.',
    resumed:
      'Bu cihazda kaydedilmiş yanıtlarınız geri getirildi; kaldığınız yerden devam edebilirsiniz. Bunları bu tarayıcıdan silmek için “Yanıtlarımı sil” düğmesini kullanın.',
  },

  checklist: {
    heading: 'Yazdırılabilir kontrol listesi',
    intro:
      'Bu listeyi kâğıt üzerinde doldurabilirsiniz. Her soruda planınıza uyan kutuyu işaretleyin. Sayıları boşluklara yazın. Sonra her ölçütün kuralına bakın: “Henüz karar vermedik” dediğiniz ölçüt karar bekler.',
    howToReadHeading: 'Sonucu işaretlerden nasıl okursunuz?',
    howToRead: [
      'Temel noktalardan biri karşılanmıyorsa planınız, metnin anlattığı sosyal kooperatiften ayrılıyor.',
      'Yoksa ve temel noktalardan birinde henüz karar vermediyseniz, önce o kararı verin.',
      'Yoksa ve diğer özelliklerden biri karşılanmıyor ya da karar bekliyorsa, planınız temel noktalara uyuyor.',
      'Hepsi karşılanıyorsa planınız metnin bütün noktalarına uyuyor. Kuruluş ön koşulları bu karşılaştırmanın parçası değildir; ama kurmadan önce onlara bakın: kanundan gelen bir koşul eksikse kooperatif bu haliyle kurulamaz.',
    ],
    ruleLabel: 'Kural:',
    numberBlank: 'Sayı: ________',
  },

  criteria: {
    'criterion.founders-min-7': {
      name: 'En az yedi kurucu ortak',
      says: '1163 sayılı Kooperatifler Kanunu’na göre bir kooperatif en az yedi ortak (üye) ile kurulur. Kurucu ortaklar anasözleşmeyi imzalar (m. 2).',
      rule: 'Kurucu ortak sayısı en az yedi olmalı. Kanun, daha azıyla kooperatif kurulmasına izin vermez (1163 sayılı Kanun, m. 2).',
      met: 'Planınızda en az yedi kurucu ortak var.',
      notMet:
        'Planınızda yediden az kurucu ortak var. Kanun, yediden az kurucu ortakla hiçbir kooperatifin kurulmasına izin vermez (1163 sayılı Kanun, m. 2).',
      couldChange: 'Kooperatifi kurmadan önce kurucu ortak sayısını en az yediye çıkarabilirsiniz.',
    },
    'criterion.one-vote-per-member': {
      name: 'Her ortağa bir oy',
      says: '1163 sayılı Kooperatifler Kanunu’na göre her ortağın (üyenin) genel kurulda, sermaye payı ne olursa olsun, bir oyu vardır (m. 48).',
      rule: 'Genel kurulda her ortağın, sermaye payı ne olursa olsun, bir oyu olmalı (1163 sayılı Kanun, m. 48). Oyları başka türlü dağıtan bir anasözleşme tescil edilemez.',
      met: 'Planınızda genel kurulda her ortağın bir oyu var.',
      notMet:
        'Planınızda genel kurulda her ortağın bir oyu yok. Kanuna göre her kooperatifte her ortağın genel kurulda, sermaye payı ne olursa olsun, bir oyu vardır (1163 sayılı Kanun, m. 48). Oyları başka türlü dağıtan bir anasözleşme tescil edilemez.',
      couldChange: 'Anasözleşmede, her ortağın genel kurulda bir oyu olacağını yazabilirsiniz.',
      unclear: 'Kararların nasıl alınacağına henüz karar vermediniz.',
      toDecide: 'Genel kurulda her ortağın bir oyu olacak mı? Kanun bunu her kooperatif için ister (m. 48).',
    },
    'criterion.board-min-3': {
      name: 'En az üç kişilik yönetim kurulu',
      says: 'Örnek anasözleşmelere göre yönetim kurulu en az üç kişiden oluşur. Genel kurul bu kişileri ortaklar (üyeler) arasından, bir ila dört yıl için seçer.',
      rule: 'Örnek anasözleşmelere göre yönetim kurulunda en az üç kişi olmalı.',
      met: 'Planınızda yönetim kurulunda en az üç kişi var.',
      notMet:
        'Planınızda yönetim kurulunda üçten az kişi var. Örnek anasözleşmelere göre yönetim kurulu en az üç kişiden oluşur. Bu konu sosyal kooperatife özgü değildir; il ticaret müdürlüğüne danışın.',
      couldChange:
        'Yönetim kurulunu en az üç kişiye çıkarabilirsiniz. Örnek anasözleşmelere göre yönetim kurulu ortaklar arasından seçilir; bu yüzden kurucu ortak sayısı da en az bu kadar olmalı.',
    },
    'criterion.focus': {
      name: 'Sosyal hizmet ya da dezavantajlı kişilerin çalışma hayatına katılması',
      says: 'Tanıma göre sosyal kooperatifler, “sosyal hizmetlerin sunumu veya engelliler, uzun süreli işsizler, eski hükümlüler, bağımlılar, göçmenler gibi dezavantajlı kişilerin çalışma hayatına entegrasyonunun sağlanması konusunda uzmanlaşmış” kooperatiflerdir.',
      rule: 'Kuruluşun ana amacı sosyal hizmet sunmak, dezavantajlı kişileri çalışma hayatına katmak ya da ikisi birden olmalı.',
      met: 'Planınızda kuruluşun ana amacı, tanımın saydığı iki alandan biri ya da ikisi birden.',
      notMet: `Planınızda kuruluşun ana amacı başka bir ekonomik amaç. Tanım ise sosyal kooperatifi bu iki alanda uzmanlaşmış bir kooperatif olarak anlatır. ${doesNotStopYou}`,
      couldChange:
        'Kuruluşun neden var olduğunu yeniden düşünebilirsiniz. Örneğin bir fırın ya da mandıra, dezavantajlı kişilere iş vermek için kurulmuşsa amacı onları çalışma hayatına katmaktır.',
      unclear: 'Kuruluşun ana amacına henüz karar vermediniz.',
      toDecide:
        'Kuruluş en çok sosyal hizmet sunmak için mi, dezavantajlı kişilere iş yaratmak için mi, yoksa ikisi için de mi var olacak?',
    },
    'criterion.public-benefit': {
      name: 'Kamu yararının öncelikli olması',
      says: 'Metne göre sosyal kooperatifte “kamu yararı önceliklidir”. Sosyal kooperatifler “kamusal ihtiyaçları ve toplumsal hedefleri gözetirler”.',
      rule: 'Kuruluşta toplumun yararı (kamu yararı), ortakların kazancından önce gelmeli.',
      met: 'Planınızda toplumun yararı, yani kamu yararı, önce geliyor.',
      notMet: `Planınızda ortakların (üyelerin) kazancı, toplumun yararı kadar ya da ondan çok önem taşıyor. Metin ise kamu yararını ilk sıraya koyar. ${doesNotStopYou}`,
      couldChange:
        'Kuruluşun amacını yazarken kamu yararını ilk sıraya koyabilir, kararlarda toplumun ihtiyaçlarını önce gözetmeyi kararlaştırabilirsiniz.',
      unclear: 'Toplumun yararının mı, ortakların kazancının mı önce geleceğine henüz karar vermediniz.',
      toDecide: 'Toplum için iyi ama ortaklar için daha az kazançlı bir kararda hangisi önce gelecek?',
    },
    'criterion.not-for-profit': {
      name: 'Gelir-gider farkının kullanımı',
      says: 'Metne göre sosyal kooperatif “kâr amacı gütmez”. Elde edilen kâr dört yolda kullanılır: toplum yararına etkinlikler düzenlenir; yeni yatırım ve yeni işler yaratılır; ortaklara (üyelere) inovatif hizmetler sağlanır; sosyal ve kültürel faaliyetler düzenlenir.',
      rule: 'Yedek akçeden sonra kalan gelir-gider farkının (kârın) tamamı, metnin saydığı dört yolda kullanılmalı.',
      met: 'Planınızda yedek akçeden sonra kalan gelir-gider farkının tamamı bu dört yolda kullanılıyor.',
      notMet: `Planınızda gelir-gider farkının bir kısmı ya da tamamı ortaklara dağıtılıyor. Metin ise sosyal kooperatifin kâr amacı gütmediğini söyler. Kanun, anasözleşme izin veriyorsa dağıtımı risturn olarak düzenler (1163 sayılı Kooperatifler Kanunu, m. 38–39). ${doesNotStopYou}`,
      couldChange:
        'Anasözleşmede gelir-gider farkının bu dört yolda kullanılacağını yazabilirsiniz. Bunun nasıl yazılacağını il ticaret müdürlüğüne sorabilirsiniz.',
      unclear: 'Gelir-gider farkının ne için kullanılacağına henüz karar vermediniz.',
      toDecide: 'Farkın tamamı bu dört yolda mı kullanılacak, yoksa bir kısmı ortaklara mı dağıtılacak?',
    },
    'criterion.democratic-governance': {
      name: 'Demokratik katılım ve yönetim',
      says: 'Metne göre sosyal kooperatifin “katılımı ve yönetimi demokratik esaslara dayalıdır”. 1163 sayılı Kooperatifler Kanunu’na göre de her ortağın (üyenin) genel kurulda, sermaye payı ne olursa olsun, bir oyu vardır (m. 48).',
      rule: 'Kararları genel kurul vermeli: Her ortağın bir oyu olmalı ve yönetim kurulunu genel kurul seçmeli.',
      met: 'Planınızda kararları genel kurul veriyor. Her ortağın bir oyu var ve yönetim kurulunu genel kurul seçiyor.',
      // Not `doesNotStopYou`: such a plan conflicts with the law itself.
      notMet:
        'Planınızda kararlar, her ortağın bir oyu olan genel kurulda alınmıyor. Metin ise katılımın ve yönetimin demokratik olmasını anlatır. Kanuna göre de her kooperatifte, sermaye payı ne olursa olsun, her ortağın genel kurulda bir oyu vardır (m. 48). Bu yüzden bu plan anasözleşmeye bu haliyle yazılamaz. İl ticaret müdürlüğüne danışın.',
      couldChange:
        'Anasözleşmede kararların genel kurulda alınacağını, her ortağın bir oyu olacağını ve yönetim kurulunu genel kurulun seçeceğini yazabilirsiniz.',
      unclear: 'Kararların nasıl alınacağına henüz karar vermediniz.',
      toDecide: 'Kararları, her ortağın bir oyu olan genel kurul mu verecek? Kanun her ortağa bir oy verir (m. 48).',
    },
    'criterion.worker-majority-members': {
      name: 'Ortakların çoğunluğunun kooperatifte çalışması',
      says: 'Metne göre sosyal kooperatifler “çoğunlukla kooperatif çalışanlarının mülkiyetinde olan” kooperatiflerdir ve “üyelikte ve yönetimde çalışanlarının sayısı çoğunluktadır”.',
      rule: 'Kurucu ortakların yarısından fazlası kooperatifte çalışmalı. Yarı yarıya çoğunluk sayılmaz. Sosyal hizmet veren ve hizmetini kullananların da ortak olabildiği bir kooperatifte bu, temel nokta değil, diğer özelliklerden biridir.',
      met: 'Planınızda kurucu ortakların (üyelerin) yarısından fazlası kooperatifte çalışıyor.',
      notMet: `Planınızda kurucu ortakların (üyelerin) yarısı ya da daha azı kooperatifte çalışıyor. Metin ise ortakların çoğunluğunun kooperatifte çalışan kişiler olduğunu anlatır. ${doesNotStopYou}`,
      couldChange:
        'Kooperatifte çalışacak ortakların sayısını artırabilirsiniz. Çalışan ortaklar yarıdan fazla olmalı: Örneğin sekiz ortaktan dördü yetmez, en az beşi çalışmalı.',
    },
    'criterion.worker-majority-board': {
      name: 'Yönetim kurulunun çoğunluğunun kooperatifte çalışması',
      says: 'Metne göre sosyal kooperatifte “üyelikte ve yönetimde çalışanlarının sayısı çoğunluktadır”.',
      rule: 'Yönetim kurulunun yarısından fazlası kooperatifte çalışmalı. Yarı yarıya çoğunluk sayılmaz. Sosyal hizmet veren ve hizmetini kullananların da ortak olabildiği bir kooperatifte bu, temel nokta değil, diğer özelliklerden biridir.',
      met: 'Planınızda yönetim kurulunun yarısından fazlası kooperatifte çalışıyor.',
      notMet: `Planınızda yönetim kurulunun yarısı ya da daha azı kooperatifte çalışıyor. Metin ise yönetimde de çalışanların çoğunlukta olduğunu anlatır. ${doesNotStopYou}`,
      couldChange:
        'Yönetim kurulunda kooperatifte çalışan ortaklara daha çok yer verebilirsiniz. Örneğin üç kişilik bir yönetim kurulunda en az ikisi kooperatifte çalışmalı.',
    },
    'criterion.disadvantaged-employment': {
      name: 'Dezavantajlı kişi ve grupların istihdamı',
      says: 'Metne göre sosyal kooperatif “gerçekleştirdiği faaliyetler ile dezavantajlı kişi ve grupları istihdam eder”. Metin göçmenleri, uzun süreli işsizleri, engellileri, eski hükümlüleri, bağımlıları, kırsal bölgelerdeki kadın ve gençleri örnek olarak sayar.',
      rule: 'Kooperatifte, metnin saydığı dezavantajlı gruplardan en az birinden kişiler çalışmalı. Ana amaç dezavantajlı kişileri çalışma hayatına katmaksa (ya da ikisi birden ise) bu bir temel noktadır; değilse diğer özelliklerden biridir.',
      met: 'Planınızda kooperatifte bu gruplardan en az birinden kişiler çalışıyor.',
      notMet: `Planınızda kooperatifte bu gruplardan kimse çalışmıyor. Metin ise sosyal kooperatifin dezavantajlı kişi ve grupları istihdam ettiğini söyler. ${doesNotStopYou}`,
      couldChange:
        'Kooperatifin işlerinde bu gruplardan kişilere iş vermeyi planlayabilirsiniz. Kurucular da bu kişiler olabilir. Metin bunun için bir sayı ya da oran belirtmez.',
      unclear: 'Kooperatifte bu gruplardan kimlerin çalışacağına henüz karar vermediniz.',
      toDecide: 'Kooperatifte, kurucular da dahil, bu gruplardan kişiler çalışacak mı?',
    },
    'criterion.multi-stakeholder': {
      name: 'Tüketicilerin ve gönüllülerin de ortak olabilmesi',
      says: 'Metne göre sosyal kooperatif, tüketicilerin ve gönüllü kişilerin ortaklığına (üyeliğine) açıktır ve “çok paydaşlı yönetim anlayışı ile hareket” eder.',
      rule: 'Kooperatifte çalışanların yanında tüketiciler, gönüllüler ya da ikisi de ortak olabilmeli.',
      met: 'Planınızda kooperatifte çalışanların yanında tüketiciler ya da gönüllüler de ortak olabiliyor.',
      notMet: `Planınızda tüketiciler ve gönüllüler ortak (üye) olamıyor. Metin ise sosyal kooperatifin onlara da açık olduğunu söyler. ${doesNotStopYou}`,
      couldChange:
        'Kooperatifin hizmetlerini kullananların (tüketicilerin) ya da gönüllülerin de ortak olabilmesini planlayabilirsiniz. Çalışan ortaklar yine de yarıdan fazla olmalı.',
      unclear: 'Tüketicilerin ya da gönüllülerin ortak olup olamayacağına henüz karar vermediniz.',
      toDecide: 'Kooperatifin hizmetlerini kullananlar ya da gönüllüler de ortak olabilecek mi?',
    },
    'criterion.flexible-membership': {
      name: 'Gönüllü ya da geçici katılma',
      says: 'Metne göre sosyal kooperatif “gönüllü ve geçici üyelik gibi esnek bağlanma biçimlerine sahiptir”.',
      rule: 'Kişiler kooperatife gönüllü olarak ya da belli bir süre için de katılabilmeli.',
      met: 'Planınızda kişiler kooperatife gönüllü olarak ya da belli bir süre için de katılabiliyor.',
      notMet: `Planınızda kişiler kooperatife yalnızca sürekli ortak (üye) olarak katılabiliyor. Metin ise esnek yollardan söz eder. ${doesNotStopYou}`,
      couldChange:
        'Gönüllü ya da geçici katılma yollarını planınıza ekleyebilirsiniz. Bunun anasözleşmede nasıl yazılacağını il ticaret müdürlüğüne sorun.',
      unclear: 'Kişilerin gönüllü ya da geçici olarak katılıp katılamayacağına henüz karar vermediniz.',
      toDecide: 'Kişiler kooperatife gönüllü olarak ya da belli bir süre için katılabilecek mi?',
    },
    'criterion.simple-entry-exit': {
      name: 'Basit giriş ve çıkış',
      says: 'Metne göre sosyal kooperatifte “ortaklığa (üyeliğe) kabul ve ortaklıktan (üyelikten) ayrılma prosedürleri basitleştirilmiştir”.',
      rule: 'Ortak olmak ve ortaklıktan ayrılmak kısa ve basit bir yolla olmalı.',
      met: 'Planınızda ortak olmak ve ortaklıktan ayrılmak kısa ve basit bir yolla oluyor.',
      notMet: `Planınızda ortaklığa (üyeliğe) giriş ve çıkış için ek koşullar ve uzun adımlar var. Metin ise bu adımların basitleştirildiğini söyler. ${doesNotStopYou}`,
      couldChange:
        'Ortaklığa kabul ve ortaklıktan ayrılma adımlarını sadeleştirebilirsiniz. Bunun anasözleşmede nasıl yazılacağını il ticaret müdürlüğüne sorun.',
      unclear: 'Ortak olmak ve ayrılmak için ne gerekeceğine henüz karar vermediniz.',
      toDecide: 'Katılmak ya da ayrılmak isteyen biri ne yapacak?',
    },
    'criterion.innovation': {
      name: 'İnovatif çözümler',
      says: 'Metne göre sosyal kooperatif “sosyal, ekonomik, çevresel temelli sorunlara inovatif çözümler getirir”. İnovatif, yenilikçi demektir.',
      rule: 'Kuruluş sosyal, ekonomik ya da çevresel bir soruna yeni bir yolla yanıt vermeli.',
      met: 'Planınızda kuruluş bir soruna yeni bir yolla yanıt veriyor.',
      notMet: `Planınızda kuruluş bilinen bir yolla çalışıyor. Metin ise sosyal kooperatifin sorunlara inovatif çözümler getirdiğini söyler. ${doesNotStopYou}`,
      couldChange:
        'Bölgenizdeki bir soruna yeni bir yolla nasıl yanıt verebileceğinizi düşünebilirsiniz; örneğin hizmetin sunulma biçiminde ya da ürünün kendisinde.',
      unclear: 'Kuruluşun bir soruna yeni bir yolla yanıt verip vermeyeceğine henüz karar vermediniz.',
      toDecide: 'Kuruluş bir soruna yeni bir yolla mı, bilinen bir yolla mı yanıt verecek?',
    },
  },

  keyNames: { ...summaries, v: 'Sürüm' },

  unreadableLink: 'Bu bağlantıdaki bazı yanıtlar okunamadı. Okunamayan yanıtları sildik; diğer yanıtlarınız korundu.',

  // Issue 21 (share helper): sharing a result, deciding as a group, keeping nothing on the device.
  together: {
    heading: 'Diğer kurucularla birlikte',
    groupLine: 'Kurucuların her biri bu bağlantıyı açabilir, bir yanıtı değiştirebilir ve iki planı karşılaştırabilir.',
    linkHolds:
      'Bağlantı bütün yanıtlarınızı taşır; kooperatifte hangi grupların çalışacağı da bunlara dahildir. Bağlantıyı alan herkes bu yanıtları görür.',
    share: 'Paylaşın',
    shareTitle: 'Sosyal kooperatif öz değerlendirmesinin sonucu',
    shareCopied: 'Bu tarayıcı paylaşma ekranını açamıyor. Bağlantıyı kopyaladık; bir mesaja yapıştırabilirsiniz.',
    showQr: 'Karekodu gösterin',
    hideQr: 'Karekodu gizleyin',
    qrName: 'Bu sonucun bağlantısı',
    qrHint:
      'Öbür kurucu telefonunun kamerasını bu karekoda tutsun. Aynı sonuç onun telefonunda açılır. Bağlantı hiçbir sunucudan geçmez.',
    qrFailed: 'Karekod gösterilemedi. Bağlantıyı kopyalayıp paylaşabilirsiniz.',
    compareLink: 'Planı karşılaştırın',
    openDecisions: {
      heading: 'Kurucuların henüz vermediği kararlar',
      intro: 'Kurucularla birlikte konuşup karar vereceğiniz noktaları buraya yazın.',
    },
    keep: {
      legend: 'Yanıtlarınız bu cihazda saklansın mı?',
      keep: 'Saklansın: daha sonra bu cihazda devam edebilirim.',
      dontKeep: 'Bu cihazda saklamayın: bu telefonu başkaları da kullanıyor.',
      addressOnly:
        'Yanıtlarınız bu cihazda saklanmıyor. Yanıtlar yalnızca sayfanın adresinde duruyor. Sayfayı kapatırsanız yanıtlar da kaybolur.',
    },
  },

  listComma: ',',
};

/** The compare page (issue 21, share helper). */
export const compareTr: CompareWords = {
  title: 'İki planı karşılaştırın',
  description:
    'İki kurucunun öz değerlendirme sonuçlarını ölçüt ölçüt yan yana görün. Bağlantılar tarayıcınızda kalır.',
  intro:
    'İki sonucun bağlantısını yapıştırın. İki plan ölçüt ölçüt yan yana görünür; farklı olan noktalar işaretlidir. Bağlantılar yalnızca bu tarayıcıda okunur, hiçbir yere gönderilmez.',
  needsScript: 'Karşılaştırma için tarayıcınızda JavaScript açık olmalı.',
  linkLabels: { a: 'Birinci planın bağlantısı', b: 'İkinci planın bağlantısı' },
  linkHint: 'Sonuç sayfasında “Bağlantıyı kopyalayın” düğmesiyle kopyaladığınız bağlantıyı yapıştırın.',
  submit: 'Karşılaştırın',
  criterion: 'Ölçüt',
  plans: { a: 'Birinci plan', b: 'İkinci plan' },
  verdictRow: 'Sonuç',
  differs: 'Farklı',
  differences: { one: 'İki plan {count} noktada farklı.', other: 'İki plan {count} noktada farklı.' },
  noDifference: 'İki plan her noktada aynı.',
  verdictDiffers: 'İki planın sonucu da farklı.',
  problems: {
    empty: '{plan}: bağlantı yok. Bir sonucun bağlantısını yapıştırın.',
    unreadable: '{plan}: bu bağlantı okunamadı. Bağlantıyı yeniden kopyalayıp yapıştırın.',
    invalid: '{plan}: bu bağlantıdaki bazı yanıtlar okunamadı: {keys}.',
    incomplete: '{plan}: bu bağlantıda bazı yanıtlar eksik: {keys}.',
  },
};
