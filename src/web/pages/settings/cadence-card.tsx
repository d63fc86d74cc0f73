import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadenceRules } from '../../api.ts';
import { useCadence, useSaveCadence } from '../../hooks/use-purchases.ts';
import { applyApiError } from '../../lib/form-errors.ts';

const rules = ['current', 'prospect', 'referrer'] as const;
const labels = { current: 'commitments.cadenceCurrent', prospect: 'commitments.cadenceProspect', referrer: 'commitments.cadenceReferrer' } as const;

/** The contact cadence form: how many days may pass between contacts, per kind of customer. */
export function CadenceCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cadence = useCadence();
  const save = useSaveCadence();
  const [form] = Form.useForm<CadenceRules>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (values: CadenceRules) => {
    setFormError(null);
    try {
      await save.mutateAsync(values);
      void message.success(t('commitments.cadenceSaved'));
    } catch (error) {
      setFormError(applyApiError(form, error, [...rules]));
    }
  };

  return (
    <Card title={t('commitments.cadenceTitle')} extra={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('commitments.cadenceDescription')}</span>}>
      {cadence.error && <Alert type="error" showIcon title={cadence.error.message} style={{ marginBottom: 16 }} />}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {cadence.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Form form={form} layout="inline" initialValues={cadence.data} onFinish={(values) => void submit(values)} requiredMark={false}>
          <Space wrap align="end">
            {rules.map((rule) => (
              <Form.Item key={rule} name={rule} label={t(labels[rule])} rules={[{ required: true, type: 'integer', min: 1, max: 365 }]}>
                <InputNumber min={1} max={365} precision={0} style={{ width: 90 }} />
              </Form.Item>
            ))}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
