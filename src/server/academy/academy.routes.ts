import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessmentListSchema,
  assessmentParamsSchema,
  assessmentResultSchema,
  assessmentScoreSchema,
  assessmentSettingsSchema,
  assessmentTeamSchema,
  scoreBodySchema,
} from '../../shared/schemas/academy.ts';
import type { Db } from '../db/create-db.ts';
import { listAssessments, listOwnResults, saveTolerance, scoreAndStore, teamView } from './academy.service.ts';

const tags = ['academy'];
/** Who sees the team view and sets the tolerance. */
const trainers = ['trainer', 'supervisor', 'admin'] as const;

/** The academy's self-assessments: staff take them and see their history; trainers see the team. */
export const academyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/academy/assessments', { config: { access: 'signed-in' }, schema: { tags, response: { 200: assessmentListSchema } } }, () => listAssessments(db));
  app.put(
    '/academy/assessments/settings',
    { config: { access: ['admin', 'trainer'] }, schema: { tags, body: assessmentSettingsSchema, response: { 200: assessmentSettingsSchema } } },
    (r) => saveTolerance(db, r.actor!, r.body.tolerance),
  );
  app.post(
    '/academy/assessments/:key/score',
    { config: { access: 'signed-in' }, schema: { tags, params: assessmentParamsSchema, body: scoreBodySchema, response: { 200: assessmentScoreSchema } } },
    (r) => scoreAndStore(db, r.actor!, r.params.key, r.body.answers),
  );
  app.get(
    '/academy/assessments/:key/results',
    { config: { access: 'signed-in' }, schema: { tags, params: assessmentParamsSchema, response: { 200: z.array(assessmentResultSchema) } } },
    (r) => listOwnResults(db, r.actor!, r.params.key),
  );
  app.get(
    '/academy/assessments/:key/team',
    { config: { access: trainers }, schema: { tags, params: assessmentParamsSchema, response: { 200: assessmentTeamSchema } } },
    (r) => teamView(db, r.actor!, r.params.key),
  );
};
