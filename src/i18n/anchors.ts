import { defaultLocale, locales, type Locale } from '.';
import { pathOf } from '../utils/docs';

interface PageAnchors {
  en: string;
  sections: readonly (readonly [tr: string, en: string])[];
  terms?: readonly string[];
}

/**
 * The published section anchors: every heading of every page, with its English twin, and the
 * glossary terms that are linked to. NGOs copy them from /sitenize-ekleyin/ (DeepLinks.astro), the
 * result page links each criterion to one (its `section` names the Turkish id), and the tests check
 * that each one exists, in every language. Renaming a heading changes its id: a published id stays
 * here, and on the page, for good. A new heading is added here in its page's order.
 *
 * Keyed by the Turkish file name (`translationOf`), with the English file name; `sections` pairs
 * each Turkish heading id with the English one at the same place, which the Arabic page uses too; a
 * glossary term keeps its id in every language.
 */
export const PAGE_ANCHORS = {
  index: {
    en: 'index',
    sections: [
      ['temel-ozellikleri', 'main-features'],
      ['planiniz-bu-tanima-uyuyor-mu', 'does-your-plan-fit-this-definition'],
      ['bu-site-nedir-ne-degildir', 'what-this-site-is-and-what-it-is-not'],
    ],
  },
  'sosyal-kooperatif-nedir': {
    en: 'what-is-a-social-cooperative',
    sections: [
      ['tanim', 'definition'],
      ['kanundaki-yeri', 'its-place-in-the-law'],
      ['daha-fazla-bilgi', 'more-information'],
    ],
  },
  'diger-kooperatiflerden-farki': {
    en: 'how-it-differs',
    sections: [
      ['kamu-yarari-onceliklidir', 'public-benefit-comes-first'],
      ['kar-amaci-gutmezler', 'they-do-not-seek-profit'],
      ['kamusal-ihtiyaclari-ve-toplumsal-hedefleri-gozetirler', 'they-take-account-of-public-needs-and-social-goals'],
      ['butun-kooperatiflerin-paylastigi-ilkeler', 'principles-all-cooperatives-share'],
    ],
  },
  'calisma-modeli': {
    en: 'working-model',
    sections: [
      ['calisma-modeli', 'the-working-model'],
      ['gelir-gider-farki-nasil-kullanilir', 'how-the-surplus-is-used'],
      ['sosyal-kooperatiften-elde-edilen-kar-nasil-kullanilir', 'how-a-social-cooperative-uses-its-profit'],
      ['kanun-ne-diyor', 'what-the-law-says'],
    ],
  },
  'neden-onemli': {
    en: 'why-it-matters',
    sections: [
      ['bolgesel-kalkinma-farkliliklarini-azaltir', 'reducing-regional-differences-in-development'],
      ['bakima-muhtac-nufusun-yasam-kalitesini-artirir', 'improving-the-quality-of-life-of-people-who-need-care'],
    ],
  },
  'sosyal-girisim-modeli': {
    en: 'social-enterprise-model',
    sections: [
      ['sekiz-ozellik', 'eight-features'],
      ['kamu-yarari-ve-kar-amaci-gutmeme', 'public-benefit-not-profit'],
      ['demokratik-katilim-ve-yonetim', 'democratic-participation-and-management'],
      [
        'dezavantajli-kisilere-yonelik-faaliyet-ve-sosyal-hizmetler',
        'work-for-disadvantaged-people-and-social-services',
      ],
      ['inovatif-cozumler', 'innovative-solutions'],
      ['dezavantajli-kisilerin-istihdami', 'employing-disadvantaged-people'],
      ['esnek-uyelik', 'flexible-membership'],
      ['basit-giris-ve-cikis', 'simple-joining-and-leaving'],
      ['cok-paydasli-yonetim-ve-calisan-cogunlugu', 'multi-stakeholder-governance-with-a-worker-majority'],
      ['planiniz-bu-ozelliklere-uyuyor-mu', 'does-your-plan-have-these-features'],
    ],
  },
  'nasil-kurulur': {
    en: 'how-to-found',
    sections: [
      ['yasal-on-kosullar', 'legal-requirements'],
      ['kurulus-adimlari', 'founding-steps'],
      ['destekler', 'support'],
      ['nereye-sorabilirsiniz', 'where-to-get-advice'],
    ],
  },
  sozluk: { en: 'glossary', sections: [], terms: ['ortak', 'risturn'] },
  kaynaklar: {
    en: 'sources',
    sections: [
      ['bu-site-hukuki-danismanlik-degildir', 'this-site-is-not-legal-advice'],
      ['bu-sitenin-dayandigi-kaynaklar', 'what-this-site-is-based-on'],
      ['sosyal-kooperatif-tanitim-metni', 'the-explainer-on-social-cooperatives'],
      ['kanunlar-ve-yonetmelikler', 'laws-and-regulations'],
      ['diger-kaynaklar', 'other-sources'],
      ['resmi-kurumlar-ve-sistemler', 'official-bodies-and-systems'],
    ],
  },
  gizlilik: {
    en: 'privacy',
    sections: [
      ['kisaca', 'in-short'],
      ['oz-degerlendirme-yanitlariniz', 'your-self-assessment-answers'],
      ['sorular-neden-kisiler-hakkinda-degil', 'why-the-questions-are-not-about-people'],
      ['arama', 'search'],
      ['cevrimdisi-kopya', 'the-offline-copy'],
      ['sesli-okuma', 'reading-aloud'],
    ],
  },
  'sitenize-ekleyin': {
    en: 'use-it-on-your-site',
    sections: [
      ['araci-sitenize-ekleyin', 'add-the-tool-to-your-site'],
      ['yukseklik-iletisinin-bicimi', 'the-height-message'],
      ['dogrudan-baglantilar', 'direct-links'],
      ['afis-ve-brosur', 'poster-and-leaflet'],
    ],
  },
} as const satisfies Record<string, PageAnchors>;

export type PageKey = keyof typeof PAGE_ANCHORS;
type PageSections = (typeof PAGE_ANCHORS)[PageKey]['sections'];
/** A published id, by its Turkish spelling. */
export type AnchorId = PageSections[number][0] | (typeof PAGE_ANCHORS)['sozluk']['terms'][number];

export interface Anchor {
  id: AnchorId;
  page: PageKey;
  /** Its address in each language: "/nasil-kurulur/#yasal-on-kosullar". */
  address: Record<Locale, string>;
}

/**
 * Every language but Turkish takes the English file names and heading ids (the Arabic pages write
 * the English id after each heading), so one English column serves them all.
 */
const inEnglish = (locale: Locale) => locale !== defaultLocale;

const pagePath = (key: PageKey, locale: Locale) =>
  pathOf(`${locale}/${inEnglish(locale) ? PAGE_ANCHORS[key].en : key}`);

/** Every published anchor, page by page, in page order. */
export const ANCHORS: readonly Anchor[] = (Object.keys(PAGE_ANCHORS) as PageKey[]).flatMap((page) => {
  const { sections, terms = [] }: PageAnchors = PAGE_ANCHORS[page];
  const pairs = [...sections, ...terms.map((term) => [term, term] as const)];
  return pairs.map(([tr, en]) => ({
    id: tr as AnchorId,
    page,
    address: Object.fromEntries(
      locales.map((locale) => [locale, `${pagePath(page, locale)}#${inEnglish(locale) ? en : tr}`]),
    ) as Record<Locale, string>,
  }));
});

/** A link from the site's words to one of its pages or published sections: an id, never a URL. */
export type SiteLink = { page: PageKey } | { section: AnchorId };

/** The address of a page or published section in a language. */
export function linkAddress(link: SiteLink, locale: Locale): string {
  return 'page' in link ? pagePath(link.page, locale) : anchorAddress(link.section, locale);
}

/** The address of a published anchor in a language (a criterion's `section` type-checks against AnchorId here). */
export function anchorAddress(id: AnchorId, locale: Locale): string {
  const matches = ANCHORS.filter((anchor) => anchor.id === id);
  if (matches.length !== 1)
    throw new Error(`"${id}" names ${matches.length} published anchors, not one (src/i18n/anchors.ts)`);
  return matches[0]!.address[locale];
}
