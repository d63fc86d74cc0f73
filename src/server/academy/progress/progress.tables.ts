import type { Generated } from 'kysely';
import type { LearningKind } from '../../../shared/academy/progress/rules.ts';

/** One finished piece of learning (a course read, a quiz attempt, a scored assessment, an ended simulation). */
export type LearningRecordsTable = {
  id: Generated<number>;
  user_id: number;
  kind: LearningKind;
  ref: string;
  score: number | null;
  passed: number;
  completed_at: string;
};

/** A learning path: one or more items assigned together under a title, due on a calendar date. */
export type LearningPathsTable = {
  id: Generated<number>;
  title: string;
  note: string | null;
  due_on: string;
  department_id: number | null;
  created_by: number | null;
  created_at: string;
};

/** One item of a learning path, in order. */
export type LearningPathItemsTable = { id: Generated<number>; path_id: number; position: number; kind: LearningKind; ref: string };

/** A person a learning path is assigned to (a department assignment is expanded to its members). */
export type LearningAssignmentsTable = { id: Generated<number>; path_id: number; user_id: number; assigned_at: string };

/** A certificate earned by completing every item of a path; keeps the path's title. */
export type CertificatesTable = { id: Generated<number>; user_id: number; path_id: number | null; title: string; issued_at: string };

/** Tables of assignments and learning records, for Kysely (merged into `Tables`). */
export type ProgressTables = {
  learning_records: LearningRecordsTable;
  learning_paths: LearningPathsTable;
  learning_path_items: LearningPathItemsTable;
  learning_assignments: LearningAssignmentsTable;
  certificates: CertificatesTable;
};
