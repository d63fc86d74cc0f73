import { z } from 'zod';

/** The six roles of Lingting, as stored and as sent over the API. */
export const roles = ['admin', 'supervisor', 'agent', 'inspector', 'trainer', 'department_member'] as const;
/** Schema for a role name. */
export const roleSchema = z.enum(roles);
/** A role name. */
export type Role = z.infer<typeof roleSchema>;

/** Languages the UI and API messages are written in; zh-CN is the default. */
export const locales = ['zh-CN', 'en'] as const;
/** Schema for a supported locale. */
export const localeSchema = z.enum(locales);
/** A supported locale. */
export type Locale = z.infer<typeof localeSchema>;

/** The one error shape every endpoint answers with. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
/** An error response body. */
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Path parameter `{id}` for a numeric record id. */
export const idParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Query of a keyset-paginated list: an opaque cursor from the previous page and a page size. */
export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Wraps an item schema into a keyset page: the items and the cursor of the next page (null at the end). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** An empty success body. */
export const okSchema = z.object({ ok: z.literal(true) });
