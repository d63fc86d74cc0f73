import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, formatBytes, isAttachmentType, isInlineType } from './attachment-rules.ts';

describe('attachment rules', () => {
  it('accepts the image types and PDF only', () => {
    expect(isAttachmentType('image/webp')).toBe(true);
    expect(isAttachmentType('application/pdf')).toBe(true);
    expect(isAttachmentType('image/svg+xml')).toBe(false);
    expect(isAttachmentType(undefined)).toBe(false);
    expect(isInlineType('image/png')).toBe(true);
    expect(isInlineType('application/pdf')).toBe(false);
  });

  it('states sizes in MB and KB', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(12)).toBe('12 B');
  });

  it('strips paths and control characters from names', () => {
    expect(cleanFileName('C:\\fakepath\\发票.pdf', 'x')).toBe('发票.pdf');
    expect(cleanFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(cleanFileName('a\u0000"b.png', 'x')).toBe('ab.png');
    expect(cleanFileName('', 'attachment')).toBe('attachment');
  });

  it('sends Chinese names with an RFC 5987 filename*', () => {
    expect(contentDisposition('attachment', '维修单 (1).pdf')).toBe(`attachment; filename="___ (1).pdf"; filename*=UTF-8''%E7%BB%B4%E4%BF%AE%E5%8D%95%20%281%29.pdf`);
    expect(contentDisposition('inline', 'photo.png')).toBe(`inline; filename="photo.png"; filename*=UTF-8''photo.png`);
  });
});
