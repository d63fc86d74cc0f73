import { parseArgs } from 'node:util';
import { roleSchema } from '../shared/schemas/common.ts';
import type { Actor } from './auth/actor.ts';
import { coachUsage, runCoachCommand } from './coach/coach.cli.ts';
import { hashPassword, newTemporaryPassword } from './auth/secrets.ts';
import { loadConfig } from './config.ts';
import { createDb, type Db } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { demoCustomerCount, demoTicketCount, seedDemo } from './demo/seed-demo.ts';
import { ensureTicketDefaults } from './tickets/ticket-defaults.ts';
import { generateTickets } from './demo/generate-tickets.ts';
import { createToken } from './tokens/tokens.service.ts';
import { insertUser } from './users/users.queries.ts';

const usage = `lingting <command>
  migrate                                   bring the database to the latest schema
  seed-demo                                 seed the demo company into an empty database
  create-user EMAIL NAME ROLE [--password P] create a staff user (roles: ${roleSchema.options.join(', ')})
  reset-password EMAIL [--password P]       set a new password (generated when not given)
  create-token EMAIL [--name N]             print a new personal API token for that user
  generate --tickets N                      add N generated tickets with five messages each (benchmarks)
  ${coachUsage}`;

async function findActor(db: Db, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'department_id as departmentId', 'locale', 'time_zone as timeZone'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (!user) throw new Error(`No user with email ${email}`);
  return user;
}

async function run(db: Db, command: string | undefined, args: string[], options: { password?: string; name?: string; tickets?: string }) {
  switch (command) {
    case 'migrate': {
      const applied = await migrateToLatest(db);
      await ensureTicketDefaults(db);
      return applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.';
    }
    case 'seed-demo': {
      await migrateToLatest(db);
      await ensureTicketDefaults(db);
      const result = await seedDemo(db, options.password ?? process.env.LINGTING_DEMO_PASSWORD, { customers: demoCustomerCount, tickets: demoTicketCount });
      if (!result.seeded) return 'The database already has users; nothing seeded.';
      return result.generatedPassword ? `Demo seeded. Password for every demo user: ${result.generatedPassword}` : 'Demo seeded.';
    }
    case 'create-user': {
      const [email, name, role] = args;
      if (!email || !name || !role) throw new Error(usage);
      const password = options.password ?? newTemporaryPassword();
      const id = await insertUser(db, {
        email: email.toLowerCase(),
        name,
        role: roleSchema.parse(role),
        department_id: null,
        locale: 'zh-CN',
        password_hash: await hashPassword(password),
      });
      return `Created user ${id} (${email}). Password: ${options.password ? '(as given)' : password}`;
    }
    case 'reset-password': {
      const actor = await findActor(db, args[0] ?? '');
      const password = options.password ?? newTemporaryPassword();
      await db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', actor.id).execute();
      await db.deleteFrom('sessions').where('user_id', '=', actor.id).execute();
      return `Password of ${actor.email} reset. New password: ${options.password ? '(as given)' : password}`;
    }
    case 'create-token': {
      const actor = await findActor(db, args[0] ?? '');
      const { token } = await createToken(db, actor, { name: options.name ?? 'cli' });
      return token;
    }
    case 'generate': {
      const count = Number(options.tickets);
      if (!Number.isInteger(count) || count < 1) throw new Error('generate needs --tickets N with N a positive whole number');
      await migrateToLatest(db);
      await ensureTicketDefaults(db);
      await seedDemo(db, options.password ?? process.env.LINGTING_DEMO_PASSWORD, { customers: demoCustomerCount });
      const start = performance.now();
      await generateTickets(db, { count });
      return `Generated ${count} tickets in ${((performance.now() - start) / 1000).toFixed(1)} s.`;
    }
    default:
      throw new Error(usage);
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { password: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string' }, tickets: { type: 'string' } },
});
if (positionals[0] === 'coach') {
  // The coach is pure: it neither reads the database configuration nor opens a connection.
  process.exitCode = await runCoachCommand(positionals.slice(1), values, process);
} else {
  const db = createDb(loadConfig().databaseUrl);
  try {
    console.log(await run(db, positionals[0], positionals.slice(1), values));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}
