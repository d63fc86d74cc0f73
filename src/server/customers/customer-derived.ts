import type { Kysely } from 'kysely';
import { defaultCadence, type CadenceRules } from '../../shared/customers/cadence.ts';
import { cadenceRulesSchema } from '../../shared/schemas/customers.ts';
import type { Tables } from '../db/tables.ts';
import { selectCommitments, selectPurchasesOf } from '../purchases/purchases.queries.ts';
import { derive } from './customer-view.ts';
import { selectSetting } from '../settings/settings.queries.ts';
import { findCustomer, selectCustomerFacts } from './customers.queries.ts';

/** The company's contact cadence rules (the method's defaults until an admin changes them). */
export async function loadCadence(db: Kysely<Tables>): Promise<CadenceRules> {
  const parsed = cadenceRulesSchema.safeParse(await selectSetting(db, 'cadence'));
  return parsed.success ? parsed.data : defaultCadence;
}

/** Recomputes and stores what lists filter on — next contact due day and churn-risk score — for one customer. */
export async function refreshDerived(db: Kysely<Tables>, customerId: number, timeZone: string): Promise<void> {
  const row = await findCustomer(db, customerId);
  if (!row) return;
  const [purchases, facts, rules, commitments] = await Promise.all([
    selectPurchasesOf(db, customerId),
    selectCustomerFacts(db, customerId),
    loadCadence(db),
    selectCommitments(db),
  ]);
  const derived = derive(row, { purchases, ...facts }, rules, commitments, timeZone);
  await db
    .updateTable('customers')
    .set({ next_contact_due_on: derived.contactDueOn, risk_score: derived.risk.score })
    .where('id', '=', customerId)
    .execute();
}
