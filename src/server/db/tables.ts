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

/** Every table, for Kysely. */
export type Tables = {
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
};
