/** What a contact is about: a complaint, a grievance not yet a complaint, an inquiry, a request or a suggestion. */
export const ticketKinds = ['complaint', 'grievance', 'inquiry', 'request', 'suggestion'] as const;
/** A ticket kind. */
export type TicketKind = (typeof ticketKinds)[number];

/** Where a contact came in. */
export const channels = ['phone', 'web', 'email', 'walk_in', 'outbound', 'feedback_form'] as const;
/** A channel. */
export type Channel = (typeof channels)[number];

/** The six steps of handling a complaint, in order. */
export const steps = ['listen', 'apologise', 'ask', 'record', 'resolve', 'close'] as const;
/** One of the six steps. */
export type Step = (typeof steps)[number];

/** Kinds that are guided through the six steps. */
export const guidedKinds: readonly TicketKind[] = ['complaint', 'grievance'];

/** The difficult-customer types, each with its playbook. */
export const difficultTypes = ['emotional', 'stubborn', 'talkative', 'arrogant', 'boss_demanding', 'picky'] as const;
/** A difficult-customer type. */
export type DifficultType = (typeof difficultTypes)[number];

/** Where a ticket stands. */
export const ticketStatuses = ['open', 'pending_customer', 'pending_department', 'escalated', 'resolved', 'closed'] as const;
/** A ticket status. */
export type TicketStatus = (typeof ticketStatuses)[number];

/** How serious the matter is. */
export const severities = ['low', 'medium', 'high', 'critical'] as const;
/** A severity. */
export type Severity = (typeof severities)[number];

/** How soon it must be handled. */
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
/** A priority. */
export type Priority = (typeof priorities)[number];

/** Ways a complaint is resolved. */
export const resolutionTypes = ['exchange', 'repair', 'refund', 'compensation', 'explanation', 'apology_letter'] as const;
/** A resolution type. */
export type ResolutionType = (typeof resolutionTypes)[number];

/** What a complaint is about. */
export const complaintObjects = ['product', 'service', 'staff'] as const;
/** The object of a complaint. */
export type ComplaintObject = (typeof complaintObjects)[number];

/** The mandated record fields of a complaint (beyond customer name and contact, which come from the customer). */
export const recordFields = ['object', 'content', 'purchaseOrServiceTime', 'problemTime', 'usage', 'customerRequest'] as const;
/** A mandated record field. */
export type RecordField = (typeof recordFields)[number];

/** Outcomes of a follow-up visit 回访. */
export const followUpOutcomes = ['satisfied', 'not_satisfied', 'new_need', 'unreachable'] as const;
/** A follow-up outcome. */
export type FollowUpOutcome = (typeof followUpOutcomes)[number];
