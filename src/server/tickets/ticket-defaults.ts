import type { Kysely } from 'kysely';
import { defaultCauseTree, flattenCauses } from '../../shared/tickets/causes.ts';
import { defaultSlaPolicies } from '../../shared/tickets/sla-policy.ts';
import type { Tables } from '../db/tables.ts';

/** Seeds the cause taxonomy and SLA policies on a database that has none (every install, demo or not). */
export async function ensureTicketDefaults(db: Kysely<Tables>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const hasCauses = await trx.selectFrom('causes').select('id').limit(1).executeTakeFirst();
    if (!hasCauses) {
      const ids = new Map<string, number>();
      for (const [position, cause] of flattenCauses(defaultCauseTree).entries()) {
        const row = await trx
          .insertInto('causes')
          .values({ key: cause.key, parent_id: cause.parentKey ? ids.get(cause.parentKey)! : null, name_zh: cause.name['zh-CN'], name_en: cause.name.en, route_to: cause.routeTo, active: 1, position })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.set(cause.key, row.id);
      }
    }
    const hasPolicies = await trx.selectFrom('sla_policies').select('id').limit(1).executeTakeFirst();
    if (!hasPolicies) {
      await trx
        .insertInto('sla_policies')
        .values(
          defaultSlaPolicies.map((p) => ({
            name: p.name,
            kind: p.kind,
            priority: p.priority,
            customer_level: p.customerLevel,
            first_response_minutes: p.firstResponseMinutes,
            resolution_minutes: p.resolutionMinutes,
            warn_before_minutes: p.warnBeforeMinutes,
            active: 1,
          })),
        )
        .execute();
    }
  });
}
