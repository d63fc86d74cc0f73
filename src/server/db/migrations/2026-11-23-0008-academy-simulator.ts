import type { Kysely } from 'kysely';
import { autoId, idType } from './ddl.ts';

/** The academy: role-play simulations with a persona and their turns. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idType(db);
  await db.schema
    .createTable('simulations')
    .addColumn('id', id, autoId(db))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('persona', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('turn_count', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('debrief', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // "My simulations" and the team list, newest first, optionally for one persona.
  await db.schema.createIndex('simulations_user_id').on('simulations').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('simulations_user_persona_id').on('simulations').columns(['user_id', 'persona', 'id']).execute();
  await db.schema.createIndex('simulations_persona_id').on('simulations').columns(['persona', 'id']).execute();

  await db.schema
    .createTable('simulation_turns')
    .addColumn('id', id, autoId(db))
    .addColumn('simulation_id', id, (c) => c.notNull().references('simulations.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('trainee_text', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('reaction', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('simulation_turns_position').on('simulation_turns').columns(['simulation_id', 'position']).unique().execute();
}
