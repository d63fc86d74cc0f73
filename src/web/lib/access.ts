import type { Role } from '../../shared/schemas/common.ts';

/** The top-level sections of the app, in navigation order. */
export const sections = ['desk', 'tickets', 'follow-ups', 'board', 'customers', 'satisfaction', 'quality', 'reports', 'academy', 'settings'] as const;
/** One top-level section. */
export type Section = (typeof sections)[number];

// Which roles see which section. The server enforces access on every route; this only shapes the navigation.
const sectionRoles: Record<Section, readonly Role[]> = {
  desk: ['admin', 'supervisor', 'agent', 'inspector', 'trainer', 'department_member'],
  tickets: ['admin', 'supervisor', 'agent', 'inspector', 'department_member'],
  'follow-ups': ['admin', 'supervisor', 'agent'],
  board: ['admin', 'supervisor'],
  customers: ['admin', 'supervisor', 'agent', 'inspector'],
  satisfaction: ['admin', 'supervisor', 'agent', 'inspector'],
  quality: ['admin', 'supervisor', 'inspector', 'trainer'],
  reports: ['admin', 'supervisor', 'inspector'],
  academy: ['admin', 'supervisor', 'agent', 'inspector', 'trainer'],
  settings: ['admin'],
};

/** Whether a role may open a section. */
export function canSee(role: Role, section: Section): boolean {
  return sectionRoles[section].includes(role);
}

/** The sections a role sees in the navigation, in order. */
export function sectionsFor(role: Role): Section[] {
  return sections.filter((section) => canSee(role, section));
}

/** Whether a role may change the customer archive (inspectors only read it, with contacts masked). */
export function canWriteCustomers(role: Role): boolean {
  return role === 'admin' || role === 'supervisor' || role === 'agent';
}

/** Whether a role may import, export and merge customers. */
export function canManageCustomers(role: Role): boolean {
  return role === 'admin' || role === 'supervisor';
}

/** Whether a role works tickets: takes calls, replies, moves through the six steps (the server's workers). */
export function canWorkTickets(role: Role): boolean {
  return role === 'admin' || role === 'supervisor' || role === 'agent';
}

/** Whether a role supervises: takes escalations, de-escalates, sees everyone's follow-ups. */
export function isSupervisorRole(role: Role): boolean {
  return role === 'admin' || role === 'supervisor';
}

/** Whether a role may use the search across tickets and customers (the header box and `/search`). */
export function canSearch(role: Role): boolean {
  return role === 'admin' || role === 'supervisor' || role === 'agent' || role === 'inspector';
}
