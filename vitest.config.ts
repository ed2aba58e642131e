import { defineConfig } from 'vitest/config';

/**
 * Two projects, run apart by `npm test` (package.json):
 * - unit: pure code (src/machines, src/utils, src/i18n, the wizard's answerText), the content's files
 *   and the project's scripts, without a build or a browser; they run first, in seconds.
 * - build: the built site in dist/, read with the build's own HTML parser (tests/support/dist.ts),
 *   after `npm run build`: links, anchors, readability, valid HTML. No browser either.
 * The browser tests live in tests/e2e (Playwright).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
