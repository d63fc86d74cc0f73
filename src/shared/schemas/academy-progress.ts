import { z } from 'zod';
import { learningKinds } from '../academy/progress/rules.ts';
import { pageQuerySchema } from './common.ts';

const localizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() });
const dateSchema = z.iso.date();

/** Schema for a kind of learning. */
export const learningKindSchema = z.enum(learningKinds);

/** An item that can be assigned: its kind, its reference (course id, quiz id, assessment key, persona key) and title. */
export const learningItemSchema = z.object({ kind: learningKindSchema, ref: z.string(), title: localizedSchema });
/** An assignable item with its title. */
export type LearningItem = z.infer<typeof learningItemSchema>;

/** What a trainer can assign and to whom: the items, the active people and the departments. */
export const assignmentOptionsSchema = z.object({
  items: z.array(learningItemSchema),
  people: z.array(z.object({ id: z.number(), name: z.string(), departmentId: z.number().nullable() })),
  departments: z.array(z.object({ id: z.number(), name: z.string() })),
});
/** The assignment options. */
export type AssignmentOptions = z.infer<typeof assignmentOptionsSchema>;

/** Body of assigning a learning path: its items in order, to people and/or a department, due on a date. */
export const createAssignmentBodySchema = z.object({
  title: z.string().trim().min(1).max(120),
  note: z.string().trim().max(1000).optional(),
  dueOn: dateSchema,
  items: z
    .array(z.object({ kind: learningKindSchema, ref: z.string().trim().min(1).max(60) }))
    .min(1)
    .max(30),
  userIds: z.array(z.number().int().positive()).max(500).default([]),
  departmentId: z.number().int().positive().nullable().optional(),
});
/** Body of assigning a learning path. */
export type CreateAssignmentBody = z.infer<typeof createAssignmentBodySchema>;

/** A learning path as trainers list it, with how many of its people finished it. */
export const assignmentSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  note: z.string().nullable(),
  dueOn: z.string(),
  department: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  items: z.array(learningItemSchema),
  assigned: z.number(),
  completed: z.number(),
});
/** A learning path in the trainers' list. */
export type AssignmentSummary = z.infer<typeof assignmentSummarySchema>;

/** Query of the trainers' list of learning paths. */
export const listAssignmentsQuerySchema = pageQuerySchema.extend({ department: z.coerce.number().int().positive().optional() });

const itemStatusSchema = z.object({ done: z.boolean(), score: z.number().nullable(), completedAt: z.string().nullable() });

/** One learning path with each person's status per item (the completion matrix). */
export const assignmentDetailSchema = assignmentSummarySchema.extend({
  people: z.array(
    z.object({ userId: z.number(), name: z.string(), department: z.string().nullable(), items: z.array(itemStatusSchema), complete: z.boolean(), overdue: z.boolean() }),
  ),
});
/** One learning path with its completion matrix. */
export type AssignmentDetail = z.infer<typeof assignmentDetailSchema>;

/** A certificate as lists show it. */
export const certificateSummarySchema = z.object({ id: z.number(), title: z.string(), issuedAt: z.string() });

/** A learner's own path: its items with their status, progress and whether it is overdue. */
export const myPathSchema = z.object({
  id: z.number(),
  title: z.string(),
  note: z.string().nullable(),
  dueOn: z.string(),
  assignedAt: z.string(),
  items: z.array(learningItemSchema.extend(itemStatusSchema.shape)),
  percent: z.number(),
  complete: z.boolean(),
  overdue: z.boolean(),
  certificateId: z.number().nullable(),
});
/** A learner's own path. */
export type MyPath = z.infer<typeof myPathSchema>;

/** "My learning": the signed-in person's paths (open first, then by due date) and certificates. */
export const myLearningSchema = z.object({ paths: z.array(myPathSchema), certificates: z.array(certificateSummarySchema) });
/** "My learning". */
export type MyLearning = z.infer<typeof myLearningSchema>;

/** Query of the progress view: one department or everyone. */
export const progressQuerySchema = z.object({ department: z.coerce.number().int().positive().optional() });

const totalsSchema = z.object({ assigned: z.number(), done: z.number(), overdue: z.number(), percent: z.number(), averageScore: z.number().nullable() });

/** Completion and scores per person and per team, over every assigned item. */
export const progressSchema = z.object({
  people: z.array(totalsSchema.extend({ userId: z.number(), name: z.string(), department: z.string().nullable(), certificates: z.number() })),
  teams: z.array(totalsSchema.extend({ departmentId: z.number().nullable(), name: z.string().nullable(), people: z.number() })),
});
/** Completion and scores per person and per team. */
export type Progress = z.infer<typeof progressSchema>;

/** A certificate to show and print. */
export const certificateSchema = certificateSummarySchema.extend({ userId: z.number(), name: z.string(), items: z.array(learningItemSchema) });
/** A certificate to show and print. */
export type Certificate = z.infer<typeof certificateSchema>;
