// The only SQL of the simulator: simulations, their turns, and the learner's and team's lists.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Tables } from '../../db/tables.ts';
import type { SimulationsTable, SimulationTurnsTable } from './simulator.tables.ts';

/** A simulation row with the learner's name. */
export type SimulationRow = SimulationsTable & { id: number; user_name: string; user_department_id: number | null };
/** A turn row. */
export type TurnRow = SimulationTurnsTable & { id: number };

function withUser(db: Kysely<Tables>) {
  return db
    .selectFrom('simulations')
    .innerJoin('users', 'users.id', 'simulations.user_id')
    .selectAll('simulations')
    .select(['users.name as user_name', 'users.department_id as user_department_id']);
}

/** Inserts a simulation and returns its id. */
export async function insertSimulation(db: Kysely<Tables>, row: Insertable<SimulationsTable>): Promise<number> {
  const { id } = await db.insertInto('simulations').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** One simulation with the learner's name; `lock` takes a row lock (PostgreSQL) so concurrent sends queue. */
export async function findSimulation(db: Kysely<Tables>, id: number, lock = false): Promise<SimulationRow | undefined> {
  let query = withUser(db).where('simulations.id', '=', id);
  if (lock) query = query.forUpdate('simulations');
  return (await query.executeTakeFirst()) as SimulationRow | undefined;
}

/** Changes a simulation. */
export async function updateSimulation(db: Kysely<Tables>, id: number, changes: Updateable<SimulationsTable>): Promise<void> {
  await db.updateTable('simulations').set(changes).where('id', '=', id).execute();
}

/** The turns of a simulation, in order. */
export async function selectTurns(db: Kysely<Tables>, simulationId: number): Promise<TurnRow[]> {
  return (await db.selectFrom('simulation_turns').selectAll().where('simulation_id', '=', simulationId).orderBy('position').execute()) as TurnRow[];
}

/** Inserts one turn. */
export async function insertTurn(db: Kysely<Tables>, row: Insertable<SimulationTurnsTable>): Promise<void> {
  await db.insertInto('simulation_turns').values(row).execute();
}

/** Filter of a simulation list: whose (one person, a department, or everyone), which persona, and the keyset. */
export type SimulationFilter = { userId?: number; departmentId?: number | null; persona?: string; beforeId?: number; limit: number };

/** Simulations newest first, one more than `limit` so the caller knows whether a next page exists. */
export async function selectSimulations(db: Kysely<Tables>, f: SimulationFilter): Promise<SimulationRow[]> {
  let query = withUser(db);
  if (f.userId !== undefined) query = query.where('simulations.user_id', '=', f.userId);
  if (f.departmentId !== undefined && f.departmentId !== null) query = query.where('users.department_id', '=', f.departmentId);
  if (f.persona !== undefined) query = query.where('simulations.persona', '=', f.persona);
  if (f.beforeId !== undefined) query = query.where('simulations.id', '<', f.beforeId);
  return (await query.orderBy('simulations.id', 'desc').limit(f.limit + 1).execute()) as SimulationRow[];
}
