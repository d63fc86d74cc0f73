import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../hooks/use-me.ts';

/** Where the quizzes tab is: the list, a quiz, an attempt, a new quiz, or a quiz's editor or results. */
export type QuizPlace =
  | { at: 'list' }
  | { at: 'quiz'; quiz: number }
  | { at: 'attempt'; attempt: number }
  | { at: 'new' }
  | { at: 'edit'; quiz: number }
  | { at: 'results'; quiz: number };

const positive = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/** Reads and changes the place inside the quizzes tab through search params, keeping `tab=quizzes`. */
export function useQuizNav() {
  const [params, setParams] = useSearchParams();
  const quiz = positive(params.get('quiz'));
  const attempt = positive(params.get('attempt'));
  const view = params.get('view');
  const place: QuizPlace =
    attempt !== null ? { at: 'attempt', attempt } : view === 'new' ? { at: 'new' } : quiz === null ? { at: 'list' } : view === 'edit' || view === 'results' ? { at: view, quiz } : { at: 'quiz', quiz };
  const go = (next: QuizPlace) => {
    const search: Record<string, string> = { tab: 'quizzes' };
    if (next.at === 'attempt') search.attempt = String(next.attempt);
    if (next.at === 'new') search.view = 'new';
    if ('quiz' in next) search.quiz = String(next.quiz);
    if (next.at === 'edit' || next.at === 'results') search.view = next.at;
    setParams(search);
    window.scrollTo({ top: 0 });
  };
  return { place, go };
}

/** Whether the signed-in person builds quizzes (trainers and admins). */
export function useIsQuizManager(): boolean {
  const role = useCurrentUser().role;
  return role === 'trainer' || role === 'admin';
}
