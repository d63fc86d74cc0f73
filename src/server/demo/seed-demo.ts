import type { Role } from '../../shared/schemas/common.ts';
import { hashPassword, newTemporaryPassword } from '../auth/secrets.ts';
import { localDate } from '../../shared/customers/dates.ts';
import type { Db } from '../db/create-db.ts';
import { ensureTicketDefaults } from '../tickets/ticket-defaults.ts';
import { seedDemoTickets } from './demo-tickets.ts';
import { seedCustomers } from './seed-customers.ts';
import { seedCourses } from '../academy/courses/courses.seed.ts';
import { seedQuizzes } from '../academy/quizzes/quizzes.seed.ts';

const demoDepartments = [
  { name: '客服部', kind: 'service' },
  { name: '研发部', kind: 'rnd' },
  { name: '生产部', kind: 'production' },
  { name: '物流部', kind: 'logistics' },
] as const;

/** The demo staff: one user per role, with the department each belongs to. */
export const demoUsers: { email: string; name: string; role: Role; department: string | null }[] = [
  { email: 'admin@lingting.demo', name: '王管理', role: 'admin', department: null },
  { email: 'supervisor@lingting.demo', name: '李主管', role: 'supervisor', department: '客服部' },
  { email: 'agent1@lingting.demo', name: '张晓雯', role: 'agent', department: '客服部' },
  { email: 'agent2@lingting.demo', name: '陈志强', role: 'agent', department: '客服部' },
  { email: 'inspector@lingting.demo', name: '赵质检', role: 'inspector', department: '客服部' },
  { email: 'trainer@lingting.demo', name: '刘培训', role: 'trainer', department: '客服部' },
  { email: 'rnd@lingting.demo', name: '孙研发', role: 'department_member', department: '研发部' },
];

/** How many generated customers the demo company starts with. */
export const demoCustomerCount = 300;

/** How many tickets the demo company has in hand on first start. */
export const demoTicketCount = 220;

/** The outcome of seeding: whether anything was written and the password to print when one was generated. */
export type SeedResult = { seeded: boolean; generatedPassword: string | null };

/**
 * Seeds the demo company on an empty database (no users yet); does nothing otherwise.
 * The password comes from `password` or is generated and returned once — only its hash is stored.
 * `customers` adds that many generated customers with purchases, `tickets` that many tickets in every state.
 */
export async function seedDemo(db: Db, password?: string, options: { customers?: number; tickets?: number } = {}): Promise<SeedResult> {
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, generatedPassword: null };
  const generatedPassword = password ? null : newTemporaryPassword();
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const departments = await trx
      .insertInto('departments')
      .values(demoDepartments.map((d) => ({ ...d, created_at: now })))
      .returning(['id', 'name'])
      .execute();
    const departmentId = (name: string | null) => departments.find((d) => d.name === name)?.id ?? null;
    await trx
      .insertInto('users')
      .values(
        demoUsers.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          department_id: departmentId(u.department),
          locale: 'zh-CN' as const,
          time_zone: 'Asia/Shanghai',
          password_hash: passwordHash,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    if (!options.customers) return;
    const agents = await trx.selectFrom('users').select('id').where('role', '=', 'agent').orderBy('id').execute();
    await seedCustomers(trx, db.dialectName, { count: options.customers, seed: 7, ownerIds: agents.map((a) => a.id), today: localDate(now, 'Asia/Shanghai'), refresh: true });
  });
  await seedCourses(db);
  await seedQuizzes(db);
  if (options.tickets) {
    await ensureTicketDefaults(db);
    await seedDemoTickets(db, options.tickets);
  }
  return { seeded: true, generatedPassword };
}
