import type { Migration } from 'kysely';
import * as foundation from './2026-11-22-0001-foundation.ts';
import * as customers from './2026-11-22-0002-customers.ts';
import * as coach from './2026-11-22-0003-coach.ts';
import * as tickets from './2026-11-22-0004-tickets.ts';
import * as academy from './2026-11-22-0005-academy.ts';
import * as academyCourses from './2026-11-23-0006-academy-courses.ts';
import * as academyQuizzes from './2026-11-23-0007-academy-quizzes.ts';
import * as academySimulator from './2026-11-23-0008-academy-simulator.ts';
import * as academyProgress from './2026-11-23-0010-academy-progress.ts';
import * as ticketAttachmentsViews from './2026-11-23-0009-ticket-attachments-views.ts';

/** Every migration in order; append only, never edit a landed one. */
export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-foundation': foundation,
  '2026-11-22-0002-customers': customers,
  '2026-11-22-0003-coach': coach,
  '2026-11-22-0004-tickets': tickets,
  '2026-11-22-0005-academy': academy,
  '2026-11-23-0006-academy-courses': academyCourses,
  '2026-11-23-0007-academy-quizzes': academyQuizzes,
  '2026-11-23-0008-academy-simulator': academySimulator,
  '2026-11-23-0009-ticket-attachments-views': ticketAttachmentsViews,
  '2026-11-23-0010-academy-progress': academyProgress,
};
