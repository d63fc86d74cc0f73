import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  mySimulationsQuerySchema,
  personaListSchema,
  simulationMessageBodySchema,
  simulationPageSchema,
  simulationSchema,
  startSimulationBodySchema,
  teamSimulationsQuerySchema,
} from '../../../shared/schemas/academy-simulator.ts';
import { idParamsSchema } from '../../../shared/schemas/common.ts';
import type { Db } from '../../db/create-db.ts';
import { endSimulation, getSimulation, listMySimulations, listPersonas, listTeamSimulations, sendMessage, startSimulation } from './simulator.service.ts';
import { simulationReviewers } from './simulator.policy.ts';

const tags = ['academy'];
const base = '/academy/simulations';

/** The role-play simulator: every staff role practises; trainers, supervisors and admins read the team's. */
export const simulatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(`${base}/personas`, { config: { access: 'signed-in' }, schema: { tags, response: { 200: personaListSchema } } }, () => listPersonas());
  app.get(base, { config: { access: 'signed-in' }, schema: { tags, querystring: mySimulationsQuerySchema, response: { 200: simulationPageSchema } } }, (r) =>
    listMySimulations(db, r.actor!, r.query),
  );
  app.get(`${base}/team`, { config: { access: simulationReviewers }, schema: { tags, querystring: teamSimulationsQuerySchema, response: { 200: simulationPageSchema } } }, (r) =>
    listTeamSimulations(db, r.actor!, r.query),
  );
  app.post(base, { config: { access: 'signed-in' }, schema: { tags, body: startSimulationBodySchema, response: { 201: simulationSchema } } }, async (r, reply) =>
    reply.status(201).send(await startSimulation(db, r.actor!, r.body)),
  );
  app.get(`${base}/:id`, { config: { access: 'signed-in' }, schema: { tags, params: idParamsSchema, response: { 200: simulationSchema } } }, (r) =>
    getSimulation(db, r.actor!, r.params.id),
  );
  app.post(`${base}/:id/messages`, { config: { access: 'signed-in' }, schema: { tags, params: idParamsSchema, body: simulationMessageBodySchema, response: { 200: simulationSchema } } }, (r) =>
    sendMessage(db, r.actor!, r.params.id, r.body.text),
  );
  app.post(`${base}/:id/end`, { config: { access: 'signed-in' }, schema: { tags, params: idParamsSchema, response: { 200: simulationSchema } } }, (r) =>
    endSimulation(db, r.actor!, r.params.id),
  );
};
