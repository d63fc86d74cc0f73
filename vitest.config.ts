import { defineConfig } from 'vitest/config';

// Unit and API tests sit beside the code; browser journeys live in e2e/.
// The timeout only guards against a hang: a long browser journey (the six-step complaint) takes 15 s on an idle
// 2-core machine and passed 30 s in CI, where it shares the cores with the API tests and another browser.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.spec.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
