import { z } from 'zod';
import { contactKinds } from '../customers/contact-values.ts';
import { levels, tiers } from '../customers/cadence.ts';
import { importFields } from '../customers/import-fields.ts';
import { pageQuerySchema } from './common.ts';

/** Schema for a maturity tier. */
export const tierSchema = z.enum(tiers);
/** Schema for a relationship level. */
export const levelSchema = z.enum(levels);
/** Schema for a contact kind. */
export const contactKindSchema = z.enum(contactKinds);
/** The five segment dimensions of a customer. */
export const segmentKeys = ['business', 'region', 'scale', 'attributes', 'values'] as const;

const segmentValue = z.string().trim().max(50).nullable().optional();
/** Segment values on the five dimensions (each optional). */
export const segmentsSchema = z.object({
  business: segmentValue,
  region: segmentValue,
  scale: segmentValue,
  attributes: segmentValue,
  values: segmentValue,
});

/** A contact detail as sent when creating one. */
export const contactInputSchema = z.object({
  kind: contactKindSchema,
  value: z.string().trim().min(1).max(200),
  label: z.string().trim().max(30).optional(),
  primary: z.boolean().optional(),
});

/** A contact detail as shown; `value` is masked for roles that do not need it in full. */
export const contactSchema = z.object({
  id: z.number(),
  kind: contactKindSchema,
  value: z.string(),
  masked: z.boolean(),
  label: z.string().nullable(),
  primary: z.boolean(),
});

const tagSchema = z.string().trim().min(1).max(30);

/** Body of creating a customer; `allowDuplicate` creates it even when a phone or email is already known. */
export const createCustomerBodySchema = z.object({
  kind: z.enum(['person', 'organisation']).default('person'),
  name: z.string().trim().min(1).max(100),
  tier: tierSchema.default('potential'),
  level: levelSchema.default('transactional'),
  segments: segmentsSchema.default({}),
  tags: z.array(tagSchema).max(20).default([]),
  ownerId: z.number().int().positive().nullable().optional(),
  source: z.string().trim().max(50).nullable().optional(),
  referrerId: z.number().int().positive().nullable().optional(),
  notes: z.string().max(2000).nullable().optional(),
  contacts: z.array(contactInputSchema).max(20).default([]),
  allowDuplicate: z.boolean().default(false),
});
/** A create-customer request. */
export type CreateCustomerBody = z.input<typeof createCustomerBodySchema>;

/** Body of changing a customer's profile (contacts have their own endpoints). */
export const updateCustomerBodySchema = createCustomerBodySchema
  .omit({ contacts: true, allowDuplicate: true })
  .partial()
  .extend({ segments: segmentsSchema.optional(), tags: z.array(tagSchema).max(20).optional() });

/** A churn-risk reason with the numbers that explain it. */
export const riskReasonSchema = z.object({
  code: z.enum(['open_complaint', 'satisfaction_falling', 'contact_overdue', 'warranty_ending', 'no_recent_purchase']),
  points: z.number(),
  detail: z.record(z.string(), z.union([z.number(), z.string()])),
});

/** One row of the customer list. */
export const customerListItemSchema = z.object({
  id: z.number(),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  tier: tierSchema,
  level: levelSchema,
  ownerId: z.number().nullable(),
  ownerName: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  region: z.string().nullable(),
  tags: z.array(z.string()),
  riskScore: z.number(),
  nextContactDueOn: z.string(),
  overdue: z.boolean(),
  lastContactAt: z.string().nullable(),
  createdAt: z.string(),
});
/** A customer list row. */
export type CustomerListItem = z.infer<typeof customerListItemSchema>;

/** Filters of the customer list (also used by export). */
export const listCustomersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  tier: tierSchema.optional(),
  level: levelSchema.optional(),
  segment: z.enum(segmentKeys).optional(),
  segmentValue: z.string().trim().max(50).optional(),
  tag: z.string().trim().max(30).optional(),
  ownerId: z.union([z.literal('me'), z.coerce.number().int().positive()]).optional(),
  risk: z.enum(['low', 'medium', 'high']).optional(),
  due: z.enum(['true', 'false']).optional(),
});
/** Customer list filters. */
export type ListCustomersQuery = z.infer<typeof listCustomersQuerySchema>;

/** One commitment applied to a purchase. */
export const entitlementSchema = z.object({
  commitmentId: z.number(),
  kind: z.enum(['exchange', 'repair', 'refund', 'maintenance']),
  name: z.string(),
  condition: z.string(),
  nationwide: z.boolean(),
  until: z.string(),
  active: z.boolean(),
  daysLeft: z.number(),
});

/** A purchase with its product and warranty state. */
export const purchaseSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  productId: z.number(),
  productName: z.string(),
  productModel: z.string().nullable(),
  category: z.string().nullable(),
  serial: z.string().nullable(),
  purchasedOn: z.string(),
  channel: z.string().nullable(),
  price: z.number().nullable(),
  warranty: z.array(entitlementSchema),
});
/** A purchase. */
export type Purchase = z.infer<typeof purchaseSchema>;

/** The customer 360 view: profile, contacts, purchases with warranty, risk and cadence. */
export const customerSchema = customerListItemSchema.omit({ primaryPhone: true, primaryEmail: true, region: true }).extend({
  segments: segmentsSchema,
  source: z.string().nullable(),
  referrerId: z.number().nullable(),
  referrerName: z.string().nullable(),
  notes: z.string().nullable(),
  contacts: z.array(contactSchema),
  purchases: z.array(purchaseSchema),
  value: z.number(),
  risk: z.object({ score: z.number(), band: z.enum(['low', 'medium', 'high']), reasons: z.array(riskReasonSchema) }),
  cadenceDays: z.number(),
  openTickets: z.array(z.object({ id: z.number(), number: z.string(), subject: z.string(), kind: z.string(), status: z.string(), currentStep: z.string().nullable(), dueAt: z.string().nullable() })),
  updatedAt: z.string(),
});
/** A customer 360 view. */
export type Customer = z.infer<typeof customerSchema>;

/** Kinds of interaction on the customer timeline. */
export const interactionKinds = ['call', 'visit', 'email', 'note', 'ticket', 'follow_up', 'survey', 'purchase', 'merge'] as const;

/** One entry of the customer timeline. */
export const interactionSchema = z.object({
  id: z.number(),
  kind: z.enum(interactionKinds),
  direction: z.enum(['inbound', 'outbound']).nullable(),
  summary: z.string(),
  occurredAt: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
});

/** Body of logging a call, visit, email or note by hand. */
export const logInteractionBodySchema = z.object({
  kind: z.enum(['call', 'visit', 'email', 'note']),
  direction: z.enum(['inbound', 'outbound']).optional(),
  summary: z.string().trim().min(1).max(2000),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
});

/** A customer that shares a phone or email with the one being created or imported. */
export const duplicateSchema = z.object({ id: z.number(), name: z.string(), matchedOn: z.string() });

/** Body of merging another customer into this one. */
export const mergeBodySchema = z.object({ sourceId: z.number().int().positive() });

/** Body of adding a purchase. */
export const purchaseBodySchema = z.object({
  customerId: z.number().int().positive(),
  productId: z.number().int().positive(),
  serial: z.string().trim().max(50).nullable().optional(),
  purchasedOn: z.iso.date(),
  channel: z.string().trim().max(50).nullable().optional(),
  price: z.number().min(0).max(100_000_000).nullable().optional(),
});

/** A product of the catalogue. */
export const productSchema = z.object({
  id: z.number(),
  name: z.string(),
  model: z.string().nullable(),
  category: z.string().nullable(),
});

/** Body of creating or changing a product. */
export const productBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  model: z.string().trim().max(50).nullable().optional(),
  category: z.string().trim().max(50).nullable().optional(),
});

/** A service commitment as admins configure it. */
export const serviceCommitmentSchema = z.object({
  id: z.number(),
  kind: z.enum(['exchange', 'repair', 'refund', 'maintenance']),
  name: z.string(),
  days: z.number(),
  condition: z.string(),
  nationwide: z.boolean(),
  active: z.boolean(),
});

/** Body of creating or changing a service commitment. */
export const serviceCommitmentBodySchema = z.object({
  kind: z.enum(['exchange', 'repair', 'refund', 'maintenance']),
  name: z.string().trim().min(1).max(50),
  days: z.number().int().min(1).max(3650),
  condition: z.string().trim().min(1).max(50).default('quality_fault'),
  nationwide: z.boolean().default(true),
  active: z.boolean().default(true),
});

/** The contact cadence rules, in days. */
export const cadenceRulesSchema = z.object({
  current: z.number().int().min(1).max(365),
  prospect: z.number().int().min(1).max(365),
  referrer: z.number().int().min(1).max(365),
});

/** A spreadsheet sent for import: its name and its bytes in base64 (CSV in UTF-8 or GBK, or XLSX). */
export const importFileSchema = z.object({
  filename: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(70_000_000),
});

/** What a file looks like before mapping: its columns, a few rows and a proposed mapping. */
export const importPreviewSchema = z.object({
  encoding: z.enum(['utf-8', 'gbk', 'xlsx']),
  columns: z.array(z.string()),
  sampleRows: z.array(z.record(z.string(), z.string())),
  rowCount: z.number(),
  suggestedMapping: z.record(z.string(), z.string()),
});

/** An import request: the file, which column feeds which field, and whether to only check it. */
export const importRequestSchema = importFileSchema.extend({
  mapping: z.partialRecord(z.enum(importFields), z.string().min(1)),
  dryRun: z.boolean().default(true),
  duplicates: z.enum(['skip', 'create']).default('skip'),
});

/** One problem with one row of an import file (row numbers count the heading as row 1). */
export const importRowErrorSchema = z.object({ row: z.number(), field: z.string(), message: z.string() });

/** The outcome of an import or its dry run. */
export const importResultSchema = z.object({
  dryRun: z.boolean(),
  total: z.number(),
  valid: z.number(),
  imported: z.number(),
  errors: z.array(importRowErrorSchema),
  duplicates: z.array(z.object({ row: z.number(), existingId: z.number().nullable(), name: z.string(), matchedOn: z.string() })),
});

/** Query of an export: the list filters plus the file format. */
export const exportQuerySchema = listCustomersQuerySchema.omit({ cursor: true, limit: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
