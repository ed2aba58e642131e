/**
 * The site's public address: SITE_URL, set where the site is built, read here and nowhere else. There is
 * no default domain, since nobody has confirmed who holds one: a build without SITE_URL is a local
 * preview, whose canonical links, sitemap and printed QR codes lead to `npm start`'s own server, and whose
 * printed kit says so (PreviewNotice.astro).
 */

/** Where `npm start` and `astro preview` serve the built site by default (scripts/start.ts). */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export interface SiteAddress {
  /** The origin every absolute address of the build starts with. */
  readonly url: string;
  /** True when SITE_URL was not set: the build is for this computer, not for publishing. */
  readonly preview: boolean;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The address the environment gives; a blank SITE_URL counts as unset. */
export function siteAddressFrom(env: Environment): SiteAddress {
  const url = env.SITE_URL?.trim();
  if (!url) return { url: LOCAL_ORIGIN, preview: true };
  if (!/^https?:\/\/[^/]/.test(url) || !URL.canParse(url)) {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://example.org (got "${url}")`);
  }
  return { url, preview: false };
}

/** The address of this build. */
export const siteAddress: SiteAddress = siteAddressFrom(process.env);
