import { describe, expect, it } from 'vitest';
import { maskContact, maskPhone, normalizeContact, normalizePhone } from './contact-values.ts';

describe('contact values', () => {
  it('normalises mainland mobiles and landlines, and rejects anything else', () => {
    expect(normalizePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('010-62345678')).toBe('01062345678');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('23812345678')).toBeNull();
  });

  it('masks a phone as 138****5678 and an email keeping its domain', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskContact('email', 'zhang.san@example.com')).toBe('z***@example.com');
    expect(maskContact('address', '上海市浦东新区世纪大道100号')).toBe('上海市浦东***');
  });

  it('validates emails and trims other kinds', () => {
    expect(normalizeContact('email', ' Li@Example.COM ')).toBe('li@example.com');
    expect(normalizeContact('email', 'li@')).toBeNull();
    expect(normalizeContact('wechat', '  wx_li  ')).toBe('wx_li');
  });
});
