import { z } from 'zod';
import {
  channels,
  complaintObjects,
  difficultTypes,
  followUpOutcomes,
  priorities,
  resolutionTypes,
  severities,
  steps,
  ticketKinds,
  ticketStatuses,
} from '../tickets/model.ts';
import { customerEmotions } from '../tickets/customer-emotion.ts';
import { maxAttachmentsPerMessage } from '../tickets/attachment-rules.ts';
import { pageQuerySchema } from './common.ts';
import { attachmentSchema, ticketViewFiltersSchema } from './ticket-files.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** The mandated record fields, each optional until the "record" step requires them. */
export const recordSchema = z.object({
  object: z.enum(complaintObjects).nullable().optional(),
  content: optionalText(5000),
  purchaseOrServiceTime: optionalText(100),
  problemTime: optionalText(100),
  usage: optionalText(1000),
  customerRequest: optionalText(1000),
});

/** A customer created on the fly with a new ticket (phone intake). */
export const newCustomerSchema = z.object({
  name: text(100),
  phone: z.string().trim().max(30).optional(),
  email: z.string().trim().max(200).optional(),
});

/** Body of creating a ticket by hand. */
export const createTicketBodySchema = z
  .object({
    kind: z.enum(ticketKinds),
    channel: z.enum(channels),
    customerId: z.number().int().positive().optional(),
    newCustomer: newCustomerSchema.optional(),
    subject: text(200),
    record: recordSchema.default({}),
    causeKey: z.string().max(60).nullable().optional(),
    severity: z.enum(severities).default('medium'),
    priority: z.enum(priorities).default('normal'),
    difficultType: z.enum(difficultTypes).nullable().optional(),
    purchaseId: z.number().int().positive().nullable().optional(),
    tags: z.array(text(30)).max(20).default([]),
    customerMessage: optionalText(10000),
  })
  .refine((b) => b.customerId !== undefined || b.newCustomer !== undefined, { path: ['customerId'], message: 'customerId or newCustomer is required', params: { code: 'customer_required' } });

/** Body of changing a ticket's fields; `version` must be the one last read. */
export const updateTicketBodySchema = z.object({
  version: z.number().int().positive(),
  subject: text(200).optional(),
  record: recordSchema.optional(),
  causeKey: z.string().max(60).nullable().optional(),
  severity: z.enum(severities).optional(),
  priority: z.enum(priorities).optional(),
  difficultType: z.enum(difficultTypes).nullable().optional(),
  ownerId: z.number().int().positive().nullable().optional(),
  purchaseId: z.number().int().positive().nullable().optional(),
  tags: z.array(text(30)).max(20).optional(),
});

/** The question kinds of step three. */
export const questionKindSchema = z.enum(['targeted', 'choice', 'informational', 'clarifying', 'consultative', 'open']);

/** Body of a step action: doing a step's work, advancing, or skipping with a reason. */
export const stepActionBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('listen'), version: z.number().int() }),
  z.object({ action: z.literal('apologise'), version: z.number().int() }),
  z.object({ action: z.literal('ask'), version: z.number().int(), questionKinds: z.array(questionKindSchema).min(1) }),
  z.object({
    action: z.literal('resolve'),
    version: z.number().int(),
    type: z.enum(resolutionTypes),
    summary: text(2000),
    commitAt: z.iso.datetime({ offset: true }),
    customerInformed: z.boolean(),
  }),
  z.object({ action: z.literal('close'), version: z.number().int(), customerAccepted: z.boolean(), reason: optionalText(500) }),
  z.object({ action: z.literal('skip'), version: z.number().int(), step: z.enum(steps), reason: text(500) }),
]);

/** Body of a reply, internal note or customer message; files uploaded to the ticket go with it by id. */
export const messageBodySchema = z
  .object({
    body: z.string().trim().max(10000).default(''),
    visibility: z.enum(['public', 'internal']).default('public'),
    author: z.enum(['agent', 'customer']).default('agent'),
    attachmentIds: z.array(z.number().int().positive()).max(maxAttachmentsPerMessage).default([]),
  })
  .refine((m) => m.body.length > 0 || m.attachmentIds.length > 0, { path: ['body'], message: 'write a message or attach a file', params: { code: 'message_empty' } });

/** A message on a ticket. */
export const ticketMessageSchema = z.object({
  id: z.number(),
  authorKind: z.enum(['customer', 'agent', 'department', 'system']),
  authorId: z.number().nullable(),
  authorName: z.string().nullable(),
  visibility: z.enum(['public', 'internal']),
  body: z.string(),
  findings: z.array(z.unknown()).nullable(),
  attachments: z.array(attachmentSchema),
  createdAt: z.string(),
});

/** An entry of a ticket's history. */
export const ticketEventSchema = z.object({
  id: z.number(),
  type: z.string(),
  actorName: z.string().nullable(),
  data: z.unknown().nullable(),
  createdAt: z.string(),
});

/** The state of an SLA target. */
export const slaStateSchema = z.enum(['ok', 'warning', 'breached', 'met', 'none']);

/** One row of a ticket list. */
export const ticketListItemSchema = z.object({
  id: z.number(),
  number: z.string(),
  kind: z.enum(ticketKinds),
  channel: z.enum(channels),
  customerId: z.number(),
  customerName: z.string(),
  subject: z.string(),
  status: z.enum(ticketStatuses),
  currentStep: z.enum(steps).nullable(),
  priority: z.enum(priorities),
  severity: z.enum(severities),
  difficultType: z.enum(difficultTypes).nullable(),
  customerEmotion: z.enum(customerEmotions).nullable(),
  customerEmotionCue: z.string().nullable(),
  ownerId: z.number().nullable(),
  ownerName: z.string().nullable(),
  departmentName: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  slaState: slaStateSchema,
  updatedAt: z.string(),
  createdAt: z.string(),
});
/** A ticket list row. */
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

/** Filters of the ticket list and the desk queues: a saved view's filters plus the queue and a customer. */
export const listTicketsQuerySchema = pageQuerySchema.extend({
  queue: z.enum(['mine', 'team', 'due_soon', 'breached', 'escalated', 'department', 'all']).default('all'),
  ...ticketViewFiltersSchema.shape,
  customerId: z.coerce.number().int().positive().optional(),
});

/** Body of escalating to a supervisor. */
export const escalateBodySchema = z.object({ version: z.number().int(), reason: text(1000) });
/** Body of routing to a department. */
export const routeBodySchema = z.object({ version: z.number().int(), departmentId: z.number().int().positive(), note: text(2000) });
/** Body of asking for compensation. */
export const compensationBodySchema = z.object({
  type: z.enum(['gift', 'credit', 'voucher', 'refund', 'cash']),
  amount: z.number().positive().max(1_000_000),
  description: text(500),
});
/** Body of deciding a compensation. */
export const compensationDecisionSchema = z.object({ approve: z.boolean(), note: optionalText(500) });
/** Body of recording a follow-up outcome. */
export const followUpOutcomeBodySchema = z.object({ outcome: z.enum(followUpOutcomes), note: optionalText(2000) });

/** The public complaint form a customer fills in without logging in. */
export const publicComplaintBodySchema = z.object({
  kind: z.enum(['complaint', 'inquiry', 'suggestion']),
  name: text(100),
  phone: z.string().trim().min(5).max(30),
  email: z.string().trim().max(200).optional(),
  subject: text(200),
  content: text(5000),
  purchaseOrServiceTime: optionalText(100),
  problemTime: optionalText(100),
  customerRequest: optionalText(1000),
  challengeId: z.string().min(1).max(200),
  challengeAnswer: z.coerce.number().int(),
  website: z.string().max(0).optional(),
});

/** A ticket with everything the ticket page shows. */
export const ticketSchema = ticketListItemSchema.extend({
  customer: z.object({ id: z.number(), name: z.string(), tier: z.string(), level: z.string() }),
  record: recordSchema,
  missingRecordFields: z.array(z.string()),
  causeKey: z.string().nullable(),
  departmentId: z.number().nullable(),
  purchaseId: z.number().nullable(),
  tags: z.array(z.string()),
  steps: z
    .object({
      current: z.enum(steps),
      completed: z.array(z.enum(steps)),
      skipped: z.array(z.object({ step: z.enum(steps), reason: z.string() })),
      listenedAt: z.string().nullable(),
      apologisedAt: z.string().nullable(),
      askedAt: z.string().nullable(),
      questionKinds: z.array(questionKindSchema),
      missing: z.array(z.string()),
      finished: z.boolean(),
    })
    .nullable(),
  resolution: z.object({ type: z.enum(resolutionTypes).nullable(), summary: z.string().nullable(), commitAt: z.string().nullable(), customerInformed: z.boolean() }),
  close: z.object({ customerAccepted: z.boolean().nullable(), reason: z.string().nullable() }),
  sla: z.object({
    policyName: z.string().nullable(),
    firstResponseDueAt: z.string().nullable(),
    firstRespondedAt: z.string().nullable(),
    firstResponseState: slaStateSchema,
    resolutionDueAt: z.string().nullable(),
    resolutionState: slaStateSchema,
  }),
  escalationReason: z.string().nullable(),
  unreasonablePolicy: z.string().nullable(),
  evaluation: z.object({ scores: z.record(z.string(), z.number()), comment: z.string(), evaluatorName: z.string().nullable(), createdAt: z.string() }).nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number(),
  messages: z.array(ticketMessageSchema),
  events: z.array(ticketEventSchema),
  compensations: z.array(
    z.object({ id: z.number(), type: z.string(), amount: z.number(), description: z.string(), status: z.enum(['approved', 'pending', 'rejected']), decisionNote: z.string().nullable() }),
  ),
  followUps: z.array(z.object({ id: z.number(), dueAt: z.string(), status: z.enum(['pending', 'done']), outcome: z.enum(followUpOutcomes).nullable(), note: z.string().nullable() })),
});
/** A ticket as the ticket page shows it. */
export type Ticket = z.infer<typeof ticketSchema>;

/** Body of a bulk change to a selection of tickets. */
export const bulkUpdateBodySchema = z
  .object({
    ids: z.array(z.number().int().positive()).min(1).max(200),
    ownerId: z.number().int().positive().optional(),
    priority: z.enum(priorities).optional(),
    addTags: z.array(text(30)).max(10).optional(),
  })
  .refine((b) => b.ownerId !== undefined || b.priority !== undefined || (b.addTags?.length ?? 0) > 0, { path: ['ownerId'], message: 'nothing to change: give ownerId, priority or addTags', params: { code: 'bulk_nothing_to_change' } });

/** A supervisor's evaluation of a handled case: 1–5 on each point of the method, and a comment. */
export const evaluationBodySchema = z.object({
  scores: z.object({
    listening: z.number().int().min(1).max(5),
    language: z.number().int().min(1).max(5),
    resolution: z.number().int().min(1).max(5),
    followUp: z.number().int().min(1).max(5),
  }),
  comment: text(2000),
});

const ymd = z.iso.date();
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
/** The company's business calendar: working weekdays and hours, public holidays and make-up working days. */
export const businessCalendarSchema = z
  .object({
    timeZone: z.string().min(1).max(64),
    workdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    start: hhmm,
    end: hhmm,
    holidays: z.array(ymd).max(400),
    extraWorkdays: z.array(ymd).max(100),
  })
  .refine((c) => c.start < c.end, { path: ['end'], message: 'end must be after start', params: { code: 'calendar_hours_invalid' } });
