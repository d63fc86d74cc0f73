import { Alert, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COACH_CATEGORIES } from '../../../shared/coach/types.ts';
import type { CoachRuleView } from '../../../shared/schemas/coach.ts';
import { ApiError } from '../../api.ts';
import { useSaveCoachRule, type CoachRuleInput } from '../../hooks/use-coach-rules.ts';

type Values = Omit<CoachRuleInput, 'positiveExamples' | 'negativeExamples'> & { positiveExamples: string; negativeExamples: string };

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Creates or edits a company rule; saving fails with the example the rule does not pass. */
export function CoachRuleModal({ rule, open, onClose }: { rule: CoachRuleView | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveCoachRule();
  const [error, setError] = useState<string | null>(null);
  const s = (key: string) => t(`coachRules.${key}`);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (rule) form.setFieldsValue({ ...rule, positiveExamples: rule.positiveExamples.join('\n'), negativeExamples: rule.negativeExamples.join('\n') });
  }, [open, rule, form]);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({ id: rule?.id ?? null, body: { ...v, positiveExamples: lines(v.positiveExamples), negativeExamples: lines(v.negativeExamples) } });
      onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const required = [{ required: true, message: s('required') }];
  return (
    <Modal open={open} title={rule ? s('edit') : s('create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} width={720} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ kind: 'banned', category: 'rude', severity: 'warning', active: true, negativeExamples: '' }}>
        <Form.Item name="kind" label={s('kind')}>
          <Radio.Group options={[{ value: 'banned', label: s('kinds.banned') }, { value: 'preferred', label: s('kinds.preferred') }]} />
        </Form.Item>
        <Form.Item name="phrase" label={s('phrase')} rules={required} extra={s('phraseHint')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="category" label={s('category')}>
          <Select options={COACH_CATEGORIES.map((c) => ({ value: c, label: t(`coachRules.categories.${c}`) }))} />
        </Form.Item>
        <Form.Item name="severity" label={s('severity')}>
          <Radio.Group options={(['error', 'warning', 'hint'] as const).map((v) => ({ value: v, label: s(`severities.${v}`) }))} />
        </Form.Item>
        <Form.Item name="messageZh" label={s('messageZh')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="messageEn" label={s('messageEn')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="suggestionZh" label={s('suggestionZh')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="suggestionEn" label={s('suggestionEn')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="positiveExamples" label={s('positive')} rules={required} extra={s('positiveHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="negativeExamples" label={s('negative')} extra={s('negativeHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="active" label={s('active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
