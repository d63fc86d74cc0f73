import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerValue, Attempt, QuestionBody, QuestionFeedback, Quiz, QuizBody, QuizDetail, QuizQuestion, QuizResults } from '../../shared/schemas/academy-quizzes.ts';
import { request } from '../api.ts';

const base = '/academy/quizzes';
const all = ['academy', 'quizzes'] as const;
const detailKey = (id: number) => [...all, 'detail', id] as const;
const questionsKey = (id: number) => [...all, 'questions', id] as const;
const attemptKey = (id: number) => [...all, 'attempt', id] as const;

/** Quizzes the signed-in person may see, with their standing in each. */
export function useQuizzes() {
  return useQuery({ queryKey: [...all, 'list'], queryFn: () => request<Quiz[]>('GET', base) });
}

/** One quiz with the person's attempts. */
export function useQuiz(id: number) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => request<QuizDetail>('GET', `${base}/${id}`) });
}

/** The question bank with solutions (trainers and admins). */
export function useQuizQuestions(id: number) {
  return useQuery({ queryKey: questionsKey(id), queryFn: () => request<QuizQuestion[]>('GET', `${base}/${id}/questions`) });
}

/** Per-question results of a quiz (trainers and admins). */
export function useQuizResults(id: number) {
  return useQuery({ queryKey: [...all, 'results', id], queryFn: () => request<QuizResults>('GET', `${base}/${id}/results`) });
}

/** One of the person's attempts. */
export function useAttempt(id: number) {
  return useQuery({ queryKey: attemptKey(id), queryFn: () => request<Attempt>('GET', `${base}/attempts/${id}`) });
}

/** Starts (or resumes) an attempt. */
export function useStartAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (quizId: number) => request<Attempt>('POST', `${base}/${quizId}/attempts`),
    onSuccess: (attempt) => {
      client.setQueryData(attemptKey(attempt.id), attempt);
      return client.invalidateQueries({ queryKey: all });
    },
  });
}

/** Checks one question (immediate feedback). */
export function useCheckQuestion(attemptId: number) {
  return useMutation({
    mutationFn: (body: { questionId: number; answer: AnswerValue }) => request<QuestionFeedback>('POST', `${base}/attempts/${attemptId}/check`, { body }),
  });
}

/** Submits an attempt; the answer replaces the cached attempt and refreshes lists and standings. */
export function useSubmitAttempt(attemptId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, AnswerValue>) => request<Attempt>('POST', `${base}/attempts/${attemptId}/submit`, { body: { answers } }),
    onSuccess: async (attempt) => {
      await client.invalidateQueries({ queryKey: all, predicate: (q) => q.queryKey[2] !== 'attempt' });
      client.setQueryData(attemptKey(attempt.id), attempt);
    },
    onError: () => client.invalidateQueries({ queryKey: all }),
  });
}

/** Creates a draft quiz or saves its settings. */
export function useSaveQuiz() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: QuizBody }) =>
      id === null ? request<QuizDetail>('POST', base, { body }) : request<QuizDetail>('PUT', `${base}/${id}`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: all }),
  });
}

/** Publishes or withdraws a quiz. */
export function useQuizStatus(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (status: 'draft' | 'published') => request<QuizDetail>('PUT', `${base}/${id}/status`, { body: { status } }),
    onSuccess: () => client.invalidateQueries({ queryKey: all }),
  });
}

/** Adds, changes (with an id) or deletes (`body` null) a question of a quiz. */
export function useSaveQuestion(quizId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: QuestionBody | null }) => {
      if (body === null) return request<QuizQuestion[]>('DELETE', `${base}/${quizId}/questions/${id}`);
      return id === null ? request<QuizQuestion[]>('POST', `${base}/${quizId}/questions`, { body }) : request<QuizQuestion[]>('PUT', `${base}/${quizId}/questions/${id}`, { body });
    },
    onSuccess: (questions) => {
      client.setQueryData(questionsKey(quizId), questions);
      return client.invalidateQueries({ queryKey: all });
    },
  });
}
