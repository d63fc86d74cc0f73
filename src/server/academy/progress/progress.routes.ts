import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assignmentDetailSchema,
  assignmentOptionsSchema,
  assignmentSummarySchema,
  certificateSchema,
  createAssignmentBodySchema,
  listAssignmentsQuerySchema,
  myLearningSchema,
  progressQuerySchema,
  progressSchema,
} from '../../../shared/schemas/academy-progress.ts';
import { idParamsSchema, okSchema, pageSchema } from '../../../shared/schemas/common.ts';
import type { Db } from '../../db/create-db.ts';
import { assignmentOptions, createAssignment, deleteAssignment, getAssignment, listAssignments } from './assignments.service.ts';
import { learningManagers } from './progress.policy.ts';
import { getCertificate, myLearning, teamProgress } from './progress.service.ts';

const tags = ['academy'];
const managers = { access: learningManagers };

/** Assignments, "my learning", progress per person and team, certificates. */
export const progressRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/academy/assignment-options', { config: managers, schema: { tags, response: { 200: assignmentOptionsSchema } } }, (r) => assignmentOptions(db, r.actor!));
  app.get(
    '/academy/assignments',
    { config: managers, schema: { tags, querystring: listAssignmentsQuerySchema, response: { 200: pageSchema(assignmentSummarySchema) } } },
    (r) => listAssignments(db, r.actor!, r.query),
  );
  app.post(
    '/academy/assignments',
    { config: managers, schema: { tags, body: createAssignmentBodySchema, response: { 201: assignmentSummarySchema } } },
    async (r, reply) => reply.status(201).send(await createAssignment(db, r.actor!, r.body)),
  );
  app.get(
    '/academy/assignments/:id',
    { config: managers, schema: { tags, params: idParamsSchema, response: { 200: assignmentDetailSchema } } },
    (r) => getAssignment(db, r.actor!, r.params.id),
  );
  app.delete(
    '/academy/assignments/:id',
    { config: managers, schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    (r) => deleteAssignment(db, r.actor!, r.params.id),
  );
  app.get('/academy/my-learning', { config: { access: 'signed-in' }, schema: { tags, response: { 200: myLearningSchema } } }, (r) => myLearning(db, r.actor!));
  app.get(
    '/academy/progress',
    { config: managers, schema: { tags, querystring: progressQuerySchema, response: { 200: progressSchema } } },
    (r) => teamProgress(db, r.actor!, r.query.department),
  );
  app.get(
    '/academy/certificates/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: idParamsSchema, response: { 200: certificateSchema } } },
    (r) => getCertificate(db, r.actor!, r.params.id),
  );
};
