import type { Actor } from '../auth/actor.ts';

/** Front-line and quality roles see every ticket. */
export function canReadAllTickets(actor: Actor): boolean {
  return ['admin', 'supervisor', 'agent', 'inspector'].includes(actor.role);
}

/** Who works tickets: takes, replies, moves through the steps. */
export function canWorkTickets(actor: Actor): boolean {
  return ['admin', 'supervisor', 'agent'].includes(actor.role);
}

/** A department member sees only the tickets routed to their department. */
export function canReadTicket(actor: Actor, ticket: { department_id: number | null }): boolean {
  if (canReadAllTickets(actor)) return true;
  return actor.role === 'department_member' && actor.departmentId !== null && ticket.department_id === actor.departmentId;
}

/** Supervisors take escalations and decide compensation beyond an agent's authority. */
export function isSupervising(actor: Actor): boolean {
  return actor.role === 'supervisor' || actor.role === 'admin';
}
