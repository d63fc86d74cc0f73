import { z } from 'zod';
import { localeSchema, pageQuerySchema, roleSchema } from './common.ts';

/** A user account as admins see it. */
export const userSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  locale: localeSchema,
  active: z.boolean(),
  createdAt: z.string(),
});
/** A user account. */
export type User = z.infer<typeof userSchema>;

/** Body of creating (inviting) a user; without a password a temporary one is generated and shown once. */
export const createUserBodySchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
  departmentId: z.number().int().positive().nullable().optional(),
  locale: localeSchema.default('zh-CN'),
  password: z.string().min(10).max(200).optional(),
});
/** A create-user request. */
export type CreateUserBody = z.input<typeof createUserBodySchema>;

/** The created user and, when none was given, the temporary password to hand over. */
export const createUserResponseSchema = z.object({
  user: userSchema,
  temporaryPassword: z.string().nullable(),
});

/** Body of changing a user's name, role, department, locale or active state. */
export const updateUserBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: roleSchema,
    departmentId: z.number().int().positive().nullable(),
    locale: localeSchema,
    active: z.boolean(),
  })
  .partial();
/** An update-user request. */
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

/** Filters of the user list. */
export const listUsersQuerySchema = pageQuerySchema.extend({
  role: roleSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
