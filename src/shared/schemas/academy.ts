import { z } from 'zod';
import { assessmentKeys } from '../academy/assessments.ts';

const localizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** Schema for a self-assessment key. */
export const assessmentKeySchema = z.enum(assessmentKeys);

/** Path parameter `{key}` of a self-assessment (unknown keys answer 404, not 400). */
export const assessmentParamsSchema = z.object({ key: z.string().max(60) });

/** One self-assessment as the API lists it, with its items and bands in both languages. */
export const assessmentViewSchema = z.object({
  key: assessmentKeySchema,
  scale: z.enum(['frequency', 'bipolar']),
  title: localizedSchema,
  intro: localizedSchema,
  min: z.number(),
  max: z.number(),
  items: z.array(z.object({ number: z.number(), text: localizedSchema.nullable(), negative: localizedSchema.nullable(), positive: localizedSchema.nullable() })),
  scaleLabels: z.array(localizedSchema),
  consistencyItems: z.array(z.number()),
  bands: z.array(z.object({ key: z.string(), min: z.number(), max: z.number(), title: localizedSchema, advice: localizedSchema })),
});
/** One self-assessment as the API lists it. */
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

/** The list of self-assessments with the company's consistency tolerance. */
export const assessmentListSchema = z.object({ tolerance: z.number(), assessments: z.array(assessmentViewSchema) });
/** The list of self-assessments. */
export type AssessmentList = z.infer<typeof assessmentListSchema>;

/** Body of scoring a self-assessment: one answer per item, in order (checked by the scoring, which names the item). */
export const scoreBodySchema = z.object({ answers: z.array(z.number()).max(200) });

/** A score: total, band key and flags such as `inconsistent`. */
export const assessmentScoreSchema = z.object({ total: z.number(), band: z.string(), flags: z.array(z.string()) });

/** One stored result of the signed-in person. */
export const assessmentResultSchema = assessmentScoreSchema.extend({ id: z.number(), answers: z.array(z.number()), createdAt: z.string() });
/** One stored result. */
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;

/** The team view of one assessment: each person's latest result, counted per band and averaged per item. */
export const assessmentTeamSchema = z.object({
  respondents: z.number(),
  bands: z.array(z.object({ band: z.string(), count: z.number() })),
  items: z.array(z.object({ number: z.number(), average: z.number().nullable() })),
  people: z.array(z.object({ userId: z.number(), name: z.string(), total: z.number(), band: z.string(), flags: z.array(z.string()), createdAt: z.string() })),
});
/** The team view of one assessment. */
export type AssessmentTeam = z.infer<typeof assessmentTeamSchema>;

/** Body of changing the consistency tolerance (how far items 3, 11 and 12 may differ before a flag). */
export const assessmentSettingsSchema = z.object({ tolerance: z.number().int().min(0).max(4) });
