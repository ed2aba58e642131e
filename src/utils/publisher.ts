/**
 * Who publishes the site and how a reader reports an error (issue 9 §8). Like SITE_URL, it is set where
 * the site is built, in environment variables, read here and nowhere else:
 * PUBLISHER_NAME, and CONTACT_EMAIL or CONTACT_URL. Unset (the default), the footer names nobody and
 * claims nothing about who publishes the site, and shows no contact line: the README asks for both
 * before publishing.
 */

export interface Publisher {
  /** Who speaks on this site, e.g. an association's name; absent when the build does not say. */
  readonly name?: string;
  /** Where an error is reported: a mail address, or else a web form's address. */
  readonly contact?:
    { readonly kind: 'email'; readonly address: string } | { readonly kind: 'url'; readonly address: string };
}

type Environment = Readonly<Record<string, string | undefined>>;

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The publisher the environment describes; blank variables count as unset. */
export function publisherFrom(env: Environment): Publisher {
  const name = trimmed(env.PUBLISHER_NAME);
  const email = trimmed(env.CONTACT_EMAIL);
  const url = trimmed(env.CONTACT_URL);
  if (url !== undefined && !/^https:\/\//.test(url))
    throw new Error(`CONTACT_URL must start with https:// (got "${url}")`);
  const contact = email
    ? ({ kind: 'email', address: email } as const)
    : url
      ? ({ kind: 'url', address: url } as const)
      : undefined;
  return { ...(name && { name }), ...(contact && { contact }) };
}

/** The publisher of this build. */
export const publisher: Publisher = publisherFrom(process.env);

/**
 * A page's public address for an error report: the path only, never a query or a fragment, since the
 * result page carries a founder's answers in its fragment.
 */
export function reportedAddress(site: URL | string, path: string): string {
  const bare = path.split(/[?#]/, 1)[0] ?? '/';
  return new URL(bare, site).href;
}

/** The link that reports an error on the page at `address`: a mail with it in the subject and body, or the form with it as `page`. */
export function reportHref(
  contact: NonNullable<Publisher['contact']>,
  address: string,
  words: { subject: string; body: string },
): string {
  if (contact.kind === 'url') {
    const form = new URL(contact.address);
    form.searchParams.set('page', address);
    return form.href;
  }
  const query = new URLSearchParams({ subject: words.subject, body: words.body }).toString().replace(/\+/g, '%20');
  return `mailto:${contact.address}?${query}`;
}
