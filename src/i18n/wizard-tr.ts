import type { WizardWords } from './wizard-words';

/**
 * The self-assessment's words in Turkish. Plain language, "siz" form, short sentences, no judgement
 * (GOV.UK style). Criteria quote or closely paraphrase the source text; beyond it, only the facts
 * of shared/domain/facts.md. The result speaks of matching the description of the text, never of
 * "being" a social cooperative: in Turkey it is not a separate legal form.
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
  workerMembers: 'Çalışan ortak sayısı',
  board: 'Yönetim kurulundaki kişi sayısı',
  workerBoard: 'Yönetim kurulundaki çalışan ortak sayısı',
  stakeholders: 'Çalışanlar dışındaki ortaklar',
  disadvantaged: 'Çalıştırılması planlanan gruplar',
  flexibleMembership: 'Esnek bağlanma biçimleri',
  simpleEntryExit: 'Ortaklığa giriş ve çıkış',
  innovation: 'Yenilikçi çözüm',
} as const;

const yesNoNotSure = {
  yes: { label: 'Evet' },
  no: { label: 'Hayır' },
  'not-sure': { label: 'Emin değilim', hint: 'Henüz karar vermediyseniz bunu seçin.' },
};

/** Said in every unmet core criterion and characteristic: the description is not a legal form. */
const doesNotStopYou = 'Bu, kooperatif kurmanıza engel değildir.';

export const wizardTr: WizardWords = {
  intro: {
    title: 'Kuruluş planınız sosyal kooperatif tanımına uyuyor mu?',
    description:
      'Kurmayı düşündüğünüz kuruluşun sosyal kooperatif tanımına hangi noktalarda uyduğunu birkaç soruyla görün. Yanıtlarınız tarayıcınızda kalır.',
    body: [
      'Bu öz değerlendirme, kurmayı düşündüğünüz kuruluşu sosyal kooperatif tanımıyla karşılaştırır. Tanım, bu sitenin temel aldığı tanıtım metninden gelir.',
      'Her sayfada bir soru var. Yanıtlamak birkaç dakika sürer.',
      'Sorular kişiler hakkında değil, kuruluşunuzun planları hakkındadır: örneğin kaç ortak (üye) olacağı ve kararların nasıl alınacağı. Henüz karar vermediğiniz konularda “Henüz karar vermedik” ya da “Emin değilim” seçeneğini seçebilirsiniz.',
      'Sonuç bir hukuki karar değildir. Türkiye’de sosyal kooperatif ayrı bir hukuki biçim değildir; 1163 sayılı Kooperatifler Kanunu’na göre kurulan bir kooperatiftir. Sonuç, planınızın tanıma hangi noktalarda uyduğunu ve hangi noktalarda ayrıldığını gösterir. Her kooperatif için geçerli yasal ön koşulları da ayrıca gösterir.',
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
      title: 'Kuruluşunuzun ana amacı ne olacak?',
      hint: ['Kuruluşun en çok emek vereceği işi düşünün.'],
      summary: summaries.focus,
      options: {
        'social-services': {
          label: 'Sosyal hizmet sunmak',
          hint: 'Örneğin eğitim, sağlık ya da çocuk, engelli, yaşlı veya hasta bakımı.',
        },
        'work-integration': {
          label: 'Dezavantajlı kişileri çalışma hayatına katmak',
          hint: 'Örneğin engelliler, uzun süreli işsizler, eski hükümlüler ya da göçmenler için iş olanağı yaratmak.',
        },
        both: {
          label: 'İkisi de',
          hint: 'Hem sosyal hizmet sunmak hem de dezavantajlı kişileri çalışma hayatına katmak.',
        },
        other: {
          label: 'Başka bir ekonomik faaliyet',
          hint: 'Örneğin üretim, ticaret ya da hizmet satışı; ana amaç yukarıdakilerden biri değil.',
        },
      },
      errors: {
        required: 'Kuruluşunuzun ana amacını seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    publicBenefit: {
      title: 'Kuruluşunuzda kamu yararı ilk sırada mı gelecek?',
      hint: [
        'Kamu yararı, toplumun genel yararı demektir.',
        'Şöyle düşünün: Bir karar toplum için iyi, ama ortaklar (üyeler) için daha az kazançlı olabilir. Böyle bir durumda hangisi önce gelecek?',
      ],
      summary: summaries.publicBenefit,
      options: {
        yes: { label: 'Evet, kamu yararı önce gelecek' },
        partly: { label: 'Kısmen', hint: 'Ortakların ekonomik çıkarı da kamu yararı kadar önemli olacak.' },
        no: { label: 'Hayır', hint: 'Ortakların ekonomik çıkarı önce gelecek.' },
      },
      errors: {
        required: 'Kamu yararının kuruluşunuzda ilk sırada gelip gelmeyeceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    surplus: {
      title: 'Gelir-gider farkı (kâr) ne için kullanılacak?',
      hint: [
        'Gelirler giderlerden fazla olduğunda kalan paraya kanunda gelir-gider farkı denir. Günlük dilde buna “kâr” denir.',
        'Kanuna göre bu farkın en az yüzde 10’u önce yedek akçeye ayrılır. Bu soru, geri kalanı için ne planladığınızı sorar.',
      ],
      summary: summaries.surplus,
      options: {
        community: {
          label: 'Tamamı toplum yararına kullanılacak',
          hint: 'Toplum yararına etkinlikler; yeni yatırım ve yeni işler; ortaklara (üyelere) yenilikçi hizmetler; sosyal ve kültürel faaliyetler.',
        },
        distribute: {
          label: 'Bir kısmı ya da tamamı ortaklara dağıtılacak',
          hint: 'Örneğin her ortağın kooperatifle yaptığı iş ölçüsünde (risturn).',
        },
        undecided: { label: 'Henüz karar vermedik' },
      },
      errors: {
        required: 'Gelir-gider farkının ne için kullanılacağını seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    governance: {
      title: 'Kuruluşta kararları kim verecek?',
      hint: [
        'Genel kurul, ortakların (üyelerin) toplantısıdır. Yönetim kurulu, kooperatifi yöneten kuruldur.',
      ],
      summary: summaries.governance,
      options: {
        'one-member-one-vote': {
          label: 'Genel kurul; her ortağın bir oyu olacak',
          hint: 'Sermaye payı ne olursa olsun her ortağın bir oyu olur. Yönetim kurulunu genel kurul seçer.',
        },
        'by-shares': {
          label: 'Oylar sermaye payına göre olacak',
          hint: 'Daha çok sermaye koyan ortağın daha çok oyu olur.',
        },
        'founders-decide': { label: 'Kurucular ya da bir yönetici tek başına karar verecek' },
        undecided: { label: 'Henüz karar vermedik' },
      },
      errors: {
        required: 'Kuruluşta kararları kimin vereceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    members: {
      title: 'Kuruluşta kaç ortak (üye) olacak?',
      hint: [
        'Kooperatifi birlikte kuracak kişileri, yani kurucu ortakları sayın.',
        'Sonra bunlardan kaçının kooperatifte çalışacağını yazın. Kişilerin adlarını değil, yalnızca sayıları soruyoruz.',
      ],
    },

    board: {
      title: 'Yönetim kurulunda kaç kişi olacak?',
      hint: [
        'Yönetim kurulu kooperatifi yönetir. Genel kurul, yönetim kurulundaki kişileri ortaklar (üyeler) arasından seçer.',
        'Sonra yönetim kurulundakilerden kaçının kooperatifte de çalışacağını yazın.',
      ],
    },

    stakeholders: {
      title: 'Kooperatifte çalışanlardan başka kimler ortak (üye) olabilecek?',
      hint: ['Uyan her seçeneği işaretleyin.'],
      summary: summaries.stakeholders,
      options: {
        consumers: { label: 'Tüketiciler', hint: 'Kooperatifin hizmetlerini ya da ürünlerini kullanan kişiler.' },
        volunteers: { label: 'Gönüllüler', hint: 'Kooperatifte gönüllü olarak yer alan kişiler.' },
        none: { label: 'Bunların hiçbiri', hint: 'Tüketiciler de gönüllüler de ortak olmayacak.' },
      },
      errors: {
        'empty-list': 'Kimlerin ortak olabileceğini işaretleyin ya da “Bunların hiçbiri” seçeneğini seçin',
        'none-with-group': '“Bunların hiçbiri” seçeneğini başka bir seçenekle birlikte işaretlemeyin',
        'unknown-value': 'Listedeki seçeneklerden en az birini işaretleyin',
      },
    },

    disadvantaged: {
      title: 'Kooperatif hangi gruplardan kişileri çalıştırmayı planlıyor?',
      hint: [
        'Sosyal kooperatif tanımında bu gruplar, dezavantajlı kişi ve gruplara örnek olarak sayılır.',
        'Kuruluşun planını düşünün, belirli bir kişiyi değil. Kimsenin adını, sağlık durumunu ya da geçmişini sormuyoruz. Uyan her grubu işaretleyin.',
      ],
      summary: summaries.disadvantaged,
      options: {
        disabled: { label: 'Engelliler' },
        'long-term-unemployed': { label: 'Uzun süreli işsizler' },
        'ex-prisoners': { label: 'Eski hükümlüler' },
        'addiction-recovery': { label: 'Bağımlılıktan kurtulma sürecindeki kişiler' },
        migrants: { label: 'Göçmenler' },
        'rural-women': { label: 'Kırsal bölgelerdeki kadınlar' },
        'rural-youth': { label: 'Kırsal bölgelerdeki gençler' },
        none: { label: 'Hiçbiri', hint: 'Kooperatif bu gruplardan kişileri çalıştırmayı planlamıyor.' },
      },
      errors: {
        'empty-list': 'Kooperatifin çalıştırmayı planladığı grupları işaretleyin ya da “Hiçbiri” seçeneğini seçin',
        'none-with-group': '“Hiçbiri” seçeneğini bir grupla birlikte işaretlemeyin',
        'unknown-value': 'Listedeki gruplardan en az birini ya da “Hiçbiri” seçeneğini işaretleyin',
      },
    },

    flexibleMembership: {
      title: 'Kooperatife gönüllü ya da geçici olarak da bağlanılabilecek mi?',
      hint: [
        'Sosyal kooperatif tanımında “gönüllü ve geçici üyelik gibi esnek bağlanma biçimleri” sayılır.',
        'Örneğin bir kişi sürekli ortak (üye) olmadan, gönüllü olarak ya da bir süreliğine kooperatifte yer alabilir.',
      ],
      summary: summaries.flexibleMembership,
      options: yesNoNotSure,
      errors: {
        required: 'Kooperatife gönüllü ya da geçici olarak bağlanılıp bağlanılamayacağını seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    simpleEntryExit: {
      title: 'Ortaklığa (üyeliğe) girmek ve ortaklıktan ayrılmak kolay olacak mı?',
      hint: [
        'Sosyal kooperatif tanımına göre ortaklığa kabul ve ortaklıktan ayrılma prosedürleri basitleştirilmiştir. Yani kooperatife katılmak da kooperatiften ayrılmak da kolaydır.',
      ],
      summary: summaries.simpleEntryExit,
      options: yesNoNotSure,
      errors: {
        required: 'Ortaklığa girmenin ve ortaklıktan ayrılmanın kolay olup olmayacağını seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },

    innovation: {
      title: 'Kuruluşunuz bir soruna yenilikçi bir çözüm getirecek mi?',
      hint: [
        'Sosyal kooperatif tanımına göre sosyal kooperatif, sosyal, ekonomik ya da çevresel sorunlara inovatif çözümler getirir.',
        '“İnovatif”, yenilikçi demektir: bir sorunu yeni bir yolla çözmek.',
      ],
      summary: summaries.innovation,
      options: yesNoNotSure,
      errors: {
        required: 'Kuruluşunuzun yenilikçi bir çözüm getirip getirmeyeceğini seçin',
        'unknown-value': 'Listedeki seçeneklerden birini seçin',
      },
    },
  },

  // Form input never gives 'leading-zero' ("07" is read as 7), and a count that may be 0 is never
  // too small; the test derives each field's reasons from its definition and the validator.
  numbers: {
    members: {
      label: 'Kurucu ortak sayısı',
      hint: 'Rakamla yazın, örneğin 7.',
      summary: summaries.members,
      errors: {
        required: 'Kurucu ortak sayısını rakamla yazın, örneğin 7',
        'not-a-whole-number': 'Kurucu ortak sayısını yalnızca rakamla, tam sayı olarak yazın, örneğin 7',
        'too-small': 'Kurucu ortak sayısı 1 ya da daha fazla olmalı',
        'too-large': 'Kurucu ortak sayısı 100.000 ya da daha az olmalı',
      },
    },
    workerMembers: {
      label: 'Bunlardan kaçı kooperatifte çalışacak?',
      hint: 'Kooperatifte çalışacak kurucu ortakları sayın. Hiçbiri çalışmayacaksa 0 yazın.',
      summary: summaries.workerMembers,
      errors: {
        required: 'Çalışan ortak sayısını rakamla yazın, örneğin 5; hiçbiri çalışmayacaksa 0 yazın',
        'not-a-whole-number': 'Çalışan ortak sayısını yalnızca rakamla, tam sayı olarak yazın, örneğin 5',
        'too-large': 'Çalışan ortak sayısı 100.000 ya da daha az olmalı',
        'more-than-members': 'Çalışan ortak sayısı, kurucu ortak sayısına eşit ya da ondan az olmalı',
      },
    },
    board: {
      label: 'Yönetim kurulundaki kişi sayısı',
      hint: 'Rakamla yazın, örneğin 3.',
      summary: summaries.board,
      errors: {
        required: 'Yönetim kurulundaki kişi sayısını rakamla yazın, örneğin 3',
        'not-a-whole-number': 'Yönetim kurulundaki kişi sayısını yalnızca rakamla, tam sayı olarak yazın, örneğin 3',
        'too-small': 'Yönetim kurulundaki kişi sayısı 1 ya da daha fazla olmalı',
        'too-large': 'Yönetim kurulundaki kişi sayısı 100.000 ya da daha az olmalı',
        'more-than-members':
          'Yönetim kurulundaki kişi sayısı, kurucu ortak sayısına eşit ya da ondan az olmalı; yönetim kurulu ortaklar arasından seçilir',
      },
    },
    workerBoard: {
      label: 'Bunlardan kaçı kooperatifte çalışacak?',
      hint: 'Yönetim kurulunda olup kooperatifte de çalışacak ortakları sayın. Hiçbiri çalışmayacaksa 0 yazın.',
      summary: summaries.workerBoard,
      errors: {
        required:
          'Yönetim kurulundaki çalışan ortak sayısını rakamla yazın, örneğin 2; hiçbiri çalışmayacaksa 0 yazın',
        'not-a-whole-number':
          'Yönetim kurulundaki çalışan ortak sayısını yalnızca rakamla, tam sayı olarak yazın, örneğin 2',
        'too-large': 'Yönetim kurulundaki çalışan ortak sayısı 100.000 ya da daha az olmalı',
        'more-than-board':
          'Yönetim kurulundaki çalışan ortak sayısı, yönetim kurulundaki kişi sayısına eşit ya da ondan az olmalı',
      },
    },
  },

  check: {
    title: 'Yanıtlarınızı kontrol edin',
    description: 'Sonucu görmeden önce yanıtlarınızı gözden geçirin. Gerekirse değiştirin.',
    change: 'Değiştir',
    changeHidden: ' ({summary})',
    confirm: 'Sonucu görün',
    noneChosen: 'Hiçbiri',
  },

  result: {
    title: 'Öz değerlendirme sonucunuz',
    description:
      'Kuruluş planınızın sosyal kooperatif tanımıyla karşılaştırması. Yanıtlarınız tarayıcınızda kalır.',
    needsScript:
      'Sonucu göstermek için JavaScript gerekir. Tarayıcınızda JavaScript kapalı ya da yüklenemedi. Soruları ve her ölçütün kuralını, kâğıt üzerinde doldurabileceğiniz bir listede bulabilirsiniz.',
    checklistLink: 'Yazdırılabilir kontrol listesine gidin',
    verdicts: {
      matches: {
        heading: 'Planınız sosyal kooperatif tanımının bütün noktalarına uyuyor',
        body: [
          'Yanıtlarınıza göre planınız, bu sitenin temel aldığı metindeki sosyal kooperatif tanımının temel noktalarının hepsine uyuyor. Metnin saydığı diğer özelliklerin hepsine de uyuyor.',
          'Bu sonuç bir hukuki karar ya da onay değildir. Türkiye’de sosyal kooperatif ayrı bir hukuki biçim değildir: 1163 sayılı Kooperatifler Kanunu’na göre kurulan bir kooperatiftir.',
          'Her kooperatif için geçerli yasal ön koşullar ayrı bir konudur. Bunları aşağıda ayrıca gösteriyoruz.',
        ],
      },
      'matches-core': {
        heading: 'Planınız sosyal kooperatif tanımının temel noktalarına uyuyor',
        body: [
          'Yanıtlarınıza göre planınız, bu sitenin temel aldığı metindeki sosyal kooperatif tanımının temel noktalarının hepsine uyuyor.',
          'Metnin saydığı diğer özelliklerin bazılarında planınız tanımdan ayrılıyor ya da henüz karar vermediniz. Bunların her birini, neyi değiştirebileceğinizle birlikte aşağıda anlatıyoruz.',
          'Bu sonuç bir hukuki karar değildir. Her kooperatif için geçerli yasal ön koşullar ayrı bir konudur. Bunları aşağıda ayrıca gösteriyoruz.',
        ],
      },
      'needs-decisions': {
        heading: 'Bazı temel noktalarda henüz karar vermediniz',
        body: [
          'Yanıtlarınıza göre planınız, sosyal kooperatif tanımının temel noktalarının hiçbirinden ayrılmıyor. Ama bazı temel noktalarda henüz karar vermediniz. Bu yüzden planınızın tanıma uyup uymadığı şimdilik belli değil.',
          'Karar bekleyen noktaları aşağıda bulabilirsiniz. Her birinde metnin ne dediğini ve hangi kararın açık kaldığını anlatıyoruz. Karar verdiğinizde yanıtınızı değiştirip sonucu yeniden görebilirsiniz.',
          'Her kooperatif için geçerli yasal ön koşullar ayrı bir konudur. Bunları aşağıda ayrıca gösteriyoruz.',
        ],
      },
      'does-not-match': {
        heading: 'Planınız sosyal kooperatif tanımının bazı temel noktalarından ayrılıyor',
        body: [
          'Yanıtlarınıza göre planınız, sosyal kooperatif tanımının temel noktalarından en az birinden ayrılıyor. Hangi noktalarda ayrıldığını, metnin ne dediğini ve neyi değiştirebileceğinizi aşağıda tek tek anlatıyoruz.',
          'Sosyal kooperatif tanımına uymak, kooperatif kurmanın bir koşulu değildir: Türkiye’de sosyal kooperatif ayrı bir hukuki biçim değildir.',
          'Kanunun her kooperatif için aradığı yasal ön koşullar ayrı bir konudur. Bunları aşağıda ayrıca gösteriyoruz.',
        ],
      },
    },
    legalHeading: 'Her kooperatif için yasal ön koşullar',
    legalIntro:
      'Bu koşullar sosyal kooperatife özgü değildir; kurulan her kooperatif için geçerlidir. Yukarıdaki sonucu değiştirmezler.',
    coreHeading: 'Tanımın temel noktaları',
    coreIntro:
      'Bu noktalar sosyal kooperatif tanımını belirler. Planınızın tanıma uyması için hepsinin karşılanması gerekir.',
    characteristicsHeading: 'Metnin saydığı diğer özellikler',
    characteristicsIntro:
      'Metin sosyal kooperatifin bu özelliklerini de sayar. Tanımın temel noktalarına uyan bir plan, bunların bazılarını taşımayabilir.',
    status: {
      met: 'Karşılanıyor',
      'not-met': 'Karşılanmıyor',
      unclear: 'Karar bekliyor',
    },
    saysLabel: 'Kaynakta ne yazıyor',
    answeredLabel: 'Sizin yanıtınız',
    couldChangeLabel: 'Neyi değiştirebilirsiniz',
    readMore: '{name} bölümünü rehberde okuyun',
    nextHeading: 'Sonraki adımlar',
    next: [
      {
        text: 'Kooperatif kurmanın koşullarını ve adımlarını okuyun:',
        link: { label: 'Sosyal kooperatif nasıl kurulur?', to: { page: 'nasil-kurulur' } },
      },
      {
        text: 'Kendi durumunuzla ilgili sorular için bulunduğunuz ildeki il ticaret müdürlüğüne başvurun. Bu sonucu yazdırıp yanınızda götürebilirsiniz.',
        link: { label: 'Nereye sorabilirsiniz?', to: { section: 'nereye-sorabilirsiniz' } },
      },
      {
        text: 'Tanımdan ayrıldığınız ya da henüz karar vermediğiniz noktaları, anasözleşmeyi hazırlarken diğer kurucu ortaklarla birlikte konuşun.',
      },
    ],
    actionsHeading: 'Sonucu kaydedin ya da değiştirin',
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
      body: 'Bağlantıdaki bazı yanıtlar okunamadı. Bağlantı kopyalanırken kesilmiş ya da değişmiş olabilir. Bu yüzden bağlantıdaki yanıtların hiçbirini kullanmadık. Okunamayan yanıtlar şunlar:',
      startAgain: 'Baştan başlayın',
    },
    // Shown as "{key name}: {reason}", e.g. "Kurucu ortak sayısı: bir tam sayı olmalı".
    linkReasons: {
      required: 'boş bırakılmış',
      'not-a-whole-number': 'bir tam sayı olmalı',
      'leading-zero': 'başında sıfır olmadan yazılmalı',
      'too-small': 'en az 1 olmalı',
      'too-large': 'en çok 100.000 olabilir',
      'more-than-members': 'kurucu ortak sayısından fazla olamaz',
      'more-than-board': 'yönetim kurulundaki kişi sayısından fazla olamaz',
      'unknown-value': 'tanınmayan bir değer içeriyor',
      'none-with-group': '“hiçbiri” ile birlikte bir grup da içeriyor',
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
      'Bu listeyi kâğıt üzerinde doldurabilirsiniz. Her soruda planınıza uyan kutuyu işaretleyin, sayıları boşluklara yazın. Sonra her ölçütün kuralına bakarak planınızın sosyal kooperatif tanımına hangi noktalarda uyduğunu görün.',
    ruleLabel: 'Kural:',
    criteriaLabel: 'Bu soruya bağlı ölçütler:',
    numberBlank: 'Sayı: ________',
  },

  criteria: {
    'criterion.founders-min-7': {
      name: 'En az yedi kurucu ortak',
      says: '1163 sayılı Kooperatifler Kanunu’na göre bir kooperatif en az yedi ortak (üye) ile kurulur. Kurucu ortaklar anasözleşmeyi imzalar (m. 2).',
      rule: 'Kurucu ortak sayısı en az 7 olmalı.',
      met: 'Planınızda en az yedi kurucu ortak var.',
      notMet:
        'Planınızda yediden az kurucu ortak var. Kanuna göre bir kooperatif en az yedi ortakla kurulur. Bu koşul sosyal kooperatife özgü değildir; her kooperatif için geçerlidir.',
      couldChange: 'Kooperatifi kurmadan önce kurucu ortak sayısını en az yediye çıkarabilirsiniz.',
    },
    'criterion.board-min-3': {
      name: 'En az üç kişilik yönetim kurulu',
      says: 'Örnek anasözleşmelere göre yönetim kurulu en az üç kişiden oluşur. Genel kurul bu kişileri ortaklar (üyeler) arasından, bir ila dört yıl için seçer.',
      rule: 'Yönetim kurulunda en az 3 kişi olmalı.',
      met: 'Planınızda yönetim kurulunda en az üç kişi var.',
      notMet:
        'Planınızda yönetim kurulunda üçten az kişi var. Örnek anasözleşmelere göre yönetim kurulu en az üç kişiden oluşur. Bu konu sosyal kooperatife özgü değildir; il ticaret müdürlüğüne danışın.',
      couldChange:
        'Yönetim kurulunu en az üç kişiye çıkarabilirsiniz. Yönetim kurulu ortaklar arasından seçildiği için kurucu ortak sayısı da en az bu kadar olmalı.',
    },
    'criterion.focus': {
      name: 'Sosyal hizmet ya da dezavantajlı kişilerin çalışma hayatına katılması',
      says: 'Metne göre sosyal kooperatifler, “sosyal hizmetlerin sunumu veya engelliler, uzun süreli işsizler, eski hükümlüler, bağımlılar, göçmenler gibi dezavantajlı kişilerin çalışma hayatına entegrasyonunun sağlanması konusunda uzmanlaşmış” kooperatiflerdir.',
      rule: 'Kuruluşun ana amacı sosyal hizmet sunmak, dezavantajlı kişileri çalışma hayatına katmak ya da ikisi birden olmalı.',
      met: 'Planınızda kuruluşun ana amacı, metnin saydığı iki alandan biri ya da ikisi birden.',
      notMet: `Planınızda kuruluşun ana amacı başka bir ekonomik faaliyet. Metin ise sosyal kooperatifi bu iki alanda uzmanlaşmış bir kooperatif olarak tanımlar. ${doesNotStopYou}`,
      couldChange:
        'Kuruluşun ana amacını sosyal hizmet sunmak ya da dezavantajlı kişileri çalışma hayatına katmak olarak belirleyebilirsiniz. Örneğin bir üretim işi, dezavantajlı kişilere iş sağlamanın yolu olabilir.',
    },
    'criterion.public-benefit': {
      name: 'Kamu yararının öncelikli olması',
      says: 'Metne göre sosyal kooperatifte “kamu yararı önceliklidir”. Sosyal kooperatifler “kamusal ihtiyaçları ve toplumsal hedefleri gözetirler”.',
      rule: 'Kuruluşta kamu yararı, ortakların ekonomik çıkarından önce gelmeli.',
      met: 'Planınızda kamu yararı ilk sırada geliyor.',
      notMet: `Planınızda ortakların (üyelerin) ekonomik çıkarı, kamu yararı kadar ya da ondan çok önem taşıyor. Metin ise kamu yararını ilk sıraya koyar. ${doesNotStopYou}`,
      couldChange:
        'Kuruluşun amacını yazarken kamu yararını ilk sıraya koyabilir, kararlarda toplumun ihtiyaçlarını önce gözetmeyi kararlaştırabilirsiniz.',
    },
    'criterion.not-for-profit': {
      name: 'Kâr amacı gütmemek',
      says: 'Metne göre sosyal kooperatif “kâr amacı gütmez”. Elde edilen kâr dört alanda kullanılır: toplum yararına etkinlikler düzenlenir; yeni yatırım ve yeni işler yaratılır; ortaklara (üyelere) inovatif hizmetler sağlamak amaçlanır; sosyal ve kültürel faaliyetler de düzenlenir.',
      rule: 'Gelir-gider farkının (kârın) tamamı, metnin saydığı dört alanda kullanılmalı.',
      met: 'Planınızda gelir-gider farkının tamamı bu dört alanda, toplum yararına kullanılıyor.',
      notMet: `Planınızda gelir-gider farkının bir kısmı ya da tamamı ortaklara dağıtılıyor. Metin ise sosyal kooperatifin kâr amacı gütmediğini ve kazancını toplum yararına kullandığını söyler. Kanun, anasözleşme izin veriyorsa dağıtımı risturn olarak düzenler (1163 sayılı Kooperatifler Kanunu, m. 38–39). ${doesNotStopYou}`,
      couldChange:
        'Anasözleşmede gelir-gider farkının bu dört alanda kullanılacağını yazabilirsiniz. Bunun nasıl yazılacağını il ticaret müdürlüğüne sorabilirsiniz.',
      unclear:
        'Gelir-gider farkının ne için kullanılacağına henüz karar vermediniz. Açık kalan karar: Farkın tamamı bu dört alanda mı kullanılacak, yoksa bir kısmı ortaklara mı dağıtılacak?',
    },
    'criterion.democratic-governance': {
      name: 'Demokratik katılım ve yönetim',
      says: 'Metne göre sosyal kooperatifin “katılımı ve yönetimi demokratik esaslara dayalıdır”. 1163 sayılı Kooperatifler Kanunu’na göre de her ortağın (üyenin) genel kurulda, sermaye payı ne olursa olsun, bir oyu vardır (m. 48).',
      rule: 'Kararları genel kurul vermeli: Her ortağın bir oyu olmalı ve yönetim kurulunu genel kurul seçmeli.',
      met: 'Planınızda kararları genel kurul veriyor. Her ortağın bir oyu var ve yönetim kurulunu genel kurul seçiyor.',
      notMet: `Planınızda kararlar, her ortağın bir oyu olan genel kurulda alınmıyor. Metin ise katılımın ve yönetimin demokratik olmasını anlatır. ${doesNotStopYou} Ama kanun her kooperatifte her ortağa genel kurulda bir oy verir; anasözleşmeniz buna uymalıdır.`,
      couldChange:
        'Anasözleşmede kararların genel kurulda alınacağını, her ortağın bir oyu olacağını ve yönetim kurulunu genel kurulun seçeceğini yazabilirsiniz.',
      unclear:
        'Kararların nasıl alınacağına henüz karar vermediniz. Açık kalan karar: Kararları, her ortağın bir oyu olan genel kurul mu verecek?',
    },
    'criterion.worker-majority-members': {
      name: 'Ortakların çoğunluğunun kooperatifte çalışması',
      says: 'Metne göre sosyal kooperatifler “çoğunlukla kooperatif çalışanlarının mülkiyetinde olan” kooperatiflerdir ve “üyelikte ve yönetimde çalışanlarının sayısı çoğunluktadır”.',
      rule: 'Çalışan ortakların sayısı, ortak sayısının yarısından fazla olmalı. Yarı yarıya çoğunluk sayılmaz.',
      met: 'Planınızda ortakların (üyelerin) yarısından fazlası kooperatifte çalışıyor.',
      notMet: `Planınızda kooperatifte çalışan ortaklar, ortakların (üyelerin) yarısı ya da daha azı. Metin ise ortakların çoğunluğunun kooperatifte çalışan kişiler olduğunu anlatır. ${doesNotStopYou}`,
      couldChange:
        'Kooperatifte çalışacak ortakların sayısını artırabilirsiniz. Çalışan ortaklar yarıdan fazla olmalı: Örneğin 8 ortaktan 4’ü yetmez, en az 5’i çalışmalı.',
    },
    'criterion.worker-majority-board': {
      name: 'Yönetim kurulunun çoğunluğunun kooperatifte çalışması',
      says: 'Metne göre sosyal kooperatifte “üyelikte ve yönetimde çalışanlarının sayısı çoğunluktadır”.',
      rule: 'Yönetim kurulunda kooperatifte çalışan ortakların sayısı, yönetim kurulundaki kişi sayısının yarısından fazla olmalı. Yarı yarıya çoğunluk sayılmaz.',
      met: 'Planınızda yönetim kurulundakilerin yarısından fazlası kooperatifte çalışıyor.',
      notMet: `Planınızda yönetim kurulunda kooperatifte çalışanlar, yarı ya da daha az. Metin ise yönetimde de çalışanların çoğunlukta olduğunu anlatır. ${doesNotStopYou}`,
      couldChange:
        'Yönetim kurulunda kooperatifte çalışan ortaklara daha çok yer verebilirsiniz. Örneğin 3 kişilik bir yönetim kurulunda en az 2 kişi kooperatifte çalışmalı.',
    },
    'criterion.disadvantaged-employment': {
      name: 'Dezavantajlı kişi ve grupların istihdamı',
      says: 'Metne göre sosyal kooperatif “gerçekleştirdiği faaliyetler ile dezavantajlı kişi ve grupları istihdam eder”. Metin göçmenleri, uzun süreli işsizleri, engellileri, eski hükümlüleri, bağımlıları, kırsal bölgelerdeki kadın ve gençleri örnek olarak sayar.',
      rule: 'Kooperatif, metnin saydığı dezavantajlı gruplardan en az birinden kişileri çalıştırmayı planlamalı. Ana amaç dezavantajlı kişileri çalışma hayatına katmaksa bu, tanımın temel noktalarından biridir; değilse metnin saydığı diğer özelliklerden biridir.',
      met: 'Planınızda kooperatif, bu gruplardan en az birinden kişileri çalıştırıyor.',
      notMet: `Planınızda kooperatifin bu gruplardan kişileri çalıştırması öngörülmüyor. Metin ise sosyal kooperatifin dezavantajlı kişi ve grupları istihdam ettiğini söyler. ${doesNotStopYou}`,
      couldChange:
        'Kooperatifin işlerinde bu gruplardan kişilere iş vermeyi planlayabilirsiniz. Metin bunun için bir sayı ya da oran belirtmez.',
    },
    'criterion.multi-stakeholder': {
      name: 'Çok paydaşlı yönetim',
      says: 'Metne göre sosyal kooperatif, tüketicilerin ve gönüllü kişilerin ortaklığına (üyeliğine) açıktır ve “çok paydaşlı yönetim anlayışı ile hareket” eder.',
      rule: 'Kooperatifte çalışanların yanında tüketiciler, gönüllüler ya da ikisi de ortak olabilmeli.',
      met: 'Planınızda kooperatifte çalışanların yanında tüketiciler ya da gönüllüler de ortak olabiliyor.',
      notMet: `Planınızda tüketiciler ve gönüllüler ortak (üye) olamıyor. Metin ise sosyal kooperatifin onlara da açık olduğunu söyler. ${doesNotStopYou}`,
      couldChange:
        'Kooperatifin hizmetlerini kullananların (tüketicilerin) ya da gönüllülerin de ortak olabilmesini planlayabilirsiniz. Çalışan ortaklar yine de yarıdan fazla olmalı.',
    },
    'criterion.flexible-membership': {
      name: 'Esnek üyelik',
      says: 'Metne göre sosyal kooperatif “gönüllü ve geçici üyelik gibi esnek bağlanma biçimlerine sahiptir”.',
      rule: 'Kooperatife gönüllü ya da geçici olarak da bağlanılabilmeli.',
      met: 'Planınızda kooperatife gönüllü ya da geçici olarak da bağlanılabiliyor.',
      notMet: `Planınızda kooperatife yalnızca sürekli ortak (üye) olarak bağlanılabiliyor. Metin ise esnek bağlanma biçimlerinden söz eder. ${doesNotStopYou}`,
      couldChange:
        'Gönüllü ya da geçici bağlanma biçimlerini planınıza ekleyebilirsiniz. Bunun anasözleşmede nasıl yazılacağını il ticaret müdürlüğüne sorun.',
      unclear: 'Kooperatife gönüllü ya da geçici olarak bağlanılıp bağlanılamayacağına henüz karar vermediniz.',
    },
    'criterion.simple-entry-exit': {
      name: 'Basit giriş ve çıkış',
      says: 'Metne göre sosyal kooperatifte “ortaklığa/üyeliğe kabul ve ortaklıktan/üyelikten ayrılma prosedürleri basitleştirilmiştir”.',
      rule: 'Ortaklığa girmek ve ortaklıktan ayrılmak kolay olmalı.',
      met: 'Planınızda ortaklığa girmek ve ortaklıktan ayrılmak kolay.',
      notMet: `Planınızda ortaklığa (üyeliğe) giriş ve çıkış basitleştirilmemiş. Metin ise bu prosedürlerin basit olduğunu anlatır. ${doesNotStopYou}`,
      couldChange:
        'Ortaklığa kabul ve ortaklıktan ayrılma adımlarını sadeleştirebilirsiniz. Bunun anasözleşmede nasıl yazılacağını il ticaret müdürlüğüne sorun.',
      unclear: 'Ortaklığa girmenin ve ortaklıktan ayrılmanın ne kadar kolay olacağına henüz karar vermediniz.',
    },
    'criterion.innovation': {
      name: 'İnovatif çözümler',
      says: 'Metne göre sosyal kooperatif “sosyal, ekonomik, çevresel temelli sorunlara inovatif çözümler getirir”. İnovatif, yenilikçi demektir.',
      rule: 'Kuruluş sosyal, ekonomik ya da çevresel bir soruna yenilikçi bir çözüm getirmeli.',
      met: 'Planınızda kuruluş bir soruna yenilikçi bir çözüm getiriyor.',
      notMet: `Planınızda kuruluşun yenilikçi bir çözüm getirmesi öngörülmüyor. Metin ise sosyal kooperatifin sorunlara inovatif çözümler getirdiğini söyler. ${doesNotStopYou}`,
      couldChange:
        'Bölgenizdeki bir soruna yeni bir yolla nasıl yanıt verebileceğinizi düşünebilirsiniz; örneğin hizmetin sunulma biçiminde ya da kimlerin çalıştığında.',
      unclear: 'Kuruluşun yenilikçi bir çözüm getirip getirmeyeceğine henüz karar vermediniz.',
    },
  },

  keyNames: { ...summaries, v: 'Sürüm' },
};
