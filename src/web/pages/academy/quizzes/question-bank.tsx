import { Alert, Button, Card, Dropdown, Empty, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionKinds, type QuestionKind } from '../../../../shared/academy/quizzes/question.ts';
import type { QuestionBody, QuizQuestion } from '../../../../shared/schemas/academy-quizzes.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useQuizQuestions, useSaveQuestion } from '../../../hooks/use-quizzes.ts';
import { QuestionForm } from './question-form.tsx';
import { pick } from './quiz-text.ts';

type Editing = { kind: QuestionKind; question: QuizQuestion | null } | null;

/** A quiz's question bank in order, with adding (any of the six kinds), editing and removing. */
export function QuestionBank({ quizId }: { quizId: number }) {
  const { t, i18n } = useTranslation();
  const questions = useQuizQuestions(quizId);
  const save = useSaveQuestion(quizId);
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => {
    setEditing(null);
    save.reset();
  };
  const onSave = (body: QuestionBody) => save.mutate({ id: editing?.question?.id ?? null, body }, { onSuccess: close });
  const add = (
    <Dropdown trigger={['click']} menu={{ items: questionKinds.map((kind) => ({ key: kind, label: t(`quizzes.kinds.${kind}`) })), onClick: ({ key }) => setEditing({ kind: key as QuestionKind, question: null }) }}>
      <Button type="primary">{t('quizzes.editor.addQuestion')}</Button>
    </Dropdown>
  );
  return (
    <Card title={t('quizzes.editor.bank', { count: questions.data?.length ?? 0 })} extra={add}>
      {questions.error && <QueryError error={questions.error} onRetry={() => void questions.refetch()} />}
      {questions.isPending ? (
        <Skeleton active />
      ) : questions.data?.length ? (
        <List
          dataSource={questions.data}
          renderItem={(q, index) => (
            <List.Item
              actions={[
                <Button key="edit" type="link" size="small" onClick={() => setEditing({ kind: q.spec.kind, question: q })}>{t('quizzes.editor.edit')}</Button>,
                <Popconfirm key="delete" title={t('quizzes.editor.confirmDelete')} okText={t('quizzes.editor.delete')} cancelText={t('quizzes.editor.cancel')} onConfirm={() => save.mutate({ id: q.id, body: null })}>
                  <Button type="link" size="small" danger>{t('quizzes.editor.delete')}</Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={<Typography.Text style={{ whiteSpace: 'normal' }}>{`${index + 1}. ${pick(q.prompt, i18n.language)}`}</Typography.Text>}
                description={<Tag>{t(`quizzes.kinds.${q.spec.kind}`)}</Tag>}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('quizzes.editor.emptyBank')} />
      )}
      {save.error && !editing && <Alert type="error" showIcon title={save.error.message} />}
      <QuestionForm open={editing !== null} kind={editing?.kind ?? 'true_false'} initial={editing?.question ?? null} saving={save.isPending} error={editing ? save.error : null} onSave={onSave} onCancel={close} />
    </Card>
  );
}
