// The API contract of the academy's quizzes: authoring, taking, feedback and per-question results.
import { z } from 'zod';
import { chapterKeys } from '../academy/courses/model.ts';
import { gradeMethods } from '../academy/quizzes/attempt-grade.ts';
import { MAX_SHORT_ANSWER_LENGTH } from '../academy/quizzes/answer-shape.ts';
import { questionKinds } from '../academy/quizzes/question.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
/** A text trainers write in both languages. */
export const localizedInputSchema = (max = 500) => z.object({ 'zh-CN': text(max), en: text(max) });
const localizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() });
const option = localizedInputSchema(300);

/** How feedback reaches the learner: per question with its explanation as they go, or all at the end. */
export const feedbackModes = ['immediate', 'deferred'] as const;
/** Quiz status: drafts are hidden from learners. */
export const quizStatuses = ['draft', 'published'] as const;

const noRepeats = (list: number[]) => new Set(list).size === list.length;

/** What makes a question right, by kind; the rules that need the whole spec are checked with refinements. */
export const questionSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('true_false'), answer: z.boolean() }),
  z
    .object({ kind: z.literal('single'), options: z.array(option).min(2).max(8), correct: z.number().int().min(0) })
    .refine((s) => s.correct < s.options.length, { path: ['correct'], params: { code: 'quiz_spec_correct_option' } }),
  z
    .object({ kind: z.literal('multiple'), options: z.array(option).min(2).max(8), correct: z.array(z.number().int().min(0)).min(1) })
    .refine((s) => s.correct.every((c) => c < s.options.length) && noRepeats(s.correct), { path: ['correct'], params: { code: 'quiz_spec_correct_option' } }),
  z.object({ kind: z.literal('ordering'), items: z.array(option).min(2).max(10) }),
  z.object({ kind: z.literal('matching'), pairs: z.array(z.object({ left: option, right: option })).min(2).max(10) }),
  z.object({
    kind: z.literal('short_answer'),
    keyElements: z.array(z.array(text(50)).min(1).max(10)).max(10),
    sample: localizedInputSchema(1000),
  }),
]);

/** Body of creating or changing a question. */
export const questionBodySchema = z.object({ prompt: localizedInputSchema(1000), explanation: localizedInputSchema(2000), spec: questionSpecSchema });
/** Body of a question. */
export type QuestionBody = z.infer<typeof questionBodySchema>;

/** A question as its trainers see it, with what makes it right. */
export const questionSchema = questionBodySchema.extend({ id: z.number(), position: z.number() });
/** A question as trainers see it. */
export type QuizQuestion = z.infer<typeof questionSchema>;

/** Feedback for a score from `min` % up to the next band. */
export const scoreBandSchema = z.object({ min: z.number().int().min(0).max(100), feedback: localizedInputSchema(1000) });

/** Body of creating or changing a quiz: its texts and settings. */
export const quizBodySchema = z.object({
  title: localizedInputSchema(200),
  description: localizedInputSchema(2000),
  chapter: z.enum(chapterKeys).nullable(),
  attemptLimit: z.number().int().min(1).max(100).nullable(),
  gradeMethod: z.enum(gradeMethods),
  timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
  passMark: z.number().int().min(0).max(100),
  feedbackMode: z.enum(feedbackModes),
  bands: z.array(scoreBandSchema).max(10),
  drawCount: z.number().int().min(1).max(200).nullable(),
});
/** Body of a quiz. */
export type QuizBody = z.infer<typeof quizBodySchema>;

/** Body of publishing or withdrawing a quiz. */
export const quizStatusBodySchema = z.object({ status: z.enum(quizStatuses) });

/** The signed-in learner's standing in a quiz. */
export const quizStandingSchema = z.object({ attempts: z.number(), kept: z.number().nullable(), passed: z.boolean().nullable(), openAttemptId: z.number().nullable() });

/** A quiz in lists and on its page. */
export const quizSchema = quizBodySchema.extend({
  id: z.number(),
  status: z.enum(quizStatuses),
  title: localizedSchema,
  description: localizedSchema,
  bands: z.array(z.object({ min: z.number(), feedback: localizedSchema })),
  questionCount: z.number(),
  updatedAt: z.string(),
  mine: quizStandingSchema,
});
/** A quiz. */
export type Quiz = z.infer<typeof quizSchema>;

/** One of the learner's attempts, as listed. */
export const attemptSummarySchema = z.object({
  id: z.number(),
  startedAt: z.string(),
  deadline: z.string().nullable(),
  submittedAt: z.string().nullable(),
  status: z.enum(['open', 'submitted', 'expired']),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});
/** One attempt as listed. */
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;

/** A quiz with the learner's attempts, newest first. */
export const quizDetailSchema = z.object({ quiz: quizSchema, attempts: z.array(attemptSummarySchema) });
/** A quiz page. */
export type QuizDetail = z.infer<typeof quizDetailSchema>;

const indexed = z.array(z.object({ index: z.number(), text: localizedSchema }));

/** A question as a learner sees it: no solution; ordering items and matching right-hand items shuffled. */
export const learnerQuestionSchema = z.object({
  id: z.number(),
  kind: z.enum(questionKinds),
  prompt: localizedSchema,
  options: z.array(localizedSchema).nullable(),
  items: indexed.nullable(),
  lefts: z.array(localizedSchema).nullable(),
  rights: indexed.nullable(),
});
/** A question as a learner sees it. */
export type LearnerQuestion = z.infer<typeof learnerQuestionSchema>;

/** A learner's answer; its shape per kind is checked against the question (bad shapes name the question). */
export const answerSchema = z.union([z.boolean(), z.number(), z.array(z.number()).max(20), z.string().max(MAX_SHORT_ANSWER_LENGTH)]);
/** A learner's answer. */
export type AnswerValue = z.infer<typeof answerSchema>;

/** The coach's verdict on a short answer. */
export const shortAnswerVerdictSchema = z.object({
  passed: z.boolean(),
  missing: z.array(z.array(z.string())),
  findings: z.array(z.object({ ruleId: z.string(), severity: z.enum(['error', 'warning']), excerpt: z.string(), message: z.string(), suggestion: z.string() })),
});

/** Feedback on one question: credit, the explanation and the solution (a sample answer for short answers). */
export const questionFeedbackSchema = z.object({
  questionId: z.number(),
  answer: answerSchema.nullable(),
  credit: z.number(),
  correct: z.boolean(),
  explanation: localizedSchema,
  solution: z.union([z.boolean(), z.number(), z.array(z.number()), localizedSchema]),
  shortAnswer: shortAnswerVerdictSchema.nullable(),
});
/** Feedback on one question. */
export type QuestionFeedback = z.infer<typeof questionFeedbackSchema>;

/** The outcome of a submitted attempt: score, pass, the grade kept, the band's feedback and every question reviewed. */
export const attemptResultSchema = z.object({
  score: z.number(),
  passed: z.boolean(),
  kept: z.number().nullable(),
  band: localizedSchema.nullable(),
  review: z.array(questionFeedbackSchema),
});
/** The outcome of an attempt. */
export type AttemptResult = z.infer<typeof attemptResultSchema>;

/** An attempt being taken or reviewed. Explanations appear in `checked` (immediate mode) or in `result` once submitted. */
export const attemptSchema = attemptSummarySchema.extend({
  quizId: z.number(),
  title: localizedSchema,
  feedbackMode: z.enum(feedbackModes),
  serverNow: z.string(),
  questions: z.array(learnerQuestionSchema),
  checked: z.array(questionFeedbackSchema),
  result: attemptResultSchema.nullable(),
});
/** An attempt. */
export type Attempt = z.infer<typeof attemptSchema>;

/** Path of an attempt. */
export const attemptParamsSchema = z.object({ attemptId: z.coerce.number().int().positive() });
/** Path of a question of a quiz. */
export const questionParamsSchema = z.object({ id: z.coerce.number().int().positive(), questionId: z.coerce.number().int().positive() });

/** Body of checking one question in immediate-feedback mode. */
export const checkBodySchema = z.object({ questionId: z.number().int().positive(), answer: answerSchema });
/** Body of submitting an attempt: answers keyed by question id; unanswered questions may be left out. */
export const submitBodySchema = z.object({ answers: z.record(z.string().regex(/^\d+$/), answerSchema) });

/** Per-question results of a quiz for its trainers: which items most people miss. */
export const quizResultsSchema = z.object({
  attempts: z.number(),
  learners: z.number(),
  averageScore: z.number().nullable(),
  passRate: z.number().nullable(),
  questions: z.array(
    z.object({ id: z.number(), position: z.number(), kind: z.string(), prompt: localizedSchema, answered: z.number(), correctRate: z.number().nullable(), averageCredit: z.number().nullable() }),
  ),
});
/** Per-question results. */
export type QuizResults = z.infer<typeof quizResultsSchema>;
