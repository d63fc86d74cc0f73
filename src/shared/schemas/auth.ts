import { z } from 'zod';
import { localeSchema, roleSchema } from './common.ts';

/** Body of a login with email and password. */
export const loginBodySchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});
/** A login request. */
export type LoginBody = z.infer<typeof loginBodySchema>;

/** The signed-in user, as `GET /auth/me` returns it, with the CSRF token the client sends back on writes. */
export const meSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  department: z.object({ id: z.number(), name: z.string() }).nullable(),
  locale: localeSchema,
  timeZone: z.string(),
  csrfToken: z.string(),
});
/** The signed-in user. */
export type Me = z.infer<typeof meSchema>;

/** Body of a change of one's own password. */
export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});

/** Body of a change of one's own preferences. */
export const updatePreferencesBodySchema = z.object({
  locale: localeSchema.optional(),
  timeZone: z.string().min(1).max(64).optional(),
});
