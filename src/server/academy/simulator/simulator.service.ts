// The role-play simulator: start a simulation, play trainee messages through the engine, end it with a debrief.
import type { Kysely } from 'kysely';
import { buildDebrief, PASS_SCORE, type Debrief } from '../../../shared/academy/simulator/debrief.ts';
import { endByTrainee, openSimulation, takeTurn } from '../../../shared/academy/simulator/engine.ts';
import { findPersona, findScenario, personas } from '../../../shared/academy/simulator/personas.ts';
import { MAX_MESSAGE_LENGTH, MAX_TURNS, type Persona, type PersonaKey, type Scenario, type SimulationState } from '../../../shared/academy/simulator/types.ts';
import type { PersonaList, Simulation, SimulationPage, SimulationSummary } from '../../../shared/schemas/academy-simulator.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/create-db.ts';
import type { Tables } from '../../db/tables.ts';
import { activeCompanyRules } from '../../coach/coach.service.ts';
import { AppError } from '../../plugins/errors.ts';
import { decodeIdCursor, toPage } from '../../plugins/keyset.ts';
import { recordLearning } from '../progress/learning-records.ts';
import { canReadSimulation, canReviewSimulations } from './simulator.policy.ts';
import { findSimulation, insertSimulation, insertTurn, selectSimulations, selectTurns, updateSimulation, type SimulationRow, type TurnRow } from './simulator.queries.ts';

/** Every persona with its scenarios, for the picker. */
export function listPersonas(): PersonaList {
  return {
    maxTurns: MAX_TURNS,
    maxMessageLength: MAX_MESSAGE_LENGTH,
    personas: personas.map((p) => ({
      key: p.key,
      name: p.name,
      type: p.type,
      brief: p.brief,
      startMood: p.startMood,
      scenarios: p.scenarios.map((s) => ({ key: s.key, title: s.title, product: s.product, problem: s.problem, wants: s.wants, accepts: s.accepts })),
    })),
  };
}

function scriptOf(row: Pick<SimulationRow, 'persona' | 'scenario'>): { persona: Persona; scenario: Scenario } {
  const persona = findPersona(row.persona);
  const scenario = persona && findScenario(persona, row.scenario);
  // Stored keys come from the scripts; a missing one means a script was renamed without a migration.
  if (!persona || !scenario) throw new Error(`simulation script ${row.persona}/${row.scenario} is missing`);
  return { persona, scenario };
}

function toSummary(row: SimulationRow): SimulationSummary {
  return {
    id: Number(row.id),
    userId: Number(row.user_id),
    userName: row.user_name,
    persona: row.persona as PersonaKey,
    scenario: row.scenario,
    status: row.status,
    stage: row.stage,
    outcome: row.outcome as SimulationSummary['outcome'],
    mood: row.mood,
    turnCount: row.turn_count,
    score: row.score,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

function toSimulation(row: SimulationRow, turns: TurnRow[]): Simulation {
  return {
    ...toSummary(row),
    opening: scriptOf(row).scenario.opening,
    turns: turns.map((t) => ({
      position: t.position,
      text: t.trainee_text,
      findings: JSON.parse(t.findings) as Simulation['turns'][number]['findings'],
      reply: JSON.parse(t.reply) as Simulation['opening'],
      reaction: t.reaction,
      mood: t.mood,
      createdAt: t.created_at,
    })),
    debrief: row.debrief === null ? null : (JSON.parse(row.debrief) as Debrief),
  };
}

async function load(db: Kysely<Tables>, actor: Actor, id: number, lock = false): Promise<SimulationRow> {
  const row = await findSimulation(db, id, lock);
  // Someone else's simulation answers exactly like a missing one, so ids reveal nothing.
  if (!row || !canReadSimulation(actor, { userId: Number(row.user_id), departmentId: row.user_department_id })) throw new AppError(404, 'simulation_not_found', { id });
  return row;
}

/** Only the learner practises in their own simulation; anyone else gets the same 404 as for a missing one. */
async function loadOwn(db: Kysely<Tables>, actor: Actor, id: number, lock: boolean): Promise<SimulationRow> {
  const row = await load(db, actor, id, lock);
  if (Number(row.user_id) !== actor.id) throw new AppError(404, 'simulation_not_found', { id });
  return row;
}

/** One simulation with its turns (the learner's own, or a reviewer's view of their team's). */
export async function getSimulation(db: Db, actor: Actor, id: number): Promise<Simulation> {
  const row = await load(db, actor, id);
  return toSimulation(row, await selectTurns(db, id));
}

/** Starts a simulation with a persona and one of its scenarios; the customer speaks first. */
export async function startSimulation(db: Db, actor: Actor, body: { persona: PersonaKey; scenario: string }): Promise<Simulation> {
  const persona = findPersona(body.persona);
  const scenario = persona && findScenario(persona, body.scenario);
  if (!persona || !scenario) throw new AppError(400, 'simulation_scenario_unknown', { persona: body.persona, scenario: body.scenario });
  const { state } = openSimulation(persona, scenario);
  const now = new Date().toISOString();
  const id = await insertSimulation(db, {
    user_id: actor.id,
    persona: persona.key,
    scenario: scenario.key,
    status: 'active',
    stage: state.stage,
    outcome: null,
    mood: state.mood,
    turn_count: 0,
    state: JSON.stringify(state),
    score: null,
    debrief: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
  });
  return getSimulation(db, actor, id);
}

/** Writes the finished state and the debrief, and records the learning, inside the caller's transaction. */
async function finish(trx: Kysely<Tables>, row: SimulationRow, state: SimulationState, turns: TurnRow[], now: string): Promise<void> {
  const { persona, scenario } = scriptOf(row);
  const debrief = buildDebrief(
    persona,
    scenario.opening,
    turns.map((t) => ({ text: t.trainee_text, reply: JSON.parse(t.reply) as Simulation['opening'], mood: t.mood, findings: JSON.parse(t.findings) as Debrief['findings'] })),
    state.outcome ?? 'ended',
  );
  await updateSimulation(trx, row.id, {
    status: 'finished',
    stage: 'finished',
    outcome: debrief.outcome,
    mood: state.mood,
    state: JSON.stringify(state),
    score: debrief.score,
    debrief: JSON.stringify(debrief),
    updated_at: now,
    finished_at: now,
  });
  await recordLearning(trx, { userId: Number(row.user_id), kind: 'simulation', ref: persona.key, score: debrief.score, passed: debrief.score >= PASS_SCORE });
}

/** Plays one trainee message: the coach's findings, the persona's reply and mood; finishes when the customer does. */
export async function sendMessage(db: Db, actor: Actor, id: number, text: string): Promise<Simulation> {
  // The company's own phrase rules judge a trainee as they judge an agent at the desk.
  const companyRules = await activeCompanyRules(db);
  await db.transaction().execute(async (trx) => {
    const row = await loadOwn(trx, actor, id, db.dialectName === 'postgres');
    if (row.status === 'finished') throw new AppError(409, 'simulation_finished', { id });
    const { persona, scenario } = scriptOf(row);
    const previous = await selectTurns(trx, id);
    const customerLine = previous.length === 0 ? scenario.opening['zh-CN'] : (JSON.parse(previous[previous.length - 1].reply) as Simulation['opening'])['zh-CN'];
    const result = takeTurn(persona, scenario, JSON.parse(row.state) as SimulationState, customerLine, text, companyRules);
    const now = new Date().toISOString();
    await insertTurn(trx, {
      simulation_id: id,
      position: result.state.turn,
      trainee_text: text,
      findings: JSON.stringify(result.findings),
      reply: JSON.stringify(result.reply),
      reaction: result.reaction,
      mood: result.state.mood,
      signals: JSON.stringify(result.signals),
      created_at: now,
    });
    await updateSimulation(trx, id, { turn_count: result.state.turn, stage: result.state.stage, mood: result.state.mood, state: JSON.stringify(result.state), updated_at: now });
    // The customer accepted and said goodbye, walked away, or ran out of turns: the debrief is written now.
    if (result.state.stage === 'finished') await finish(trx, row, result.state, await selectTurns(trx, id), now);
  });
  return getSimulation(db, actor, id);
}

/** The trainee ends the simulation: the debrief is written and the learning recorded (ending twice is harmless). */
export async function endSimulation(db: Db, actor: Actor, id: number): Promise<Simulation> {
  await db.transaction().execute(async (trx) => {
    const row = await loadOwn(trx, actor, id, db.dialectName === 'postgres');
    if (row.status === 'finished') return;
    await finish(trx, row, endByTrainee(JSON.parse(row.state) as SimulationState), await selectTurns(trx, id), new Date().toISOString());
  });
  return getSimulation(db, actor, id);
}

/** The actor's own simulations, newest first. */
export async function listMySimulations(db: Db, actor: Actor, q: { cursor?: string; limit: number; persona?: PersonaKey }): Promise<SimulationPage> {
  const rows = await selectSimulations(db, { userId: actor.id, persona: q.persona, beforeId: decodeIdCursor(q.cursor), limit: q.limit });
  return toPage(rows.map(toSummary), q.limit);
}

/** The team's simulations for trainers, supervisors and admins (their department, or everyone without one). */
export async function listTeamSimulations(db: Db, actor: Actor, q: { cursor?: string; limit: number; persona?: PersonaKey; userId?: number }): Promise<SimulationPage> {
  if (!canReviewSimulations(actor)) throw new AppError(403, 'forbidden');
  const rows = await selectSimulations(db, { userId: q.userId, departmentId: actor.departmentId, persona: q.persona, beforeId: decodeIdCursor(q.cursor), limit: q.limit });
  return toPage(rows.map(toSummary), q.limit);
}
