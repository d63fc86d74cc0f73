import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createDb } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { demoCustomerCount, demoTicketCount, seedDemo } from './demo/seed-demo.ts';
import { listenForTicketChanges } from './realtime/ticket-changes.ts';
import { startJobRunner } from './tickets/jobs.ts';
import { ensureTicketDefaults } from './tickets/ticket-defaults.ts';

const config = loadConfig();
const db = createDb(config.databaseUrl);
const applied = await migrateToLatest(db);
await ensureTicketDefaults(db);
const seed = await seedDemo(db, config.demoPassword, { customers: demoCustomerCount, tickets: demoTicketCount });
const app = await buildApp({ db, config });
if (applied.length) app.log.info({ applied }, 'migrations applied');
if (seed.seeded) {
  app.log.info('demo company seeded: admin@lingting.demo, supervisor@, agent1@, agent2@, inspector@, trainer@, rnd@');
  if (seed.generatedPassword) {
    // Printed once on purpose: only its hash is stored, so this is the one chance to read it.
    console.log(`\n  Demo password for every @lingting.demo user: ${seed.generatedPassword}\n`);
  }
}

const close = async () => {
  stopJobs();
  await stopListening();
  await app.close();
  await db.destroy();
  process.exit(0);
};
process.once('SIGINT', close);
process.once('SIGTERM', close);

const stopJobs = startJobRunner(db, (error) => app.log.error({ err: error }, 'job runner failed'));
const stopListening = db.dialectName === 'postgres' ? await listenForTicketChanges(config.databaseUrl, (error) => app.log.error({ err: error }, 'ticket change listener failed')) : async () => {};
await app.listen({ port: config.port, host: config.host });
console.log(`Lingting 聆听 is running on http://localhost:${config.port}`);
