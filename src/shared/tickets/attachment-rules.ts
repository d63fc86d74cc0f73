// What may be attached to a ticket message: a few image types and PDF, decided by the file's real bytes.

/** Content types an attachment may have. */
export const attachmentTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'] as const;
/** An accepted content type. */
export type AttachmentType = (typeof attachmentTypes)[number];

/** The limit when the configuration does not set one: 10 MB, enough for a phone photo or a scanned receipt. */
export const defaultAttachmentMaxBytes = 10 * 1024 * 1024;
/** How many attachments one message may carry. */
export const maxAttachmentsPerMessage = 10;

/** Whether a detected content type may be attached. */
export function isAttachmentType(mime: string | undefined): mime is AttachmentType {
  return (attachmentTypes as readonly string[]).includes(mime ?? '');
}

/** Images are shown inline in the conversation; anything else (PDF) is downloaded. */
export function isInlineType(mime: AttachmentType): boolean {
  return mime.startsWith('image/');
}

/** A size in words a person reads: "10 MB", "350 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * A file name safe to store and to send back: no path, no control characters, at most 120 characters, and
 * a fallback when nothing is left.
 */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-120);
  return cleaned || fallback;
}

/** The Content-Disposition of a download: ASCII fallback plus the RFC 5987 UTF-8 name, so Chinese names survive. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
