import { Button, Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Quiz } from '../../../../shared/schemas/academy-quizzes.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useQuizzes } from '../../../hooks/use-quizzes.ts';
import { useIsQuizManager, useQuizNav } from './quiz-nav.ts';
import { QuizTags } from './quiz-tags.tsx';
import { pick } from './quiz-text.ts';

/** Every quiz the person may see, as cards; trainers also see drafts and can start a new quiz. */
export function QuizList() {
  const { t } = useTranslation();
  const list = useQuizzes();
  const manager = useIsQuizManager();
  const { go } = useQuizNav();
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('quizzes.list.intro')}
        </Typography.Paragraph>
        {manager && (
          <Button type="primary" onClick={() => go({ at: 'new' })}>
            {t('quizzes.list.new')}
          </Button>
        )}
      </Flex>
      {list.data.length === 0 ? (
        <Card>
          <Empty description={manager ? t('quizzes.list.emptyManager') : t('quizzes.list.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {list.data.map((quiz) => (
            <Col key={quiz.id} xs={24} md={12} xl={8}>
              <QuizCard quiz={quiz} onOpen={() => go({ at: 'quiz', quiz: quiz.id })} />
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}

function QuizCard({ quiz, onOpen }: { quiz: Quiz; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const { kept, passed, attempts, openAttemptId } = quiz.mine;
  return (
    <Card
      title={pick(quiz.title, i18n.language)}
      extra={quiz.status === 'draft' && <Tag color="orange">{t('quizzes.status.draft')}</Tag>}
      style={{ height: '100%' }}
      data-testid={`quiz-card-${quiz.id}`}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {pick(quiz.description, i18n.language)}
        </Typography.Paragraph>
        <QuizTags quiz={quiz} />
        <Flex justify="space-between" align="center" gap={8} wrap>
          {kept === null ? (
            <Typography.Text type="secondary">{openAttemptId ? t('quizzes.list.inProgress') : t('quizzes.list.notTaken')}</Typography.Text>
          ) : (
            <Tag color={passed ? 'green' : 'orange'}>{t('quizzes.list.kept', { score: kept, count: attempts })}</Tag>
          )}
          <Button type="primary" ghost={kept !== null} onClick={onOpen}>
            {openAttemptId ? t('quizzes.list.continue') : kept === null ? t('quizzes.list.open') : t('quizzes.list.view')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
