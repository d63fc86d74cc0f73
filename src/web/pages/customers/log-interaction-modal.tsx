import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogInteraction } from '../../hooks/use-customers.ts';
import { applyApiError } from '../../lib/form-errors.ts';

type Kind = 'call' | 'visit' | 'note';
type Values = { summary: string; direction?: 'inbound' | 'outbound'; occurredAt?: Dayjs | null };

/** Logs a call, a visit or a note on the customer's timeline (when it happened defaults to now). */
export function LogInteractionModal({ customerId, kind, onClose }: { customerId: number; kind: Kind | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const log = useLogInteraction(customerId);

  const submit = async (values: Values) => {
    if (!kind) return;
    setFormError(null);
    try {
      await log.mutateAsync({
        kind,
        summary: values.summary.trim(),
        direction: kind === 'note' ? undefined : values.direction,
        occurredAt: values.occurredAt ? values.occurredAt.toISOString() : undefined,
      });
      void message.success(t('customers.interaction.logged'));
      onClose();
    } catch (error) {
      setFormError(applyApiError(form, error, ['summary', 'direction', 'occurredAt']));
    }
  };

  return (
    <Modal
      open={kind !== null}
      title={kind ? t(`customers.interaction.titles.${kind}`) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={log.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false} requiredMark={false} initialValues={{ direction: 'outbound' }}>
        {kind !== 'note' && (
          <Form.Item name="direction" label={t('customers.interaction.direction')}>
            <Radio.Group
              options={(['outbound', 'inbound'] as const).map((value) => ({ value, label: t(`customers.interaction.directions.${value}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="summary" label={t('customers.interaction.summary')} rules={[{ required: true, whitespace: true, message: t('customers.interaction.summaryRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
        {kind !== 'note' && (
          <Form.Item
            name="occurredAt"
            label={t('customers.interaction.occurredAt')}
            rules={[{ validator: (_, v: Dayjs | null | undefined) => (v && v.isAfter(dayjs()) ? Promise.reject(new Error(t('customers.interaction.occurredAtFuture'))) : Promise.resolve()) }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
