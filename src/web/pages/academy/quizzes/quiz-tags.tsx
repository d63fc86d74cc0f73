import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Quiz } from '../../../../shared/schemas/academy-quizzes.ts';

/** The facts of a quiz a learner wants before starting: chapter, questions, time, attempts, feedback. */
export function QuizTags({ quiz }: { quiz: Quiz }) {
  const { t } = useTranslation();
  const questions = quiz.drawCount !== null && quiz.drawCount < quiz.questionCount ? quiz.drawCount : quiz.questionCount;
  return (
    <Flex gap={6} wrap>
      {quiz.chapter && <Tag color="blue">{t(`quizzes.chapters.${quiz.chapter}`)}</Tag>}
      <Tag>{t('quizzes.tags.questions', { count: questions })}</Tag>
      <Tag>{quiz.timeLimitMinutes === null ? t('quizzes.tags.noTimeLimit') : t('quizzes.tags.timeLimit', { minutes: quiz.timeLimitMinutes })}</Tag>
      <Tag>{quiz.attemptLimit === null ? t('quizzes.tags.unlimited') : t('quizzes.tags.attemptLimit', { count: quiz.attemptLimit })}</Tag>
      <Tag>{t(`quizzes.feedbackMode.${quiz.feedbackMode}`)}</Tag>
    </Flex>
  );
}
