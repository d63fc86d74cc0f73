// Files on ticket messages. The bytes are kept in the database (ticket_attachment_contents), not on disk: app
// instances keep no state of their own (several may share one PostgreSQL), an upload and the message that
// sends it commit together, and one database backup holds the whole case. The size limit keeps rows modest.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { formatBytes, isAttachmentType } from '../../shared/tickets/attachment-rules.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../plugins/errors.ts';
import { deleteAttachment, findAttachment, insertAttachment, selectAttachmentContent } from './attachments.queries.ts';
import { canReadTicket, canWorkTickets, isSupervising } from './tickets.policy.ts';

/** An uploaded file as the route read it. */
export type UploadedFile = { fileName: string; content: Buffer };

async function readableTicket(db: Db, actor: Actor, id: number) {
  const ticket = await db.selectFrom('tickets').select(['id', 'status', 'department_id']).where('id', '=', id).executeTakeFirst();
  if (!ticket || !canReadTicket(actor, ticket)) throw new AppError(404, 'ticket_not_found', { id });
  return ticket;
}

/** Refuses a file over the limit, stating the limit. */
export function tooLarge(maxBytes: number): AppError {
  return new AppError(413, 'attachment_too_large', { limit: formatBytes(maxBytes) }, { limitBytes: maxBytes });
}

/** Stores a file uploaded to an open ticket; its type is read from its bytes, never from its name or the client. */
export async function uploadAttachment(db: Db, actor: Actor, ticketId: number, file: UploadedFile, maxBytes: number) {
  const ticket = await readableTicket(db, actor, ticketId);
  if (!canWorkTickets(actor) && actor.role !== 'department_member') throw new AppError(403, 'forbidden');
  if (ticket.status === 'closed') throw new AppError(409, 'ticket_closed');
  if (file.content.length === 0) throw new AppError(400, 'attachment_missing');
  if (file.content.length > maxBytes) throw tooLarge(maxBytes);
  const detected = await fileTypeFromBuffer(file.content);
  if (!isAttachmentType(detected?.mime)) throw new AppError(415, 'attachment_type_refused', {}, { detected: detected?.mime ?? null });
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  return insertAttachment(db, { ticketId, uploadedBy: actor.id, fileName: file.fileName, contentType: detected.mime, content: file.content, sha256 });
}

/** An attachment and its bytes, for whoever may read the ticket. */
export async function readAttachment(db: Db, actor: Actor, ticketId: number, attachmentId: number) {
  await readableTicket(db, actor, ticketId);
  return loadFile(db, ticketId, attachmentId);
}

async function loadFile(db: Db, ticketId: number, attachmentId: number, publicOnly = false) {
  const attachment = await findAttachment(db, ticketId, attachmentId);
  // Customers only ever reach files sent with a public message: internal notes and unsent uploads stay hidden.
  if (!attachment || (publicOnly && attachment.visibility !== 'public')) throw new AppError(404, 'attachment_not_found', { id: attachmentId });
  const content = await selectAttachmentContent(db, attachmentId);
  if (!content) throw new AppError(404, 'attachment_not_found', { id: attachmentId });
  return { ...attachment, content };
}

/** A file of a public message, for the customer's status page (the ticket already checked against its key). */
export function readPublicAttachment(db: Db, ticketId: number, attachmentId: number) {
  return loadFile(db, ticketId, attachmentId, true);
}

/** Removes an upload not sent yet (its uploader or a supervisor); sent files are part of the case record. */
export async function removeAttachment(db: Db, actor: Actor, ticketId: number, attachmentId: number) {
  await readableTicket(db, actor, ticketId);
  await db.transaction().execute(async (trx) => {
    const attachment = await findAttachment(trx, ticketId, attachmentId);
    if (!attachment) throw new AppError(404, 'attachment_not_found', { id: attachmentId });
    if (attachment.uploadedBy !== actor.id && !isSupervising(actor)) throw new AppError(403, 'forbidden');
    if (attachment.messageId !== null) throw new AppError(409, 'attachment_already_sent');
    await deleteAttachment(trx, attachmentId);
    await insertAudit(trx, { actorId: actor.id, action: 'attachment.deleted', entityType: 'ticket', entityId: ticketId, before: { id: attachmentId, fileName: attachment.fileName, sizeBytes: attachment.sizeBytes }, ip: actor.ip });
  });
}
