import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/buildNodeBundles.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
