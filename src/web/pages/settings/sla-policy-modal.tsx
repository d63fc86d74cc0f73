import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateSlaPolicy, type SlaPolicyBody, type SlaPolicyRow } from '../../hooks/use-taxonomy.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { BusinessTime } from './sla-business-time.tsx';

const fields = [
  { name: 'firstResponseMinutes', max: 100_000, min: 1 },
  { name: 'resolutionMinutes', max: 1_000_000, min: 1 },
  { name: 'warnBeforeMinutes', max: 10_000, min: 0 },
] as const;

/** Changes the three numbers of one SLA policy, showing each as business hours and days as it is typed. */
export function SlaPolicyModal({ policy, title, onClose }: { policy: SlaPolicyRow | null; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SlaPolicyBody>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateSlaPolicy();
  const values = Form.useWatch([], form) as Partial<SlaPolicyBody> | undefined;

  const submit = async (body: SlaPolicyBody) => {
    if (policy?.id === undefined) return;
    setFormError(null);
    try {
      await update.mutateAsync({ id: policy.id, body });
      void message.success(t('service.taxonomy.sla.updated'));
      onClose();
    } catch (error) {
      setFormError(applyApiError(form, error, fields.map((f) => f.name)));
    }
  };

  return (
    <Modal
      open={policy !== null}
      title={t('service.taxonomy.sla.editTitle', { name: title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={update.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">{t('service.taxonomy.sla.calendarNote')}</Typography.Paragraph>
      <Form<SlaPolicyBody> form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false} requiredMark={false} initialValues={policy ?? undefined}>
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={t(`service.taxonomy.sla.${field.name}`)}
            extra={values?.[field.name] !== undefined && values[field.name] !== null ? <BusinessTime minutes={Number(values[field.name])} /> : null}
            rules={[{ required: true, type: 'integer', min: field.min, max: field.max, message: t('service.taxonomy.sla.minutesRange', { min: String(field.min), max: String(field.max) }) }]}
          >
            <InputNumber min={field.min} max={field.max} precision={0} style={{ width: 200 }} suffix={t('service.taxonomy.sla.minutesUnit')} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
