import type { Kysely } from 'kysely';
import type { AttachmentType } from '../../shared/tickets/attachment-rules.ts';
import type { Tables } from '../db/tables.ts';

const listed = [
  'ticket_attachments.id',
  'ticket_attachments.message_id as messageId',
  'ticket_attachments.file_name as fileName',
  'ticket_attachments.content_type as contentType',
  'ticket_attachments.size_bytes as sizeBytes',
  'ticket_attachments.created_at as createdAt',
] as const;

/** Stores an uploaded file (its record and its bytes) and returns the record as listed. */
export async function insertAttachment(
  db: Kysely<Tables>,
  a: { ticketId: number; uploadedBy: number; fileName: string; contentType: AttachmentType; content: Buffer; sha256: string },
) {
  const row = await db
    .insertInto('ticket_attachments')
    .values({ ticket_id: a.ticketId, message_id: null, uploaded_by: a.uploadedBy, file_name: a.fileName, content_type: a.contentType, size_bytes: a.content.length, sha256: a.sha256, created_at: new Date().toISOString() })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  await db.insertInto('ticket_attachment_contents').values({ attachment_id: row.id, content: a.content }).execute();
  return { id: row.id, messageId: null, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.content.length, createdAt: row.created_at };
}

/** The attachments of a ticket's messages (and uploads not sent yet), oldest first, without their bytes. */
export function selectTicketAttachments(db: Kysely<Tables>, ticketId: number) {
  return db.selectFrom('ticket_attachments').select(listed).where('ticket_id', '=', ticketId).orderBy('id').execute() as Promise<
    { id: number; messageId: number | null; fileName: string; contentType: AttachmentType; sizeBytes: number; createdAt: string }[]
  >;
}

/** One attachment of a ticket with the visibility of its message (null while not sent). */
export async function findAttachment(db: Kysely<Tables>, ticketId: number, attachmentId: number) {
  const row = await db
    .selectFrom('ticket_attachments')
    .leftJoin('ticket_messages', 'ticket_messages.id', 'ticket_attachments.message_id')
    .select([...listed, 'ticket_attachments.uploaded_by as uploadedBy', 'ticket_messages.visibility'])
    .where('ticket_attachments.id', '=', attachmentId)
    .where('ticket_attachments.ticket_id', '=', ticketId)
    .executeTakeFirst();
  // Only accepted types are ever stored (the upload checks the bytes), so the stored text is one of them.
  return row && { ...row, contentType: row.contentType as AttachmentType };
}

/** The bytes of an attachment. */
export async function selectAttachmentContent(db: Kysely<Tables>, attachmentId: number): Promise<Buffer | undefined> {
  const row = await db.selectFrom('ticket_attachment_contents').select('content').where('attachment_id', '=', attachmentId).executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

/** The ids among `ids` that are uploads of this ticket not yet sent with a message. */
export async function selectUnsentAttachmentIds(db: Kysely<Tables>, ticketId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('ticket_attachments').select('id').where('ticket_id', '=', ticketId).where('message_id', 'is', null).where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

/** Puts uploads on the message they were sent with. */
export async function attachToMessage(db: Kysely<Tables>, messageId: number, ids: number[]) {
  if (ids.length) await db.updateTable('ticket_attachments').set({ message_id: messageId }).where('id', 'in', ids).where('message_id', 'is', null).execute();
}

/** Removes an upload that was never sent (its bytes go with it). */
export async function deleteAttachment(db: Kysely<Tables>, attachmentId: number) {
  await db.deleteFrom('ticket_attachments').where('id', '=', attachmentId).execute();
}
