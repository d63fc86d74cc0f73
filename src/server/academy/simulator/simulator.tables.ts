import type { Generated } from 'kysely';

/** A role-play simulation; `state` is the engine's SimulationState and `debrief` the Debrief, both as JSON text. */
export type SimulationsTable = {
  id: Generated<number>;
  user_id: number;
  persona: string;
  scenario: string;
  status: 'active' | 'finished';
  stage: string;
  outcome: string | null;
  mood: number;
  turn_count: number;
  state: string;
  score: number | null;
  debrief: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
};

/** One trainee message with the coach's findings (JSON), the persona's reply (JSON `{"zh-CN","en"}`) and mood. */
export type SimulationTurnsTable = {
  id: Generated<number>;
  simulation_id: number;
  position: number;
  trainee_text: string;
  findings: string;
  reply: string;
  reaction: string;
  mood: number;
  signals: string;
  created_at: string;
};

/** Tables of simulations and their turns, for Kysely (merged into `Tables`). */
export type SimulatorTables = { simulations: SimulationsTable; simulation_turns: SimulationTurnsTable };
