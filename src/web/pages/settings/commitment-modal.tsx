import { Alert, App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentKinds } from '../../../shared/customers/warranty.ts';
import type { ServiceCommitment, ServiceCommitmentBody } from '../../api.ts';
import { useSaveCommitment } from '../../hooks/use-purchases.ts';
import { applyApiError } from '../../lib/form-errors.ts';

const conditions = ['quality_fault', 'any'] as const;

/** Creates a service commitment (commitment null) or changes one. */
export function CommitmentModal({ open, commitment, onClose }: { open: boolean; commitment: ServiceCommitment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceCommitmentBody>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveCommitment();
  const known = commitment && !(conditions as readonly string[]).includes(commitment.condition) ? [commitment.condition] : [];

  const submit = async (body: ServiceCommitmentBody) => {
    setFormError(null);
    try {
      await save.mutateAsync({ id: commitment?.id ?? null, body });
      void message.success(t(commitment ? 'commitments.updated' : 'commitments.created'));
      onClose();
    } catch (error) {
      setFormError(applyApiError(form, error, ['kind', 'name', 'days', 'condition', 'nationwide', 'active']));
    }
  };

  return (
    <Modal
      open={open}
      title={t(commitment ? 'commitments.editTitle' : 'commitments.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(commitment ? 'common.save' : 'common.create')}
      confirmLoading={save.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        preserve={false}
        requiredMark={false}
        initialValues={commitment ?? { kind: 'exchange', days: 30, condition: 'quality_fault', nationwide: true, active: true }}
      >
        <Form.Item name="name" label={t('commitments.name')} rules={[{ required: true, whitespace: true, message: t('commitments.nameRequired') }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('commitments.kind')}>
          <Select options={commitmentKinds.map((value) => ({ value, label: t(`commitments.kinds.${value}`) }))} />
        </Form.Item>
        <Form.Item name="days" label={t('commitments.days')} rules={[{ required: true, type: 'integer', min: 1, max: 3650, message: t('commitments.daysRequired') }]}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="condition" label={t('commitments.condition')}>
          <Select options={[...conditions, ...known].map((value) => ({ value, label: t(`commitments.conditions.${value}`, { defaultValue: value }) }))} />
        </Form.Item>
        <Form.Item name="nationwide" label={t('commitments.nationwide')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label={t('commitments.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
