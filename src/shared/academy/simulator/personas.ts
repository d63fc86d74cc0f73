// The seven simulator personas in the order the academy shows them, and lookups by key.
import { mild } from './persona-mild.ts';
import { arrogant, talkative } from './personas-demanding.ts';
import { bossDemanding, picky } from './personas-exacting.ts';
import { emotional, stubborn } from './personas-heated.ts';
import type { Persona, Scenario } from './types.ts';

/** Every persona: the six difficult types and the mild customer, each with three scenarios. */
export const personas: Persona[] = [emotional, stubborn, talkative, arrogant, bossDemanding, picky, mild];

/** The persona with this key, if any. */
export function findPersona(key: string): Persona | undefined {
  return personas.find((p) => p.key === key);
}

/** The persona's scenario with this key, if any. */
export function findScenario(persona: Persona, key: string): Scenario | undefined {
  return persona.scenarios.find((s) => s.key === key);
}
