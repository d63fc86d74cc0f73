import { Alert, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuizBody, QuizDetail } from '../../../../shared/schemas/academy-quizzes.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useQuiz, useQuizStatus, useSaveQuiz } from '../../../hooks/use-quizzes.ts';
import { QuestionBank } from './question-bank.tsx';
import { useQuizNav } from './quiz-nav.ts';
import { QuizSettingsForm } from './quiz-settings-form.tsx';
import { pick } from './quiz-text.ts';

/** A trainer's editor: a new quiz's settings, or an existing quiz's settings, question bank and publication. */
export function QuizEditor({ quizId }: { quizId: number | null }) {
  const { t } = useTranslation();
  const { go } = useQuizNav();
  const detail = useQuiz(quizId ?? 0);
  const save = useSaveQuiz();
  const submit = (body: QuizBody) => save.mutate({ id: quizId, body }, { onSuccess: (saved) => quizId === null && go({ at: 'edit', quiz: saved.quiz.id }) });
  const back = () => (quizId === null ? go({ at: 'list' }) : go({ at: 'quiz', quiz: quizId }));
  if (quizId !== null && detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (quizId !== null && detail.isPending) return <Skeleton active />;
  const existing = quizId === null ? null : detail.data!;

  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" onClick={back} style={{ paddingInline: 0 }}>
          {`← ${t('quizzes.editor.back')}`}
        </Button>
        <Typography.Title level={4} style={{ margin: '4px 0 0' }}>
          {existing ? t('quizzes.editor.editTitle') : t('quizzes.editor.newTitle')}
        </Typography.Title>
      </div>
      {existing && <Publication detail={existing} />}
      <Card title={t('quizzes.editor.settings')}>
        <QuizSettingsForm initial={existing?.quiz ?? null} saving={save.isPending} onSave={submit} />
        {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginTop: 12 }} />}
        {save.isSuccess && quizId !== null && <Alert type="success" showIcon title={t('quizzes.editor.saved')} style={{ marginTop: 12 }} />}
      </Card>
      {existing && <QuestionBank quizId={existing.quiz.id} />}
    </Flex>
  );
}

function Publication({ detail }: { detail: QuizDetail }) {
  const { t, i18n } = useTranslation();
  const status = useQuizStatus(detail.quiz.id);
  const published = detail.quiz.status === 'published';
  return (
    <Card size="small">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex gap={8} align="center">
          <Typography.Text strong>{pick(detail.quiz.title, i18n.language)}</Typography.Text>
          <Tag color={published ? 'green' : 'orange'} data-testid="quiz-status">{t(`quizzes.status.${detail.quiz.status}`)}</Tag>
        </Flex>
        <Button type={published ? 'default' : 'primary'} loading={status.isPending} onClick={() => status.mutate(published ? 'draft' : 'published')}>
          {published ? t('quizzes.editor.withdraw') : t('quizzes.editor.publish')}
        </Button>
      </Flex>
      {status.error && <Alert type="error" showIcon title={status.error.message} style={{ marginTop: 12 }} />}
    </Card>
  );
}
