// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/utils/heading-ids.ts';

// The public address is one setting, so that canonical links and the sitemap follow a move.
const site = process.env.SITE_URL ?? 'https://sosyalkooperatif.org.tr';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Turkish is the default and unprefixed; the English edition will live under /en/.
  i18n: {
    defaultLocale: 'tr',
    locales: ['tr', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // ASCII heading ids ("kamu-yarari-onceliklidir"): NGOs link to them, so they must read well anywhere.
  markdown: { processor: satteri({ hastPlugins: [headingIds] }) },
  integrations: [
    mdx(),
    preact(),
    // The result page shows nothing without a link's answers: no use to a search engine.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/uygunluk/sonuc/') }),
  ],
  // A strict Content Security Policy in every page's <meta>, with hashes for Astro's own inline and
  // island scripts. 'wasm-unsafe-eval' only because Pagefind compiles WebAssembly. The HTTP headers
  // (public/_headers) repeat it and add what a <meta> cannot carry, such as frame-ancestors.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No prefetch, no toolbar in production: a content page loads no script at all.
  prefetch: false,
  devToolbar: { enabled: false },
});
