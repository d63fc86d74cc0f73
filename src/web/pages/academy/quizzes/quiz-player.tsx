import { Alert, Button, Card, Flex, Modal, Progress, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Attempt, LearnerQuestion, QuestionFeedback } from '../../../../shared/schemas/academy-quizzes.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useAttempt, useCheckQuestion, useSubmitAttempt } from '../../../hooks/use-quizzes.ts';
import { AttemptReview, FeedbackBlock } from './attempt-review.tsx';
import { Countdown } from './countdown.tsx';
import { answerToSend, isAnswered, QuestionInput } from './question-input.tsx';
import { useQuizNav } from './quiz-nav.ts';
import { pick } from './quiz-text.ts';

/** An attempt: the questions to answer (with the timer and per-question checks when set), then its review. */
export function QuizPlayer({ attemptId }: { attemptId: number }) {
  const attempt = useAttempt(attemptId);
  const { t, i18n } = useTranslation();
  const { go } = useQuizNav();
  if (attempt.error) return <QueryError error={attempt.error} onRetry={() => void attempt.refetch()} />;
  if (attempt.isPending) return <Skeleton active />;
  const a = attempt.data;
  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" onClick={() => go({ at: 'quiz', quiz: a.quizId })} style={{ paddingInline: 0 }}>
          {`← ${t('quizzes.player.back')}`}
        </Button>
        <Typography.Title level={4} style={{ margin: '4px 0 0' }}>
          {pick(a.title, i18n.language)}
        </Typography.Title>
      </div>
      {a.result ? <AttemptReview attempt={a} /> : <OpenAttempt attempt={a} />}
    </Flex>
  );
}

function OpenAttempt({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<number, AnswerValue>>(() => Object.fromEntries(attempt.checked.map((c) => [c.questionId, c.answer!])));
  const [feedback, setFeedback] = useState<Record<number, QuestionFeedback>>(() => Object.fromEntries(attempt.checked.map((c) => [c.questionId, c])));
  const submit = useSubmitAttempt(attempt.id);
  const latest = useRef(answers);
  latest.current = answers;
  const total = attempt.questions.length;
  const answered = attempt.questions.filter((q) => isAnswered(q, answers[q.id])).length;

  const send = useCallback(() => {
    const body = Object.fromEntries(attempt.questions.flatMap((q) => {
      const value = answerToSend(q, latest.current[q.id]);
      return value === undefined ? [] : [[String(q.id), value]];
    }));
    submit.mutate(body);
  }, [attempt.questions, submit]);
  const confirmSend = () => {
    if (answered === total) return send();
    Modal.confirm({ title: t('quizzes.player.confirmTitle'), content: t('quizzes.player.confirmUnanswered', { count: total - answered }), okText: t('quizzes.player.submit'), cancelText: t('quizzes.player.keepGoing'), onOk: send });
  };

  return (
    <>
      <Card size="small">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex align="center" gap={12}>
            <Typography.Text>{t('quizzes.player.progress', { answered, total })}</Typography.Text>
            <Progress percent={Math.round((answered / total) * 100)} showInfo={false} size="small" style={{ width: 140, margin: 0 }} />
          </Flex>
          <Flex gap={8} align="center">
            <Tag>{t(`quizzes.feedbackMode.${attempt.feedbackMode}`)}</Tag>
            {attempt.deadline && <Countdown deadline={attempt.deadline} serverNow={attempt.serverNow} onElapsed={send} />}
          </Flex>
        </Flex>
      </Card>
      {attempt.questions.map((question, index) => (
        <QuestionCard key={question.id} attemptId={attempt.id} immediate={attempt.feedbackMode === 'immediate'} number={index + 1} question={question}
          value={answers[question.id]} onChange={(v) => setAnswers((old) => ({ ...old, [question.id]: v }))}
          feedback={feedback[question.id]} onChecked={(f) => setFeedback((old) => ({ ...old, [question.id]: f }))} />
      ))}
      {submit.error && <Alert type="error" showIcon title={submit.error.message} />}
      <Flex justify="end">
        <Button type="primary" size="large" loading={submit.isPending} onClick={confirmSend}>
          {t('quizzes.player.submit')}
        </Button>
      </Flex>
    </>
  );
}

type CardProps = {
  attemptId: number;
  immediate: boolean;
  number: number;
  question: LearnerQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  feedback: QuestionFeedback | undefined;
  onChecked: (feedback: QuestionFeedback) => void;
};

function QuestionCard({ attemptId, immediate, number, question, value, onChange, feedback, onChecked }: CardProps) {
  const { t, i18n } = useTranslation();
  const check = useCheckQuestion(attemptId);
  const answer = answerToSend(question, value);
  return (
    <Card data-testid={`question-${number}`} title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{`${number}. ${pick(question.prompt, i18n.language)}`}</Typography.Text>}
      extra={<Tag>{t(`quizzes.kinds.${question.kind}`)}</Tag>}>
      <Flex vertical gap={12}>
        <QuestionInput question={question} value={value} onChange={onChange} disabled={feedback !== undefined} />
        {immediate && !feedback && (
          <Flex>
            <Button disabled={answer === undefined} loading={check.isPending} onClick={() => answer !== undefined && check.mutate({ questionId: question.id, answer }, { onSuccess: onChecked })}>
              {t('quizzes.player.check')}
            </Button>
          </Flex>
        )}
        {check.error && <Alert type="error" showIcon title={check.error.message} />}
        {feedback && <FeedbackBlock question={question} feedback={feedback} />}
      </Flex>
    </Card>
  );
}
