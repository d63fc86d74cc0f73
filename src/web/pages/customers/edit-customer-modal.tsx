import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, UpdateCustomerBody } from '../../api.ts';
import { useUpdateCustomer } from '../../hooks/use-customers.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { CustomerProfileFields } from './customer-profile-fields.tsx';

function blankToNull(value: string | null | undefined): string | null {
  return value && value.trim() ? value.trim() : null;
}

function EditForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateCustomerBody>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateCustomer(customer.id);

  const submit = async (values: UpdateCustomerBody) => {
    setFormError(null);
    const segments = Object.fromEntries(Object.entries(values.segments ?? {}).map(([k, v]) => [k, blankToNull(v)]));
    try {
      await update.mutateAsync({ ...values, segments, source: blankToNull(values.source), notes: blankToNull(values.notes) });
      void message.success(t('customers.form.updated'));
      onClose();
    } catch (error) {
      setFormError(applyApiError(form, error, ['name', 'kind', 'tier', 'level', 'tags', 'source', 'notes']));
    }
  };

  return (
    <Modal
      open
      title={t('customers.form.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={update.isPending}
      width={640}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
        initialValues={{
          name: customer.name,
          kind: customer.kind,
          tier: customer.tier,
          level: customer.level,
          segments: customer.segments,
          tags: customer.tags,
          source: customer.source,
          notes: customer.notes,
        }}
      >
        <CustomerProfileFields />
      </Form>
    </Modal>
  );
}

/** Edits a customer's profile (contacts are edited on the contacts card). */
export function EditCustomerModal({ customer, onClose }: { customer: Customer | null; onClose: () => void }) {
  return customer ? <EditForm customer={customer} onClose={onClose} /> : null;
}
