import type { Generated } from 'kysely';
import type { Locale, Role } from '../../shared/schemas/common.ts';
import type { Channel, ComplaintObject, DifficultType, FollowUpOutcome, Priority, Severity, Step, TicketKind, TicketStatus } from '../../shared/tickets/model.ts';
import type { CourseTables } from '../academy/courses/courses.tables.ts';
import type { ProgressTables } from '../academy/progress/progress.tables.ts';
import type { QuizTables } from '../academy/quizzes/quizzes.tables.ts';
import type { SimulatorTables } from '../academy/simulator/simulator.tables.ts';
import type { TicketFileTables } from '../tickets/ticket-files.tables.ts';

// Timestamps are ISO-8601 UTC strings on both engines, so they sort and compare the same everywhere.

/** Departments: 客服部, 研发部 … */
export type DepartmentsTable = {
  id: Generated<number>;
  name: string;
  kind: string;
  created_at: string;
};

/** User accounts of staff (customers never log in). */
export type UsersTable = {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  department_id: number | null;
  locale: Locale;
  time_zone: string;
  password_hash: string;
  deactivated_at: string | null;
  created_at: string;
  updated_at: string;
};

/** Browser sessions; `id` is the SHA-256 of the cookie value, never the value itself. */
export type SessionsTable = {
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
};

/** Personal API tokens for integrations; only the SHA-256 of the secret is kept. */
export type ApiTokensTable = {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

/** The audit log of sensitive actions, with before and after as JSON text. */
export type AuditLogTable = {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
  created_at: string;
};

/** Company-wide settings as JSON by key (e.g. `cadence`). */
export type CompanySettingsTable = { key: string; value_json: string; updated_at: string };

/** Customers (persons or organisations) with tier, level, segments and the cadence/risk they carry. */
export type CustomersTable = {
  id: Generated<number>;
  kind: 'person' | 'organisation';
  name: string;
  tier: 'current' | 'target' | 'potential';
  level: 'transactional' | 'preferred' | 'partner' | 'strategic';
  seg_business: string | null;
  seg_region: string | null;
  seg_scale: string | null;
  seg_attributes: string | null;
  seg_values: string | null;
  owner_id: number | null;
  source: string | null;
  referrer_id: number | null;
  referral_count: Generated<number>;
  notes: string | null;
  last_contact_at: string | null;
  /** The local calendar day of the last contact, in the time zone of whoever logged it. */
  last_contact_on: string | null;
  next_contact_due_on: string;
  risk_score: Generated<number>;
  created_at: string;
  updated_at: string;
};

/** Free tags of customers. */
export type CustomerTagsTable = { customer_id: number; tag: string };

/** Phones, emails, WeChat ids and addresses; phones also stored reversed for search by last digits. */
export type CustomerContactsTable = {
  id: Generated<number>;
  customer_id: number;
  kind: 'phone' | 'email' | 'wechat' | 'address';
  value: string;
  value_reversed: string | null;
  label: string | null;
  is_primary: number;
  created_at: string;
};

/** The product catalogue. */
export type ProductsTable = { id: Generated<number>; name: string; model: string | null; category: string | null; created_at: string };

/** Service commitments that define warranty windows (booleans as 0/1 on both engines). */
export type ServiceCommitmentsTable = {
  id: Generated<number>;
  kind: 'exchange' | 'repair' | 'refund' | 'maintenance';
  name: string;
  days: number;
  condition: string;
  nationwide: number;
  active: number;
  created_at: string;
};

/** What customers bought, when and where; price in cents. */
export type PurchasesTable = {
  id: Generated<number>;
  customer_id: number;
  product_id: number;
  serial: string | null;
  purchased_on: string;
  channel: string | null;
  price_cents: number | null;
  created_at: string;
};

/** Every contact with a customer, for the one timeline. */
export type InteractionsTable = {
  id: Generated<number>;
  customer_id: number;
  kind: 'call' | 'visit' | 'email' | 'note' | 'ticket' | 'follow_up' | 'survey' | 'purchase' | 'merge';
  direction: 'inbound' | 'outbound' | null;
  summary: string;
  occurred_at: string;
  actor_id: number | null;
  ref_type: string | null;
  ref_id: string | null;
  created_at: string;
};

/** Per-company coach rules: banned or preferred phrases with their own examples (JSON arrays as text). */
export type CoachRulesTable = {
  id: Generated<number>;
  kind: 'banned' | 'preferred';
  phrase: string;
  category: string;
  severity: 'error' | 'warning' | 'hint';
  message_zh: string;
  message_en: string;
  suggestion_zh: string;
  suggestion_en: string;
  positive_examples: string;
  negative_examples: string;
  active: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

/** The admin-editable cause taxonomy, a tree; `route_to` names the department kind that owns such issues. */
export type CausesTable = {
  id: Generated<number>;
  key: string;
  parent_id: number | null;
  name_zh: string;
  name_en: string;
  route_to: string | null;
  active: number;
  position: number;
};

/** SLA targets in business minutes by kind, priority and customer level (null = any). */
export type SlaPoliciesTable = {
  id: Generated<number>;
  name: string;
  kind: string | null;
  priority: string | null;
  customer_level: string | null;
  first_response_minutes: number;
  resolution_minutes: number;
  warn_before_minutes: number;
  active: number;
};

/** The last ticket sequence number handed out per local day. */
export type TicketCountersTable = { day: string; last: number };

/** Tickets: every contact, complaints guided through the six steps; `step_state` and `resolution` are JSON. */
export type TicketsTable = {
  id: Generated<number>;
  number: string;
  kind: TicketKind;
  channel: Channel;
  customer_id: number;
  subject: string;
  status: TicketStatus;
  current_step: Step | null;
  step_state: string;
  object: ComplaintObject | null;
  content: string | null;
  purchase_or_service_time: string | null;
  problem_time: string | null;
  usage: string | null;
  customer_request: string | null;
  cause_key: string | null;
  severity: Severity;
  priority: Priority;
  difficult_type: DifficultType | null;
  owner_id: number | null;
  department_id: number | null;
  purchase_id: number | null;
  resolution: string | null;
  sla_policy_id: number | null;
  first_response_due_at: string | null;
  resolution_due_at: string | null;
  /** The SLA due time while the ticket is open, null once closed: the sort key of every work queue. */
  queue_due_at: string | null;
  first_responded_at: string | null;
  sla_breached_at: string | null;
  escalation_reason: string | null;
  /** The business policy a customer's request was judged unreasonable against (counted for policy review). */
  unreasonable_policy: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  public_key_hash: string;
  /** The emotion read from the customer's latest message (calm, anxious, angry); null before any. Optional on insert. */
  customer_emotion?: 'calm' | 'anxious' | 'angry' | null;
  /** The customer's words that showed that emotion. */
  customer_emotion_cue?: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
};

/** Free tags of tickets. */
export type TicketTagsTable = { ticket_id: number; tag: string };

/** Customer messages, agent replies, department answers and internal notes; coach findings as JSON. */
export type TicketMessagesTable = {
  id: Generated<number>;
  ticket_id: number;
  author_kind: 'customer' | 'agent' | 'department' | 'system';
  author_id: number | null;
  visibility: 'public' | 'internal';
  body: string;
  findings: string | null;
  created_at: string;
};

/** The history of every change to a ticket. */
export type TicketEventsTable = { id: Generated<number>; ticket_id: number; actor_id: number | null; type: string; data: string | null; created_at: string };

/** Compensation offered on a ticket; above the requester's authority it waits for a supervisor. */
export type CompensationsTable = {
  id: Generated<number>;
  ticket_id: number;
  type: string;
  amount_cents: number;
  description: string;
  status: 'approved' | 'pending' | 'rejected';
  requested_by: number | null;
  decided_by: number | null;
  decision_note: string | null;
  decided_at: string | null;
  created_at: string;
};

/** Follow-up visits 回访 scheduled after closing. */
export type FollowUpsTable = {
  id: Generated<number>;
  ticket_id: number;
  assignee_id: number | null;
  due_at: string;
  status: 'pending' | 'done';
  outcome: FollowUpOutcome | null;
  note: string | null;
  done_at: string | null;
  created_at: string;
};

/** A supervisor's evaluation of a handled difficult case: rubric scores (JSON) and a comment. */
export type CaseEvaluationsTable = { ticket_id: number; evaluator_id: number | null; scores: string; comment: string; created_at: string };

/** Background jobs (SLA timers, reminders) that survive restarts. */
export type JobsTable = {
  id: Generated<number>;
  kind: string;
  run_at: string;
  payload: string;
  locked_until: string | null;
  attempts: Generated<number>;
  done_at: string | null;
  created_at: string;
};

/** Self-assessments a person scored in the academy; `answers` and `flags` are JSON arrays. */
export type AssessmentResultsTable = {
  id: Generated<number>;
  user_id: number;
  key: string;
  answers: string;
  total: number;
  band: string;
  flags: string;
  created_at: string;
};

/** Every table, for Kysely. */
export type Tables = {
  causes: CausesTable;
  sla_policies: SlaPoliciesTable;
  ticket_counters: TicketCountersTable;
  tickets: TicketsTable;
  ticket_tags: TicketTagsTable;
  ticket_messages: TicketMessagesTable;
  ticket_events: TicketEventsTable;
  compensations: CompensationsTable;
  follow_ups: FollowUpsTable;
  jobs: JobsTable;
  case_evaluations: CaseEvaluationsTable;
  company_settings: CompanySettingsTable;
  customers: CustomersTable;
  customer_tags: CustomerTagsTable;
  customer_contacts: CustomerContactsTable;
  products: ProductsTable;
  service_commitments: ServiceCommitmentsTable;
  purchases: PurchasesTable;
  interactions: InteractionsTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  coach_rules: CoachRulesTable;
  assessment_results: AssessmentResultsTable;
} & CourseTables &
  QuizTables &
  SimulatorTables &
  TicketFileTables &
  ProgressTables;
