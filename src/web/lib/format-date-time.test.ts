import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.ts';

describe('formatDateTime', () => {
  it('shows the time in the given time zone', () => {
    expect(formatDateTime('2026-11-22T06:05:00.000Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026/11/22 14:05');
    expect(formatDateTime('2026-11-22T06:05:00.000Z', 'UTC', 'en')).toBe('22/11/2026, 06:05');
  });

  it('is empty for a missing value and tolerates an unknown time zone', () => {
    expect(formatDateTime(null, 'Asia/Shanghai', 'zh-CN')).toBe('');
    expect(formatDateTime('2026-11-22T06:05:00.000Z', 'Not/AZone', 'en')).not.toBe('');
  });
});
