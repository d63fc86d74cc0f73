import { Alert, Button, Card, Flex, Form, Input, Skeleton, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error.tsx';
import { useAnswerCase, useCase } from '../../../hooks/use-courses.ts';
import { useFormatDateTime } from '../../../hooks/use-format.ts';
import { CaseFormModal } from './case-form.tsx';
import { errorText, useIsCourseEditor, useLocalized } from './course-text.ts';

/** Plain text with blank-line or line-break paragraphs. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').filter((p) => p.trim()).map((p, i) => (
        <Typography.Paragraph key={i} style={{ fontSize: 15, lineHeight: 1.85 }}>{p}</Typography.Paragraph>
      ))}
    </>
  );
}

/** One case: the story, a box per discussion question, and the model analysis once the learner has answered. */
export function CaseReader({ caseId, onBack }: { caseId: number; onBack: () => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const format = useFormatDateTime();
  const view = useCase(caseId);
  const answer = useAnswerCase(caseId);
  const editor = useIsCourseEditor();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ answers: string[] }>();
  const back = <Button type="link" onClick={onBack} style={{ paddingInline: 0 }}>{`← ${t('academyCourses.cases.back')}`}</Button>;
  if (view.error) return <Flex vertical>{back}<QueryError error={view.error} onRetry={() => void view.refetch()} /></Flex>;
  if (view.isPending) return <Skeleton active />;
  const c = view.data;
  const submit = ({ answers }: { answers: string[] }) =>
    answer.mutate(answers.map((a) => a ?? ''), { onSuccess: () => void message.success(t('academyCourses.cases.saved')), onError: (error) => void message.error(errorText(error)) });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          {back}
          <Typography.Title level={4} style={{ margin: '4px 0 0' }}>{text(c.title)}</Typography.Title>
        </div>
        {editor && <Button onClick={() => setEditing(true)}>{t('academyCourses.list.edit')}</Button>}
      </Flex>
      <Card title={t('academyCourses.cases.story')}>
        <Paragraphs text={text(c.narrative)} />
      </Card>
      <Card title={t('academyCourses.cases.questions')} extra={c.answeredAt && <Typography.Text type="secondary">{t('academyCourses.cases.answeredAt', { date: format(c.answeredAt) })}</Typography.Text>}>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ answers: c.myAnswers ?? c.questions.map(() => '') }}>
          {c.questions.map((q, i) => (
            <Form.Item key={i} name={['answers', i]} label={`${i + 1}. ${text(q)}`}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} placeholder={t('academyCourses.cases.placeholder')} data-testid={`case-answer-${i + 1}`} />
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={answer.isPending}>
            {c.myAnswers ? t('academyCourses.cases.update') : t('academyCourses.cases.submit')}
          </Button>
        </Form>
      </Card>
      {c.analysis ? (
        <Card title={t('academyCourses.cases.analysis')} data-testid="case-analysis" style={{ borderColor: '#b7eb8f' }}>
          <Paragraphs text={text(c.analysis)} />
        </Card>
      ) : (
        <Alert type="info" showIcon title={t('academyCourses.cases.analysisLocked')} />
      )}
      {editor && <CaseFormModal open={editing} caseView={c} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
