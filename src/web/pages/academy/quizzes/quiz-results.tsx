import { Button, Card, Col, Empty, Flex, Progress, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuizResults } from '../../../../shared/schemas/academy-quizzes.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useQuiz, useQuizResults } from '../../../hooks/use-quizzes.ts';
import { useQuizNav } from './quiz-nav.ts';
import { pick } from './quiz-text.ts';

type Row = QuizResults['questions'][number];

/** Per-question results for trainers: which items most people miss, with attempts, learners and the average score. */
export function QuizResultsView({ quizId }: { quizId: number }) {
  const { t, i18n } = useTranslation();
  const { go } = useQuizNav();
  const results = useQuizResults(quizId);
  const quiz = useQuiz(quizId);
  if (results.error) return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  if (results.isPending) return <Skeleton active />;
  const r = results.data;
  const rows = [...r.questions].sort((a, b) => (a.correctRate ?? 101) - (b.correctRate ?? 101) || a.position - b.position);
  const dash = (value: number | null, suffix = '%') => (value === null ? '—' : `${value}${suffix}`);
  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" onClick={() => go({ at: 'quiz', quiz: quizId })} style={{ paddingInline: 0 }}>
          {`← ${t('quizzes.results.back')}`}
        </Button>
        <Typography.Title level={4} style={{ margin: '4px 0 0' }}>
          {t('quizzes.results.title', { quiz: pick(quiz.data?.quiz.title, i18n.language) })}
        </Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}><Card><Statistic title={t('quizzes.results.attempts')} value={r.attempts} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('quizzes.results.learners')} value={r.learners} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('quizzes.results.averageScore')} value={dash(r.averageScore)} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('quizzes.results.passRate')} value={dash(r.passRate)} /></Card></Col>
      </Row>
      <Card title={t('quizzes.results.perQuestion')} extra={<Typography.Text type="secondary">{t('quizzes.results.sortedHint')}</Typography.Text>} styles={{ body: { padding: r.attempts ? 0 : undefined } }}>
        {r.attempts === 0 ? (
          <Empty description={t('quizzes.results.empty')} />
        ) : (
          <Table<Row>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rows}
            data-testid="question-results"
            columns={[
              { title: '#', dataIndex: 'position', width: 48, render: (_, row) => r.questions.indexOf(row) + 1 },
              { title: t('quizzes.results.question'), dataIndex: 'prompt', render: (_, row) => pick(row.prompt, i18n.language) },
              { title: t('quizzes.results.kind'), dataIndex: 'kind', width: 100, render: (kind: string) => <Tag>{t(`quizzes.kinds.${kind}`)}</Tag> },
              { title: t('quizzes.results.answered'), dataIndex: 'answered', width: 90 },
              {
                title: t('quizzes.results.correctRate'),
                dataIndex: 'correctRate',
                width: 200,
                render: (rate: number | null) => (rate === null ? '—' : <Progress percent={rate} size="small" status={rate < 50 ? 'exception' : 'normal'} format={(p) => `${p}%`} />),
              },
              { title: t('quizzes.results.averageCredit'), dataIndex: 'averageCredit', width: 110, render: (v: number | null) => dash(v) },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
