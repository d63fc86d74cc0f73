import { describe, expect, it } from 'vitest';
import { approverRoles, authorityLimit, needsApproval } from './compensation.ts';

describe('compensation authority', () => {
  it('lets an agent grant up to 200 yuan and a supervisor up to 2,000', () => {
    expect(needsApproval('agent', 200)).toBe(false);
    expect(needsApproval('agent', 200.5)).toBe(true);
    expect(needsApproval('supervisor', 2000)).toBe(false);
    expect(needsApproval('supervisor', 2001)).toBe(true);
    expect(needsApproval('admin', 1_000_000)).toBe(false);
  });
  it('gives roles without a limit no authority, and follows custom limits', () => {
    expect(needsApproval('trainer', 1)).toBe(true);
    expect(needsApproval('trainer', 0)).toBe(false);
    expect(needsApproval('agent', 300, { agent: 500 })).toBe(false);
    expect(authorityLimit('admin')).toBe(Infinity);
  });
  it('refuses negative or non-numeric amounts', () => {
    expect(() => needsApproval('agent', -1)).toThrow(RangeError);
    expect(() => needsApproval('agent', Number.NaN)).toThrow(RangeError);
  });
  it('names who can approve an amount', () => {
    expect(approverRoles(500)).toEqual(['supervisor', 'admin']);
    expect(approverRoles(5000)).toEqual(['admin']);
  });
});
