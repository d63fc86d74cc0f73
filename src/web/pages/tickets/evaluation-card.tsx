// A supervisor's evaluation of a closed difficult case: four points of the method rated 1–5 and a comment.
import { Alert, Button, Card, Flex, Form, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { evaluationPoints, useEvaluateCase, type EvaluationBody } from '../../hooks/use-supervision.ts';
import type { Ticket } from '../../hooks/use-tickets.ts';
import { isSupervisorRole } from '../../lib/access.ts';

const labelStyle = { width: 84, flex: 'none', fontSize: 13 } as const;

function EvaluationView({ evaluation }: { evaluation: NonNullable<Ticket['evaluation']> }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Flex vertical gap={4} data-testid="evaluation-view">
      {evaluationPoints.map((point) => (
        <Flex key={point} align="center" gap={8}>
          <Typography.Text type="secondary" style={labelStyle}>
            {t(`work.evaluation.points.${point}`)}
          </Typography.Text>
          <Rate disabled value={evaluation.scores[point] ?? 0} style={{ fontSize: 16 }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {evaluation.scores[point] ?? '–'}/5
          </Typography.Text>
        </Flex>
      ))}
      <Typography.Paragraph style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>{evaluation.comment}</Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('work.evaluation.by', { name: evaluation.evaluatorName ?? t('common.none'), time: format(evaluation.createdAt) })}
      </Typography.Text>
    </Flex>
  );
}

function EvaluationForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EvaluationBody>();
  const [error, setError] = useState<string | null>(null);
  const evaluate = useEvaluateCase(ticket.id);
  const submit = async (values: EvaluationBody) => {
    setError(null);
    try {
      await evaluate.mutateAsync({ scores: values.scores, comment: values.comment.trim() });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Form form={form} layout="horizontal" labelAlign="left" size="small" requiredMark={false} onFinish={(v) => void submit(v)} name="evaluation" data-testid="evaluation-form">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('work.evaluation.hint')}
      </Typography.Paragraph>
      {evaluationPoints.map((point) => (
        <Form.Item
          key={point}
          name={['scores', point]}
          label={<span style={labelStyle}>{t(`work.evaluation.points.${point}`)}</span>}
          colon={false}
          rules={[{ required: true, message: t('work.evaluation.scoreRequired') }]}
          style={{ marginBottom: 4 }}
        >
          <Rate tooltips={[1, 2, 3, 4, 5].map((n) => t(`work.evaluation.levels.${n}`))} style={{ fontSize: 18 }} data-testid={`evaluation-${point}`} />
        </Form.Item>
      ))}
      <Form.Item name="comment" rules={[{ required: true, whitespace: true, message: t('work.evaluation.commentRequired') }]} style={{ margin: '8px 0' }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('work.evaluation.comment')} aria-label={t('work.evaluation.comment')} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Button type="primary" htmlType="submit" loading={evaluate.isPending} data-testid="evaluation-submit">
        {t('work.evaluation.submit')}
      </Button>
    </Form>
  );
}

/** The evaluation of a closed difficult case: shown when present; supervisors write it when it is missing. */
export function EvaluationCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const evaluable = ticket.status === 'closed' && ticket.difficultType !== null;
  if (!ticket.evaluation && !evaluable) return null;
  const content = ticket.evaluation ? (
    <EvaluationView evaluation={ticket.evaluation} />
  ) : isSupervisorRole(me.role) ? (
    <EvaluationForm ticket={ticket} />
  ) : (
    <Typography.Text type="secondary">{t('work.evaluation.awaiting')}</Typography.Text>
  );
  return (
    <Card size="small" title={t('work.evaluation.title')} style={{ marginBottom: 12 }} data-testid="evaluation-card">
      {content}
    </Card>
  );
}
