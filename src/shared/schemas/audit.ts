import { z } from 'zod';
import { pageQuerySchema } from './common.ts';

/** One entry of the audit log: who did what to which record, when, with before and after. */
export const auditEntrySchema = z.object({
  id: z.number(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
});
/** An audit entry. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Filters of the audit log. */
export const listAuditQuerySchema = pageQuerySchema.extend({
  action: z.string().max(100).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  entityType: z.string().max(50).optional(),
});
