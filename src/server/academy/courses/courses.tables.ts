import type { Generated } from 'kysely';

/** Courses: the draft's title and summary (JSON `{"zh-CN","en"}`), status and the latest published version. */
export type CoursesTable = {
  id: Generated<number>;
  title: string;
  summary: string;
  status: 'draft' | 'published';
  version: number | null;
  created_by: number | null;
  created_at: string;
  draft_updated_at: string;
  published_at: string | null;
};

/** The draft's lessons; `content` is the lesson as JSON (`LessonContent`). */
export type CourseLessonsTable = {
  id: Generated<number>;
  course_id: number;
  position: number;
  content: string;
  updated_at: string;
};

/** Published versions, frozen: title, summary and the lessons (JSON array of `{id, ...LessonContent}`). */
export type CourseVersionsTable = {
  id: Generated<number>;
  course_id: number;
  version: number;
  title: string;
  summary: string;
  lessons: string;
  /** The lesson ids in order (JSON array), so lists count progress without reading the lessons. */
  lesson_ids: string;
  lesson_count: number;
  published_by: number | null;
  published_at: string;
};

/** The lessons each learner has marked done (lesson ids stay stable across versions). */
export type LessonProgressTable = {
  id: Generated<number>;
  user_id: number;
  course_id: number;
  lesson_id: number;
  done_at: string;
};

/** Case studies; every text is JSON `{"zh-CN","en"}`, `questions` a JSON array of them. */
export type CaseStudiesTable = {
  id: Generated<number>;
  title: string;
  narrative: string;
  questions: string;
  analysis: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

/** Each learner's answers to a case (JSON array of strings). */
export type CaseAnswersTable = {
  id: Generated<number>;
  case_id: number;
  user_id: number;
  answers: string;
  created_at: string;
  updated_at: string;
};

/** The self-talk each person pinned. */
export type SelfCarePinsTable = { user_id: number; mood_key: string; pinned_at: string };

/** Tables of courses, lessons, cases and pinned self-talk, for Kysely (merged into `Tables`). */
export type CourseTables = {
  courses: CoursesTable;
  course_lessons: CourseLessonsTable;
  course_versions: CourseVersionsTable;
  lesson_progress: LessonProgressTable;
  case_studies: CaseStudiesTable;
  case_answers: CaseAnswersTable;
  self_care_pins: SelfCarePinsTable;
};
