import { afterEach, describe, expect, it } from 'vitest';
import { startHarness } from './harness.ts';

describe('browser test harness', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('fails (does not skip) with install instructions when Chromium is missing', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    await expect(startHarness()).rejects.toThrow(/apt-get install chromium/);
  });
});
