import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attemptParamsSchema,
  attemptSchema,
  checkBodySchema,
  questionBodySchema,
  questionFeedbackSchema,
  questionParamsSchema,
  questionSchema,
  quizBodySchema,
  quizDetailSchema,
  quizResultsSchema,
  quizSchema,
  quizStatusBodySchema,
  submitBodySchema,
} from '../../../shared/schemas/academy-quizzes.ts';
import { idParamsSchema } from '../../../shared/schemas/common.ts';
import type { Db } from '../../db/create-db.ts';
import { checkQuestion, getAttempt, startAttempt, submitAttempt } from './attempts.service.ts';
import { quizManagers } from './quizzes.policy.ts';
import { addQuestion, changeQuestion, createQuiz, getQuiz, listQuestions, listQuizzes, quizResults, removeQuestion, setQuizStatus, updateQuiz } from './quizzes.service.ts';

const tags = ['academy'];
const base = '/academy/quizzes';
const questions = z.array(questionSchema);

/** Quizzes, question banks and attempts: every staff role takes published quizzes; trainers and admins build them. */
export const quizzesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const learner = { access: 'signed-in' as const };
  const manager = { access: quizManagers };

  app.get(base, { config: learner, schema: { tags, response: { 200: z.array(quizSchema) } } }, (r) => listQuizzes(db, r.actor!));
  app.get(`${base}/:id`, { config: learner, schema: { tags, params: idParamsSchema, response: { 200: quizDetailSchema } } }, (r) => getQuiz(db, r.actor!, r.params.id));
  app.post(base, { config: manager, schema: { tags, body: quizBodySchema, response: { 201: quizDetailSchema } } }, async (r, reply) =>
    reply.status(201).send(await createQuiz(db, r.actor!, r.body)),
  );
  app.put(`${base}/:id`, { config: manager, schema: { tags, params: idParamsSchema, body: quizBodySchema, response: { 200: quizDetailSchema } } }, (r) =>
    updateQuiz(db, r.actor!, r.params.id, r.body),
  );
  app.put(`${base}/:id/status`, { config: manager, schema: { tags, params: idParamsSchema, body: quizStatusBodySchema, response: { 200: quizDetailSchema } } }, (r) =>
    setQuizStatus(db, r.actor!, r.params.id, r.body.status),
  );

  app.get(`${base}/:id/questions`, { config: manager, schema: { tags, params: idParamsSchema, response: { 200: questions } } }, (r) => listQuestions(db, r.actor!, r.params.id));
  app.post(`${base}/:id/questions`, { config: manager, schema: { tags, params: idParamsSchema, body: questionBodySchema, response: { 201: questions } } }, async (r, reply) =>
    reply.status(201).send(await addQuestion(db, r.actor!, r.params.id, r.body)),
  );
  app.put(`${base}/:id/questions/:questionId`, { config: manager, schema: { tags, params: questionParamsSchema, body: questionBodySchema, response: { 200: questions } } }, (r) =>
    changeQuestion(db, r.actor!, r.params.id, r.params.questionId, r.body),
  );
  app.delete(`${base}/:id/questions/:questionId`, { config: manager, schema: { tags, params: questionParamsSchema, response: { 200: questions } } }, (r) =>
    removeQuestion(db, r.actor!, r.params.id, r.params.questionId),
  );
  app.get(`${base}/:id/results`, { config: manager, schema: { tags, params: idParamsSchema, response: { 200: quizResultsSchema } } }, (r) => quizResults(db, r.actor!, r.params.id));

  app.post(`${base}/:id/attempts`, { config: learner, schema: { tags, params: idParamsSchema, response: { 200: attemptSchema } } }, (r) => startAttempt(db, r.actor!, r.params.id));
  app.get(`${base}/attempts/:attemptId`, { config: learner, schema: { tags, params: attemptParamsSchema, response: { 200: attemptSchema } } }, (r) =>
    getAttempt(db, r.actor!, r.params.attemptId),
  );
  app.post(`${base}/attempts/:attemptId/check`, { config: learner, schema: { tags, params: attemptParamsSchema, body: checkBodySchema, response: { 200: questionFeedbackSchema } } }, (r) =>
    checkQuestion(db, r.actor!, r.params.attemptId, r.body.questionId, r.body.answer),
  );
  app.post(`${base}/attempts/:attemptId/submit`, { config: learner, schema: { tags, params: attemptParamsSchema, body: submitBodySchema, response: { 200: attemptSchema } } }, (r) =>
    submitAttempt(db, r.actor!, r.params.attemptId, r.body.answers),
  );
};
