import { describe, expect, it } from 'vitest';
import { message, requestLocale } from './messages.ts';

describe('request language', () => {
  const locale = (header?: string) => requestLocale({ headers: header ? { 'accept-language': header } : {} });

  it('defaults to Chinese', () => {
    expect(locale()).toBe('zh-CN');
    expect(locale('fr-FR')).toBe('zh-CN');
  });

  it('follows the preferred of Chinese and English by quality', () => {
    expect(locale('en-US,en;q=0.9')).toBe('en');
    expect(locale('zh-TW,en;q=0.5')).toBe('zh-CN');
    expect(locale('de;q=1, zh;q=0.4, en;q=0.8')).toBe('en');
  });

  it('fills message parameters', () => {
    expect(message('email_taken', 'en', { email: 'a@b.c' })).toBe('The email a@b.c is already used by another user.');
  });
});
