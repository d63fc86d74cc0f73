import type { Actor } from '../auth/actor.ts';

/** Staff who work with customers every day may read the archive. */
export function canReadCustomers(actor: Actor): boolean {
  return ['admin', 'supervisor', 'agent', 'inspector'].includes(actor.role);
}

/** Staff who create and change customers, contacts, purchases and interactions. */
export function canWriteCustomers(actor: Actor): boolean {
  return ['admin', 'supervisor', 'agent'].includes(actor.role);
}

/** Bulk operations: import, export and merge. */
export function canManageCustomerData(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'supervisor';
}

/** Roles that see phone numbers and emails in full; everyone else sees them masked and may reveal one (audited). */
export function seesFullContacts(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'supervisor';
}
