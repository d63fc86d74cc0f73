import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseBody,
  CaseListItem,
  CaseView,
  CourseBody,
  CourseDraft,
  CourseListItem,
  CourseProgress,
  CourseRead,
  CourseVersion,
  LessonBody,
  SelfCarePin,
} from '../../shared/schemas/academy-courses.ts';
import { request } from '../api.ts';

const courses = '/academy/courses';
const cases = '/academy/cases';
const pinPath = '/academy/self-care/pin';
const keys = {
  courses: ['academy', 'courses'] as const,
  course: (id: number, version?: number) => ['academy', 'courses', id, 'read', version ?? 'latest'] as const,
  draft: (id: number) => ['academy', 'courses', id, 'draft'] as const,
  versions: (id: number) => ['academy', 'courses', id, 'versions'] as const,
  cases: ['academy', 'cases'] as const,
  case: (id: number) => ['academy', 'cases', id] as const,
  pin: ['academy', 'self-care', 'pin'] as const,
};

/** Courses the signed-in person may see, with their progress. */
export function useCourses() {
  return useQuery({ queryKey: keys.courses, queryFn: () => request<CourseListItem[]>('GET', courses) });
}

/** A published version of a course for reading (the latest unless `version` is given). */
export function useCourse(id: number, version?: number) {
  return useQuery({ queryKey: keys.course(id, version), queryFn: () => request<CourseRead>('GET', `${courses}/${id}`, { query: version ? { version } : {} }) });
}

/** The published versions of a course, newest first. */
export function useCourseVersions(id: number) {
  return useQuery({ queryKey: keys.versions(id), queryFn: () => request<CourseVersion[]>('GET', `${courses}/${id}/versions`) });
}

/** Marks a lesson done; refreshes the course and the list's progress. */
export function useMarkLessonDone(courseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: number) => request<CourseProgress>('POST', `${courses}/${courseId}/lessons/${lessonId}/done`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.courses }),
  });
}

/** The draft a trainer edits. */
export function useCourseDraft(id: number) {
  return useQuery({ queryKey: keys.draft(id), queryFn: () => request<CourseDraft>('GET', `${courses}/${id}/draft`) });
}

/** Every change to a draft answers the new draft: keep it in the cache and refresh the list. */
function useDraftMutation<V>(fn: (vars: V) => Promise<CourseDraft>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (draft) => {
      client.setQueryData(keys.draft(draft.id), draft);
      return client.invalidateQueries({ queryKey: keys.courses, exact: true });
    },
  });
}

/** Creates a draft course. */
export function useCreateCourse() {
  return useDraftMutation((body: CourseBody) => request<CourseDraft>('POST', courses, { body }));
}

/** Changes a draft's title and summary. */
export function useUpdateCourse(id: number) {
  return useDraftMutation((body: CourseBody) => request<CourseDraft>('PUT', `${courses}/${id}`, { body }));
}

/** Adds a lesson to the draft, or replaces one when `lessonId` is given. */
export function useSaveLesson(id: number) {
  return useDraftMutation(({ lessonId, body }: { lessonId: number | null; body: LessonBody }) =>
    lessonId === null ? request<CourseDraft>('POST', `${courses}/${id}/lessons`, { body }) : request<CourseDraft>('PUT', `${courses}/${id}/lessons/${lessonId}`, { body }),
  );
}

/** Removes a lesson from the draft. */
export function useRemoveLesson(id: number) {
  return useDraftMutation((lessonId: number) => request<CourseDraft>('DELETE', `${courses}/${id}/lessons/${lessonId}`));
}

/** Moves a lesson one place up or down. */
export function useMoveLesson(id: number) {
  return useDraftMutation(({ lessonId, direction }: { lessonId: number; direction: 'up' | 'down' }) =>
    request<CourseDraft>('POST', `${courses}/${id}/lessons/${lessonId}/move`, { body: { direction } }),
  );
}

/** Publishes the draft as the next version. */
export function usePublishCourse(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<CourseVersion>('POST', `${courses}/${id}/publish`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.courses }),
  });
}

/** Every case study, with whether the person answered it. */
export function useCases() {
  return useQuery({ queryKey: keys.cases, queryFn: () => request<CaseListItem[]>('GET', cases) });
}

/** One case as the person sees it. */
export function useCase(id: number) {
  return useQuery({ queryKey: keys.case(id), queryFn: () => request<CaseView>('GET', `${cases}/${id}`) });
}

/** Answers a case; the answer carries the now revealed analysis. */
export function useAnswerCase(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: string[]) => request<CaseView>('PUT', `${cases}/${id}/answer`, { body: { answers } }),
    onSuccess: (view) => {
      client.setQueryData(keys.case(id), view);
      return client.invalidateQueries({ queryKey: keys.cases, exact: true });
    },
  });
}

/** Adds a case (no id) or rewrites one. */
export function useSaveCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: CaseBody }) => (id === null ? request<CaseView>('POST', cases, { body }) : request<CaseView>('PUT', `${cases}/${id}`, { body })),
    onSuccess: (view) => {
      client.setQueryData(keys.case(view.id), view);
      return client.invalidateQueries({ queryKey: keys.cases, exact: true });
    },
  });
}

/** The self-talk the person pinned. */
export function useSelfCarePin() {
  return useQuery({ queryKey: keys.pin, queryFn: () => request<SelfCarePin>('GET', pinPath) });
}

/** Pins a self-talk (a mood key) or, with null, removes the pin. */
export function usePinSelfTalk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (moodKey: string | null) => (moodKey === null ? request<SelfCarePin>('DELETE', pinPath) : request<SelfCarePin>('PUT', pinPath, { body: { moodKey } })),
    onSuccess: (pin) => client.setQueryData(keys.pin, pin),
  });
}
