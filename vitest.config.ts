import { defineConfig } from 'vitest/config';

// Unit and API tests sit beside the code; browser journeys live in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
