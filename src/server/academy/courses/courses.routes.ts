import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseAnswerBodySchema,
  caseBodySchema,
  caseListItemSchema,
  caseViewSchema,
  courseBodySchema,
  courseDraftSchema,
  courseListItemSchema,
  courseParamsSchema,
  courseReadSchema,
  courseVersionSchema,
  lessonBodySchema,
  lessonParamsSchema,
  moveBodySchema,
  pinBodySchema,
  progressSchema,
  readQuerySchema,
  selfCarePinSchema,
} from '../../../shared/schemas/academy-courses.ts';
import type { Db } from '../../db/create-db.ts';
import { answerCase, createCase, getCase, listCases, updateCase } from './cases.service.ts';
import { courseEditors } from './courses.policy.ts';
import * as courses from './courses.service.ts';
import { getPin, pinSelfTalk, unpinSelfTalk } from './self-care.service.ts';

const tags = ['academy'];
const editors = courseEditors;
/** Lessons may carry a few inline images. */
const bodyLimit = 4 * 1024 * 1024;

/** Courses, case studies and emotion self-care. */
export const coursesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const signedIn = { access: 'signed-in' as const };
  const edit = { access: editors };

  app.get('/academy/courses', { config: signedIn, schema: { tags, response: { 200: z.array(courseListItemSchema) } } }, (r) => courses.listCourses(db, r.actor!));
  app.post('/academy/courses', { config: edit, schema: { tags, body: courseBodySchema, response: { 201: courseDraftSchema } } }, async (r, reply) =>
    reply.status(201).send(await courses.createCourse(db, r.actor!, r.body)),
  );
  app.get('/academy/courses/:id', { config: signedIn, schema: { tags, params: courseParamsSchema, querystring: readQuerySchema, response: { 200: courseReadSchema } } }, (r) =>
    courses.readCourse(db, r.actor!, r.params.id, r.query.version),
  );
  app.put('/academy/courses/:id', { config: edit, schema: { tags, params: courseParamsSchema, body: courseBodySchema, response: { 200: courseDraftSchema } } }, (r) =>
    courses.updateCourse(db, r.actor!, r.params.id, r.body),
  );
  app.get('/academy/courses/:id/draft', { config: edit, schema: { tags, params: courseParamsSchema, response: { 200: courseDraftSchema } } }, (r) =>
    courses.getDraft(db, r.actor!, r.params.id),
  );
  app.get('/academy/courses/:id/versions', { config: signedIn, schema: { tags, params: courseParamsSchema, response: { 200: z.array(courseVersionSchema) } } }, (r) =>
    courses.listVersions(db, r.actor!, r.params.id),
  );
  app.post('/academy/courses/:id/publish', { config: edit, schema: { tags, params: courseParamsSchema, response: { 201: courseVersionSchema } } }, async (r, reply) =>
    reply.status(201).send(await courses.publishCourse(db, r.actor!, r.params.id)),
  );
  app.post('/academy/courses/:id/lessons', { bodyLimit, config: edit, schema: { tags, params: courseParamsSchema, body: lessonBodySchema, response: { 201: courseDraftSchema } } }, async (r, reply) =>
    reply.status(201).send(await courses.addLesson(db, r.actor!, r.params.id, r.body)),
  );
  app.put('/academy/courses/:id/lessons/:lessonId', { bodyLimit, config: edit, schema: { tags, params: lessonParamsSchema, body: lessonBodySchema, response: { 200: courseDraftSchema } } }, (r) =>
    courses.changeLesson(db, r.actor!, r.params.id, r.params.lessonId, r.body),
  );
  app.delete('/academy/courses/:id/lessons/:lessonId', { config: edit, schema: { tags, params: lessonParamsSchema, response: { 200: courseDraftSchema } } }, (r) =>
    courses.removeLesson(db, r.actor!, r.params.id, r.params.lessonId),
  );
  app.post('/academy/courses/:id/lessons/:lessonId/move', { config: edit, schema: { tags, params: lessonParamsSchema, body: moveBodySchema, response: { 200: courseDraftSchema } } }, (r) =>
    courses.moveLesson(db, r.actor!, r.params.id, r.params.lessonId, r.body.direction),
  );
  app.post('/academy/courses/:id/lessons/:lessonId/done', { config: signedIn, schema: { tags, params: lessonParamsSchema, response: { 200: progressSchema } } }, (r) =>
    courses.markLessonDone(db, r.actor!, r.params.id, r.params.lessonId),
  );

  app.get('/academy/cases', { config: signedIn, schema: { tags, response: { 200: z.array(caseListItemSchema) } } }, (r) => listCases(db, r.actor!));
  app.post('/academy/cases', { config: edit, schema: { tags, body: caseBodySchema, response: { 201: caseViewSchema } } }, async (r, reply) =>
    reply.status(201).send(await createCase(db, r.actor!, r.body)),
  );
  app.get('/academy/cases/:id', { config: signedIn, schema: { tags, params: courseParamsSchema, response: { 200: caseViewSchema } } }, (r) => getCase(db, r.actor!, r.params.id));
  app.put('/academy/cases/:id', { config: edit, schema: { tags, params: courseParamsSchema, body: caseBodySchema, response: { 200: caseViewSchema } } }, (r) =>
    updateCase(db, r.actor!, r.params.id, r.body),
  );
  app.put('/academy/cases/:id/answer', { config: signedIn, schema: { tags, params: courseParamsSchema, body: caseAnswerBodySchema, response: { 200: caseViewSchema } } }, (r) =>
    answerCase(db, r.actor!, r.params.id, r.body.answers),
  );

  app.get('/academy/self-care/pin', { config: signedIn, schema: { tags, response: { 200: selfCarePinSchema } } }, (r) => getPin(db, r.actor!));
  app.put('/academy/self-care/pin', { config: signedIn, schema: { tags, body: pinBodySchema, response: { 200: selfCarePinSchema } } }, (r) => pinSelfTalk(db, r.actor!, r.body.moodKey));
  app.delete('/academy/self-care/pin', { config: signedIn, schema: { tags, response: { 200: selfCarePinSchema } } }, (r) => unpinSelfTalk(db, r.actor!));
};
