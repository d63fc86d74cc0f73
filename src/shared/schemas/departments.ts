import { z } from 'zod';

/** What a department does; routing uses it (product issues go to R&D and production). */
export const departmentKinds = ['service', 'rnd', 'production', 'logistics', 'other'] as const;
/** Schema for a department kind. */
export const departmentKindSchema = z.enum(departmentKinds);

/** A department. */
export const departmentSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: departmentKindSchema,
  memberCount: z.number(),
});
/** A department. */
export type Department = z.infer<typeof departmentSchema>;

/** Body of creating or renaming a department. */
export const departmentBodySchema = z.object({
  name: z.string().trim().min(1).max(50),
  kind: departmentKindSchema,
});
