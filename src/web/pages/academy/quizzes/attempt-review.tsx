import { Alert, Button, Card, Flex, List, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../shared/academy/assessments.ts';
import type { AnswerValue, Attempt, LearnerQuestion, QuestionFeedback } from '../../../../shared/schemas/academy-quizzes.ts';
import { useQuizNav } from './quiz-nav.ts';
import { pick } from './quiz-text.ts';

/** A submitted attempt: score, pass, the grade kept, the band's feedback, then every question with its explanation. */
export function AttemptReview({ attempt }: { attempt: Attempt }) {
  const { t, i18n } = useTranslation();
  const { go } = useQuizNav();
  const result = attempt.result!;
  return (
    <Flex vertical gap={16} data-testid="quiz-result">
      <Card>
        <Result
          status={result.passed ? 'success' : 'warning'}
          title={<span data-testid="quiz-score">{`${result.score}%`}</span>}
          subTitle={
            <Flex vertical gap={4} align="center">
              <Typography.Text>{result.passed ? t('quizzes.result.passed') : t('quizzes.result.notPassed')}</Typography.Text>
              {attempt.status === 'expired' && <Typography.Text type="warning">{t('quizzes.result.expired')}</Typography.Text>}
              {result.kept !== null && <Typography.Text type="secondary">{t('quizzes.result.kept', { score: result.kept })}</Typography.Text>}
            </Flex>
          }
          extra={<Button onClick={() => go({ at: 'quiz', quiz: attempt.quizId })}>{t('quizzes.result.backToQuiz')}</Button>}
        />
        {result.band && <Alert type={result.passed ? 'success' : 'info'} showIcon title={pick(result.band, i18n.language)} data-testid="quiz-band" />}
      </Card>
      {attempt.questions.map((question, index) => {
        const feedback = result.review.find((f) => f.questionId === question.id);
        return (
          feedback && (
            <Card key={question.id} size="small" data-testid={`review-${index + 1}`}
              title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{`${index + 1}. ${pick(question.prompt, i18n.language)}`}</Typography.Text>}>
              <Flex vertical gap={8}>
                <Typography.Text>
                  {t('quizzes.review.yourAnswer')}
                  {describe(question, feedback.answer, i18n.language, t) || t('quizzes.review.unanswered')}
                </Typography.Text>
                <FeedbackBlock question={question} feedback={feedback} />
              </Flex>
            </Card>
          )
        );
      })}
    </Flex>
  );
}

/** Right or wrong (or partly), the right answer and the explanation; for short answers the coach's verdict. */
export function FeedbackBlock({ question, feedback }: { question: LearnerQuestion; feedback: QuestionFeedback }) {
  const { t, i18n } = useTranslation();
  const verdict = feedback.correct ? 'correct' : feedback.credit > 0 ? 'partial' : 'wrong';
  const solution = question.kind === 'short_answer' ? pick(feedback.solution as Localized, i18n.language) : describe(question, feedback.solution as AnswerValue, i18n.language, t);
  return (
    <Alert
      type={verdict === 'correct' ? 'success' : verdict === 'partial' ? 'warning' : 'error'}
      data-testid="feedback"
      title={`${t(`quizzes.review.${verdict}`, { percent: Math.round(feedback.credit * 100) })} · ${t(question.kind === 'short_answer' ? 'quizzes.review.sample' : 'quizzes.review.solution')}${solution}`}
      description={
        <Flex vertical gap={6}>
          <Typography.Text data-testid="explanation">{pick(feedback.explanation, i18n.language)}</Typography.Text>
          {feedback.shortAnswer && <CoachVerdict verdict={feedback.shortAnswer} />}
        </Flex>
      }
    />
  );
}

function CoachVerdict({ verdict }: { verdict: NonNullable<QuestionFeedback['shortAnswer']> }) {
  const { t } = useTranslation();
  if (verdict.passed) return <Tag color="green">{t('quizzes.review.coachPassed')}</Tag>;
  return (
    <List size="small" bordered={false}
      dataSource={[
        ...verdict.missing.map((words) => t('quizzes.review.missing', { words: words.join(' / ') })),
        ...verdict.findings.map((f) => `「${f.excerpt}」${f.message} ${f.suggestion}`),
      ]}
      renderItem={(line) => <List.Item style={{ padding: '2px 0' }}>{line}</List.Item>} />
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** An answer (or a solution) in words, from the question as the learner saw it. */
function describe(question: LearnerQuestion, value: AnswerValue | null, language: string, t: T): string {
  if (value === null || value === undefined) return '';
  const text = (l: Localized | undefined) => pick(l, language);
  switch (question.kind) {
    case 'true_false':
      return value ? t('quizzes.answer.true') : t('quizzes.answer.false');
    case 'single':
      return text(question.options?.[value as number]);
    case 'multiple':
      return (value as number[]).map((i) => text(question.options?.[i])).join('、');
    case 'ordering':
      return (value as number[]).map((i) => text(question.items?.find((item) => item.index === i)?.text)).join(' → ');
    case 'matching':
      return (value as number[]).map((r, i) => `${text(question.lefts?.[i])} — ${text(question.rights?.find((right) => right.index === r)?.text)}`).join('；');
    case 'short_answer':
      return value as string;
  }
}
