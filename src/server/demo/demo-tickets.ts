import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/create-db.ts';
import { stepAction } from '../tickets/ticket-steps.service.ts';
import { addMessage, escalate, route } from '../tickets/ticket-work.service.ts';
import { createTicket, updateTicket } from '../tickets/tickets.service.ts';
import { demoScenarios, demoStages, type DemoScenario, type DemoStage } from './demo-ticket-scenarios.ts';

async function actorFor(db: Db, email: string): Promise<Actor> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'department_id as departmentId', 'locale', 'time_zone as timeZone'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

const version = async (db: Db, id: number) => (await db.selectFrom('tickets').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

function fullRecord(s: DemoScenario) {
  return { object: s.object, content: s.customer.join(''), purchaseOrServiceTime: '2026-10-28', problemTime: '2026-11-18', usage: s.usage, customerRequest: s.request };
}

async function advanceTo(db: Db, agent: Actor, id: number, s: DemoScenario, stage: DemoStage) {
  const guided = s.kind === 'complaint' || s.kind === 'grievance';
  const order: DemoStage[] = ['asking', 'recorded', 'resolved', 'closed'];
  const reach = (target: DemoStage) => order.indexOf(stage) >= order.indexOf(target);
  if (guided && reach('asking')) {
    await stepAction(db, agent, id, { action: 'listen', version: await version(db, id) });
    await stepAction(db, agent, id, { action: 'apologise', version: await version(db, id) });
  }
  if (guided && reach('recorded')) {
    await stepAction(db, agent, id, { action: 'ask', version: await version(db, id), questionKinds: ['targeted', 'clarifying'] });
    await updateTicket(db, agent, id, { version: await version(db, id), record: fullRecord(s) });
  }
  if (reach('resolved')) {
    const commitAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    await stepAction(db, agent, id, { action: 'resolve', version: await version(db, id), type: s.object === 'product' ? 'exchange' : 'explanation', summary: `已按客户要求处理：${s.request}`, commitAt, customerInformed: true });
  }
  if (reach('closed')) await stepAction(db, agent, id, { action: 'close', version: await version(db, id), customerAccepted: true });
}

/**
 * Seeds demo tickets through the same services agents use, so every one is consistent: spread over every
 * kind, channel, cause, step and SLA state, with conversations, escalations, routing and follow-ups.
 */
export async function seedDemoTickets(db: Db, count: number): Promise<void> {
  const agents = [await actorFor(db, 'agent1@lingting.demo'), await actorFor(db, 'agent2@lingting.demo')];
  const customers = await db.selectFrom('customers').select('id').orderBy('id').limit(count).execute();
  const departments = await db.selectFrom('departments').select(['id', 'kind']).execute();
  for (let i = 0; i < count && customers.length; i++) {
    const s = demoScenarios[i % demoScenarios.length];
    const stage = demoStages[(i + Math.floor(i / demoScenarios.length)) % demoStages.length];
    const agent = agents[i % agents.length];
    const id = await createTicket(db, agent, {
      kind: s.kind, channel: s.channel, customerId: customers[i % customers.length].id, subject: s.subject,
      record: { content: s.customer[0] }, causeKey: s.causeKey, severity: s.severity, priority: s.priority,
      difficultType: s.difficultType, tags: [], customerMessage: s.customer[0],
    });
    for (const text of s.customer.slice(1)) await addMessage(db, agent, id, { body: text, visibility: 'public', author: 'customer' });
    if (stage !== 'new') for (const text of s.agent) await addMessage(db, agent, id, { body: text, visibility: 'public', author: 'agent' });
    await advanceTo(db, agent, id, s, stage);
    if (stage === 'escalated') await escalate(db, agent, id, { version: await version(db, id), reason: '客户要求主管出面处理' });
    if (stage === 'routed') {
      const target = departments.find((d) => d.kind === (s.causeKey === 'delivery' ? 'logistics' : 'rnd'));
      if (target) await route(db, agent, id, { version: await version(db, id), departmentId: target.id, note: '请协助核实问题原因，并给出处理建议' });
    }
    if (stage === 'breached') {
      const past = new Date(Date.now() - 3 * 3600_000).toISOString();
      await db.updateTable('tickets').set({ first_response_due_at: past, resolution_due_at: past, queue_due_at: past, sla_breached_at: past }).where('id', '=', id).execute();
    }
  }
  // Some follow-ups fall due today, so the follow-up queue has work on first start.
  const followUps = await db.selectFrom('follow_ups').select('id').where('status', '=', 'pending').execute();
  const dueNow = followUps.filter((_, i) => i % 2 === 0).map((f) => f.id);
  if (dueNow.length) await db.updateTable('follow_ups').set({ due_at: new Date().toISOString() }).where('id', 'in', dueNow).execute();
}
