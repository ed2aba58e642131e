import { defineConfig } from 'vitest/config';

// Unit tests cover pure code only (src/utils, src/machines); the browser tests live in tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
