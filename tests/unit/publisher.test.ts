import { describe, expect, it } from 'vitest';
import { publisherFrom, reportHref, reportedAddress } from '../../src/utils/publisher';
import { locales, useTranslations, type Locale } from '../../src/i18n';

const SITE = 'https://example.org';

describe('the publisher of a build', () => {
  it('is nobody when nothing is set (the default): no name, no contact', () => {
    expect(publisherFrom({})).toEqual({});
    expect(publisherFrom({ PUBLISHER_NAME: '  ', CONTACT_EMAIL: '' })).toEqual({});
  });

  it('names the publisher and a mail address', () => {
    expect(publisherFrom({ PUBLISHER_NAME: 'Örnek Derneği', CONTACT_EMAIL: 'bilgi@example.org' })).toEqual({
      name: 'Örnek Derneği',
      contact: { kind: 'email', address: 'bilgi@example.org' },
    });
  });

  it('takes a form address when there is no mail address, and only over https', () => {
    expect(publisherFrom({ CONTACT_URL: 'https://example.org/iletisim' }).contact).toEqual({
      kind: 'url',
      address: 'https://example.org/iletisim',
    });
    expect(() => publisherFrom({ CONTACT_URL: 'javascript:alert(1)' })).toThrow(/https/);
  });
});

describe('the address an error report carries', () => {
  it.each([
    ['/sozluk/', `${SITE}/sozluk/`],
    // The result page keeps a founder's answers in the fragment: it never leaves the page.
    ['/uygunluk/sonuc/#v=1&focus=work-integration', `${SITE}/uygunluk/sonuc/`],
    ['/arama/?q=kırsal', `${SITE}/arama/`],
  ])('%s → %s', (path, expected) => {
    expect(reportedAddress(SITE, path)).toBe(expected);
  });
});

describe('the report link', () => {
  const t = useTranslations('tr');
  const address = `${SITE}/nasil-kurulur/`;
  const words = {
    subject: t('footer.reportSubject', { page: address }),
    body: t('footer.reportBody', { page: address }),
  };

  it('is a mail whose subject and body name the page', () => {
    const href = reportHref({ kind: 'email', address: 'bilgi@example.org' }, address, words);
    expect(href).toMatch(/^mailto:bilgi@example\.org\?subject=/);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('subject')).toContain(address);
    expect(query.get('body')).toContain(address);
    expect(href, 'spaces as %20: some mail programs show a "+" literally').not.toContain('+');
  });

  it('is the form, with the page as a parameter', () => {
    expect(reportHref({ kind: 'url', address: 'https://example.org/iletisim?dil=tr' }, address, words)).toBe(
      `https://example.org/iletisim?dil=tr&page=${encodeURIComponent(address)}`,
    );
  });

  it('never carries answers, even from a result page', () => {
    const fromResult = reportedAddress(SITE, '/uygunluk/sonuc/#v=1&members=9');
    const href = reportHref({ kind: 'email', address: 'a@example.org' }, fromResult, {
      subject: t('footer.reportSubject', { page: fromResult }),
      body: t('footer.reportBody', { page: fromResult }),
    });
    expect(decodeURIComponent(href)).not.toMatch(/members|#/);
  });
});

/** The request each language's report mail makes: no personal details and no answers (review 2026-12-05, N12). */
const CAUTION: Record<Locale, RegExp> = {
  tr: /kişisel bilgilerinizi ya da öz değerlendirme yanıtlarınızı yazmayın/,
  en: /do not write your personal details or your self-assessment answers/,
  ar: /لا تكتب بياناتك الشخصية ولا إجاباتك/,
};

describe.each(locales)('the %s report mail', (locale) => {
  it('asks the reader not to write personal details or answers', () => {
    const t = useTranslations(locale);
    const href = reportHref({ kind: 'email', address: 'a@example.org' }, `${SITE}/`, {
      subject: t('footer.reportSubject', { page: `${SITE}/` }),
      body: t('footer.reportBody', { page: `${SITE}/` }),
    });
    expect(new URLSearchParams(href.split('?')[1]).get('body')).toMatch(CAUTION[locale]);
  });
});
