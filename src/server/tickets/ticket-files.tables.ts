import type { Generated } from 'kysely';

/** A file uploaded to a ticket; attached to a message once a message references it. */
export type TicketAttachmentsTable = {
  id: Generated<number>;
  ticket_id: number;
  message_id: number | null;
  uploaded_by: number | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
};

/** The bytes of an attachment (bytea on PostgreSQL, blob on SQLite). */
export type TicketAttachmentContentsTable = { attachment_id: number; content: Buffer };

/** A named set of ticket-list filters (JSON), private to its owner or shared with the team. */
export type TicketViewsTable = {
  id: Generated<number>;
  owner_id: number;
  name: string;
  filters: string;
  shared: number;
  created_at: string;
  updated_at: string;
};

/** Tables of ticket attachments and saved views, for Kysely (merged into `Tables`). */
export type TicketFileTables = {
  ticket_attachments: TicketAttachmentsTable;
  ticket_attachment_contents: TicketAttachmentContentsTable;
  ticket_views: TicketViewsTable;
};
