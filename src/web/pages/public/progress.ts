// Where a ticket stands, in the customer's words: received → in progress → resolved or closed.
import type { Step, TicketStatus } from '../../../shared/tickets/model.ts';

/** The three stages the status page shows. */
export type PublicStage = 'received' | 'inProgress' | 'done';

/** The stage index (0–2), the last stage's label, and the key of a one-line explanation. */
export type PublicProgress = { stage: PublicStage; index: 0 | 1 | 2; finalLabel: 'resolved' | 'closed'; detail: string };

/**
 * Maps the ticket's status and step to what the customer sees. A ticket nobody has answered yet is
 * "received"; one an agent is working on is "in progress", explained by its status or current step.
 */
export function publicProgress(status: TicketStatus, currentStep: Step | null, answered: boolean): PublicProgress {
  if (status === 'closed') return { stage: 'done', index: 2, finalLabel: 'closed', detail: 'closed' };
  if (status === 'resolved') return { stage: 'done', index: 2, finalLabel: 'resolved', detail: 'resolved' };
  if (status === 'pending_customer') return { stage: 'inProgress', index: 1, finalLabel: 'resolved', detail: 'pending_customer' };
  if (status === 'pending_department') return { stage: 'inProgress', index: 1, finalLabel: 'resolved', detail: 'pending_department' };
  if (status === 'escalated') return { stage: 'inProgress', index: 1, finalLabel: 'resolved', detail: 'escalated' };
  const stepped = currentStep && currentStep !== 'listen';
  if (!answered && !stepped) return { stage: 'received', index: 0, finalLabel: 'resolved', detail: 'received' };
  return { stage: 'inProgress', index: 1, finalLabel: 'resolved', detail: currentStep ? `step_${currentStep}` : 'working' };
}
