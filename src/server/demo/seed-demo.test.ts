import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrate.ts';
import { createThrowawayDb } from '../test/test-db.ts';
import { testDialects } from '../test/test-db.ts';
import { seedDemo } from './seed-demo.ts';

describe.each(testDialects())('demo company on %s', (dialect) => {
  it('seeds departments, one user per role and customers with purchases once, storing only password hashes', async () => {
    const { db, drop } = await createThrowawayDb(dialect);
    try {
      await migrateToLatest(db);
      const first = await seedDemo(db, undefined, { customers: 50, tickets: 40 });
      expect(first.seeded).toBe(true);
      expect(first.generatedPassword).toMatch(/^[A-Za-z0-9]{14}$/);
      const users = await db.selectFrom('users').leftJoin('departments', 'departments.id', 'users.department_id').select(['email', 'role', 'departments.name as department', 'password_hash']).orderBy('users.id').execute();
      expect(users.map((u) => `${u.email}:${u.role}:${u.department ?? '-'}`)).toEqual([
        'admin@lingting.demo:admin:-',
        'supervisor@lingting.demo:supervisor:客服部',
        'agent1@lingting.demo:agent:客服部',
        'agent2@lingting.demo:agent:客服部',
        'inspector@lingting.demo:inspector:客服部',
        'trainer@lingting.demo:trainer:客服部',
        'rnd@lingting.demo:department_member:研发部',
      ]);
      expect(users.every((u) => u.password_hash.startsWith('$argon2id$') && !u.password_hash.includes(first.generatedPassword!))).toBe(true);
      const departments = await db.selectFrom('departments').select('name').orderBy('id').execute();
      expect(departments.map((d) => d.name)).toEqual(['客服部', '研发部', '生产部', '物流部']);
      const customers = await db.selectFrom('customers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(customers.n)).toBe(50);
      const purchases = await db.selectFrom('purchases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(purchases.n)).toBeGreaterThan(10);
      const tickets = await db.selectFrom('tickets').select(['status', 'kind']).execute();
      expect(tickets).toHaveLength(40);
      expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(['open', 'resolved', 'closed', 'escalated', 'pending_department']));
      expect(new Set(tickets.map((t) => t.kind)).size).toBe(5);
      expect((await seedDemo(db, 'another-password')).seeded).toBe(false);
    } finally {
      await drop();
    }
  });
});
