import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../shared/schemas/common.ts';
import { departmentBodySchema, departmentSchema } from '../../shared/schemas/departments.ts';
import type { Db } from '../db/create-db.ts';
import { createDepartment, deleteDepartment, listDepartments, updateDepartment } from './departments.service.ts';

/** Departments: everyone lists them; admins create, rename and delete them. */
export const departmentsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/departments',
    { config: { access: 'signed-in' }, schema: { tags: ['departments'], response: { 200: z.array(departmentSchema) } } },
    () => listDepartments(db),
  );
  app.post(
    '/departments',
    { config: { access: ['admin'] }, schema: { tags: ['departments'], body: departmentBodySchema, response: { 201: departmentSchema } } },
    async (request, reply) => reply.status(201).send(await createDepartment(db, request.actor!, request.body)),
  );
  app.put(
    '/departments/:id',
    {
      config: { access: ['admin'] },
      schema: { tags: ['departments'], params: idParamsSchema, body: departmentBodySchema, response: { 200: departmentSchema } },
    },
    (request) => updateDepartment(db, request.actor!, request.params.id, request.body),
  );
  app.delete(
    '/departments/:id',
    { config: { access: ['admin'] }, schema: { tags: ['departments'], params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteDepartment(db, request.actor!, request.params.id);
      return { ok: true as const };
    },
  );
};
