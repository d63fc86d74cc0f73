import { z } from 'zod';
import { MAX_MESSAGE_LENGTH, personaKeys } from '../academy/simulator/types.ts';
import { pageQuerySchema, pageSchema } from './common.ts';

const localizedSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** One scenario as the persona picker shows it. */
export const scenarioViewSchema = z.object({
  key: z.string(),
  title: localizedSchema,
  product: localizedSchema,
  problem: localizedSchema,
  wants: localizedSchema,
  accepts: localizedSchema,
});

/** One persona with its scenarios. */
export const personaViewSchema = z.object({
  key: z.enum(personaKeys),
  name: localizedSchema,
  type: z.string().nullable(),
  brief: localizedSchema,
  startMood: z.number(),
  scenarios: z.array(scenarioViewSchema),
});
/** One persona as the API lists it. */
export type PersonaView = z.infer<typeof personaViewSchema>;

/** Every persona, with the limits a simulation runs under. */
export const personaListSchema = z.object({ personas: z.array(personaViewSchema), maxTurns: z.number(), maxMessageLength: z.number() });
/** The persona list. */
export type PersonaList = z.infer<typeof personaListSchema>;

/** Body of starting a simulation (an unknown scenario answers 400 with its own message). */
export const startSimulationBodySchema = z.object({ persona: z.enum(personaKeys), scenario: z.string().min(1).max(60) });

/** Body of a trainee message: not blank, at most MAX_MESSAGE_LENGTH characters. */
export const simulationMessageBodySchema = z.object({
  text: z
    .string()
    .refine((t) => t.trim().length > 0, { message: 'the message is empty', params: { code: 'simulation_message_empty' }, abort: true })
    .refine((t) => t.length <= MAX_MESSAGE_LENGTH, { message: `at most ${MAX_MESSAGE_LENGTH} characters`, params: { code: 'simulation_message_too_long' } }),
});

/** One coach finding on a trainee message, in both languages. */
export const simFindingSchema = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: z.enum(['error', 'warning', 'hint']),
  start: z.number(),
  end: z.number(),
  message: localizedSchema,
  suggestion: localizedSchema,
});

/** One trainee message, its findings and the persona's answer with the mood after it. */
export const simulationTurnSchema = z.object({
  position: z.number(),
  text: z.string(),
  findings: z.array(simFindingSchema),
  reply: localizedSchema,
  reaction: z.string(),
  mood: z.number(),
  createdAt: z.string(),
});
/** One turn of a simulation. */
export type SimulationTurn = z.infer<typeof simulationTurnSchema>;

const outcomeSchema = z.enum(['accepted', 'walked_away', 'turn_limit', 'ended']);

/** The debrief after a simulation ends. */
export const debriefSchema = z.object({
  outcome: outcomeSchema,
  score: z.number(),
  passed: z.boolean(),
  breakdown: z.object({ steps: z.number(), voices: z.number(), language: z.number(), sins: z.number(), outcome: z.number() }),
  steps: z.array(z.object({ step: z.enum(['listen', 'apologise', 'ask', 'record', 'resolve', 'close']), achieved: z.boolean() })),
  thankedFirst: z.boolean(),
  timeCommitment: z.boolean(),
  questionKinds: z.array(z.string()),
  findings: z.array(simFindingSchema.extend({ turn: z.number(), excerpt: z.string() })),
  moodCurve: z.array(z.number()),
  playbook: z.object({
    name: localizedSchema,
    signs: localizedSchema,
    approach: z.array(localizedSchema),
    avoid: z.array(localizedSchema),
    samplePhrases: z.array(localizedSchema),
    toneHint: localizedSchema.nullable(),
  }),
});
/** The debrief. */
export type SimulationDebrief = z.infer<typeof debriefSchema>;

/** A simulation as lists show it. */
export const simulationSummarySchema = z.object({
  id: z.number(),
  userId: z.number(),
  userName: z.string(),
  persona: z.enum(personaKeys),
  scenario: z.string(),
  status: z.enum(['active', 'finished']),
  stage: z.string(),
  outcome: outcomeSchema.nullable(),
  mood: z.number(),
  turnCount: z.number(),
  score: z.number().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
/** A simulation in a list. */
export type SimulationSummary = z.infer<typeof simulationSummarySchema>;

/** A whole simulation: the opening line, every turn and, once finished, the debrief. */
export const simulationSchema = simulationSummarySchema.extend({
  opening: localizedSchema,
  turns: z.array(simulationTurnSchema),
  debrief: debriefSchema.nullable(),
});
/** A whole simulation. */
export type Simulation = z.infer<typeof simulationSchema>;

/** A page of simulations. */
export const simulationPageSchema = pageSchema(simulationSummarySchema);
/** A page of simulations. */
export type SimulationPage = z.infer<typeof simulationPageSchema>;

/** Query of one's own simulations: a keyset page, optionally one persona. */
export const mySimulationsQuerySchema = pageQuerySchema.extend({ persona: z.enum(personaKeys).optional() });

/** Query of the team's simulations (trainers, supervisors, admins): also by person. */
export const teamSimulationsQuerySchema = mySimulationsQuerySchema.extend({ userId: z.coerce.number().int().positive().optional() });
