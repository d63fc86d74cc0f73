import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { defaultAttachmentMaxBytes } from '../shared/tickets/attachment-rules.ts';

/** The version of Lingting, from package.json. */
export const appVersion: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).default('sqlite:data/lingting.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LINGTING_DEMO_PASSWORD: z.string().min(8).optional(),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  PUBLIC_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(defaultAttachmentMaxBytes),
});

/** Settings read once from the environment (and an optional `.env`). */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  logLevel: string;
  demoPassword?: string;
  loginAttemptsPerMinute: number;
  publicRequestsPerMinute: number;
  /** The largest file a ticket message may carry. */
  attachmentMaxBytes: number;
};

/** Reads the configuration; an invalid variable stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env && existsSync('.env')) process.loadEnvFile('.env');
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    demoPassword: e.LINGTING_DEMO_PASSWORD,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    publicRequestsPerMinute: e.PUBLIC_REQUESTS_PER_MINUTE,
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
  };
}

/**
 * The attachment limit alone, for an app built without a loaded configuration (tests build it that way);
 * an invalid value falls back to the default here because loadConfig already refuses it at start-up.
 */
export function attachmentMaxBytesFrom(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = envSchema.shape.ATTACHMENT_MAX_BYTES.safeParse(env.ATTACHMENT_MAX_BYTES);
  return parsed.success ? parsed.data : defaultAttachmentMaxBytes;
}
