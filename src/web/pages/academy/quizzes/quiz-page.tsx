import { Alert, Button, Card, Descriptions, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttemptSummary, Quiz } from '../../../../shared/schemas/academy-quizzes.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormatDateTime } from '../../../hooks/use-format.ts';
import { useQuiz, useStartAttempt } from '../../../hooks/use-quizzes.ts';
import { useIsQuizManager, useQuizNav } from './quiz-nav.ts';
import { QuizTags } from './quiz-tags.tsx';
import { attemptsLeft, pick } from './quiz-text.ts';

/** A quiz before and between attempts: its rules, the grade kept, the person's attempts and the start button. */
export function QuizPage({ quizId }: { quizId: number }) {
  const { t, i18n } = useTranslation();
  const detail = useQuiz(quizId);
  const start = useStartAttempt();
  const manager = useIsQuizManager();
  const { go } = useQuizNav();
  if (detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (detail.isPending) return <Skeleton active />;
  const { quiz, attempts } = detail.data;
  const left = attemptsLeft(quiz);
  const begin = () => start.mutate(quiz.id, { onSuccess: (attempt) => go({ at: 'attempt', attempt: attempt.id }) });

  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" onClick={() => go({ at: 'list' })} style={{ paddingInline: 0 }}>
          {`← ${t('quizzes.page.back')}`}
        </Button>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Title level={4} style={{ margin: '4px 0 8px' }}>
            {pick(quiz.title, i18n.language)}
          </Typography.Title>
          {manager && (
            <Flex gap={8}>
              <Button onClick={() => go({ at: 'edit', quiz: quiz.id })}>{t('quizzes.page.edit')}</Button>
              <Button onClick={() => go({ at: 'results', quiz: quiz.id })}>{t('quizzes.page.results')}</Button>
            </Flex>
          )}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {pick(quiz.description, i18n.language)}
        </Typography.Paragraph>
      </div>
      <Card>
        <Flex vertical gap={16}>
          <QuizTags quiz={quiz} />
          <Rules quiz={quiz} />
          {start.error && <Alert type="error" showIcon title={start.error.message} />}
          {quiz.status === 'draft' ? (
            <Alert type="info" showIcon title={t('quizzes.page.draftHint')} />
          ) : left === 0 && !quiz.mine.openAttemptId ? (
            <Alert type="warning" showIcon title={t('quizzes.page.noAttemptsLeft')} />
          ) : (
            <Flex>
              <Button type="primary" size="large" loading={start.isPending} onClick={begin}>
                {quiz.mine.openAttemptId ? t('quizzes.page.resume') : quiz.mine.attempts > 0 ? t('quizzes.page.retake') : t('quizzes.page.start')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Card>
      <AttemptsTable attempts={attempts} onOpen={(id) => go({ at: 'attempt', attempt: id })} />
    </Flex>
  );
}

function Rules({ quiz }: { quiz: Quiz }) {
  const { t } = useTranslation();
  const left = attemptsLeft(quiz);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label={t('quizzes.page.passMark')}>{`${quiz.passMark}%`}</Descriptions.Item>
      <Descriptions.Item label={t('quizzes.page.gradeMethod')}>{t(`quizzes.gradeMethod.${quiz.gradeMethod}`)}</Descriptions.Item>
      <Descriptions.Item label={t('quizzes.page.attemptsUsed')}>
        {left === null ? t('quizzes.page.usedUnlimited', { used: quiz.mine.attempts }) : t('quizzes.page.usedOf', { used: quiz.mine.attempts, limit: quiz.attemptLimit })}
      </Descriptions.Item>
      <Descriptions.Item label={t('quizzes.page.kept')}>
        {quiz.mine.kept === null ? (
          <Typography.Text type="secondary">{t('quizzes.page.noGrade')}</Typography.Text>
        ) : (
          <Tag color={quiz.mine.passed ? 'green' : 'orange'} data-testid="kept-grade">
            {`${quiz.mine.kept}% · ${quiz.mine.passed ? t('quizzes.result.passed') : t('quizzes.result.notPassed')}`}
          </Tag>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

function AttemptsTable({ attempts, onOpen }: { attempts: AttemptSummary[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Card title={t('quizzes.page.attempts')} styles={{ body: { padding: attempts.length ? 0 : undefined } }}>
      {attempts.length === 0 ? (
        <Typography.Text type="secondary">{t('quizzes.page.noAttempts')}</Typography.Text>
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={attempts}
          columns={[
            { title: t('quizzes.page.startedAt'), dataIndex: 'startedAt', render: (v: string) => format(v) },
            { title: t('quizzes.page.submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => (v ? format(v) : '—') },
            { title: t('quizzes.page.status'), dataIndex: 'status', render: (v: AttemptSummary['status']) => <Tag>{t(`quizzes.attemptStatus.${v}`)}</Tag> },
            {
              title: t('quizzes.page.score'),
              dataIndex: 'score',
              render: (v: number | null, a) => (v === null ? '—' : <Tag color={a.passed ? 'green' : 'orange'}>{`${v}%`}</Tag>),
            },
            {
              title: '',
              key: 'open',
              align: 'right',
              render: (_, a) => (
                <Button size="small" type="link" onClick={() => onOpen(a.id)}>
                  {a.status === 'open' ? t('quizzes.page.resume') : t('quizzes.page.review')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
