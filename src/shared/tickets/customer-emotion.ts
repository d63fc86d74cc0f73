// The emotion a ticket shows on the desk: the coach's reading of the customer's latest message, with the words
// that gave it away so an agent can see why before opening the ticket.
import { analyzeCustomer } from '../coach/analyze-customer.ts';
import type { CueKind, CustomerEmotion } from '../coach/types.ts';

/** The customer emotions the desk shows. */
export const customerEmotions = ['calm', 'anxious', 'angry'] as const satisfies readonly CustomerEmotion[];

// The cue kinds that count towards each emotion in analyzeCustomer; calm has none to show.
const emotionCues: Record<CustomerEmotion, readonly CueKind[]> = {
  angry: ['insult', 'anger', 'threat', 'manager_demand', 'exclamation', 'self_importance', 'rejection'],
  anxious: ['urgency'],
  calm: [],
};

/** The emotion of a customer message and its cue (the customer's own words, at most three, up to 80 characters). */
export function readCustomerEmotion(text: string, history: string[] = []): { emotion: CustomerEmotion; cue: string | null } {
  let reading;
  try {
    reading = analyzeCustomer(text, history);
  } catch {
    // Text the coach refuses (too long, empty) is not a reason to lose the message; it simply reads as calm.
    return { emotion: 'calm', cue: null };
  }
  const kinds = emotionCues[reading.emotion];
  const words = [...new Set(reading.cues.filter((c) => kinds.includes(c.kind)).map((c) => text.slice(c.start, c.end).trim()))].filter(Boolean);
  const cue = words.slice(0, 3).join('、').slice(0, 80);
  return { emotion: reading.emotion, cue: cue || null };
}
