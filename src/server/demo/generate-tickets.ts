import { localDate } from '../../shared/customers/dates.ts';
import { initialStepState } from '../../shared/tickets/steps.ts';
import { formatTicketNumber } from '../../shared/tickets/ticket-number.ts';
import { sha256 } from '../auth/secrets.ts';
import type { Db } from '../db/create-db.ts';
import { documentTokens } from '../search/tokens.ts';
import { indexTokensBulk } from '../search/text-search.ts';
import { demoScenarios } from './demo-ticket-scenarios.ts';

const products = ['华为 Mate 60', '小米 14', 'OPPO Reno11', 'vivo X100', 'iPhone 15', '荣耀 Magic6', '千兆宽带', '家庭融合套餐'];
const cities = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安'];
const symptoms = ['黑屏', '发烫', '屏幕出现黑点', '自动重启', '信号差', '掉线', '充不进电', '扣费异常', '网速慢', '无法开机'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * Bulk-generates realistic Chinese tickets with five messages each for benchmarks (`lingting generate
 * --tickets N`): spread over the past year, every kind and cause, about a third still open.
 */
export async function generateTickets(db: Db, options: { count: number; seed?: number }): Promise<void> {
  const rand = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const customers = (await db.selectFrom('customers').select('id').limit(50_000).execute()).map((c) => c.id);
  const owners = (await db.selectFrom('users').select('id').where('role', '=', 'agent').execute()).map((u) => u.id);
  if (!customers.length || !owners.length) throw new Error('generate needs customers and agents first (seed the demo)');
  const counters = new Map<string, number>();
  const now = Date.now();
  for (let done = 0; done < options.count; done += 1000) {
    const batch = Math.min(1000, options.count - done);
    await db.transaction().execute(async (trx) => {
      const rows = Array.from({ length: batch }, () => {
        const s = pick(demoScenarios);
        const created = new Date(now - Math.floor(rand() * 365 * 86_400_000));
        const day = localDate(created, 'Asia/Shanghai');
        const sequence = (counters.get(day) ?? 0) + 1;
        counters.set(day, sequence);
        const open = rand() < 0.3;
        const due = new Date(created.getTime() + 3 * 86_400_000).toISOString();
        const symptom = pick(symptoms);
        const product = pick(products);
        const texts = [`${product}${symptom}，${s.customer[0]}`, s.agent[0], `我在${pick(cities)}，${s.customer.at(-1)}`, s.agent.at(-1)!, `好的，${product}的问题请尽快处理`];
        return {
          ticket: {
            number: formatTicketNumber(created, sequence, 'Asia/Shanghai'),
            kind: s.kind, channel: s.channel, customer_id: pick(customers), subject: `${product}${symptom}`,
            status: open ? ('open' as const) : ('closed' as const), current_step: s.kind === 'complaint' || s.kind === 'grievance' ? ('listen' as const) : null,
            step_state: JSON.stringify(initialStepState(s.kind)), object: s.object, content: texts[0], purchase_or_service_time: null,
            problem_time: null, usage: s.usage, customer_request: s.request, cause_key: s.causeKey, severity: s.severity, priority: s.priority,
            difficult_type: s.difficultType, owner_id: pick(owners), department_id: null, purchase_id: null, resolution: null, sla_policy_id: null,
            first_response_due_at: due, resolution_due_at: due, queue_due_at: open ? due : null, first_responded_at: created.toISOString(),
            sla_breached_at: null, escalation_reason: null, unreasonable_policy: null, resolved_at: open ? null : due, closed_at: open ? null : due,
            public_key_hash: sha256(String(rand())), created_at: created.toISOString(), updated_at: created.toISOString(),
          },
          texts,
        };
      });
      const ids: { id: number }[] = [];
      // Under SQLite's limit of 32,766 bound values per statement (36 columns × 500 rows).
      for (let i = 0; i < rows.length; i += 500) ids.push(...(await trx.insertInto('tickets').values(rows.slice(i, i + 500).map((r) => r.ticket)).returning('id').execute()));
      const messages = rows.flatMap((r, i) =>
        r.texts.map((body, j) => ({ ticket_id: ids[i].id, author_kind: j % 2 === 0 ? ('customer' as const) : ('agent' as const), author_id: j % 2 === 0 ? null : r.ticket.owner_id, visibility: 'public' as const, body, findings: null, created_at: r.ticket.created_at })),
      );
      for (let i = 0; i < messages.length; i += 1000) await trx.insertInto('ticket_messages').values(messages.slice(i, i + 1000)).execute();
      await indexTokensBulk(trx, db.dialectName, 'ticket_search', rows.map((r, i) => ({ id: ids[i].id, tokens: documentTokens([r.ticket.subject, r.ticket.usage, ...r.texts].join('\n'), { anyPart: true }) })));
    });
  }
  for (const [day, last] of counters) {
    await db.insertInto('ticket_counters').values({ day, last }).onConflict((oc) => oc.column('day').doUpdateSet({ last })).execute();
  }
}
