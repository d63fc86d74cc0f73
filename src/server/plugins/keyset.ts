/** Encodes the last id of a page as the opaque cursor of the next one. */
export function encodeIdCursor(id: number): string {
  return Buffer.from(String(id)).toString('base64url');
}

/** Decodes a cursor made by `encodeIdCursor`; an unreadable cursor starts from the beginning. */
export function decodeIdCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  const id = Number(Buffer.from(cursor, 'base64url').toString());
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** Cuts the extra row fetched to learn whether a next page exists, and makes its cursor. */
export function toPage<T extends { id: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeIdCursor(items[items.length - 1].id) : null };
}
