import { z } from 'zod';
import { CANNED_SCENARIOS } from '../coach/canned-replies.ts';
import { COACH_CATEGORIES } from '../coach/types.ts';
import { localeSchema } from './common.ts';

// Texts are not length-checked here: the service answers empty text and text over 10,000 characters
// with its own codes (text_empty, text_too_long) in the request's language, naming the field.

/** Schema for a service-language category. */
export const coachCategorySchema = z.enum(COACH_CATEGORIES);
/** Schema for a finding's severity. */
export const severitySchema = z.enum(['error', 'warning', 'hint']);
const sinSchema = z.enum(['indifference', 'passing_buck', 'coldness', 'arrogance', 'robotic', 'hiding_behind_rules', 'department_shuffle']);

/** One coach finding; start/end are UTF-16 offsets into the text sent. */
export const findingSchema = z.object({
  ruleId: z.string(),
  category: z.union([coachCategorySchema, z.literal('input')]),
  severity: severitySchema,
  start: z.number(),
  end: z.number(),
  message: z.string(),
  suggestion: z.string(),
  sin: sinSchema.optional(),
  edit: z
    .object({ placement: z.enum(['replace_sentence', 'replace_match', 'before_match', 'after_match', 'sentence_start', 'sentence_end']), text: z.string() })
    .optional(),
});

/** Body of POST /coach/reply; locale of the explanations defaults to the request's language. */
export const coachReplyBodySchema = z.object({ text: z.string(), locale: localeSchema.optional() });
/** Answer of POST /coach/reply. */
export const coachReplyResponseSchema = z.object({ findings: z.array(findingSchema) });

/** Body of POST /coach/customer: the latest message and, optionally, the customer's earlier ones. */
export const coachCustomerBodySchema = z.object({
  text: z.string(),
  history: z.array(z.string()).max(100).optional(),
  locale: localeSchema.optional(),
});

const localizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** Answer of POST /coach/customer: emotion, intensity, difficult-customer type and the cues behind them. */
export const customerAnalysisSchema = z.object({
  emotion: z.enum(['calm', 'anxious', 'angry']),
  intensity: z.number(),
  customerType: z.enum(['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky']).nullable(),
  cues: z.array(z.object({ start: z.number(), end: z.number(), kind: z.string(), reason: z.string() })),
  toneHint: localizedSchema,
});

/** Body of POST /coach/conversation. */
export const coachConversationBodySchema = z.object({
  messages: z.array(z.object({ author: z.enum(['agent', 'customer']), text: z.string() })).min(1).max(500),
  locale: localeSchema.optional(),
});

const stepSchema = z.object({ evidenced: z.boolean(), messages: z.array(z.number()) });

/** Answer of POST /coach/conversation: six steps, three voices, sins, findings and a 0–100 score. */
export const conversationAnalysisSchema = z.object({
  steps: z.object({
    listen: stepSchema,
    apologise: stepSchema.extend({ thankedFirst: z.boolean() }),
    ask: stepSchema.extend({ kinds: z.array(z.string()) }),
    record: stepSchema,
    resolve: stepSchema.extend({ timeCommitment: z.boolean() }),
    close: stepSchema,
  }),
  voices: z.object({ greeting: z.boolean(), answer: z.boolean(), farewell: z.boolean() }),
  sins: z.array(z.object({ sin: sinSchema, message: z.number(), ruleId: z.string().optional() })),
  findings: z.array(findingSchema.extend({ messageIndex: z.number() })),
  score: z.number(),
  breakdown: z.object({ steps: z.number(), voices: z.number(), language: z.number(), sins: z.number() }),
});

/** Query of GET /coach/canned-replies. */
export const cannedRepliesQuerySchema = z.object({ scenario: z.enum(CANNED_SCENARIOS).optional() });
/** One canned reply with {customerName}, {ticketNumber}, {agentName} variables. */
export const cannedReplySchema = z.object({ id: z.string(), scenario: z.enum(CANNED_SCENARIOS), text: localizedSchema });

/** banned: each occurrence of the phrase is flagged; preferred: a reply without the phrase is flagged. */
export const coachRuleKindSchema = z.enum(['banned', 'preferred']);

const example = z.string().trim().min(1).max(500);

/** Body of creating or replacing a company rule; it must pass its own examples to be saved. */
export const coachRuleBodySchema = z.object({
  kind: coachRuleKindSchema,
  phrase: z.string().trim().min(1).max(100),
  category: coachCategorySchema,
  severity: severitySchema,
  messageZh: z.string().trim().min(1).max(500),
  messageEn: z.string().trim().min(1).max(500),
  suggestionZh: z.string().trim().min(1).max(500),
  suggestionEn: z.string().trim().min(1).max(500),
  positiveExamples: z.array(example).min(1).max(20),
  negativeExamples: z.array(example).max(20).default([]),
  active: z.boolean().default(true),
});
/** A validated rule body. */
export type CoachRuleBody = z.infer<typeof coachRuleBodySchema>;

/** A company rule as stored. */
export const coachRuleSchema = coachRuleBodySchema.extend({
  id: z.number(),
  createdBy: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A company rule as stored. */
export type CoachRuleView = z.infer<typeof coachRuleSchema>;
