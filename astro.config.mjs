// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingIds } from './src/utils/heading-ids.ts';
import { addressesOf } from './src/i18n/routes.ts';
import { defaultLocale, locales } from './src/i18n/index.ts';
import { siteAddress } from './src/utils/site-address.ts';

/**
 * Astro marks each MDX page's asset module with "use astro:head-inject", a directive only Astro reads,
 * and Rolldown warns about it once per page (withastro/astro#18087). This drops that warning alone,
 * in every environment (Astro builds the pages in its own "prerender" one), so the others stay seen.
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectDirective() {
  return {
    name: 'quiet-head-inject-directive',
    configEnvironment: () => ({
      build: {
        rolldownOptions: {
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"'))
              return;
            warn(warning);
          },
        },
      },
    }),
  };
}

// The public address is one setting (SITE_URL), so that canonical links and the sitemap follow a move;
// without it, the build is a local preview (src/utils/site-address.ts).
export default defineConfig({
  site: siteAddress.url,
  trailingSlash: 'always',
  // Stylesheets as files, never inline: browsers cache them across pages, and the Content Security
  // Policy (here and in dist/_headers) needs no hash that changes with every edit of the CSS.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Turkish is the default and unprefixed; the other editions are under /en/ and /ar/ (src/i18n).
  i18n: {
    defaultLocale,
    locales: [...locales],
    routing: { prefixDefaultLocale: false },
  },
  // ASCII heading ids ("kamu-yarari-onceliklidir"): NGOs link to them, so they must read well anywhere.
  // No syntax highlighting: the site shows no code, and Shiki's inline styles would break the CSP.
  markdown: { processor: satteri({ hastPlugins: [headingIds] }), syntaxHighlight: false },
  integrations: [
    mdx(),
    preact(),
    // The result and compare pages show nothing without a link's answers, the embeddable wizard repeats the
    // wizard, and the offline pages are for a reader without a connection: nothing for a search engine to list.
    sitemap({
      filter: (page) =>
        !addressesOf('result', 'compare', 'embed', 'embedResult', 'offline').includes(new URL(page).pathname),
    }),
  ],
  // A strict Content Security Policy in every page's <meta>, with hashes for Astro's own inline and
  // island scripts; the search page adds 'wasm-unsafe-eval' for Pagefind (SearchPage.astro). The
  // build copies each page's policy into the HTTP headers (scripts/build-headers.ts), which add what
  // a <meta> cannot carry: frame-ancestors.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // The service workers (scripts/build-service-workers.ts) and Pagefind's search worker.
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No prefetch, no toolbar in production: a content page loads no script at all.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    plugins: [quietHeadInjectDirective()],
    // The reader of "Dinleyin" (src/components/Listen.astro) is built as Vite builds a worker: a
    // classic script of its own, named with its hash as Astro names the other bundles ("name.hash.js").
    worker: { format: 'iife', rolldownOptions: { output: { entryFileNames: '_astro/[name].[hash].js' } } },
  },
});
