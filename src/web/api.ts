// Typed fetch wrapper for /api/v1: JSON in and out, the UI language as Accept-Language, the CSRF token on
// writes, and one ApiError carrying the server's code, message and per-field problems.
import type { z } from 'zod';
import type { auditEntrySchema, listAuditQuerySchema } from '../shared/schemas/audit.ts';
import type { changePasswordBodySchema, loginBodySchema, meSchema, updatePreferencesBodySchema } from '../shared/schemas/auth.ts';
import type { Locale, Role } from '../shared/schemas/common.ts';
import type {
  cadenceRulesSchema,
  contactInputSchema,
  contactSchema,
  createCustomerBodySchema,
  customerListItemSchema,
  customerSchema,
  duplicateSchema,
  entitlementSchema,
  importPreviewSchema,
  importRequestSchema,
  importResultSchema,
  importRowErrorSchema,
  interactionSchema,
  listCustomersQuerySchema,
  logInteractionBodySchema,
  productBodySchema,
  productSchema,
  purchaseBodySchema,
  purchaseSchema,
  serviceCommitmentBodySchema,
  serviceCommitmentSchema,
  updateCustomerBodySchema,
} from '../shared/schemas/customers.ts';
import type { departmentBodySchema, departmentSchema } from '../shared/schemas/departments.ts';
import type { healthSchema } from '../shared/schemas/health.ts';
import type { apiTokenSchema, createTokenBodySchema, createTokenResponseSchema } from '../shared/schemas/tokens.ts';
import type {
  createUserBodySchema,
  createUserResponseSchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userSchema,
} from '../shared/schemas/users.ts';

/** The signed-in user with the CSRF token to send back on writes. */
export type Me = z.output<typeof meSchema>;
/** Body of a login. */
export type LoginBody = z.input<typeof loginBodySchema>;
/** Body of a change of one's own preferences. */
export type PreferencesBody = z.input<typeof updatePreferencesBodySchema>;
/** Body of a change of one's own password. */
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;
/** A user account as admins see it. */
export type User = z.output<typeof userSchema>;
/** Body of creating a user. */
export type CreateUserBody = z.input<typeof createUserBodySchema>;
/** The created user and its temporary password. */
export type CreateUserResponse = z.output<typeof createUserResponseSchema>;
/** Body of changing a user. */
export type UpdateUserBody = z.input<typeof updateUserBodySchema>;
/** Filters of the user list (without paging). */
export type UserFilters = Partial<Pick<z.output<typeof listUsersQuerySchema>, 'role' | 'q'>>;
/** A department. */
export type Department = z.output<typeof departmentSchema>;
/** Body of creating or renaming a department. */
export type DepartmentBody = z.input<typeof departmentBodySchema>;
/** A personal API token (without its secret). */
export type ApiToken = z.output<typeof apiTokenSchema>;
/** Body of creating a personal API token. */
export type CreateTokenBody = z.input<typeof createTokenBodySchema>;
/** A new token's record and secret. */
export type CreateTokenResponse = z.output<typeof createTokenResponseSchema>;
/** An audit log entry. */
export type AuditEntry = z.output<typeof auditEntrySchema>;
/** Filters of the audit log (without paging). */
export type AuditFilters = Partial<Pick<z.output<typeof listAuditQuerySchema>, 'action' | 'actorId' | 'entityType'>>;
/** The health answer. */
export type Health = z.output<typeof healthSchema>;
/** One row of the customer list. */
export type CustomerListItem = z.output<typeof customerListItemSchema>;
/** Filters of the customer list and its export (without paging). */
export type CustomerFilters = Partial<Omit<z.output<typeof listCustomersQuerySchema>, 'cursor' | 'limit'>>;
/** The customer 360 view. */
export type Customer = z.output<typeof customerSchema>;
/** A contact detail as shown (possibly masked). */
export type Contact = z.output<typeof contactSchema>;
/** A contact detail as sent. */
export type ContactInput = z.input<typeof contactInputSchema>;
/** Body of creating a customer. */
export type CreateCustomerBody = z.input<typeof createCustomerBodySchema>;
/** Body of changing a customer's profile. */
export type UpdateCustomerBody = z.input<typeof updateCustomerBodySchema>;
/** A customer sharing a phone or email with one being created. */
export type DuplicateCustomer = z.output<typeof duplicateSchema>;
/** One timeline entry. */
export type Interaction = z.output<typeof interactionSchema>;
/** Body of logging a call, visit, email or note. */
export type LogInteractionBody = z.input<typeof logInteractionBodySchema>;
/** A purchase with its warranty state. */
export type Purchase = z.output<typeof purchaseSchema>;
/** One service commitment applied to a purchase. */
export type Entitlement = z.output<typeof entitlementSchema>;
/** Body of adding a purchase. */
export type PurchaseBody = z.input<typeof purchaseBodySchema>;
/** A product of the catalogue. */
export type Product = z.output<typeof productSchema>;
/** Body of creating a product. */
export type ProductBody = z.input<typeof productBodySchema>;
/** A service commitment. */
export type ServiceCommitment = z.output<typeof serviceCommitmentSchema>;
/** Body of creating or changing a service commitment. */
export type ServiceCommitmentBody = z.input<typeof serviceCommitmentBodySchema>;
/** The contact cadence rules, in days. */
export type CadenceRules = z.output<typeof cadenceRulesSchema>;
/** What an import file looks like before mapping. */
export type ImportPreview = z.output<typeof importPreviewSchema>;
/** An import request (dry run or commit). */
export type ImportRequest = z.input<typeof importRequestSchema>;
/** The outcome of an import or its dry run. */
export type ImportResult = z.output<typeof importResultSchema>;
/** One bad row of an import file. */
export type ImportRowError = z.output<typeof importRowErrorSchema>;
/** One keyset page. */
export type Page<T> = { items: T[]; nextCursor: string | null };
export type { Locale, Role };

/** One field problem reported by the API. */
export type FieldError = { field: string; message: string };

/** An error answer of the API (or a network failure, code `network`), with its message in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let language: Locale = 'zh-CN';

/** Remembers the latest CSRF token (from login and `/auth/me` answers). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Sets the language sent as Accept-Language, so API messages match the UI. */
export function setApiLanguage(locale: Locale): void {
  language = locale;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined | null>;

function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseFields(details: unknown): FieldError[] {
  if (typeof details !== 'object' || details === null || !('fields' in details)) return [];
  const fields = (details as { fields: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldError => typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string',
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const error = body.error;
    if (error && typeof error.code === 'string' && typeof error.message === 'string') {
      return new ApiError(response.status, error.code, error.message, parseFields(error.details), error.details);
    }
  } catch {
    // not JSON: fall through to a generic error
  }
  return new ApiError(response.status, 'http_error', `HTTP ${response.status}`);
}

async function send(method: Method, path: string, body: unknown, query: Query | undefined): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(`/api/v1${path}${toQueryString(query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
}

/** Calls the API and returns the parsed JSON; a stale CSRF token is refreshed once and the write retried. */
export async function request<T>(method: Method, path: string, options: { body?: unknown; query?: Query } = {}): Promise<T> {
  let response = await send(method, path, options.body, options.query);
  if (response.status === 403 && method !== 'GET') {
    const error = await toApiError(response.clone());
    if (error.code !== 'csrf_invalid') throw error;
    const me = await send('GET', '/auth/me', undefined, undefined);
    if (!me.ok) throw error;
    setCsrfToken(((await me.json()) as Me).csrfToken);
    response = await send(method, path, options.body, options.query);
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** Downloads a file answer of the API (e.g. an export) and hands it to the browser under its own name. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await send('GET', path, undefined, query);
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The typed calls of every endpoint the web client uses. */
export const api = {
  login: async (body: LoginBody) => remember(await request<Me>('POST', '/auth/login', { body })),
  me: async () => remember(await request<Me>('GET', '/auth/me')),
  updateMe: async (body: PreferencesBody) => remember(await request<Me>('PATCH', '/auth/me', { body })),
  changePassword: (body: ChangePasswordBody) => request<{ ok: true }>('POST', '/auth/password', { body }),
  logout: async () => {
    const result = await request<{ ok: true }>('POST', '/auth/logout');
    setCsrfToken(null);
    return result;
  },
  listUsers: (query: UserFilters & { cursor?: string; limit?: number }) => request<Page<User>>('GET', '/users', { query }),
  createUser: (body: CreateUserBody) => request<CreateUserResponse>('POST', '/users', { body }),
  updateUser: (id: number, body: UpdateUserBody) => request<User>('PATCH', `/users/${id}`, { body }),
  resetPassword: (id: number) => request<{ temporaryPassword: string }>('POST', `/users/${id}/reset-password`),
  listDepartments: () => request<Department[]>('GET', '/departments'),
  createDepartment: (body: DepartmentBody) => request<Department>('POST', '/departments', { body }),
  updateDepartment: (id: number, body: DepartmentBody) => request<Department>('PUT', `/departments/${id}`, { body }),
  deleteDepartment: (id: number) => request<{ ok: true }>('DELETE', `/departments/${id}`),
  listTokens: () => request<ApiToken[]>('GET', '/tokens'),
  createToken: (body: CreateTokenBody) => request<CreateTokenResponse>('POST', '/tokens', { body }),
  revokeToken: (id: number) => request<ApiToken>('DELETE', `/tokens/${id}`),
  listAudit: (query: AuditFilters & { cursor?: string; limit?: number }) => request<Page<AuditEntry>>('GET', '/audit', { query }),
  health: () => request<Health>('GET', '/health'),
  listCustomers: (query: CustomerFilters & { cursor?: string; limit?: number }) => request<Page<CustomerListItem>>('GET', '/customers', { query }),
  createCustomer: (body: CreateCustomerBody) => request<Customer>('POST', '/customers', { body }),
  getCustomer: (id: number) => request<Customer>('GET', `/customers/${id}`),
  updateCustomer: (id: number, body: UpdateCustomerBody) => request<Customer>('PATCH', `/customers/${id}`, { body }),
  addContact: (id: number, body: ContactInput & { allowDuplicate?: boolean }) => request<Contact[]>('POST', `/customers/${id}/contacts`, { body }),
  removeContact: (id: number, contactId: number) => request<{ ok: true }>('DELETE', `/customers/${id}/contacts/${contactId}`),
  revealContact: (id: number, contactId: number) => request<{ value: string }>('POST', `/customers/${id}/contacts/${contactId}/reveal`),
  customerTimeline: (id: number, query: { cursor?: string; limit?: number }) => request<Page<Interaction>>('GET', `/customers/${id}/timeline`, { query }),
  logInteraction: (id: number, body: LogInteractionBody) => request<{ ok: true }>('POST', `/customers/${id}/interactions`, { body }),
  mergeCustomer: (id: number, sourceId: number) => request<Customer>('POST', `/customers/${id}/merge`, { body: { sourceId } }),
  getCadence: () => request<CadenceRules>('GET', '/customers/cadence'),
  setCadence: (body: CadenceRules) => request<CadenceRules>('PUT', '/customers/cadence', { body }),
  previewImport: (body: { filename: string; contentBase64: string }) => request<ImportPreview>('POST', '/customers/import/preview', { body }),
  importCustomers: (body: ImportRequest) => request<ImportResult>('POST', '/customers/import', { body }),
  exportCustomers: (filters: CustomerFilters, format: 'csv' | 'xlsx') =>
    download('/customers/export', { ...filters, format }, `customers.${format}`),
  listProducts: () => request<Product[]>('GET', '/products'),
  createProduct: (body: ProductBody) => request<Product>('POST', '/products', { body }),
  createPurchase: (body: PurchaseBody) => request<Purchase>('POST', '/purchases', { body }),
  deletePurchase: (id: number) => request<{ ok: true }>('DELETE', `/purchases/${id}`),
  listCommitments: () => request<ServiceCommitment[]>('GET', '/service-commitments'),
  createCommitment: (body: ServiceCommitmentBody) => request<ServiceCommitment>('POST', '/service-commitments', { body }),
  updateCommitment: (id: number, body: ServiceCommitmentBody) => request<ServiceCommitment>('PUT', `/service-commitments/${id}`, { body }),
};

function remember(me: Me): Me {
  setCsrfToken(me.csrfToken);
  return me;
}
