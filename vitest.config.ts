import { defineConfig } from 'vitest/config';

// Unit tests: pure code (src/machines, src/utils, src/i18n, the wizard's answerText), the content's
// files and the project's scripts, without a browser; the browser tests live in tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
