import { QuizEditor } from './quiz-editor.tsx';
import { QuizList } from './quiz-list.tsx';
import { useIsQuizManager, useQuizNav } from './quiz-nav.ts';
import { QuizPage } from './quiz-page.tsx';
import { QuizPlayer } from './quiz-player.tsx';
import { QuizResultsView } from './quiz-results.tsx';

/** Quizzes to take; trainers build them and read per-question results. */
export function QuizzesTab() {
  const { place } = useQuizNav();
  const manager = useIsQuizManager();
  if (place.at === 'attempt') return <QuizPlayer key={place.attempt} attemptId={place.attempt} />;
  if (manager && place.at === 'new') return <QuizEditor quizId={null} />;
  if (manager && place.at === 'edit') return <QuizEditor key={place.quiz} quizId={place.quiz} />;
  if (manager && place.at === 'results') return <QuizResultsView quizId={place.quiz} />;
  if (place.at === 'list' || place.at === 'new') return <QuizList />;
  return <QuizPage key={place.quiz} quizId={place.quiz} />;
}
