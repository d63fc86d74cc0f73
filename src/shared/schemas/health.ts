import { z } from 'zod';

/** Health answer: the process is up and which database it talks to. */
export const healthSchema = z.object({
  status: z.literal('ok'),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
