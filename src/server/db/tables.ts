import type { Generated } from 'kysely';
import type { Locale, Role } from '../../shared/schemas/common.ts';

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

/** Every table, for Kysely. */
export type Tables = {
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
};
