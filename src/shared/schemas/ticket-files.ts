import { z } from 'zod';
import { tiers } from '../customers/cadence.ts';
import { channels, difficultTypes, severities, steps, ticketKinds, ticketStatuses } from '../tickets/model.ts';
import { attachmentTypes } from '../tickets/attachment-rules.ts';

/** An attachment as the ticket page and the upload answer show it (never its bytes). */
export const attachmentSchema = z.object({
  id: z.number(),
  messageId: z.number().nullable(),
  fileName: z.string(),
  contentType: z.enum(attachmentTypes),
  sizeBytes: z.number(),
  createdAt: z.string(),
});
/** An attachment of a ticket. */
export type Attachment = z.infer<typeof attachmentSchema>;

/** Path parameters of one attachment of one ticket. */
export const attachmentParamsSchema = z.object({ id: z.coerce.number().int().positive(), attachmentId: z.coerce.number().int().positive() });

/** The SLA states a list can be narrowed to: open work on time, due within the warning window, or past due. */
export const slaFilterStates = ['on_time', 'due_soon', 'breached'] as const;
/** An SLA-state filter value. */
export type SlaFilterState = (typeof slaFilterStates)[number];

const instant = z.iso.datetime({ offset: true });

/**
 * The filters of the ticket list that a saved view keeps. Strict, so a view never stores a filter the list does not
 * know; the created-at range is two instants (the web turns the chosen days into the user's own midnight).
 */
export const ticketViewFiltersSchema = z
  .object({
    status: z.enum([...ticketStatuses, 'active']).optional(),
    kind: z.enum(ticketKinds).optional(),
    channel: z.enum(channels).optional(),
    step: z.enum(steps).optional(),
    causeKey: z.string().min(1).max(60).optional(),
    severity: z.enum(severities).optional(),
    difficultType: z.enum(difficultTypes).optional(),
    ownerId: z.coerce.number().int().positive().optional(),
    departmentId: z.coerce.number().int().positive().optional(),
    customerTier: z.enum(tiers).optional(),
    slaState: z.enum(slaFilterStates).optional(),
    createdFrom: instant.optional(),
    createdTo: instant.optional(),
  })
  .strict()
  .refine((f) => !f.createdFrom || !f.createdTo || Date.parse(f.createdFrom) <= Date.parse(f.createdTo), {
    path: ['createdTo'],
    message: 'createdTo must not be before createdFrom',
    params: { code: 'created_range_invalid' },
  });
/** Filters kept by a saved view. */
export type TicketViewFilters = z.infer<typeof ticketViewFiltersSchema>;

/** Body of saving the current filters as a view. */
export const createTicketViewBodySchema = z.object({
  name: z.string().trim().min(1).max(60),
  filters: ticketViewFiltersSchema,
  shared: z.boolean().default(false),
});

/** Body of changing a view: rename, new filters, share or unshare. */
export const updateTicketViewBodySchema = z
  .object({ name: z.string().trim().min(1).max(60).optional(), filters: ticketViewFiltersSchema.optional(), shared: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.filters !== undefined || b.shared !== undefined, { path: ['name'], message: 'nothing to change', params: { code: 'view_nothing_to_change' } });

/** A saved view as listed: whose it is, whether the team sees it, and whether the reader may change it. */
export const ticketViewSchema = z.object({
  id: z.number(),
  name: z.string(),
  filters: ticketViewFiltersSchema,
  shared: z.boolean(),
  ownerId: z.number(),
  ownerName: z.string(),
  mine: z.boolean(),
  editable: z.boolean(),
  updatedAt: z.string(),
});
/** A saved view of the ticket list. */
export type TicketView = z.infer<typeof ticketViewSchema>;
