import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, LearnerQuestion } from '../../../../shared/schemas/academy-quizzes.ts';
import { pick } from './quiz-text.ts';

type Props = { question: LearnerQuestion; value: AnswerValue | undefined; onChange: (value: AnswerValue) => void; disabled: boolean };

/** The answer control of one question, by kind; ordering and matching answer with the items' own indices. */
export function QuestionInput({ question, value, onChange, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const text = (l: Parameters<typeof pick>[0]) => pick(l, i18n.language);
  switch (question.kind) {
    case 'true_false':
      return (
        <Radio.Group disabled={disabled} value={value} onChange={(e) => onChange(e.target.value as boolean)}
          options={[{ value: true, label: t('quizzes.answer.true') }, { value: false, label: t('quizzes.answer.false') }]} />
      );
    case 'single':
      return (
        <Radio.Group disabled={disabled} value={value} onChange={(e) => onChange(e.target.value as number)} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={(question.options ?? []).map((o, i) => ({ value: i, label: text(o) }))} />
      );
    case 'multiple':
      return (
        <Checkbox.Group disabled={disabled} value={(value as number[] | undefined) ?? []} onChange={(v) => onChange([...v].sort((a, b) => a - b))} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={(question.options ?? []).map((o, i) => ({ value: i, label: text(o) }))} />
      );
    case 'ordering':
      return <Ordering question={question} value={value as number[] | undefined} onChange={onChange} disabled={disabled} />;
    case 'matching':
      return (
        <Flex vertical gap={8}>
          {(question.lefts ?? []).map((left, i) => {
            const chosen = (value as (number | null)[] | undefined) ?? [];
            return (
              <Flex key={i} gap={12} align="center" wrap>
                <Typography.Text style={{ minWidth: 120 }}>{text(left)}</Typography.Text>
                <Select disabled={disabled} style={{ flex: 1, minWidth: 240 }} placeholder={t('quizzes.answer.choose')} value={chosen[i] ?? undefined} data-testid={`match-${i}`}
                  onChange={(v: number) => onChange(Array.from({ length: question.lefts!.length }, (_, j) => (j === i ? v : (chosen[j] ?? -1))))}
                  options={(question.rights ?? []).map((r) => ({ value: r.index, label: text(r.text) }))} />
              </Flex>
            );
          })}
        </Flex>
      );
    case 'short_answer':
      return (
        <Input.TextArea disabled={disabled} rows={3} maxLength={2000} placeholder={t('quizzes.answer.writeHere')} value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value)} />
      );
  }
}

function Ordering({ question, value, onChange, disabled }: Omit<Props, 'value'> & { value: number[] | undefined }) {
  const { t, i18n } = useTranslation();
  const items = question.items ?? [];
  const order = value ?? items.map((item) => item.index);
  const textOf = (index: number) => pick(items.find((item) => item.index === index)?.text, i18n.language);
  const move = (from: number, to: number) => {
    const next = [...order];
    [next[from], next[to]] = [next[to], next[from]];
    onChange(next);
  };
  return (
    <Flex vertical gap={6}>
      <Typography.Text type="secondary">{t('quizzes.answer.orderHint')}</Typography.Text>
      {order.map((index, position) => (
        <Flex key={index} align="center" gap={8} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 8px' }}>
          <Typography.Text strong style={{ width: 20 }}>{position + 1}</Typography.Text>
          <Typography.Text style={{ flex: 1 }}>{textOf(index)}</Typography.Text>
          <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('quizzes.answer.up')} disabled={disabled || position === 0} onClick={() => move(position, position - 1)} />
          <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('quizzes.answer.down')} disabled={disabled || position === order.length - 1} onClick={() => move(position, position + 1)} />
        </Flex>
      ))}
    </Flex>
  );
}

/** Whether the learner has given an answer the server will accept for this question. */
export function isAnswered(question: LearnerQuestion, value: AnswerValue | undefined): boolean {
  if (value === undefined) return question.kind === 'ordering';
  if (question.kind === 'matching') return (value as number[]).every((v) => v >= 0);
  if (question.kind === 'multiple') return (value as number[]).length > 0;
  if (question.kind === 'short_answer') return (value as string).trim() !== '';
  return true;
}

/** The answer to send: ordering unanswered keeps the order shown; unanswered questions are left out. */
export function answerToSend(question: LearnerQuestion, value: AnswerValue | undefined): AnswerValue | undefined {
  if (question.kind === 'ordering' && value === undefined) return (question.items ?? []).map((item) => item.index);
  return isAnswered(question, value) ? value : undefined;
}
