import { z } from 'zod';

/** A personal API token as listed (the secret itself is shown only once, at creation). */
export const apiTokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
/** A personal API token. */
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** Body of creating a personal API token. */
export const createTokenBodySchema = z.object({ name: z.string().trim().min(1).max(80) });

/** The new token's record and its secret, shown once. */
export const createTokenResponseSchema = z.object({ apiToken: apiTokenSchema, token: z.string() });
